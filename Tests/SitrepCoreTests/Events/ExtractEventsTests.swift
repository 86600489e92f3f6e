import Foundation
import SitrepCore
import SitrepTestSupport
import Testing

/// Casualty figures, claims and event types from sentences of each reporting pattern.
@Suite struct ExtractEventsTests {
    /// Runs the full pipeline over one article text, published on a Sunday (2025-10-26).
    static func events(_ text: String, published: String = "2025-10-26") throws -> [Event] {
        let line = #"{"id":"t","published":"\#(published)","text":"\#(text.replacingOccurrences(of: "\"", with: "\\\"").replacingOccurrences(of: "\n", with: "\\n"))"}"#
        let record = try JSONRecord.parse(line[...], path: "t", line: 1)
        var doc = Repository.resources.reader().document(record: record, path: "t:1")
        try Repository.resources.pipeline().run(&doc)
        return doc.events
    }

    static func figures(_ text: String) throws -> [String] {
        try events(text).flatMap(\.casualties).map { c in
            "\(c.kind.rawValue) \(c.count.map(String.init) ?? "?")\(c.min ? "+" : "")\(c.vague ? " vague" : "")\(c.aggregate ? " aggregate" : "")"
        }
    }

    struct Case: CustomTestStringConvertible, Sendable {
        var text: String
        var figures: [String]
        var testDescription: String { text }
        init(_ text: String, _ figures: [String]) {
            self.text = text
            self.figures = figures
        }
    }

