import SitrepCore
import SitrepTestSupport
import Testing

/// Villages and localities the gazetteer lacks, found by the phrases that name them.
@Suite struct FindUnlistedPlacesTests {
    func unlisted(_ text: String) throws -> [PlaceEntry] {
        var warnings: [String] = []
        var doc = try #require(try Repository.resources.reader().documents(bytes: Array((text + "\n").utf8), path: "t.txt", warnings: &warnings).first)
        try Repository.resources.pipeline().run(&doc)
        var seen = Set<String>()
        return doc.places.map(\.place).filter { $0.id.hasPrefix("unlisted:") && seen.insert($0.id).inserted }
    }

    @Test func aLocalityOfANamedDistrictTakesItsUnits() throws {
        let found = try unlisted("He stood outside the police post in the Domel area of Bannu district.")
        let domel = try #require(found.first)
        #expect(found.count == 1)
        #expect(domel.id == "unlisted:domel.bannu" && domel.name == "Domel" && domel.kind == .other)
        #expect(domel.country == "PK" && domel.admin1 == "Khyber Pakhtunkhwa" && domel.admin2 == "Bannu")
        let bannu = try #require(Repository.resources.gazetteer.places.first { $0.name == "Bannu" && $0.kind == .district })
        #expect(domel.lat == bannu.lat && domel.lon == bannu.lon)
        // A province holds it as its first-level unit.
        let marghi = try #require(try unlisted("An explosion hit a market in the Marghi area of Paktika province.").first)
        #expect(marghi.country == "AF" && marghi.admin1 == "Paktika" && marghi.admin2 == "")
    }

    /// A listed village of the other side of the border, in a report that names no other place
    /// of that country, is the holder's own village of the same name; where the report names a
    /// place of the village's country, the listed village stands.
    @Test func aStrayVillageAcrossTheBorderIsTheHoldersOwn() throws {
        let shewa = try unlisted("Shells have killed six children in the Kurram district. Three brothers died in the village of Shewa on November 18.")
        #expect(shewa.map(\.id) == ["unlisted:shewa.kurram"] && shewa.first?.country == "PK")
        #expect(try unlisted("Shells have killed six children in Kunar. Three brothers died in the village of Shewa on November 18.").isEmpty)
    }

    /// A district or tehsil the gazetteer lacks, named before its unit word and held by the
    /// place after "of".
    @Test func aNewDistrictBeforeItsUnitWord() throws {
        let found = try unlisted("Fighting was reported in the Sherani district of Balochistan and in the Safi tehsil of Mohmand.")
        #expect(found.map(\.id) == ["unlisted:sherani.balochistan", "unlisted:safi.mohmand"])
        #expect(found.allSatisfy { $0.kind == .district && $0.country == "PK" })
        // A listed district stays the gazetteer's.
        #expect(try unlisted("Fighting was reported in the Kurram district of Khyber Pakhtunkhwa.").isEmpty)
    }

    /// A crossing named before "crossing", and each name of a list before a plural unit word.
    @Test func aCrossingAndAListBeforeAPluralUnit() throws {
        // The place right after "in" holds it, not the one named before.
        let milak = try unlisted("Rations were cut at Islam Qala and at the Milak crossing in Nimroz province.")
        #expect(milak.map(\.name) == ["Milak"] && milak.first?.admin1 == "Nimroz")
        #expect(try unlisted("Rations were cut at the border crossing in Nimroz province.").isEmpty)
        let areas = try unlisted("Officers raided homes in the Bhara Kahu and Tarnol areas on the outskirts of Islamabad.")
        #expect(areas.map(\.name) == ["Bhara Kahu", "Tarnol"])
        #expect(areas.allSatisfy { $0.admin1 == "Islamabad" })
        // A sector's code before "and" is no place; the city's possessive before it holds the other.
        let neighbourhood = try unlisted("He had lived in Karachi’s Sohrab Goth neighbourhood since 1992.")
        #expect(neighbourhood.map(\.name) == ["Sohrab Goth"] && neighbourhood.first?.admin1 == "Sindh")
        let sector = try unlisted("Police in Islamabad raided the city’s I-12 and Tarnol areas overnight.")
        #expect(sector.map(\.name) == ["Tarnol"] && sector.first?.admin1 == "Islamabad")
    }

    /// A valley named before "valley", held by the place named before it; a listed valley's
    /// name is not found again, nor a valley without a name.
    @Test func aValleyNamedBeforeValley() throws {
        let found = try unlisted("Officials in Upper Dir said 40 families had fled the Kumrat valley.")
        #expect(found.map(\.name) == ["Kumrat"])
        #expect(found.first?.admin1 == "Khyber Pakhtunkhwa")
        #expect(try unlisted("Officials in Upper Dir said 40 families had fled the valley.").isEmpty)
        #expect(try unlisted("Troops entered the Tirah valley in Khyber district.").isEmpty)
    }

