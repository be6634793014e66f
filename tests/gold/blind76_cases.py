"""Blind gold set 76: short news articles from many outlets, written once.

Sixteen articles in the house styles of European English-language outlets, South African weeklies,
Pakistani dailies and Caribbean papers. They were written without looking at the pretagger, its output
or the other gold sets, and every quote was annotated by hand in order of appearance.
"""

from __future__ import annotations

from gold_format import Case, Q

CASES = [
    Case("blind76-dw-pipeline", """Germany and Norway sign deal to expand North Sea gas link

Germany and Norway on Tuesday signed an agreement to expand the Europipe gas connection between the two countries, with Berlin saying the deal would secure supplies for at least another decade.

German Economy Minister Katharina Vollmer and Norwegian Energy Minister Sigrid Haugland signed the agreement in Oslo. Under its terms, Norway's state-owned pipeline operator Gassco will raise capacity on the Europipe II line by around 15% from 2027.

"This is not just a gas contract. It is a promise between two neighbors that we will not leave each other in the cold," Vollmer told reporters after the ceremony.

Haugland said Norway remained "a reliable partner" for Europe and that the expansion would be designed with future hydrogen transport in mind.

Norway became Germany's largest gas supplier after Russia halted deliveries through the Nord Stream pipelines in 2022. According to the Federal Network Agency, Norwegian gas made up nearly half of German imports last year.

Klaus Meinhardt, the chief executive of Open Grid Europe, which runs the German end of the line, said work at the landing terminal in Dornum would begin next spring. "We have the engineers and the permits ready. What we needed was this signature," he said.

Environmental groups criticized the deal. Greenpeace Germany said the government was "locking in fossil fuels" at a time when it should be cutting demand.

"Every euro that goes into new gas infrastructure is a euro missing from heat pumps and insulation," Lena Brandt, an energy campaigner with the group, told DW.

Vollmer rejected the criticism. She said gas would remain "a bridge" for German industry and insisted that the new capacity could later carry hydrogen.

"Nobody in this government wants to build a second gas dependency," she said. "But we also cannot switch off our factories overnight."

The German Chemical Industry Association (VCI) said in a statement that the agreement sent "an important signal" to companies weighing whether to keep production in Germany.

The first additional gas is expected to flow in the winter of 2027-28, the Economy Ministry said.""", [
        Q("the deal would secure supplies for at least another decade", "indirect", "Berlin", None),
        Q('"This is not just a gas contract. It is a promise between two neighbors that we will not leave each '
          'other in the cold,"', "direct", "Vollmer", "Katharina Vollmer", speaker_at="Vollmer told"),
        Q('"a reliable partner"', "partial", "Haugland", "Sigrid Haugland", speaker_at="Haugland said"),
        Q("that the expansion would be designed with future hydrogen transport in mind", "indirect", "Haugland",
          "Sigrid Haugland", speaker_at="Haugland said"),
        Q("Norwegian gas made up nearly half of German imports last year", "indirect", "the Federal Network Agency",
          "Federal Network Agency"),
        Q("work at the landing terminal in Dornum would begin next spring", "indirect", "Klaus Meinhardt",
          "Klaus Meinhardt"),
        Q('"We have the engineers and the permits ready. What we needed was this signature,"', "direct", "he",
          "Klaus Meinhardt", speaker_at="he said"),
        Q('"locking in fossil fuels"', "partial", "Greenpeace Germany", "Greenpeace Germany"),
        Q('"Every euro that goes into new gas infrastructure is a euro missing from heat pumps and insulation,"',
          "direct", "Lena Brandt", "Lena Brandt"),
        Q('"a bridge"', "partial", "She", "Katharina Vollmer", speaker_at="She said"),
        Q("that the new capacity could later carry hydrogen", "indirect", "She", "Katharina Vollmer",
          speaker_at="She said"),
        Q('"Nobody in this government wants to build a second gas dependency,"', "direct", "she",
          "Katharina Vollmer", speaker_at="she said"),
        Q('"But we also cannot switch off our factories overnight."', "direct", "she", "Katharina Vollmer",
          speaker_at="she said"),
        Q('"an important signal"', "partial", "The German Chemical Industry Association",
          "German Chemical Industry Association"),
        Q("The first additional gas is expected to flow in the winter of 2027-28", "indirect", "the Economy Ministry",
          "Economy Ministry"),
    ], source="blind"),
    Case("blind76-dw-gridrepair", """Ukraine's power engineers race to patch grid before winter

In a field outside the central Ukrainian city of Kremenchuk, a crew of six linemen is hoisting a new transformer into place. Two weeks ago, a Russian missile tore through the substation that stood here.

"We used to fix storm damage. Now we fix war damage, and the enemy comes back to break it again," said Oleksandr Hnatiuk, the crew's foreman, wiping oil from his hands.

Russia has carried out more than a dozen large-scale attacks on Ukraine's energy system this year. According to the national grid operator Ukrenergo, almost every thermal power plant in the country has been damaged.

Ukrenergo chief executive Vitaliy Zaichenko told DW the company had restored around 70% of the damaged high-voltage equipment since the spring. But he warned that repairs alone would not be enough.

"We can replace a transformer in weeks. We cannot replace a power plant in weeks," Zaichenko said. "That is why air defense is the most important part of our repair plan."

Ukraine has asked its Western partners for additional Patriot systems to protect energy facilities. The European Commission said last month it would provide another \u20ac160 million for emergency grid equipment, including mobile gas turbines and transformers.

For the crews, the work is dangerous. At least 30 energy workers have been killed since the full-scale invasion began, the Energy Ministry said in September.

Hnatiuk said his team had twice been forced to take cover during repair jobs when air raid sirens sounded. "You hear the drone, you drop the tools and you run," he said, "and when it's quiet, you go back."

Local residents have grown used to scheduled blackouts, which in the summer lasted up to 12 hours a day. Iryna Koval, who runs a bakery in Kremenchuk, said she had bought a diesel generator in June.

"It eats half my profit," she told DW. "But if I close, people have no bread."

Energy expert Andrian Prokip of the Kyiv-based Ukrainian Institute for the Future said the coming winter would be "the hardest test yet" for the grid. He said Ukraine needed to build smaller, decentralized power plants that were harder to hit.

As the sun sets over the Dnipro, the transformer is finally bolted down. "Tomorrow we go to the next one," Hnatiuk says.""", [
        Q('"We used to fix storm damage. Now we fix war damage, and the enemy comes back to break it again,"',
          "direct", "Oleksandr Hnatiuk", "Oleksandr Hnatiuk"),
        Q("almost every thermal power plant in the country has been damaged", "indirect", "Ukrenergo", "Ukrenergo",
          speaker_at="operator Ukrenergo"),
        Q("the company had restored around 70% of the damaged high-voltage equipment since the spring", "indirect",
          "Vitaliy Zaichenko", "Vitaliy Zaichenko"),
        Q("that repairs alone would not be enough", "indirect", "he", "Vitaliy Zaichenko", speaker_at="he warned"),
        Q('"We can replace a transformer in weeks. We cannot replace a power plant in weeks,"', "direct",
          "Zaichenko", "Vitaliy Zaichenko", speaker_at="Zaichenko said"),
        Q('"That is why air defense is the most important part of our repair plan."', "direct", "Zaichenko",
          "Vitaliy Zaichenko", speaker_at="Zaichenko said"),
        Q("it would provide another \u20ac160 million for emergency grid equipment, including mobile gas turbines and "
          "transformers", "indirect", "The European Commission", "European Commission"),
        Q("At least 30 energy workers have been killed since the full-scale invasion began", "indirect",
          "the Energy Ministry", "Energy Ministry"),
        Q("his team had twice been forced to take cover during repair jobs when air raid sirens sounded", "indirect",
          "Hnatiuk", "Oleksandr Hnatiuk", speaker_at="Hnatiuk said"),
        Q('"You hear the drone, you drop the tools and you run,"', "direct", "he", "Oleksandr Hnatiuk",
          speaker_at="he said,"),
        Q('"and when it\'s quiet, you go back."', "direct", "he", "Oleksandr Hnatiuk", speaker_at="he said,"),
        Q("she had bought a diesel generator in June", "indirect", "Iryna Koval", "Iryna Koval"),
        Q('"It eats half my profit,"', "direct", "she", "Iryna Koval", speaker_at="she told DW"),
        Q('"But if I close, people have no bread."', "direct", "she", "Iryna Koval", speaker_at="she told DW"),
        Q('"the hardest test yet"', "partial", "Andrian Prokip", "Andrian Prokip"),
        Q("Ukraine needed to build smaller, decentralized power plants that were harder to hit", "indirect", "He",
          "Andrian Prokip", speaker_at="He said"),
        Q('"Tomorrow we go to the next one,"', "direct", "Hnatiuk", "Oleksandr Hnatiuk", speaker_at="Hnatiuk says"),
    ], source="blind"),
    Case("blind76-dw-takeover", """Fans protest as US fund buys into Westfalia Hamm

A US private equity fund has agreed to buy a 49.9% stake in second-division club Westfalia Hamm, in a deal that has angered supporters and reignited the debate over Germany's 50+1 ownership rule.

The club confirmed on Monday that Boston-based Harbor Ridge Capital would invest \u20ac45 million in the company that runs its professional team. Under the 50+1 rule, a club's members must keep a majority of voting rights, so the fund cannot take formal control.

The fund had also held talks with two other second-division clubs, according to the sports magazine Kicker.

"We were fighting for survival. This investment gives us the chance to build something for the next 20 years," club president Markus Thiele said at a press conference at the Westfalia Stadium.

Thiele added that the investors had agreed not to change the club's name, colors or crest. He called those points "red lines" for the board, which will present its "Vision 2035" strategy paper to members in January.

Harbor Ridge managing partner Daniel Whitfield said the fund saw "huge untapped potential" in German football. "The atmosphere in these stadiums is something you can't buy anywhere else in the world," he told DW in a phone interview.

Many fans are not convinced. On Saturday, supporters in the south stand stayed silent for the first 12 minutes of the home match against Paderborn.

"They say nothing will change. That's what they always say," said Jonas Kramer, a spokesman for the fan alliance Westfalia Bleibt Westfalia. He said the group would ask members to vote against the deal at an extraordinary general meeting next month.

The German Football League (DFL) said it would examine the contract to make sure it complied with the 50+1 rule. A spokesperson told DW the league had not yet received all the documents.

Sports economist Claudia Reuter of the University of Bayreuth said clubs outside the Bundesliga were under heavy financial pressure. "For many second-division clubs, the choice is between an investor and insolvency," she said.

Westfalia Hamm currently sit 14th in the table, four points above the relegation zone.""", [
        Q("that Boston-based Harbor Ridge Capital would invest \u20ac45 million in the company that runs its "
          "professional team", "indirect", "The club", "Westfalia Hamm"),
        Q("The fund had also held talks with two other second-division clubs", "indirect", "Kicker", "Kicker"),
        Q('"We were fighting for survival. This investment gives us the chance to build something for the next 20 '
          'years,"', "direct", "Markus Thiele", "Markus Thiele"),
        Q("that the investors had agreed not to change the club's name, colors or crest", "indirect", "Thiele",
          "Markus Thiele", speaker_at="Thiele added"),
        Q('"red lines"', "partial", "He", "Markus Thiele", speaker_at="He called"),
        Q('"huge untapped potential"', "partial", "Daniel Whitfield", "Daniel Whitfield"),
        Q('"The atmosphere in these stadiums is something you can\'t buy anywhere else in the world,"', "direct",
          "he", "Daniel Whitfield", speaker_at="he told DW"),
        Q('"They say nothing will change. That\'s what they always say,"', "direct", "Jonas Kramer", "Jonas Kramer"),
        Q("the group would ask members to vote against the deal at an extraordinary general meeting next month",
          "indirect", "He", "Jonas Kramer", speaker_at="He said"),
        Q("it would examine the contract to make sure it complied with the 50+1 rule", "indirect",
          "The German Football League", "German Football League"),
        Q("the league had not yet received all the documents", "indirect", "A spokesperson", None),
        Q("clubs outside the Bundesliga were under heavy financial pressure", "indirect", "Claudia Reuter",
          "Claudia Reuter"),
        Q('"For many second-division clubs, the choice is between an investor and insolvency,"', "direct", "she",
          "Claudia Reuter", speaker_at="she said"),
    ], source="blind"),
    Case("blind76-kyivindependent-grid", """Power partially restored in Odesa Oblast after Russian strike on substations

Energy workers restored electricity to around 140,000 households in Odesa Oblast by the evening of Nov. 14, a day after a Russian drone and missile attack knocked out two key substations, national grid operator Ukrenergo said.

Some 60,000 customers in the city of Odesa and surrounding districts remained without power as of 8 p.m., according to the company.

"The damage is severe. Our crews are working around the clock, but some of the equipment will have to be replaced entirely," Ukrenergo's head of operations, Maksym Tkachuk, said on national television.

Tkachuk said full repairs could take "several weeks" and urged residents to limit the use of electric heaters during the evening peak.

Russia launched 47 drones and six missiles at Odesa Oblast overnight, the Air Force reported. Air defense units shot down 39 drones and four missiles, according to the military.

Odesa Oblast Governor Serhii Lysenko wrote on Telegram that a 67-year-old man had been injured when debris hit a residential building in the city's Kyivskyi district.

"Critical infrastructure was once again the target. There is no military logic here, only the wish to freeze people," Lysenko wrote.

The Energy Ministry said hospitals, water utilities and heating plants in the region had been switched to backup generators.

"Critical facilities have power. This is our priority," Energy Minister Halyna Marchenko told the Kyiv Independent.

Russia has repeatedly targeted Ukraine's energy infrastructure since the start of the full-scale invasion. In 2024 alone, attacks destroyed around 9 gigawatts of generating capacity, roughly half of what the country needs at peak demand, Marchenko said in October.

Residents of Odesa described a night of explosions followed by silence as the lights went out.

"First the windows shook, then everything went dark, even the streetlights," said Viktoriia Bondar, a schoolteacher who lives in the city's Tairove district.

Ukrenergo said scheduled power outages would be introduced in Odesa, Mykolaiv and Kherson oblasts on Nov. 15 and urged consumers to check the websites of their local distribution companies for schedules.""", [
        Q("Energy workers restored electricity to around 140,000 households in Odesa Oblast by the evening of "
          "Nov. 14, a day after a Russian drone and missile attack knocked out two key substations", "indirect",
          "Ukrenergo", "Ukrenergo", speaker_at="operator Ukrenergo"),
        Q("Some 60,000 customers in the city of Odesa and surrounding districts remained without power as of 8 p.m.",
          "indirect", "the company", "Ukrenergo"),
        Q('"The damage is severe. Our crews are working around the clock, but some of the equipment will have to '
          'be replaced entirely,"', "direct", "Maksym Tkachuk", "Maksym Tkachuk"),
        Q('"several weeks"', "partial", "Tkachuk", "Maksym Tkachuk", speaker_at="Tkachuk said"),
        Q("Russia launched 47 drones and six missiles at Odesa Oblast overnight", "indirect", "the Air Force",
          "Air Force"),
        Q("Air defense units shot down 39 drones and four missiles", "indirect", "the military", None),
        Q("that a 67-year-old man had been injured when debris hit a residential building in the city's Kyivskyi "
          "district", "indirect", "Serhii Lysenko", "Serhii Lysenko"),
        Q('"Critical infrastructure was once again the target. There is no military logic here, only the wish to '
          'freeze people,"', "direct", "Lysenko", "Serhii Lysenko", speaker_at="Lysenko wrote."),
        Q("hospitals, water utilities and heating plants in the region had been switched to backup generators",
          "indirect", "The Energy Ministry", "Energy Ministry"),
        Q('"Critical facilities have power. This is our priority,"', "direct", "Halyna Marchenko",
          "Halyna Marchenko"),
        Q("In 2024 alone, attacks destroyed around 9 gigawatts of generating capacity, roughly half of what the "
          "country needs at peak demand", "indirect", "Marchenko", "Halyna Marchenko", speaker_at="Marchenko said"),
        Q('"First the windows shook, then everything went dark, even the streetlights,"', "direct",
          "Viktoriia Bondar", "Viktoriia Bondar"),
        Q("scheduled power outages would be introduced in Odesa, Mykolaiv and Kherson oblasts on Nov. 15",
          "indirect", "Ukrenergo", "Ukrenergo", speaker_at="Ukrenergo said scheduled"),
    ], source="blind"),
    Case("blind76-kyivindependent-mayor", """Uman mayor charged with embezzling funds meant for school bomb shelters

The National Anti-Corruption Bureau of Ukraine (NABU) on Oct. 3 charged the mayor of Uman, a city of about 80,000 in Cherkasy Oblast, with embezzling over Hr 38 million ($920,000) allocated for the construction of school bomb shelters.

According to NABU, Mayor Ihor Bondarenko and two of his deputies arranged contracts with a construction firm controlled by a relative of one of the deputies, inflating the price of materials by up to three times.

"While children were studying in basements without ventilation, officials were buying apartments," the bureau said in a statement on Telegram.

The Specialized Anti-Corruption Prosecutor's Office (SAPO) said it would ask the High Anti-Corruption Court to hold Bondarenko in pre-trial detention with bail set at Hr 20 million.

Bondarenko, who has led the city since 2020, denied wrongdoing. In a video posted on Facebook, he called the charges "a political order" and said he would prove his innocence in court.

"Every hryvnia in these contracts was checked by the treasury. I have nothing to hide," Bondarenko said.

His lawyer, Taras Melnyk, told the Kyiv Independent that investigators had "misread ordinary construction invoices" and that the defense would challenge the expert assessment of prices.

The case is the latest in a string of scandals involving wartime spending by local authorities. Since the start of the full-scale invasion, NABU has opened more than 150 cases related to the procurement of shelters, fortifications and military supplies, according to the bureau.

Kateryna Zhuk, an analyst at the Anti-Corruption Action Center, said local governments had received "enormous sums with very little oversight" since 2022.

"Shelters are a matter of life and death. Stealing from them is not an ordinary crime," Zhuk said.

Uman residents told the Kyiv Independent that at least three schools in the city still lacked proper shelters, forcing them to hold classes online during air raid alerts.

The city council is expected to appoint an acting mayor next week.""", [
        Q("Mayor Ihor Bondarenko and two of his deputies arranged contracts with a construction firm controlled by a "
          "relative of one of the deputies, inflating the price of materials by up to three times", "indirect",
          "NABU", "National Anti-Corruption Bureau of Ukraine", speaker_at="According to NABU"),
        Q('"While children were studying in basements without ventilation, officials were buying apartments,"',
          "direct", "the bureau", "National Anti-Corruption Bureau of Ukraine", speaker_at="the bureau said"),
        Q("it would ask the High Anti-Corruption Court to hold Bondarenko in pre-trial detention with bail set at "
          "Hr 20 million", "indirect", "The Specialized Anti-Corruption Prosecutor's Office",
          "Specialized Anti-Corruption Prosecutor's Office"),
        Q('"a political order"', "partial", "he", "Ihor Bondarenko", speaker_at="he called"),
        Q("he would prove his innocence in court", "indirect", "he", "Ihor Bondarenko", speaker_at="he called"),
        Q('"Every hryvnia in these contracts was checked by the treasury. I have nothing to hide,"', "direct",
          "Bondarenko", "Ihor Bondarenko", speaker_at="Bondarenko said"),
        Q('"misread ordinary construction invoices"', "partial", "Taras Melnyk", "Taras Melnyk"),
        Q("that the defense would challenge the expert assessment of prices", "indirect", "Taras Melnyk",
          "Taras Melnyk"),
        Q("Since the start of the full-scale invasion, NABU has opened more than 150 cases related to the "
          "procurement of shelters, fortifications and military supplies", "indirect", "the bureau",
          "National Anti-Corruption Bureau of Ukraine", speaker_at="according to the bureau"),
        Q('"enormous sums with very little oversight"', "partial", "Kateryna Zhuk", "Kateryna Zhuk"),
        Q('"Shelters are a matter of life and death. Stealing from them is not an ordinary crime,"', "direct",
          "Zhuk", "Kateryna Zhuk", speaker_at="Zhuk said"),
        Q("that at least three schools in the city still lacked proper shelters, forcing them to hold classes "
          "online during air raid alerts", "indirect", "Uman residents", None),
    ], source="blind"),
    Case("blind76-euronews-restitution", """Belgium hands back 34 royal artefacts to DR Congo

Belgium on Thursday formally returned 34 objects taken from the Kuba kingdom during the colonial era to the Democratic Republic of Congo, in what officials in Brussels called a \u201cfirst step\u201d rather than a final settlement.

The masks, carved drums and ceremonial textiles had been held for more than a century at the Royal Museum for Central Africa in Tervuren, on the outskirts of Brussels, better known as the AfricaMuseum.

\u201cThese objects were not gifts. They were taken in a context of violence and domination, and they belong to the people who made them,\u201d Belgian State Secretary for Science Policy H\u00e9l\u00e8ne Dumont said at the handover ceremony in Kinshasa.

Dumont said a further 200 items had been identified as having been acquired illegitimately and would be returned in stages over the next five years.

Congolese Culture Minister Patrice Kabongo Ilunga described the day as \u201chistoric\u201d and thanked the Belgian and Congolese researchers who had traced the objects\u2019 origins.

\u201cOur young people will now be able to see with their own eyes what their ancestors created,\u201d he told Euronews. \u201cA museum in Kinshasa is not the same as a photograph from Tervuren.\u201d

The objects will be displayed at the National Museum of the DRC in Kinshasa, which opened in 2019.

Not everyone was satisfied. The Royal Council of the Kuba Kingdom said in a statement that the artefacts should go back to the kingdom itself, not to the national capital.

\u201cThe masks were taken from Mushenge, and they must come home to Mushenge,\u201d said Joseph Mbop, a spokesperson for the council.

Activists in Belgium have also criticised the pace of returns. Mireille Tshibangu, a historian at Ghent University who advises the government on restitution, said the process had been \u201cfar too slow and far too quiet.\u201d

According to Tshibangu, Belgian museums still hold around 85,000 objects from Central Africa, most of them collected between 1885 and 1960.

The AfricaMuseum reopened in 2018 after a five-year renovation intended to confront its colonial past. Its current exhibition, \u201cTaken: Objects and Empire\u201d, runs until March.

Its director, Bart Claes, said the museum would \u201ckeep working with Congolese colleagues as equals\u201d. He added that its archives would be opened to researchers from Kinshasa and Lubumbashi next year.""", [
        Q("\u201cfirst step\u201d", "partial", "officials in Brussels", None),
        Q("\u201cThese objects were not gifts. They were taken in a context of violence and domination, "
          "and they belong to the people who made them,\u201d", "direct", "H\u00e9l\u00e8ne Dumont",
          "H\u00e9l\u00e8ne Dumont"),
        Q("a further 200 items had been identified as having been acquired illegitimately and would be returned in "
          "stages over the next five years", "indirect", "Dumont", "H\u00e9l\u00e8ne Dumont",
          speaker_at="Dumont said a"),
        Q("\u201chistoric\u201d", "partial", "Patrice Kabongo Ilunga", "Patrice Kabongo Ilunga"),
        Q("\u201cOur young people will now be able to see with their own eyes what their ancestors created,\u201d",
          "direct", "he", "Patrice Kabongo Ilunga", speaker_at="he told Euronews"),
        Q("\u201cA museum in Kinshasa is not the same as a photograph from Tervuren.\u201d", "direct", "he",
          "Patrice Kabongo Ilunga", speaker_at="he told Euronews"),
        Q("that the artefacts should go back to the kingdom itself, not to the national capital", "indirect",
          "The Royal Council of the Kuba Kingdom", "Royal Council of the Kuba Kingdom"),
        Q("\u201cThe masks were taken from Mushenge, and they must come home to Mushenge,\u201d", "direct",
          "Joseph Mbop", "Joseph Mbop"),
        Q("\u201cfar too slow and far too quiet.\u201d", "partial", "Mireille Tshibangu", "Mireille Tshibangu"),
        Q("Belgian museums still hold around 85,000 objects from Central Africa, most of them collected between "
          "1885 and 1960", "indirect", "Tshibangu", "Mireille Tshibangu", speaker_at="According to Tshibangu"),
        Q("\u201ckeep working with Congolese colleagues as equals\u201d", "partial", "Bart Claes", "Bart Claes"),
        Q("that its archives would be opened to researchers from Kinshasa and Lubumbashi next year", "indirect",
          "He", "Bart Claes", speaker_at="He added"),
    ], source="blind"),
    Case("blind76-euronews-takeover", """Saudi-backed consortium completes takeover of Vit\u00f3ria de Set\u00fabal

A consortium backed by Saudi investors has completed its takeover of Vit\u00f3ria de Set\u00fabal, the historic Portuguese club that has spent the past five years in the lower divisions after a financial collapse.

The group, led by Riyadh-based Al Noor Sports Holding, will own 85% of the club\u2019s professional company, or SAD, with the remaining shares held by the members\u2019 association, the club said in a filing to Portugal\u2019s securities regulator.

Neither side disclosed the price, but Portuguese sports daily Record reported that the deal was worth around \u20ac30 million, including the club\u2019s debts.

\u2018Set\u00fabal is a sleeping giant. We want to wake it up and bring it back to the top flight within three seasons,\u2019 Al Noor\u2019s chief executive, Faisal Al-Harbi, said in a statement.

Al-Harbi said the consortium would invest in the youth academy and renovate the Est\u00e1dio do Bonfim, which has been partly closed since 2021 over safety concerns.

The club, nicknamed \u2018Os Sadinos\u2019 after the Sado river that flows past the city, won the Portuguese Cup three times and was a regular in European competition in the 1960s and 70s.

Club president Rui Carvalho told Euronews that members had voted \u2018with their hearts and their heads\u2019 at Sunday\u2019s general assembly, where 78% backed the sale.

\u2018Without this money, there would be no Vit\u00f3ria in ten years. I am sure of that,\u2019 he said. \u2018Now at least we have a future.\u2019

Some supporters remain sceptical. Outside the Bonfim on Monday evening, one supporter, a 54-year-old electrician, said he feared the club would become \u2018a shop window for someone else\u2019s project\u2019.

\u2018We have seen what happened at other clubs. The owners come, the owners go, and the fans stay,\u2019 he added.

Foreign investors now hold majority stakes in 11 of the 18 first-division clubs, according to the Portuguese Professional Football League.

The deal still needs approval from the league, which checks the origin of funds for all new investors, sports lawyer In\u00eas Ferreira said.

\u2018That process usually takes six to eight weeks, so the new owners will not be in charge before the winter transfer window,\u2019 Ferreira explained.""", [
        Q("The group, led by Riyadh-based Al Noor Sports Holding, will own 85% of the club\u2019s professional "
          "company, or SAD, with the remaining shares held by the members\u2019 association", "indirect", "the club",
          "Vit\u00f3ria de Set\u00fabal", speaker_at="the club said"),
        Q("that the deal was worth around \u20ac30 million, including the club\u2019s debts", "indirect", "Record",
          "Record"),
        Q("\u2018Set\u00fabal is a sleeping giant. We want to wake it up and bring it back to the top flight "
          "within three seasons,\u2019", "direct", "Faisal Al-Harbi", "Faisal Al-Harbi"),
        Q("the consortium would invest in the youth academy and renovate the Est\u00e1dio do Bonfim, which has been "
          "partly closed since 2021 over safety concerns", "indirect", "Al-Harbi", "Faisal Al-Harbi",
          speaker_at="Al-Harbi said"),
        Q("\u2018with their hearts and their heads\u2019", "partial", "Rui Carvalho", "Rui Carvalho"),
        Q("\u2018Without this money, there would be no Vit\u00f3ria in ten years. I am sure of that,\u2019", "direct",
          "he", "Rui Carvalho", speaker_at="he said"),
        Q("\u2018Now at least we have a future.\u2019", "direct", "he", "Rui Carvalho", speaker_at="he said"),
        Q("\u2018a shop window for someone else\u2019s project\u2019", "partial", "one supporter", None),
        Q("\u2018We have seen what happened at other clubs. The owners come, the owners go, and the fans stay,\u2019",
          "direct", "he", None, speaker_at="he added"),
        Q("Foreign investors now hold majority stakes in 11 of the 18 first-division clubs", "indirect",
          "the Portuguese Professional Football League", "Portuguese Professional Football League"),
        Q("The deal still needs approval from the league, which checks the origin of funds for all new investors",
          "indirect", "In\u00eas Ferreira", "In\u00eas Ferreira"),
        Q("\u2018That process usually takes six to eight weeks, so the new owners will not be in charge before the "
          "winter transfer window,\u2019", "direct", "Ferreira", "In\u00eas Ferreira", speaker_at="Ferreira explained"),
    ], source="blind"),
    Case("blind76-mg-restitution", """Hamburg museum hands back Nama and San heritage after a century in storage

More than a century after they were shipped to Germany, 23 objects and the remains of four people taken from the Northern Cape were handed back to South Africa at a ceremony in Hamburg this week.

The Museum am Rothenbaum (MARKK), which has held the collection since 1911, signed the transfer agreement with the department of sport, arts and culture on Tuesday.

\u201cWe cannot undo the injustice, but we can stop continuing it,\u201d the museum\u2019s director, Professor Anke Weidemann, said at the ceremony. \u201cFor too long these ancestors were catalogued as specimens. Today they are going home as people.\u201d

The objects include beaded aprons, a tortoise-shell container and a set of hunting bows. Researchers say they were collected by a German colonial officer during a survey of the Orange River region in 1908.

Deputy minister Nokuthula Mthembu said restitution was \u201cnot charity but justice\u201d.

She told the Mail & Guardian the government was negotiating with museums in Austria, Sweden and the United Kingdom over similar collections. \u201cWe know where many of our ancestors are. We have the lists. What we need now is political will on the other side,\u201d she said.

For the communities involved, the return has been a long time coming. Hendrik Kooper, a Nama elder from the Richtersveld who travelled to Hamburg for the handover, said he had waited 30 years for this day.

\u201cMy grandmother used to tell us that the white men took our grandfathers\u2019 bones away in boxes,\u201d Kooper said. \u201cI did not believe her until I saw the paperwork.\u201d

The remains will be kept at the McGregor Museum in Kimberley until a reburial can be arranged. According to the South African Heritage Resources Agency (Sahra), consultations with community leaders on the reburial site will begin in January.

Not all community groups are happy with the process. The Northern Cape San Council said in a statement that it had been \u201cconsulted late and informed even later\u201d about the repatriation.

Its chairperson, Sara Witbooi, told the M&G: \u201cThey invite us to the ceremony and to the photographs. They do not invite us to the decisions.\u201d

Dr Thandiwe Nkosi, a historian at the University of the Western Cape who has studied colonial collecting, said German museums had moved faster than British ones, partly because of public pressure after the debate over the Namibian genocide.

\u201cThe British Museum still hides behind its founding act,\u201d Nkosi said, referring to the 1963 law that bars the institution from permanently giving away objects in its collection.

In Hamburg, the MARKK will mark the return with a small exhibition, \u201cGoing Home\u201d, which opens next month.""", [
        Q("\u201cWe cannot undo the injustice, but we can stop continuing it,\u201d", "direct", "Anke Weidemann",
          "Anke Weidemann"),
        Q("\u201cFor too long these ancestors were catalogued as specimens. Today they are going home as people.\u201d",
          "direct", "Anke Weidemann", "Anke Weidemann"),
        Q("they were collected by a German colonial officer during a survey of the Orange River region in 1908",
          "indirect", "Researchers", None),
        Q("\u201cnot charity but justice\u201d", "partial", "Nokuthula Mthembu", "Nokuthula Mthembu"),
        Q("the government was negotiating with museums in Austria, Sweden and the United Kingdom over similar "
          "collections", "indirect", "She", "Nokuthula Mthembu", speaker_at="She told"),
        Q("\u201cWe know where many of our ancestors are. We have the lists. What we need now is political will on the "
          "other side,\u201d", "direct", "she", "Nokuthula Mthembu", speaker_at="she said"),
        Q("he had waited 30 years for this day", "indirect", "Hendrik Kooper", "Hendrik Kooper"),
        Q("\u201cMy grandmother used to tell us that the white men took our grandfathers\u2019 bones away in "
          "boxes,\u201d", "direct", "Kooper", "Hendrik Kooper", speaker_at="Kooper said"),
        Q("\u201cI did not believe her until I saw the paperwork.\u201d", "direct", "Kooper", "Hendrik Kooper",
          speaker_at="Kooper said"),
        Q("consultations with community leaders on the reburial site will begin in January", "indirect",
          "the South African Heritage Resources Agency", "South African Heritage Resources Agency"),
        Q("\u201cconsulted late and informed even later\u201d", "partial", "The Northern Cape San Council",
          "Northern Cape San Council"),
        Q("\u201cThey invite us to the ceremony and to the photographs. They do not invite us to the decisions.\u201d",
          "direct", "Sara Witbooi", "Sara Witbooi"),
        Q("German museums had moved faster than British ones, partly because of public pressure after the debate "
          "over the Namibian genocide", "indirect", "Thandiwe Nkosi", "Thandiwe Nkosi"),
        Q("\u201cThe British Museum still hides behind its founding act,\u201d", "direct", "Nkosi", "Thandiwe Nkosi",
          speaker_at="Nkosi said"),
    ], source="blind"),
    Case("blind76-sundaytimes-mayor", """Emfuleni mayor in the dock over R48m road tender

The executive mayor of Emfuleni Local Municipality, Sipho Mokoena, appeared in the Vereeniging magistrate's court on Friday on charges of fraud, corruption and money laundering linked to a R48m road maintenance tender.

Mokoena, 52, was granted bail of R50,000 and ordered to surrender his passport. The case was postponed to March 14 for further investigation.

According to the Directorate for Priority Crime Investigation (Hawks), the tender was awarded in 2022 to a company that had been registered only three weeks earlier and whose directors included a close associate of the mayor.

"The money was supposed to fix potholes in Sebokeng and Evaton. Instead, it was used to buy luxury vehicles and a house in Midrand," Hawks spokesperson Colonel Thandi Mbele said outside court.

Mbele said two other suspects, including the company's director, had been arrested on Wednesday and would appear alongside the mayor at the next hearing.

The case is the latest involving so-called "tenderpreneurs", businesspeople who use political connections to win state contracts.

Mokoena's lawyer, advocate Johan Pretorius, told the court his client would plead not guilty. Outside, he told reporters the case was "built on sand" and that the mayor had "never signed a single payment" linked to the contract.

About 200 supporters in party regalia sang outside the court building throughout the hearing.

Opposition caucus leader Riana van der Merwe said the council would table a motion of no confidence in Mokoena next week. "A mayor facing charges like these cannot be trusted with the budget of a municipality that is already bankrupt," she said.

The municipality, which serves about 800,000 people in the Vaal, has been placed under provincial administration twice since 2018.

In a statement, the municipality said that Mokoena remained in office and that "service delivery will not be affected" by the case.

Residents in Sebokeng said they were not surprised. "We have been driving around the same holes for five years," said taxi driver Themba Radebe.

Dr Lerato Moloi, a political analyst at the University of Johannesburg, said arrests of sitting mayors were still rare. "Most of these cases end with a suspension and a quiet resignation, not a courtroom," Moloi said.""", [
        Q("the tender was awarded in 2022 to a company that had been registered only three weeks earlier and whose "
          "directors included a close associate of the mayor", "indirect",
          "the Directorate for Priority Crime Investigation", "Directorate for Priority Crime Investigation"),
        Q('"The money was supposed to fix potholes in Sebokeng and Evaton. Instead, it was used to buy luxury '
          'vehicles and a house in Midrand,"', "direct", "Thandi Mbele", "Thandi Mbele"),
        Q("two other suspects, including the company's director, had been arrested on Wednesday and would appear "
          "alongside the mayor at the next hearing", "indirect", "Mbele", "Thandi Mbele", speaker_at="Mbele said two"),
        Q("his client would plead not guilty", "indirect", "Johan Pretorius", "Johan Pretorius"),
        Q('"built on sand"', "partial", "he", "Johan Pretorius", speaker_at="he told reporters"),
        Q('"never signed a single payment"', "partial", "he", "Johan Pretorius", speaker_at="he told reporters"),
        Q("the council would table a motion of no confidence in Mokoena next week", "indirect",
          "Riana van der Merwe", "Riana van der Merwe"),
        Q('"A mayor facing charges like these cannot be trusted with the budget of a municipality that is already '
          'bankrupt,"', "direct", "she", "Riana van der Merwe", speaker_at="she said"),
        Q("that Mokoena remained in office", "indirect", "the municipality", "Emfuleni Local Municipality",
          speaker_at="the municipality said"),
        Q('"service delivery will not be affected"', "partial", "the municipality", "Emfuleni Local Municipality",
          speaker_at="the municipality said"),
        Q("they were not surprised", "indirect", "Residents in Sebokeng", None),
        Q('"We have been driving around the same holes for five years,"', "direct", "Themba Radebe",
          "Themba Radebe"),
        Q("arrests of sitting mayors were still rare", "indirect", "Lerato Moloi", "Lerato Moloi"),
        Q('"Most of these cases end with a suspension and a quiet resignation, not a courtroom,"', "direct",
          "Moloi", "Lerato Moloi", speaker_at="Moloi said"),
    ], source="blind"),
    Case("blind76-citypress-textile", """Newcastle factories bleed jobs as clothing exports slump

Clothing and textile exports from South Africa fell by 18% in the first half of the year, according to the South African Revenue Service.

Factories in KwaZulu-Natal and the Eastern Cape are struggling with weak demand, high electricity costs and uncertainty over US trade preferences.

In Newcastle, a town in northern KwaZulu-Natal that is home to more than 100 clothing factories, at least six firms have closed since January, the Newcastle Chamber of Commerce said.

\u201cOrders from our biggest customers have dropped by almost half. Some weeks we have nothing on the cutting tables,\u201d said Zhang Wei, who has run a knitwear factory in the town\u2019s Madadeni industrial park for 22 years.

Zhang said he had cut his staff from 340 to 190 this year and would close in December if new orders did not arrive.

The Southern African Clothing and Textile Workers\u2019 Union (Sactwu) estimates that about 4,000 jobs have been lost in the sector this year.

\u201cEvery one of those jobs supports five or six people. When a factory closes in Newcastle, a whole street goes hungry,\u201d Sactwu\u2019s general secretary, Bongani Mkhize, told City Press.

Mkhize accused retailers of importing cheap garments from Asia instead of supporting local producers, despite signing the master plan\u2019s \u201cbuy local\u201d pledge in 2019.

The Department of Trade, Industry and Competition (dtic) said in reply to questions that it was \u201cdeeply concerned\u201d about the closures. It added that it was working with the industry on an emergency support package.

The uncertainty over the African Growth and Opportunity Act (Agoa), which gives South African goods duty-free access to the US market, has made matters worse. Exporters say American buyers have stopped placing long-term orders until the future of the programme is clear.

Trade economist Nomvula Khumalo of the University of KwaZulu-Natal said: \u201cAgoa is a small share of the total, but for clothing it is the difference between a factory that breaks even and one that closes.\u201d

Khumalo added that electricity tariffs, which have more than tripled since 2010, had eroded the industry\u2019s competitiveness.

At the gates of a closed factory in Madadeni, former machinist Thembeka Zulu, 41, said she had not been paid her last two months\u2019 wages. \u201cThey locked the doors on a Friday and on Monday there was a padlock. Nobody told us anything,\u201d she said.""", [
        Q("Clothing and textile exports from South Africa fell by 18% in the first half of the year", "indirect",
          "the South African Revenue Service", "South African Revenue Service"),
        Q("In Newcastle, a town in northern KwaZulu-Natal that is home to more than 100 clothing factories, at "
          "least six firms have closed since January", "indirect", "the Newcastle Chamber of Commerce",
          "Newcastle Chamber of Commerce"),
        Q("\u201cOrders from our biggest customers have dropped by almost half. Some weeks we have nothing on the "
          "cutting tables,\u201d", "direct", "Zhang Wei", "Zhang Wei"),
        Q("he had cut his staff from 340 to 190 this year and would close in December if new orders did not "
          "arrive", "indirect", "Zhang", "Zhang Wei", speaker_at="Zhang said"),
        Q("that about 4,000 jobs have been lost in the sector this year", "indirect",
          "The Southern African Clothing and Textile Workers\u2019 Union",
          "Southern African Clothing and Textile Workers\u2019 Union"),
        Q("\u201cEvery one of those jobs supports five or six people. When a factory closes in Newcastle, a whole "
          "street goes hungry,\u201d", "direct", "Bongani Mkhize", "Bongani Mkhize"),
        Q("\u201cdeeply concerned\u201d", "partial", "The Department of Trade, Industry and Competition",
          "Department of Trade, Industry and Competition"),
        Q("that it was working with the industry on an emergency support package", "indirect", "It",
          "Department of Trade, Industry and Competition", speaker_at="It added"),
        Q("American buyers have stopped placing long-term orders until the future of the programme is clear",
          "indirect", "Exporters", None),
        Q("\u201cAgoa is a small share of the total, but for clothing it is the difference between a factory that "
          "breaks even and one that closes.\u201d", "direct", "Nomvula Khumalo", "Nomvula Khumalo"),
        Q("that electricity tariffs, which have more than tripled since 2010, had eroded the industry\u2019s "
          "competitiveness", "indirect", "Khumalo", "Nomvula Khumalo", speaker_at="Khumalo added"),
        Q("she had not been paid her last two months\u2019 wages", "indirect", "Thembeka Zulu", "Thembeka Zulu"),
        Q("\u201cThey locked the doors on a Friday and on Monday there was a padlock. Nobody told us anything,\u201d",
          "direct", "she", "Thembeka Zulu", speaker_at="she said"),
    ], source="blind"),
    Case("blind76-dawn-cricket", """Qureshi elected PCB chairman unopposed

LAHORE: Kamran Akhtar Qureshi was on Tuesday elected unopposed as chairman of the Pakistan Cricket Board (PCB) for a three-year term at a meeting of the Board of Governors held at the Gaddafi Stadium.

Mr Qureshi, a former federal secretary, was the only candidate after the nomination papers of Malik Nadeem Babar, president of the Multan region, were rejected last week on technical grounds.

The election was conducted by the PCB's election commissioner, retired Justice Ahsan Raza, who told reporters that all 10 members of the board had been present and that the process had been "completely transparent".

In his first address after the vote, Mr Qureshi said: "Pakistan cricket does not need another revolution. It needs stability, planning and a little patience from all of us."

He said his priorities would be the domestic structure, the revival of first-class cricket in smaller cities and "clear communication" with players over central contracts.

Mr Babar, who had challenged the rejection of his papers in the Lahore High Court, called the election "a one-horse race decided in Islamabad".

"The constitution of the board has been bent to suit one man. I will continue my legal fight," he told Dawn by telephone.

The high court on Monday declined to stay the election but sought a reply from the PCB within two weeks.

Under the PCB constitution, the prime minister, as patron-in-chief, nominates two members of the Board of Governors, one of whom is then elected chairman. Critics say the system leaves the board at the mercy of the government of the day.

Former Test captain Adnan Iqbal, speaking on a sports channel, said that Pakistan had changed its cricket chief eight times in ten years.

"No team in the world can plan like this. Selectors change, coaches change, captains change," he said. "Then we ask why the results don't come."

A senior member of the national team, who requested anonymity, said the squad hoped the new chairman would settle the dispute over unpaid match fees quickly.

The PCB said in a press release that Mr Qureshi would meet the national selection committee on Thursday ahead of the home series against South Africa.""", [
        Q("that all 10 members of the board had been present", "indirect", "Ahsan Raza", "Ahsan Raza"),
        Q('"completely transparent"', "partial", "Ahsan Raza", "Ahsan Raza"),
        Q('"Pakistan cricket does not need another revolution. It needs stability, planning and a little patience '
          'from all of us."', "direct", "Qureshi", "Kamran Akhtar Qureshi", speaker_at="Mr Qureshi said"),
        Q('"clear communication"', "partial", "He", "Kamran Akhtar Qureshi", speaker_at="He said"),
        Q('"a one-horse race decided in Islamabad"', "partial", "Babar", "Malik Nadeem Babar",
          speaker_at="Mr Babar, who"),
        Q('"The constitution of the board has been bent to suit one man. I will continue my legal fight,"',
          "direct", "he", "Malik Nadeem Babar", speaker_at="he told Dawn"),
        Q("the system leaves the board at the mercy of the government of the day", "indirect", "Critics", None),
        Q("that Pakistan had changed its cricket chief eight times in ten years", "indirect", "Adnan Iqbal",
          "Adnan Iqbal"),
        Q('"No team in the world can plan like this. Selectors change, coaches change, captains change,"',
          "direct", "he", "Adnan Iqbal", speaker_at="he said"),
        Q('"Then we ask why the results don\'t come."', "direct", "he", "Adnan Iqbal", speaker_at="he said"),
        Q("the squad hoped the new chairman would settle the dispute over unpaid match fees quickly", "indirect",
          "A senior member of the national team", None),
        Q("that Mr Qureshi would meet the national selection committee on Thursday ahead of the home series "
          "against South Africa", "indirect", "The PCB", "Pakistan Cricket Board"),
    ], source="blind"),
    Case("blind76-tribune-textile", """Textile exports slide 11% as energy costs bite

KARACHI: Pakistan's textile exports fell 11.4% year-on-year to $1.38 billion in October, according to the Pakistan Bureau of Statistics (PBS), extending a slump that industry leaders blame on high energy tariffs and weak orders from Europe.

Exports of knitwear and bedwear, the sector's two biggest earners, fell by 14% and 9% respectively, the bureau said.

"The industry cannot survive at an electricity tariff of 14 cents per unit when our competitors in Bangladesh and Vietnam pay less than nine," All Pakistan Textile Mills Association (APTMA) Chairman Rizwan Saeed Butt said at a press conference in Karachi on Monday.

Butt said that around 40% of the spinning capacity in the country had shut down and warned that more mills would close if the government did not restore the concessionary energy package withdrawn last year.

The government also ended the "zero-rating" regime for export industries in the 2024-25 budget.

He claimed that nearly 100,000 workers had lost their jobs in Faisalabad alone since July. "These are not numbers. These are families," he said.

The Ministry of Commerce rejected the figures as "exaggerated" and said exports had been hit mainly by a fall in global cotton prices, which had reduced the value rather than the volume of shipments.

"In quantity terms, our bedwear exports are actually up. The picture is not as bleak as APTMA is painting it," a senior commerce ministry official told The Express Tribune on condition of anonymity.

Dr Farah Naz Siddiqui, an economist at the Lahore School of Economics, said Pakistani exporters had failed to move into higher-value products such as technical textiles and synthetic garments. "We are still selling cotton yarn and grey cloth, the same things we sold in the 1990s," she said.

In Faisalabad, power looms in the Ghulam Muhammadabad area were silent on Monday. Worker Muhammad Arif, 35, said his factory had stopped paying overtime in August and laid off half the shift last week.

"I have three children in school. I don't know how I will pay their fees next month," he told the newspaper.""", [
        Q("Pakistan's textile exports fell 11.4% year-on-year to $1.38 billion in October", "indirect",
          "the Pakistan Bureau of Statistics", "Pakistan Bureau of Statistics"),
        Q("Exports of knitwear and bedwear, the sector's two biggest earners, fell by 14% and 9% respectively",
          "indirect", "the bureau", "Pakistan Bureau of Statistics"),
        Q('"The industry cannot survive at an electricity tariff of 14 cents per unit when our competitors in '
          'Bangladesh and Vietnam pay less than nine,"', "direct", "Rizwan Saeed Butt", "Rizwan Saeed Butt"),
        Q("that around 40% of the spinning capacity in the country had shut down", "indirect", "Butt",
          "Rizwan Saeed Butt", speaker_at="Butt said that"),
        Q("that more mills would close if the government did not restore the concessionary energy package "
          "withdrawn last year", "indirect", "Butt", "Rizwan Saeed Butt", speaker_at="Butt said that"),
        Q("that nearly 100,000 workers had lost their jobs in Faisalabad alone since July", "indirect", "He",
          "Rizwan Saeed Butt", speaker_at="He claimed"),
        Q('"These are not numbers. These are families,"', "direct", "he", "Rizwan Saeed Butt",
          speaker_at="he said"),
        Q('"exaggerated"', "partial", "The Ministry of Commerce", "Ministry of Commerce"),
        Q("exports had been hit mainly by a fall in global cotton prices, which had reduced the value rather than "
          "the volume of shipments", "indirect", "The Ministry of Commerce", "Ministry of Commerce"),
        Q('"In quantity terms, our bedwear exports are actually up. The picture is not as bleak as APTMA is '
          'painting it,"', "direct", "a senior commerce ministry official", None),
        Q("Pakistani exporters had failed to move into higher-value products such as technical textiles and "
          "synthetic garments", "indirect", "Farah Naz Siddiqui", "Farah Naz Siddiqui"),
        Q('"We are still selling cotton yarn and grey cloth, the same things we sold in the 1990s,"', "direct",
          "she", "Farah Naz Siddiqui", speaker_at="she said"),
        Q("his factory had stopped paying overtime in August and laid off half the shift last week", "indirect",
          "Muhammad Arif", "Muhammad Arif"),
        Q('"I have three children in school. I don\'t know how I will pay their fees next month,"', "direct", "he",
          "Muhammad Arif", speaker_at="he told the newspaper"),
    ], source="blind"),
    Case("blind76-dawn-pipeline", """Pakistan, Russia sign revised deal for Karachi-Lahore gas pipeline

ISLAMABAD: Pakistan and Russia on Wednesday signed a revised inter-governmental agreement for the construction of the 1,100-kilometre Pakistan Stream Gas Pipeline, which will carry imported liquefied natural gas from Karachi to Punjab.

The agreement was signed by Petroleum Secretary Muhammad Tahir Awan and Russian Deputy Energy Minister Sergei Kudrin at a ceremony in Islamabad attended by Federal Minister for Energy Omar Farooq Lodhi.

Under the revised terms, Pakistan will hold a 74pc stake in the project and Russian companies the remaining 26pc, officials said.

Speaking at the ceremony, Mr Lodhi said the pipeline would "end the gas shortages that shut our factories every winter". He added that construction would be completed within three years of financial close.

"This is not a project of one government. It is a national project, and it will outlive all of us sitting in this room," he said.

Mr Kudrin told the audience that Russia valued Pakistan as "a long-term partner in South Asia".

According to Inter State Gas Systems (ISGS), the state-owned company executing the project, Russian engineering firms will supply compressor stations and pipes for the northern section of the line.

The project was first agreed in 2015 as the North-South Gas Pipeline but stalled for years over financing and Western sanctions on Russian companies.

Energy analyst Sana Tariq Mirza said the government had not explained where the gas to fill the pipeline would come from. "A pipeline without a long-term LNG supply contract is just an expensive tube in the ground," she said.

Sui Northern Gas Pipelines Limited (SNGPL), which will operate the Punjab end of the line, said that its network was ready to absorb an additional 1.2 billion cubic feet of gas per day.

Industrialists in Faisalabad welcomed the agreement but said they had heard such promises before. "Every government signs this pipeline. Nobody builds it," said Naveed Anjum, who owns a spinning mill on Jaranwala Road.

The Economic Coordination Committee of the cabinet is expected to approve the project's financing plan next month, the Petroleum Division said in a statement.""", [
        Q("Under the revised terms, Pakistan will hold a 74pc stake in the project and Russian companies the "
          "remaining 26pc", "indirect", "officials", None),
        Q('"end the gas shortages that shut our factories every winter"', "partial", "Lodhi", "Omar Farooq Lodhi",
          speaker_at="Mr Lodhi said"),
        Q("that construction would be completed within three years of financial close", "indirect", "He",
          "Omar Farooq Lodhi", speaker_at="He added"),
        Q('"This is not a project of one government. It is a national project, and it will outlive all of us '
          'sitting in this room,"', "direct", "he", "Omar Farooq Lodhi", speaker_at="he said"),
        Q('"a long-term partner in South Asia"', "partial", "Kudrin", "Sergei Kudrin", speaker_at="Mr Kudrin told"),
        Q("Russian engineering firms will supply compressor stations and pipes for the northern section of the line",
          "indirect", "Inter State Gas Systems", "Inter State Gas Systems"),
        Q("the government had not explained where the gas to fill the pipeline would come from", "indirect",
          "Sana Tariq Mirza", "Sana Tariq Mirza"),
        Q('"A pipeline without a long-term LNG supply contract is just an expensive tube in the ground,"',
          "direct", "she", "Sana Tariq Mirza", speaker_at="she said"),
        Q("that its network was ready to absorb an additional 1.2 billion cubic feet of gas per day", "indirect",
          "Sui Northern Gas Pipelines Limited", "Sui Northern Gas Pipelines Limited"),
        Q("they had heard such promises before", "indirect", "Industrialists in Faisalabad", None),
        Q('"Every government signs this pipeline. Nobody builds it,"', "direct", "Naveed Anjum", "Naveed Anjum"),
        Q("The Economic Coordination Committee of the cabinet is expected to approve the project's financing plan "
          "next month", "indirect", "the Petroleum Division", "Petroleum Division"),
    ], source="blind"),
    Case("blind76-gleaner-hurricane", """$10b fund for hurricane-hit farmers, small businesses

WESTERN BUREAU:

The Government has set aside $10 billion for a recovery fund to help farmers, fisherfolk and small businesses in western parishes rebuild after Hurricane Leslie, Finance Minister Dr Nigel Campbell announced yesterday.

Speaking at a press briefing at the Montego Bay Convention Centre, Campbell said the first payments would be made "before Christmas, not after Easter".

"We have seen too many recovery programmes where the money gets stuck in Kingston while people in Westmoreland sleep under tarpaulin. That will not happen this time," he said.

The minister said grants of up to $500,000 would be available to registered small businesses, while farmers would receive vouchers for seeds, fertiliser and replacement livestock through the Rural Agricultural Development Authority (RADA).

According to the Office of Disaster Preparedness and Emergency Management (ODPEM), more than 12,000 homes were damaged when the Category Four storm made landfall near Negril on October 3.

In Savanna-la-Mar, business operators told The Gleaner that they welcomed the fund but were worried about red tape.

"Last time, them want a tax compliance certificate, a letter from a JP, a business plan. By the time you get all that, the shop gone," said Marvia Lewis, who lost the roof of her grocery on Great George Street.

Lewis said she had reopened with a generator and borrowed money, and was selling mostly water, bread and tinned goods.

Opposition spokesman on finance Kevin Pryce said the amount was "a drop in the bucket" compared with the damage, which the Planning Institute of Jamaica has estimated at more than $90 billion.

"We support the fund. But the Government must tell us where the other $80 billion is coming from," Pryce said, adding that the Opposition would seek a full debate in Parliament.

Farmer Desmond Clarke of Bethel Town, who lost his entire banana crop, said he was cautiously hopeful.

"Me plant back already, because you cyaan wait pon nobody. But if the voucher come, it will help with the fertiliser.

"The real problem is the roads. Half the farm roads in this district wash away, and you can't get produce to market," he told The Gleaner.""", [
        Q("The Government has set aside $10 billion for a recovery fund to help farmers, fisherfolk and small "
          "businesses in western parishes rebuild after Hurricane Leslie", "indirect", "Nigel Campbell",
          "Nigel Campbell"),
        Q('"before Christmas, not after Easter"', "partial", "Campbell", "Nigel Campbell",
          speaker_at="Campbell said"),
        Q('"We have seen too many recovery programmes where the money gets stuck in Kingston while people in '
          'Westmoreland sleep under tarpaulin. That will not happen this time,"', "direct", "he", "Nigel Campbell",
          speaker_at="he said"),
        Q("grants of up to $500,000 would be available to registered small businesses, while farmers would receive "
          "vouchers for seeds, fertiliser and replacement livestock through the Rural Agricultural Development "
          "Authority (RADA)", "indirect", "The minister", "Nigel Campbell"),
        Q("more than 12,000 homes were damaged when the Category Four storm made landfall near Negril on October 3",
          "indirect", "the Office of Disaster Preparedness and Emergency Management",
          "Office of Disaster Preparedness and Emergency Management"),
        Q("that they welcomed the fund but were worried about red tape", "indirect", "business operators", None),
        Q('"Last time, them want a tax compliance certificate, a letter from a JP, a business plan. By the time you '
          'get all that, the shop gone,"', "direct", "Marvia Lewis", "Marvia Lewis"),
        Q("she had reopened with a generator and borrowed money, and was selling mostly water, bread and tinned "
          "goods", "indirect", "Lewis", "Marvia Lewis", speaker_at="Lewis said"),
        Q('"a drop in the bucket"', "partial", "Kevin Pryce", "Kevin Pryce"),
        Q('"We support the fund. But the Government must tell us where the other $80 billion is coming from,"',
          "direct", "Pryce", "Kevin Pryce", speaker_at="Pryce said,"),
        Q("that the Opposition would seek a full debate in Parliament", "indirect", "Pryce", "Kevin Pryce",
          speaker_at="Pryce said,"),
        Q("he was cautiously hopeful", "indirect", "Desmond Clarke", "Desmond Clarke"),
        Q('"Me plant back already, because you cyaan wait pon nobody. But if the voucher come, it will help with '
          'the fertiliser.', "direct", "he", "Desmond Clarke", speaker_at="he told The Gleaner"),
        Q('"The real problem is the roads. Half the farm roads in this district wash away, and you can\'t get '
          'produce to market,"', "direct", "he", "Desmond Clarke", speaker_at="he told The Gleaner"),
    ], source="blind"),
    Case("blind76-nation-hurricane", """CDB unveils US$100m fund for storm-hit islands

BRIDGETOWN \u2013 The Caribbean Development Bank (CDB) yesterday launched a US$100 million recovery fund to help small island states rebuild homes, schools and clinics destroyed by Hurricane Gordon.

The bank's president, Dr Everton Marshall, said the facility would offer grants and low-interest loans to Grenada, St Vincent and the Grenadines, Dominica and Antigua and Barbuda, with the first disbursements expected in the second quarter.

"Small islands are paying for a crisis they did not create. Every season the storms get stronger, and every season we rebuild with borrowed money," Marshall told journalists at the bank's Wildey headquarters.

He said the fund had been financed by contributions from the United Kingdom, Canada and the European Union, as well as the bank's own special development resources.

Minister of Economic Affairs Hallam Greenidge, who attended the launch, described the fund as "a lifeline, but not a solution".

"What the region needs is debt relief that kicks in automatically when a hurricane hits," Greenidge said. "We cannot keep passing the hat around every September."

Barbados has championed so-called "hurricane clauses", which allow countries to pause debt payments for two years after a major disaster.

In Union Island, one of the worst-hit islands in St Vincent and the Grenadines, residents say reconstruction has barely begun. According to the National Emergency Management Organisation (NEMO), more than 90 per cent of the island's 800 homes were damaged or destroyed.

Reached by telephone, Union Island businesswoman Carla Ollivierre said she was still living in a tent donated by a Martinique charity. "We are grateful for every dollar. But a tent is not a house, and the rainy season is coming," she told the Nation.

A CDB official, who spoke on condition of anonymity because he was not authorised to speak to the media, said applications from governments would be assessed within six weeks.

The Caribbean Catastrophe Risk Insurance Facility (CCRIF) said last month it had paid out US$44 million to the affected governments under their parametric insurance policies.""", [
        Q("the facility would offer grants and low-interest loans to Grenada, St Vincent and the Grenadines, "
          "Dominica and Antigua and Barbuda, with the first disbursements expected in the second quarter",
          "indirect", "Everton Marshall", "Everton Marshall"),
        Q('"Small islands are paying for a crisis they did not create. Every season the storms get stronger, and '
          'every season we rebuild with borrowed money,"', "direct", "Marshall", "Everton Marshall",
          speaker_at="Marshall told"),
        Q("the fund had been financed by contributions from the United Kingdom, Canada and the European Union, as "
          "well as the bank's own special development resources", "indirect", "He", "Everton Marshall",
          speaker_at="He said"),
        Q('"a lifeline, but not a solution"', "partial", "Hallam Greenidge", "Hallam Greenidge"),
        Q('"What the region needs is debt relief that kicks in automatically when a hurricane hits,"', "direct",
          "Greenidge", "Hallam Greenidge", speaker_at="Greenidge said"),
        Q('"We cannot keep passing the hat around every September."', "direct", "Greenidge", "Hallam Greenidge",
          speaker_at="Greenidge said"),
        Q("reconstruction has barely begun", "indirect", "residents", None),
        Q("more than 90 per cent of the island's 800 homes were damaged or destroyed", "indirect",
          "the National Emergency Management Organisation", "National Emergency Management Organisation"),
        Q("she was still living in a tent donated by a Martinique charity", "indirect", "Carla Ollivierre",
          "Carla Ollivierre"),
        Q('"We are grateful for every dollar. But a tent is not a house, and the rainy season is coming,"',
          "direct", "she", "Carla Ollivierre", speaker_at="she told the Nation"),
        Q("applications from governments would be assessed within six weeks", "indirect", "A CDB official", None),
        Q("it had paid out US$44 million to the affected governments under their parametric insurance policies",
          "indirect", "The Caribbean Catastrophe Risk Insurance Facility",
          "Caribbean Catastrophe Risk Insurance Facility"),
    ], source="blind"),
    Case("blind76-guardian-cricket", """Ramdass unseats Alleyne in TTCB election

Kiran Ramdass was elected president of the Trinidad and Tobago Cricket Board (TTCB) on Sunday, unseating incumbent Wendell Alleyne by 41 votes to 33 at the board's annual general meeting at the Queen's Park Oval.

Ramdass headed the "Cricket for All" slate, which also won the posts of first vice-president, secretary and treasurer.

"This is a victory for every club cricketer who felt forgotten by this board. From tomorrow, the doors of the TTCB are open," Ramdass told members after the results were announced.

Ramdass, a former chairman of the Central Zone, said his first task would be an independent audit of the board's finances, which he described as "a mess nobody wants to talk about".

Alleyne, who had led the board for six years, congratulated his successor but said the campaign had been "nasty and personal".

"I leave with my head high. We built two new academies and took the women's programme from nothing to a regional title," Alleyne told the Guardian. "History will judge."

According to the board's election officer, retired magistrate Indra Maharaj, 74 of the 78 eligible delegates cast ballots and there were no spoilt papers.

Some delegates complained privately that proxy votes had been handled unevenly, but no formal objection was lodged.

Sport Minister Kwasi Roberts said in a statement that his ministry looked forward to "a cooperative relationship" with the new executive and called on both camps to "put the game first".

Former West Indies fast bowler Marlon Baptiste, who campaigned for Ramdass, said the vote was about more than personalities.

"Our youth cricket has been bleeding. Boys from Penal and Siparia stop playing at 16 because there is no structure after that," he said.

Cricket West Indies (CWI) said on Monday that it congratulated Ramdass and looked forward to working with the new TTCB executive.""", [
        Q('"This is a victory for every club cricketer who felt forgotten by this board. From tomorrow, the doors of '
          'the TTCB are open,"', "direct", "Ramdass", "Kiran Ramdass", speaker_at="Ramdass told"),
        Q("his first task would be an independent audit of the board's finances", "indirect", "Ramdass",
          "Kiran Ramdass", speaker_at="Ramdass, a former"),
        Q('"a mess nobody wants to talk about"', "partial", "he", "Kiran Ramdass", speaker_at="he described"),
        Q('"nasty and personal"', "partial", "Alleyne", "Wendell Alleyne", speaker_at="Alleyne, who"),
        Q('"I leave with my head high. We built two new academies and took the women\'s programme from nothing to '
          'a regional title,"', "direct", "Alleyne", "Wendell Alleyne", speaker_at="Alleyne told"),
        Q('"History will judge."', "direct", "Alleyne", "Wendell Alleyne", speaker_at="Alleyne told"),
        Q("74 of the 78 eligible delegates cast ballots and there were no spoilt papers", "indirect",
          "Indra Maharaj", "Indra Maharaj"),
        Q("that proxy votes had been handled unevenly", "indirect", "Some delegates", None),
        Q('"a cooperative relationship"', "partial", "Kwasi Roberts", "Kwasi Roberts"),
        Q('"put the game first"', "partial", "Kwasi Roberts", "Kwasi Roberts"),
        Q("the vote was about more than personalities", "indirect", "Marlon Baptiste", "Marlon Baptiste"),
        Q('"Our youth cricket has been bleeding. Boys from Penal and Siparia stop playing at 16 because there is no '
          'structure after that,"', "direct", "he", "Marlon Baptiste", speaker_at="he said"),
        Q("that it congratulated Ramdass and looked forward to working with the new TTCB executive", "indirect",
          "Cricket West Indies", "Cricket West Indies"),
    ], source="blind"),
]