    static let cases: [Case] = [
        // Several figures in one sentence.
        Case("Fresh clashes have killed at least five Pakistani soldiers and 25 fighters, the army says.", ["killed 5+", "killed 25"]),
        Case("Clashes killed 12 soldiers and 35 fighters, says the military.", ["killed 12", "killed 35"]),
        Case("A suicide attack near the border killed seven Pakistani soldiers and wounded 13, security officials said.", ["killed 7", "injured 13"]),
        Case("Mujahid said Afghan forces killed 58 Pakistani soldiers, captured 25 army posts and wounded 30 soldiers.", ["killed 58", "injured 30"]),
        // Active verbs of killing other than "killed".
        Case("Militants beheaded two soldiers they had abducted near the border, officials said.", ["killed 2"]),
        Case("Gunmen assassinated three tribal elders in Bajaur on Friday.", ["killed 3"]),
        // "clashes" name one spate of fighting, placed in a month; a part of a tally is a tally.
        Case("Border clashes in October left 23 Pakistani soldiers dead, according to Islamabad.", ["killed 23"]),
        Case("Last year was the deadliest in a decade, with 1,612 deaths. More than 500 of those killed were soldiers.",
             ["killed 1612 aggregate", "killed 500+ aggregate"]),
        Case("Two policemen were killed on Monday. Three of those killed were from Bannu.", ["killed 2", "killed 3"]),
        // "since" a date weeks back tallies an operation's toll.
        Case("The army says the operation has killed at least 70 militants since it began on 29 July.", ["killed 70+ aggregate"]),
        Case("The operation has killed 12 militants since Friday, the army says.", ["killed 12"]),
        // A raid told in the plural and placed in a month is one happening; a year's strikes a tally.
        Case("Pakistan carried out similar strikes in Khost and Paktika in March, killing eight people, according to the Taliban.", ["killed 8"]),
        Case("Pakistani air strikes in Afghanistan killed 300 people in 2024, the UN said.", ["killed 300 aggregate"]),
        // A running total after a figure is of the same kind.
        Case("The army said 17 more fighters had been killed in the same area, bringing the total to 71.", ["killed 17", "killed 71"]),
        Case("Police said 4 people were killed, bringing the total this week to 11.", ["killed 4", "killed 11"]),
        Case("The blast killed 4, bringing the total number of attacks this month to 30.", ["killed 4"]),
        // Bombers' own deaths, in numbers.
        Case("Two of the five attackers blew themselves up, and the remaining three were shot dead.", ["killed 2", "killed 3"]),
        Case("Three buildings blew up in the fire.", []),
        // A passive's bare participle after "and" shares its auxiliary.
        Case("Nine passengers were pulled from a bus and killed.", ["killed 9"]),
        Case("Nine passengers were offloaded and shot dead.", ["killed 9"]),
        Case("Four men were kidnapped, tortured and killed.", ["killed 4"]),
        Case("Nine passengers were identified and released.", []),
        Case("Twelve more people were injured, bringing the total to 40.", ["injured 12", "injured 40"]),
        Case("The ministry received 200 more applications, bringing the total to 900.", []),
        // A season is a period ("last winter").
        Case("Rights groups say at least 14 Afghans died of cold at makeshift camps near the Torkham crossing last winter.", ["killed 14+ aggregate"]),
        // Ages and spans of time count nobody.
        Case("Two brothers, aged 12 and 15, were wounded in the shelling.", ["injured 2"]),
        Case("Three soldiers, aged 21, 24 and 30, were killed.", ["killed 3"]),
        Case("In the past 24 hours, 19 militants have been killed in three operations.", ["killed 19"]),
        Case("The bomb, which weighed 50 kg, killed 7.", ["killed 7"]),
        Case("Fighting between October 10 and 15 killed 50 civilians.", ["killed 50"]),
        Case("Another 80 people were being treated for wounds at the hospital.", ["injured 80"]),
        Case("Ten people were treated for shock.", []),
        // "one" after a casualty verb is a count; elsewhere usually a pronoun.
        Case("Gunmen killed four labourers and injured one in Kech.", ["killed 4", "injured 1"]),
        // A short phrase between the victims and the passive verb.
        Case("Eleven passengers on the Jaffar Express were killed.", ["killed 11"]),
        // A label's number is no count.
        Case("UN resolution 1267 lists the group whose attack killed 5 people in Quetta.", ["killed 5"]),
        // A toll that passed a number: at least that many.
        Case("This year’s toll had passed 2,400 by the end of November, the institute said.", ["killed 2400+ aggregate"]),
        // "martyring", the gerund, as "killing".
        Case("Pakistani forces attacked homes in Spin Boldak, martyring 15 civilians and injuring over 80 others.", ["killed 15", "injured 80+"]),
        // An apposition on the place between the victims and the verb.
        Case("Three cricketers from Sharana, the provincial capital, were killed after a match.", ["killed 3"]),
        Case("Two policemen at the checkpoint were wounded.", ["injured 2"]),
        Case("Ten people in the market said they were scared.", []),
        // A hedge before the casualty word.
        Case("At least 5 were confirmed dead.", ["killed 5+"]),
        Case("Two soldiers were reported killed.", ["killed 2"]),
        Case("Officials confirmed 5 arrests.", []),
        Case("One of the injured later died.", []),
        // Another fate after "were" keeps its figure from the casualty word after it.
        Case("2,000 people were displaced and 40 killed.", ["killed 40"]),
        Case("Twelve displaced people were killed.", ["killed 12"]),
        // The condition of some of a figure already counted is no figure of its own.
        Case("Of the 30 wounded, 12 were in critical condition.", ["injured 30"]),
        Case("Three of the wounded were in critical condition.", []),
        Case("Twelve people outside the court were killed.", ["killed 12"]),
        // Another verb right before the number governs it; a participle after it may describe the victims.
        Case("Gunmen abducted six labourers and later killed two of them.", ["killed 2"]),
        Case("Police recovered the bodies of three abducted FC personnel.", ["killed 3"]),
        Case("Officials confirmed 5 dead.", ["killed 5"]),
        // The wounded who later died.
        Case("Two of the injured later succumbed to their wounds.", ["killed 2"]),
        Case("Five people were injured and two died.", ["injured 5", "killed 2"]),
        // Machines are no casualties.
        Case("Pakistan said it shot down five Indian fighter jets.", []),
        Case("The army said it destroyed 12 drones and killed 4 militants.", ["killed 4"]),
        // A casualty verb right before the number governs it, whatever an aside after it says.
        Case("The blast killed 12 people, three of them critically injured.", ["killed 12", "injured 3"]),
        // A month naming a happening ("the October clashes") does not make a tally.
        Case("At least 50 civilians were killed during the October clashes.", ["killed 50+"]),
        // The passive.
        Case("At least 24 people, including children, have been killed in explosions in Tirah.", ["killed 24+"]),
        Case("The army said 19 fighters were also killed.", ["killed 19"]),
        Case("The military said more than 200 Taliban and allied fighters had also been killed.", ["killed 200+"]),
        Case("Troops responded, and about 25 to 30 attackers were killed.", ["killed 25+"]),
        Case("At least 29 soldiers were injured during the overnight skirmishes, it added.", ["injured 29+"]),
        Case("Eleven military personnel have been killed in a gunfight in Orakzai.", ["killed 11"]),
        Case("Thirteen more were killed in a separate operation in South Waziristan district.", ["killed 13"]),
        // Martyrdom.
        Case("The military admitted 23 of its soldiers were ‘martyred’ in the clashes.", ["killed 23"]),
        Case("Two soldiers embraced martyrdom during the exchange of fire, the ISPR said.", ["killed 2"]),
        // Tolls and "left N dead".
        Case("The death toll from the blast rose to 40 on Sunday.", ["killed 40"]),
        Case("The attack left 12 dead and 30 wounded in Quetta.", ["killed 12", "injured 30"]),
        Case("The clashes have left dozens dead and injured.", ["killed ? vague"]),
        Case("The violence killed dozens and wounded hundreds.", ["killed ? vague", "injured ? vague"]),
        Case("Afghan forces responded by killing 20 soldiers and capturing several of their posts.", ["killed 20"]),
        // Nouns and reduced clauses, aggregates.
        Case("At least 2,414 deaths have been recorded in the first three quarters of this year, according to CRSS.", ["killed 2414+ aggregate"]),
        Case("Last year, at least 2,546 people were killed in attacks.", ["killed 2546+ aggregate"]),
        Case("Nearly 460 people have been killed since January 1 in attacks, according to an AFP tally.", ["killed 460 aggregate"]),
        Case("An earthquake in August killed more than 2,200 people in Kunar.", ["killed 2200+"]),
        Case("Last month, a suicide bomber killed 12 soldiers in Bannu.", ["killed 12"]),
        Case("More than 600 people were killed in attacks in the first nine months of the year.", ["killed 600+ aggregate"]),
        // ISPR's bracketed age and home after each name inside the victims' aside.
        Case("During the exchange of fire, two soldiers, Naik Abdul Rehman (age 31 years, resident of District Karak) and Sepoy Irfan Ullah (age 24 years, resident of District Lakki Marwat), having fought gallantly, embraced shahadat.",
             ["killed 2"]),
        Case("The death toll rose to 12 on Wednesday, while 27 others were under treatment at the hospital.", ["killed 12", "injured 27"]),
        Case("Twenty-seven others remain under treatment, four of them in critical condition.", ["injured 27"]),
        Case("Four of the wounded died overnight. At least 11 others are being treated at the Paktika provincial hospital.", ["killed 4", "injured 11+"]),
        // The part after "including" may stand fifteen words after its figure.
        Case("Since then, at least five Pakistani soldiers have been killed in attacks near the border, including two in Kurram on Monday.", ["killed 5+", "killed 2"]),
        // What a monitor "recorded" on a named day is that day's toll, not a tally.
        Case("UNAMA also recorded civilian casualties in Paktika and Khost, and said that Pakistani strikes in Kabul on the evening of 15 October had killed five civilians and injured 35.",
             ["killed 5", "injured 35"]),
        Case("The group has killed 45 policemen so far.", ["killed 45 aggregate"]),
        Case("In July, at least 49 people were killed in a land dispute between two tribes.", ["killed 49+"]),
        Case("More than 80,000 Pakistanis died in the violence that followed, by Islamabad’s own count.", ["killed 80000+ aggregate"]),
        Case("The floods killed more than 1,700 people.", ["killed 1700+"]),
        Case("In 2014, gunmen killed 147 people at the Army Public School in Peshawar.", ["killed 147"]),
        Case("More than 600 people were killed in a series of attacks last year.", ["killed 600+ aggregate"]),
        Case("Four soldiers, including a captain, embraced shahadat after fighting gallantly, it added.", ["killed 4"]),
        Case("During intense exchange of fire, 12 brave sons of the soil, having fought gallantly, paid the ultimate sacrifice.", ["killed 12"]),
        Case("Three soldiers made the supreme sacrifice while fighting the terrorists.", ["killed 3"]),
        // The ways Pakistani and Afghan papers tell deaths and wounds.
        Case("Three passengers breathed their last before reaching the hospital.", ["killed 3"]),
        Case("Twelve people drowned when a boat capsized in the Indus.", ["killed 12"]),
        Case("Four children were burnt alive when a fire broke out in the house.", ["killed 4"]),
        Case("Eleven miners were trapped and later found dead in Harnai.", ["killed 11"]),
        Case("Two policemen got injured when gunmen attacked a checkpost.", ["injured 2"]),
        Case("Three more soldiers succumbed to their injuries on Monday, raising the toll to 14.", ["killed 3", "killed 14"]),
        Case("Police said the death toll had risen from 12 to 17.", ["killed 17"]),
        Case("Some 30 fighters were killed and 12 captured.", ["killed 30"]),
        Case("The army said it lost 11 men, including a lieutenant colonel.", ["killed 11"]),
        Case("The violence has claimed 30 lives since Friday.", ["killed 30"]),
        Case("Among the dead were Lieutenant Colonel Junaid Arif, 39, and Major Tayyab Rahat, 33, the ISPR added.", []),
        Case("In Kurram, 12 were killed and Bajaur, 5 wounded.", ["killed 12", "injured 5"]),
        Case("Their deadliest attack came in December 2014, killing more than 130 students in Peshawar.", ["killed 130+"]),
        Case("Despite the 50-odd dead and 550 injured, nothing changed, he said.", ["killed 50+", "injured 550"]),
        Case("It said more than 200 Taliban and affiliated militants were killed.", ["killed 200+"]),
        Case("It said 21 hostages and four soldiers died.", ["killed 21", "killed 4"]),
        Case("Gunmen shot dead two policemen in Dera Ismail Khan.", ["killed 2"]),
        Case("Militants gunned down three soldiers near Bannu.", ["killed 3"]),
        Case("The blast claimed the lives of 14 soldiers.", ["killed 14"]),
        Case("At least three people lost their lives in the attack.", ["killed 3+"]),
        Case("Rescuers said 11 bodies were recovered from the rubble.", ["killed 11"]),
        Case("The death toll has risen to 45, officials said.", ["killed 45"]),
        Case("Police said one officer was killed and two were wounded in Bannu.", ["killed 1", "injured 2"]),
        Case("Five soldiers and three civilians were killed in the blast.", ["killed 5", "killed 3"]),
        Case("The attack left at least 15 people dead and 40 others injured.", ["killed 15+", "injured 40"]),
        // A figure inside an "including" aside, and the victims around it.
        Case("Nine people, including four children, died when a mortar shell hit a house.", ["killed 9", "killed 4"]),
        Case("Nearly 30 people including 11 soldiers were killed in the attacks.", ["killed 30", "killed 11"]),
        Case("The death toll from Friday's bombing at a mosque in Peshawar has risen to 31.", ["killed 31"]),
        Case("The death toll from Pakistani air strikes on the Urgun and Barmal districts of Afghanistan’s Paktika province has risen to 17, officials say.", ["killed 17"]),
        Case("Among those killed in the strikes late on Friday were three young cricketers from Urgun, the board said.", ["killed 3"]),
        Case("Among those wounded in the blast were four policemen, officials said.", ["injured 4"]),
        // A blow placed in a month is one happening, its object with or without an article.
        Case("In September, hundreds of fighters stormed army posts in the district, killing four soldiers.", ["killed 4"]),
        Case("Across the border in Chaman, the main hospital treated 23 people for shrapnel wounds, a health official said.", ["injured 23"]),
        Case("The hospital treated 40 people for heatstroke on Monday.", []),
        Case("The group has intensified attacks since last year, including a suicide bombing at Quetta railway station in November that killed 26 people.", ["killed 26"]),
        // Happenings after "including" with a month of their own are one episode; without one,
        // a part of the period's tally.
        Case("The group has stepped up attacks this year, including coordinated assaults in late August that killed more than 50 people.", ["killed 50+"]),
        Case("More than 1,600 people were killed last year, including attacks on police that killed 300 officers.", ["killed 1600+ aggregate", "killed 300 aggregate"]),
        Case("Forces exchanged fire at Torkham, leaving one Afghan border guard dead and two Pakistani soldiers wounded.", ["killed 1", "injured 2"]),
        Case("Two people on the motorcycle were among the dead, and two passengers survived with injuries.", ["killed 2", "injured 2"]),
        // A superlative's "in decades" compares; it frames no period.
        Case("India has launched missile strikes on nine sites, killing at least 26 people and wounding 46, in the most serious escalation between the neighbours in decades.", ["killed 26+", "injured 46"]),
        // A happening told as part of a series: the series' toll is the tally.
        Case("In August last year, fighters killed 23 passengers in the Musakhel district, part of a wave of attacks across the province that killed more than 70 people.", ["killed 23", "killed 70+ aggregate"]),
        // (Attacks made in concert are one happening: the wave's toll is its own.)
        Case("In August last year, fighters killed 23 passengers in the Musakhel district, part of a wave of coordinated attacks across the province that killed more than 70 people.", ["killed 23", "killed 70+"]),
        // Past a breakdown between dashes, "and a woman" joins the figure before the first dash.
        Case("Pakistani aircraft bombed a house, killing nine children – five boys and four girls – and a woman.", ["killed 9", "killed 5", "killed 4", "killed 1"]),
        Case("Pakistani aircraft bombed a house, killing nine children - five boys and four girls - and a woman.", ["killed 9", "killed 5", "killed 4", "killed 1"]),
        // A number of places is no victims' count.
        Case("In one week in September alone, attacks on police posts in the three districts killed 14 officers.", ["killed 14 aggregate"]),
        Case("The number of dead rose to 52 on Monday.", ["killed 52"]),
        Case("Seven people, among them three children, were killed when a mortar round landed.", ["killed 7", "killed 3"]),
        Case("The dead included four soldiers and two civilians.", ["killed 4", "killed 2"]),
        Case("Five soldiers lost their lives and seven others sustained injuries.", ["killed 5", "injured 7"]),
        Case("At least 10 people have died and 25 have been hospitalised.", ["killed 10+", "injured 25"]),
        Case("Police said the bodies of six labourers were found.", ["killed 6"]),
        Case("The army said it killed 200 fighters, while losing 23 of its own soldiers.", ["killed 200", "killed 23"]),
        Case("The army lost 25 posts and 3 tanks.", []),
        // The military's own words for killing fighters.
        Case("Two soldiers were martyred while three terrorists were sent to hell.", ["killed 2", "killed 3"]),
        Case("Four militants were neutralised during the operation.", ["killed 4"]),
        Case("Between 20 and 30 militants were killed in the operation.", ["killed 20+"]),
        // The same count twice: a repetition, or two incidents told apart by their places.
        Case("Militants killed 12 soldiers in Bannu.\nThe funerals of the 12 soldiers killed were held on Monday.", ["killed 12"]),
        Case("A roadside bomb killed two people in Bajaur.\nTwo people were shot dead in Kohat.", ["killed 2", "killed 2"]),
        // Killing said with a verb and its particle, or after the attack.
        Case("Five militants were gunned down in an intelligence-based operation, the ISPR said.", ["killed 5"]),
        Case("Two men were stabbed to death in Quetta.", ["killed 2"]),
        Case("Three policemen were shot and killed in Lakki Marwat, and 12 people were shot and wounded.", ["killed 3", "injured 12"]),
        Case("Two soldiers were abducted and later killed.", ["killed 2"]),
        Case("Three journalists were assassinated in the city.", ["killed 3"]),
        // A fate of their own: the people after a casualty figure who escaped or were captured.
        Case("Police said one attacker was killed and two others escaped.", ["killed 1"]),
        Case("The blast killed 12 people, and two captured soldiers were later freed.", ["killed 12"]),
        Case("The militants killed two captured soldiers.", ["killed 2"]),
        Case("Militants killed the two policemen who were deployed at the checkpoint.", ["killed 2"]),
        // A part of the figure just read, in an "including" aside after it.
        Case("The attack left 14 people dead, including three children, and injured 40.", ["killed 14", "killed 3", "injured 40"]),
        Case("Officials said 30 were detained, including five women.", []),
        Case("Ten people — six women and four children — were killed.", ["killed 10", "killed 6", "killed 4"]),
        // A person in a breakdown between dashes is a part of the figure before it, not one more.
        Case("Pakistani strikes killed 10 civilians – nine children and a woman – in Khost.", ["killed 10", "killed 9"]),
        Case("Ten people -- six women and a child -- were killed.", ["killed 10", "killed 6"]),
        Case("Mortar fire killed nine children – five boys and four girls – and a woman.", ["killed 9", "killed 5", "killed 4", "killed 1"]),
        Case("Five soldiers – all from Punjab – were killed.", ["killed 5"]),
        // Injuries received or sustained, the wounded taken to hospital, bodies recovered.
        Case("Five people received injuries and eight sustained serious injuries.", ["injured 5", "injured 8"]),
        Case("Seven people were rushed to hospital.", ["injured 7"]),
        Case("The bodies of 12 passengers were recovered.", ["killed 12"]),
        Case("Five of the injured were in serious condition.", []),
        // "one" before a casualty word is a count, not a pronoun.
        Case("Two were killed and one injured.", ["killed 2", "injured 1"]),
        Case("One of the injured died later, but no one was killed in the second blast.", []),
        // A month that places one happening, or frames a tally.
        Case("Earlier this month, at least six soldiers were martyred when terrorists ambushed a convoy.", ["killed 6+"]),
        // The same verb before a bare number repeats the figure before it; without one, a bare
        // number counts nothing.
        Case("Khyber Pakhtunkhwa alone recorded 638 deaths between July and September, while Balochistan recorded 230.",
             ["killed 638 aggregate", "killed 230 aggregate"]),
        Case("Buner district was the worst affected, with 91 deaths, followed by Shangla with 18 and Mansehra with 15.",
             ["killed 91", "killed 18", "killed 15"]),
        // The same count of another party is no repeat: the body after "of" tells the victims'
        // party when their noun does not.
        Case("Three members of Pakistan’s Federal Constabulary were killed and 11 people wounded in the attack in Peshawar. All three attackers were killed.",
             ["killed 3", "injured 11", "killed 3"]),
        // A hyphen between spaces stands for a dash in ASCII text: the aside it opens names the
        // victims, whose fate follows it.
        Case("Eight terrorists were killed, while six more were killed in Kalat, the ISPR said. Two soldiers - Lance Naik Imran, 26, of Kohlu and Sepoy Bilal, 22, of Panjgur - were martyred in the exchange of fire.",
             ["killed 8", "killed 6", "killed 2"]),
        Case("The province recorded 230.", []),
        // "The same period" is the period of a statistic named before.
        Case("At least 516 fighters were killed in operations over the same period.", ["killed 516+ aggregate"]),
        Case("Officials say more than 500 members of the security forces were killed in that period.", ["killed 500+ aggregate"]),
        // Part of a month places a happening; a whole month frames a tally.
        Case("The talks came after at least 70 people were killed in fighting along the border in mid-October.", ["killed 70+"]),
        Case("The talks came after at least 70 people were killed in fighting along the border in October.", ["killed 70+ aggregate"]),
        Case("In October, 40 people were killed when militants carried out 282 attacks.", ["killed 40 aggregate"]),
        Case("In September, militants killed 135 people.", ["killed 135 aggregate"]),
        Case("September was the deadliest month, with 135 people killed.", ["killed 135 aggregate"]),
        // A period a superlative compares one happening with is no tally's period.
        Case("The army says 19 soldiers were killed over the weekend, one of the deadliest stretches for its troops this year.", ["killed 19"]),
        Case("More than 300 soldiers have been killed this year, the deadliest year in a decade.", ["killed 300+ aggregate"]),
        Case("September was the deadliest month this year, with 135 people killed.", ["killed 135 aggregate"]),
        // A verb before a casualty noun's count ("documented 37 civilian deaths").
        Case("The UN has documented 37 civilian deaths.", ["killed 37"]),
        // A breakdown after a passive is part of its figure; an addition is a figure of its own.
        Case("All three attackers were shot dead, one at the main gate and two inside the compound.", ["killed 3"]),
        Case("Three soldiers were killed, two in Kurram and one in Bajaur.", ["killed 3"]),
        Case("Sixteen people were killed, eight of them children.", ["killed 16", "killed 8"]),
        Case("At least 10 civilians were killed, along with at least 14 fighters.", ["killed 10+", "killed 14+"]),
        // A hyphenated modifier before a casualty noun, and tallies framed by "since" or "in all".
        Case("In 2024, the institute recorded 2,546 conflict-related deaths.", ["killed 2546 aggregate"]),
        Case("In all, at least 17 policemen have been killed in the province since October 1.", ["killed 17+ aggregate"]),
        Case("In all, 43 people died in the two days of fighting.", ["killed 43"]),
        // The same count for another time, compared.
        Case("At least 139 policemen were killed between January 1 and August 31, compared with 115 in the same period last year.",
             ["killed 139+ aggregate", "killed 115 aggregate"]),
        Case("Attacks killed 1,612 people in 2024, up from 1,400 in 2023.", ["killed 1612 aggregate", "killed 1400 aggregate"]),
        // The comparison in a sentence of its own, the figure before it as subject.
        Case("At least 1,180 soldiers were killed in attacks this year. That compares with 685 in the whole of 2024.",
             ["killed 1180+ aggregate", "killed 685 aggregate"]),
        Case("At least 1,180 soldiers were killed in attacks this year. That is up from 685 last year.", ["killed 1180+ aggregate", "killed 685 aggregate"]),
        Case("Exports fell to 1,200 trucks a week. That compares with 3,000 before the closure.", []),
        Case("Eight people were killed, compared with 12 arrested.", ["killed 8"]),
        Case("In October 2023, a series of earthquakes in Herat province killed at least 1,500 people.", ["killed 1500+"]),
        // A superlative's "since" compares; its year frames no period.
        Case("Pakistan said on Sunday that 23 of its soldiers had been killed in overnight clashes, the worst fighting between the neighbours since the Taliban returned to power in 2021.",
             ["killed 23"]),
        Case("It was the deadliest attack on the police since January 2023, when a bomber killed more than 80 officers in Peshawar.", ["killed 80+"]),
        Case("At least 300 people have been killed in attacks this year, the highest toll since 2014.", ["killed 300+ aggregate"]),
        Case("More than 80 people have been killed since 2021 in the district.", ["killed 80+ aggregate"]),
        // A stretch of fighting a few days or hours long is one episode in whatever month.
        Case("In May, the two nuclear-armed neighbours fought a four-day conflict that killed more than 70 people.", ["killed 70+"]),
        Case("In May, a 48-hour war killed 70 people.", ["killed 70"]),
        // The injured who died are inside the toll the sentence gives.
        Case("The death toll rose to 15 on Wednesday after two of the injured died in hospital, officials said.", ["killed 15"]),
        Case("Two of the injured later died in hospital.", ["killed 2"]),
        // The whole of such a partitive stays the wounded; its part is the dead.
        Case("Two of the four wounded passengers succumbed to their injuries.", ["killed 2", "injured 4"]),
        Case("Five of the 12 injured died in hospital.", ["killed 5", "injured 12"]),
        Case("Five of the 12 injured were children.", ["injured 12"]),
        Case("The death toll rose to 11 after two of the four wounded passengers succumbed to their injuries.", ["killed 11", "injured 4"]),
        // An aside after a comma names part of the figure just read, whatever kind comes later.
        Case("The attack left at least 18 people dead, including five soldiers, and more than 30 injured.", ["killed 18+", "killed 5", "injured 30+"]),
        Case("Eighteen people were killed, among them five soldiers, and 30 were injured.", ["killed 18", "killed 5", "injured 30"]),
        Case("The blast killed 12 people and wounded 20, including five children.", ["killed 12", "injured 20", "injured 5"]),
        // A part is repeated only by the same victims, not by another figure of its count.
        Case("Twelve of the dead were civilians, among them four women and a child.\nIn Balochistan, gunmen killed four labourers on Tuesday.",
             ["killed 12", "killed 4", "killed 4"]),
        Case("A bomb killed 12 people, including three children, in Bannu.\nThree children were among the dead, police said.", ["killed 12", "killed 3"]),
        // "among the victims" takes the fate of the victims told before (none told, no figure).
        Case("A bomb killed nine people in Quetta. Six children aged between 5 and 12 were among the victims.", ["killed 9", "killed 6"]),
        Case("A bomb wounded nine people in Quetta. Two policemen were also among the victims.", ["injured 9", "injured 2"]),
        Case("Six children were among the victims.", []),
        // A ratio's terms count nobody.
        Case("In 2024, attacks in Balochistan killed 9 soldiers for every 10 civilians, according to a report.", []),
        Case("For every soldier killed, three civilians died.", []),
        Case("The army paid compensation for each of the 12 people killed.", ["killed 12"]),
        // A person right before a reporting verb is a source, not one more victim.
        Case("A drone strike killed two people and wounded 14, two of them seriously, residents and a local official said.", ["killed 2", "injured 14"]),
        Case("The blast killed two soldiers and a policeman, officials said.", ["killed 2", "killed 1"]),
        // A part opening the next paragraph points back at the figure closing the one before;
        // after a sentence with no figure, it points at nothing.
        Case("Gunmen killed four men in Kurram on Monday.\nTwo of them were teenagers, police said.", ["killed 4", "killed 2"]),
        Case("Gunmen killed four men in Kurram on Monday.\nPolice arrested 12 suspects.\nTwo of them were teenagers.", ["killed 4"]),
        // "and another 18 in Bajaur": a further figure with a place of its own shares the verb.
        Case("The military said its forces had neutralised 25 fighters in North Waziristan and another 18 in Bajaur over the weekend.", ["killed 25", "killed 18"]),
        Case("Police killed 12 militants in Bannu and a further six in Lakki Marwat.", ["killed 12", "killed 6"]),
        // The fate after a relative clause that describes the victims.
        Case("Two other attackers who tried to storm the building after the blast were shot dead by police.", ["killed 2"]),
        Case("Two men who were hiding in the house were killed.", ["killed 2"]),
        Case("Two militants who attacked the post escaped.", []),
        // A part of machines counted is machines too.
        Case("Pakistan said its air force had shot down five Indian fighter jets, including three French-made Rafales.", []),
        // Separatists hijacking a train in a month is one happening.
        Case("In March, separatists hijacked the Jaffar Express train in Balochistan, killing 26 hostages.", ["killed 26"]),
        // A toll of thousands right after its happening is named is that happening's, not a tally.
        Case("The earthquake struck late on Sunday. Officials said 2,205 people had been killed and 3,640 injured.", ["killed 2205", "injured 3640"]),
        Case("The TTP carried out many attacks. More than 2,000 people were killed.", ["killed 2000+ aggregate"]),
        // One target struck once in a month is one happening; struck repeatedly, a tally.
        Case("The Indian embassy in Kabul was bombed in July 2008, killing 58 people.", ["killed 58"]),
        Case("In 2023, the province was attacked repeatedly, and 300 people were killed.", ["killed 300 aggregate"]),
        // A "when" clause after a span of years describes the period, not one happening.
        Case("Between 2007 and 2014, when the TTP controlled the tribal belt, more than 50,000 Pakistanis were killed.", ["killed 50000+ aggregate"]),
        Case("In 2014, six soldiers were martyred when terrorists ambushed a convoy.", ["killed 6"]),
        Case("Since the start of the monsoon on June 26, at least 650 people have been killed.", ["killed 650+ aggregate"]),
        // A figure with a place of its own after "and" shares the casualty before it.
        Case("Another 36 people were killed in Mansehra and 22 in Bajaur.", ["killed 36", "killed 22"]),
        Case("Shelling killed 12 in Poonch and five in Rajouri, officials said.", ["killed 12", "killed 5"]),
        Case("Police said five people were killed in Bannu and 20 in the city were arrested.", ["killed 5"]),
        Case("Six people died on the spot and two later in hospital.", ["killed 6", "killed 2"]),
        Case("Ten people were killed in Bannu and two more were arrested.", ["killed 10"]),
        // A partitive counts its part; the bereaved are not the dead.
        Case("Two of the three attackers were killed and the third arrested.", ["killed 2"]),
        Case("Three of the 10 soldiers died later in hospital.", ["killed 3"]),
        Case("Five of the 12 injured were children.", ["injured 12"]),
        Case("The government announced Rs1 million for each of the 12 families of those killed.", []),
        Case("Seven relatives of the groom were killed in the strike.", ["killed 7"]),
        Case("The TTP put the number of dead soldiers at 14.", ["killed 14"]),
        // A side's losses put at a number are its dead; a sum of money is not.
        Case("The Taliban said nine of its fighters had died and put Pakistan’s losses at 58.", ["killed 9", "killed 58"]),
        Case("The company put its losses at 58 million dollars.", []),
        // A total of casualties is neither kind: a part's kind inside "including" is its own, and
        // a count of the killed or injured is both.
        Case("Civilian casualties rose to 84, including 21 deaths.", ["killed 21"]),
        Case("There were 84 casualties, including 21 dead.", ["killed 21"]),
        Case("The total number of people killed or injured rose to 84.", []),
        // "The dead were …": the people who make up the dead (or the wounded).
        Case("The dead were five boys, four girls and a woman, he said.", ["killed 5", "killed 4", "killed 1"]),
        Case("Those wounded were two policemen and three passers-by.", ["injured 2", "injured 3"]),
        Case("The talks were two days long.", []),
        // People lost are dead, whatever the clause after them says.
        Case("The spokesman said the group had lost nine fighters and that 16 others were wounded.", ["killed 9", "injured 16"]),
        // What people died of is no injury of theirs.
        Case("Eleven of them died of their wounds, among them three women and five children.", ["killed 11", "killed 3", "killed 5"]),
        Case("Two more succumbed to their injuries in hospital.", ["killed 2"]),
        // A count's phrase runs on to its value; a number inside the phrase counts no dead.
        Case("Troops killed another 22 terrorists, bringing the number of terrorists killed in the two engagements to 35.", ["killed 22", "killed 35"]),
        Case("The number of dead animals was 300.", []),
        Case("The bombing killed 26 – 14 soldiers and 12 civilians.", ["killed 26", "killed 14", "killed 12"]),
        Case("The dead numbered 40.", ["killed 40"]),
        Case("The dead numbered 40, and the injured more than 100.", ["killed 40", "injured 100+"]),
        Case("The injured numbered more than 100.", ["injured 100+"]),
        Case("The army reached 40 villages.", []),
        Case("Seven barbers from Punjab were shot dead in Gwadar.", ["killed 7"]),
        Case("The authority said 307 people had died in Khyber Pakhtunkhwa, including 184 in Buner.", ["killed 307", "killed 184"]),
        // How badly some of a figure are hurt is no figure of its own.
        Case("Five other officers were wounded, two of them seriously.", ["injured 5"]),
        Case("The strike killed 10 people, nine of them children.", ["killed 10", "killed 9"]),
        // Happenings counted are no victims; one singled out of a tally is an incident.
        Case("Afghans carried out several suicide bombings this year, including one in Bannu in March that killed 18 people.", ["killed 18"]),
        Case("There were dozens of attacks in October, including one in Bannu that killed 18 people.", ["killed 18"]),
        Case("The strikes killed 12 in raids on Kabul.", ["killed 12"]),
        Case("There were 282 attacks in the first half of the year, in which 407 people were killed.", ["killed 407 aggregate"]),
        Case("In 2024 alone, 1,600 people were killed.", ["killed 1600 aggregate"]),
        // A month and a town's name place one incident; a month's tally names a province, or
        // counts attacks.
        Case("In May 2024, seven barbers from Punjab were shot dead in Gwadar.", ["killed 7"]),
        Case("In March, gunmen killed 12 passengers on a bus in Kalat.", ["killed 12"]),
        Case("In September, 135 people were killed in Khyber Pakhtunkhwa.", ["killed 135 aggregate"]),
        Case("In August, militants killed 40 people in attacks in Kalat.", ["killed 40 aggregate"]),
        Case("In September alone, 45 people were killed in Bajaur.", ["killed 45 aggregate"]),
        // A year and a town's name, with the toll in a participle after the clause: one clash.
        Case("In 2016, Pakistani and Afghan forces clashed at Torkham, killing at least three people.", ["killed 3+"]),
        Case("In 2023, militants carried out attacks across Khyber Pakhtunkhwa, killing 90 people.", ["killed 90 aggregate"]),
        // "since then" takes up the date named before it: weeks back, a tally.
        Case("The truce agreed in Doha on September 1 has held, although more than 20 soldiers have been killed in attacks since then.",
             ["killed 20+ aggregate"]),
        Case("A bomb exploded in Bannu on October 20, and two more people have died of their wounds since then.", ["killed 2"]),
        // A side's own losses, put at a number one word further on.
        Case("The Taliban claimed to have killed 58 soldiers. Pakistan's military put its own losses at 23 soldiers.", ["killed 58", "killed 23"]),
        Case("The military said 23 of its soldiers died in the first night of fighting alone.", ["killed 23"]),
        // A week or a weekend is one stretch of fighting, "since" or not.
        Case("The clashes were the worst since fighting on the weekend, which the military said killed 23 of its soldiers.", ["killed 23"]),
        // Another count of a figure, or of a toll, in the active.
        Case("Pakistan said 23 soldiers were martyred, while the Taliban put the figure at 58.", ["killed 23", "killed 58"]),
        Case("Officials put the death toll at 40.", ["killed 40"]),
        // A side's losses are its dead; a loss with a fate of its own, or of money, is none.
        Case("The Taliban said 58 soldiers were killed; Pakistan put its losses at 23.", ["killed 58", "killed 23"]),
        Case("Pakistan put its losses at 23.", ["killed 23"]),
        Case("Pakistani officials said 12 fighters were killed, while Afghan officials put the number of their dead at two.", ["killed 12", "killed 2"]),
        Case("Officials put the number of injured at 40.", ["injured 40"]),
        Case("Officials put the number of lorries stuck at 300.", []),
        Case("Traders put their losses at $5m.", []),
        // Nouns of death and injury before "of" and "to".
        Case("The mission documented the deaths of 10 civilians and injuries to 30 others in air strikes.", ["killed 10", "injured 30"]),
        // A part of the whole a sentence opens with; a state of some of them is none.
        Case("Of the 16 people wounded in the strike, nine were children.", ["injured 16", "injured 9"]),
        Case("Of the 16 people wounded in the strike, nine were discharged.", ["injured 16"]),
        // The list of parts goes on, each with its own "were".
        Case("Of the 32 people killed in the attacks, 18 were soldiers, nine were policemen and five were civilians.",
             ["killed 32", "killed 18", "killed 9", "killed 5"]),
        Case("Of the 32 people killed in the attacks, 18 were soldiers, and nine were buried on Friday.", ["killed 32", "killed 18"]),
        Case("Of the 16 people wounded in the strike, nine were in a critical condition.", ["injured 16"]),
        // "since" a happening whose own toll a relative clause gives frames no tally.
        Case("Families have lived in tents since the earthquakes of October 2023, which killed more than 1,400 people.", ["killed 1400+"]),
        Case("More than 1,400 people have been killed since October 2023.", ["killed 1400+ aggregate"]),
        // "lives" as a verb, or lives saved, are no deaths; lives lost are.
        Case("The town of 150,000 lives off the crossing.", []),
        Case("Rescuers saved 40 lives in the first hours.", []),
        Case("The floods claimed 40 lives, and 120 lives were lost in the landslides.", ["killed 40", "killed 120"]),
        // After a loss word, "lives in" is lives lost, not a verb.
        Case("Pakistan has lost more than 80,000 lives in the war on terror since 2001.", ["killed 80000+ aggregate"]),
        Case("The floods cost 12 lives in Swat.", ["killed 12"]),
        // One more person counted by an ordinal after a figure; a fraction or another happening is none.
        Case("Gunmen stormed a police station, killing two policemen and wounding a third.", ["killed 2", "injured 1"]),
        Case("Gunmen killed two policemen, and a third was wounded.", ["killed 2", "injured 1"]),
        Case("Gunmen killed two policemen and wounded a third of the recruits.", ["killed 2"]),
        Case("Two soldiers were killed, and a second attack followed.", ["killed 2"]),
        // A "where" clause after the figures tells of the place, not of their period.
        Case("Pakistan’s military says it has killed 18 fighters in two operations in Balochistan, where separatist violence has intensified this year.", ["killed 18"]),
        Case("Pakistan’s military says it has killed 180 fighters in operations in Balochistan this year.", ["killed 180 aggregate"]),
        // A trade or a post names one victim.
        Case("In D.I. Khan, gunmen on a motorcycle shot dead a traffic warden on Sunday evening.", ["killed 1"]),
        // An age between commas is no figure; the fate past it, an apposition, or both.
        Case("A soldier, 24, was killed in the blast.", ["killed 1"]),
        Case("A soldier, Sepoy Muhammad Ali, 24, embraced shahadat, and two others were injured, the statement said.", ["killed 1", "injured 2"]),
        Case("A soldier, Sepoy Muhammad Ali, embraced shahadat in the blast.", ["killed 1"]),
        // A text that ends on "quoted" (a truncated scrape) ends the claim search; it crashed the run.
        Case("Two soldiers were killed in the raid, the agency quoted", ["killed 2"]),
        // A part of the victims told before, by the class of people they were; not by kinship.
        Case("Gunmen killed 26 men near Pahalgam. Twenty-five of the victims of the attack were Indian tourists and one was a Nepali national, police said.", ["killed 26", "killed 25"]),
        Case("Gunmen killed nine passengers. Two of the victims were brothers travelling home for a funeral, relatives said.", ["killed 9"]),
        // "As well as" joins figures as "and" does; a count of the sources after a comma is none.
        Case("A suicide bomber rammed a vehicle into a convoy, killing 13 soldiers and wounding 10 others as well as 19 civilians, two local government officials said.", ["killed 13", "injured 10", "injured 19"]),
        Case("The blast killed four soldiers, three security sources told Reuters.", ["killed 4"]),
        // Sources counted before a relative clause and their verb: "Two officials who spoke to AFP said".
        Case("Two security officials who spoke to Reuters said six militants were killed.", ["killed 6"]),
        Case("Three residents, who witnessed the attack, told Reuters that 12 people were killed.", ["killed 12"]),
        Case("Two soldiers who were wounded said 10 comrades were killed.", ["injured 2", "killed 10"]),
        Case("Five people who were at the market, officials said, were killed.", ["killed 5"]),
        // An aside naming several victims, with their ages and homes, before their fate.
        Case("Two soldiers, Naik Rehmat Ullah, 31, a resident of Karak, and Sepoy Abdul Wahab, 24, of Kohat, embraced shahadat during the exchange, the ISPR added.", ["killed 2"]),
        Case("Two soldiers, Naik Rehmat Ullah and Sepoy Abdul Wahab, were promoted on Monday.", []),
        Case("Two soldiers — Lance Naik Imran, 26, of Kohlu and Sepoy Bilal, 22, of Panjgur — were martyred in the exchange of fire, it added.", ["killed 2"]),
        // ASCII text writes the dash as two hyphens.
        Case("Two soldiers -- Lance Naik Imran, 26, of Kohlu and Sepoy Bilal, 22, of Panjgur -- were martyred in the exchange of fire, it added.", ["killed 2"]),
        Case("Ten people -- six women and four children -- were killed in the blast.", ["killed 10", "killed 6", "killed 4"]),
        Case("A policeman lost his life in the attack.", ["killed 1"]),
        Case("Gul Khan, 45, said 12 people were killed.", ["killed 12"]),
        // The fate past a reduced relative clause.
        Case("A 12-year-old boy travelling with them was wounded.", ["injured 1"]),
        Case("A man living nearby was killed, police said.", ["killed 1"]),
        Case("A woman carrying water was seen near the post.", []),
        // The fate past (or in) a relative clause.
        Case("A constable who was driving the vehicle sustained bullet wounds.", ["injured 1"]),
        // "left" or "leaving" the person dead or wounded.
        Case("A roadside bomb hit a police van in Bannu, leaving a constable dead and four others wounded.", ["killed 1", "injured 4"]),
        Case("The attack left a mark on the town.", []),
        // A definite second person after an active verb is one of a pair, unless a verb of its own follows.
        Case("Gunmen opened fire on a polio team, killing a female health worker and the police officer assigned to protect her.", ["killed 2"]),
        Case("Gunmen killed a policeman and the attacker fled.", ["killed 1"]),
        Case("Police arrested a man who had driven the car.", []),
        // A season's toll is a tally over the season, though no date names it.
        Case("Flash floods have killed at least 27 people in Swat, officials say, as the monsoon death toll climbs past 700.",
             ["killed 27+", "killed 700 aggregate"]),
        Case("The death toll climbed past 700.", ["killed 700"]),
        // A decade after "since" opens a tally; one placing a happening does not.
        Case("More than 100 vaccinators have been killed in attacks since the 1990s, according to government figures.",
             ["killed 100+ aggregate"]),
        Case("In the 1990s, a bomb killed 12 people in Peshawar.", ["killed 12"]),
        // Victims' own past verb, then their fate joined by "and", "but" or "before they".
        Case("Five militants attacked the post and were killed in the exchange of fire.", ["killed 5"]),
        Case("Four attackers tried to enter the base but were killed by guards.", ["killed 4"]),
        Case("Three suicide bombers stormed the headquarters in Peshawar, killing three personnel and wounding 11 others before they were shot dead.",
             ["killed 3", "killed 3", "injured 11"]),
        Case("Three militants attacked a checkpoint and were arrested.", []),
        Case("Three militants attacked a checkpoint and killed two soldiers.", ["killed 2"]),
        // "The fighting" is one episode, counted as a whole; fighting over a period is a tally.
        Case("At least 50 civilians were killed in Afghanistan during the cross-border fighting with Pakistan this month, the UN says.", ["killed 50+"]),
        Case("More than 1,000 people have been killed in fighting this year.", ["killed 1000+ aggregate"]),
        Case("Troops engaged the location and sent eight khwarij to hell.", ["killed 8"]),
        Case("He sent 12 letters to the ministry.", []),
        Case("Troops killed 19 fighters in the operation, which also cost the lives of four soldiers.", ["killed 19", "killed 4"]),
        // Part of a figure, of its kind.
        Case("Twenty-three soldiers were among 40 people killed.", ["killed 23", "killed 40"]),
        Case("Three policemen were among the injured.", ["injured 3"]),
        Case("Two children were among those killed in Khost.", ["killed 2"]),
        // The wounded in hospital are not the toll before them.
        Case("The death toll from Tuesday’s bombing has risen to 17, with 40 others still in hospital.", ["killed 17", "injured 40"]),
        Case("Twenty-seven people remained in hospital on Wednesday, a spokesperson said.", ["injured 27"]),
        // The claimant's own people, named by nothing more.
        Case("The Taliban said it had killed 58 Pakistani soldiers in the fighting and lost nine of its own.", ["killed 58", "killed 9"]),
        Case("Pakistan lost two of its own posts in the fighting.", []),
        Case("The bombing killed 12 people. Twenty-seven others were still in the hospital.", ["killed 12", "injured 27"]),
        Case("The attack killed five soldiers, along with 14 civilians.", ["killed 5", "killed 14"]),
        // Part of a figure with a fate of its own is no figure; a part said to be someone is.
        Case("Seven of the injured were discharged on Monday.", []),
        Case("Four of the dead were identified as soldiers.", ["killed 4"]),
        Case("Doctors said five of the wounded were children.", ["injured 5"]),
        // A part named after a comma is of the figure before it, whatever verb comes later.
        Case("Six people died, four of them women.", ["killed 6", "killed 4"]),
        Case("Eight people were killed, five of them children, and 12 injured.", ["killed 8", "killed 5", "injured 12"]),
        Case("Six people died, four of them in hospital.", ["killed 6"]),
        // "of them" after a whole figure of the sentence is a part of it, not of the tally before.
        Case("The attacks took the number of police officers killed in the province this year to 118, compared with 97 in all of 2024. In one of the deadliest attacks, 23 people, 18 of them soldiers, were killed when fighters stormed a police station in Daraban in December 2023.",
             ["killed 118 aggregate", "killed 97 aggregate", "killed 23", "killed 18"]),
        // One person told by another noun is another person; a possessive opens one.
        Case("A mortar attack on a village in Kunar killed a woman and her three children. A farmer in Kunar said his brother was killed by a shell on October 20.",
             ["killed 1", "killed 3", "killed 1"]),
        Case("“My son was killed by a shell,” he said.", ["killed 1"]),
        // One person's fate past an apposition; a vaccinator is a person.
        Case("A fifth person, a neighbour, was wounded.", ["injured 1"]),
        Case("A second vaccinator was wounded and taken to a hospital in Khar.", ["injured 1"]),
        // A gerund of killing with "dead".
        Case("Iranian border guards were accused of shooting dead at least eight Afghan migrants.", ["killed 8+"]),
        // Quarters of a year are a span of time, not victims.
        Case("In the first three quarters of 2025, at least 2,414 people were killed.", ["killed 2414+ aggregate"]),
        // A relative clause after a comma, with its own reporting verb, tells the victims' fate.
        Case("Mourners gathered to bury six members of one family, who the Taliban say were killed by a drone strike.", ["killed 6"]),
        // A participle after an article, or after "single" or an -ly adverb there, describes the
        // noun after it; it is not the victims' own verb.
        Case("Residents said more than 70 members of a single extended family had died.", ["killed 70+"]),
        Case("Twelve people in the densely populated district were killed, and nine in the crowded market were wounded.",
             ["killed 12", "injured 9"]),
        // An aside on who most of the victims were is stepped over.
        Case("The military said 38 fighters, most of them from the Pakistan Taliban and the Lashkar-e-Islam group, had been killed since the operation began.",
             ["killed 38"]),
        // "more … than any … since" compares; the "when" clause after it is an incident.
        Case("The attack claimed more lives than any in Kurram since November last year, when gunmen opened fire on a convoy near Bagan, killing 42 people.",
             ["killed 42"]),
        // A source's aside between coordinated figures governs neither.
        Case("Fighting killed 23 Pakistani soldiers, according to Pakistan, and nine Afghan soldiers, according to the Taliban.", ["killed 23", "killed 9"]),
        // A part of the casualties after a verb that is no casualty verb.
        Case("The hospital in Kandahar received more than 80 of the wounded, a doctor said.", ["injured 80+"]),
        // A part opening a sentence, of the figure the sentence before ended with.
        Case("At least 17 people were killed in the shelling. Nine of them were children.", ["killed 17+", "killed 9"]),
        Case("Police arrested 20 people on Monday. Five of them were Afghans.", []),
        // The wounded who died later are the incident's own dead, not a period's tally.
        Case("A doctor said 30 people were brought in, and four died of their wounds in the following days.", ["killed 4"]),
        // A part of a nearer count that is no casualty.
        Case("All three attackers were killed and some 650 people, including 525 cadets, were evacuated.", ["killed 3"]),
        Case("Two guards were killed and 40 people, five of them children, were rescued.", ["killed 2"]),
        Case("“We lost 12 of our brave soldiers,” the general said.", ["killed 12"]),
        // A noun of killing governs the number right after "of".
        Case("The 2014 massacre of 132 schoolchildren in Peshawar shocked the nation.", ["killed 132"]),
        Case("A wave of sectarian killings cut off hundreds of thousands of people.", []),
        // A running toll after the day's figure: the toll is the tally, the day's figure is not.
        Case("Two more people died on Sunday, bringing the national toll since June 26 to more than 650.", ["killed 2", "killed 650+ aggregate"]),
        // "Since" a day of the last fortnight bounds one episode, however large its toll.
        Case("The ministry said at least 610 people had been killed and more than 4,700 injured in Israeli strikes since October 13.", ["killed 610+", "injured 4700+"]),
        Case("The ministry said at least 610 people had been killed and more than 4,700 injured in Israeli strikes since August 13.", ["killed 610+ aggregate", "injured 4700+ aggregate"]),
        Case("At least 29 people were killed, bringing the national toll since the monsoon began on June 26 to more than 650.",
             ["killed 29+", "killed 650+ aggregate"]),
        Case("In September, 12 people died, bringing the toll to 40.", ["killed 12 aggregate", "killed 40 aggregate"]),
        // One person named with "a": the passive after the noun, the active verb before its article,
        // "and his …" for a second, "and a …" after a figure for one more.
        Case("Gunmen shot dead a polio worker and his police escort in Bajaur.", ["killed 2"]),
        Case("A policeman was martyred and two others were injured when gunmen opened fire.", ["killed 1", "injured 2"]),
        Case("A 10-year-old boy was injured when a mortar shell hit his house.", ["injured 1"]),
        Case("Pakistani air strikes killed nine children and a woman in Khost.", ["killed 9", "killed 1"]),
        Case("A bomb killed a mother and her three children.", ["killed 1", "killed 3"]),
        // A hedge's infinitive before the participle.
        Case("Police said the attackers fled. Two of them were believed to have been wounded.", ["injured 2"]),
        // A source's aside before the part does not set it apart from its whole.
        Case("At least 12 people have been wounded in the fighting so far, he said, among them three soldiers.", ["injured 12+", "injured 3"]),
        // An age inside the victims' aside does not end them.
        Case("One resident, a 55-year-old teacher, was wounded by a stray bullet, local police said.", ["injured 1"]),
        // An aside between commas after "and" does not end the victims.
        Case("It triggered clashes in which 23 Pakistani soldiers and, by Pakistan’s count, more than 200 Afghan Taliban and allied fighters were killed.",
             ["killed 23", "killed 200+"]),
        // The same aside after an active verb; a clause's own words between commas are no aside.
        Case("Clashes killed 23 Pakistani soldiers and, by Pakistan's count, more than 200 Taliban fighters.", ["killed 23", "killed 200+"]),
        Case("The drone hit a house late on Thursday, killing a man, his wife and their two sons, the spokesman said.", ["killed 1", "killed 1", "killed 2"]),
        // A list of single people, with or without the serial comma, is as many; an apposition is one.
        Case("A woman, a child, and an elderly man were martyred, the spokesman said.", ["killed 3"]),
        Case("Gunmen killed a teacher, his wife and their son in Swat.", ["killed 3"]),
        Case("A soldier, a resident of Swat, was killed on Sunday.", ["killed 1"]),
        // An ordinal opening a sentence adds to the figure the sentence before ended with.
        Case("Two policemen were martyred when militants attacked a police mobile. A third was wounded, police said.", ["killed 2", "injured 1"]),
        Case("A third of the victims were children.", []),
        // The victims a subject names before "included" have its fate, whatever a later clause tells.
        Case("Those killed included two women and a child, and at least 12 others were wounded, he said.", ["killed 2", "killed 1", "injured 12+"]),
        // People named by rank, in a sentence with no figure of its own.
        Case("During the exchange of fire, Sepoy Abdul Wahab (age 24, resident of Lakki Marwat) embraced shahadat.", ["killed 1"]),
        Case("Lt Col Junaid Arif and Major Tayyab Rahat were martyred in the operation.", ["killed 2"]),
        Case("Lt. Col. Junaid Arif was martyred in the operation.", ["killed 1"]),
        Case("Major General Ahmed Sharif Chaudhry said the army would respond.", []),
        // A side's dead put at a count.
        Case("The Pakistani military put its own dead at two dozen.", ["killed 24"]),
        // A happening that began in a month or year and goes on is tallied since then.
        Case("In Kurram, sectarian clashes that began in November 2024 have killed more than 200 people.", ["killed 200+ aggregate"]),
        Case("In Kurram, sectarian clashes that erupted on Friday have killed 20 people.", ["killed 20"]),
        // A clause after one that told a dated happening tells another alike, unless it tallies.
        Case("In October 2023, a series of quakes in Herat province killed about 1,500 people, and in June 2022 more than 1,000 died in Paktika.",
             ["killed 1500", "killed 1000+"]),
        Case("In October 2023, a quake in Herat province killed 15 people, and in 2024 alone more than 600 died in Paktika.",
             ["killed 15", "killed 600+ aggregate"]),
        // An addition shares the passive before it, however far back in the sentence.
        Case("Four soldiers were killed when their vehicle hit a roadside bomb near the border town of Chaman late on Sunday, along with two civilians.", ["killed 4", "killed 2"]),
        // The days after a happening are a period a toll is counted over.
        Case("Revenge attacks on Sunni villages followed, and more than 130 people were killed in the week that followed.", ["killed 130+ aggregate"]),
        Case("In the following days, 12 more people were killed in the district.", ["killed 12 aggregate"]),
        // "one of" a group, killed.
        Case("Afghan officials said one of their border guards was killed and two were wounded.", ["killed 1", "injured 2"]),
        // An official by title is one person.
        Case("In July, a bomb attack on a vehicle killed an assistant commissioner and four other people in the district.", ["killed 1", "killed 4"]),
        Case("A deputy mayor was shot dead outside his home.", ["killed 1"]),
        Case("The bomb ripped through a bus, killing its driver and 10 passengers.", ["killed 1", "killed 10"]),
        Case("A soldier and a police officer were killed in the exchange of fire.", ["killed 2"]),
        Case("An assistant sub-inspector was shot dead and two policemen were injured.", ["killed 1", "injured 2"]),
        Case("Gunmen attacked a police station, killing a sub-inspector and two constables.", ["killed 1", "killed 2"]),
        Case("Gunmen attacked a 12-member team and two constables were killed.", ["killed 2"]),
        Case("The militants killed two soldiers, a police officer and a civilian.", ["killed 2", "killed 2"]),
        // "and the <person>" in a list after a figure is one more victim; "another" after a figure
        // is one more person, of the fate said after it or of the verb before it.
        Case("Gunmen shot dead two polio workers and the policeman escorting them.", ["killed 2", "killed 1"]),
        Case("Two soldiers and the driver were killed.", ["killed 2", "killed 1"]),
        Case("Police killed two militants and the commander fled.", ["killed 2"]),
        Case("A policeman was killed and another wounded when their vehicle came under fire.", ["killed 1", "injured 1"]),
        Case("A soldier was martyred while another was injured.", ["killed 1", "injured 1"]),
        Case("The attack killed one soldier and injured another.", ["killed 1", "injured 1"]),
        Case("Three people were killed and another 12 were injured.", ["killed 3", "injured 12"]),
        Case("They blamed one another for the killing of two soldiers.", ["killed 2"]),
        // Two figures of one sentence are two, whatever their counts.
        Case("Militants killed two soldiers and two policemen in Bannu.", ["killed 2", "killed 2"]),
        // Not one person's fate: the noun's own act, a part of a figure, an apposition, no person.
        Case("A suicide bomber has killed 12 people outside a court.", ["killed 12"]),
        Case("The blast killed three soldiers, a convoy commander said.", ["killed 3"]),
        Case("Militants ambushed a convoy, killing 11 soldiers, including a lieutenant colonel and a major.", ["killed 11"]),
        Case("In October, 11 soldiers including a lieutenant colonel and a major were killed in an ambush.", ["killed 11"]),
        Case("Five people, including a child, a woman and a policeman, were killed.", ["killed 5"]),
        // Place names between a figure and its "including" aside do not count towards the distance.
        Case("Airstrikes killed at least 10 people in Paktika province's Urgun and Barmal districts, including three local cricketers, local sources said.",
             ["killed 10+", "killed 3"]),
        Case("Two returnees, an elderly man and a child, died of exposure.", ["killed 2"]),
        Case("An attack on a police station killed a total of 45 people.", ["killed 45"]),
        Case("Police arrested a man who was wanted in Quetta.", []),
        // A possessive date names a happening, not a period ("last month's clashes").
        Case("Its forces killed 30 militants in raids, as tensions remain high after last month's deadly border clashes.", ["killed 30"]),
        Case("Last year's floods killed 1,700 people.", ["killed 1700"]),
        // Both kinds in one count ("killed or injured") are neither figure.
        Case("Twelve people were killed or injured in the blast.", []),
        Case("The attack left 12 people dead or wounded.", []),
        Case("The strikes killed or wounded 30 civilians.", []),
        // Not casualties.
        Case("Police said the assailants, numbering around 10, killed two guards before fleeing.", ["killed 2"]),
        Case("The attack on the 3,000-strong force killed 7.", ["killed 7"]),
        Case("The victims, aged between 20 and 30, were killed execution-style.", []),
        Case("A 10-year-old boy was among the dead in Khost province.", []),
        Case("The border is 2,600km long and 25 crossings are shut.", []),
        Case("Delegations of 12 officials met in Doha for talks.", []),
        Case("Two days after the blasts, officials spoke.", []),
        // A hyphenated noun among the victims ("passer-by") holds no preposition, and is one
        // more victim.
        Case("Gunmen attacked a police station, leaving three policemen and a passer-by dead.", ["killed 3", "killed 1"]),
        Case("A bystander was killed and two policemen were wounded.", ["killed 1", "injured 2"]),
        // "Both" with a plural person noun counts two; "both sides", "both of them" count nobody.
        Case("Both attackers were shot dead at the gate, police said.", ["killed 2"]),
        Case("Security forces killed both gunmen.", ["killed 2"]),
        Case("Both countries blamed each other for the attack.", []),
        Case("Both of them were killed.", []),
        // A month frames the main clause; the "after" clause tells one day's attack.
        Case("The neighbours fought a four-day conflict in May, the worst in decades, after gunmen killed 26 people in Pahalgam on April 22.", ["killed 26"]),
        Case("More than 300 people have been killed this year, after a surge of attacks that began on January 3.", ["killed 300+ aggregate"]),
        // An acronym in parentheses belongs to the victims' name; a longer aside ends them.
        Case("Three personnel of the Federal Constabulary (FC) were martyred and 11 others injured on Monday.", ["killed 3", "injured 11"]),
        // A quoted name after "and" goes on with the victims.
        Case("The military said more than 200 Taliban and “affiliated terrorists” had also died.", ["killed 200+"]),
        // A figure in quotation marks: the verb before them, the victims after them, and a
        // claim of its own beside another side's figure of the same count.
        Case("Strikes killed at least 15 civilians, the Taliban said. Pakistan said it had targeted Taliban positions, killing “15 to 20” fighters.",
             ["killed 15+", "killed 15+"]),
        Case("Two men (both of whom had fled the town in March last year) were later arrested.", []),
        // A singular person before a numbered group shares the group's fate, each a figure of
        // its own; in a list after an active verb nothing changes.
        Case("A woman and three children were killed when mortar rounds hit houses in Kunar late Wednesday.", ["killed 1", "killed 3"]),
        // The group's noun may be a compound, and its fate "among those killed", which the
        // number layer reads as the group's figure.
        Case("A lawyer and two police officers were killed in the blast.", ["killed 1", "killed 2"]),
        Case("Most of the dead were passers-by. A lawyer and two police officers were also among those killed.", ["killed 1", "killed 2"]),
        Case("Among the dead were a father and his two sons, whose house was hit by a mortar round.", ["killed 1", "killed 2"]),
        Case("A farmer and his two sons were arrested after the clash.", []),
        // A part placed by "in" and a named place, after a placed figure.
        Case("At least five journalists had been killed in Pakistan so far this year, three of them in Khyber Pakhtunkhwa.",
             ["killed 5+ aggregate", "killed 3 aggregate"]),
        // A closed "including" aside is stepped over whole: the figure after it shares the verb.
        Case("Attacks across the province killed more than 50 people, including 14 members of the security forces, and 21 fighters.",
             ["killed 50+", "killed 14", "killed 21"]),
        // What became of some of the wounded is no figure of its own; a hedge before the casualty word is no such fate.
        Case("Ten people were wounded, three of whom were airlifted to Peshawar in a critical condition.", ["injured 10"]),
        Case("The attackers fled after a gunfight. Two of them were believed to have been wounded.", ["injured 2"]),
        // Property counted beside the dead and hurt is no figure.
        Case("The shelling left 9 dead, 21 injured and 40 homes destroyed.", ["killed 9", "injured 21"]),
        Case("The shelling left 9 dead, 21 injured, and dozens of homes destroyed.", ["killed 9", "injured 21"]),
        // Shot or hit in a limb is a wound, unless the clause goes on to a death.
        Case("His nephew died on the way to hospital, while a passer-by was hit in the leg.", ["killed 1", "injured 1"]),
        Case("Two policemen were shot in the legs, police said.", ["injured 2"]),
        Case("A constable was shot in the back and died in hospital.", ["killed 1"]),
        // A number after "of" and one person's noun is an age or a family's size.
        Case("Mortar shells landed in the town, wounding three people, one of them a boy of 10.", ["injured 3"]),
        Case("A father of three was killed when a shell hit his home.", ["killed 1"]),
        Case("A girl of six was among the wounded.", []),
        Case("Mortar shells destroyed a dozen homes and killed a teenage girl and her grandfather.", ["killed 2"]),
        Case("A police constable was martyred and a head constable sustained bullet wounds when terrorists ambushed a police mobile.",
             ["killed 1", "injured 1"]),
        // "one" before a trade is a count; a speaker set off by commas after "said" is none.
        Case("The gunmen fled towards the mountains after the firing, which also left one vaccinator injured.", ["injured 1"]),
        Case("“We are afraid to go home,” said one farmer, Sher Agha, whose brother was killed by a shell.", ["killed 1"]),
        Case("The military said one soldier was killed and 11 others wounded in the clashes.", ["killed 1", "injured 11"]),
        // A span of months bounds a tally, though the sentence names the clashes.
        Case("Kurram was cut off after sectarian clashes that killed more than 130 people between July and December 2024.",
             ["killed 130+ aggregate"]),
        // The time since an accord is a period; the first attack since it is one happening.
        Case("Since the Doha agreement, at least five Pakistani soldiers have been killed in militant attacks near the border, officials said.",
             ["killed 5+ aggregate"]),
        Case("The first attack since the ceasefire killed five soldiers in Kurram on Monday.", ["killed 5"]),
        // A clause after the tally that a day of its own dates tells of that day.
        Case("Since the Doha agreement, at least five soldiers have been killed in attacks near the border, and Afghan officials say four civilians died in shelling in Spin Boldak on October 31.",
             ["killed 5+ aggregate", "killed 4"]),
        Case("Clashes have flared repeatedly since, including in Kurram in 2022 and at Torkham in February 2024, when at least two people were killed.",
             ["killed 2+"]),
        Case("Since January 2024, when the truce collapsed, 300 people have been killed.", ["killed 300 aggregate"]),
        Case("The figures compare with 85 attacks in October, when 120 people were killed.", ["killed 120 aggregate"]),
        // A definite person heading a list before a numbered group, right after the verb; alone,
        // one first named there; not one named before, nor the one an attack implies, nor one
        // named by name (news of that person, as the dev set's gold has it).
        Case("Fighters assaulted a police station, killing the station house officer and three constables.", ["killed 1", "killed 3"]),
        Case("A roadside bomb struck a police van in Turbat, killing the driver and wounding three constables.", ["killed 1", "injured 3"]),
        Case("In December, a suicide bombing in Kabul killed the minister, Khalil Haqqani, and five others.", ["killed 5"]),
        Case("He took over after his father, Sami ul Haq, was stabbed to death in 2018.", []),
        Case("A soldier was wounded. Troops later killed the attacker.", ["injured 1"]),
        // Relatives lost are dead; a limb or a job lost is no one.
        Case("In one village, a resident said he had lost his wife and two children in the quake.", ["killed 1", "killed 2"]),
        Case("“We had nowhere else to go,” said Gul Rahman, 52, who lost his wife and daughter.", ["killed 2"]),
        Case("She lost her leg in the blast, and he lost his job after the attack.", []),
        // A fate told in a clause on the place the victims were taken to.
        Case("Two attackers were killed at the gate and three others were cornered inside a block, where they were killed on Tuesday.", ["killed 2", "killed 3"]),
        Case("One attacker blew himself up at the gate, allowing two others to enter the compound, where they were shot dead by guards.", ["killed 2"]),
        // A limb or a sense lost maims: the wounded.
        Case("On October 29, a teenager lost both hands when a shell he was carrying blew up.", ["injured 1"]),
        Case("Two children lost their legs when the shell exploded; the army lost two helicopters.", ["injured 2"]),
        Case("Gunmen shot dead a policeman in Peshawar. The gunmen who killed the policeman fled.", ["killed 1"]),
        // A singular person's fate past a degree of injury.
        Case("Two polio workers were shot dead and a policeman escorting them was critically wounded in Bajaur.", ["killed 2", "injured 1"]),
        // The death or martyrdom "of" a number of people.
        Case("A day earlier, an improvised explosive device resulted in the death of four people in the Landi Kotal bazaar.", ["killed 4"]),
        Case("The attack resulted in the martyrdom of three soldiers and injuries to five others.", ["killed 3", "injured 5"]),
        // A higher estimate in an aside bounds the figure before it.
        Case("At least three – and possibly as many as six – civilians were killed in a similar strike in Khost.", ["killed 3+"]),
        Case("At least 10 people, and possibly as many as 15, were killed in a bomb blast in Peshawar on Sunday.", ["killed 10+"]),
        Case("Seven soldiers, or perhaps as many as nine, were wounded in the ambush.", ["injured 7"]),
        // A fronted partitive names the fate of the parts after its comma; a part's condition is none.
        Case("The toll rose to 31. Of the dead, three were women and five were children, he said.", ["killed 31", "killed 3", "killed 5"]),
        Case("Of the wounded, 12 were in critical condition.", []),
        // An addition to one who was among the dead shares that fate.
        Case("A 5-year-old boy was among the dead, along with two policemen who were on duty at the gate.", ["killed 2"]),
        // A part set off by dashes, however long, is of the figure before it.
        Case("Nine people — seven of them Afghan refugees returning from Pakistan — were killed and 14 others injured.",
             ["killed 9", "killed 7", "injured 14"]),
        // A second person after "and" with the auxiliary left out; a participle with an object is active.
        Case("A police constable was shot dead and his colleague injured in Lakki Marwat on Friday.", ["killed 1", "injured 1"]),
        Case("A soldier was killed and his brother injured two militants.", ["killed 1", "injured 2"]),
        // The victims' own verb, then their fate after "and".
        Case("The board said the three players had travelled to Sharana, the provincial capital, for a match and were killed on their way home.",
             ["killed 3"]),
        Case("Two soldiers had crossed into the valley and were later wounded by sniper fire.", ["injured 2"]),
        Case("Twelve suspects were arrested at the scene and were later released.", []),
        // The list of parts after "including" goes on past its first item; a week's tally over
        // the whole country is an aggregate, and "Another 52" adds to it; a count after a date in
        // a factbox's entry is read.
        Case("At least 44 people were killed across the country during the week, including 19 security personnel, 15 militants and 10 civilians. Another 52 were injured.",
             ["killed 44+ aggregate", "killed 19 aggregate", "killed 15 aggregate", "killed 10 aggregate", "injured 52 aggregate"]),
        Case("At least 44 people were killed in the blast, including 19 soldiers, 15 policemen, and 10 civilians.",
             ["killed 44+", "killed 19", "killed 15", "killed 10"]),
        Case("Fighting near the border killed 30 people during the week, officials said.", ["killed 30"]),
        // Attacks made in concert are one happening, however many places they struck; attacks
        // counted over a month are not.
        Case("In August last year, fighters killed at least 39 people in coordinated attacks across the province.", ["killed 39+"]),
        Case("In August, fighters killed at least 39 people in attacks across the province.", ["killed 39+ aggregate"]),
        Case("In August, militants killed 40 people in simultaneous attacks in Kalat.", ["killed 40"]),
        // A ranking after the figure has the period: "the fourth … this year" counts killings.
        Case("Gunmen shot dead a journalist in Bajaur on October 27, police said, the fourth reporter killed in the province this year.", ["killed 1"]),
        // A definite subject before a numbered group shares its fate, as an indefinite one does.
        Case("The train’s driver and at least 10 other people, most of them soldiers, were killed when the train was seized.", ["killed 1", "killed 10+"]),
        Case("The commander and 10 other fighters fled.", []),
        // "others" and a place after "and": the fate of the figure before, left out.
        Case("Two fighters were killed at the gate and three others inside the administrative block.", ["killed 2", "killed 3"]),
        Case("Thirteen fighters were killed near Ghulam Khan, a crossing point, and five others in Mohmand the following morning.", ["killed 13", "killed 5"]),
        Case("Two soldiers were killed in the attack and 12 others in hospital.", ["killed 2", "injured 12"]),
        // Another verb's object, whose fate a later verb gives "them".
        Case("In May, gunmen pulled seven passengers from a bus in the Barkhan district and shot them dead.", ["killed 7"]),
        Case("Gunmen abducted 10 men and released them.", []),
        // "one of" a group of people singled out past an apposition.
        Case("Police clashed with protesters, and one of their supporters, a 22-year-old student, died of his injuries.", ["killed 1"]),
        Case("Police clashed with protesters, and one of their supporters, a 22-year-old student, fled the scene.", []),
        // "then" dates a figure by the date told just before: not the news's figure told again.
        Case("Four soldiers were killed on Sunday. The attack was the largest since September 2023, when fighters crossed into Arandu. Four soldiers were killed then.",
             ["killed 4", "killed 4"]),
        Case("Gunmen have shot dead 12 journalists in the province this year, police said.", ["killed 12 aggregate"]),
        // A toll over the weeks after a happening is a tally, though the sentence names the
        // happening and its own toll first.
        Case("A similar attack on a convoy last year killed 52 people and set off clashes that left more than 130 others dead over the following weeks.",
             ["killed 52", "killed 130+ aggregate"]),
        Case("OCT 24 - Seven soldiers are killed in an ambush in North Waziristan, the military says.", ["killed 7"]),
        // One word may qualify the injuries the wounded are treated for; a part "with serious
        // injuries" is a condition, not a figure.
        Case("A hospital official said up to 15 more had been treated for minor injuries.", ["injured 15"]),
        Case("Doctors treated some 40 wounded soldiers, roughly a dozen of them with serious injuries.", ["injured 40"]),
        // A group none of which came to harm counts no victims.
        Case("Five attackers were killed. None of the more than 500 cadets on the campus was hurt.", ["killed 5"]),
        Case("Not one of the 40 passengers was injured, but two guards were killed.", ["killed 2"]),
        // A long description of a part may come before its fate.
        Case("At least 79 people were killed. Four people travelling in the truck and on the motorcycle were among the dead.",
             ["killed 79+", "killed 4"]),
        // "along with" shares the second of two joined passive participles.
        Case("The deputy commissioner was shot and wounded near Bagan while escorting a convoy, along with two security personnel.",
             ["injured 2"]),
        // A rival count of a tally, told by disputing it, is a tally too.
        Case("More than 130 people have died of shortages this year, local officials say. The provincial government disputes the figure, saying 31 deaths could be linked to shortages.",
             ["killed 130+ aggregate", "killed 31 aggregate"]),
        // A number before a verb with a count for its object counts the killers; a span of time
        // after the verb is no object.
        Case("In 2007, fighting between the two communities killed about 1,500 people over four years.", ["killed 1500 aggregate"]),
        Case("In January, fighters stormed several towns, and the military said 30 of them were killed over three days.", ["killed 30"]),
        // "the number of dead was 14": the count of the casualty word, with no noun after it.
        Case("Officials said the number of dead was 14.", ["killed 14"]),
        Case("The number of dead cattle was 14.", []),
        // A person joined to a numbered group whose noun has an age or a hyphen before the fate.
        Case("A 14-year-old boy and two 12-year-old girls were killed.", ["killed 1", "killed 2"]),
        Case("A policeman and two passers-by were wounded.", ["injured 1", "injured 2"]),
        // The people a hospital's staff treated, with no ailment named, are the wounded.
        Case("The head of the district hospital said doctors had treated 84 people since early on Wednesday.", ["injured 84"]),
        Case("Doctors treated 200 patients for cholera, and the clinic treats 100 patients a day.", []),
        // An aside on one of the victims is stepped over on the way to their fate.
        Case("All six attackers, one of whom blew up an explosives-laden truck at the main gate, were killed after a gunfight that lasted nearly 16 hours.",
             ["killed 6"]),
    ]

