import Foundation
import SitrepCore
import SitrepTestSupport
import Testing

/// The corpus dump against the hand-made index of its 13 articles (`Fixtures/seed/INDEX.tsv`).
@Suite struct ArticleSplitterTests {
    struct IndexRow {
        var id: String
        var first: Int
        var last: Int
        var published: Day
        var fromLine: Bool
    }

    static let index: [IndexRow] = {
        let file = Bundle.module.path(forResource: "Fixtures/seed/INDEX", ofType: "tsv")!
        return Repository.tsv(file).map {
            IndexRow(id: $0["id"]!, first: Int($0["first_line"]!)!, last: Int($0["last_line"]!)!,
                     published: Day(iso: $0["published"]!)!, fromLine: $0["published_source"] == "line")
        }
    }()

    /// First and last source line (1-based) of each extracted article.
    static let ranges: [(Document, ClosedRange<Int>)] = Repository.corpus.map { doc in
        (doc, doc.lines.first!.number...doc.lines.last!.number)
    }

    @Test func aParagraphOpeningWithItsTimeIsNoStandfirst() throws {
        let text = """
            Pakistan says siege of cadet college in South Waziristan over, all attackers killed
            Hundreds of students evacuated as the military ends a two-day standoff near the Afghan border.
            Published On 12 Nov 202512 Nov 2025
            Share
            Pakistan’s military says it has killed all five fighters who stormed a cadet college in the South Waziristan district on Monday evening, ending a siege that lasted more than 24 hours.
            About 650 people, including 525 cadets, were evacuated from the Cadet College Wana during the operation, the military’s media wing said on Wednesday. Three soldiers were wounded, it said.
            Recommended Stories
            list of 3 itemsend of list
            The attackers rammed an explosives-laden vehicle into the college’s main gate before entering the campus, the statement said.
            On Tuesday, a suicide bomber killed 12 people and wounded 27 outside a district court in Islamabad, the first such attack in the capital in nearly three years.
            Interior Minister Mohsin Naqvi said the bomber had waited for 12 minutes outside the court before blowing himself up near a police vehicle. He said the attack had been directed from Afghanistan.
            Prime Minister Shehbaz Sharif blamed “Indian-backed proxies” operating from Afghan soil for both attacks. India and Afghanistan’s Taliban government have rejected the accusation.
            Wana, the main town of South Waziristan, lies about 40km (25 miles) from the Afghan border. The area was a stronghold of the TTP until a military offensive in 2009.
            Source: Al Jazeera and news agencies
            Suicide bomber kills 13 Pakistani soldiers in North Waziristan
            At least 29 people wounded in an attack on a military convoy in the northwestern district bordering Afghanistan.
            Published On 29 Jun 202529 Jun 2025
            Share
            A suicide bomber has rammed an explosives-laden vehicle into a military convoy in northwestern Pakistan, killing 13 soldiers and wounding 29 people, including 19 civilians, officials say.
            The attack took place in the Mir Ali area of North Waziristan district on Saturday morning, a local administration official told Al Jazeera, speaking on condition of anonymity because he was not authorised to speak to the media.
            The blast also brought down the roofs of two nearby houses, injuring six children, the official said. The wounded were taken to the Combined Military Hospital in Bannu.
            Recommended Stories
            list of 3 itemsend of list
            A faction of the Pakistani Taliban led by Hafiz Gul Bahadur claimed responsibility for the attack.
            It was one of the deadliest attacks on the military this year. In March, fighters set off two car bombs at the gates of the army’s cantonment in Bannu, killing 18 people.
            The army said separately that its troops had killed 14 fighters in two operations in the same district over the previous two days.
            North Waziristan, a former stronghold of the TTP, was the scene of a major military offensive in 2014 that drove many of the group’s fighters across the border into Afghanistan.
            Source: Al Jazeera

            """
        var warnings: [String] = []
        let docs = try Repository.resources.reader().documents(bytes: Array(text.utf8), path: "t.txt", warnings: &warnings)
        // In a dump (two Published lines) the paragraph under "On Tuesday," is no summary opening
        // a third article.
        #expect(docs.count == 2)
        #expect(ArticleSplitter.opensWithTimeAdverbial("On Tuesday, a suicide bomber killed 12 people."))
        #expect(ArticleSplitter.opensWithTimeAdverbial("Earlier this month, talks in Doha failed."))
        #expect(ArticleSplitter.opensWithTimeAdverbial("In 2023, a bomber killed 60 people."))
        #expect(!ArticleSplitter.opensWithTimeAdverbial("In Pakistan, attacks have surged."))
        #expect(!ArticleSplitter.opensWithTimeAdverbial("Pakistan says 23 soldiers killed, Taliban deny."))
    }

    /// "came nine days after … on May 10": what the undated article reports is nine days after
    /// the day it names, so its weekdays fall in the week after that, not the week of May 10.
    @Test func aGapAfterANamedDayRaisesTheInferredDate() throws {
        let text = """
            Pakistan and India hold talks on water as the ceasefire between them holds.
            Published On 28 May 202528 May 2025
            Share
            Officials of both countries met on Tuesday in a neutral venue, the foreign ministry said.
            The talks covered the sharing of river water under a treaty that India suspended in April.
            Recommended Stories
            list of 3 itemsend of list
            Both delegations agreed to meet again next month, according to a joint statement.
            Analysts said the meeting was the first sign of a thaw since the fighting ended.
            Source: Al Jazeera
            Residents of North Waziristan say a quadcopter dropped explosives on children playing cricket, as anger over drone attacks grows.
            Four children were killed when a drone dropped explosives on a village in Pakistan’s North Waziristan district, residents said.
            The attack took place on Monday afternoon near the town of Mir Ali. Relatives protested on Tuesday.
            The drone attack came nine days after Pakistan and India agreed to a ceasefire on May 10, ending four days of fighting.
            Source: Al Jazeera
            Pakistan says security forces killed 12 fighters in raids in the northwest.
            Published On 2 May 20252 May 2025
            Share
            The raids took place in the Bannu district on Thursday, the military said.
            Source: Al Jazeera

            """
        var warnings: [String] = []
        let docs = try Repository.resources.reader().documents(bytes: Array(text.utf8), path: "t.txt", warnings: &warnings)
        try #require(docs.count == 3)
        #expect(docs[1].published == Day(2025, 5, 20))
        #expect(PublicationDateInferrer.gap(before: "The drone attack came nine days after Pakistan and India agreed to a ceasefire on ") == 9)
        #expect(PublicationDateInferrer.gap(before: "It came two weeks after talks ended on ") == 14)
        #expect(PublicationDateInferrer.gap(before: "Nine days after the attack, talks resumed. They met on ") == 0)
        // A state lasting since the date: at least that long, loosely for a plain count.
        #expect(PublicationDateInferrer.durationSince(before: "Trade has been at a standstill for more than a month, since the border crossings at Torkham and Chaman were closed on ") == 30)
        #expect(PublicationDateInferrer.durationSince(before: "The road has been shut for two weeks since the clashes of ") == 12)
        #expect(PublicationDateInferrer.durationSince(before: "The crossing was shut for a month. Talks began on ") == 0)
    }

    /// A wire dateline without a year ("MOSCOW, October 31 (Sputnik) -") over a plan the
    /// inferrer reads as past ("agreed … to hold talks in Istanbul on November 6") is dated in the
    /// plan's year, not a year later (held-out probe round 225).
    @Test func aDatelineDayNearAPlanKeepsItsYear() throws {
        let text = """
            Pakistan, Afghanistan Agree to Extend Ceasefire - Turkish Foreign Ministry
            MOSCOW, October 31 (Sputnik) - Pakistan and Afghanistan have agreed to extend the ceasefire reached in Doha earlier this month and to hold another round of talks in Istanbul on November 6, the Turkish Foreign Ministry said on Friday.
            The talks began on October 25. Clashes along the border killed dozens of people on October 12 alone.
            Source: Al Jazeera
            Seven soldiers were killed in an attack on a post in Kurram, the army says.
            Published On 26 Oct 202526 Oct 2025
            Share
            Militants attacked a military post in the Kurram district late on Saturday, the army said on Sunday.

            """
        let docs = try Repository.extract(text: text, source: "t.txt")
        try #require(docs.count == 2)
        #expect(docs.map(\.published) == [Day(2025, 10, 31), Day(2025, 10, 26)])
    }

    /// In a dump whose only Published line opens it, a summary right under a closing agency
    /// credit opens the next (undated) page even when it shares no word with the lede under it
    /// ("Islamabad and Kabul blame each other…" over "Talks between Pakistan and Afghanistan…").
    @Test func aSummaryUnderAClosingCreditOpensAPage() throws {
        let text = """
            Officials say the attackers targeted a police station on the outskirts of the city before dawn.
            Published On 3 Nov 20253 Nov 2025
            Share
            Fighters armed with rifles and grenades attacked a police station in Lakki Marwat district early on Monday, killing three police officers, officials said.
            Two attackers were killed in the gunfight that followed, district police chief Nazir Khan told reporters.
            The Pakistani Taliban, known as the TTP, claimed the attack in a statement.
            Police stations in Lakki Marwat, Bannu and Dera Ismail Khan have come under repeated attack this year.
            Source: Al Jazeera
            Islamabad and Kabul blame each other as mediators struggle to keep the two sides at the table.
            Talks between Pakistan and Afghanistan in Istanbul ended without agreement late on Monday, Pakistani officials said.
            Pakistan’s Defence Minister Khawaja Asif said on Tuesday that his country would respond to any attack from Afghan soil.
            A Taliban spokesman accused the Pakistani delegation of walking away from the talks.
            Turkey, which hosted the talks with Qatar, said it would keep working with both sides.

            """
        let docs = try Repository.extract(text: text, source: "t.txt")
        try #require(docs.count == 2)
        #expect(docs[1].text.hasPrefix("Talks between Pakistan and Afghanistan"))
    }

    /// An undated page between dated ones that says how long a state has lasted since a day it
    /// names ("for more than a month, since … were closed on October 12") is dated that long after
    /// the day, where its weekdays fit, not in the first week after it.
    @Test func aDurationSinceADayBoundsAnUndatedPage() throws {
        // (Probe round 367: a dated page, then two undated ones.)
        let text = """
            Residents say the drone struck a house where a wedding party had gathered.
            Published On 21 Nov 202521 Nov 2025
            Share
            At least six people, including three children, were killed when a drone struck a house in Pakistan’s North Waziristan district on Thursday night, residents and a local official said.
            Nine others were wounded, the official said, speaking on condition of anonymity because he was not authorised to talk to the media.
            Recommended Stories
            list of 3 itemsend of list
            The military did not respond to a request for comment. It has previously blamed such strikes on armed groups using commercial quadcopters.
            Source: Al Jazeera
            Pakistan says it will not reopen border crossings until Kabul acts against armed groups.
            Trade between Pakistan and Afghanistan has been at a standstill for more than a month, since the border crossings at Torkham and Chaman were closed on October 12 after the deadliest clashes between the neighbours in years.
            Pakistan’s Foreign Office spokesman Tahir Andrabi told a weekly news briefing on Friday that the crossings would remain shut “until the security situation improves”.
            Afghan traders say thousands of containers of fruit and vegetables have rotted at the border. The Afghan chamber of commerce estimates losses at more than $200m.
            The closure has also stranded hundreds of Afghan families who were returning home. On Wednesday, about 300 people were allowed to cross at Torkham on foot, Pakistani officials said.
            Source: Al Jazeera
            Officials say the attackers were killed after a siege lasting more than 20 hours.
            Pakistani security forces have ended a siege at a cadet college in South Waziristan, killing all five attackers who stormed the campus, the military said on Wednesday.
            The fighters, armed with guns and explosives, attacked Cadet College Wana on Monday evening, shortly before the bombing outside a court in Islamabad on Tuesday that killed 12 people.
            Two attackers were killed at the gate and three others were cornered inside an administrative block, where they were killed on Tuesday afternoon, the military said. About 650 students and staff were rescued.
            Source: Al Jazeera

            """
        let docs = try Repository.extract(text: text, source: "t.txt")
        try #require(docs.count == 3)
        #expect(docs[1].published == Day(2025, 11, 14))
        // The page under it takes its bound: the Wednesday before.
        #expect(docs[2].published == Day(2025, 11, 12))
    }

    /// Probe round 368: two undated pages between dated ones. "last Wednesday, October 15" beside
    /// "on Monday" dates the first to Monday the 20th, not the Thursday after the Wednesday (a
    /// report of Thursday would say "on Wednesday"); the second's summary, which its lede does not
    /// take up but the paragraph after does, is its standfirst, not text.
    @Test func lastWeekdayIsNotTheDayBeforeAndAnEchoedSummaryIsAStandfirst() throws {
        let text = """
            Islamabad says the Afghan side failed to commit to written guarantees as talks in Istanbul ran into a fourth day.
            Published On 30 Oct 202530 Oct 2025
            Share
            Talks between Pakistan and Afghanistan in Istanbul have been extended for a fourth day, officials said on Thursday, after negotiators failed to agree on how to monitor a ceasefire along their border.
            Pakistan’s Information Minister Attaullah Tarar said on Wednesday that the Afghan delegation had refused to give written guarantees against attacks by the Pakistani Taliban.
            Recommended Stories
            list of 3 itemsend of list
            Turkish and Qatari mediators persuaded the two sides to continue, a Turkish official told Al Jazeera.
            Source: Al Jazeera
            Afghan families who fled the fighting near Spin Boldak say they are afraid to return despite the new truce.
            Spin Boldak, Afghanistan – Residents of this border town began returning on Monday, a day after Pakistan and Afghanistan agreed to an immediate ceasefire in Doha.
            Many homes near the main bazaar were damaged by mortar fire during clashes last Wednesday, October 15, which the Taliban said killed 12 civilians.
            “We came back to see what is left,” said Abdul Wali, a shopkeeper whose store was hit by a shell. “The children are still with relatives in Kandahar.”
            Local officials said at least 40 homes and 60 shops had been destroyed.
            Pakistan’s army says it killed more than 200 Taliban and allied fighters; Kabul says 58 Pakistani soldiers died.
            Pakistan and Afghanistan exchanged heavy fire along their border overnight on Saturday, in the worst clashes between the neighbours in years.
            Pakistan’s military said on Sunday that 23 of its soldiers had been killed and 29 wounded. It said more than 200 Taliban and affiliated fighters had been killed in retaliatory strikes.
            The Taliban’s spokesman, Zabihullah Mujahid, said 58 Pakistani soldiers were killed and nine Afghan fighters died.
            The clashes followed explosions in Kabul on Thursday night that the Taliban blamed on Pakistan.
            The Pakistani Taliban claimed responsibility for the ambush on a military convoy in Orakzai.
            Published On 8 Oct 20258 Oct 2025
            Share
            Eleven Pakistani soldiers, including a lieutenant colonel and a major, were killed in an ambush in the northwestern Orakzai district, the military said on Wednesday.
            Nineteen fighters were killed in the operation that followed, it said.
            Recommended Stories
            list of 3 itemsend of list
            The attack came as Pakistan accused Afghanistan of sheltering the fighters, a charge Kabul denies.
            Source: Al Jazeera

            """
        let docs = try Repository.extract(text: text, source: "t.txt")
        try #require(docs.count == 4)
        #expect(docs[1].published == Day(2025, 10, 20))
        #expect(docs[2].text.hasPrefix("Pakistan and Afghanistan exchanged heavy fire"))
    }

    /// "last Wednesday" is strictly before publication, as the resolver reads it, so an undated
    /// page naming it and "on Sunday" is not dated to a Wednesday (where the plain weekdays tie).
    @Test func lastWeekdayIsStrictlyBeforePublication() throws {
        let text = """
            Pakistan and Afghanistan prepare a new round of talks on the border.
            Published On 24 Oct 202524 Oct 2025
            Share
            Delegations from both countries will meet in Istanbul, officials said on Thursday.
            The talks are meant to agree a mechanism to monitor the ceasefire along the frontier.
            Recommended Stories
            list of 3 itemsend of list
            Pakistan wants guarantees that armed groups will not use Afghan soil for attacks.
            Source: Al Jazeera
            In the border town, families count the dead from last week’s shelling as a truce holds.
            Spin Boldak, Afghanistan – A shop in the town was destroyed when shells landed last Wednesday.
            A ceasefire agreed in Doha on Sunday has brought calm to the border, residents said.
            Shopkeepers said trade with Chaman had not resumed and that hundreds of trucks were waiting.
            “We lost everything in one night,” said one trader, standing beside the ruins of his shop.
            Source: Al Jazeera
            Pakistan says its forces repulsed attacks at several points on the border.
            Published On 13 Oct 202513 Oct 2025
            Share
            The military said the attacks began late on Saturday, the army said.
            Source: Al Jazeera

            """
        var warnings: [String] = []
        let docs = try Repository.resources.reader().documents(bytes: Array(text.utf8), path: "t.txt", warnings: &warnings)
        try #require(docs.count == 3)
        #expect(docs[1].published == Day(2025, 10, 19))
    }

    /// An undated page between dated ones: a weekday something is planned "for" is no evidence
    /// of the days before publication ("announced protests for Thursday" in a Tuesday report).
    @Test func aDayPlannedForIsNoWeekdayEvidence() throws {
        let lines = try String(contentsOfFile: Bundle.module.path(forResource: "Fixtures/planned-for-dump", ofType: "txt")!, encoding: .utf8)
        var warnings: [String] = []
        let docs = try Repository.resources.reader().documents(bytes: Array(lines.utf8), path: "planned-for-dump.txt", warnings: &warnings)
        try #require(docs.count == 5)
        // Monday November 10 fits "on Monday" best, as the inferrer reads it; the report was of
        // Tuesday the 11th, but either way the dates it names resolve the same.
        #expect(docs[1].published == Day(2025, 11, 10))
        #expect(docs[2].published == Day(2025, 11, 8))
    }

    /// An undated explainer whose summary closes with "Here is what to know." over a question
    /// heading (which rules out the standfirst-over-lede cue) opens an article.
    @Test func anExplainersFormulaOpensAnArticle() throws {
        let lines = try String(contentsOfFile: Bundle.module.path(forResource: "Fixtures/explainer-dump", ofType: "txt")!, encoding: .utf8)
        var warnings: [String] = []
        let docs = try Repository.resources.reader().documents(bytes: Array(lines.utf8), path: "explainer-dump.txt", warnings: &warnings)
        #expect(docs.map { $0.lines.first!.number } == [1, 14, 25])
        #expect(ArticleSplitter.isExplainerStandfirst("Pakistan and Afghanistan agree to an immediate ceasefire after talks in Doha. Here is what we know."))
        #expect(!ArticleSplitter.isExplainerStandfirst("Here is what we know:"))
    }

    /// A summary that attributes in the present ("…, officials say.") over a lede that does too
    /// opens an undated page, though the two share no content word.
    @Test func aSummaryOverALedeBothAttributingOpensAnArticle() throws {
        let lines = try String(contentsOfFile: Bundle.module.path(forResource: "Fixtures/attributing-summary-dump", ofType: "txt")!, encoding: .utf8)
        var warnings: [String] = []
        let docs = try Repository.resources.reader().documents(bytes: Array(lines.utf8), path: "attributing-summary-dump.txt", warnings: &warnings)
        #expect(docs.map { $0.lines.first!.number } == [1, 12, 17])
    }

    /// A paragraph that narrates from a past day ("closed … since October 12"), however deep the
    /// topic shift before it, opens no article.
    @Test func narrationFromAPastDayOpensNoArticle() throws {
        let lines = try String(contentsOfFile: Bundle.module.path(forResource: "Fixtures/past-day-dump", ofType: "txt")!, encoding: .utf8)
        var warnings: [String] = []
        let docs = try Repository.resources.reader().documents(bytes: Array(lines.utf8), path: "past-day-dump.txt", warnings: &warnings)
        #expect(docs.count == 3)
        #expect(docs.map { $0.lines.first!.number } == [1, 19, 32])
    }

    /// A background paragraph that names past years, over one in the present perfect, is no
    /// standfirst over its lede: the article goes on.
    @Test func backgroundWithYearsOpensNoArticle() throws {
        let text = """
            Families flee villages in Loi Mamund as the army launches an operation against the Pakistan Taliban in the district.
            Published On 12 Aug 202512 Aug 2025
            Share
            Tens of thousands of people have fled their homes in Pakistan’s northwestern Bajaur district after the military launched an operation against fighters of the Pakistan Taliban, officials and residents say.
            Authorities imposed a curfew on 27 villages in the Loi Mamund area on Saturday, telling residents to leave before troops moved in.
            Recommended Stories
            list of 3 itemsend of list
            Shahid Ali, a local official, said about 55,000 people had reached Khar, the district’s main town, where schools were being used as shelters.
            At least three civilians, including a child, were killed on Sunday when a mortar shell hit a house in the village of Kamar, residents told Al Jazeera.
            In a statement on Monday, the military’s media wing said 12 fighters had been killed in the operation since it began. Two soldiers were also killed, it said.
            Residents said they had been given only a few hours to leave, and many walked for six hours with their families to reach Khar.
            Bajaur, which borders Afghanistan’s Kunar province, was a stronghold of the Pakistan Taliban until a military offensive in 2008 and 2009 pushed the group across the border.
            The group has regrouped since the Taliban returned to power in Kabul in August 2021, and attacks in Bajaur have risen sharply this year.
            A jirga of tribal elders had tried for weeks to negotiate the fighters’ departure from the area, but the talks collapsed last week, elders said.
            The provincial government of Khyber Pakhtunkhwa has criticised military operations that displace civilians and called for talks instead.
            Source: Al Jazeera
            Pakistan’s military denies the Taliban’s account of overnight strikes in Khost, as relations between the neighbours sink further.
            Published On 26 Nov 202526 Nov 2025
            Share
            Ten members of one family, nine of them children, were killed when Pakistani jets bombed their home in Afghanistan’s eastern Khost province, the Taliban government says.

            """
        var warnings: [String] = []
        let docs = try Repository.resources.reader().documents(bytes: Array(text.utf8), path: "t.txt", warnings: &warnings)
        #expect(docs.count == 2)
        #expect(ArticleSplitter.namesYearOutsideSince("Bajaur was a stronghold of the group until a military offensive in 2008 and 2009."))
        #expect(!ArticleSplitter.namesYearOutsideSince("A timeline of the worst fighting between the neighbours since the Taliban returned to power in 2021."))
        #expect(!ArticleSplitter.namesYearOutsideSince("Pakistan recorded more than 1,000 deaths and 20,000 displaced people."))
        // A day of a month, unless ahead, is narration too.
        #expect(ArticleSplitter.namesPastDay("The road has been closed for most of the time since October 12, leaving residents short of food."))
        #expect(ArticleSplitter.namesPastDay("The joint statement, released on 10 October, condemned the attack."))
        #expect(!ArticleSplitter.namesPastDay("Undocumented Afghans must leave by September 1, the government says."))
        #expect(!ArticleSplitter.namesPastDay("Pakistan, Afghanistan agree to continue ceasefire, meet again on November 6"))
        #expect(!ArticleSplitter.namesPastDay("The deal may hold, officials say, with 12 monitors in place."))
    }