    /// "near X" ending its phrase: a locality of the place named before it; not a building's, a
    /// landmark's or a body's name.
    @Test func aNameAfterNearEndingItsPhraseIsALocality() throws {
        let found = try unlisted("The convoy from Parachinar was ambushed near Kunj Alizai, killing 15 people.")
        #expect(found.map(\.name) == ["Kunj Alizai"])
        #expect(found.first?.admin2 == "Kurram")
        #expect(try unlisted("A blast in Peshawar went off near Lady Reading Hospital, police said.").isEmpty)
        #expect(try unlisted("In Peshawar, the bomb exploded near Bacha Khan Chowk, killing two.").isEmpty)
        #expect(try unlisted("Fighting in Kurram raged near Kunj Alizai.").map(\.name) == ["Kunj Alizai"])
        // People: a title, or a name followed by anything but a participle or the sentence's end.
        #expect(try unlisted("In Quetta, the blast occurred near Commissioner Hamza Shafqaat, killing a guard.").isEmpty)
        #expect(try unlisted("In Peshawar, the bomb went off near Bilal Ahmed, a shopkeeper, who was injured.").isEmpty)
    }

    /// "near X in Y district": a locality of the district after it; not a building's name.
    @Test func aNameBeforeInADistrictIsALocalityOfIt() throws {
        let found = try unlisted("The blast struck the track near Sultan Kot in Shikarpur district of Sindh province.")
        #expect(found.map(\.name) == ["Sultan Kot"])
        #expect(found.first?.admin1 == "Sindh")
        #expect(try unlisted("The bomber struck at Shahwani Stadium in Quetta district.").isEmpty)
        #expect(try unlisted("The blast struck near Sultan Kot in Shikarpur.").isEmpty)
        // A comma and "the" may stand between the name and its district.
        let marghi = try unlisted("Aircraft struck a market in Marghi, in the Barmal district of Paktika province.")
        #expect(marghi.map(\.name) == ["Marghi"])
        #expect(marghi.first?.admin1 == "Paktika")
    }

    /// "in Karachi’s Sohrab Goth on Tuesday": a name after a town's possessive after "in"; not a
    /// building's, a landmark's or a public body's name.
    @Test func aNameAfterATownsPossessiveIsALocalityOfIt() throws {
        let found = try unlisted("A wall collapsed during a police raid in Karachi’s Sohrab Goth on Tuesday night.")
        #expect(found.map(\.name) == ["Sohrab Goth"])
        #expect(found.first?.admin1 == "Sindh")
        #expect(try unlisted("He was treated in Peshawar's Lady Reading Hospital.").isEmpty)
        #expect(try unlisted("He was closing his bakery in Kabul’s Abdul Haq square when the blast hit.").isEmpty)
        #expect(try unlisted("Officials in Karachi's Municipal Corporation said the road was shut.").isEmpty)
    }

    /// ISPR's "general area(s) of X": a locality, held by the district named after it.
    @Test func aNameAfterGeneralAreaOfIsALocality() throws {
        let found = try unlisted("Khwarij attempted to infiltrate in general areas of Mandatti Kach, Kurram District and Spinwam, North Waziristan District.")
        #expect(found.map(\.name) == ["Mandatti Kach"])
        #expect(found.first?.admin2 == "Kurram")
        #expect(try unlisted("Officials said the area of Kurram was calm.").isEmpty)
    }

    /// "the Peshawar suburb of X": a suburb is named like a village, its city before it.
    @Test func aNameAfterSuburbOfIsALocality() throws {
        let found = try unlisted("She had lived in the Peshawar suburb of Board Bazaar since 1981.")
        #expect(found.map(\.name) == ["Board Bazaar"])
        #expect(found.first?.admin1 == "Khyber Pakhtunkhwa")
        #expect(try unlisted("She had lived in the suburbs of Peshawar since 1981.").isEmpty)
    }

    /// "in X, Bannu,": a name set off by a comma before a listed place that ends the phrase.
    @Test func aNameBeforeACommaAndAListedPlaceIsALocalityOfIt() throws {
        let found = try unlisted("Police foiled an attack on a checkpost in Fateh Khel, Bannu, late on Tuesday.")
        #expect(found.map(\.name) == ["Fateh Khel"])
        #expect(found.first?.admin1 == "Khyber Pakhtunkhwa")
        #expect(try unlisted("In London, Islamabad's envoy said the talks had failed.").isEmpty)
        #expect(try unlisted("The attack in Fateh Khel, Bannu and Lakki Marwat was claimed by no group.").isEmpty)
    }