    @Test(arguments: cases)
    func casualtyFigures(_ c: Case) throws {
        #expect(try Self.figures(c.text) == c.figures)
    }

    @Test func claimsAreAttributed() throws {
        let said = try Self.events("Clashes killed 12 soldiers, the military said.").flatMap(\.casualties)
        #expect(said.first?.claimedBy == "the military")
        let according = try Self.events("At least 30 fighters were killed in the raid, according to the Pakistani army.").flatMap(\.casualties)
        #expect(according.first?.claimedBy == "the Pakistani army")
        #expect(according.first?.claimedByEntity == "entity:pakistan-army")
        let named = try Self.events("Zabihullah Mujahid said at least 58 Pakistani soldiers were killed in attacks on Saturday night.").flatMap(\.casualties)
        #expect(named.first?.claimedByEntity == "entity:zabihullah-mujahid")
        let possessive = try Self.events("Pakistan's military said 23 soldiers were killed in the clashes.").flatMap(\.casualties)
        #expect(possessive.first?.claimedByEntity == "entity:pakistan-army")
        let titled = try Self.events("Taliban spokesman Zabiullah Mujahid said 58 soldiers died.").flatMap(\.casualties)
        #expect(titled.first?.claimedByEntity == "entity:zabihullah-mujahid")
        let institute = try Self.events("More than 2,400 people were killed this year, the Centre for Research and Security Studies said.").flatMap(\.casualties)
        #expect(institute.first?.claimedByEntity == "entity:crss")
        let claimed = try Self.events("The TTP claimed its fighters killed nine police officers in the attack.").flatMap(\.casualties)
        #expect(claimed.first?.claimedByEntity == "entity:ttp")
        // A pronoun stands for the body that took a stance in the sentence before, not for the
        // last claimant named.
        let stance = try Self.events("""
            Pakistan's military said it had killed 25 fighters. Afghanistan's defence ministry rejected the account. \
            It said Pakistani shelling had killed a child.
            """).flatMap(\.casualties)
        #expect(stance.map(\.claimedBy) == ["Pakistan's military", "Afghanistan's defence ministry"])
    }