    /// The issue asks for 11 of 13; the splitter finds all 13 today, and 12 guards against a
    /// regression without tying the test to one cue.
    @Test func findsAtLeastTwelveOfThirteenArticles() {
        let starts = Set(Self.ranges.map(\.1.lowerBound))
        let found = Self.index.filter { starts.contains($0.first) }
        #expect(found.count >= 12, "found \(found.map(\.id))")
    }

    @Test func splitsNoArticleInTwo() {
        for (doc, range) in Self.ranges {
            let row = Self.index.last { $0.first <= range.lowerBound }!
            #expect(range.lowerBound == row.first, "\(doc.id) starts at line \(range.lowerBound), inside \(row.id)")
        }
    }

    /// Stated dates exactly; inferred ones within three days. One inferred miss is tolerated: the
    /// corpus's last article (a13) can only be dated by world knowledge (the date of a meeting it
    /// does not date), and the inferrer lands five weeks early on it.
    @Test func publicationDates() throws {
        var inferredMisses: [String] = []
        for (doc, range) in Self.ranges {
            guard let row = Self.index.first(where: { $0.first == range.lowerBound }) else { continue }
            let published = try #require(doc.published, "\(doc.id) has no date")
            if row.fromLine {
                #expect(published == row.published, "\(row.id)")
                #expect(doc.publishedSource == .line)
            } else {
                if abs(published.ordinal - row.published.ordinal) > 3 { inferredMisses.append("\(row.id): \(published) vs \(row.published)") }
                #expect(doc.publishedSource == .inferred)
            }
        }
        #expect(inferredMisses.count <= 1, "\(inferredMisses)")
    }

