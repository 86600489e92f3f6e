import SitrepCore
import Testing

/// Quantities in the shapes news sentences take. A case gives the mentions found, in text order,
/// as "text=value[low,high]qualifier unit" strings, so a failure shows the whole reading.
@Suite struct NumberExtractorTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var text: String
        var expected: [String]
        var testDescription: String { text }
        init(_ text: String, _ expected: [String]) {
            self.text = text
            self.expected = expected
        }
    }

    static func render(_ n: NumberMention) -> String {
        func f(_ d: Double?) -> String {
            guard let d else { return "-" }
            return d.rounded() == d && abs(d) < 1e15 ? String(Int(d)) : String(d)
        }
        var s = "\(n.text)=\(f(n.value))[\(f(n.low)),\(f(n.high))]"
        if let q = n.qualifier { s += " \(q.rawValue)" }
        if let u = n.unit { s += " \(u)" }
        if n.vague { s += " vague" }
        return s
    }

    static let cases: [Case] = [
        // Digits, separators, decimals.
        Case("25 fighters were killed.", ["25=25[25,25]"]),
        Case("At least 2,414 deaths were recorded.", ["At least 2,414=2414[2414,-] at-least"]),
        Case("The toll rose to 1,600.", ["1,600=1600[1600,1600]"]),
        Case("Inflation hit 3.5 on the index.", ["3.5=3.5[3.5,3.5]"]),
        Case("Some 1,234,567 people live there.", ["Some 1,234,567=1234567[-,-] about"]),
        Case("It cost 12.75 each.", ["12.75=12.75[12.75,12.75]"]),
        Case("Police arrested 300 people.", ["300=300[300,300]"]),
        Case("A convoy of 40 trucks crossed.", ["40=40[40,40]"]),
        // Number words.
        Case("Eleven military personnel were killed.", ["Eleven=11[11,11]"]),
        Case("thirty five Khwarij were killed.", ["thirty five=35[35,35]"]),
        Case("twenty-one soldiers died.", ["twenty-one=21[21,21]"]),
        Case("Ninety-nine homes burned.", ["Ninety-nine=99[99,99]"]),
        Case("a hundred people gathered.", ["a hundred=100[100,100]"]),
        Case("A dozen houses were destroyed.", ["A dozen=12[12,12]"]),
        Case("two dozen soldiers were hurt.", ["two dozen=24[24,24]"]),
        Case("three hundred families fled.", ["three hundred=300[300,300]"]),
        Case("two hundred and fifty prisoners", ["two hundred and fifty=250[250,250]"]),
        Case("three thousand troops", ["three thousand=3000[3000,3000]"]),
        Case("two million refugees", ["two million=2000000[2000000,2000000]"]),
        Case("Nearly three million Afghans face deportation.", ["Nearly three million=3000000[-,3000000] nearly"]),
        Case("seven soldiers and 13 civilians", ["seven=7[7,7]", "13=13[13,13]"]),
        Case("Thirteen more were wounded.", ["Thirteen=13[13,13]"]),
        Case("Nineteen soldiers died.", ["Nineteen=19[19,19]"]),
        Case("fifty people", ["fifty=50[50,50]"]),
        Case("twelve soldiers", ["twelve=12[12,12]"]),
        Case("one hundred and twenty people", ["one hundred and twenty=120[120,120]"]),
        Case("Half a dozen soldiers", ["Half a dozen=6[6,6]"]),
        // Ranges.
        Case("seven to eight soldiers were killed.", ["seven to eight=-[7,8]"]),
        Case("two to three days", ["two to three=-[2,3]"]),
        Case("10-13 fighters", ["10-13=-[10,13]"]),
        Case("between 20 and 30 people", ["between 20 and 30=-[20,30]"]),
        Case("Between two and five soldiers", ["Between two and five=-[2,5]"]),
        Case("inbetween 20 and 30, at least 5 and 6 more", ["20=20[20,20]", "30=30[30,30]", "at least 5=5[5,-] at-least", "6=6[6,6]"]),
        Case("150–200 homes", ["150–200=-[150,200]"]),
        // "9/11" and "24/7" are names, not figures.
        Case("since the 9/11 attacks, around the clock 24/7", []),
        // A spaced dash before a smaller number opens a breakdown, not a range.
        Case("killed 26 – 14 soldiers and 12 civilians", ["26=26[26,26]", "14=14[14,14]", "12=12[12,12]"]),
        Case("five or six attackers", ["five or six=-[5,6]"]),
        Case("up to 40 to 50 rockets", ["up to 40 to 50=-[-,50] up-to"]),
        Case("about 25 to 30 attackers", ["about 25 to 30=-[25,30] about"]),
        Case("Twenty\u{2011}one soldiers", ["Twenty\u{2011}one=21[21,21]"]),
        // Qualifiers with bounds.
        Case("No fewer than 30 people", ["No fewer than 30=30[30,-] at-least"]),
        Case("upwards of 50 people", ["upwards of 50=50[50,-] more-than"]),
        // A plus sign after the figure; "in excess of" before it (a qualifier read backwards
        // from the figure, since "in" opens no quantity).
        Case("killed 100+ people", ["100+=100[100,-] more-than"]),
        Case("In excess of 2,000 families fled", ["In excess of 2,000=2000[2000,-] more-than"]),
        Case("a score of 3+2 was given", ["3=3[3,3]", "2=2[2,2]"]),
        Case("sent in 40 trucks", ["40=40[40,40]"]),
        Case("at least five Pakistani soldiers", ["at least five=5[5,-] at-least"]),
        Case("more than 1,600 deaths", ["more than 1,600=1600[1600,-] more-than"]),
        Case("over 200 fighters", ["over 200=200[200,-] more-than"]),
        Case("nearly 460 people", ["nearly 460=460[-,460] nearly"]),
        Case("almost 30 soldiers", ["almost 30=30[-,30] nearly"]),
        Case("about 50 people", ["about 50=50[-,-] about"]),
        Case("around 70 civilians", ["around 70=70[-,-] about"]),
        Case("some 200 families", ["some 200=200[-,-] about"]),
        Case("approximately 90 homes", ["approximately 90=90[-,-] about"]),
        Case("up to 3,000 troops", ["up to 3,000=3000[-,3000] up-to"]),
        Case("fewer than 10 people", ["fewer than 10=10[-,10] up-to"]),
        Case("as many as 58 soldiers", ["as many as 58=58[-,58] up-to"]),
        Case("an estimated 4,000 fighters", ["an estimated 4,000=4000[-,-] about"]),
        Case("roughly 300 people", ["roughly 300=300[-,-] about"]),
        Case("At least 19 security personnel", ["At least 19=19[19,-] at-least"]),
        Case("More than 130 people", ["More than 130=130[130,-] more-than"]),
        Case("Over 20 people", ["Over 20=20[20,-] more-than"]),
        // Vague amounts.
        Case("The violence killed dozens and wounded hundreds.", ["dozens=-[24,-] vague", "hundreds=-[200,-] vague"]),
        Case("Dozens of people were killed.", ["Dozens=-[24,-] vague"]),
        Case("Thousands fled the fighting.", ["Thousands=-[2000,-] vague"]),
        Case("scores of fighters", ["scores=-[40,-] vague"]),
        Case("several soldiers", ["several=-[3,-] vague"]),
        Case("a few civilians", ["a few=-[2,-] vague"]),
        Case("a handful of fighters", ["a handful=-[2,-] vague"]),
        Case("tens of thousands of people crossed", ["tens of thousands=-[20000,-] vague"]),
        Case("hundreds of thousands of refugees", ["hundreds of thousands=-[200000,-] vague"]),
        Case("costing millions of dollars", ["millions of dollars=-[-,-] usd vague"]),
        Case("a number of fighters", ["a number of=-[-,-] vague"]),
        // Percentages, distances, money.
        Case("Attacks rose 46 percent.", ["46 percent=46[46,46] percent"]),
        Case("Attacks rose 46%.", ["46%=46[46,46] percent"]),
        Case("a rise of 12 per cent", ["12 per cent=12[12,12] percent"]),
        Case("the 2,600km border", ["2,600km=2600[2600,2600] km"]),
        Case("the 2,640km (1,640-mile) border", ["2,640km=2640[2640,2640] km", "1,640-mile=1640[1640,1640] mile"]),
        Case("a 50 km drive", ["50 km=50[50,50] km"]),
        Case("the 2,600-km (1,600-mile) border", ["2,600-km=2600[2600,2600] km", "1,600-mile=1600[1600,1600] mile"]),
        Case("100 kilometres away", ["100 kilometres=100[100,100] km"]),
        Case("300 miles north", ["300 miles=300[300,300] mile"]),
        Case("$1.5bn in aid", ["$1.5bn=1500000000[1500000000,1500000000] usd"]),
        Case("$2 million in damage", ["$2 million=2000000[2000000,2000000] usd"]),
        Case("Rs 500 fines", ["Rs 500=500[500,500] pkr"]),
        Case("a $40m deal", ["$40m=40000000[40000000,40000000] usd"]),
        Case("£30 tickets", ["£30=30[30,30] gbp"]),
        Case("a 10-year-old boy", ["10-year-old=10[10,10] years-old"]),
        // A quantity opening with a qualifier and a currency word, or a currency sign.
        Case("at least US$5m in aid", ["at least US$5m=5000000[5000000,-] at-least usd"]),
        Case("approximately Rs. 500 each", ["approximately Rs. 500=500[-,-] about pkr"]),
        Case("a €20 fee", ["€20=20[20,20] eur"]),
        Case("as many as a dozen drones", ["as many as a dozen=12[-,12] up-to"]),
        // Not numbers.
        Case("The attack in 2021 killed 12.", ["12=12[12,12]"]),
        Case("It began on October 11.", []),
        Case("Talks began at 10am and ended at 14:30.", []),
        Case("One of the deadliest attacks.", []),
        Case("Police said one officer was killed.", ["one=1[1,1]"]),
        // Up to two modifiers may stand between "one" and its noun.
        Case("The exchange left one Afghan border guard dead.", ["one=1[1,1]"]),
        Case("One Afghan official said talks would resume.", ["One=1[1,1]"]),
        Case("One of the guards fled.", []),
        // …unless the victim it singles out is killed or hurt.
        Case("Officials said one of their border guards was killed.", ["one=1[1,1]"]),
        Case("One of the soldiers later died in hospital.", ["One=1[1,1]"]),
        Case("An F-16 and a G20 summit.", []),
        Case("the first and second rounds", []),
        Case("the 21st century", []),
        Case("COVID-19 measures", []),
        Case("Someone said so.", []),
        Case("Published On 26 Oct 2025", []),
        // Quantities open only at whole opening words: "the", "then", "once" and "often" share
        // letters with "three", "ten", "one" and "fourteen" but open nothing; Twenty-One and
        // SOME are words of the list in capitals.
        Case("Then the three men left once, often.", ["three=3[3,3]"]),
        Case("Twenty-One soldiers and SOME 40 police", ["Twenty-One=21[21,21]", "SOME 40=40[-,-] about"]),
        // A number word glued to its scale is a scraping fault, left unread.
        Case("fivemillion dollars", []),
    ]

    @Test(arguments: cases)
    func extracts(_ c: Case) {
        let dates = DateResolver().resolve(c.text, published: Day(2025, 10, 26)).map(\.span)
        let found = NumberExtractor().extract(c.text, excluding: dates)
        #expect(found.map(Self.render) == c.expected)
    }

    @Test(arguments: [("thirty five", 35.0), ("twenty-one", 21), ("a hundred", 100), ("a dozen", 12), ("two million", 2_000_000),
                      ("one hundred and five", 105), ("nine hundred ninety-nine thousand", 999_000), ("2,414", 2414), ("1.5", 1.5)])
    func wordValues(_ text: String, _ value: Double) {
        #expect(NumberExtractor.value(text) == value)
    }
}