    /// The first figure's claimant as written, and its entity (nil when none is known).
    @Test(arguments: [
        ("The Taliban's spokesman, Zabihullah Mujahid, said 58 soldiers were killed.", "Zabihullah Mujahid", "entity:zabihullah-mujahid"),
        ("Abdullah Baheer, a political analyst based in Kabul, said 12 civilians were killed.", "Abdullah Baheer", nil),
        ("Clashes killed 12 soldiers and 35 fighters, says the military.", "the military", nil),
        ("At least 58 soldiers were killed, two days after blasts were reported in Kabul.", nil, nil),
        ("The Inter-Services Public Relations (ISPR), the military’s media wing, said 19 fighters were killed.",
         "The Inter-Services Public Relations", "entity:ispr"),
        ("More than 600 people were killed this year, according to the Islamabad-based Pakistan Institute for Conflict and Security Studies.",
         "the Islamabad-based Pakistan Institute for Conflict and Security Studies", "entity:picss"),
        ("The United Nations Assistance Mission in Afghanistan (UNAMA) said last month that 50 civilians had been killed.",
         "The United Nations Assistance Mission in Afghanistan", "entity:unama"),
        ("Rescue 1122 said it had shifted 14 injured people to hospital.", "Rescue 1122", nil),
        ("The blast claimed the lives of 12 people in Khar.", nil, nil),
        ("The attack claimed 14 lives.", nil, nil),
        ("Taliban spokesman Zabihullah Mujahid, in a post on X, said 58 soldiers were killed.", "Taliban spokesman Zabihullah Mujahid", "entity:zabihullah-mujahid"),
        ("A senior security official, who requested anonymity, told Reuters that 23 soldiers died.", "A senior security official", nil),
        ("No group immediately claimed responsibility for the attack, which killed 12 people.", nil, nil),
        ("Pakistan did not confirm it, but a security official, speaking on condition of anonymity, said they killed 20 fighters.", "a security official", nil),
        ("Last weekend, 16 soldiers were killed in an attack on a checkpoint claimed by the TTP.", nil, nil),
        ("The Taliban put its own losses at nine dead, and said 58 Pakistani soldiers were killed.", "The Taliban", "entity:afghan-taliban"),
        ("At least 50 civilians were killed, the United Nations Assistance Mission in Afghanistan (UNAMA) has said.",
         "the United Nations Assistance Mission in Afghanistan", "entity:unama"),
        ("The Pakistani military has rejected the figures, saying that 23 of its soldiers were killed.", "The Pakistani military", "entity:pakistan-army"),
        ("Pakistan’s military, meanwhile, said it had killed 15 to 20 Afghan Taliban.", "Pakistan’s military", "entity:pakistan-army"),
        ("Sixteen Pakistani soldiers were killed in Paktika, TOLOnews quoted Zabihullah Mujahid as saying.", "Zabihullah Mujahid", "entity:zabihullah-mujahid"),
        ("The army dismissed the report, saying 23 soldiers were killed.", "The army", nil),
        ("The UN mission in Afghanistan (UNAMA) separately said that 50 Afghan civilians were killed.", "The UN mission in Afghanistan", "entity:unama"),
        ("In 2024, PICSS recorded 2,546 deaths.", "PICSS", "entity:picss"),
        ("Fighting flared in Spin Boldak, where the Taliban said 12 civilians were killed.", "the Taliban", "entity:afghan-taliban"),
        // A relative clause after "according to" describes the claimant; it is not part of it.
        ("A bomber attacked a camp, killing seven soldiers, according to two security officials who spoke on condition of anonymity.",
         "two security officials", nil),
        ("A suicide bomber killed at least 15 people at a rally, police and hospital officials say.", "police and hospital officials", nil),
        // "according to a statement from X", "data compiled by X": the body that issued it.
        ("At least 12 people were killed, according to a statement from the ISPR.", "the ISPR", "entity:ispr"),
        ("According to data compiled by the Pakistan Institute for Conflict and Security Studies, 106 people were killed in October.",
         "the Pakistan Institute for Conflict and Security Studies", "entity:picss"),
        // A subject cut at a hyphen by the word limit is taken whole.
        ("The Islamabad-based Pakistan Institute for Conflict and Security Studies said 194 people were killed in attacks in August.",
         "The Islamabad-based Pakistan Institute for Conflict and Security Studies", "entity:picss"),
        // A relative clause between the claimant and the verb tells of the claimant, with commas
        // or without, and with more than one figure after it.
        ("A police officer who declined to be named said three people were wounded.", "A police officer", nil),
        ("A health official in Paktia, who asked not to be named, said 14 wounded people, including five children, had been brought to hospital.",
         "A health official", nil),
        // A reporting verb's participle before a noun credits nobody.
        ("The Taliban attacked border posts in retaliation for alleged Pakistani air strikes, triggering clashes that Pakistan said killed 23 of its soldiers.",
         "Pakistan", nil),
    ] as [(String, String?, String?)])
    func claimantsInAppositionInvertedOrAbsent(_ text: String, _ claimant: String?, _ entity: String?) throws {
        let first = try #require(try Self.events(text).flatMap(\.casualties).first)
        #expect(first.claimedBy == claimant)
        #expect(first.claimedByEntity == entity)
    }

