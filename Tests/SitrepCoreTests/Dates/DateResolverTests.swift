import SitrepCore
import Testing

/// Time expressions in the shapes news sentences take, each pinned to a publication date.
/// A case lists the values found, in text order (nil for an expression with no calendar value).
@Suite struct DateResolverTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var text: String
        var published: String
        var values: [String?]
        var testDescription: String { "\(text) @\(published)" }
        init(_ text: String, _ published: String, _ values: [String?]) {
            self.text = text
            self.published = published
            self.values = values
        }
    }

    static let sun = "2025-10-26"  // a Sunday
    static let cases: [Case] = [
        // A range of days after a month, written with a slash.
        Case("Afghan forces attacked on the October 11/12 night.", sun, ["2025-10-11", "2025-10-12"]),
        // Full dates in every common order and abbreviation.
        Case("Published 26 Oct 2025 in Doha.", sun, ["2025-10-26"]),
        Case("The talks began on October 18, 2025, in Doha.", sun, ["2025-10-18"]),
        Case("It happened on Oct. 18, 2025.", sun, ["2025-10-18"]),
        Case("On 9 October 2025 blasts hit Kabul.", sun, ["2025-10-09"]),
        Case("Signed on September 3rd, 2024 in Islamabad.", sun, ["2024-09-03"]),
        Case("The visit on 19th April 2025 was productive.", sun, ["2025-04-19"]),
        Case("Dated 1 Jan 2020.", sun, ["2020-01-01"]),
        Case("By Dec 31, 2023 the camp had closed.", sun, ["2023-12-31"]),
        // Month and day without a year.
        Case("The ceasefire took effect on October 19.", sun, ["2025-10-19"]),
        Case("Fighting resumed on 18 October.", sun, ["2025-10-18"]),
        Case("Officials met on October 11th.", sun, ["2025-10-11"]),
        Case("Attacks have killed 460 people since January 1.", sun, ["2025-01-01"]),
        Case("The curfew ran until August 31.", "2025-08-08", ["2025-08-31"]),
        // "by" a date is a deadline ahead, unless a past perfect says it has passed.
        Case("Afghans must leave by Tuesday.", sun, ["2025-10-28"]),
        Case("He detonated his explosives next to a police vehicle on Tuesday.", sun, ["2025-10-21"]),
        // "to" before a plural noun or a name is no infinitive of obligation.
        Case("The ministry said it had flown 40 flights and evacuated 420 injured people to hospitals in Jalalabad and Kabul by Monday evening.", sun, ["2025-10-20"]),
        Case("Thousands were ordered to leave by Tuesday.", sun, ["2025-10-28"]),
        // A verb of motion governs an infinitive of purpose only with no verb between them.
        Case("The strike came as delegations prepared to meet in Istanbul on Saturday.", sun, ["2025-11-01"]),
        Case("He travelled to Doha to meet officials on Saturday.", sun, ["2025-10-25"]),
        // Causal "due to", "would not be named" and "the will of" speak of no future.
        Case("The crossing was closed due to security concerns on Tuesday.", sun, ["2025-10-21"]),
        Case("Officials who would not be named said the attack happened on Tuesday.", sun, ["2025-10-21"]),
        Case("The will of the people was ignored on Tuesday.", sun, ["2025-10-21"]),
        Case("Talks are due to resume on Tuesday.", sun, ["2025-10-28"]),
        // A past tense after the cue, or a verb of motion before an infinitive, dates the past.
        Case("The scheduled talks were cancelled on Tuesday.", sun, ["2025-10-21"]),
        Case("He travelled to Doha to meet officials on Tuesday.", sun, ["2025-10-21"]),
        Case("The talks, which were postponed, will resume on Tuesday.", sun, ["2025-10-28"]),
        Case("Until Tuesday, the border had been open.", sun, ["2025-10-21"]),
        Case("Talks will resume after the ceasefire expired on Tuesday.", sun, ["2025-10-21"]),
        Case("The operation will be launched on Tuesday.", sun, ["2025-10-28"]),
        // A weekday that dates a happening ("the attack on Tuesday", "Tuesday's strikes") is past.
        Case("Afghanistan will not forget the attack on Tuesday, Mujahid said.", sun, ["2025-10-21"]),
        Case("Kabul said it would retaliate for Tuesday's strikes.", sun, ["2025-10-21"]),
        // "until" a date is ahead, unless a past tense before it makes it a limit that has passed.
        Case("Card holders, who were exempt until June 30, are now targeted.", sun, ["2025-06-30"]),
        Case("Card holders, who were exempt until 30 June, are now targeted.", sun, ["2025-06-30"]),
        Case("The border was closed until October 30.", sun, ["2025-10-30"]),
        Case("They were allowed to stay until January 15.", sun, ["2026-01-15"]),
        Case("By Tuesday night, calm had returned.", sun, ["2025-10-21"]),
        // A past tense before "by" looks back too, unless an obligation or infinitive makes a deadline.
        Case("At least 20,000 people had reached relief camps by Tuesday evening, officials said.", sun, ["2025-10-21"]),
        Case("Officials said 20,000 people reached the camps by Tuesday evening.", sun, ["2025-10-21"]),
        Case("Refugees were ordered to leave by Tuesday.", sun, ["2025-10-28"]),
        Case("The Metro Bus service was suspended until Wednesday.", sun, ["2025-10-29"]),
        Case("By September, the toll had reached 100.", "2025-10-16", ["2025-09"]),
        Case("By Friday the Taliban will have left, as the army had demanded.", sun, ["2025-10-31"]),
        Case("Talks were held from October 25 to 30 in Istanbul.", sun, ["2025-10-25", "2025-10-30"]),
        Case("Talks ran from 18 to 19 October, and support fell from October 5 to 30 percent.", sun, ["2025-10-18", "2025-10-19", "2025-10-05"]),
        Case("Delegations will meet in Istanbul on October 25.", "2025-10-19", ["2025-10-25"]),
        Case("The raid happened on December 20.", "2025-01-05", ["2024-12-20"]),
        Case("Clashes erupted on November 2.", sun, ["2024-11-02"]),
        // A weekday before the date names its year: 2 November was a Sunday in 2025, not 2024.
        Case("Clashes erupted on Sunday, November 2.", sun, ["2025-11-02", "2025-11-02"]),
        Case("Talks are scheduled for November 6.", sun, ["2025-11-06"]),
        Case("The two sides agreed on Thursday to meet again in Istanbul on November 6.", "2025-10-31", ["2025-10-30", "2025-11-06"]),
        // A past perfect reporting the agreement does not date what was agreed.
        Case("The mediators said the two sides had agreed to extend the ceasefire and meet again on November 6.", "2025-10-30", ["2025-11-06"]),
        Case("Elections will be held on January 12.", "2025-11-20", ["2026-01-12"]),
        // A date a few weeks ahead that no past tense tells of is coming; told in the past, it is
        // last year's.
        Case("The talks that resume in Istanbul on November 6 should start with trade.", "2025-10-27", ["2025-11-06"]),
        Case("He said talks on November 6 in Istanbul could produce a deal.", "2025-10-27", ["2025-11-06"]),
        Case("The border reopened on November 6 for pedestrians.", "2025-10-27", ["2024-11-06"]),
        Case("The meeting, held on November 5, ended without a deal.", "2025-10-27", ["2024-11-05"]),
        // A scheduled happening told in the present is yet to come.
        Case("The 48-hour ceasefire expires on Friday evening.", "2025-10-16", ["2025-10-17"]),
        Case("Talks begin in Doha on Saturday.", "2025-10-16", ["2025-10-18"]),
        Case("The ceasefire that ended on Friday was fragile.", "2025-10-16", ["2025-10-10"]),
        Case("The PoR cards expire in December.", "2025-10-16", ["2025-12"]),
        Case("Their visas did not expire on Friday.", "2025-10-16", ["2025-10-10"]),
        // A "when" clause after a year dates its yearless days.
        Case("The group has grown since 2021, when the Taliban seized Kabul on August 15.", "2025-10-16", ["2021", "2021-08-15"]),
        // A year named right after a yearless day dates it; a place between them does not.
        Case("Khan has been in jail since the May 9 riots in 2023.", "2025-10-16", ["2023-05-09", "2023"]),
        Case("He said on May 9 in Lahore 2023 was hard.", "2025-10-16", ["2025-05-09", "2023"]),
        Case("In 2021, when the Taliban took power, thousands fled. On August 20, the airport was shut.", "2025-10-16", ["2021", "2025-08-20"]),
        Case("He was detained on 30 Oct.", "2025-11-02", ["2025-10-30"]),
        // Ranges.
        Case("From 10-13 September, 35 fighters were killed.", "2025-09-13", ["2025-09-10", "2025-09-13"]),
        Case("Operations ran 3–5 March 2024.", sun, ["2024-03-03", "2024-03-05"]),
        Case("Fighting on the night of October 11-12 killed dozens.", sun, ["2025-10-11", "2025-10-12"]),
        Case("Strikes on October 11 and 12, the army said, killed dozens.", sun, ["2025-10-11", "2025-10-12"]),
        Case("Clashes on October 11th and 12th killed dozens.", sun, ["2025-10-11", "2025-10-12"]),
        Case("Fighting on the 11th and 12th of October killed 20.", sun, ["2025-10-11", "2025-10-12"]),
        Case("On October 11, 12 and 15, jets struck.", sun, ["2025-10-11", "2025-10-12", "2025-10-15"]),
        Case("On October 11, 12 and 15 soldiers were killed.", sun, ["2025-10-11"]),
        // After "and", a plain number before a noun is a count, not a day.
        Case("On October 9 and 10 soldiers were killed.", sun, ["2025-10-09"]),
        // … and before a verb, a day.
        Case("A first meeting in Doha on October 18 and 19 produced a ceasefire.", sun, ["2025-10-18", "2025-10-19"]),
        Case("On October 9 and 10 wounded soldiers were flown out.", sun, ["2025-10-09"]),
        Case("Fighting between October 10 and 15 killed 50 civilians.", sun, ["2025-10-10", "2025-10-15"]),
        Case("Talks ran Sept 3–5, 2024 in Doha.", sun, ["2024-09-03", "2024-09-05"]),
        // Month and year; years in date context.
        Case("The Taliban returned to power in August 2021.", sun, ["2021-08"]),
        Case("Imran Khan was removed in April 2022.", sun, ["2022-04"]),
        Case("Gunmen attacked the school in December 2014.", sun, ["2014-12"]),
        Case("Since November 2023 more than a million people left.", sun, ["2023-11"]),
        Case("The group was founded in 2007.", sun, ["2007"]),
        Case("Relations have soured since 2021.", sun, ["2021"]),
        Case("Between 2001 and 2021, US troops fought there.", sun, ["2001", "2021"]),
        Case("The 2018 merger of the tribal areas changed that.", sun, ["2018"]),
        Case("In 2021, the Taliban seized Kabul.", sun, ["2021"]),
        Case("It has not been so deadly since 1996.", sun, ["1996"]),
        Case("Pakistan was created in 1947.", sun, ["1947"]),
        Case("After a bloody 2024, attacks rose again.", sun, ["2024"]),
        Case("Since mid-2023, attacks have risen.", sun, ["2023"]),
        Case("At least 2,414 deaths were recorded.", sun, []),
        Case("The border is 2,600km long.", sun, []),
        Case("About 2000 troops were deployed.", sun, []),
        Case("In the 1980s Pakistan backed the mujahideen.", sun, [nil]),
        // Months alone.
        Case("Dar visited Kabul in April.", "2025-05-30", ["2025-04"]),
        Case("Sharif announced the plan in October.", "2025-05-30", ["2024-10"]),
        Case("In September, the army said 19 soldiers died.", "2025-10-10", ["2025-09"]),
        Case("Talks could resume next March.", sun, ["2026-03"]),
        Case("The deal was first floated last May.", sun, ["2025-05"]),
        Case("Refugees crossed the border in early March.", sun, ["2025-03"]),
        Case("Aid arrives by December.", sun, ["2025-12"]),
        Case("It may rain later.", sun, []),
        // Weekdays.
        Case("The army said on Sunday that five soldiers died.", sun, ["2025-10-26"]),
        Case("Clashes broke out on Saturday.", sun, ["2025-10-25"]),
        Case("On Friday, a spokesperson spoke.", sun, ["2025-10-24"]),
        Case("Explosions rattled Kabul late Thursday evening.", "2025-10-10", ["2025-10-09"]),
        Case("Fighting began on Saturday night.", "2025-10-12", ["2025-10-11"]),
        Case("The convoy was ambushed early on Wednesday.", "2025-10-08", ["2025-10-08"]),
        Case("Strikes hit the camp early on Monday.", "2025-09-23", ["2025-09-22"]),
        Case("The ceasefire was announced in Doha last Sunday.", sun, ["2025-10-19"]),
        Case("Last Sunday, talks collapsed.", sun, ["2025-10-19"]),
        // A year named relative to publication right after a month or day belongs to that date:
        // one mention, no year of its own.
        Case("Elections are due in February next year; violence surged in December last year.", sun, ["2026-02", "2024-12"]),
        Case("On March 3 last year, gunmen attacked a bus.", sun, ["2024-03-03"]),
        Case("Gunmen attacked a bus on 3 March last year.", sun, ["2024-03-03"]),
        Case("The talks in October of last year failed.", sun, ["2024-10"]),
        Case("He visited in May this year.", sun, ["2025-05"]),
        Case("Talks are set for January next year.", sun, ["2026-01"]),
        Case("In May this yearly review was late.", sun, ["2025-05"]),
        // Two months before the year that follows them both.
        Case("Clashes killed 130 people between July and October last year.", sun, ["2024-07", "2024-10"]),
        // "between" opens a period whose other end is a part of a month.
        Case("127 officers were killed between January and the end of October.", sun, ["2025-01", "2025-10"]),
        Case("Talks are planned for January and February next year.", sun, ["2026-01", "2026-02"]),
        Case("Talks are due in September.", sun, ["2026-09"]),
        Case("Talks are to resume on Thursday, after a round in late September ended without a deal.", sun, ["2025-10-30", "2025-09"]),
        Case("Talks resume next Tuesday.", sun, ["2025-10-28"]),
        Case("Delegates will meet on Thursday.", sun, ["2025-10-30"]),
        Case("A third round is expected to start on Thursday.", "2025-11-06", ["2025-11-06"]),
        Case("Talks resume next Thursday.", "2025-11-06", ["2025-11-13"]),
        Case("On Wednesday, October 15, the truce began.", sun, ["2025-10-15", "2025-10-15"]),
        Case("On Saturday, 12 October 2024, talks began.", sun, ["2024-10-12", "2024-10-12"]),
        // Weekends: the month when both days lie in it.
        Case("Last weekend, 16 soldiers were killed.", "2024-12-25", ["2024-12"]),
        Case("Clashes erupted over the weekend.", "2025-12-01", ["2025-11"]),
        Case("Talks are planned for next weekend.", "2025-11-02", ["2025-11"]),
        Case("Fighting resumed at the weekend.", "2025-06-02", [nil]),
        // A season of a year the report's date tells; winter, across two years, none.
        Case("Floods killed hundreds last summer, and talks may resume next spring.", "2025-07-20", ["2024", "2026"]),
        Case("The ban was lifted this spring; last summer's floods were the worst.", "2025-11-12", ["2025", "2025"]),
        Case("Refugees fear the coming winter, as they did last winter.", "2025-11-12", []),
        // A weekend its days date is no period of the report's.
        Case("The fighting began on the weekend of 11-12 October.", "2025-11-12", ["2025-10-11", "2025-10-12"]),
        // Bare before a happening; not before another noun.
        Case("The fighting follows weekend clashes that killed 23 soldiers.", "2025-10-15", ["2025-10"]),
        Case("Weekend markets were shut.", "2025-10-15", []),
        Case("Shops closed before Thursday’s holiday, officials said, until further notice.", "2025-08-08", ["2025-08-07"]),
        Case("Schools shut until Thursday’s holiday.", "2025-08-08", ["2025-08-14"]),
        Case("The talks, which began on Saturday and are expected to last two days, continued.", sun, ["2025-10-25"]),
        Case("Fighting on Friday and Saturday killed 23.", sun, ["2025-10-24", "2025-10-25"]),
        Case("Tuesday morning brought more rain.", "2025-10-29", ["2025-10-28"]),
        Case("In a post later on Sunday, Mujahid spoke.", "2025-10-19", ["2025-10-19"]),
        Case("The talks on Monday will decide.", "2025-10-27", ["2025-10-27"]),
        // A weekday in the reporting clause dates the report, even after a future clause.
        Case("A meeting is scheduled for November 6, the ministry said on Thursday.", "2025-10-31", ["2025-11-06", "2025-10-30"]),
        // A name set off by commas ends no clause: the meeting is still ahead.
        Case("The truce was extended, officials said, as delegations prepared to meet in the Qatari capital, Doha, on Saturday.", "2025-10-17", ["2025-10-18"]),
        Case("The talks, which will resume on Monday, are in Istanbul.", sun, ["2025-10-27"]),
        // Relative days and periods.
        Case("Officials said today that talks failed.", sun, ["2025-10-26"]),
        Case("Yesterday the border reopened.", sun, ["2025-10-25"]),
        Case("The minister will travel tomorrow.", sun, ["2025-10-27"]),
        Case("Explosions were heard late last night.", sun, ["2025-10-25"]),
        Case("Police raided the house last evening.", sun, ["2025-10-25"]),
        Case("Protests are planned tonight.", sun, ["2025-10-26"]),
        Case("The bomb went off two days ago.", sun, ["2025-10-24"]),
        Case("He was detained a day ago.", sun, ["2025-10-25"]),
        Case("The border closed two weeks ago.", sun, ["2025-10"]),
        Case("The Taliban returned to power four years ago.", sun, ["2021"]),
        Case("The crossing closed three months ago.", "2025-01-20", ["2024-10"]),
        Case("A fortnight ago, talks failed.", sun, ["2025-10"]),
        // Months in capitals, as a wire factbox prints its entries.
        Case("NOV 11 - A suicide bomber kills 12 people outside a district court.", "2025-11-14", ["2025-11-11"]),
        Case("OCT 24 - Seven soldiers are killed in an ambush.", "2025-11-14", ["2025-10-24"]),
        // A day of the month alone: in the month named just before it in the paragraph, else
        // the most recent such day; not "the 12th day" or "the 27th amendment".
        Case("Talks resumed on the 12th.", sun, ["2025-10-12"]),
        Case("The attack happened on the 28th, officials said.", sun, ["2025-09-28"]),
        // Spoken of as ahead, the next such day.
        Case("Talks will resume on the 6th.", sun, ["2025-11-06"]),
        Case("The next round is expected to begin on the 29th.", sun, ["2025-10-29"]),
        Case("On the 30th of last month, talks failed.", sun, ["2025-09-30"]),
        Case("Talks began on August 25 and on the 28th they collapsed.", sun, ["2025-08-25", "2025-08-28"]),
        Case("The house passed it on the 12th day of debate, on the 27th amendment.", sun, []),
        Case("Clashes began earlier this month.", sun, ["2025-10"]),
        Case("Violence has surged since the start of the year.", sun, ["2025"]),
        Case("The attack on 15/10/2025 killed two; the report of 2025-10-20 and 10/31/2025 say so.", sun, ["2025-10-15", "2025-10-20", "2025-10-31"]),
        Case("Notices dated 3/4/2025 and 1.5.2025 were posted.", sun, ["2025-04-03", "2025-05-01"]),  // day first when both could be months
        Case("This past weekend, clashes erupted.", sun, ["2025-10"]),
        // A list of weekdays runs in order: in a Sunday report, "Sunday and Monday" are last week's.
        Case("Strikes on Sunday and Monday hit Kabul.", sun, ["2025-10-19", "2025-10-20"]),
        Case("On Sunday, officials said Monday's strikes failed.", sun, ["2025-10-26", "2025-10-20"]),
        Case("Trade should resume by the end of the month.", sun, ["2025-10"]),
        Case("Talks began on August 25 and ran until the end of the month.", sun, ["2025-08-25", "2025-08"]),
        // A month as a modifier names a month of the past year; "the October of 2021" does not.
        Case("Fifty civilians died during the October clashes.", sun, ["2025-10"]),
        Case("The December offensive failed.", sun, ["2024-12"]),
        Case("In the October of 2021, talks began.", sun, ["2021"]),
        Case("The March to Islamabad began.", sun, []),
        // Two months joined: both are dates; a year after the second holds for both.
        Case("The report covers January to September.", sun, ["2025-01", "2025-09"]),
        Case("From October to December 2024, 500 died.", sun, ["2024-10", "2024-12"]),
        Case("Attacks rose in November–December.", sun, ["2024-11", "2024-12"]),
        Case("Shelling continued on the night of 11/12 October.", sun, ["2025-10-11", "2025-10-12"]),
        Case("Pakistan struck Kabul this week.", "2025-10-16", ["2025-10"]),
        Case("The week began badly: this week 12 died.", "2025-10-02", [nil]),
        Case("Muttaqi visited New Delhi last week.", "2025-10-16", ["2025-10"]),
        Case("Muttaqi visited New Delhi last week.", "2025-10-05", [nil]),
        // A part of the report's week: up to the report for "earlier", from it for "the end";
        // a month only when those days lie in one.
        Case("Pakistan struck Kabul earlier in the week.", "2025-10-12", ["2025-10"]),
        Case("The fighters must leave by the end of the week.", "2025-11-05", ["2025-11"]),
        Case("The fighters must leave by the end of the week.", "2025-09-29", [nil]),
        // "Last week" is the calendar week before the report's, not the seven days before it.
        Case("Muttaqi visited New Delhi last week.", "2025-09-03", ["2025-08"]),
        Case("The minister will visit Kabul next week.", "2025-09-24", [nil]),
        // "The previous week" after a day its sentence names is the week before that day's; with
        // none, the week before the report's.
        Case("Pakistan struck on October 23, after an ambush the previous week.", "2025-11-12", ["2025-10-23", "2025-10"]),
        Case("The fighting began last Saturday, after an ambush the previous week.", "2025-10-14", ["2025-10-11", nil]),
        Case("There were 31 incidents, up from 24 the previous week.", "2025-10-14", ["2025-10"]),
        Case("Violence rose last month.", "2025-10-12", ["2025-09"]),
        Case("Violence rose last month.", "2025-01-12", ["2024-12"]),
        Case("Last year was the deadliest in a decade.", sun, ["2024"]),
        Case("Last year’s toll was higher.", sun, ["2024"]),
        Case("This year has been worse.", sun, ["2025"]),
        Case("in the first three quarters of this year", sun, ["2025"]),
        Case("Elections are due next year.", sun, ["2026"]),
        Case("Attacks have surged over the past week.", sun, [nil]),
        Case("Attacks surged over the past year.", sun, [nil]),
        // Not calendar units.
        Case("The groups have fought for years.", sun, [nil]),
        Case("Attacks have risen in recent months.", sun, [nil]),
        Case("Deadly clashes erupted overnight.", sun, [nil]),
        Case("Talks will continue in the coming days.", sun, [nil]),
        Case("The meeting started at 10am and ended at 14:30.", sun, []),
        Case("Seven soldiers were killed.", sun, []),
        // A part of a month is read as the month, not as a period of its own.
        Case("Up to 10,000 people a day crossed in the last week of October.", "2025-11-20", ["2025-10"]),
        Case("The talks were held in the third week of September.", sun, ["2025-09"]),
        Case("Fighting resumed at the end of September.", sun, ["2025-09"]),
        // A weekday of last week is that day of the calendar week before the report's.
        Case("The strike happened on Wednesday last week.", sun, ["2025-10-15"]),
        Case("The strike happened on Wednesday last week.", "2025-10-16", ["2025-10-08"]),
        Case("It opened on Monday of last week.", "2025-10-16", ["2025-10-06"]),
        // Days counted from the last day named; with none named, no date.
        Case("A bomb exploded on Monday. Two days later, gunmen attacked a post.", sun, ["2025-10-20", "2025-10-22"]),
        Case("A bomb exploded on Monday. Two days after that, gunmen attacked a post.", sun, ["2025-10-20", "2025-10-22"]),
        Case("A bomb exploded on Monday. Two days after the talks ended, gunmen attacked a post.", sun, ["2025-10-20"]),
        Case("Gunmen killed two policemen on October 3. The previous day, a bomb killed four.", sun, ["2025-10-03", "2025-10-02"]),
        Case("Clashes erupted on October 11 after air strikes in Kabul two days earlier.", sun, ["2025-10-11", "2025-10-09"]),
        // Counted back from the first night of a range.
        Case("On the night of October 11-12, Afghan forces attacked posts after air strikes on Kabul two days earlier.", sun, ["2025-10-11", "2025-10-12", "2025-10-09"]),
        Case("Talks began on Saturday. The next day, both sides agreed to a truce.", sun, ["2025-10-25", "2025-10-26"]),
        Case("Two days earlier, a bomb killed three people.", sun, []),
        // Weeks count seven days; a part of the next or previous day is that day.
        Case("Talks opened in Doha on October 18. A week earlier, the two sides had been fighting.", sun, ["2025-10-18", "2025-10-11"]),
        Case("Talks opened in Doha on October 4. Two weeks later, they moved to Istanbul.", sun, ["2025-10-04", "2025-10-18"]),
        Case("The bomb exploded on Sunday. The next morning, police arrested two men.", sun, ["2025-10-26", "2025-10-27"]),
        Case("The bomb exploded on Sunday. The previous night, police had raided a house.", sun, ["2025-10-26", "2025-10-25"]),
        // However far back the day was named (a paragraph opening "A day earlier" counts from the
        // lede's day); a weekday right after it names the day itself; "the following days" is none.
        Case("Gunmen stormed a post on Monday morning. " + String(repeating: "Police said the attack lasted two hours and the area was sealed off. ", count: 10)
             + "A day earlier, officials said 22 fighters were killed.", sun, ["2025-10-20", "2025-10-19"]),
        Case("Gunmen stormed a post on Tuesday. A day earlier, on Sunday, a bomb killed a policeman.", sun, ["2025-10-21", "2025-10-26"]),
        Case("A bomb exploded on October 3, and four of the wounded died in the following days.", sun, ["2025-10-03"]),
        // A preposition after "and" and a plain number: a second day.
        Case("The operations were conducted on Nov. 6 and 7 against militants, the army said.", "2025-11-08", ["2025-11-06", "2025-11-07"]),
        Case("Gunmen attacked a post on October 3. On the same day, a bomb exploded in Tank.", sun, ["2025-10-03", "2025-10-03"]),
        Case("Clashes erupted on Sunday. That night, jets struck Kabul.", "2025-10-16", ["2025-10-12", "2025-10-12"]),
        Case("On the same day, gunmen attacked a police post.", sun, []),
        // The year or month of the last date named; not "the same month last year", nor with none named.
        Case("Fighters stormed a school in December 2014. A military offensive launched that year drove them out.", sun, ["2014-12", "2014"]),
        // "appeared to be holding by Sunday morning" in a Sunday report: that morning.
        Case("Explosions were heard, but the ceasefire appeared to be holding by Sunday morning.", sun, ["2025-10-26"]),
        // Two days before another "and".
        Case("Earlier rounds in Doha on October 18 and 19 and in Istanbul failed.", sun, ["2025-10-18", "2025-10-19"]),
        Case("Pakistan says it killed more than 200 fighters on October 11 and 12 alone.", sun, ["2025-10-11", "2025-10-12"]),
        Case("Clashes on May 7 and 8 last year killed 70 people.", sun, ["2024-05-07", "2024-05-08", "2024"]),
        // Preparing for a happening dates the happening, ahead; a preparation past perfect does not.
        Case("The handover came as both sides prepared for a second round of talks in Istanbul on Saturday.", "2025-10-23", ["2025-10-25"]),
        Case("The fighters had prepared for the attack on Monday, police said.", "2025-10-23", ["2025-10-20"]),
        // A month as a clause's subject; "May", a name as often, is left alone there.
        Case("Attacks have risen every year since 2021, and October brought the worst fighting in decades.", "2025-12-01", ["2021", "2025-10"]),
        Case("Theresa May was the first leader to call.", "2025-12-01", []),
        // "in August of that year": the month, in the year named before it.
        Case("US forces left Bagram in July 2021, weeks before the withdrawal from Kabul airport in August of that year.", "2025-09-20", ["2021-07", "2021-08"]),
        // "for Thursday": the day something is planned for; "for Thursday's attack" a happening's.
        Case("Lawyers’ associations in Lahore and Karachi announced protests for Thursday.", "2025-11-11", ["2025-11-13"]),
        Case("Two men were arrested for Thursday's bombing.", "2025-11-11", ["2025-11-06"]),
        // "until" ending a past span is no deadline.
        Case("Shooting continued until about 3am on Monday (22:00 GMT on Sunday).", sun, ["2025-10-20", "2025-10-26"]),
        Case("The crossing will stay shut until Monday.", sun, ["2025-10-27"]),
        // "due in" a place or "due on" a day is ahead; "due in part to" gives a cause.
        Case("A second round of talks, due in Istanbul on Saturday, has been confirmed.", sun, ["2025-11-01"]),
        Case("The delay was due in part to fighting on Saturday.", sun, ["2025-10-25"]),
        Case("The board withdrew from a tri-nation series due in September.", "2025-08-17", ["2025-09"]),
        Case("The board withdrew from a tri-nation series due in July.", "2025-08-17", ["2026-07"]),
        // A future cue inside a quotation that closes before the date is the speaker's.
        Case("“There is no fourth round scheduled,” Asif told reporters in Sialkot on Saturday.", "2025-11-09", ["2025-11-08"]),
        // (A quotation long enough to open before the 80 units read for a cue.)
        Case("“If there is any violation, we will respond,” Asif told the private Geo News channel late on Wednesday.", "2025-10-23", ["2025-10-22"]),
        Case("\"We will respond with full force,\" the minister said on Monday.", "2025-10-23", ["2025-10-20"]),
        Case("Talks were \"scheduled to resume\" on Saturday.", "2025-10-23", ["2025-10-25"]),
        Case("He said talks were “scheduled to resume” on Saturday.", "2025-11-09", ["2025-11-15"]),
        // A month that ends a period ("in the three months to November").
        Case("Trade fell by 40 percent in the three months to November.", "2025-12-03", ["2025-11"]),
        // A fiscal year or season across two years ("2024-25") is no calendar year.
        Case("Trade was worth about $1.6bn in the 2024-25 fiscal year.", sun, []),
        // A span of years in full gives both years.
        Case("The US-led occupation (2001–2021) left scars, as did the war of 1979-1989.", sun, ["2001", "2021", "1979", "1989"]),
        // "since 2023" names its first year; a month right before "that year" is of that year.
        Case("Chitral has seen attacks since 2023. In September that year, fighters stormed posts.", sun, ["2023", "2023-09"]),
        Case("Talks collapsed on November 7, 2025. Later that month, the fighting resumed.", sun, ["2025-11-07", "2025-11"]),
        Case("In 2021 the Taliban returned. Later that month, thousands fled.", sun, ["2021"]),
        Case("Attacks rose by 40 percent in October 2025 from the same month last year.", sun, ["2025-10", "2024"]),
        Case("That year, thousands fled across the border.", sun, []),
        // A year or month counted from the date named before it in its sentence, or in the
        // sentence before when it opens its own; "the previous year" alone is the year before
        // publication.
        Case("The province saw 782 deaths in 2024, up from 510 the year before.", sun, ["2024", "2023"]),
        Case("Exports fell in the 2024-25 fiscal year from $1.4bn a year earlier.", sun, []),
        Case("The Taliban seized Kabul in August 2021. A year later, a drone killed al-Qaeda’s leader there.", sun, ["2021-08", "2022"]),
        Case("Talks failed in October 2025, and the crossings were still shut the following month.", sun, ["2025-10", "2025-11"]),
        Case("Deaths doubled from the previous year, the group said.", sun, ["2024"]),
        // A count of years or months before the unit shifts by that many.
        Case("The Taliban emerged in Kandahar in 1994 and took Kabul two years later.", sun, ["1994", "1996"]),
        Case("The Taliban returned to power in August 2021. Four years later, the two governments barely speak.", sun, ["2021-08", "2025"]),
        Case("The offensive began in June 2014; the school was attacked six months later.", sun, ["2014-06", "2014-12"]),
        // A past tense after a future cue dates its own happening.
        Case("Talks in Istanbul to extend a ceasefire agreed in Doha broke down on Monday without a deal.", "2025-10-28", ["2025-10-27"]),
        Case("Talks in Istanbul to extend the ceasefire are due to begin on Monday.", "2025-10-28", ["2025-11-03"]),
        Case("Attacks in 2023 were fewer than the previous year.", sun, ["2023", "2022"]),
        Case("The year before the takeover, fighting raged.", sun, []),
        // A "by" date after a past perfect further back in its clause has passed.
        Case("Officials said 55,000 people had reached relief camps in Khar, the district headquarters, by Monday, while many more stayed with relatives.",
             "2025-10-28", ["2025-10-27"]),
        Case("Militants were killed on Friday night, a day before the talks resumed.", sun, ["2025-10-24"]),
        // "On Friday last" is last Friday, strictly before a Friday report; not "Friday last year".
        Case("On Friday last, a grenade attack left four policemen injured.", "2025-10-24", ["2025-10-17"]),
        Case("On Friday, a grenade attack left four policemen injured.", "2025-10-24", ["2025-10-24"]),
        // No publication date: relative expressions get no value, absolute ones still do.
        Case("On Friday, in August 2021.", "", [nil, "2021-08"]),
        Case("On October 11, 23 soldiers were killed; on 12-13 October, nine more.", "", [nil, nil, nil]),
        // A day of the month alone after "by", "until" or "the morning of": the month named before.
        Case("Fighting began on October 11. Pakistan said it had killed 200 fighters by the morning of the 12th.", sun, ["2025-10-11", "2025-10-12"]),
        Case("Talks began on October 18 and went on until the 20th, when they collapsed.", sun, ["2025-10-18", "2025-10-20"]),
        Case("The attack happened the day before yesterday; talks resume the day after tomorrow.", sun, ["2025-10-24", "2025-10-28"]),
        // A count of a year's first months or a quarter of it names the year.
        Case("More than 300 people were killed in the first four months of the year and 50 in the first quarter of this year.", sun, ["2025", "2025"]),
    ]

    @Test(arguments: cases)
    func resolves(_ c: Case) {
        let published = c.published.isEmpty ? nil : Day(iso: c.published)
        let found = DateResolver().resolve(c.text, published: published)
        #expect(found.map(\.value) == c.values, "\(found.map { ($0.text, $0.value) })")
        for d in found {
            let scalars = Array(c.text.unicodeScalars)
            #expect(String(String.UnicodeScalarView(scalars[d.span.start..<d.span.end])) == d.text)
        }
    }

    /// A fixed-date holiday is a day: read as a yearless date, or in the year after it, or a
    /// year back after "last" when this year's fell in the past week; one several countries keep
    /// needs its country named before it; two words a full stop parts are no name.
    @Test func holidaysAreDays() {
        let resolver = DateResolver(holidays: Holidays(holidays: [
            .init(name: "Christmas", month: 12, day: 25, country: ""), .init(name: "Defence Day", month: 9, day: 6, country: "PK"),
            .init(name: "Independence Day", month: 8, day: 14, country: "PK"), .init(name: "Independence Day", month: 8, day: 19, country: "AF"),
            .init(name: "Pakistan Day", month: 3, day: 23, country: "PK"),
        ]))
        func values(_ text: String, _ published: String) -> [String?] {
            resolver.resolve(text, published: Day(iso: published)).map(\.value)
        }
        #expect(values("Security was tightened for Christmas and on Defence Day.", "2025-12-27") == ["2025-12-25", "2025-09-06"])
        #expect(values("Last Christmas passed peacefully; Christmas 2013 did not.", "2025-12-27") == ["2024-12-25", "2013-12-25"])
        #expect(values("Parades were held last Christmas.", "2026-03-01") == ["2025-12-25"])
        #expect(values("Afghan Independence Day passed, and Pakistan's Independence Day too.", "2025-10-01") == ["2025-08-19", "2025-08-14"])
        #expect(values("On Independence Day, crowds gathered.", "2025-10-01").isEmpty)
        #expect(values("A bomb exploded on the eve of Pakistan’s Independence Day.", "2025-08-14") == ["2025-08-13"])
        #expect(values("Troops were sent across Pakistan. Day after day they fought.", "2025-10-01").isEmpty)
        #expect(values("The christmas lights were off.", "2025-12-27").isEmpty)
    }

    @Test func aSentencesFullStopIsNotPartOfTheDate() {
        let found = DateResolver().resolve("Talks ended on 31 October. On Oct. 9 blasts hit Kabul.", published: Day(iso: "2025-10-31"))
        #expect(found.map(\.text) == ["31 October", "Oct. 9"])
    }

    @Test func granularityAndAnchor() throws {
        let p = Day(2025, 10, 26)
        let found = DateResolver().resolve("On Friday, in August 2021, in 2007, last month.", published: p)
        #expect(found.map(\.granularity) == [.day, .month, .year, .month])
        #expect(found.map(\.anchor) == [.published, .absolute, .absolute, .published])
    }

    @Test func publishedOnLineIsMetadataNotBody() throws {
        let text = "Standfirst of the article here about border talks in Doha and Kabul today.\nPublished On 26 Oct 202526 Oct 2025\nShare\nThe army said on Sunday that five soldiers died.\n"
        var warnings: [String] = []
        var doc = try #require(try SitrepTestSupport.Repository.resources.reader().documents(bytes: Array(text.utf8), path: "p.txt", warnings: &warnings).first)
        try SitrepTestSupport.Repository.resources.pipeline().run(&doc)
        #expect(doc.published == Day(2025, 10, 26))
        #expect(doc.dates.map(\.text) == ["on Sunday"])
    }
}

import SitrepTestSupport