    /// "Residents of X": the people who live in a place name it.
    @Test func aNameAfterResidentsOfIsALocality() throws {
        let found = try unlisted("Residents of Matre Dara, in the Tirah valley near the Afghan border, blamed the blasts on air strikes.")
        #expect(found.map(\.id) == ["unlisted:matre-dara.tirah"])
        #expect(try unlisted("Villagers of Hassu Khel said the strike hit a house in North Waziristan.").map(\.name) == ["Hassu Khel"])
        // Listed places, a lowercase phrase and a body's name are no new places.
        #expect(try unlisted("Residents of Kurram said the roads were closed.").isEmpty)
        #expect(try unlisted("Residents of the border district of Kurram said the roads were closed.").isEmpty)
        #expect(try unlisted("Residents of Bannu Cantonment Board said the roads in Bannu were closed.").isEmpty)
    }

    @Test func aVillageTakesTheNearestPlaceNamedBeforeIt() throws {
        let text = """
            A drone strike has killed seven members of one family in the town of Mir Ali, residents say.
            The strike hit the house in the village of Hassu Khel shortly before dawn on Tuesday.
            """
        let village = try #require(try unlisted(text).first)
        #expect(village.name == "Hassu Khel" && village.kind == .village)
        #expect(village.admin2 == "North Waziristan")
        // A town named just before a province holds the village rather than the province.
        let inChaman = try unlisted("Across the border in Chaman, in Pakistan’s Balochistan province, residents said shells landed in the Killi Luqman area.")
        #expect(inChaman.map(\.id) == ["unlisted:killi-luqman.chaman"])
        // A demonym before the unit word names the holder's country.
        let lezhi = try unlisted("Residents of Parachinar blamed Afghan forces in Paktia province, who said Pakistani troops had shelled the Afghan village of Lezhi.")
        #expect(lezhi.map(\.id) == ["unlisted:lezhi.paktia"] && lezhi.first?.country == "AF")
        // "Chaman’s Killi Luqman area", "in Ochat village".
        #expect(try unlisted("Three civilians were hurt in Chaman’s Killi Luqman area.").map(\.name) == ["Killi Luqman"])
        #expect(try unlisted("Gunmen attacked a convoy in Kurram, near Ochat village.").map(\.name) == ["Ochat"])
        // "the city’s Saddar area": held by the city named before.
        #expect(try unlisted("Police in Peshawar said the bomber struck in the city’s Saddar area.").map(\.id) == ["unlisted:saddar.peshawar"])
        // A village named before "village" after a verb, when a preposition ends the phrase.
        #expect(try unlisted("In Kunar, the landslide struck Dewa Gul village in the Chawkay district before dawn.").map(\.id) == ["unlisted:dewa-gul.chawkay"])
        // Each name of a list after a plural unit word.
        #expect(try unlisted("Floods in Buner swept away the villages of Dalora, Qadir Nagar and Bishnoi overnight.").map(\.name)
                    == ["Dalora", "Qadir Nagar", "Bishnoi"])
        // A name in apposition to "a village" ("a remote village"), after an opener.
        #expect(try unlisted("The drone struck in Hurmaz, a village near the town of Mir Ali, on Monday.").map(\.id) == ["unlisted:hurmaz.mir-ali"])
        #expect(try unlisted("Shells hit homes in Shalatak, a remote village in Kunar province.").map(\.id) == ["unlisted:shalatak.kunar"])
        // A name set off by commas after a person's village; not a name that no comma closes.
        #expect(try unlisted("Her village, Ghakhi, lies less than a kilometre from the border in Bajaur district.").map(\.id) == ["unlisted:ghakhi.bajaur"])
        #expect(try unlisted("His village, Shalatak and its orchards lie in Kunar province.").isEmpty)
        // Every mention of the name is marked, not only the one in the phrase.
        var warnings: [String] = []
        var doc = try #require(try Repository.resources.reader().documents(bytes: Array("Shells landed in the Dogar area of Kurram.\nResidents of Dogar fled.\n".utf8), path: "t.txt", warnings: &warnings).first)
        try Repository.resources.pipeline().run(&doc)
        #expect(doc.places.filter { $0.place.id == "unlisted:dogar.kurram" }.count == 2)
    }

    @Test func sidesKindsAndListedPlacesAreNoNewPlaces() throws {
        for text in [
            "Shelling hit the Afghan border area near Chaman on Sunday.",
            "Protesters reached the Red Zone area of Islamabad.",
            "The Kurram area has seen fighting for years.",
            "Fighting spread to the village of Bajaur district.",
            "A village of 200 people near Chaman was emptied.",
            // With no place below a country before or after it, nothing locates the village.
            "Afghanistan said the strike hit a house in the village of Shalatak.",
            // A person's name before "a village elder" is no place.
            "The jirga was led by Malik Gul, a village elder from Bajaur.",
            "He spoke to Hakim Khan, a town official, in Chaman.",
            // A landmark's name before "area" names no locality.
            "Local media said a vehicle was hit in the Abdul Haq Square area of Kabul.",
            // After a determiner, a capitalised word before "village" is an adjective.
            "Troops searched a Wazir village near Miran Shah.",
        ] {
            #expect(try unlisted(text).isEmpty, "\(text)")
        }
    }
}