    @Test func aDayWithoutAPublicationDateIsNoFigure() throws {
        let record = try JSONRecord.parse(#"{"id":"t","text":"On October 11, 23 soldiers were killed."}"#, path: "t", line: 1)
        var doc = Repository.resources.reader().document(record: record, path: "t:1")
        try Repository.resources.pipeline().run(&doc)
        #expect(doc.events.flatMap(\.casualties).compactMap(\.count) == [23])
    }

    @Test func lastYearIsAPeriodWithoutAPublicationDate() throws {
        let record = try JSONRecord.parse(#"{"id":"t","text":"More than 1,600 people were killed in attacks last year."}"#, path: "t", line: 1)
        var doc = Repository.resources.reader().document(record: record, path: "t:1")
        try Repository.resources.pipeline().run(&doc)
        #expect(doc.published == nil)
        #expect(doc.events.flatMap(\.casualties).map(\.aggregate) == [true])
    }

    @Test func aMonthIsAPeriodWithoutAPublicationDate() throws {
        func aggregates(_ text: String) throws -> [Bool] {
            let record = try JSONRecord.parse(#"{"id":"t","text":"\#(text)"}"#, path: "t", line: 1)
            var doc = Repository.resources.reader().document(record: record, path: "t:1")
            try Repository.resources.pipeline().run(&doc)
            return doc.events.flatMap(\.casualties).map(\.aggregate)
        }
        #expect(try aggregates("Militants carried out 85 attacks in September, in which 106 people were killed.") == [true])
        #expect(try aggregates("In all, at least 17 policemen have been killed in the province since October 1.") == [true])
        // A day, or a weekend, is no period, with "since" or without.
        #expect(try aggregates("Between 10 and 12 people were killed in Parachinar on 12 October.") == [false])
        #expect(try aggregates("It was the worst since fighting on the weekend of Oct. 11-12, which killed 23 soldiers.") == [false])
    }

    /// The same count in two sentences dated apart is two figures: strikes that killed 26 on May 7,
    /// and the attack of April 22 that killed 26.
    @Test func theSameCountOnTwoDatesIsTwoFigures() throws {
        let text = """
        India launched missile strikes on Pakistan early on Wednesday, killing 26 civilians, Pakistan’s military said.
        India said it hit nine sites two weeks after gunmen killed 26 people in Pahalgam in India on April 22.
        """
        #expect(try Self.events(text, published: "2025-05-07").flatMap(\.casualties).map(\.count) == [26, 26])
    }

    /// The report's news, told with no date, is of the publication's month: a background figure
    /// of the same count dated months before is another; a retelling of a happening the lede
    /// looks back to ("a week after an attack") is the same.
    @Test func theNewsAndABackgroundFigureOfTheSameCountAreTwo() throws {
        let text = """
        A suicide bomber rammed a car into a school bus in Balochistan, killing at least five people, officials said.
        In March, fighters attacked a paramilitary camp in Noshki, killing five people.
        """
        #expect(try Self.events(text, published: "2025-05-21").flatMap(\.casualties).map(\.count) == [5, 5])
        let retold = """
        Troops killed 30 fighters in Tirah, a week after an attack on a checkpoint there left six soldiers dead.
        Late last month, six soldiers were killed when fighters attacked a checkpoint in Tirah.
        """
        #expect(try Self.events(retold, published: "2025-11-03").flatMap(\.casualties).map(\.count) == [30, 6])
        // The news of a report early in a month may be of the last days of the month before.
        let monthEnd = """
        A suicide bomber struck a police post in Bannu, killing at least five people, officials said.
        The attack on September 30 killed five people, including two policemen.
        """
        #expect(try Self.events(monthEnd, published: "2025-10-02").flatMap(\.casualties).map(\.count) == [5, 2])
        // "hours after" a happening: the report's news, which a figure of the same count in
        // another month does not retell.
        let hoursAfter = """
        The prime minister told Kabul to choose between Pakistan and the fighters, hours after 12 soldiers were killed in an ambush.
        In August, 12 people were killed when a suicide bomber struck a market in the Mir Ali area.
        """
        #expect(try Self.events(hoursAfter, published: "2025-09-14").flatMap(\.casualties).map(\.count) == [12, 12])
        // The figure in the clause after the attribution is no claim of that source: the same
        // count told by the Taliban is the same figure.
        let background = """
        The two sides agreed a truce, Pakistan’s Foreign Office says, hours after fighting killed at least a dozen civilians.
        Taliban spokesman Zabihullah Mujahid said Pakistani forces had attacked civilian areas, killing 12 civilians.
        """
        #expect(try Self.events(background, published: "2025-10-15").flatMap(\.casualties).map(\.count) == [12])
        let clauseSources = try Self.events("Pakistani strikes have killed eight people, the Taliban government says, two days after an attack in North Waziristan killed seven soldiers.").flatMap(\.casualties)
        #expect(clauseSources.map(\.claimedBy) == ["the Taliban government", nil])
        // "after" before a gerund tells the news's own course, no look back: the news is of the
        // report's days, and the same count dated a year before is another figure.
        let gerund = """
        Gunmen have killed nine passengers after pulling them off buses on a highway in Balochistan, officials say.
        In April last year, nine passengers lost their lives when attackers stopped a bus near Noshki.
        """
        #expect(try Self.events(gerund, published: "2025-07-12").flatMap(\.casualties).map(\.count) == [9, 9])
        // A figure whose sentence names no place is of the places its paragraph named before it.
        let twoSevens = """
        Pakistani strikes hit a gathering in Urgun on Friday evening, killing eight people. Seven people were wounded.
        Pakistan’s military said a suicide bomber rammed a vehicle into a military camp in North Waziristan on Friday, wounding seven soldiers.
        """
        #expect(try Self.events(twoSevens, published: "2025-10-18").flatMap(\.casualties).map(\.count) == [8, 7, 7])
    }

    /// A statistic is never one of its incidents, and an undated incident does not take the
    /// month or year of an earlier sentence's background.
    @Test func statisticsAndBackgroundStayApart() throws {
        let text = """
        Late on Saturday, Afghan Taliban forces attacked border posts in Kurram.
        How many people have been killed?
        Pakistan’s military said 23 of its soldiers were killed.
        Attacks in Pakistan surged in 2024, with more than 2,500 people killed, according to the Centre for Research and Security Studies.
        The attacks have risen since the ouster of Imran Khan in April 2022.
        """
        let events = try Self.events(text, published: "2025-10-13")
        let soldiers = try #require(events.first { $0.casualties.contains { $0.count == 23 } })
        #expect(soldiers.casualties.count == 1)
        #expect(soldiers.date == "2025-10-13")
        let statistic = try #require(events.first { $0.casualties.contains { $0.count == 2500 } })
        #expect(statistic.date == "2024" && statistic.casualties.count == 1)
        // Nor does a statistic join a mention of an incident that gives no figure.
        let mention = """
        Troops decisively repulsed the attack along the entire border, the ISPR said.
        Militants carried out 329 attacks in the third quarter of 2025, killing 901 people.
        """
        let apart = try Self.events(mention, published: "2025-10-13")
        #expect(apart.count == 2)
        #expect(apart.first?.casualties.isEmpty == true)
        // A month with a raid and a district placed one happening even when the text has no
        // publication date and the month no value.
        var warnings: [String] = []
        let bytes = Array("In December, Pakistani air strikes on the Barmal district of Paktika killed at least 46 people.\n".utf8)
        var undated = try #require(try Repository.resources.reader().documents(bytes: bytes, path: "t.txt", warnings: &warnings).first)
        try Repository.resources.pipeline().run(&undated)
        #expect(undated.published == nil)
        #expect(undated.events.flatMap(\.casualties).map(\.aggregate) == [false])
    }

    @Test func aCountOfHappeningsFramesTheFiguresAfterIt() throws {
        let text = """
        Militant violence in Pakistan rose again in November, with at least 94 attacks recorded across the country, a think tank said on Monday.
        The institute said the attacks killed 135 people, while 178 people were wounded.
        Security forces killed 203 fighters in operations during the month, the group said.
        Khyber Pakhtunkhwa accounted for 71 of the attacks and 98 of the deaths. In Balochistan, 19 attacks killed 31 people.
        The figures compare with 85 attacks in October, when 120 people were killed.
        In a separate incident on Sunday, four policemen were killed when their vehicle hit a roadside bomb in Dera Ismail Khan.
        """
        let figures = try Self.events(text, published: "2025-12-01").flatMap(\.casualties)
        #expect(figures.filter(\.aggregate).compactMap(\.count).sorted() == [31, 98, 120, 135, 178, 203])
        #expect(figures.filter { !$0.aggregate }.compactMap(\.count) == [4])
        // Three attacks over two days are a day's news, not a statistic.
        let news = "At least 17 people have been killed in three separate attacks in the northwest over the past two days, officials say."
        #expect(try Self.events(news, published: "2025-12-01").flatMap(\.casualties).map(\.aggregate) == [false])
    }

    @Test func aSecondAttacksFigureIsItsOwn() throws {
        let text = """
        Pakistan’s military said its troops had repulsed attacks at four locations and killed 15 Afghan Taliban.
        Later on Wednesday, Pakistan said its forces had repelled a second attack in the Kurram district, killing 15 fighters.
        """
        #expect(try Self.events(text, published: "2025-10-15").flatMap(\.casualties).compactMap(\.count) == [15, 15])
        let repeated = """
        Pakistan’s military said its troops had repulsed attacks at four locations and killed 15 Afghan Taliban.
        Later on Wednesday, Pakistan said its forces had repelled the attack in the Kurram district, killing 15 fighters.
        """
        #expect(try Self.events(repeated, published: "2025-10-15").flatMap(\.casualties).compactMap(\.count) == [15])
    }

    @Test func oneSoldierToldAgainByRankIsOneFigure() throws {
        // A lede's "a soldier" and the body's "a sepoy" of the same day and place: one man.
        let text = """
        The army says it has killed 23 fighters, a day after a soldier was killed in an exchange of fire in Bajaur.
        On Saturday, a sepoy was killed and three other soldiers were wounded when fighters attacked a checkpost in Bajaur, the army said.
        """
        #expect(try Self.events(text, published: "2025-11-17").flatMap(\.casualties).compactMap(\.count) == [23, 1, 3])
        // A policeman is no soldier: two people.
        let two = """
        The army says it has killed 23 fighters, a day after a soldier was killed in an exchange of fire in Bajaur.
        On Saturday, a policeman was killed and three soldiers were wounded when fighters attacked a checkpost in Bajaur, the army said.
        """
        #expect(try Self.events(two, published: "2025-11-17").flatMap(\.casualties).compactMap(\.count) == [23, 1, 1, 3])
    }

    @Test func aContinuedFigureSharesItsVictims() throws {
        // "and five in Kurram" are five fighters, so the five soldiers after them are no repeat.
        let text = """
        The military said 18 fighters were killed in Mohmand and five in Kurram.
        Five soldiers embraced martyrdom in the exchange of fire in Kurram, the statement said.
        """
        let casualties = try Self.events(text, published: "2025-10-30").flatMap(\.casualties)
        #expect(casualties.map { "\($0.count ?? 0) \($0.who)" } == ["18 fighters", "5 fighters", "5 soldiers"])
        #expect(casualties.map(\.party) == [.militants, .militants, .securityForces])
        // A continued figure that names its own victims keeps them.
        let own = try Self.events("Shelling killed 12 soldiers in Poonch and five civilians in Rajouri.").flatMap(\.casualties)
        #expect(own.map(\.who) == ["soldiers", "civilians"])
    }

    @Test func aFigureToldAgainBySitesOrAsAPartitiveWholeIsOne() throws {
        // The whole of an opening "Of the 23 … killed," refers back to the 23 told before.
        let whole = """
        Pakistan’s army put its own losses at 23 dead and 29 wounded.
        Of the 23 Pakistani soldiers killed, 17 died in the Kurram and Orakzai sectors, a security official said.
        """
        #expect(try Self.events(whole, published: "2025-10-14").flatMap(\.casualties).compactMap(\.count) == [23, 29, 17])
        // One source places its figure by the country, then by the sites: one figure.
        let sites = """
        Pakistan’s military says 23 of its soldiers were killed in overnight clashes along the border with Afghanistan.
        The ISPR said in a statement on Sunday that 23 soldiers were killed while repulsing attacks from Angoor Adda to Bajaur.
        """
        #expect(try Self.events(sites, published: "2025-10-12").flatMap(\.casualties).compactMap(\.count) == [23])
        // With no source for the first, a country does not hold the later sites' figure.
        let two = """
        An exchange of fire along the border killed at least five people in Pakistan.
        A local official said mortar shells hit houses in Bajaur on Monday night, killing five civilians.
        """
        #expect(try Self.events(two, published: "2025-11-25").flatMap(\.casualties).compactMap(\.count) == [5, 5])
    }

    @Test func aUNMissionAndASpokesmanAreTwoSources() throws {
        // A body that speaks for no side confirms what a side's spokesman told: its figures count.
        let text = """
        Zabihullah Mujahid said on Tuesday that Pakistani aircraft had bombed a house in Khost, killing five boys, four girls and a woman.
        UNAMA said it had verified the deaths of at least four children and a woman.
        """
        #expect(try Self.events(text, published: "2025-11-26").flatMap(\.casualties).map { "\($0.count ?? 0)\($0.min ? "+" : "")" }
                == ["5", "4", "1", "4+", "1"])
        // A spokesman and his own government are one source.
        let one = """
        Zabihullah Mujahid said on Tuesday that Pakistani aircraft had bombed a house in Khost, killing five boys, four girls and a woman.
        The Taliban government said the strike killed four girls.
        """
        #expect(try Self.events(one, published: "2025-11-26").flatMap(\.casualties).compactMap(\.count) == [5, 4, 1])
    }

    @Test func aFigureAfterHoursAfterIsNotDatedByTheMainClause() throws {
        // The ambush's 11 dead are told again with its own date and place: one figure.
        let text = """
        Explosions were heard in Kabul on Thursday night, hours after Pakistan vowed to retaliate for an ambush that killed 11 of its soldiers.
        Eleven Pakistani soldiers were killed when fighters ambushed a convoy in the Orakzai district late on Tuesday, the army said.
        """
        #expect(try Self.events(text, published: "2025-10-09").flatMap(\.casualties).compactMap(\.count) == [11])
        // Without "hours after", the two sentences tell two dates: two figures.
        let two = """
        Fighters killed 11 soldiers in Kabul on Thursday night.
        Eleven Pakistani soldiers were killed when fighters ambushed a convoy in the Orakzai district late on Tuesday, the army said.
        """
        #expect(try Self.events(two, published: "2025-10-09").flatMap(\.casualties).compactMap(\.count) == [11, 11])
    }

    @Test func relativesLostAreDeadAndAPartRepeatsOnlyItsOwnVictims() throws {
        let text = """
        “We pulled 17 bodies from the rubble,” said Ajmal Afridi, a villager who lost two cousins.
        A police official said 14 of the dead were fighters, among them two local commanders.
        """
        #expect(try Self.events(text, published: "2025-09-23").flatMap(\.casualties).compactMap(\.count) == [17, 2, 14, 2])
        // Lost posts are no casualties.
        #expect(try Self.events("The army lost two posts in the fighting.", published: "2025-09-23").flatMap(\.casualties).isEmpty)
    }

    @Test func theRestOfASetIsNoRepeatedFigure() throws {
        let text = """
        Three soldiers were killed and 14 people were wounded in the attack on the college, the military said.
        Two of the attackers were shot dead near the gate, while the remaining three were killed in the administrative block.
        """
        #expect(try Self.events(text).flatMap(\.casualties).compactMap(\.count).sorted() == [2, 3, 3, 14])
        let others = """
        Three soldiers were killed during the operation, the military said.
        Two of the attackers were killed near the gate and three others, who entered a block, were cornered and killed.
        """
        #expect(try Self.events(others).flatMap(\.casualties).compactMap(\.count).sorted() == [2, 3, 3])
        // "Others" alone in its sentence may still tell a figure again.
        let again = """
        Three soldiers were killed during the operation, the military said.
        Three others were killed in the raid, the military said.
        """
        #expect(try Self.events(again).flatMap(\.casualties).compactMap(\.count) == [3])
    }

    /// "The victims included …" lists parts of the dead once a death is told, of the wounded
    /// when only wounds are; with no figure before, it lists none.
    @Test func theVictimsListedArePartsOfTheFigureTold() throws {
        let text = """
        At least 16 Afghans were killed and 11 injured when their minibus overturned in Herat.
        The accident happened on Thursday afternoon. The victims included four women and three children.
        """
        #expect(try Self.figures(text) == ["killed 16+", "injured 11", "killed 4", "killed 3"])
        let wounded = "Eleven people were injured when a minibus overturned in Herat. The victims included four women."
        #expect(try Self.figures(wounded) == ["injured 11", "injured 4"])
        #expect(try Self.figures("The victims included four women and three children.").isEmpty)
    }

    /// The armed forces of one country are one source: the army's figure told again by its
    /// media wing is one figure; the other side's figure of the same count is its own.
    @Test func theArmyAndItsMediaWingAreOneSource() throws {
        let text = """
        Pakistan’s military says 23 soldiers were killed in clashes in Kurram.
        The army’s media wing, ISPR, said in a statement that 23 soldiers embraced shahadat in Kurram.
        """
        #expect(try Self.events(text, published: "2025-10-13").flatMap(\.casualties).compactMap(\.count) == [23])
        let two = """
        Pakistan’s military says 23 soldiers were killed in clashes in Kurram.
        The Taliban said in a statement that 23 soldiers were killed in Kurram.
        """
        #expect(try Self.events(two, published: "2025-10-13").flatMap(\.casualties).compactMap(\.count) == [23, 23])
    }

    /// A figure dated by the day a named source told it ("Taliban officials said on Saturday") is
    /// told again by that source's spokesman for the night before; unnamed sources on two days
    /// ("officials", then a party leader on Thursday) stay two figures.
    @Test func aFigureToldOnADayRepeatsTheNightBeforesFigure() throws {
        let text = """
        Pakistani and Afghan forces exchanged fire along their border overnight, killing at least four civilians, Taliban officials said on Saturday.
        Taliban spokesman Zabihullah Mujahid said Pakistani forces opened fire on Spin Boldak late on Friday, killing four people.
        """
        #expect(try Self.events(text, published: "2025-12-06").flatMap(\.casualties).compactMap(\.count) == [4])
        let unnamed = """
        A suicide bomber struck a rally in Quetta on Tuesday, killing at least 15 people, officials said.
        Mengal said on Thursday that the death toll had risen to 15.
        """
        #expect(try Self.events(unnamed, published: "2025-09-05").flatMap(\.casualties).compactMap(\.count) == [15, 15])
    }

    @Test func aFigureRepeatedForAPlaceInsideTheFirstIsOneFigure() throws {
        let text = "Four soldiers were martyred in North Waziristan, the ISPR said.\nIn the general area of Spinwam, four soldiers embraced shahadat, it added."
        #expect(try Self.events(text).flatMap(\.casualties).map(\.count) == [4])
        let apart = "Two people were killed in Bajaur on Monday.\nTwo people were killed in Kohat on Tuesday."
        #expect(try Self.events(apart).flatMap(\.casualties).map(\.count) == [2, 2])
        // Victims of two parties are two figures, even with no place to tell them apart.
        let parties = "The Pakistani military said two of its own soldiers were wounded.\nSeparately, a roadside bomb wounded two passers-by in the Bajaur district, local police said."
        let figures = try Self.events(parties).flatMap(\.casualties)
        #expect(figures.map(\.who) == ["own soldiers", "passers-by"])
        #expect(figures.map(\.party) == [.securityForces, .civilians])
        // The victims end at a past tense not in -ed ("laid down their lives").
        let laid = try Self.events("Four soldiers laid down their lives in the exchange of fire.").flatMap(\.casualties)
        #expect(laid.map(\.who) == ["soldiers"] && laid.map(\.party) == [.securityForces])
        let got = try Self.events("Two policemen got injured when gunmen attacked a checkpost.").flatMap(\.casualties)
        #expect(got.map(\.who) == ["policemen"])
        // "three more" are more of the victims before them, whose side they keep: not a repeat of
        // the three civilians after them.
        let more = try Self.events("""
            Two of the attackers were killed at the gate, and three more were cornered inside a building and killed, the military said.
            Three civilians were killed, a local official said.
            """).flatMap(\.casualties)
        #expect(more.map(\.who) == ["attackers", "attackers", "civilians"])
        #expect(more.map(\.count) == [2, 3, 3])
    }

    @Test func aGovernmentAndItsSpokesmanGiveOneFigure() throws {
        let text = "The Taliban says 12 civilians were killed in Pakistani shelling.\nTaliban spokesman Zabihullah Mujahid said 12 civilians were killed in Spin Boldak."
        #expect(try Self.events(text).flatMap(\.casualties).map(\.count) == [12])
    }

    @Test func theSameCountByTwoSidesIsTwoFigures() throws {
        let text = "Pakistan's military said 58 Afghan soldiers were killed.\nThe Taliban said 58 Pakistani soldiers had been killed."
        let figures = try Self.events(text).flatMap(\.casualties)
        #expect(figures.map(\.claimedByEntity) == ["entity:pakistan-army", "entity:afghan-taliban"])
    }

    @Test func claimantsAfterADatelineOrAComma() throws {
        let dateline = try Self.events("ISLAMABAD, Nov 3 (Reuters) - Pakistan said on Monday its forces had killed 15 militants in a raid.").flatMap(\.casualties)
        #expect(dateline.first?.claimedBy == "Pakistan")
        let trailing = try Self.events("At least eight policemen were martyred when militants attacked a checkpost, officials said.").flatMap(\.casualties)
        #expect(trailing.first?.claimedBy == "officials")
        #expect(trailing.first?.count == 8 && trailing.first?.min == true)
    }

    /// A timeline's date subheadings stay in the text as dates, and date the entries under them.
    @Test func aTimelinesDateHeadingsDateItsEntries() throws {
        let path = try #require(Bundle.module.path(forResource: "Fixtures/timeline", ofType: "txt"))
        let doc = try #require(try Repository.extract(file: path, source: "timeline.txt").first)
        #expect(doc.published == Day(2025, 10, 20))
        // "A 48-hour ceasefire begins that evening": the day of its heading.
        #expect(doc.dates.compactMap(\.value) == ["2025-10-09", "2025-10-11", "2025-10-15", "2025-10-15", "2025-10-17", "2025-10-19"])
        #expect(doc.events.compactMap(\.date) == ["2025-10-09", "2025-10-09", "2025-10-11", "2025-10-15", "2025-10-15", "2025-10-17", "2025-10-19"])
        // Present tense: "more than 200 Taliban fighters die".
        #expect(doc.events.flatMap(\.casualties).map(\.who).contains("Taliban fighters"))
    }

    /// A heading that is only a range of days dates the entries under it from its first day.
    @Test func aTimelinesRangeHeadingDatesItsEntriesFromItsFirstDay() throws {
        let text = "October 9\nExplosions hit Kabul and a market in Paktika.\nOctober 11-12\nAfghan forces attack Pakistani border posts overnight.\nOctober 15\nFresh clashes erupt near Spin Boldak."
        #expect(try Self.events(text, published: "2025-10-22").compactMap(\.date) == ["2025-10-09", "2025-10-11", "2025-10-15"])
        // Two days at a paragraph's ends with words between are no heading.
        let spread = "October 9\nExplosions hit Kabul.\nOn Monday, officials met in Doha and again on Tuesday.\nFresh clashes erupted near Spin Boldak."
        #expect(try Self.events(spread, published: "2025-10-22").compactMap(\.date) == ["2025-10-09", "2025-10-20", "2025-10-09"])
    }

    /// "…, said <name>, <role>" and "…, said the army, adding…": the claimant follows the verb.
    @Test func claimantsAfterTheVerb() throws {
        let named = try Self.events("Twelve of the dead were civilians, among them four women and a child, said Ali Mohammad Haqmal, head of the provincial information department.").flatMap(\.casualties)
        #expect(named.map(\.claimedBy) == ["Ali Mohammad Haqmal", "Ali Mohammad Haqmal"])  // the 12, and the four women among them
        let body = try Self.events("Twelve soldiers were killed, said the army, adding that 20 militants died.").flatMap(\.casualties)
        #expect(body.map(\.claimedBy) == ["the army", "the army"])
        let put = try Self.events("The Taliban put their losses at nine dead and 18 wounded.").flatMap(\.casualties)
        #expect(put.map(\.claimedBy) == ["The Taliban", "The Taliban"])
        // A clause after "said" at the sentence's end is what was said, not who said it.
        let clause = try Self.events("Javed Khan, a shopkeeper in Parachinar, said his son was killed.").flatMap(\.casualties)
        #expect(clause.map(\.claimedBy) == ["Javed Khan"])
        // A relative clause's verb credits its antecedent.
        let who = try Self.events("The Taliban, who said 9 of their fighters were killed, disputed the figures.").flatMap(\.casualties)
        #expect(who.map(\.claimedBy) == ["The Taliban"])
    }

    /// Two sides' figures in one sentence, each clause with its claimant.
    @Test func eachClauseCreditsItsOwnClaimant() throws {
        let c = try Self.events("The Taliban said 9 of its fighters had been killed and 16 wounded, while Pakistan put the toll at 200.").flatMap(\.casualties)
        #expect(c.map(\.claimedBy) == ["The Taliban", "The Taliban", "Pakistan"])
        let but = try Self.events("Mujahid said 58 soldiers were killed, but the ISPR said 23 soldiers were martyred.").flatMap(\.casualties)
        #expect(but.map(\.claimedBy) == ["Mujahid", "the ISPR"])
        let after = try Self.events("The truce came hours after Afghan officials said at least 12 civilians were killed, and Pakistan said it had killed 15 to 20 Taliban fighters there.").flatMap(\.casualties)
        #expect(after.map(\.claimedBy) == ["Afghan officials", "Pakistan"])
        #expect(after.map(\.who) == ["civilians", "Taliban fighters"])
        // A reporting relative clause credits the name it hangs from.
        let which = try Self.events("The Taliban say 58 soldiers were killed, a claim dismissed by Islamabad, which said 23 of its soldiers had died.").flatMap(\.casualties)
        #expect(which.map(\.claimedBy) == ["The Taliban", "Islamabad"])
        let according = try Self.events("Clashes killed 23 soldiers, according to the military, which said more than 200 fighters were also killed.").flatMap(\.casualties)
        #expect(according.map(\.claimedBy) == ["the military", "the military"])
        // A clause with no claimant of its own keeps the sentence's.
        let losing = try Self.events("Pakistan said it killed 30 militants, while losing 5 soldiers.").flatMap(\.casualties)
        #expect(losing.map(\.claimedBy) == ["Pakistan", "Pakistan"])
    }

    @Test func conflictingClaimsStaySeparate() throws {
        let text = "Mujahid said 58 Pakistani soldiers were killed in the clashes on Saturday.\nThe Pakistani military said 23 soldiers were killed in the clashes."
        let figures = try Self.events(text).flatMap(\.casualties)
        #expect(figures.map(\.count) == [58, 23])
        #expect(figures.map(\.claimedBy) == ["Mujahid", "The Pakistani military"])
    }

    @Test func victimsAndParties() throws {
        let c = try Self.events("Clashes killed at least five Pakistani soldiers and 25 fighters, the army says.").flatMap(\.casualties)
        #expect(c.map(\.who) == ["Pakistani soldiers", "fighters"])
        #expect(c.map(\.party) == [.securityForces, .militants])
        let civilians = try Self.events("At least 10 civilians, including women and children, were killed in the strike.").flatMap(\.casualties)
        #expect(civilians.first?.party == .civilians)
        let quoted = try Self.events("The military said its forces killed 45 “khwarij” in North Waziristan.").flatMap(\.casualties)
        #expect(quoted.map(\.who) == ["khwarij"] && quoted.map(\.party) == [.militants])
        let modal = try Self.events("Up to 50 militants may have been killed in the strikes.").flatMap(\.casualties)
        #expect(modal.map(\.who) == ["militants"])
        let period = try Self.events("Attacks by the TTP have killed more than 1,000 security personnel this year.").flatMap(\.casualties)
        #expect(period.map(\.who) == ["security personnel"])
        // A casualty word before the victims describes them.
        let described = try Self.events("He said 37 injured passengers and 12 wounded soldiers were taken to hospitals.").flatMap(\.casualties)
        #expect(described.map(\.who) == ["passengers", "soldiers"])
        #expect(described.map(\.party) == [.civilians, .securityForces])
        #expect(try Self.events("Two children aged 12 and 14 were killed.").flatMap(\.casualties).map(\.who) == ["children"])
        let place = try Self.events("A suicide bomber killed 12 people and wounded 27 outside a court in Islamabad.").flatMap(\.casualties)
        #expect(place.map(\.who) == ["people", ""])
        // "20 more" are 20 more of the victims before them.
        let more = try Self.events("Militants killed 12 soldiers and injured 20 more.").flatMap(\.casualties)
        #expect(more.map(\.who) == ["soldiers", "soldiers"])
        let belonging = try Self.events("Security forces killed 30 terrorists belonging to Fitna al Khawarij in Bajaur.").flatMap(\.casualties)
        #expect(belonging.map(\.who) == ["terrorists"])
        let part = try Self.events("Pakistani air strikes have killed 10 people, nine of them children, in Khost province.").flatMap(\.casualties)
        #expect(part.map(\.who) == ["people", "children"])
    }

    @Test(arguments: [
        ("Pakistan and Afghanistan agreed to a ceasefire in Doha on Sunday.", "ceasefire"),
        // A truce broken is the setting of the fighting reported.
        ("Pakistani and Afghan forces exchanged fire overnight in Kurram, in the first serious breach of a ceasefire agreed in Doha.", "clash"),
        ("The Taliban accused Pakistan of violating the truce.", "ceasefire"),
        ("Pakistani strikes violated the ceasefire agreed two days earlier, the Taliban said.", "air-strike"),
        // A truce that collapsed, with casualties and no violent word: no ceasefire; one that ended
        // something, or that the fighting ended with, is one.
        ("More than 300 people have been killed since January, when the truce collapsed.", "attack"),
        ("The truce ended a week of clashes.", "ceasefire"),
        ("The fighting ended with a ceasefire agreed in Doha on Sunday.", "ceasefire"),
        ("Qatar and Saudi Arabia, which mediated a pause in the fighting on October 12, urged restraint.", "ceasefire"),
        ("Pakistani jets carried out air strikes on Kabul on Thursday.", "air-strike"),
        ("Officials accused the military of carrying out night-time air raids in Tirah.", "air-strike"),
        ("A drone struck a house in Khost on Sunday.", "air-strike"),
        ("Pakistani forces shelled villages in Kunar on Tuesday.", "clash"),
        ("Pakistani and Afghan forces exchanged heavy fire at Chaman on Friday.", "clash"),
        ("Islamabad named Ubaid-ur-Rehman Nizamani as its ambassador to Kabul on Friday.", "appointment"),
        ("Pakistan and Afghanistan traded fire along the border.", "clash"),
        ("Militants stormed a police station in Bannu.", "attack"),
        ("Gunmen opened fire on a police van in Dera Ismail Khan.", "attack"),
        ("A landmine exploded in Bajaur on Monday.", "explosion"),
        ("A suicide bomber attacked a convoy in Bannu.", "suicide-attack"),
        ("Delegations met in Istanbul for talks on Saturday.", "talks"),
        ("Security forces raided two hideouts in Bajaur.", "raid"),
        ("Explosions rattled Kabul late Thursday.", "explosion"),
        ("Armed men tried to cross into Kurram on Saturday.", "infiltration"),
        ("Pakistan will appoint an ambassador to Kabul.", "appointment"),
        ("Asif warned of open war if talks fail.", "threat"),
        ("Islamabad deported thousands of Afghans in April.", "deportation"),
        ("Clashes erupted along the border on Saturday night.", "clash"),
        ("The talks follow a ceasefire agreed in Doha, after clashes that killed 23 soldiers.", "clash"),
        ("Air strikes killed 10 civilians in Khost, days after a suicide bombing in Islamabad.", "air-strike"),
        ("Days after the talks failed, a suicide bomber attacked a convoy in Bannu.", "suicide-attack"),
        // Missile strikes, and bare "strikes" where nothing else is named.
        ("Indian missile strikes on six locations in Pakistan killed at least 31 people.", "air-strike"),
        ("The strikes hit the Urgun district of Paktika province.", "air-strike"),
        ("Clashes killed 23 soldiers, and more than 200 fighters died in retaliatory strikes.", "clash"),
        ("The strikes came a day after three soldiers were killed when suicide bombers stormed a base in Peshawar.", "suicide-attack"),
        // Natural hazards, and untriggered figures after one.
        ("Flash floods killed at least 20 people in Swat on Friday.", "disaster"),
        ("In October 2023, a series of quakes in Herat province killed more than 1,500 people.", "disaster"),
        ("The earthquake struck near Jalalabad at midnight.\nOfficials said 2,205 people had been killed.", "disaster"),
        ("Gunmen attacked a checkpoint in Bannu.\nOfficials said two people had been killed.", "attack"),
        // Accidents; talks that collapsed, or houses that collapsed in an attack, are none.
        ("Twelve people drowned when a boat capsized in the Indus near Thatta.", "disaster"),
        ("Six pilgrims were crushed to death in a stampede in Quetta.", "disaster"),
        ("Talks in Istanbul between the two neighbours collapsed last week.", "talks"),
        ("Police said 12 civilians were wounded when gunmen attacked the compound and houses near it collapsed.", "attack"),
    ])
    func eventTypes(_ text: String, _ type: String) throws {
        let types = try Self.events(text).map(\.type)
        #expect(!types.isEmpty && types.allSatisfy { $0 == type }, "\(types)")
    }

    @Test func dateAndPlaceOfAnEvent() throws {
        let e = try #require(try Self.events("Pakistan and Afghanistan agreed to a ceasefire in Doha on Sunday.", published: "2025-10-20").first)
        #expect(e.date == "2025-10-19")
        #expect(e.dateAnchor == .published)
        #expect(e.places.contains("geonames:290030"))
        let began = try #require(try Self.events("Hundreds have fled Bajaur since the operation began on August 8.", published: "2025-10-21").first)
        #expect(began.date == "2025-08-08")
        let period = try #require(try Self.events("Nearly 460 people have been killed in attacks since January 1.", published: "2025-09-13").first)
        #expect(period.date == "2025-09-13" && period.dateAnchor == .published)
        let fallback = try #require(try Self.events("Clashes erupted along the border.", published: "2025-10-20").first)
        #expect(fallback.date == "2025-10-20" && fallback.dateAnchor == .published)
        // A dateline tells where the report was filed, the event's place only when no other is named.
        let filed = try #require(try Self.events("ISLAMABAD (AP) — The military said its forces killed 30 militants in Bajaur on Friday.").first)
        #expect(filed.places == ["geonames:1183781"])
        let only = try #require(try Self.events("QUETTA: Six people were killed in a blast on Monday.").first)
        #expect(only.places == ["geonames:1167528"])
        // So does a dateline's date tell when: the sentence's own date dates the event.
        let agreed = try #require(try Self.events("ISTANBUL, Oct 31 (Reuters) - Pakistan and Afghanistan agreed on Thursday to extend their ceasefire.", published: "2025-10-31").first)
        #expect(agreed.date == "2025-10-30" && agreed.dateText == "on Thursday")
        let alone = try #require(try Self.events("ISTANBUL, Oct 31 (Reuters) - Pakistan and Afghanistan agreed to extend their ceasefire.", published: "2025-10-31").first)
        #expect(alone.date == "2025-10-31")
    }

    @Test func aVictimsHomeIsNotTheEventsPlace() throws {
        let text = "During the exchange of fire, Sepoy Aftab Ahmed, 24, a resident of district Jhang, and Lance Naik Muhammad Asif, 29, of Chakwal embraced martyrdom in North Waziristan."
        let e = try #require(try Self.events(text).first)
        #expect(e.places == ["geonames:1168875"])
    }

    /// A hospital the wounded were taken to is not where the event happened: the wounded told
    /// again there are the same wounded.
    @Test func whereTheWoundedWereTakenIsNotTheEventsPlace() throws {
        let text = """
        Three policemen were injured when gunmen attacked a checkpost in Sarai Naurang, officials said.
        The police officer said three policemen were wounded and shifted to the district hospital, from where one was referred to Bannu.
        """
        #expect(try Self.events(text, published: "2025-11-04").flatMap(\.casualties).compactMap(\.count) == [3])
        let taken = try #require(try Self.events("Two children were wounded in Mir Ali and taken to a hospital in Bannu.").first)
        #expect(taken.places == ["local:mir-ali"])
        let site = try #require(try Self.events("Two children were wounded in Bannu and taken to a hospital.").first)
        #expect(site.places == ["geonames:1183460"])
    }

    @Test func figuresWithADateOfTheirOwnAreAnotherEvent() throws {
        let text = "In March, separatist fighters seized a passenger train, and more than 30 hostages were killed. In May, a school bus was bombed in Khuzdar, killing eight children."
        let events = try Self.events(text, published: "2025-09-03")
        #expect(events.map(\.date) == ["2025-03", "2025-05"])
        #expect(events.last?.casualties.map(\.count) == [8])
    }

    @Test func eachDatedClauseIsItsOwnEvent() throws {
        let text = "In October 2023, a series of quakes in Herat province killed at least 1,500 people, and in June 2022, a quake in Paktika killed about 1,000."
        let events = try Self.events(text)
        #expect(events.map(\.date) == ["2023-10", "2022-06"])
        #expect(events.map { $0.casualties.map(\.count) } == [[1500], [1000]])
        // Both events point to the whole sentence.
        #expect(events.first?.span == events.last?.span)
        let laterDay = try Self.events("On Sunday, a roadside bomb wounded four soldiers in Lakki Marwat, and last Thursday gunmen killed two customs officials in Dera Ismail Khan.")
        #expect(laterDay.map(\.date) == ["2025-10-26", "2025-10-23"])
        // One date, or none after the cut: one event.
        #expect(try Self.events("On Sunday, a bomb killed four soldiers in Bannu, and gunmen killed two policemen in Tank.").count == 1)
        // A date with a ", when" clause that gives a number dates that clause's figures.
        let when = try Self.events("Monday's ambush was the deadliest attack on the military since October 8, when 11 soldiers, including two officers, were killed in Orakzai district.")
        #expect(when.map(\.date) == ["2025-10-20", "2025-10-08"])
        #expect(when.map { $0.casualties.map(\.count) } == [[], [11, 2]])
        #expect(try Self.events("It was the deadliest attack since 2014, when gunmen killed 150 people at a school in Peshawar.").map(\.date) == ["2014"])
        // The number is the main clause's: the ", when" clause describes the period.
        #expect(try Self.events("Between 2007 and 2014, when the TTP held the valleys, more than 50,000 people were killed.").map(\.date) == ["2007"])
        #expect(try Self.figures("More than 300 people have been killed since January, when the truce collapsed.") == ["killed 300+ aggregate"])
        // ", in which" after a dated noun; not after the second end of a range.
        let inWhich = try Self.events("The crossing reopened on November 12 after the October clashes, in which 23 soldiers were killed.")
        #expect(inWhich.map(\.date) == ["2025-10"])
        let range = try Self.events("The neighbours clashed on the night of October 11-12, in which 23 soldiers were killed.")
        #expect(range.map(\.date) == ["2025-10-11"])
    }

    @Test func mentionsInAPlaceAndItsDistrictMerge() throws {
        // The district's town and the district; the province and its same-named capital.
        let town = try Self.events("Two soldiers were killed in a blast in Bajaur district on Sunday.\nThe blast occurred in Khar on Sunday during a patrol.")
        #expect(town.count == 1)
        let capital = try Self.events("Clashes in Spin Boldak district of Kandahar killed 12 civilians on Wednesday.\nDoctors in Kandahar said on Wednesday that five more people died in the clashes.")
        #expect(capital.count == 1)
        // A province holds too much: a separate operation elsewhere in it is another event.
        let separate = try Self.events("The military said 22 fighters were killed in a raid in Bajaur on Saturday.\nThirteen more were killed in a separate raid in South Waziristan district, it added.")
        #expect(separate.count == 2)
    }

    /// "In the ensuing exchange of fire" continues the happening just told, in the next paragraph
    /// too, unless the sentence names a happening of its own before it.
    @Test func anEnsuingExchangeIsTheHappeningBefore() throws {
        let ensuing = try Self.events("Six soldiers were killed when militants attacked a post in Kurram on Saturday.\nAccording to the ISPR, at least 12 terrorists were killed in the ensuing exchange of fire.")
        #expect(ensuing.count == 1)
        #expect(ensuing.first?.casualties.map(\.count) == [6, 12])
        let own = try Self.events("Pakistani jets struck Kabul on Thursday.\nOn Wednesday, 11 soldiers were killed in an ambush in Orakzai, the army said, adding that 19 fighters died in the ensuing clashes.")
        #expect(own.map(\.type) == ["air-strike", "clash"])
    }

    /// A trend of happenings ("a wave of attacks", "stepped up attacks") is no event of its own;
    /// with a figure, or as one night's series, it is.
    @Test func trendsAreNoHappenings() throws {
        #expect(try Self.events("Balochistan has been hit by a wave of attacks this year.").isEmpty)
        #expect(try Self.events("Pakistan has witnessed a surge in militant attacks, most claimed by the TTP.").isEmpty)
        #expect(try Self.events("The TTP has stepped up attacks in Bajaur in recent months.").isEmpty)
        #expect(try Self.events("Attacks by armed groups in Khyber Pakhtunkhwa have surged since 2021.").isEmpty)
        #expect(try Self.events("Clashes intensified on Sunday in Kurram.").map(\.type) == ["clash"])
        #expect(try Self.events("A wave of attacks killed 20 people in Bannu this week.").map(\.type) == ["attack"])
        #expect(try Self.events("A series of explosions rattled Kabul late on Thursday.").map(\.type) == ["explosion"])
    }

    @Test func mentionsOfOneIncidentMerge() throws {
        let text = "Clashes erupted in Kurram on Saturday, killing 12 soldiers.\nThe army said 12 soldiers died in the clashes in Kurram."
        let events = try Self.events(text)
        #expect(events.count == 1)
        #expect(events.first?.mentions.count == 2)
        #expect(events.first?.casualties.count == 1)
        // A suicide attack is also told as the explosion or the attack of the same day.
        let suicide = try Self.events("A suicide bomber struck a rally in Quetta on Tuesday, killing nine people.\nThe attacker detonated his explosives near the parking area on Tuesday.\nPolice said two attackers were shot dead on Tuesday.")
        #expect(suicide.map(\.type) == ["suicide-attack"])
        #expect(suicide.first?.mentions.count == 3)
        // Not across days, nor between an explosion and an attack.
        let apart = try Self.events("A suicide bomber struck a rally in Quetta on Tuesday, killing nine people.\nA blast hit a market in Quetta on Monday.\nGunmen attacked a shop in Quetta on Monday.")
        #expect(apart.map(\.type) == ["suicide-attack", "explosion", "attack"])
    }
}