    @Test func standfirstRead() {
        let withStandfirst = Repository.corpus.filter { $0.standfirst != nil }
        #expect(withStandfirst.count >= 8)
        for doc in withStandfirst { #expect(!doc.text.hasPrefix(doc.standfirst!), "\(doc.id) kept its standfirst in the body") }
    }

    /// The same articles in another order: the cues are properties of each article, not of the
    /// seed's sequence.
    @Test func splitsTheArticlesInAnotherOrder() throws {
        let lines = try String(contentsOfFile: Repository.corpusFile, encoding: .utf8).components(separatedBy: "\n")
        let order = [12, 3, 7, 0, 10, 5, 1, 8, 11, 2, 9, 4, 6]
        var text: [String] = []
        var trueStarts = Set<Int>()
        for i in order {
            let row = Self.index[i]
            trueStarts.insert(text.count + 1)
            text += lines[(row.first - 1)..<row.last]
        }
        var warnings: [String] = []
        let docs = try Repository.resources.reader().documents(bytes: Array((text.joined(separator: "\n") + "\n").utf8), path: "shuffled.txt", warnings: &warnings)
        let starts = docs.map { $0.lines.first!.number }
        #expect(starts.allSatisfy { trueStarts.contains($0) }, "a split inside an article: \(starts.filter { !trueStarts.contains($0) })")
        #expect(starts.count >= 11, "\(starts)")
    }

    /// A dump without Published lines whose articles open with a headline and a standfirst: each
    /// article starts at its headline, which is no body text of the article before.
    @Test func headlinesOpenArticlesOfAnUndatedDump() throws {
        let path = try #require(Bundle.module.path(forResource: "Fixtures/headline-dump", ofType: "txt"))
        let docs = try Repository.extract(file: path, source: "headline-dump.txt")
        #expect(docs.map(\.headline) == ["Dozens killed as Pakistan, Afghanistan agree to 48-hour ceasefire",
                                         "Afghan cricketers among 10 killed in Pakistani strikes, Taliban says",
                                         "Pakistan says it killed 30 fighters in Tirah valley raids",
                                         "Five killed in suicide attack on police in Bannu, officials say"])
        for (doc, next) in zip(docs, docs.dropFirst()) {
            #expect(!doc.text.contains(try #require(next.headline)), "\(doc.id) holds the next headline")
        }
        #expect(docs.dropFirst().map { $0.standfirst?.prefix(20) } == ["Kabul says Islamabad", "Operation in Khyber ", nil])
    }

    /// A dated dump in which every other article has no Published line and no related-stories
    /// block: a headline of six words or more right over a standfirst opens each of those, and
    /// the standfirst is read as such.
    @Test func headlinesOverStandfirstsOpenUndatedArticlesInADatedDump() throws {
        let path = try #require(Bundle.module.path(forResource: "Fixtures/mixed-dump", ofType: "txt"))
        let docs = try Repository.extract(file: path, source: "mixed-dump.txt")
        #expect(docs.count == 6)
        #expect(docs.map { $0.headline?.prefix(24) } == ["Taliban says 58 Pakistan", "Dozens killed as Pakista", "Afghan cricketers among ",
                                                         "Suicide bomber kills 12 ", "Pakistan says it killed ", "Torkham reopens for pede"])
        #expect(docs[1].standfirst?.hasPrefix("Fighting in Spin Boldak and Kurram") == true)
        #expect(docs[1].text.hasPrefix("Pakistan and Afghanistan have agreed"))
        // A section heading (short) opens nothing: "Ceasefire ‘fragile’" stays inside its article.
        #expect(docs[1].text.contains("Ceasefire ‘fragile’"))
        // After a closing credit, a title's summary is its standfirst, whatever words it shares.
        #expect(docs[5].standfirst?.hasPrefix("Traders say losses run into millions") == true)
    }

    /// A headline right over a dateline lede opens that article, in a dump whose undated article
    /// follows one whose last paragraph foreshadows it ("The blast came a day after fighters
    /// attacked a cadet college in Wana"): that paragraph, restated by the next article, had
    /// opened it instead, and the headline had been read as a section heading.
    @Test func aHeadlineOverADatelineOpensItsArticle() throws {
        let path = try #require(Bundle.module.path(forResource: "Fixtures/headline-dateline-dump", ofType: "txt"))
        let docs = try Repository.extract(file: path, source: "headline-dateline-dump.txt")
        #expect(docs.count == 2)
        #expect(docs.last?.headline == "Pakistan says cadet college siege over, all five attackers killed")
        #expect(docs.last?.text.hasPrefix("Wana, Pakistan – ") == true)
        #expect(docs.first?.text.hasSuffix("rescued the staff and students.") == true)
    }

    /// A closing agency credit ("Source: Al Jazeera") ends an article: the summary after it opens
    /// the next (it had been read as the last paragraph of the one before, and the dateline lede
    /// as the new article's standfirst), and a Published line right after it, with a byline
    /// above, heads an article with no standfirst (it had been merged into the one before).
    @Test func aClosingCreditEndsItsArticle() throws {
        let path = try #require(Bundle.module.path(forResource: "Fixtures/closing-credit-dump", ofType: "txt"))
        let docs = try Repository.extract(file: path, source: "closing-credit-dump.txt")
        #expect(docs.count == 3)
        #expect(docs.map { $0.text.prefix(20) } == ["Islamabad, Pakistan ", "Peshawar, Pakistan –", "Pakistan is losing s"])
        #expect(docs.map { $0.standfirst?.prefix(20) } == ["The attack at the di", "Five more victims di", nil])
        #expect(docs.map(\.publishedSource) == [.line, .inferred, .line])
        #expect(docs.last?.published == Day(2025, 7, 31))
        #expect(!docs[0].text.contains("Five more victims"))
        // A Published line under another ("Published On", then "Updated On") opens nothing.
        let updated = "Pakistan says 12 soldiers killed\nThe army says fighters crossed from Afghanistan and attacked a post near the border on Sunday.\nPublished On 3 Nov 20253 Nov 2025\nUpdated On 4 Nov 2025\nIslamabad, Pakistan – Twelve soldiers were killed on Sunday, the army said.\nThe attack lasted hours.\nSix attackers were killed.\nOfficials said 15 were wounded.\nSource: Al Jazeera\n"
        var warnings: [String] = []
        let one = try Repository.resources.reader().documents(bytes: Array(updated.utf8), path: "u.txt", warnings: &warnings)
        #expect(one.count == 1)
        #expect(one.first?.published == Day(2025, 11, 3))
    }

    /// A date written in another script's digits ("١٢ Oct. 2025", which ICU's `\d` matches and
    /// `Int` cannot read) dates nothing; it trapped the whole run.
    @Test func aDateInArabicIndicDigitsDatesNothing() throws {
        var warnings: [String] = []
        let docs = try Repository.resources.reader().documents(bytes: Array("Talks ended without a deal.\n١٢ Oct. 2025.\n".utf8), path: "d.txt", warnings: &warnings)
        #expect(docs.count == 1)
        #expect(docs.first?.published == nil)
    }

    /// A reporters' credit closes its article like an agency's: a title under it opens the next
    /// article, even in a dump whose only Published line opens it.
    @Test func aTitleUnderAReportersCreditOpensAnArticle() throws {
        let text = """
            Drone strike kills family in Pakistan’s North Waziristan, residents say
            Local elders say a woman and her children died when a quadcopter hit their home.
            Published On 4 Dec 20254 Dec 2025
            Share
            A drone strike on a house in northwest Pakistan has killed five members of one family, residents said on Wednesday.
            The strike hit a village near Mir Ali late on Tuesday night, a tribal elder said.
            A security official said the drone had been launched by fighters and had hit the house by mistake.
            Residents disputed that account and blocked the main road to Bannu on Thursday.
            ___
            Associated Press writer Riaz Khan in Peshawar contributed to this report.
            Why are Pakistan and Afghanistan fighting?
            The two neighbours have traded fire along their border after Pakistan was accused of carrying out air strikes on Kabul.
            Pakistan and Afghanistan exchanged heavy fire along their shared border over the weekend, officials said.
            The Taliban said its forces had killed 58 Pakistani soldiers in retaliation for air strikes on Kabul.
            Pakistan’s military put its own losses at 23 dead and 29 injured.
            Neither figure could be independently verified.

            """
        var warnings: [String] = []
        let docs = try Repository.resources.reader().documents(bytes: Array(text.utf8), path: "credit.txt", warnings: &warnings)
        #expect(docs.count == 2)
        #expect(docs.last?.headline == "Why are Pakistan and Afghanistan fighting?")
        #expect(docs.first.map { !$0.text.contains("58 Pakistani soldiers") } == true)
    }

    /// A dump with no Published line that opens with a title over a summary prints its pages so:
    /// a later title over a summary that attributes in the present, as the lede under it does,
    /// opens the next page; a section heading over a paragraph that does not, nothing.
    @Test func aTitleOverAnAttributingSummaryOpensAnUndatedPage() throws {
        let first = """
            Pakistan-Afghanistan talks: What we know so far
            Negotiators are trying to turn a fragile truce into a lasting deal after the worst border fighting in years.
            Pakistani and Afghan delegations met in Istanbul on Saturday for a second round of talks mediated by Turkiye and Qatar.
            The first round, in Doha on October 19, produced a ceasefire that has largely held.
            Pakistan wants a written guarantee that the Taliban will act against the TTP.
            Afghanistan wants the reopening of the Torkham and Chaman crossings and an end to air strikes.
            Neither side has said how long the talks in Istanbul will last.
            Analysts said a breakdown could lead to renewed fighting. “Both sides have a lot to lose,” said one.

            """
        let second = """
            Pakistan train siege: 21 hostages killed, army says all attackers dead
            The standoff in Balochistan's Bolan Pass ended after more than 30 hours, the military says.
            Pakistan's army says it has ended a siege of a hijacked passenger train in the south-western province of Balochistan, killing all 33 militants involved.
            Twenty-one hostages were killed by the attackers before the rescue operation, a military spokesman told a news conference.
            The Jaffar Express, carrying more than 400 passengers from Quetta to Peshawar, was stopped on Tuesday when separatists blew up a section of track.
            More than 300 passengers were rescued and taken to hospitals in Mach and Quetta.

            """
        var warnings: [String] = []
        let docs = try Repository.resources.reader().documents(bytes: Array((first + second).utf8), path: "undated.txt", warnings: &warnings)
        #expect(docs.map(\.headline) == ["Pakistan-Afghanistan talks: What we know so far", "Pakistan train siege: 21 hostages killed, army says all attackers dead"])
        // Without the present-tense attributions the title is a long section heading.
        let plain = second.replacingOccurrences(of: ", the military says.", with: ".").replacingOccurrences(of: "Pakistan's army says it has", with: "Pakistan's army has")
        let one = try Repository.resources.reader().documents(bytes: Array((first + plain).utf8), path: "undated.txt", warnings: &warnings)
        #expect(one.count == 1)
    }

    /// An undated article that opens with a title, then a summary the lede takes up: the title
    /// is the headline and the summary the standfirst, neither body text.
    @Test func aTitleAndSummaryOpenAnUndatedArticle() throws {
        let text = """
            The attack at the district court is the first major bombing in Islamabad in a decade.
            Published On 11 Nov 202511 Nov 2025
            Islamabad, Pakistan – A suicide bomber has killed at least 12 people outside a district court in Islamabad, officials say.
            The attacker detonated his explosives next to a police vehicle, the interior minister said.
            Most of the dead were lawyers and people visiting the court.
            A faction of the Pakistan Taliban claimed the bombing.
            Source: Al Jazeera
            Polio workers shot dead in Mardan
            Gunmen on a motorcycle killed two polio vaccinators and their police guard in Mardan district of northwest Pakistan.
            The vaccinators and their police guard were going door to door in a village outside Mardan when gunmen on a motorcycle opened fire, police said.
            No group claimed the killings of the two vaccinators.
            The vaccination drive continued elsewhere in the province.
            Source: Al Jazeera
            Floods in the northwest have killed more than 300 people, officials said on Saturday.
            Published On 16 Aug 202516 Aug 2025
            Peshawar, Pakistan – Flash floods have killed more than 300 people in Khyber Pakhtunkhwa, officials said.
            Rescuers are searching for dozens of people still missing in Buner district.

            """
        var warnings: [String] = []
        let docs = try Repository.resources.reader().documents(bytes: Array(text.utf8), path: "t.txt", warnings: &warnings)
        #expect(docs.count == 3)
        #expect(docs[1].headline == "Polio workers shot dead in Mardan")
        #expect(docs[1].standfirst?.hasPrefix("Gunmen on a motorcycle killed") == true)
        // Headline and standfirst are metadata lines; the lede is the first body line.
        #expect(docs[1].metadataLines.count == 2)
        let lede = docs[1].lines.indices.first { docs[1].metadataLines[$0] == nil }.map { docs[1].lines[$0].text }
        #expect(lede?.hasPrefix("The vaccinators") == true)
    }

    /// An undated article after a dated one on the same subject: nothing but its summary over a
    /// lede that attributes its claim in the present tense ("…, the military says,") opens it.
    @Test func aSummaryOverAnAttributedLedeOpensAnUndatedArticle() throws {
        let text = """
            Interior minister says the attacker waited outside the court complex before targeting a police vehicle.
            Published On 11 Nov 202511 Nov 2025
            A suicide bomber has killed at least 12 people outside a district court in Islamabad, officials say.
            The attacker blew himself up near a police vehicle shortly after midday on Tuesday.
            Most of the victims were lawyers and litigants who had come for hearings.
            The attack came a day after fighters stormed a cadet college in Wana, in South Waziristan.
            No group immediately claimed responsibility for the bombing at the court.
            Security forces kill attackers who rammed an explosives-laden vehicle into the gate of a military-run college.
            Pakistani security forces have killed three fighters who stormed a cadet college in the northwest, the military says, ending a siege.
            The attack on the college in Wana began on Monday evening when a vehicle packed with explosives hit the gate.
            About 650 people, including 525 cadets, were inside the campus at the time.
            The military said one soldier was killed and 16 people were wounded.
            Traders on both sides count their losses as the main crossing between the two countries stays shut.
            Published On 3 Nov 20253 Nov 2025
            Peshawar, Pakistan – Hundreds of lorries have been stuck for weeks on the road to Torkham.
            The crossing has been closed since October 12, when the two sides exchanged fire.
            Traders say they are losing about $1m a day.

            """
        var warnings: [String] = []
        let docs = try Repository.resources.reader().documents(bytes: Array(text.utf8), path: "t.txt", warnings: &warnings)
        #expect(docs.count == 3)
        #expect(docs.dropFirst().first?.standfirst?.hasPrefix("Security forces kill attackers") == true)
        #expect(ArticleSplitter.hasLedeAttribution("Fresh clashes have killed at least five soldiers, Pakistan’s army says, as talks go on."))
        #expect(ArticleSplitter.hasLedeAttribution("Pakistan’s military says it has ended the siege of a train."))
        #expect(!ArticleSplitter.hasLedeAttribution("“We have nowhere to go,” says Gul Bibi, who has lived in Karachi since 1989."))
        #expect(!ArticleSplitter.hasLedeAttribution("The military said it had killed 30 fighters, a figure the Taliban dispute."))
        #expect(ArticleSplitter.hasLedeAttribution("A suicide bomber has killed 12 people outside a court in Islamabad, officials say, in the first such attack in years."))
        #expect(ArticleSplitter.hasLedeAttribution("Strikes killed nine children in Khost, the Taliban government’s spokesman says."))
        // A feature's voices, anywhere in a story.
        #expect(!ArticleSplitter.hasLedeAttribution("Business has collapsed since the border closed, Ahmad says."))
        #expect(!ArticleSplitter.hasLedeAttribution("Ijaz Ahmad, who runs a roadside tea stall, says business has collapsed."))
        #expect(!ArticleSplitter.hasLedeAttribution("The government says the crossing will stay closed until Kabul acts."))
        #expect(!ArticleSplitter.hasLedeAttribution("Khan says he has borrowed money from relatives to feed his family."))
    }

    /// The summary over a dateline lede that attributes its claim belongs to the lede's article,
    /// even when the article before ends on the same subject in the same words (here the
    /// crossings' closure): it had been left as that article's last paragraph.
    @Test func aSummaryOverAnAttributedDatelineLedeOpensItsArticle() throws {
        let text = """
            The Taliban government says the strikes hit a house in Gurbuz district shortly after midnight, a day after a suicide attack in Peshawar.
            Kabul, Afghanistan – Pakistani air strikes on a house in Afghanistan’s southeastern Khost province have killed nine children and a woman, the Taliban government’s spokesman says, as tensions soar between the two neighbours.
            Zabihullah Mujahid said on X on Tuesday that the strikes hit the home of a local resident in the Gurbuz district shortly after midnight. He said separate strikes in the eastern provinces of Kunar and Paktika wounded four civilians.
            Recommended Stories
            list of 3 itemsend of list
            “The invading Pakistani forces bombed the house of a local resident,” Mujahid wrote. “As a result, nine children – five boys and four girls – and one woman were martyred.”
            Pakistan’s military did not immediately comment. Military spokesman Lieutenant General Ahmed Sharif Chaudhry has previously said Pakistan does not target civilians and only strikes “terrorist hideouts”.
            The strikes came a day after a suicide attack on the headquarters of the Federal Constabulary in Peshawar killed three officers. Police said two attackers were also killed.
            Afghan men gather near the rubble of a house destroyed in an air strike in Khost province, Afghanistan, November 25, 2025 [Stringer/Reuters]
            Relations between the neighbours have deteriorated sharply since October, when the worst fighting since the Taliban takeover in 2021 killed dozens of soldiers and civilians along their 2,600km (1,615-mile) border.
            Qatar and Turkey mediated a ceasefire on October 19, but three rounds of talks in Istanbul have failed to produce a lasting agreement.
            Pakistan has also kept its border crossings with Afghanistan, including Torkham and Chaman, shut since October 12, stranding thousands of lorries.
            Hundreds of trucks stuck at Chaman, Torkham as Islamabad extends closure of crossings for a sixth week.
            Islamabad, Pakistan – Pakistan has extended the closure of its border crossings with Afghanistan indefinitely, a senior official says, more than five weeks after deadly fighting between the neighbours.
            Trade and transit through Torkham, Chaman, Ghulam Khan, Angoor Adda and Kharlachi have been suspended since October 12, stranding thousands of truckers on both sides.
            Recommended Stories
            list of 3 itemsend of list
            The closure has pushed up food prices in Afghanistan, where the World Food Programme says 9.5 million people face acute hunger this winter.
            Afghan Commerce Minister Nooruddin Azizi, who visited New Delhi last week, told traders on Monday to shift their business to routes through Iran’s Chabahar port and Central Asian states.
            Pakistan’s exports to Afghanistan fell 28 percent in October compared with the same month last year, according to figures released by the State Bank of Pakistan on November 17.
            The last time the crossings were closed for this long was in 2011, when NATO supply routes were blocked for seven months after a US air raid killed 24 Pakistani soldiers at the Salala checkpoint in Mohmand.
            Source: Al Jazeera
            Interior minister says the attacker waited outside the court complex before targeting a police vehicle.
            Published On 11 Nov 202511 Nov 2025
            Share
            A suicide bomber has killed at least 12 people and wounded 27 others outside a district court in Pakistan’s capital, Islamabad, officials say, in the first such attack in the city in nearly three years.
            Interior Minister Mohsin Naqvi told reporters that the attacker blew himself up near a police vehicle parked outside the court complex shortly after midday on Tuesday.
            Recommended Stories
            list of 4 itemsend of list
            “The bomber waited for about 12 minutes outside the gate and, when he could not get in, targeted a police vehicle,” Naqvi said.

            """
        var warnings: [String] = []
        let docs = try Repository.resources.reader().documents(bytes: Array(text.utf8), path: "t.txt", warnings: &warnings)
        #expect(docs.count == 3)
        #expect(docs.dropFirst().first?.standfirst?.hasPrefix("Hundreds of trucks") == true)
        #expect(docs.first?.lines.last?.text.hasPrefix("Pakistan has also kept its border crossings") == true)
    }

    /// Twenty articles of the seed's kind written for Sitrep (`Fixtures/probe-dump*.txt`, index
    /// in the `.tsv` beside each), newest first: with 14 of them undated, and with all undated
    /// (no Published line anywhere, so only strong cues may open articles until four have). The
    /// one miss in both: an undated article whose past-tense summary over a plain lede shares
    /// its subject with the article before (`r03` stays inside `p10`).
    @Test(arguments: [("probe-dump", 19), ("probe-dump-undated", 19)])
    func findsTheArticlesOfAProbeDump(_ name: String, atLeast: Int) throws {
        let file = Bundle.module.path(forResource: "Fixtures/\(name)", ofType: "txt")!
        let index = Repository.tsv(Bundle.module.path(forResource: "Fixtures/\(name)", ofType: "tsv")!)
        let docs = try Repository.extract(file: file)
        let starts = Set(docs.map { $0.lines.first!.number })
        let found = index.filter { starts.contains(Int($0["first_line"]!)!) }
        #expect(found.count >= atLeast, "found \(found.map { $0["id"]! })")
        // No article is cut in two: every start found is an article's first line (an undated
        // article's summary over its dateline lede goes with it even when it shares few words
        // with the lede: "Traders on both sides count their losses…" over "Peshawar, Pakistan –
        // Hundreds of lorries…").
        let firsts = Set(index.map { Int($0["first_line"]!)! })
        let inside = starts.filter { !firsts.contains($0) }
        #expect(inside.isEmpty, "starts inside articles at lines \(inside.sorted())")
    }

    /// A title over the summary that opens a dateline lede is the headline, the summary the
    /// standfirst (the title, being summary-shaped after a closing credit, had been taken as the
    /// standfirst and the summary left in the text).
    @Test func aTitleOverASummaryOverADateline() throws {
        let text = """
            The attack at the district court is the first major bombing in Islamabad in a decade.
            Published On 11 Nov 202511 Nov 2025
            Islamabad, Pakistan – A suicide bomber has killed at least 12 people outside a district court in Islamabad, officials say.
            The attacker detonated his explosives next to a police vehicle, the interior minister said.
            Most of the dead were lawyers and people visiting the court.
            A faction of the Pakistan Taliban claimed the bombing.
            Source: Al Jazeera
            Pakistan says 31 killed as India strikes nine sites; New Delhi says it hit 'terrorist infrastructure'
            Islamabad vows to respond after missiles hit Bahawalpur, Muridke and Pakistan-administered Kashmir.
            Islamabad, Pakistan – Pakistan says at least 31 civilians have been killed after India launched missile strikes on nine locations early on Wednesday.
            The deadliest strike hit a mosque complex in Bahawalpur, where 13 people were killed, the military said.
            Other missiles struck Muridke, near Lahore, and Muzaffarabad.
            Pakistan said its air force shot down five Indian fighter jets.
            Source: Al Jazeera
            Floods in the northwest have killed more than 300 people, officials said on Saturday.
            Published On 16 Aug 202516 Aug 2025
            Peshawar, Pakistan – Flash floods have killed more than 300 people in Khyber Pakhtunkhwa, officials said.
            Rescuers are searching for dozens of people still missing in Buner district.

            """
        var warnings: [String] = []
        let docs = try Repository.resources.reader().documents(bytes: Array(text.utf8), path: "t.txt", warnings: &warnings)
        #expect(docs.count == 3)
        #expect(docs[1].headline?.hasPrefix("Pakistan says 31 killed") == true)
        #expect(docs[1].standfirst?.hasPrefix("Islamabad vows to respond") == true)
    }

    /// A lone article's long section heading over a summary-like paragraph opens nothing: the
    /// headline cue needs a dump whose dated articles print headlines.
    @Test func aLongSectionHeadingInALoneArticleOpensNothing() throws {
        let text = """
            Suicide bomber kills 12 outside Islamabad court
            Attack on the capital’s district court complex comes a day after fighters stormed a cadet college.
            Published On 11 Nov 202511 Nov 2025
            A suicide bomber blew himself up outside a district court in Islamabad, killing at least 12 people, the interior minister said.
            The bomber detonated his explosives next to a police vehicle shortly after noon on Tuesday, officials said.
            Most of the dead were people who had come for hearings, lawyers said.
            Pakistan’s growing frustration with the Taliban government
            Relations between the two neighbours have deteriorated sharply since the Taliban took power in Kabul in 2021, with trade falling and clashes more frequent.
            Islamabad accuses Kabul of sheltering the TTP, which Kabul denies, and the two sides have traded blame for months.
            Talks between Pakistan and Afghanistan in Istanbul collapsed last week without agreement.

            """
        var warnings: [String] = []
        let docs = try Repository.resources.reader().documents(bytes: Array(text.utf8), path: "one.txt", warnings: &warnings)
        #expect(docs.count == 1)
    }

    /// A saved page whose only Published line opens it is one article: a summary-like paragraph
    /// after the related-stories block, on a new topic, does not open another.
    @Test func aPageWithOnePublishedLineIsOneArticle() throws {
        let text = """
            Pakistan, Afghanistan border crossings reopen for refugees only
            Trade remains suspended as the neighbours continue talks on a permanent ceasefire mechanism.
            Published On 3 Nov 20253 Nov 2025
            Share
            Save
            Islamabad, Pakistan – Pakistan has partially reopened its two main border crossings with Afghanistan, allowing Afghan refugees to return home, but trade between the neighbours remains frozen three weeks after deadly clashes closed the frontier.
            Officials in Khyber district said about 2,000 people crossed at Torkham on Sunday, the first day the gate was opened since October 12. At Chaman, in Balochistan province, a further 1,300 people crossed, officials said.
            Recommended Stories
            list of 3 itemsend of list
            Thousands of lorries loaded with fruit, cement and medicine have been stuck on both sides for weeks. The Sarhad Chamber of Commerce and Industry in Peshawar estimates that traders have lost about $200m.
            In Kabul, the Taliban’s ministry of commerce said it was diverting exports through Iran’s Chabahar port and through Central Asia. Afghan traders say the journey through Uzbekistan’s Termez takes twice as long.
            Meanwhile, gunmen killed two policemen and wounded a third in an attack on a checkpoint in Lakki Marwat late on Saturday, police said, and a roadside bomb wounded four soldiers in North Waziristan’s Datta Khel on Sunday.
            Pakistani and Afghan delegations will meet again in Istanbul on Thursday.
            Source: Al Jazeera

            """
        var warnings: [String] = []
        let docs = try Repository.resources.reader().documents(bytes: Array(text.utf8), path: "one.txt", warnings: &warnings)
        #expect(docs.count == 1)
    }

    /// Headlines run past the 12 words of a section heading; a long one still opens its article.
    @Test func aLongHeadlineAboveTheStandfirst() throws {
        let text = """
            Pakistan records deadliest year for security forces in a decade, think tank says
            Attacks in Khyber Pakhtunkhwa and Balochistan drove the toll, with October the worst month.
            Published On 1 Dec 202501 Dec 2025
            Share
            Pakistan suffered its deadliest year for security forces in a decade, a think tank said.
            Khyber Pakhtunkhwa accounted for nearly two-thirds of the fatalities.
            Border crossing at Torkham reopens for pedestrians returning home after a five-week closure
            Traders say losses run into millions as trucks remain stranded.
            Published On 2 Dec 202502 Dec 2025
            Share
            Pakistan reopened the Torkham crossing for pedestrians on Tuesday, officials said.
            Trade remains suspended.

            """
        var warnings: [String] = []
        let docs = try Repository.resources.reader().documents(bytes: Array(text.utf8), path: "h.txt", warnings: &warnings)
        #expect(docs.count == 2)
        #expect(docs.map(\.headline) == ["Pakistan records deadliest year for security forces in a decade, think tank says",
                                         "Border crossing at Torkham reopens for pedestrians returning home after a five-week closure"])
        #expect(docs.map(\.published) == [Day(2025, 12, 1), Day(2025, 12, 2)])
    }

    @Test func headlineAboveTheStandfirst() throws {
        let text = """
            Pakistan and Afghanistan agree to ceasefire
            Both sides agreed to halt fighting after talks in Doha mediated by Qatar and Turkiye.
            Published On 19 Oct 202519 Oct 2025
            Share
            Pakistan and Afghanistan agreed to an immediate ceasefire on Sunday, the Qatari foreign ministry said.
            Talks will continue next week in Istanbul.
            Border clashes kill soldiers in Kurram
            Fresh fighting broke out along the border with Afghanistan on Saturday, the army said.
            Published On 26 Oct 202526 Oct 2025
            Share
            Five soldiers were killed in Kurram, the military said on Sunday.
            The Taliban did not comment.

            """
        var warnings: [String] = []
        let docs = try Repository.resources.reader().documents(bytes: Array(text.utf8), path: "h.txt", warnings: &warnings)
        #expect(docs.count == 2)
        #expect(docs.map(\.headline) == ["Pakistan and Afghanistan agree to ceasefire", "Border clashes kill soldiers in Kurram"])
        #expect(docs.map(\.standfirst) == ["Both sides agreed to halt fighting after talks in Doha mediated by Qatar and Turkiye.",
                                           "Fresh fighting broke out along the border with Afghanistan on Saturday, the army said."])
        #expect(docs.map(\.published) == [Day(2025, 10, 19), Day(2025, 10, 26)])
    }

    /// Blank lines between the headline, the standfirst and the Published line do not hide it.
    @Test func headerWithBlankLinesBetween() throws {
        let text = """
            Refugees stranded as Pakistan keeps Torkham shut

            Thousands of trucks are stuck on both sides of the main border crossing, traders say.

            Published On 2 Nov 2025

            Hundreds of families waited at the crossing on Sunday, officials said.

            """
        var warnings: [String] = []
        let docs = try Repository.resources.reader().documents(bytes: Array(text.utf8), path: "b.txt", warnings: &warnings)
        #expect(docs.count == 1)
        #expect(docs.first?.published == Day(2025, 11, 2))
        #expect(docs.first?.headline == "Refugees stranded as Pakistan keeps Torkham shut")
        #expect(docs.first?.standfirst == "Thousands of trucks are stuck on both sides of the main border crossing, traders say.")
        // A byline of outlet and author between the headline and the Published line.
        let bylined = "Three soldiers martyred, four terrorists killed in Khyber IBO: ISPR\nDawn.com | Tahir Khan\nPublished October 22, 2025\nRAWALPINDI: Three soldiers were martyred in Tirah, the ISPR said.\nFour terrorists were killed.\n"
        let dawn = try Repository.resources.reader().documents(bytes: Array(bylined.utf8), path: "d.txt", warnings: &warnings)
        #expect(dawn.count == 1)
        #expect(dawn.first?.headline == "Three soldiers martyred, four terrorists killed in Khyber IBO: ISPR")
        #expect(dawn.first?.published == Day(2025, 10, 22))
        // A one-sentence question alone above the Published line is the headline.
        let question = "Explainer: Why is violence rising in Pakistan's northwest?\n\nPublished On 20 Nov 2025\n\nAttacks have surged since 2021, officials said.\n"
        let explainer = try Repository.resources.reader().documents(bytes: Array(question.utf8), path: "q.txt", warnings: &warnings)
        #expect(explainer.first?.headline == "Explainer: Why is violence rising in Pakistan's northwest?")
        #expect(explainer.first?.standfirst == nil)
    }

    @Test(arguments: [
        ("Published On 26 Oct 202526 Oct 2025", Day(2025, 10, 26)),
        ("Published 03 Nov, 2025 09:00am", Day(2025, 11, 3)),
        ("Published November 3, 2025 Updated November 3, 2025 10:05am", Day(2025, 11, 3)),
        ("Updated On 4 Nov 2025", Day(2025, 11, 4)),
        // A time or weekday before the date, "Last Updated".
        ("Published: 12:45 PM, 3 Nov 2025", Day(2025, 11, 3)),
        ("Last Updated: November 3, 2025 9:02 pm", Day(2025, 11, 3)),
        ("Updated 1:32 PM EST, Mon November 3, 2025", Day(2025, 11, 3)),
        // Al Arabiya's, with the comma before the year.
        ("Published: 09 October ,2025: 11:58 PM GST", Day(2025, 10, 9)),
        // The Indian Express's day-month-year with hyphens.
        ("First published on: 26-11-2025 at 10:00 IST", Day(2025, 11, 26)),
        // Samaa's, the month's name between hyphens; Al Jazeera's live pages' "Last update".
        ("Published: 28-Oct-2025 | 07:45 PM", Day(2025, 10, 28)),
        ("Last update: 15 Oct 2025 - 14:35 GMT", Day(2025, 10, 15)),
    ] as [(String, Day?)])
    func publishedLines(_ line: String, _ day: Day?) throws {
        #expect(ArticleHeader.publishedDate(line[...]) == day)
        let rules = Repository.resources.debris
        #expect(DebrisClassifier(rules: rules).classify([line[...]]) == ["published-line"])
    }

    @Test(arguments: [
        ("By Khaama Press - October 12, 2025", Day(2025, 10, 12)),
        ("Aamir Latif  |13.10.2025 - Update : 13.10.2025", Day(2025, 10, 13)),
        ("Published in The Express Tribune, October 22nd, 2025.", Day(2025, 10, 22)),
        ("2025-10-14T09:30:00Z", Day(2025, 10, 14)),
        ("31.02.2025", nil),
        ("16/10/2025", Day(2025, 10, 16)),
        ("10/16/2025", Day(2025, 10, 16)),
    ] as [(String, Day?)])
    func otherDateForms(_ line: String, _ day: Day?) {
        #expect(ArticleHeader.publishedDate(line[...]) == day)
    }

    /// Outlets that print the date under the headline or byline, or only in a print credit at the
    /// end: the stated date is the publication date (weekdays resolve against it), and the
    /// headline is read, not left in the body.
    @Test(arguments: [
        ("Six soldiers martyred in Khyber attack\nOur Correspondent\nOctober 21, 2025\n\nPESHAWAR: Six soldiers were martyred on Tuesday, the ISPR said.\nThe attack was repulsed.\n",
         Day(2025, 10, 21), "Six soldiers martyred in Khyber attack"),
        ("Taliban say 58 Pakistani soldiers killed in retaliatory strikes along the Durand Line overnight\n\nBy Khaama Press - October 12, 2025\n\nThe Islamic Emirate's spokesman said on Sunday that 58 soldiers were killed.\nPakistan did not comment.\n",
         Day(2025, 10, 12), "Taliban say 58 Pakistani soldiers killed in retaliatory strikes along the Durand Line overnight"),
        ("Police said two policemen were injured on Sunday night in Bannu.\nThe attackers fled.\n\nCOMMENTS (3)\n\nPublished in The Express Tribune, October 22nd, 2025.\n",
         Day(2025, 10, 22), nil),
        ("Pakistan and Afghanistan agree to truce after week of deadly border fighting\n\nQatar-brokered deal follows clashes that killed dozens on both sides\n\nShah Meer Baloch in Islamabad and agencies\nSun 19 Oct 2025 08.42 BST\n\nPakistan and Afghanistan agreed to a ceasefire in Doha, Qatar said on Sunday.\nThe talks lasted hours.\n",
         Day(2025, 10, 19), "Pakistan and Afghanistan agree to truce after week of deadly border fighting"),
        ("Afghan Taliban say Pakistani strikes killed 3 cricketers in Paktika\n\nAFP\nUpdated 18 October 2025\n\nKABUL: Pakistani airstrikes killed eight people late on Friday, officials said.\nSeven others were wounded.\n",
         Day(2025, 10, 18), "Afghan Taliban say Pakistani strikes killed 3 cricketers in Paktika"),
        ("23 soldiers martyred, over 200 Taliban killed in border clashes: ISPR\n\nTahir Khan\nPublished October 12, 2025\n\nISLAMABAD: Twenty-three Pakistani soldiers were martyred, the military said on Sunday.\nThe attacks were repulsed.\n",
         Day(2025, 10, 12), "23 soldiers martyred, over 200 Taliban killed in border clashes: ISPR"),
        // A label before the date, a time after a bar, a day/month/year date: stated, not
        // inferred a week late from "on Wednesday".
        ("Kabul blasts: what we know\nLast Modified: Friday, 10 October 2025 14:05 PKT\nExplosions were heard in Kabul on Thursday night.\n",
         Day(2025, 10, 10), "Kabul blasts: what we know"),
        ("Ceasefire extended\nOct 16, 2025 | 09:15 PM\nThe 48-hour ceasefire was extended on Wednesday.\n", Day(2025, 10, 16), "Ceasefire extended"),
        ("Ceasefire extended\nPosted on 16/10/2025\nThe 48-hour ceasefire was extended on Wednesday.\n", Day(2025, 10, 16), "Ceasefire extended"),
        // Two authors with their cities over the date, under a headline opening with a quote.
        ("‘We buried them in the dark’: families count the cost of the border war\nIn Spin Boldak, residents describe a night of shelling\nShah Meer Baloch in Quetta and Akhtar Mohammad Makoii in Kandahar\nWed 22 Oct 2025 06.00 BST\nAbdul Wahid was closing his shop when the first shell landed on Wednesday.\nHis two sons were killed.\n",
         Day(2025, 10, 22), "‘We buried them in the dark’: families count the cost of the border war"),
        // A wire page's date, time and update stamp run together under the byline.
        ("Suicide bomber kills at least 6 at Pakistan military compound\nBy Mushtaq Ali\nOctober 28, 20254:31 PM GMT+5Updated 2 hours ago\nPESHAWAR, Pakistan, Oct 28 (Reuters) - A suicide bomber killed six soldiers on Tuesday.\nEleven soldiers were wounded.\n",
         Day(2025, 10, 28), "Suicide bomber kills at least 6 at Pakistan military compound"),
        // An outlet with the agencies, then a date with its month in capitals.
        ("Pakistan, Afghanistan agree to 48-hour truce after deadly clashes\nIslamabad says ceasefire was requested by Kabul.\nTRT World and Agencies\n16 OCT 2025\nPakistan and Afghanistan have agreed to a 48-hour ceasefire, both sides said.\nThe foreign ministry said late on Wednesday that the truce had been requested by the Taliban.\n",
         Day(2025, 10, 16), "Pakistan, Afghanistan agree to 48-hour truce after deadly clashes"),
        // A desk, then the city and the stamp in capitals (India Today).
        ("Pakistan, Afghanistan agree to 48-hour ceasefire after fresh border clashes\nIndia Today World Desk\nNew Delhi,UPDATED: Oct 15, 2025 21:04 IST\nPakistan and Afghanistan on Wednesday agreed to a 48-hour ceasefire, the foreign office said.\nThe Taliban said 12 civilians were killed in Spin Boldak.\n",
         Day(2025, 10, 15), "Pakistan, Afghanistan agree to 48-hour ceasefire after fresh border clashes"),
        // No space after the comma before the year (Dunya News).
        ("Four soldiers martyred in North Waziristan IED blast: ISPR\nWeb Desk\n05 November,2025 09:21 pm\nRAWALPINDI (Dunya News) – Four soldiers were martyred on Wednesday, the ISPR said.\nSecurity forces killed three terrorists.\n",
         Day(2025, 11, 5), "Four soldiers martyred in North Waziristan IED blast: ISPR"),
        // Authors, where they file from, the date and an update time, each on its own line.
        ("Pakistan and Afghanistan Trade Blame After Deadliest Border Clashes in Years\nEach side said it had killed scores of the other’s troops.\nBy Salman Masood and Elian Peltier\nReporting from Islamabad, Pakistan\nOct. 13, 2025\nUpdated 6:05 p.m. ET\nISLAMABAD, Pakistan — Pakistan and Afghanistan traded accusations on Monday.\nThe clashes began late Saturday.\n",
         Day(2025, 10, 13), "Pakistan and Afghanistan Trade Blame After Deadliest Border Clashes in Years"),
        // An outlet's one-word name between the standfirst and the date.
        ("Islamic Emirate: Pakistani Airstrikes Kill 10 Civilians in Paktika\nThe Islamic Emirate spokesman said that Pakistani forces targeted homes in Paktika on Friday night.\nTolonews\nSaturday, 18 October 2025\nZabihullah Mujahid said Pakistani forces carried out airstrikes on Friday night.\nPakistan has not commented.\n",
         Day(2025, 10, 18), "Islamic Emirate: Pakistani Airstrikes Kill 10 Civilians in Paktika"),
    ] as [(String, Day?, String?)])
    func statedHeaderDates(_ text: String, _ day: Day?, _ headline: String?) throws {
        var warnings: [String] = []
        let docs = try Repository.resources.reader().documents(bytes: Array(text.utf8), path: "h.txt", warnings: &warnings)
        #expect(docs.count == 1)
        #expect(docs.first?.published == day)
        #expect(docs.first?.publishedSource == .line)
        #expect(docs.first?.headline == headline)
    }

    /// Pages of outlets that print a reading time or slash-parted desk bylines between the
    /// headline and the date, one after another in a dump: each page is an article of its own,
    /// dated by its own line.
    @Test func readingTimesAndDeskBylinesOpenTheirArticles() throws {
        let text = """
        Pakistan-Afghanistan clash: Islamabad says 30 terrorists killed in Khyber Pakhtunkhwa
        TOI World Desk / TIMESOFINDIA.COM / Updated: Oct 25, 2025, 14:30 IST
        Pakistan's army said on Saturday that security forces had killed 25 terrorists in Kurram.
        Five Pakistani soldiers were killed in the operations, the ISPR said in a statement.
        Earlier this month, India reopened its embassy in Kabul, a move that angered Islamabad.
        Pakistan and Afghanistan agree to ceasefire after deadly border clashes
        By Sophia Saifi, Saleem Mehsud and Helen Regan, CNN
        4 minute read
        Updated 4:51 AM EDT, Sun October 19, 2025
        Islamabad, Pakistan and Hong Kong CNN — Pakistan and Afghanistan have agreed to an immediate ceasefire.
        The agreement was reached early Sunday local time, the ministry said.
        The truce follows days of fighting that began on October 11.

        """
        var warnings: [String] = []
        let docs = try Repository.resources.reader().documents(bytes: Array(text.utf8), path: "d.txt", warnings: &warnings)
        #expect(docs.map(\.published) == [Day(2025, 10, 25), Day(2025, 10, 19)])
        #expect(docs.map(\.headline) == ["Pakistan-Afghanistan clash: Islamabad says 30 terrorists killed in Khyber Pakhtunkhwa",
                                          "Pakistan and Afghanistan agree to ceasefire after deadly border clashes"])
    }

    /// A live page stamps each entry above its heading: the next entry's stamp under a heading's
    /// paragraph opens no article, and the page after it still opens its own.
    @Test func aLivePagesEntryStampsOpenNoArticle() throws {
        let text = """
        Live: Pakistan, Afghanistan border clashes
        Pakistan says 23 soldiers killed; Taliban say 58 Pakistani troops dead in overnight fighting.
        Published On 12 Oct 202512 Oct 2025
        12 Oct 2025 - 14:05 GMT
        Saudi Arabia, Qatar urge restraint
        Saudi Arabia’s Foreign Ministry has called on both sides to exercise restraint.
        12 Oct 2025 - 11:30 GMT
        Pakistan military gives its toll
        Pakistan’s military said 23 of its soldiers were killed and 29 wounded in the overnight fighting.
        12 Oct 2025 - 09:15 GMT
        Taliban says 58 Pakistani soldiers killed
        Taliban spokesman Zabihullah Mujahid told a news conference in Kabul that 58 Pakistani soldiers were killed.
        Pakistan and Afghanistan agree to ceasefire after deadly border clashes
        By Sophia Saifi, CNN
        Updated 4:51 AM EDT, Sun October 19, 2025
        Islamabad, Pakistan CNN — Pakistan and Afghanistan have agreed to an immediate ceasefire.

        """
        var warnings: [String] = []
        let docs = try Repository.resources.reader().documents(bytes: Array(text.utf8), path: "d.txt", warnings: &warnings)
        #expect(docs.map(\.published) == [Day(2025, 10, 12), Day(2025, 10, 19)])
        #expect(docs.first?.lines.contains { $0.text.contains("58 Pakistani soldiers were killed") } == true)
    }

    /// A standfirst without a full stop, ending on an attribution, under the headline and over
    /// the byline and date: the headline above it opens the article, not the article before.
    @Test func aStandfirstWithoutAFullStopKeepsItsHeadline() throws {
        let text = """
        Afghan refugees crossing at Torkham surge ahead of deadline
        Reuters | Published October 30, 2025
        PESHAWAR: Thousands of Afghans crossed the Torkham border from Pakistan on Thursday, officials said.
        In Kandahar, Taliban officials said they had set up camps near the Spin Boldak crossing for returnees.
        Pakistan, Afghanistan clash again; several killed as ceasefire collapses
        Pakistan and Afghanistan exchanged fire along the border late Wednesday, officials said
        By HT News Desk
        Updated on: Oct 15, 2025 09:42 pm IST
        Fresh clashes broke out between Pakistan and Afghanistan along their disputed border on Wednesday.
        Pakistan's military said its forces had repulsed attacks in the Kurram district.

        """
        var warnings: [String] = []
        let docs = try Repository.resources.reader().documents(bytes: Array(text.utf8), path: "d.txt", warnings: &warnings)
        #expect(docs.map(\.headline) == ["Afghan refugees crossing at Torkham surge ahead of deadline",
                                          "Pakistan, Afghanistan clash again; several killed as ceasefire collapses"])
        #expect(docs.last?.standfirst == "Pakistan and Afghanistan exchanged fire along the border late Wednesday, officials said")
        // One of ten words and more under a shorter headline.
        let gulf = """
        The ceasefire agreed in Doha on October 19 has largely held, officials said.
        Pakistan says 23 soldiers killed in clashes with Afghan forces
        Islamabad claims over 200 Taliban and affiliated 'terrorists' killed in retaliatory strikes
        Agencies
        Published: October 12, 2025 11:40 Last updated: October 12, 2025 13:02
        Islamabad: Pakistan's military said on Sunday that 23 of its soldiers had been killed.
        Saudi Arabia called for restraint.

        """
        let pages = try Repository.resources.reader().documents(bytes: Array(gulf.utf8), path: "g.txt", warnings: &warnings)
        #expect(pages.last?.headline == "Pakistan says 23 soldiers killed in clashes with Afghan forces")
        #expect(pages.last?.standfirst == "Islamabad claims over 200 Taliban and affiliated 'terrorists' killed in retaliatory strikes")
    }

    /// Two unpunctuated lines over the date, under a paragraph that ends the article before: the
    /// upper is the headline, the lower (no longer than it, with no attribution) the standfirst.
    @Test func aShortStandfirstWithoutAFullStopKeepsItsHeadline() throws {
        let text = """
        Security forces killed eight terrorists in the Bajaur district on Monday night, the military said.
        More than 1,000 security personnel have been killed in the province in the first nine months.
        Pakistan, Afghanistan agree to immediate ceasefire in Doha talks
        Mediators hosted the talks after a week of clashes
        Published - October 19, 2025 10:42 pm IST - ISLAMABAD
        Reuters
        Pakistan and Afghanistan agreed to an immediate ceasefire after talks in Doha on Sunday.
        The two sides agreed to meet again in Istanbul on October 25.

        """
        var warnings: [String] = []
        let docs = try Repository.resources.reader().documents(bytes: Array(text.utf8), path: "h.txt", warnings: &warnings)
        #expect(docs.count == 2)
        #expect(docs.last?.headline == "Pakistan, Afghanistan agree to immediate ceasefire in Doha talks")
        #expect(docs.last?.standfirst == "Mediators hosted the talks after a week of clashes")
        #expect(docs.last?.published == Day(2025, 10, 19))
        #expect(docs.first.map { !$0.text.contains("Doha") } == true)
    }

    /// A magazine's title-case headline that ends on a full stop, over its standfirst, byline and
    /// date, opens an article: the page above does not run on into it.
    @Test func aTitleCasedHeadlineWithAFullStopOpensAnArticle() throws {
        let text = """
        Pakistan, Afghanistan to hold fresh round of talks in Istanbul
        By Ariana News
        November 3, 2025
        Afghanistan and Pakistan will hold another round of talks in Istanbul on Thursday, Turkish officials said on Monday.
        Local officials in Kunar said Pakistani forces fired rockets into Dangam district on Sunday, wounding three civilians.
        The Pakistan-Afghanistan Ceasefire Is Fragile. Here’s Why.
        The Doha agreement papers over deep disagreements on the TTP.
        By Abdul Basit
        October 22, 2025
        The ceasefire that Pakistan and Afghanistan signed in Doha on October 19 ended the worst fighting in years.

        """
        var warnings: [String] = []
        let docs = try Repository.resources.reader().documents(bytes: Array(text.utf8), path: "m.txt", warnings: &warnings)
        #expect(docs.map(\.published) == [Day(2025, 11, 3), Day(2025, 10, 22)])
        #expect(docs.last?.headline == "The Pakistan-Afghanistan Ceasefire Is Fragile. Here’s Why.")
        #expect(docs.last?.standfirst == "The Doha agreement papers over deep disagreements on the TTP.")
    }

    /// The paragraph over a closing credit ("Source: …") ends its article, even when a dateline
    /// lede opens an undated page right under the credit: it is no standfirst of that page.
    @Test func aParagraphOverASourceLineIsNoStandfirstOfTheNextPage() throws {
        let text = """
        Explosions rock Kabul as Taliban foreign minister visits New Delhi
        Taliban says it is investigating the blasts; Pakistan neither confirms nor denies carrying out air strikes.
        Published On 10 Oct 202510 Oct 2025
        Share
        Explosions were heard across Kabul late on Thursday, hours after the foreign minister arrived in New Delhi.
        The blasts came after 11 Pakistani soldiers were killed in an ambush in the Orakzai district on Tuesday night, which the military blamed on fighters operating from Afghanistan.
        Source: Al Jazeera and news agencies
        Islamabad, Pakistan – Pakistan’s military says 12 soldiers were killed in an ambush in the South Waziristan district near the Afghan border.
        The soldiers were travelling in a convoy when they came under fire in the early hours of Saturday, the military said.

        """
        let docs = try Repository.extract(text: text, source: "s.txt")
        #expect(docs.count == 2)
        #expect(docs.first?.text.contains("Orakzai") == true)
        #expect(docs.last?.standfirst == nil)
        #expect(docs.last?.text.hasPrefix("Islamabad, Pakistan") == true)
    }

    /// An explainer's question headings push the related-stories block down the article; it
    /// still belongs to the article the Published line opened.
    @Test func questionHeadingsBeforeTheRelatedBlockOpenNoArticle() throws {
        let text = """
        What's behind the Pakistan-Afghanistan border clashes?
        The two neighbours have fought their heaviest battles in years. Here is what we know.
        Published On 13 Oct 202513 Oct 2025
        Share
        Islamabad, Pakistan – Pakistan and Afghanistan have fought some of their fiercest clashes in years along their shared border.
        Here is what we know:
        What happened?
        Late on Saturday, Afghan Taliban forces attacked Pakistani military posts at several points along the border.
        Pakistan said 23 of its soldiers were killed and 29 wounded, and that it had killed more than 200 fighters.
        Recommended Stories
        list of 3 itemsend of list
        The Taliban said nine of its fighters were killed and claimed 58 Pakistani soldiers had died.
        Why did the fighting start?
        The Taliban said it was retaliating for Pakistani air strikes on Thursday in Kabul and in Paktika province.
        Islamabad accuses Kabul of sheltering fighters of the Pakistani Taliban, which Kabul denies.
        Source: Al Jazeera

        """
        var warnings: [String] = []
        let docs = try Repository.resources.reader().documents(bytes: Array(text.utf8), path: "x.txt", warnings: &warnings)
        #expect(docs.count == 1)
        #expect(docs.first?.published == Day(2025, 10, 13))
    }

    /// In a dump, a headline over a date line opens an article like a Published line does.
    @Test func aDateLineOpensAnArticleInADump() throws {
        let one = "Six soldiers martyred in Khyber attack\nWeb Desk\nOctober 21, 2025\nSix soldiers were martyred on Tuesday in Tirah, the ISPR said.\nThe attack was repulsed after hours of fighting.\nA clearance operation followed in the valley.\n"
        let two = "Talks on border crossings resume in Istanbul\nWeb Desk\nOctober 25, 2025\nDelegations met in Istanbul on Saturday for a second round of talks.\nQatar and Turkey mediated the meeting.\n"
        var warnings: [String] = []
        let docs = try Repository.resources.reader().documents(bytes: Array((one + two).utf8), path: "d.txt", warnings: &warnings)
        #expect(docs.map(\.published) == [Day(2025, 10, 21), Day(2025, 10, 25)])
        #expect(docs.map(\.headline) == ["Six soldiers martyred in Khyber attack", "Talks on border crossings resume in Istanbul"])
    }

    /// Seven articles in the header styles of other outlets (a date line under a desk byline, a
    /// weekday date line, a dated byline, a name-over-date byline with a standfirst, a European
    /// numeric date), one with a closing related-stories list: each is one article with its
    /// stated date and headline.
    @Test func aDumpOfOtherOutletsHeaderStyles() throws {
        let path = try #require(Bundle.module.path(forResource: "Fixtures/header-styles-dump", ofType: "txt"))
        let docs = try Repository.extract(file: path, source: "header-styles-dump.txt")
        #expect(docs.map(\.published) == [
            Day(2025, 10, 21), Day(2025, 10, 13), Day(2025, 10, 25), Day(2025, 10, 17), Day(2025, 10, 12), Day(2025, 10, 19), Day(2025, 10, 13),
        ])
        #expect(docs.map { $0.headline?.split(separator: " ").prefix(3).joined(separator: " ") } == [
            "Six soldiers martyred", "Nine policemen martyred", "Two terrorists killed", "Pakistani Airstrikes Kill", "Taliban say 58",
            "Pakistan and Afghanistan", "Pakistan says 30",
        ])
        #expect(docs[5].standfirst?.hasPrefix("Qatar-brokered deal") == true)
    }

    /// A record-style dump: each "Title:" field opens an article and is its headline, the
    /// "Date:" field is its publication date, the other fields are no text.
    @Test func aRecordStyleDump() throws {
        let path = try #require(Bundle.module.path(forResource: "Fixtures/record-dump", ofType: "txt"))
        let docs = try Repository.extract(file: path, source: "record-dump.txt")
        #expect(docs.map(\.published) == [Day(2025, 10, 21), Day(2025, 10, 12)])
        #expect(docs.map(\.publishedSource) == [.line, .line])
        #expect(docs.map(\.headline) == ["Six soldiers martyred as security forces repulse attack in Khyber", "Taliban say 58 Pakistani soldiers killed in retaliatory strikes"])
        for doc in docs {
            for field in ["Title:", "Source:", "Date:", "URL:", "https://", "=========="] { #expect(!doc.text.contains(field), "\(field) in \(doc.id)") }
        }
        #expect(docs.first?.dates.first?.value == "2025-10-21")  // "on Tuesday"
    }

    @Test func aTrailingUpdateStampIsNoPublishedLine() throws {
        let rules = Repository.resources.debris
        #expect(DebrisClassifier(rules: rules).classify(["Last updated: 10 Oct 2025 14:30 GMT"]) == ["updated-line"])
    }

    @Test(arguments: [
        ("Islamabad, Pakistan – A series of explosions rattled Kabul.", true),
        ("KABUL (Reuters) - Afghan officials said on Monday…", true),
        ("ISLAMABAD, Nov 3 (Reuters) - Pakistan said on Monday its forces had killed 15 militants.", true),
        ("ISLAMABAD/KABUL, Oct 15 (Reuters) - Pakistan and Afghanistan agreed to a ceasefire.", true),
        ("KABUL/PESHAWAR (Reuters) - Afghan officials said on Monday…", true),
        ("PESHAWAR: At least eight policemen were martyred late on Tuesday.", true),
        ("KABUL (Pajhwok): Two civilians were killed and three others injured.", true),
        ("ISLAMABAD, Nov. 13 (Xinhua) -- Pakistani security forces killed four militants.", true),
        ("Islamabad, Oct 26 (APP): Five soldiers were killed in a clash near the border.", true),
        ("PESHAWAR, Oct 26: Five soldiers were killed in a clash near the border.", true),
        ("Quetta, Oct. 26 (AFP) – Five soldiers were killed in a clash near the border.", true),
        ("KABUL, Afghanistan (AP) — Five soldiers were killed in a clash near the border.", true),
        ("QUETTA, Pakistan, Oct 27 (Reuters) - Afghan and Pakistani forces exchanged fire.", true),
        ("Update: Five soldiers were killed in a clash near the border.", false),
        ("Pakistan – which denies the charge – says it acted in self-defence.", false),
        ("The army said: “We will respond.”", false),
    ])
    func datelines(_ line: String, _ expected: Bool) {
        #expect(ArticleSplitter.isDateline(line[...]) == expected)
    }

    /// The day a wire dateline gives, with the country between city and date or after the date.
    @Test(arguments: [
        ("QUETTA, Pakistan, Oct 27 (Reuters) - Afghan and Pakistani forces exchanged fire.", "10-27"),
        ("ISLAMABAD, Nov 3 (Reuters) - Pakistan said on Monday…", "11-3"),
        ("KABUL, Afghanistan (AP) — Five soldiers were killed.", "none"),
        // A press release's full date, day first or month first.
        ("KABUL, 17 October 2025 – The United Nations Assistance Mission has documented 37 civilian casualties.", "10-17"),
        ("RAWALPINDI, October 17, 2025: Security forces killed 30 terrorists, the ISPR said.", "10-17"),
    ])
    func datelineDays(_ line: String, _ expected: String) {
        let day = ArticleSplitter.datelineDay(Array(line.utf16))
        #expect(day.map { "\($0.month)-\($0.day)" } ?? "none" == expected)
    }

    /// The bundled corpus rewritten by `rewrite`, extracted from a temporary file as the corpus
    /// itself is, with the corpus's own documents to compare with.
    static func extractRewrittenCorpus(_ rewrite: (String) -> String) throws -> (docs: [Document], original: [Document], text: String) {
        let text = rewrite(try String(contentsOfFile: Repository.corpusFile, encoding: .utf8))
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("sitrep-variant-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: root) }
        let path = root + "/variant.txt"
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        let docs = try Repository.extract(file: path, source: "Corpus/aljazeera-pakistan-afghanistan-2025.txt")
        return (docs, Repository.corpus, text)
    }

    /// A dump that sets a blank line between all its lines reads as the same articles with the
    /// same text, dates and figures: rules for the line after a kind (an author's biography under
    /// a disclaimer), byline names over a date and an embedded post's lines look past blank
    /// lines. (The corpus's embedded X post had stayed in the text.)
    @Test func blankLinesBetweenAllLinesChangeNothing() throws {
        let (docs, original, _) = try Self.extractRewrittenCorpus { $0.split(separator: "\n", omittingEmptySubsequences: false).joined(separator: "\n\n") }
        try #require(docs.count == original.count)
        for (doc, was) in zip(docs, original) {
            #expect(doc.text == was.text, "\(doc.id)")
            #expect(doc.published == was.published && doc.headline == was.headline && doc.standfirst == was.standfirst, "\(doc.id)")
            #expect(doc.dates.map(\.value) == was.dates.map(\.value), "\(doc.id)")
            #expect(doc.events.flatMap(\.casualties).map(\.count) == was.events.flatMap(\.casualties).map(\.count), "\(doc.id)")
        }
    }

    /// A dump spaced with no-break spaces around its numbers (as text taken from "&nbsp;" often
    /// is: "Published On 26\u{A0}Oct 2025", "at least\u{A0}12") reads as the same articles with
    /// the same text, dates and figures; soft hyphens inside names change no place.
    @Test func noBreakSpacesAndSoftHyphensChangeNothing() throws {
        let (docs, original, spaced) = try Self.extractRewrittenCorpus {
            $0.replacingOccurrences(of: #"(?<=\d) | (?=\d)"#, with: "\u{A0}", options: .regularExpression)
                .replacingOccurrences(of: "Pakistan", with: "Paki\u{AD}stan")
        }
        #expect(spaced.unicodeScalars.filter { $0 == "\u{A0}" }.count > 200)
        try #require(docs.count == original.count)
        for (doc, was) in zip(docs, original) {
            #expect(doc.text.replacingOccurrences(of: "\u{AD}", with: "") == was.text, "\(doc.id)")
            #expect(doc.published == was.published && doc.headline?.replacingOccurrences(of: "\u{AD}", with: "") == was.headline, "\(doc.id)")
            #expect(doc.dates.map(\.value) == was.dates.map(\.value), "\(doc.id)")
            #expect(doc.places.map(\.place.id) == was.places.map(\.place.id), "\(doc.id)")
            #expect(doc.events.flatMap(\.casualties).map(\.count) == was.events.flatMap(\.casualties).map(\.count), "\(doc.id)")
            // Each sentence still maps to its bytes: the raw text, its wide spaces made ASCII.
            let raw = Array(spaced.utf8)
            for span in doc.sentences {
                let offset = try #require(doc.rawOffset(of: span))
                let piece = doc.slice(span)
                let rawText = String(decoding: raw[offset...].prefix(piece.utf8.count + 64), as: UTF8.self).replacingOccurrences(of: "\u{A0}", with: " ")
                #expect(rawText.hasPrefix(piece), "\(doc.id): sentence at \(span.start) maps to raw \(offset)")
            }
        }
    }

    /// Each article of the dump, read as a file of its own, stays one article: in particular the
    /// video page (a04) and the articles without a Published line, whose paragraphs a topic
    /// shift and a standfirst-like paragraph would otherwise cut.
    @Test func eachArticleAloneIsOneArticle() throws {
        let lines = try String(contentsOfFile: Repository.corpusFile, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false)
        for row in Self.index {
            let text = lines[(row.first - 1)..<row.last].joined(separator: "\n") + "\n"
            var warnings: [String] = []
            let docs = try Repository.resources.reader().documents(bytes: Array(text.utf8), path: row.id + ".txt", warnings: &warnings)
            #expect(docs.count == 1, "\(row.id) read alone gives \(docs.count) articles")
        }
    }

    /// Alone, with no Published line and no neighbours, an article is dated from a statistic over
    /// part of a year: after its end, the weekdays it names read as the most recent.
    @Test func aStatisticsPeriodDatesALoneArticle() throws {
        let text = "At least 2,414 deaths were recorded in the first three quarters of 2025, a think tank said.\nClashes on Saturday killed 12 soldiers.\n"
        var warnings: [String] = []
        let docs = try Repository.resources.reader().documents(bytes: Array(text.utf8), path: "alone.txt", warnings: &warnings)
        #expect(docs.map(\.published) == [Day(2025, 10, 4)])
        #expect(docs.first?.publishedSource == .inferred)
    }

    /// With no full date, a holiday's weekday finds the year: the first from the latest year the
    /// text names on which the holiday of the country it names most falls on that weekday.
    @Test func aHolidaysWeekdayFindsTheYear() throws {
        let text = """
        Pakistan's military said in a statement on Friday that soldiers killed 33 fighters in Zhob.
        On Friday, the government in Balochistan suspended mobile internet before Thursday's Independence Day holiday.
        Pakistan accuses Afghanistan of sheltering the fighters, who have been emboldened since 2021.
        Pakistan's prime minister praised the troops.

        """
        var warnings: [String] = []
        let docs = try Repository.resources.reader().documents(bytes: Array(text.utf8), path: "alone.txt", warnings: &warnings)
        // Pakistan's Independence Day, August 14, was a Thursday in 2025 (Afghanistan's, August
        // 19, in 2021).
        #expect(docs.map(\.published) == [Day(2025, 8, 8)])
        #expect(docs.first?.publishedSource == .inferred)
    }

    /// A lone article whose only full date is old, and which names a later year, is not dated
    /// from that date: it had been dated to October 2021 from "August 15, 2021" and its weekdays
    /// read against that.
    @Test func anOldFullDateDoesNotDateAnArticleThatNamesALaterYear() throws {
        let text = """
        When the Taliban swept into Kabul on August 15, 2021, Pakistan's prime minister welcomed it.
        Attacks killed more than 2,400 people in Pakistan in 2024 alone, a think tank says.
        Talks between the neighbours are due to open in Doha on Saturday.

        """
        var warnings: [String] = []
        let docs = try Repository.resources.reader().documents(bytes: Array(text.utf8), path: "alone.txt", warnings: &warnings)
        #expect(docs.map(\.published) == [nil])
        // Without the later year, the full date still bounds it.
        let old = "When the Taliban swept into Kabul on August 15, 2021, Pakistan welcomed it.\nTalks are due to open in Doha on Saturday.\n"
        #expect(try Repository.resources.reader().documents(bytes: Array(old.utf8), path: "alone.txt", warnings: &warnings).first?.published != nil)
    }

    /// A wire dateline without a year: filed on the first such day, from the latest year the
    /// text names, that the weekdays it names fit.
    @Test func aWireDatelineWithoutAYearFindsItsYear() throws {
        let text = """
        ISLAMABAD, Oct 12 (Reuters) - Pakistan said on Sunday that 23 of its soldiers had been killed in overnight clashes, the worst since the Taliban returned to power in 2021.
        The clashes erupted late on Saturday, security officials said.

        """
        var warnings: [String] = []
        let docs = try Repository.resources.reader().documents(bytes: Array(text.utf8), path: "wire.txt", warnings: &warnings)
        // October 12 was a Sunday in 2025 (and a Saturday in 2024).
        #expect(docs.map(\.published) == [Day(2025, 10, 12)])
        #expect(docs.first?.publishedSource == .inferred)
        // A newspaper's dateline without an agency gives its day too.
        let paper = "PESHAWAR, Oct 12: Pakistan said on Sunday that 23 of its soldiers had been killed, the worst toll since the Taliban returned in 2021.\n"
        #expect(try Repository.resources.reader().documents(bytes: Array(paper.utf8), path: "paper.txt", warnings: &warnings).map(\.published) == [Day(2025, 10, 12)])
        // Without weekdays to fit, no year is guessed.
        let bare = "ISLAMABAD, Oct 12 (Reuters) - Pakistan said 23 of its soldiers had been killed since the Taliban returned in 2021.\n"
        #expect(try Repository.resources.reader().documents(bytes: Array(bare.utf8), path: "wire.txt", warnings: &warnings).map(\.published) == [nil])
    }

    /// Between dated neighbours, a wire dateline's day is the article's date (the neighbours give
    /// its year), and it is read before the undated article above it, which it then bounds: the
    /// article above had been dated by its weekdays to the day of its "October 11", and the wire
    /// report below it no later than that. A story filed from two cities ("ISLAMABAD/KABUL, Oct 15
    /// (Reuters) -") opens an article like any dateline: it had been merged into the one above.
    /// (Four articles of the held-out probe round 19: a print credit, none, a dateline, a Published
    /// line.)
    @Test func aWireDatelineDatesAnArticleBetweenNeighbours() throws {
        let path = try #require(Bundle.module.path(forResource: "Fixtures/wire-dateline-dump", ofType: "txt"))
        let docs = try Repository.extract(file: path, source: "wire-dateline-dump.txt")
        try #require(docs.count == 4)
        #expect(docs[2].text.hasPrefix("ISLAMABAD/KABUL"))
        // The dateline's "Oct 15" and "on Wednesday" in the lede are read against that date.
        #expect(docs[2].dates.map(\.value).prefix(2) == ["2025-10-15", "2025-10-15"])
        #expect(docs.map(\.published) == [Day(2025, 11, 5), Day(2025, 10, 18), Day(2025, 10, 15), Day(2025, 9, 30)])
    }

    /// Pages of several outlets in one dump (the held-out probe round 20): a wire story under its
    /// headline, byline and "Updated 4:51 AM GMT+5, November 18, 2025"; a newspaper's under
    /// "Published: November 16, 2025"; an agency's under "Published 09.11.2025"; and an undated
    /// explainer that opens with a question headline over its summary. The headlines printed over
    /// the dated pages' dates show that the dump prints headlines, so the explainer's opens its
    /// article: it had been merged into the newspaper story above it, and the wire story's
    /// headline and byline into the article above that.
    @Test func pagesOfSeveralOutletsSplitUnderTheirHeadlines() throws {
        let path = try #require(Bundle.module.path(forResource: "Fixtures/news-pages-dump", ofType: "txt"))
        let docs = try Repository.extract(file: path, source: "news-pages-dump.txt")
        #expect(docs.map { $0.headline?.prefix(24) } == [nil, "Pakistani forces kill 17", "13 terrorists killed in ", "Who are the Pakistani Ta", "Pakistan, Afghanistan fa"])
        #expect(docs.map(\.published) == [Day(2025, 11, 21), Day(2025, 11, 18), Day(2025, 11, 16), Day(2025, 11, 12), Day(2025, 11, 9)])
        #expect(docs.map(\.publishedSource) == [.inferred, .line, .line, .inferred, .line])
        #expect(docs[3].standfirst?.hasPrefix("The group has killed thousands") == true)
        #expect(!docs[0].text.contains("17 militants"))
    }

    /// Pages of five more outlets (the held-out probe round 23): an author line of several names
    /// and the outlet, one with a lowercase particle ("By Zia ur-Rehman and …") and a reporting
    /// credit under it, an agency dateline with a colon ("KABUL (Pajhwok):") and the editor's
    /// initials that close that story ("ma/ma"). Each page had left its headline in the article
    /// before, or taken a byline or the initials for its headline.
    @Test func pagesOfFiveMoreOutletsKeepTheirHeadlines() throws {
        let path = try #require(Bundle.module.path(forResource: "Fixtures/outlet-pages-dump", ofType: "txt"))
        let docs = try Repository.extract(file: path, source: "outlet-pages-dump.txt")
        #expect(docs.map { $0.headline?.prefix(24) } == ["Afghan Refugees In Pakis", "Suicide Bomber Kills 12 ", "Pakistani shelling kills",
                                                         "Pakistan, Afghanistan tr", "Explosions rock Kabul as"])
        #expect(docs.map(\.published) == [Day(2025, 11, 18), Day(2025, 11, 11), Day(2025, 10, 28), Day(2025, 10, 22), Day(2025, 10, 10)])
        #expect(!docs[1].text.contains("Karachi"))
        #expect(!docs.contains { $0.text.contains("ma/ma") || $0.text.hasPrefix("By ") })
    }

    /// The articles of the fixture dump `name` (`Fixtures/<name>.txt`), optionally with a blank
    /// line between all its lines.
    static func fixtureDump(_ name: String, blankLinesBetween: Bool = false) throws -> [Document] {
        let path = try #require(Bundle.module.path(forResource: "Fixtures/\(name)", ofType: "txt"))
        guard blankLinesBetween else { return try Repository.extract(file: path, source: "\(name).txt") }
        let text = try String(contentsOfFile: path, encoding: .utf8).replacingOccurrences(of: "\n", with: "\n\n")
        return try Repository.extract(text: text, source: "\(name).txt")
    }

    /// The first 24 characters of each article's headline.
    static func headlines(_ docs: [Document]) -> [Substring?] { docs.map { $0.headline?.prefix(24) } }

    /// Pages of the Economist, the Financial Times, the Times of India, the New York Times and
    /// Bloomberg one after another (held-out probe rounds 221 and 222): a print edition's closing
    /// credit ends a page, a photo between the standfirst and the Published line leaves the header
    /// whole, and the widgets' labels ("Text Size", "Small", "Image", "SKIP ADVERTISEMENT",
    /// "Takeaways by Bloomberg AI") and closing notes ("— With assistance from …", "(Updates with
    /// …)") are no body.
    @Test func paywalledPagesSplitWithTheirHeaders() throws {
        let docs = try Self.fixtureDump("paywall-pages-dump")
        #expect(Self.headlines(docs) == ["Pakistan and Afghanistan", "Pakistan and Afghanistan", "Pakistan airstrikes kill",
                                                         "Pakistan and Afghanistan", "Pakistan Says Afghan Tal"])
        #expect(docs.map(\.published) == [Day(2025, 10, 16), Day(2025, 10, 15), Day(2025, 10, 18), Day(2025, 10, 12), Day(2025, 11, 7)])
        #expect(docs.map { $0.standfirst?.prefix(24) } == ["The Taliban’s former pat", "Islamabad accuses Taliba", nil,
                                                           "The clashes, among the w", nil])
        for junk in ["Asia section", "Text Size", "Medium", "SKIP ADVERTISEMENT", "Image\n", "Credit...", "Takeaways", "With assistance", "(Updates",
                     "Enjoy more audio", "© AFP", "All rights reserved", "Order Reprints"] {
            #expect(!docs.contains { $0.text.contains(junk) }, "\(junk)")
        }
    }

    /// Agency copy as Indian, Chinese and Gulf outlets print it (held-out probe round 223): a
    /// Hindu page's closing "Published - …" stamp, over the next page's title or at the input's
    /// end, opens no article; "Source(s): Xinhua" closes a page; an update stamp under a
    /// "Highlights" list dates its page, whose items stay body.
    @Test func agencyCopyPagesKeepTheirEndsAndHeaders() throws {
        let docs = try Self.fixtureDump("agency-copy-dump")
        #expect(Self.headlines(docs) == ["Pakistan says 23 soldier", "Pakistan, Afghanistan ag", "Pakistan: Death toll in ",
                                                         "Pakistan says 23 soldier"])
        #expect(docs.map(\.published) == [Day(2025, 10, 12), Day(2025, 10, 30), Day(2025, 11, 12), Day(2025, 10, 12)])
        #expect(docs.allSatisfy { $0.publishedSource == .line })
        #expect(docs[0].text.contains("explosions in Kabul on Thursday") && docs[3].text.contains("explosions in Kabul on Thursday"))
        #expect(docs[2].text.hasPrefix("Highlights\nSuicide bomber struck"))
        for junk in ["PTI\n", "CGTN", "Source(s)", "Sana Jamal", "Published -"] {
            #expect(!docs.contains { $0.text.contains(junk) }, "\(junk)")
        }
    }

    /// Nikkei Asia, The National and WION pages (held-out probe round 224): an author with a role
    /// after a comma ("ADNAN AAMIR, Contributing writer") is a byline; a closing "Updated: …"
    /// stamp over the next page's title opens nothing; a "Story highlights" list between that
    /// title and its date leaves the title the page's headline and stays body.
    @Test func aHighlightsListUnderTheHeadline() throws {
        let docs = try Self.fixtureDump("highlights-pages-dump")
        #expect(Self.headlines(docs) == ["Pakistan-Afghanistan cla", "Pakistan and Afghanistan", "Pakistan-Afghanistan bor"])
        #expect(docs.map(\.published) == [Day(2025, 10, 16), Day(2025, 10, 15), Day(2025, 10, 14)])
        #expect(docs[1].text.hasSuffix("at least three others suffered injuries.\n") || docs[1].text.hasSuffix("at least three others suffered injuries."))
        #expect(docs[2].text.hasPrefix("Story highlights\nFresh fighting erupted in Kurram"))
        #expect(!docs.contains { $0.text.contains("ADNAN AAMIR") || $0.text.contains("Edited By") || $0.text.contains("Updated:") })
        // The same with a blank line between all lines, as some dumps set them.
        let spacedDocs = try Self.fixtureDump("highlights-pages-dump", blankLinesBetween: true)
        #expect(Self.headlines(spacedDocs) == Self.headlines(docs))
        #expect(spacedDocs.map(\.published) == docs.map(\.published))
    }

    /// Undated articles on the topic of the article before them (the held-out probe round 25): a
    /// summary right over a lede whose opening clause is in the present perfect ("The Pakistani
    /// government has ordered…", "Afghan and Pakistani forces have exchanged heavy fire…") opens
    /// an article; both had been merged into the article above. Background in that tense ("Pakistan
    /// has long accused…", "The TTP is a separate group and has been…") is no lede (the corpus
    /// keeps its thirteen articles: ``eachArticleAloneIsOneArticle`` and the dev Output).
    @Test func aSummaryOverAPresentPerfectLedeOpensAnArticle() throws {
        let path = try #require(Bundle.module.path(forResource: "Fixtures/perfect-lede-dump", ofType: "txt"))
        let docs = try Repository.extract(file: path, source: "perfect-lede-dump.txt")
        #expect(docs.map { $0.standfirst?.prefix(24) } == ["Gunmen target a police p", "Pakistan says the fighte", "Thousands of Afghans hav",
                                                           "The three-day meeting of", "Pakistan says one soldie"])
        #expect(ArticleSplitter.hasPerfectLede("Afghan and Pakistani forces have exchanged heavy fire at several points along their border."))
        for line in ["Pakistan has long accused India of supporting the group.", "The TTP is a separate group and has been emboldened since 2021.",
                     "Pakistan is said to have backed Taliban fighters.", "The Taliban has denied giving haven to armed groups."] {
            #expect(!ArticleSplitter.hasPerfectLede(line), "\(line)")
        }
    }

    /// An undated explainer whose summary opens with a clause of "As" ("As the neighbours trade
    /// threats, the disputed colonial-era frontier is…"), under a dated article (the held-out
    /// probe round 103): "As" had counted as a connective that continues the paragraph above,
    /// and the explainer was merged into that article. "As a result" still continues one.
    @Test func aSummaryOpeningWithAsClauseOpensAnArticle() throws {
        let path = try #require(Bundle.module.path(forResource: "Fixtures/as-clause-dump", ofType: "txt"))
        let docs = try Repository.extract(file: path, source: "as-clause-dump.txt")
        #expect(docs.map { $0.standfirst?.prefix(24) } == ["Aid agencies say familie", "As the neighbours trade ", "The Afghanistan Cricket "])
        #expect(ArticleSplitter.opensWithContinuation("As a result, the crossing stayed shut."))
        #expect(!ArticleSplitter.opensWithContinuation("As the neighbours trade threats, the frontier is again in dispute."))
    }

    /// A Xinhua page (the held-out probe round 26): its header line "Source: Xinhua | 2025-11-13
    /// 16:45:30 | Editor: huaxia" dates it (it had been read as the agency credit that closes a
    /// page), and its dateline ends in a double hyphen; it had been merged into the page above.
    @Test func aXinhuaPageIsAnArticleOfItsDay() throws {
        let path = try #require(Bundle.module.path(forResource: "Fixtures/wire-pages-dump", ofType: "txt"))
        let docs = try Repository.extract(file: path, source: "wire-pages-dump.txt")
        try #require(docs.count == 5)
        // (The fourth, undated, is inferred; only the stated dates are pinned.)
        #expect([0, 1, 2, 4].map { docs[$0].published } == [Day(2025, 11, 20), Day(2025, 11, 17), Day(2025, 11, 13), Day(2025, 10, 12)])
        #expect(docs[2].headline == "Pakistan's security forces kill 4 militants in northwest")
        #expect(docs[2].publishedSource == .line)
        #expect(docs[2].text.hasPrefix("ISLAMABAD, Nov. 13 (Xinhua) --"))
    }

    /// An undated article between neighbours eight months apart that names a month alone ("In
    /// August, the BLA carried out coordinated attacks…") is dated in the two weeks before its
    /// newer neighbour, as one that names nothing: the month had held it to early August (the
    /// held-out probe round 28; it was published on Saturday, November 9, 2024).
    @Test func aMonthNamedAloneDoesNotHoldAnArticleNearIt() throws {
        let path = try #require(Bundle.module.path(forResource: "Fixtures/month-named-dump", ofType: "txt"))
        let docs = try Repository.extract(file: path, source: "month-named-dump.txt")
        #expect(docs.map(\.published) == [Day(2024, 11, 22), Day(2024, 11, 9), Day(2024, 3, 18)])
    }

    /// A wire story ("ISLAMABAD (AP) — …") under a dated page (the held-out probe round 115):
    /// it has no summary, so the paragraph over its dateline, shaped as a standfirst, is the
    /// page's last paragraph and stays there; a summary over a plain dateline still opens its article.
    @Test func aWireStoryHasNoSummaryOverItsDateline() throws {
        let path = try #require(Bundle.module.path(forResource: "Fixtures/wire-after-page-dump", ofType: "txt"))
        let docs = try Repository.extract(file: path, source: "wire-after-page-dump.txt")
        try #require(docs.count == 3)
        #expect(docs[0].text.contains("earlier this month that killed dozens of soldiers and civilians."))
        #expect(docs[1].standfirst == nil && docs[1].text.hasPrefix("ISLAMABAD (AP) —"))
        #expect(ArticleSplitter.isWireDateline("KABUL, Oct 12 (Reuters) - The Taliban said"))
        #expect(!ArticleSplitter.isWireDateline("Kabul, Afghanistan – The Taliban said"))
    }

    /// An undated article under a newer neighbour, with none older (the held-out probe round
    /// 113): a month named alone ("1.1 million since July") had set its lower bound, and it was
    /// dated to July; only a day the text names holds it, so it lies in the two weeks under its
    /// neighbour, at the latest day its weekdays fit. The column above it ends with a
    /// newspaper's note on its writer ("The writer is a former … ambassador to Afghanistan"),
    /// which is no body text.
    @Test func aMonthNamedAloneDoesNotHoldAnArticleUnderANewerNeighbourOnly() throws {
        let path = try #require(Bundle.module.path(forResource: "Fixtures/newer-only-dump", ofType: "txt"))
        let docs = try Repository.extract(file: path, source: "newer-only-dump.txt")
        #expect(docs.map(\.published) == [Day(2025, 12, 3), Day(2025, 11, 30)])
        #expect(!docs[0].places.contains { $0.place.name == "Afghanistan" })
    }

    /// "next to a police vehicle" and "minutes before detonating" speak of no future: the
    /// weekdays after them still count as the most recent ones.
    @Test func placeAndSequenceWordsAreNoFutureCues() throws {
        let text = """
            The bomber waited for about 12 minutes before detonating his explosives next to a police vehicle shortly after noon on Tuesday, officials said.
            Police officers inspect the site of the suicide bombing in Islamabad, Pakistan, November 11, 2025 [Anjum Naveed/AP]
            The attack came less than 24 hours after fighters attacked a college in Wana on Monday evening.

            """
        var warnings: [String] = []
        let docs = try Repository.resources.reader().documents(bytes: Array(text.utf8), path: "alone.txt", warnings: &warnings)
        #expect(docs.map(\.published) == [Day(2025, 11, 11)])
    }

    /// A scheduled happening told in the present ("expires on Friday") lies ahead: its weekday
    /// does not pull publication forward.
    @Test func aPresentTenseScheduleIsNoPastWeekday() throws {
        let text = """
            Pakistan and Afghanistan agreed on Wednesday to a 48-hour ceasefire, which expires on Friday evening.
            A soldier stands guard in Chaman, Pakistan, October 15, 2025 [AP]

            """
        var warnings: [String] = []
        let docs = try Repository.resources.reader().documents(bytes: Array(text.utf8), path: "alone.txt", warnings: &warnings)
        #expect(docs.map(\.published) == [Day(2025, 10, 15)])
    }

    /// A month named alone in past context ("in July alone") raises the lower bound of an
    /// undated article between dated neighbours: publication comes after that month began. With
    /// the neighbours three months apart it does not hold the article near the month: the two
    /// weeks before the newer neighbour are read, and the first Monday there fits "on Monday"
    /// (the order this article is modelled on was published on Monday, August 4, 2025; the month
    /// had given July 7).
    @Test func aPastMonthRaisesTheLowerBound() throws {
        let text = """
            Floods kill dozens in Pakistan’s northwest
            Rescue teams search for the missing after cloudbursts in Buner.
            Published On 16 Aug 202516 Aug 2025
            Share
            Flash floods have killed at least 150 people in Khyber Pakhtunkhwa, officials said on Saturday.
            Rescue workers are searching for dozens of missing people in Buner district.
            Recommended Stories
            list of 3 itemsend of list
            The provincial government declared an emergency in the worst-hit districts.
            More rain is forecast for the coming week, the meteorological department said.
            Afghan refugees told to leave Pakistan by September 1
            Holders of registration cards must leave or face arrest, the interior ministry says.
            Islamabad, Pakistan – Pakistan has ordered Afghan refugees holding registration cards to leave the country, the interior ministry said on Monday.
            About 80,000 Afghans crossed at Torkham and Chaman in July alone, according to the UN migration agency.
            Recommended Stories
            list of 3 itemsend of list
            Rights groups urged Islamabad to halt the expulsions, saying returnees face hardship.
            Aid agencies say their funding for Afghanistan has fallen sharply this year.
            Bomb hits school bus in Balochistan, killing five
            Pakistan blames India for the attack in Khuzdar, which New Delhi denies.
            Published On 21 May 202521 May 2025
            Share
            At least five people, including three children, were killed when a bomb hit a school bus in Khuzdar on Wednesday, officials said.
            Dozens of children were wounded, some critically.
            Recommended Stories
            list of 3 itemsend of list
            No group has claimed responsibility for the attack.
            The military blamed what it called Indian proxies.

            """
        var warnings: [String] = []
        let docs = try Repository.resources.reader().documents(bytes: Array(text.utf8), path: "dump.txt", warnings: &warnings)
        #expect(docs.map(\.published) == [Day(2025, 8, 16), Day(2025, 8, 4), Day(2025, 5, 21)])
    }

    /// A dump that states no date: the dates two articles' captions give (newest first) order
    /// it, and the article between them is dated by its weekday within that span.
    @Test func datesFromEvidenceOrderAnUndatedDump() throws {
        let text = """
            The Taliban government says the strikes hit a house in Gurbuz district shortly after midnight.
            Kabul, Afghanistan – Pakistani air strikes on a house in Khost province have killed ten people, the Taliban government says.
            Zabihullah Mujahid said on X on Tuesday that the strikes hit the home of a local resident.
            Afghan men gather near the rubble of a house destroyed in an air strike in Khost province, Afghanistan, November 25, 2025 [Stringer/Reuters]
            Relations between the neighbours have deteriorated sharply since October.
            Source: Al Jazeera
            Traders on both sides count their losses as the main crossing between the two countries stays shut.
            Peshawar, Pakistan – Hundreds of lorries have been stuck for weeks on the road to Torkham, officials say.
            Officials in Nangarhar province said on Sunday that more than 5,000 containers were waiting at the crossing.
            The Pakistan-Afghanistan chamber of commerce estimates that traders are losing about $1m a day.
            Source: Al Jazeera
            Afghan officials say women and children are among the dead after Pakistani strikes on Kabul and Kandahar.
            Kabul, Afghanistan – The death toll from Pakistani air strikes on Kabul has risen to 15, Taliban officials say.
            The strikes late on Wednesday hit a residential area in Kabul and a market in Spin Boldak.
            Residents remove debris from a house damaged by Wednesday’s drone attacks, in Kabul, Afghanistan, Thursday, October 16, 2025 [Siddiqullah Alizai/AP Photo]
            Pakistan’s Foreign Office said on Thursday that Islamabad wanted a constructive dialogue.

            """
        var warnings: [String] = []
        let docs = try Repository.resources.reader().documents(bytes: Array(text.utf8), path: "dump.txt", warnings: &warnings)
        #expect(docs.count == 3)
        #expect(docs.first?.published == Day(2025, 11, 25))
        #expect(docs.last?.published == Day(2025, 10, 16))
        // The middle one, which names only a Sunday: a Sunday between them.
        let middle = try #require(docs.dropFirst().first?.published)
        #expect(middle > Day(2025, 10, 16)! && middle < Day(2025, 11, 25)! && middle.weekday == Day(2025, 10, 19)!.weekday)
    }

    /// An opinion page's disclaimer (and the author's biography under it) closes the piece as
    /// an agency credit does: the summary after it opens the next article.
    @Test func anOpinionDisclaimerClosesItsArticle() throws {
        let text = """
            Pakistan’s strikes on Kabul mark a dangerous new phase, and neither side can win a war of attrition.
            Published On 17 Oct 202517 Oct 2025
            Islamabad has long insisted that it wants a stable Afghanistan. Its actions this month suggest otherwise.
            For decades, Pakistani policymakers have spoken of strategic depth in Afghanistan.
            Four years on, the TTP has grown stronger, and attacks rose sharply in 2024.
            The border will stay volatile unless both governments talk.
            The views expressed in this article are the author’s own and do not necessarily reflect Al Jazeera’s editorial stance.
            Ahmed Rashid is a Pakistani journalist and author of several books on Afghanistan.
            Gunmen storm a police post as violence in the northwest rises again.
            Six soldiers were killed when militants attacked a checkpoint in Bannu before dawn on Thursday.
            The attackers were killed in the exchange of fire that followed.
            No group claimed the attack, which came as talks with Kabul stalled.
            Officials said the checkpoint had been attacked twice this year.
            Floods kill dozens in the northwest
            Published On 10 Oct 202510 Oct 2025
            Flash floods have killed at least 30 people in Swat, officials said on Friday.

            """
        var warnings: [String] = []
        let docs = try Repository.resources.reader().documents(bytes: Array(text.utf8), path: "t.txt", warnings: &warnings)
        #expect(docs.count == 3)
        #expect(docs.dropFirst().first?.lines.first?.text.hasPrefix("Gunmen storm a police post") == true)
    }

    /// A dump with one stated date is taken to run newest first: the undated article after it
    /// is dated before it, on the latest day that fits its weekdays (it had no date at all).
    @Test func oneStatedDateBoundsTheArticleBelowIt() throws {
        let text = """
            Taliban officials say strikes on Paktika killed civilians; Pakistan says it targeted hideouts.
            Published On 18 Oct 202518 Oct 2025
            Share
            Pakistani air strikes on the eastern Afghan province of Paktika have killed at least 10 civilians, Taliban officials say.
            The strikes hit homes in the Urgun and Barmal districts late on Friday, a provincial spokesman said.
            The 48-hour ceasefire agreed on Wednesday expired on Friday evening.
            Source: Al Jazeera
            Pakistan says it captured 19 Afghan border posts; the Taliban say they seized 25 Pakistani posts.
            Islamabad, Pakistan – Pakistan and Afghanistan have both claimed heavy losses after a night of fighting along their border.
            Pakistan’s military said on Sunday that 23 soldiers had been killed and 29 wounded.
            The fighting erupted late on Saturday at several points along the border.

            """
        var warnings: [String] = []
        let docs = try Repository.resources.reader().documents(bytes: Array(text.utf8), path: "dump.txt", warnings: &warnings)
        #expect(docs.map(\.published) == [Day(2025, 10, 18), Day(2025, 10, 12)])
    }

    /// An undated analysis whose summary under the title has no full stop (as the Guardian and
    /// the BBC print them): the summary is its standfirst, not the lede, so the places it names
    /// ("neither Islamabad nor Kabul") are not body text.
    @Test func anUnpunctuatedSummaryUnderATitleIsTheStandfirst() throws {
        let text = """
            Pakistan reopens Torkham for Afghan refugees only as trade stays suspended
            Published On 2 Dec 20252 Dec 2025
            Share
            Pakistan on Tuesday partially reopened the Torkham border crossing, allowing only Afghan refugees to cross, officials said.
            Traders in Landi Kotal said hundreds of trucks had been stuck on both sides of the border since October 12.
            Why Pakistan and the Taliban keep coming back to the negotiating table
            Analysis: For all the threats of ‘open war’, neither Islamabad nor Kabul can afford a long conflict
            Six weeks after the worst border clashes in decades, Pakistan and Afghanistan’s Taliban rulers are once again talking.
            Talks in Doha in October produced a ceasefire, and two rounds in Istanbul collapsed without a deal.
            The costs of confrontation are mounting for traders and fruit growers in Kandahar.
            Five soldiers killed in Bajaur and North Waziristan, military says
            Published On 28 Nov 202528 Nov 2025
            Share
            Five soldiers were killed in two engagements in Bajaur and North Waziristan, the military said on Friday.
            Fourteen fighters were also killed, it said.

            """
        var warnings: [String] = []
        let docs = try Repository.resources.reader().documents(bytes: Array(text.utf8), path: "dump.txt", warnings: &warnings)
        try #require(docs.count == 3)
        #expect(docs[1].headline == "Why Pakistan and the Taliban keep coming back to the negotiating table")
        #expect(docs[1].standfirst?.hasPrefix("Analysis: For all the threats") == true)
    }

    /// A headline that ends with a quoted word ("… has cost both sides ‘billions’") is still a
    /// headline: the dated byline under it opens its article, which had been merged into the one
    /// above.
    @Test func aHeadlineEndingInAQuotedWordOpensItsArticle() throws {
        let text = """
            Suicide blast near Bannu cantonment kills two soldiers, injures 17
            Web Desk
            Thursday Nov 27, 2025
            BANNU: Two soldiers were martyred and 17 people were injured when a suicide bomber struck a security forces vehicle, police said.
            Khyber Pakhtunkhwa Chief Minister Sohail Afridi condemned the attack.
            Afghanistan: Taliban minister says Pakistan trade halt has cost both sides ‘billions’
            By Khaama Press - November 24, 2025
            The Taliban commerce minister said on Sunday that the closure of border crossings had cost traders on both sides billions.
            Trade through Torkham has been suspended since October 12.

            """
        var warnings: [String] = []
        let docs = try Repository.resources.reader().documents(bytes: Array(text.utf8), path: "dump.txt", warnings: &warnings)
        #expect(docs.map(\.published) == [Day(2025, 11, 27), Day(2025, 11, 24)])
        #expect(docs.last?.headline == "Afghanistan: Taliban minister says Pakistan trade halt has cost both sides ‘billions’")
    }

    /// A France 24 page (reading time, a caption ending "© Name, AFP", "Text by:" over the outlet,
    /// "Follow", a closing "(FRANCE 24 with AFP and Reuters)" and a "Read more" link), a DW page
    /// right under its link (headline, summary, the date in figures run into the date in words,
    /// the page's address, an editor's credit and an author box) and an undated RFE/RL page (a
    /// title-case headline over "By …"): three articles, each with its header and nothing else.
    @Test func franceTwentyFourDWAndRFERLPages() throws {
        let text = """
            Pakistan and Afghanistan agree to 'immediate ceasefire' after talks in Doha
            The deal follows a week of the worst fighting between the neighbours since the Taliban returned to power.
            Issued on: 19/10/2025 - 05:32Modified: 19/10/2025 - 11:47
            3 min Reading time
            Afghan Taliban fighters stand guard near the Torkham border crossing on October 15, 2025. © Wakil Kohsar, AFP
            Text by:
            FRANCE 24
            Follow
            Pakistan and Afghanistan agreed to an immediate ceasefire early on Sunday after talks in Doha mediated by Qatar and Turkey.
            Pakistan's Defence Minister Khawaja Asif wrote on X that the delegations would meet again in Istanbul on October 25.
            Afghan officials said Pakistani air strikes on Friday night had killed at least 10 civilians in Paktika province.
            Relations between the neighbours have soured since the Taliban returned to power in 2021.
            (FRANCE 24 with AFP and Reuters)
            Read more
            Pakistan, Afghanistan agree to 48-hour truce after deadly border fighting
            Pakistan and Afghanistan trade blame as border clashes kill dozens
            Fresh fighting broke out at the Spin Boldak crossing, with both sides reporting casualties. Islamabad and Kabul accuse each other.
            10/12/2025October 12, 2025
            https://p.dw.com/p/4y9QK
            Image: Abdul Basir Zaheer/AFP
            At least 12 civilians were killed and more than 100 wounded on Sunday when Pakistani forces fired on Spin Boldak, a Taliban spokesman said.
            Pakistan's military said Taliban forces had attacked Pakistani border posts near Chaman in Balochistan province before dawn.
            Pakistan accuses Kabul of sheltering the Pakistani Taliban, which has carried out a wave of attacks since 2021.
            Edited by: Rana Taha
            Maria Sakhi
            DW's correspondent in Kabul
            Seven Police Killed In Militant Assault On Training Center In Northwest Pakistan
            By Abubakar Siddique
            Militants stormed a police training school in Dera Ismail Khan late on October 10, killing seven police officers, officials said.
            The regional police chief said 13 other people were wounded and that all six attackers were killed.
            The Pakistani Taliban claimed responsibility for the attack in a statement sent to journalists.

            """
        let docs = try Repository.extract(text: text, source: "f24-dw.txt")
        try #require(docs.count == 3)
        #expect(docs[0].published == Day(2025, 10, 19))
        // Both orders of "10/12/2025" are dates; the words after it say which.
        #expect(docs[1].published == Day(2025, 10, 12))
        #expect(docs.map { $0.headline?.split(separator: " ").prefix(4).joined(separator: " ") } == [
            "Pakistan and Afghanistan agree", "Pakistan and Afghanistan trade", "Seven Police Killed In",
        ])
        #expect(docs[0].text.hasPrefix("Pakistan and Afghanistan agreed"))
        #expect(docs[0].text.hasSuffix("returned to power in 2021."))
        #expect(docs[1].text.hasPrefix("At least 12 civilians"))
        #expect(docs[1].text.hasSuffix("since 2021."))
        #expect(docs[2].text.hasPrefix("Militants stormed"))
    }

    /// A UN News page ("24 October 2025 Peace and Security"), a Long War Journal page ("October
    /// 14, 2025 | Bill Roggio") and a New York Times page ("Share full article", a caption run
    /// into "Credit...", the print edition's credit dated the day after): three articles, each
    /// dated by its header, with none of that debris in its text.
    @Test func unNewsLongWarJournalAndNewYorkTimesPages() throws {
        let text = """
            Afghanistan: UN mission reports dozens of civilian deaths in border clashes with Pakistan
            24 October 2025 Peace and Security
            At least 50 civilians were killed and 447 injured on the Afghan side of the border this month, the UN mission said on Friday.
            Most of the casualties were recorded in Spin Boldak district of Kandahar province on 15 October.
            Pakistani Taliban claims deadly assault on police in Dera Ismail Khan
            October 14, 2025 | Bill Roggio
            The TTP claimed credit for a complex assault on a police training school in Dera Ismail Khan that killed seven policemen on Oct. 10.
            Six TTP fighters were killed during the hours-long battle, according to Pakistani officials.
            Pakistan and Afghanistan Clash Along Border After Airstrikes in Kabul
            The fighting, among the most intense in years, came days after Pakistan was accused of striking the Afghan capital.
            Share full article
            A Taliban fighter at a checkpoint in Kabul on Sunday.Credit...Wakil Kohsar/Agence France-Presse — Getty Images
            By Salman Masood and Najim Rahim
            Oct. 12, 2025
            Pakistani and Afghan forces fought fierce battles along their border overnight into Sunday.
            Pakistan’s military said on Sunday that 23 of its soldiers had been killed and 29 wounded in the fighting.
            A version of this article appears in print on Oct. 13, 2025, Section A, Page 9 of the New York edition with the headline: Pakistan and Afghanistan Trade Fire on Border.

            """
        let docs = try Repository.extract(text: text, source: "un-lwj-nyt.txt")
        try #require(docs.count == 3)
        #expect(docs.map(\.published) == [Day(2025, 10, 24), Day(2025, 10, 14), Day(2025, 10, 12)])
        #expect(docs.map { $0.headline?.split(separator: " ").prefix(3).joined(separator: " ") } == [
            "Afghanistan: UN mission", "Pakistani Taliban claims", "Pakistan and Afghanistan",
        ])
        #expect(docs[0].text.hasPrefix("At least 50 civilians"))
        #expect(docs[1].text.hasPrefix("The TTP claimed"))
        #expect(docs[2].text.hasPrefix("Pakistani and Afghan forces"))
        #expect(docs[2].text.hasSuffix("in the fighting."))
    }

    /// An Arab News page ("Updated 08 October 2025", the author's name, then the date and time)
    /// and a TRT World page (its "Related" label run into the linked headline): two articles,
    /// the author's name no headline of its own, the glued link in neither text.
    @Test func aNameBetweenTwoDatesAndAGluedRelatedLink() throws {
        let text = """
            Pakistan says 11 soldiers killed in militant ambush near Afghan border
            Updated 08 October 2025
            Saima Shabbir
            October 08, 2025 21:14
            Follow
            ISLAMABAD: Eleven Pakistani soldiers were killed in an ambush by militants in the Orakzai district, the military said on Wednesday.
            The security forces killed 19 militants in the exchange of fire, the military said.
            Pakistan says it killed over 200 Taliban fighters in border clashes
            Pakistani military says 23 of its soldiers were killed in overnight fighting, while Kabul says nine of its fighters died.
            TRT World and Agencies
            12 Oct 2025
            Pakistan's army said on Sunday that more than 200 Taliban and affiliated fighters were killed in clashes along the border overnight.
            RelatedTRT World - Afghanistan accuses Pakistan of violating airspace after Kabul blasts
            Border crossings at Torkham and Chaman were shut on Sunday, stranding hundreds of trucks.

            """
        let docs = try Repository.extract(text: text, source: "arabnews-trt.txt")
        try #require(docs.count == 2)
        #expect(docs.map(\.published) == [Day(2025, 10, 8), Day(2025, 10, 12)])
        #expect(docs[0].headline == "Pakistan says 11 soldiers killed in militant ambush near Afghan border")
        #expect(docs[0].text.hasPrefix("ISLAMABAD: Eleven"))
        #expect(!docs[1].text.contains("Afghanistan accuses"))
        #expect(docs[1].text.hasSuffix("hundreds of trucks."))
    }

    /// A Human Rights Watch release (title, an unpunctuated deck, share buttons "via" each
    /// network, then "(New York, October 21, 2025) – …") and a ReliefWeb report page (its fields,
    /// each label over its value, and a press contact at its foot): two articles, each with its
    /// header read and none of those lines in its text.
    @Test func aHumanRightsWatchReleaseAndAReliefWebPage() throws {
        let text = """
            Pakistan/Afghanistan: Protect Civilians in Border Fighting
            Investigate Apparent Unlawful Attacks on Homes, Markets
            Share this via Facebook
            Share this via X
            Other ways to share
            Print
            (New York, October 21, 2025) – Pakistani and Afghan forces should take all feasible precautions to minimize harm to civilians, Human Rights Watch said today.
            Pakistani airstrikes in Paktika province on October 17 killed at least 10 civilians, according to residents.
            Afghanistan: Flash Update No. 2 - Cross-border clashes in Kandahar and Kunar provinces (as of 17 October 2025)
            Format
            Situation Report
            Source
            OCHA
            Posted
            17 Oct 2025
            Originally published
            17 Oct 2025
            Origin
            View original
            KEY HIGHLIGHTS
            Clashes on 15 October in Spin Boldak district killed at least 40 civilians and injured 170 others, according to health authorities.
            Humanitarian partners delivered emergency food to 3,400 people in Spin Boldak on 16 October.
            For further information, please contact:
            Sarah Lemaire, Head of Public Information, OCHA Afghanistan, lemaire@un.org

            """
        let docs = try Repository.extract(text: text, source: "hrw-reliefweb.txt")
        try #require(docs.count == 2)
        #expect(docs[0].headline == "Pakistan/Afghanistan: Protect Civilians in Border Fighting")
        #expect(docs[0].standfirst == "Investigate Apparent Unlawful Attacks on Homes, Markets")
        #expect(docs[0].text.hasPrefix("(New York, October 21, 2025) – Pakistani"))
        #expect(docs[1].published == Day(2025, 10, 17))
        #expect(docs[1].headline?.hasPrefix("Afghanistan: Flash Update No. 2") == true)
        #expect(docs[1].text.hasPrefix("KEY HIGHLIGHTS"))
        #expect(docs[1].text.hasSuffix("on 16 October."))
    }

    /// An undated page opened by the outlet's name over its title, a relative time with a reading
    /// time, then a dateline lede (as Hasht-e Subh pages scrape): the title is the headline, and
    /// neither the name nor the time is text.
    @Test func anOutletsNameOverAnUndatedTitle() throws {
        let text = """
            Hasht-e Subh
            Taliban Fighters Killed in Clash with Pakistani Forces in Kunar
            1 hour ago · 3 min read
            KUNAR — At least three Taliban fighters were killed and four others wounded in overnight clashes in the Dangam district of Kunar province, local sources said on Tuesday, October 28.
            A resident of Dangam said mortar shells also hit two houses in the village of Shalatak.

            """
        let docs = try Repository.extract(text: text, source: "hasht-e-subh.txt")
        try #require(docs.count == 1)
        #expect(docs[0].headline == "Taliban Fighters Killed in Clash with Pakistani Forces in Kunar")
        #expect(docs[0].text.hasPrefix("KUNAR — At least three"))
    }

    /// A BBC page followed by an NDTV page (its header line of fields parted by bars with the date
    /// last, "Read Time: 3 mins", a closing prompt to follow its news): two articles, the second
    /// dated by its header line and without the prompt.
    @Test func anNDTVPageUnderABBCPage() throws {
        let text = """
            Pakistan-Afghanistan clashes: Dozens killed as neighbours trade fire
            12 October 2025
            Caroline Davies
            BBC Pakistan correspondent
            Pakistan says 23 of its soldiers have been killed in overnight clashes with Afghan forces.
            The fighting began on Saturday night, after Afghanistan accused Pakistan of carrying out air strikes in Kabul on Thursday.
            Pakistan-Afghanistan Border Clashes: 58 Pakistani Soldiers Killed, Claims Taliban
            The Taliban said it carried out “retaliatory operations” along the Durand Line after Pakistani airstrikes in Kabul.
            World News | Edited by Anjali Thakur | Updated: October 13, 2025 11:21 am IST
            Read Time: 3 mins
            The Taliban on Sunday claimed to have killed 58 Pakistani soldiers in overnight clashes along the border.
            India has reopened its embassy in Kabul, Foreign Minister S Jaishankar announced on Friday.
            Track Latest News Live on NDTV.com and get news updates from India and around the world

            """
        let docs = try Repository.extract(text: text, source: "bbc-ndtv.txt")
        try #require(docs.count == 2)
        #expect(docs.map(\.published) == [Day(2025, 10, 12), Day(2025, 10, 13)])
        #expect(docs[1].headline == "Pakistan-Afghanistan Border Clashes: 58 Pakistani Soldiers Killed, Claims Taliban")
        #expect(docs[1].text.hasPrefix("The Taliban on Sunday"))
        #expect(docs[1].text.hasSuffix("announced on Friday."))
    }

    /// A date line's headline is looked for over eight lines that are not blank: in a dump with a
    /// blank line between all its lines, a ReliefWeb page's fields (twelve lines with their
    /// blanks) still stand between its headline and its date, and the page is an article of its own.
    @Test func aHeadlineOverFieldsInADumpWithBlankLines() throws {
        let lines = [
            "Security forces kill 4 khwarij in North Waziristan: ISPR",
            "October 20, 2025",
            "Security forces have killed four khwarij in an intelligence based operation in North Waziristan District.",
            "Meanwhile, one soldier was martyred in an exchange of fire with terrorists in Lakki Marwat district on Sunday.",
            "Afghanistan: Flash Update No. 2 - Cross-border clashes in Kandahar and Kunar provinces (as of 17 October 2025)",
            "Format", "Situation Report", "Source", "OCHA", "Posted", "17 Oct 2025",
            "Clashes on 15 October in Spin Boldak district killed at least 40 civilians, according to health authorities.",
            "Humanitarian partners delivered emergency food to 3,400 people in Spin Boldak on 16 October.",
        ]
        let docs = try Repository.extract(text: lines.joined(separator: "\n\n") + "\n", source: "blank-lines.txt")
        try #require(docs.count == 2)
        #expect(docs.map(\.published) == [Day(2025, 10, 20), Day(2025, 10, 17)])
        #expect(docs[0].text.hasSuffix("on Sunday."))
        #expect(docs[1].text.hasPrefix("Clashes on 15 October"))
    }

    /// A section's name over the headline ("World", as the Washington Post prints it) is neither
    /// the headline nor text; the headline under it is the headline, not a standfirst.
    @Test func aSectionNameOverTheHeadlineIsNoHeadline() throws {
        let text = """
            World
            Pakistan says it killed dozens of militants in raids near Afghan border
            By Rick Noack and Haq Nawaz Khan
            November 20, 2025 at 7:12 a.m. EST
            PESHAWAR, Pakistan — Pakistani security forces killed 30 militants in a series of raids, the military said Thursday.
            Four soldiers were killed in the fighting, it said.

            """
        let docs = try Repository.extract(text: text, source: "section.txt")
        try #require(docs.count == 1)
        #expect(docs[0].published == Day(2025, 11, 20))
        #expect(docs[0].headline == "Pakistan says it killed dozens of militants in raids near Afghan border")
        #expect(docs[0].standfirst == nil)
        #expect(docs[0].text.hasPrefix("PESHAWAR, Pakistan"))
    }

    /// A Business Recorder page (its section "Pakistan" over the headline, a dated wire byline,
    /// a closing "Copyright Business Recorder, 2025"), an undated page right under that notice,
    /// and an Independent page with two sections' names ("World", "Asia") over its headline:
    /// three articles, no section name in any text.
    @Test func sectionNamesAndACopyrightNoticeBetweenPages() throws {
        let text = """
            Pakistan
            Suicide attack near FC headquarters in Quetta kills 10
            Reuters | Published September 30, 2025
            QUETTA: A suicide car bombing and gun attack near the headquarters of the Frontier Corps in Quetta killed 10 people on Tuesday, officials said.
            Balochistan Health Minister Bakht Muhammad Kakar said 32 people were wounded, several of them critically.
            Earlier this month, a suicide bomber killed 15 people at a political rally in the city.
            Copyright Business Recorder, 2025
            Pakistani shelling wounds two children in Kunar
            Pakistani forces fired more than 30 mortar shells into Kunar’s Dangam district on Thursday night, wounding two children, local officials said on Friday.
            Residents said it was the third such attack this month. In August, a woman was killed when a shell struck her house in the Shigal district.
            The Taliban’s defence ministry warned that it would respond to further violations of Afghan territory.
            World
            Asia
            Dozens killed in explosions at village in Pakistan’s Tirah valley
            Residents blame air strike; police say bomb-making materials stored by militants detonated
            Namita Singh
            Tuesday 23 September 2025 11:42 BST
            At least 24 people were killed when a series of explosions flattened several houses in a village in Pakistan’s Tirah valley, police said.
            The blasts struck a village in the Khyber district of Khyber Pakhtunkhwa in the early hours of Monday.

            """
        // The same with a blank line between all lines, as some scrapes keep them: the header's
        // date line is counted among the lines that are not blank.
        for (n, variant) in [text, text.replacingOccurrences(of: "\n", with: "\n\n")].enumerated() {
            let docs = try Repository.extract(text: variant, source: "sections.txt")
            try #require(docs.count == 3)
            #expect(docs[0].published == Day(2025, 9, 30))
            #expect(docs[2].published == Day(2025, 9, 23))
            #expect(docs.map { $0.headline?.split(separator: " ").prefix(3).joined(separator: " ") } == [
                "Suicide attack near", "Pakistani shelling wounds", "Dozens killed in",
            ])
            #expect(docs[0].text.hasSuffix("in the city."))
            #expect(docs[1].text.hasPrefix("Pakistani forces fired"))
            #expect(docs[1].text.hasSuffix("Afghan territory."))
            #expect(docs[2].text.hasPrefix("At least 24 people"))
        }
    }

    /// A South China Morning Post page (a section path "Asia / South Asia", an agency's name over
    /// the Published line, "Why you can trust SCMP"), an undated opinion page bylined with a
    /// lowercase "by", and a Telegraph page ("By Ben Farmer, in Islamabad"): three articles with
    /// their headlines, dates and texts.
    @Test func scmpAsiaTimesAndTelegraphPages() throws {
        let text = """
            Asia / South Asia
            China welcomes Pakistan-Afghanistan ceasefire, offers to help sustain it
            Beijing, which has poured billions into Pakistan, has close ties with both neighbours
            Reuters
            Published: 8:30pm, 20 Oct 2025
            Why you can trust SCMP
            China welcomed the ceasefire agreed by Pakistan and Afghanistan in Doha, the Chinese foreign ministry said on Monday.
            Spokesman Guo Jiakun told a regular briefing in Beijing that China hoped both sides would resolve differences through dialogue.
            Pakistan’s Afghan gamble could backfire
            Islamabad’s strikes on Kabul may win applause at home but risk pushing the Taliban closer to the TTP
            by Ayesha Siddiqa
            The air strikes on Kabul on October 9 were meant to send a message to the Taliban: stop sheltering the Pakistani Taliban, or pay a price.
            The Taliban’s answer came two days later, when its fighters attacked Pakistani border posts from Bajaur to Balochistan.
            Pakistan and Afghanistan agree 48-hour truce after deadliest clashes in years
            Dozens killed as Taliban and Pakistani troops battle along disputed border
            By Ben Farmer, in Islamabad
            15 October 2025 • 6:48pm
            Pakistan and Afghanistan agreed to a 48-hour ceasefire on Wednesday evening after a day of heavy fighting along their border.
            The Taliban said 12 civilians had been killed and more than 100 wounded when Pakistani forces shelled Spin Boldak.

            """
        let docs = try Repository.extract(text: text, source: "scmp.txt")
        try #require(docs.count == 3)
        #expect(docs[0].published == Day(2025, 10, 20))
        #expect(docs[2].published == Day(2025, 10, 15))
        #expect(docs.map { $0.headline?.split(separator: " ").prefix(3).joined(separator: " ") } == [
            "China welcomes Pakistan-Afghanistan", "Pakistan’s Afghan gamble", "Pakistan and Afghanistan",
        ])
        #expect(docs[0].text.hasPrefix("China welcomed"))
        #expect(docs[1].text.hasPrefix("The air strikes on Kabul"))
        #expect(docs[2].standfirst?.hasPrefix("Dozens killed") == true)
        #expect(docs[2].text.hasPrefix("Pakistan and Afghanistan agreed"))
    }

    /// An ISPR press release ("Press Release", its number, "Rawalpindi - October 14, 2025:") under
    /// an undated APP story opens an article of its own, dated by its dated line.
    @Test func aPressReleaseOpensAnArticle() throws {
        let text = """
            PM Shehbaz, Erdogan discuss Pak-Afghan talks in telephone call
            ISLAMABAD, Nov 3 (APP): Prime Minister Muhammad Shehbaz Sharif on Monday telephoned Turkish President Recep Tayyip Erdogan.
            The prime minister said Pakistan wanted peace with Afghanistan, the PM Office said in a statement.
            The two leaders agreed to remain in close contact.
            Press Release
            No PR-287/2025-ISPR
            Rawalpindi - October 14, 2025:
            On the night of 13/14 October 2025, security forces conducted an intelligence based operation in Kulachi area of Dera Ismail Khan District.
            During the conduct of operation, own troops effectively engaged the khwarij location and seven khwarij were sent to hell.

            """
        // (With a blank line between all lines too.)
        for variant in [text, text.replacingOccurrences(of: "\n", with: "\n\n")] {
            let docs = try Repository.extract(text: variant, source: "ispr.txt")
            try #require(docs.count == 2)
            #expect(docs[1].published == Day(2025, 10, 14))
            #expect(docs[0].text.hasSuffix("close contact."))
            #expect(docs[1].text.hasPrefix("On the night of 13/14 October 2025"))
        }
    }

    /// A Reuters page under a Daily Times page, as a browser copies them: the site's chrome over
    /// each header ("Newsletter", "Advertisement", "Skip to main content", "Menu"), and Reuters'
    /// key points ("Summary", then three lines without full stops) between its date and its
    /// dateline lede. Two articles: the chrome does not push the Published line out of the
    /// header, and the last key point is no headline over the lede.
    @Test func siteChromeAndKeyPointsUnderTheDate() throws {
        let text = """
            Newsletter
            Subscribe to our daily newsletter
            Advertisement
            Home / Pakistan
            Five soldiers martyred in North Waziristan IBO: ISPR
            News Desk
            Published: October 29, 2025
            RAWALPINDI: At least five soldiers embraced martyrdom during an operation in the Datta Khel area of North Waziristan on Tuesday night, the ISPR said.
            Prime Minister Shehbaz Sharif paid tribute to the martyred soldiers.
            Skip to main content
            Menu
            Search
            Pakistan says 23 soldiers killed in clashes with Afghan forces
            By Asif Shahzad
            October 12, 2025 9:45 PM GMT+5Updated October 13, 2025
            Summary
            Pakistan says 23 soldiers killed, 29 wounded
            Taliban say 58 Pakistani soldiers killed
            Border crossings shut
            ISLAMABAD, Oct 12 (Reuters) - Pakistan's military said on Sunday 23 of its soldiers were killed in overnight clashes with Afghan forces.
            Pakistan shut its main border crossings with Afghanistan at Torkham and Chaman on Sunday, officials said.

            """
        let docs = try Repository.extract(text: text, source: "chrome.txt")
        try #require(docs.count == 2)
        #expect(docs[0].published == Day(2025, 10, 29))
        #expect(docs[0].headline == "Five soldiers martyred in North Waziristan IBO: ISPR")
        #expect(docs[0].text.hasSuffix("martyred soldiers."))
        #expect(docs[1].published == Day(2025, 10, 12))
        #expect(docs[1].text.hasPrefix("Summary"))
        #expect(docs[1].text.contains("Border crossings shut\nISLAMABAD, Oct 12 (Reuters)"))
    }

    /// An Express Tribune page's tail (its print credit, a call to follow it, the comment
    /// section's rules) over a BBC page copied whole: the BBC's menu under "Skip to content",
    /// two authors over "BBC News", a caption under its label under the image's credit, and the
    /// closing topics and related story with its own date. Two articles, all of that out of
    /// their text, and the related story's date no date of the BBC text.
    @Test func aBBCPageCopiedWholeUnderATribunePage() throws {
        let text = """
            Lakki Marwat police van ambush leaves three cops martyred
            Our Correspondent
            November 10, 2025
            LAKKI MARWAT: Three policemen were martyred when terrorists ambushed a police van on Sunday evening, police said.
            Published in The Express Tribune, November 10th, 2025.
            Like Business on Facebook, follow @TribuneBiz on Twitter to stay informed and join in the conversation.
            COMMENTS
            Comments are moderated and generally will be posted if they are on-topic and not abusive.
            For more information, please see our Comments FAQ
            Skip to content
            British Broadcasting Corporation
            Home
            News
            Sport
            Pakistan and Afghanistan agree 48-hour ceasefire after deadly clashes
            15 October 2025
            Share
            Caroline Davies and Yogita Limaye
            BBC News
            Image source, Getty Images
            Image caption,
            Afghan Taliban fighters stand guard at a checkpoint near the border in Spin Boldak
            Pakistan and Afghanistan have agreed to a temporary 48-hour ceasefire, Pakistan's foreign ministry said.
            The truce came into effect at 18:00 local time on Wednesday, the ministry said.
            Related topics
            Pakistan
            Afghanistan
            More on this story
            Who are the Pakistani Taliban?
            Published
            12 October 2025

            """
        let docs = try Repository.extract(text: text, source: "bbc.txt")
        try #require(docs.count == 2)
        #expect(docs[0].text.hasSuffix("police said."))
        #expect(docs[1].headline == "Pakistan and Afghanistan agree 48-hour ceasefire after deadly clashes")
        #expect(docs[1].published == Day(2025, 10, 15))
        #expect(docs[1].text.hasPrefix("Pakistan and Afghanistan have agreed"))
        #expect(docs[1].text.hasSuffix("the ministry said."))
    }

    /// A Dawn page copied whole (its logo and menu, then a closed comment section: "Comments
    /// (14)", "Closed", a commenter's name, the comment's date, the comment, "Recommend 0") over
    /// an Al Jazeera page copied whole (its menu from "Skip links" to "Show more", its footer's
    /// links after the source line): two articles, no page of chrome, and the comment's date
    /// opens nothing.
    @Test func dawnAndAlJazeeraPagesCopiedWhole() throws {
        let text = """
            Dawn Logo
            Home
            Latest
            Talks with Afghan Taliban end without breakthrough: Asif
            Baqir Sajjad Syed
            Published November 8, 2025 Updated a day ago
            ISLAMABAD: The third round of talks between Pakistan and Afghanistan in Istanbul ended without a breakthrough, Defence Minister Khawaja Asif said on Friday.
            Published in Dawn, November 8th, 2025
            Comments (14)
            Closed
            Syed Ahmed
            Nov 08, 2025 09:14am
            Talks will never work with them.
            Recommend 0
            Comments are closed.
            Skip links
            Skip to Content
            Navigation menu
            News
            Middle East
            Video
            More
            Show more
            Pakistan and Afghanistan agree to immediate ceasefire after talks in Doha
            Qatar’s foreign ministry says the sides will hold follow-up meetings to ensure the truce is sustainable.
            Published On 19 Oct 202519 Oct 2025
            Pakistan and Afghanistan have agreed to an immediate ceasefire following talks in Qatar’s capital Doha, the Qatari foreign ministry said.
            Source: Al Jazeera and news agencies
            About
            About Us
            Code of Ethics
            Our Channels
            Al Jazeera Arabic
            © 2025 Al Jazeera Media Network

            """
        let docs = try Repository.extract(text: text, source: "pages.txt")
        try #require(docs.count == 2)
        #expect(docs[0].published == Day(2025, 11, 8))
        #expect(docs[0].text.hasPrefix("ISLAMABAD: The third round"))
        #expect(docs[0].text.hasSuffix("said on Friday."))
        #expect(docs[1].published == Day(2025, 10, 19))
        #expect(docs[1].text.hasSuffix("foreign ministry said."))
    }

    /// A toolbar's "Comment" button over "Save" (as the Washington Post prints them) is no
    /// comment section: the lede under them stays the text.
    @Test func aCommentButtonOpensNoCommentSection() throws {
        let text = """
            Pakistan and Afghanistan agree to ceasefire after a week of deadly clashes
            October 19, 2025 at 6:02 a.m. EDT
            Share
            Comment
            Save
            PESHAWAR, Pakistan — Pakistan and Afghanistan agreed to an immediate ceasefire early Sunday after talks in the Qatari capital, officials said.
            The truce was announced hours after Pakistani airstrikes on Friday night killed at least 10 people.

            """
        let docs = try Repository.extract(text: text, source: "wapo.txt")
        try #require(docs.count == 1)
        #expect(docs[0].text.hasPrefix("PESHAWAR, Pakistan"))
    }

    /// A Geo News page copied with its menu (no label over it) and its closing calls to follow
    /// the outlet: the menu is out of the text, and the date line under the byline still dates
    /// the page, six lines of menu above its headline notwithstanding.
    @Test func aMenuAboveTheHeadlineLeavesTheDateLineTheHeaders() throws {
        let text = """
            Geo News
            Latest
            Pakistan
            World
            Sports
            Entertainment
            Pakistan army says 23 soldiers martyred, over 200 Afghan Taliban, affiliated terrorists killed
            ISPR says posts of Afghan Taliban destroyed along border after "unprovoked" attack
            Web Desk
            October 12, 2025
            RAWALPINDI: Twenty-three Pakistani soldiers were martyred and 29 injured, the military said on Sunday.
            Stay updated with the latest news and current affairs by following Geo News on WhatsApp.
            Download the Geo News app

            """
        let docs = try Repository.extract(text: text, source: "geo.txt")
        try #require(docs.count == 1)
        #expect(docs[0].published == Day(2025, 10, 12))
        #expect(docs[0].publishedSource == .line)
        #expect(docs[0].headline?.hasPrefix("Pakistan army says 23 soldiers martyred") == true)
        #expect(docs[0].text == "RAWALPINDI: Twenty-three Pakistani soldiers were martyred and 29 injured, the military said on Sunday.")
    }

    /// An ANI story as ThePrint runs it (its note on unedited wire copy, its appeal for support)
    /// over a Khaama Press page (a breadcrumb trail, "Posted by", WordPress's share and like
    /// widgets, its comment form): two articles, each only its own text.
    @Test func thePrintAndWordPressPagesKeepOnlyTheirText() throws {
        let text = """
            Pakistan: 4 terrorists killed in Khyber Pakhtunkhwa's Bannu
            ANI
            Updated: Nov 19, 2025 10:42 IST
            Bannu [Pakistan], November 19 (ANI): Four terrorists were killed and two police personnel sustained injuries in an encounter in Bannu district.
            (This story has not been edited by ThePrint staff and is auto-generated from a syndicated feed.)
            Why news media is in crisis & How you can fix it
            Support Our Journalism
            Home » News » Afghanistan
            Afghan forces, Pakistani troops clash again in Kandahar’s Spin Boldak
            Posted by Khaama Press
            October 16, 2025
            Clashes between Afghan forces and Pakistani troops resumed early on Wednesday in the Spin Boldak district of Kandahar province, local sources said.
            Share this:
            X
            Like this:
            Leave a Reply Cancel reply
            Your email address will not be published. Required fields are marked *
            Name *
            Save my name, email, and website in this browser for the next time I comment.

            """
        let docs = try Repository.extract(text: text, source: "wire.txt")
        try #require(docs.count == 2)
        #expect(docs[0].text.hasSuffix("in Bannu district."))
        #expect(docs[1].published == Day(2025, 10, 16))
        #expect(docs[1].text == "Clashes between Afghan forces and Pakistani troops resumed early on Wednesday in the Spin Boldak district of Kandahar province, local sources said.")
    }

    /// A Tolonews page closed by "Related News" and two linked headlines, over a Hindustan Times
    /// page whose byline stands between its summary and its date: the links are debris, and
    /// the next page's headline is its headline, not a third link.
    @Test func relatedNewsOverAPageWithABylineBeforeItsDate() throws {
        let text = """
            Afghanistan-Pakistan Talks in Istanbul End Without Agreement
            Mujahid said the Islamic Emirate would not allow anyone to use Afghan soil against other countries.
            Friday, November 7, 2025
            Islamic Emirate spokesman Zabihullah Mujahid said on Friday that the third round of talks with Pakistan in Istanbul ended without result.
            Related News
            Islamic Emirate: Pakistan Attack on Kabul Violated Sovereignty
            Kandahar Traders Say Losses Mounting as Crossings Stay Closed
            Pakistan airstrikes kill 3 Afghan cricketers in Paktika, ACB pulls out of tri-series
            The Afghanistan Cricket Board said the players were among eight people killed in Urgun district.
            By HT News Desk
            Updated on: Oct 18, 2025 08:12 am IST
            The Afghanistan Cricket Board (ACB) on Friday said three of its club cricketers were killed in Pakistani airstrikes in the Urgun district of Paktika province.
            Get Latest Updates on World News, Asia News and more along with Latest News and Top Headlines from India and around the world.

            """
        let docs = try Repository.extract(text: text, source: "related.txt")
        try #require(docs.count == 2)
        #expect(docs[0].text.hasSuffix("ended without result."))
        #expect(docs[1].headline == "Pakistan airstrikes kill 3 Afghan cricketers in Paktika, ACB pulls out of tri-series")
        #expect(docs[1].published == Day(2025, 10, 18))
        #expect(docs[1].text.hasSuffix("Paktika province."))
    }

    /// A Times of India page (a text-size control, "End of Article", its closing links and
    /// "Start a Conversation") over an NDTV page of Reuters copy: "Start a Conversation" is no
    /// headline over the NDTV headline, and each page keeps only its text.
    @Test func aTimesOfIndiaTailOverAnNDTVPage() throws {
        let text = """
            Afghanistan-Pakistan border clashes: 15 Afghan civilians killed, Taliban claims
            TOI World Desk / TIMESOFINDIA.COM / Updated: Oct 15, 2025, 18:40 IST
            AA
            +Text Size
            Small
            Medium
            Large
            Fresh clashes erupted along the Afghanistan-Pakistan border on Wednesday, the Taliban said.
            End of Article
            FOLLOW US ON SOCIAL MEDIA
            Visual Stories
            Start a Conversation
            Pakistan Says 23 Soldiers Killed In Clashes With Afghanistan Along Border
            World News | Reuters | Updated: October 12, 2025 4:20 pm IST
            Islamabad: Pakistan's military said on Sunday that 23 of its soldiers had been killed in overnight clashes.
            (Except for the headline, this story has not been edited by NDTV staff and is published from a syndicated feed.)
            Show full article

            """
        let docs = try Repository.extract(text: text, source: "toi.txt")
        try #require(docs.count == 2)
        #expect(docs[0].text == "Fresh clashes erupted along the Afghanistan-Pakistan border on Wednesday, the Taliban said.")
        #expect(docs[1].headline == "Pakistan Says 23 Soldiers Killed In Clashes With Afghanistan Along Border")
        #expect(docs[1].text == "Islamabad: Pakistan's military said on Sunday that 23 of its soldiers had been killed in overnight clashes.")
    }

    /// The Independent's page copied from its masthead down ("The Independent", its sections,
    /// then the headline): one article, the masthead no page of its own.
    @Test func aMastheadOverAPageOpensNoArticle() throws {
        let text = """
            The Independent
            World
            Asia
            Pakistan and Afghanistan ceasefire holds as delegations prepare for Istanbul talks
            Islamabad says the truce depends on Kabul reining in TTP fighters
            Shweta Sharma
            Tuesday 21 October 2025 10:12 BST
            Join our commenting forum
            Pakistan and Afghanistan’s ceasefire appeared to be holding on Tuesday, two days after it was agreed in Doha.

            """
        let docs = try Repository.extract(text: text, source: "independent.txt")
        try #require(docs.count == 1)
        #expect(docs[0].published == Day(2025, 10, 21))
        #expect(docs[0].text.hasPrefix("Pakistan and Afghanistan’s ceasefire"))
    }

    /// An undated page opened by its lede, between two dated reports: a clause in the present
    /// perfect that closes on its source and the day ("…, the military said on Saturday") opens it.
    @Test func aPerfectLedeClosedByItsSourcesDayOpensAnArticle() throws {
        let text = """
            Pakistan’s interior minister says the bomber was an Afghan national.
            Published On 12 Nov 202512 Nov 2025
            Pakistan has blamed Afghanistan-based fighters for a suicide bombing outside a court in Islamabad that killed 12 people.
            Interior Minister Mohsin Naqvi told parliament on Wednesday that four men had been detained in Rawalpindi.
            The Taliban government in Kabul condemned the bombing and denied any link to it.
            Pakistani security forces have ended a siege at a cadet college in South Waziristan, killing all five attackers, the military said on Saturday.
            The assault on the college in Wana began on Monday night, when a suicide bomber rammed a vehicle into the main gate.
            About 650 students and teachers were evacuated.
            Security officials blamed the Pakistan Taliban for the attack. The group did not comment.
            Islamabad says the truce agreed in Doha depends on Kabul acting against the Pakistan Taliban.
            Published On 20 Oct 202520 Oct 2025
            Pakistan’s defence minister has said the ceasefire agreed with Afghanistan in Doha will hold only if Kabul acts.
            Speaking to reporters in Sialkot on Monday, Asif said the agreement included a meeting in Istanbul.

            """
        let docs = try Repository.extract(text: text, source: "dump.txt")
        try #require(docs.count == 3)
        #expect(docs[0].text.hasSuffix("denied any link to it."))
        #expect(docs[1].text.hasPrefix("Pakistani security forces have ended a siege"))
        #expect(docs[2].text.hasPrefix("Pakistan’s defence minister"))
        // The day the lede's source spoke ("said on Saturday") dates the page over the day the
        // story goes back to ("began on Monday night"): a Saturday between the neighbours.
        #expect(docs[1].published?.weekday == 6)
        // The close's own weekday, not the first the lede names; no comma before the source, no close.
        #expect(ArticleSplitter.datedSourceCloseWeekday("Gunmen who attacked a post on Monday have been killed, the military said on Thursday.") == 4)
        #expect(ArticleSplitter.datedSourceCloseWeekday("The military said on Thursday that fighters had been killed.") == nil)
    }

    /// A report whose title carries its date ("… Flash Update No. 2 (as of 17 October 2025)", as
    /// OCHA titles its updates) under an article whose last paragraph runs on: it opens an
    /// article of its own, the title is its headline and out of its text, the date its publication date.
    @Test func aReportTitleWithItsDateOpensAnArticle() throws {
        let text = """
            Trucks stranded as Torkham stays shut
            Published On 20 Oct 202520 Oct 2025
            More than 5,000 trucks remain stranded on both sides of the Torkham border, transporters said.
            The Chaman crossing in Balochistan has also been closed for nine days
            Afghanistan: Spin Boldak border clashes Flash Update No. 2 (as of 17 October 2025)
            KEY FIGURES
            37 civilians killed
            Cross-border fighting on 15 October in Spin Boldak district resulted in at least 37 civilian deaths, according to health authorities.

            """
        for variant in [text, text.replacingOccurrences(of: "\n", with: "\n\n")] {
            let docs = try Repository.extract(text: variant, source: "ocha.txt")
            try #require(docs.count == 2)
            #expect(docs[0].text.hasSuffix("nine days"))
            #expect(docs[1].headline == "Afghanistan: Spin Boldak border clashes Flash Update No. 2 (as of 17 October 2025)")
            #expect(docs[1].published == Day(2025, 10, 17))
            #expect(docs[1].publishedSource == .line)
            #expect(docs[1].text.hasPrefix("KEY FIGURES"))
        }
    }

    /// A Foreign Policy page (a section's name, "By …, the writer of …" over the date), an
    /// undated Crisis Group commentary ("Commentary / Asia" over its title and summary) and an
    /// Economist page ("Asia | Frenemies at war" over the headline, "Oct 16th 2025|ISLAMABAD",
    /// "Listen to this story"): three articles, each with its header out of its text, with or
    /// without blank lines between all lines.
    @Test func foreignPolicyCrisisGroupAndEconomistPages() throws {
        let text = """
            South Asia Brief
            Why the Pakistan-Afghanistan Truce Is So Fragile
            The Doha deal leaves the core dispute—the TTP—unresolved.
            By Michael Kugelman, the writer of Foreign Policy’s weekly South Asia Brief.
            October 22, 2025, 2:05 PM
            Pakistan and Afghanistan agreed to an immediate cease-fire in Doha on Oct. 19, after a week of fighting.
            Talks on a longer-term mechanism are set to continue in Istanbul on Saturday.
            Commentary / Asia
            Pakistan and Afghanistan: Stepping Back from the Brink
            The ceasefire brokered in Doha is a welcome pause. But unless Islamabad and Kabul address the question of the Pakistani Taliban, fighting will return.
            The worst fighting between Pakistan and Afghanistan in decades ended, for now, with a ceasefire agreed in the Qatari capital on 19 October.
            Kabul denies the charge, and has accused Pakistan of violating Afghan airspace.
            Asia | Frenemies at war
            Pakistan and Afghanistan’s border war is a disaster for both
            The Taliban’s former patrons have turned on them
            Oct 16th 2025|ISLAMABAD
            Listen to this story
            FOR DECADES Pakistan’s generals saw the Afghan Taliban as their best hope for a friendly government in Kabul.
            At least 23 Pakistani soldiers died that night, by the army’s count; the Taliban admit to losing nine men.

            """
        for variant in [text, text.replacingOccurrences(of: "\n", with: "\n\n")] {
            let docs = try Repository.extract(text: variant, source: "fp-icg-economist.txt")
            try #require(docs.count == 3)
            #expect(docs[0].published == Day(2025, 10, 22))
            #expect(docs[2].published == Day(2025, 10, 16))
            #expect(docs.map { $0.headline?.split(separator: " ").prefix(3).joined(separator: " ") } == [
                "Why the Pakistan-Afghanistan", "Pakistan and Afghanistan:", "Pakistan and Afghanistan’s",
            ])
            #expect(docs[1].standfirst?.hasPrefix("The ceasefire brokered") == true)
            #expect(docs.map { $0.text.split(separator: " ").prefix(2).joined(separator: " ") } == ["Pakistan and", "The worst", "FOR DECADES"])
        }
    }

    /// Two closing paragraphs of background shaped like a summary over a present-perfect lede
    /// (the held-out probe round 42) stay in their article: a start that would leave an article
    /// two paragraphs needs a strong cue.
    @Test func twoClosingParagraphsOpenNoArticle() throws {
        let path = try #require(Bundle.module.path(forResource: "Fixtures/closing-background-dump", ofType: "txt"))
        let docs = try Repository.extract(file: path, source: "closing-background-dump.txt")
        #expect(docs.map(\.published) == [Day(2025, 10, 12), Day(2025, 8, 14)])
        #expect(docs.last?.text.hasSuffix("talks broke down at the weekend.") == true)
    }

    /// A scraper's rule between articles ("----------") opens the next article whatever its
    /// first paragraph looks like (here a lede with a quotation, on the same story); a spaced
    /// "* * *" inside an article breaks a section and opens nothing.
    @Test func aScrapersRuleOpensTheNextArticle() throws {
        func dump(_ rule: String) -> String {
            """
            Pakistan and Afghanistan hold talks in Istanbul to consolidate the Doha ceasefire.
            Published On 25 Oct 202525 Oct 2025
            Officials from Pakistan and Afghanistan met in Istanbul on Saturday for talks on the ceasefire.
            Pakistan’s defence minister warned of “open war” if the talks failed.
            \(rule)
            Pakistan and Afghanistan have agreed to an “immediate ceasefire” after a week of deadly clashes along their border.
            The Qatari foreign ministry announced the agreement on Sunday after talks in Doha.
            Both sides agreed to meet again in Istanbul on October 25.

            """
        }
        var warnings: [String] = []
        let ruled = try Repository.resources.reader().documents(bytes: Array(dump("----------").utf8), path: "d.txt", warnings: &warnings)
        #expect(ruled.count == 2)
        let section = try Repository.resources.reader().documents(bytes: Array(dump("* * *").utf8), path: "d.txt", warnings: &warnings)
        #expect(section.count == 1)
    }

    /// A page that prints a second date in its header ("Modified: …" under "Issued on: …", as
    /// France 24 does) keeps it out of the text; a date line below the first body line (a
    /// timeline's subheading) stays.
    @Test func aSecondDateInTheHeaderIsNoBodyText() throws {
        let text = """
            Pakistan: 11 soldiers killed in Orakzai ambush, military says 19 attackers dead
            Issued on: 10/10/2025 - 09:12
            Modified: 10/10/2025 - 11:40
            Eleven Pakistani soldiers were killed in a gunfight with militants in Orakzai district, the army said Wednesday.
            October 9, 2025
            Prime Minister Shehbaz Sharif visited Peshawar to attend the funeral prayers of the soldiers.

            """
        var warnings: [String] = []
        let docs = try Repository.resources.reader().documents(bytes: Array(text.utf8), path: "page.txt", warnings: &warnings)
        try #require(docs.count == 1)
        #expect(docs[0].published == Day(2025, 10, 10))
        #expect(docs[0].lineKinds?[2] == "date-line")
        #expect(docs[0].lineKinds?[4] == nil)
    }

    /// An input that opens with a summary over a dateline lede, with no Published line: the
    /// summary is the first article's standfirst, not body text.
    @Test func anOpeningSummaryOverADatelineIsTheStandfirst() throws {
        let text = """
            Military says the operation to free hundreds of passengers is over and blames handlers abroad.
            Quetta, Pakistan – Pakistan’s military says it has ended a siege of a passenger train, killing all 33 attackers.
            The train, carrying about 440 passengers from Quetta to Peshawar, was attacked on Tuesday near Sibi.
            The Balochistan Liberation Army claimed responsibility for the attack.

            """
        var warnings: [String] = []
        let docs = try Repository.resources.reader().documents(bytes: Array(text.utf8), path: "t.txt", warnings: &warnings)
        #expect(docs.count == 1)
        #expect(docs.first?.standfirst?.hasPrefix("Military says the operation") == true)
    }

    /// A scrape that heads each article with its address: the address opens the article, is
    /// dropped from the text, and a date in its path dates the article.
    @Test func sourceLinksOpenAndDateTheirArticles() throws {
        let text = """
            https://www.aljazeera.com/news/2025/10/12/pakistan-afghanistan-border-clashes
            Deadly clashes erupted overnight between the Taliban and Pakistani forces along the border.
            The Taliban said on Sunday that 58 Pakistani soldiers were killed in attacks on Saturday night.
            Pakistan said 23 of its soldiers were killed.
            Mujahid said the operation ended at midnight.
            Kabul blasts
            https://www.aljazeera.com/news/2025/10/9/explosions-rock-kabul
            Explosions shook the Afghan capital, Kabul, late on Thursday, according to local media.
            Taliban spokesman Zabihullah Mujahid said an explosion had been heard in the city.
            Residents reported hearing two loud blasts.

            """
        var warnings: [String] = []
        let docs = try Repository.resources.reader().documents(bytes: Array(text.utf8), path: "t.txt", warnings: &warnings)
        #expect(docs.map(\.published) == [Day(2025, 10, 12), Day(2025, 10, 9)])
        #expect(docs.last?.headline == "Kabul blasts")
        #expect(docs.allSatisfy { !$0.text.contains("https://") })
        #expect(ArticleHeader.urlDate("https://example.com/2025/10/09/story") == Day(2025, 10, 9))
        #expect(ArticleHeader.urlDate("https://example.com/news/20251012/story.html") == Day(2025, 10, 12))
        #expect(ArticleHeader.urlDate("https://example.com/2025-10-12-story") == Day(2025, 10, 12))
        #expect(ArticleHeader.urlDate("https://example.com/2025/pakistan-story") == nil)
    }

    /// An undated article between neighbours a year apart, with nothing in its text to raise
    /// the older one's bound, is dated in the two weeks before the newer one, not in the older
    /// one's year.
    @Test func betweenDistantNeighboursTheNewerOneBounds() throws {
        let text = """
            Gunmen on motorcycles open fire on a vaccination team in Mardan district, police say.
            Published On 9 Dec 20259 Dec 2025
            Share
            Two police officers guarding a polio vaccination team have been shot dead in northwest Pakistan, officials say.
            The officers were escorting vaccinators through a village in Mardan district on Tuesday when gunmen opened fire.
            Pakistan and Afghanistan are the last two countries where wild poliovirus is still endemic.
            Source: Al Jazeera
            The Taliban say the curbs are needed to stop immorality, as businesses and aid groups count the cost.
            Kabul, Afghanistan – Fibre-optic internet has been cut in at least 10 Afghan provinces, officials say.
            The restrictions began in the northern province of Balkh on Monday and spread to Kandahar and Herat.
            A spokesman for the Balkh governor said the measure had been ordered by the supreme leader.
            Source: Al Jazeera
            Gunmen open fire on vehicles travelling in a convoy in Kurram, a district hit by sectarian violence.
            Published On 21 Nov 202421 Nov 2024
            Share
            Gunmen have killed at least 42 people in an attack on a convoy of passenger vehicles in northwest Pakistan, police say.

            """
        var warnings: [String] = []
        let docs = try Repository.resources.reader().documents(bytes: Array(text.utf8), path: "dump.txt", warnings: &warnings)
        #expect(docs.count == 3)
        #expect(docs.map(\.published) == [Day(2025, 12, 9), Day(2025, 12, 1), Day(2024, 11, 21)])
    }

    /// A dump of many dumps splits each copy as the dump alone: the scores kept between rounds
    /// (only the accepted start's segment is scored again) choose the same starts.
    @Test func aLongDumpSplitsEachCopyAlike() throws {
        let one = try String(contentsOfFile: Repository.corpusFile, encoding: .utf8)
        let lines = InputReader.lines(of: one).map(\.text)
        let kinds = Repository.resources.classifier.classify(lines)
        let single = ArticleSplitter().split(lines, kinds: kinds).map(\.lines.lowerBound)
        let copies = 12
        let many = ArticleSplitter().split(Array(repeating: lines, count: copies).flatMap { $0 },
                                           kinds: Array(repeating: kinds, count: copies).flatMap { $0 })
        #expect(many.count == single.count * copies)
        for c in 1..<copies {
            let starts = many[(c * single.count)..<((c + 1) * single.count)].map { $0.lines.lowerBound - c * lines.count }
            #expect(Array(starts) == single, "copy \(c)")
        }
    }

    /// A lone article with no Published line that opens with a title: the title is its headline.
    @Test func aTitleOpeningALoneArticleIsItsHeadline() throws {
        let text = "Two soldiers martyred in Bajaur IED blast\nTwo soldiers were martyred when a bomb went off in Bajaur district on Sunday, the ISPR said.\nThe area was cordoned off.\n"
        var warnings: [String] = []
        let doc = try #require(try Repository.resources.reader().documents(bytes: Array(text.utf8), path: "t.txt", warnings: &warnings).first)
        #expect(doc.headline == "Two soldiers martyred in Bajaur IED blast")
        // Wire headlines run longer than section headings.
        let wire = "Pakistan says 23 soldiers killed in overnight clashes with Afghan forces along border\n\nISLAMABAD (AP) — Pakistan's military said Sunday that 23 of its soldiers were killed.\nThe fighting lasted hours.\n"
        let w = try #require(try Repository.resources.reader().documents(bytes: Array(wire.utf8), path: "w.txt", warnings: &warnings).first)
        #expect(w.headline == "Pakistan says 23 soldiers killed in overnight clashes with Afghan forces along border")
        // A lede is no title, nor is a question heading.
        for opening in ["Two soldiers were martyred in Bajaur on Sunday, the ISPR said.", "What happened in Bajaur?"] {
            let other = "\(opening)\nTwo soldiers were martyred when a bomb went off in Bajaur district on Sunday.\n"
            let d = try #require(try Repository.resources.reader().documents(bytes: Array(other.utf8), path: "u.txt", warnings: &warnings).first)
            #expect(d.headline == nil)
        }
    }

    /// A JSON Lines record's text with record fields, or a header date line, is read like a file.
    @Test func aRecordsTextStatesItsDate() throws {
        let fields = try JSONRecord.parse(#"{"id":"r2","text":"Title: Talks resume in Istanbul\nDate: 2025-10-25\nURL: https://x.y/z\n\nDelegations met in Istanbul on Saturday."}"#, path: "t", line: 1)
        let doc = Repository.resources.reader().document(record: fields, path: "t:1")
        #expect(doc.headline == "Talks resume in Istanbul")
        #expect(doc.published == Day(2025, 10, 25) && doc.publishedSource == .line)
        let dated = try JSONRecord.parse(#"{"id":"r1","text":"Six soldiers martyred in Khyber attack\nOur Correspondent\nOctober 21, 2025\nPESHAWAR: Six soldiers were martyred on Tuesday.\nThe attack was repulsed."}"#, path: "t", line: 2)
        let d = Repository.resources.reader().document(record: dated, path: "t:2")
        #expect(d.headline == "Six soldiers martyred in Khyber attack")
        #expect(d.published == Day(2025, 10, 21))
    }

    @Test func unsplitTextIsOneArticle() throws {
        let record = try JSONRecord.parse(#"{"id":"x","text":"First paragraph about Kabul.\nSecond paragraph.","published":"2025-10-01"}"#, path: "t", line: 1)
        let doc = Repository.resources.reader().document(record: record, path: "t:1")
        #expect(doc.id == "x")
        #expect(doc.published == Day(2025, 10, 1))
        #expect(doc.publishedSource == .given)
    }

    /// After a dated article: a UN press release (title, the mission's name, "Press release",
    /// then "KABUL, 17 October 2025 – …", a contact with its e-mail address at its foot) and an
    /// Al Jazeera live page ("Last update: 15 Oct 2025 - 14:35 GMT"). Three articles, each
    /// opened by its title, with the release dated by its dateline.
    @Test func aPressReleaseAndALivePageAfterAnArticle() throws {
        let text = """
            K-P: Two cops martyred, one injured in D I Khan attack
            Published: October 30, 2025
            DERA ISMAIL KHAN: Two policemen were martyred and another was injured on Wednesday night, police said.
            According to police, the attackers used heavy weapons and escaped under cover of darkness.
            Inspector General of Police Zulfiqar Hameed said the attackers would soon be brought to justice.
            UNAMA says 37 civilian casualties in Afghanistan from cross-border clashes
            United Nations Assistance Mission in Afghanistan
            Press release
            KABUL, 17 October 2025 – UNAMA has documented 37 civilian casualties in Spin Boldak district since fighting resumed on 15 October.
            UNAMA calls on all parties to respect international humanitarian law.
            Contact: UNAMA Strategic Communications, unama-media@un.org
            Live: Pakistan-Afghanistan border clashes
            Al Jazeera
            Last update: 15 Oct 2025 - 14:35 GMT
            14:35 GMT - Ceasefire to take effect at 6pm
            Pakistan’s foreign ministry says a temporary 48-hour ceasefire will take effect at 6pm on Wednesday.

            """
        let docs = try Repository.extract(text: text, source: "release-live.txt")
        try #require(docs.count == 3)
        #expect(docs[0].text.hasSuffix("brought to justice."))
        #expect(docs[1].headline == "UNAMA says 37 civilian casualties in Afghanistan from cross-border clashes")
        #expect(docs[1].published == Day(2025, 10, 17))
        #expect(docs[1].text.hasPrefix("KABUL, 17 October 2025 –"))
        #expect(docs[1].text.hasSuffix("humanitarian law."))
        #expect(docs[2].headline == "Live: Pakistan-Afghanistan border clashes")
        #expect(docs[2].published == Day(2025, 10, 15))
    }

    /// A wire agency's dateline opens a story after a brief of two paragraphs, and the story
    /// may be as short; the agency's name in brackets closes it and heads nothing.
    @Test func aWireDatelineAfterABrief() throws {
        let text = """
            Two FC personnel martyred in Kurram ambush
            Updated 19 November 2025
            PESHAWAR: Two personnel of the Frontier Corps were martyred and three others injured when militants ambushed their vehicle on Tuesday night, police said.
            The injured were taken to the District Headquarters Hospital in Alizai.
            Peshawar [Pakistan], November 19 (ANI): At least four people were killed when a mortar shell hit a house in Bajaur district, officials said.
            Five other family members were injured.
            (ANI)
            Afghan Taliban say Pakistani drone strike kills three in Paktika
            November 19, 2025 10:15 AM
            A Pakistani drone strike killed three people in Paktika province early Wednesday, a spokesman said.
            Pakistan's military did not comment on the claim.
            Islamabad blames the TTP for a wave of attacks.

            """
        let docs = try Repository.extract(text: text, source: "wire-brief.txt")
        try #require(docs.count == 3)
        #expect(docs[0].text.hasSuffix("in Alizai."))
        #expect(docs[1].text.hasPrefix("Peshawar [Pakistan], November 19 (ANI):") && docs[1].text.hasSuffix("were injured."))
        #expect(docs[2].headline == "Afghan Taliban say Pakistani drone strike kills three in Paktika")
    }

    /// Indian agencies print their datelines with no dash ("Kabul, Nov 22 (PTI) At least…") and
    /// sign with "--IANS": each opens a story; the second names no year, and finds it from the
    /// first's (the year from 2025 on whose November 22 is a Saturday).
    @Test func agencyDatelinesWithoutADash() throws {
        let text = """
            Islamabad, Nov 22 (IANS) Pakistan's security forces killed 13 terrorists in two operations in Khyber Pakhtunkhwa on Friday, the military said on Saturday.
            Seven were killed in Mohmand district and six in Dera Ismail Khan, the ISPR said.
            Attacks have risen since the TTP ended its ceasefire in November 2022.
            --IANS
            Kabul, Nov 22 (PTI) At least 12 people were killed on Saturday when a bus hit a fuel tanker in Ghazni province, officials said.
            The bus was carrying returnees deported from Iran.
            Road accidents are common in Afghanistan.

            """
        let docs = try Repository.extract(text: text, source: "agencies.txt")
        try #require(docs.count == 2)
        #expect(docs[0].text.hasSuffix("in November 2022."))
        #expect(docs[1].text.hasPrefix("Kabul, Nov 22 (PTI)"))
        #expect(docs.map(\.published) == [Day(2025, 11, 22), Day(2025, 11, 22)])
    }

    /// A page that prints "Key points" and a bulleted list between its Published line and its
    /// dateline lede, after another article: the list and the lede are one article's, and the
    /// last bullet is no headline.
    @Test func aKeyPointsListOverTheLedeSplitsNothing() throws {
        let text = """
            Gunmen kill two polio workers in Mardan
            14 November 2025
            MARDAN: Two polio workers were shot dead and their police guard was injured on Thursday, police said.
            Over 30 polio workers have been killed in attacks in Khyber Pakhtunkhwa since 2024, according to officials.
            Around 40 teams had been deployed in the area for the five-day drive.
            Both workers were residents of Rustam, police said.
            AFGHAN REFUGEES: DEPORTATIONS SURGE AS BORDER REOPENS
            Published: 29 October 2025
            Key points
            • Some 15,000 Afghans crossed at Torkham on Tuesday alone
            • Deaths reported in a crush at the gate
            • UNHCR warns of winter risks
            TORKHAM: Nearly two dozen buses carrying Afghan families queued at the Torkham border on Wednesday.
            Officials said some 15,000 people crossed on Tuesday alone.
            Two returnees died in a crush at the gate on Monday evening, a hospital official said.

            """
        let docs = try Repository.extract(text: text, source: "key-points.txt")
        try #require(docs.count == 2)
        #expect(docs[1].headline == "AFGHAN REFUGEES: DEPORTATIONS SURGE AS BORDER REOPENS")
        #expect(docs[1].text.hasPrefix("Key points"))
        #expect(docs[1].text.hasSuffix("a hospital official said."))
    }

    /// An undated page between dated ones: a summary over a lede that tells a happening, its day
    /// and then its source ("…on October 27, police said") opens it, even where the two share
    /// few words; an undated page that opens the dump keeps its summary as its standfirst.
    @Test func aSummaryOverADatedHappeningLedeOpensAnUndatedPage() throws {
        let text = """
            Rights groups say the killing of a journalist in Bajaur will go unpunished.
            Gunmen on a motorcycle shot dead a journalist in the Bajaur district on October 27, police said, the fourth killed in the province this year.
            He was on his way home from a market in Khar when he was attacked.
            The Committee to Protect Journalists said at least 12 journalists have been killed in Pakistan since January 2024.
            The Pakistani Taliban denied involvement.
            Mediators say both sides agreed to a mechanism to monitor the truce.
            Published On 31 Oct 202531 Oct 2025
            Share
            Pakistan and Afghanistan have agreed to continue a ceasefire, Turkey’s foreign ministry said on Thursday.
            The ceasefire, first agreed in Doha on October 19, has largely held.
            Officials from both sides will meet again in Istanbul on November 6.
            Taliban spokesman Zabihullah Mujahid said Afghanistan wanted good relations with its neighbours.
            Officials say fighters stormed a post in Kulachi and set it on fire.
            Fighters stormed a police post in the Kulachi area late on Friday, local officials told reporters, and set it on fire.
            Two constables were wounded in the attack, a hospital official said.
            The police said the attackers escaped towards the mountains.
            No group has claimed responsibility.

            """
        let docs = try Repository.extract(text: text, source: "undated-pages.txt")
        try #require(docs.count == 3)
        #expect(docs[0].standfirst == "Rights groups say the killing of a journalist in Bajaur will go unpunished.")
        #expect(docs[1].text.hasSuffix("with its neighbours."))
        #expect(docs[2].standfirst == "Officials say fighters stormed a post in Kulachi and set it on fire.")
        #expect(docs[2].text.hasPrefix("Fighters stormed a police post"))
        #expect(ArticleSplitter.hasDatedHappeningLede("Fighters stormed a police post in the Kulachi area late on Friday, local officials told reporters."))
        #expect(!ArticleSplitter.hasDatedHappeningLede("Police said on Friday that fighters had stormed a police post in the Kulachi area."))
    }

    /// A dump whose one Published line opens it, with an undated explainer after the dated
    /// report: the explainer's question summary opens its own article at a dump's score, as a
    /// present-perfect lede closed on its source's day does.
    @Test func aPageOpenerAfterTheOnlyPublishedLineOpensAnArticle() throws {
        let text = """
            Officials say the bomber targeted a police van carrying officers to a polio drive.
            Published On 4 Nov 20254 Nov 2025
            Share
            Peshawar, Pakistan – A suicide bomber on a motorcycle struck a police vehicle in the Khyber district of northwest Pakistan on Tuesday morning, killing two policemen and wounding five others, officials said.
            The officers were on their way to provide security for a polio vaccination campaign in the Jamrud area when the attacker rammed into their van, district police officer Rai Muzaffar said.
            No group claimed responsibility. The Pakistani Taliban, which has frequently targeted polio teams and their police escorts, has stepped up attacks on security forces since its truce with the government collapsed in November 2022.
            Pakistan and Afghanistan’s Taliban rulers were once allies. Now their border is one of the world’s most volatile. Why?
            The Durand Line, a 2,640km (1,640-mile) frontier drawn by British colonial officials in 1893, has never been recognised by any government in Kabul.
            Tensions rose after the Taliban returned to power in August 2021. Islamabad had expected the new rulers to rein in the Pakistani Taliban, or TTP, which has killed thousands of Pakistani soldiers and civilians since 2007.
            Instead, attacks in Pakistan surged. The Pakistan Institute for Peace Studies recorded 521 attacks in 2024, the highest number in a decade, killing 852 people.
            The fighting in October, the worst in decades, began after explosions in Kabul on October 9 that the Taliban blamed on Pakistan.

            """
        let docs = try Repository.extract(text: text, source: "one-dated-page.txt")
        try #require(docs.count == 2)
        #expect(docs[0].text.hasSuffix("collapsed in November 2022."))
        #expect(docs[1].text.hasPrefix("The Durand Line, a 2,640km"))
    }
}
