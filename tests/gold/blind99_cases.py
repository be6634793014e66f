"""Blind gold set 99: short news articles from many outlets, written once.

Written without looking at the pretagger or at the other gold sets: sixteen fresh articles in the house styles of
Japanese English-language dailies, Manitoba papers, Somaliland and Djibouti English-language outlets and Kent and
Sussex weeklies, each with every quote annotated. See gold_format.py for the case format.
"""

from __future__ import annotations

from gold_format import Case, Q

CASES = [
    Case("blind99-niigata-restart", """Niigata governor approves restart of Kashiwazaki-Kariwa reactor

NIIGATA \u2013 Niigata Gov. Takeshi Ogura on Tuesday gave his consent to restarting a reactor at the Kashiwazaki-Kariwa nuclear power plant operated by Tokyo Electric Power Company Holdings, or Tepco, clearing the last major local hurdle to the utility\u2019s first reactor operation since the 2011 Fukushima disaster.

\u201cI have reached the judgment that a restart is acceptable, on the condition that safety is placed above everything else,\u201d Ogura told a news conference at the prefectural government office.

The governor said he would convey his decision to economy minister Kenji Mutai later this week. He added that the prefecture would keep pressing the central government to widen evacuation roads before the reactor goes online.

Tepco said in a statement that it \u201ctakes the governor\u2019s decision with the utmost seriousness\u201d and that the No. 6 reactor could be brought back online as early as January.

The plant, the world\u2019s largest by capacity, has been idle since 2012. Its restart was delayed by a string of security lapses, including a case in which an employee used a colleague\u2019s ID card to enter the central control room. The Nuclear Regulation Authority lifted a de facto operating ban on the plant at the end of 2023, after Tepco submitted its \u201cNuclear Security Reform Plan\u201d to regulators.

At a regular news conference in Tokyo, Chief Cabinet Secretary Kazuhiro Ide called the decision \u201can important step toward a stable supply of energy.\u201d He said the government would \u201ctake the lead\u201d in winning the understanding of local communities.

Not everyone is convinced. Reiko Sakurai, who runs an inn in Kashiwazaki and heads a local citizens\u2019 group, said she believed the decision had been rushed. \u201cIf an accident happens in winter, with heavy snow on the roads, how are we supposed to get out?\u201d she asked.

About 60 percent of residents think the conditions for a restart have not been met, the Niigata Nippo reported last month, citing its own survey.

Kashiwazaki Mayor Hiroshi Nishikawa, who has long backed the restart, said the city\u2019s economy had suffered while the plant sat idle. \u201cHotels and restaurants here depend on the plant\u2019s workers,\u201d Nishikawa said. \u201cWe have waited a long time for this day.\u201d

Public broadcaster NHK reported that fuel had already been loaded into the reactor and that final inspections by the regulator would begin next month.

Asked whether he would visit the site, Ogura said, \u201cI intend to see the safety measures with my own eyes before the reactor starts up.\u201d""", [
        Q("\u201cI have reached the judgment that a restart is acceptable, on the condition that safety is "
          "placed above everything else,\u201d", "direct", "Ogura", "Takeshi Ogura", speaker_at="Ogura told"),
        Q("he would convey his decision to economy minister Kenji Mutai later this week", "indirect",
          "The governor", "Takeshi Ogura"),
        Q("that the prefecture would keep pressing the central government to widen evacuation roads before the "
          "reactor goes online", "indirect", "He", "Takeshi Ogura", speaker_at="He added"),
        Q("\u201ctakes the governor\u2019s decision with the utmost seriousness\u201d", "partial", "Tepco",
          "Tokyo Electric Power Company Holdings", speaker_at="Tepco said in a statement"),
        Q("that the No. 6 reactor could be brought back online as early as January", "indirect", "Tepco",
          "Tokyo Electric Power Company Holdings", speaker_at="Tepco said in a statement"),
        Q("\u201can important step toward a stable supply of energy.\u201d", "partial", "Kazuhiro Ide", "Kazuhiro Ide"),
        Q("\u201ctake the lead\u201d", "partial", "He", "Kazuhiro Ide", speaker_at="He said the government"),
        Q("she believed the decision had been rushed", "indirect", "Reiko Sakurai", "Reiko Sakurai"),
        Q("\u201cIf an accident happens in winter, with heavy snow on the roads, how are we supposed to get out?\u201d",
          "direct", "she", "Reiko Sakurai", speaker_at="she asked"),
        Q("About 60 percent of residents think the conditions for a restart have not been met", "indirect",
          "the Niigata Nippo", "Niigata Nippo"),
        Q("the city\u2019s economy had suffered while the plant sat idle", "indirect", "Hiroshi Nishikawa",
          "Hiroshi Nishikawa"),
        Q("\u201cHotels and restaurants here depend on the plant\u2019s workers,\u201d", "direct", "Nishikawa",
          "Hiroshi Nishikawa", speaker_at="Nishikawa said"),
        Q("\u201cWe have waited a long time for this day.\u201d", "direct", "Nishikawa", "Hiroshi Nishikawa",
          speaker_at="Nishikawa said"),
        Q("that fuel had already been loaded into the reactor and that final inspections by the regulator would "
          "begin next month", "indirect", "NHK", "NHK"),
        Q("\u201cI intend to see the safety measures with my own eyes before the reactor starts up.\u201d",
          "direct", "Ogura", "Takeshi Ogura", speaker_at="Ogura said,"),
    ], source="blind"),
    Case("blind99-tomari-assembly", """Tomari village assembly backs reactor restart in Hokkaido

SAPPORO -- The assembly of the village of Tomari in Hokkaido voted on Monday in favor of restarting the No. 3 reactor at Hokkaido Electric Power Co.'s Tomari nuclear power station, making it the first local body to formally back the plan.

The Nuclear Regulation Authority (NRA) said in a screening report in July that the reactor met the new safety standards introduced after the 2011 meltdowns at the Fukushima No. 1 nuclear plant. According to the NRA, however, the utility must still finish building a seawall about 19 meters above sea level before the reactor can go back online.

Hokkaido Electric President Masaru Saito told reporters in Sapporo that the company would "do everything in its power" to win the trust of residents. "Without the Tomari plant, we cannot bring down electricity bills for households in Hokkaido," he said.

The village assembly approved the restart by a vote of 7 to 1. Assembly chairman Toshio Kanda said the decision reflected "the will of a village that has lived alongside the plant for more than 30 years."

The lone dissenter, assembly member Kumiko Arai, said she was worried about whether the plant could withstand a large tsunami. "The Noto Peninsula earthquake showed us that roads can be cut off in an instant. Where would we go?" Arai asked.

Hokkaido Gov. Takuya Oshima has yet to state his position. Speaking to reporters on Tuesday, he said he would "listen carefully to the voices of residents" across the prefecture before making a decision.

Towns within 30 kilometers of the plant have also demanded a say. The mayor of neighboring Kyowa, Hiroko Fujita, said in a statement that her town faced "the same risks but none of the rights" of the host village. Fujita said the town would submit a written request to the utility next month.

In the village, reactions were mixed. "My son works at the plant, so of course I'm relieved," said a 68-year-old woman who runs a seafood shop near the port. Another resident, a fisherman in his 50s, said he feared rumors about contamination would hurt sales of sea urchin, the village's best-known product.

According to village officials, subsidies and tax revenue linked to the plant account for about half of the village's annual budget. The plant's public relations facility, known locally as the "atom pavilion," reopened to visitors last spring.

Hokkaido Electric said it would hold briefing sessions for residents in 13 municipalities starting next month.

(Japanese original by Kenta Mori, Hokkaido News Department)""", [
        Q("that the reactor met the new safety standards introduced after the 2011 meltdowns at the Fukushima No. 1 "
          "nuclear plant", "indirect", "The Nuclear Regulation Authority", "Nuclear Regulation Authority"),
        Q("the utility must still finish building a seawall about 19 meters above sea level before the reactor can "
          "go back online", "indirect", "the NRA", "Nuclear Regulation Authority",
          speaker_at="According to the NRA"),
        Q('"do everything in its power"', "partial", "Masaru Saito", "Masaru Saito"),
        Q('"Without the Tomari plant, we cannot bring down electricity bills for households in Hokkaido,"',
          "direct", "he", "Masaru Saito", speaker_at="he said."),
        Q('"the will of a village that has lived alongside the plant for more than 30 years."', "partial",
          "Toshio Kanda", "Toshio Kanda"),
        Q("she was worried about whether the plant could withstand a large tsunami", "indirect", "Kumiko Arai",
          "Kumiko Arai"),
        Q('"The Noto Peninsula earthquake showed us that roads can be cut off in an instant. Where would we go?"',
          "direct", "Arai", "Kumiko Arai", speaker_at="Arai asked"),
        Q('"listen carefully to the voices of residents"', "partial", "he", "Takuya Oshima",
          speaker_at="Tuesday, he said"),
        Q('"the same risks but none of the rights"', "partial", "Hiroko Fujita", "Hiroko Fujita"),
        Q("the town would submit a written request to the utility next month", "indirect", "Fujita", "Hiroko Fujita",
          speaker_at="Fujita said the town"),
        Q('"My son works at the plant, so of course I\'m relieved,"', "direct", "a 68-year-old woman", None),
        Q("he feared rumors about contamination would hurt sales of sea urchin, the village's best-known product",
          "indirect", "Another resident", None),
        Q("subsidies and tax revenue linked to the plant account for about half of the village's annual budget",
          "indirect", "village officials", None),
        Q("it would hold briefing sessions for residents in 13 municipalities starting next month", "indirect",
          "Hokkaido Electric", "Hokkaido Electric Power Co.", speaker_at="Hokkaido Electric said"),
    ], source="blind"),
    Case("blind99-shizuoka-drill", """Shizuoka school stages surprise quake drill as Nankai Trough fears grow

SHIZUOKA \u2013 The lunchtime chatter at Shimizu Minami Elementary School stopped abruptly on Monday when an alarm blared over the loudspeakers, announcing a powerful earthquake off the coast.

Within seconds, about 420 pupils had crawled under their desks. Unlike in past years, the drill had not been announced in advance.

\u201cReal earthquakes do not give you a warning, so we wanted the children to practice thinking for themselves,\u201d Principal Yukiko Hamada said after the exercise.

Hamada said teachers had been told the day of the drill but not the time, and that several classes had been in the gymnasium or the playground when the alarm sounded.

Once the simulated shaking was \u201cover,\u201d the pupils walked in silent lines to the school\u2019s rooftop, a designated tsunami evacuation point. The school stands about 800 meters from the shore.

\u201cI was scared at first because I didn\u2019t know if it was real,\u201d said Haruto, a fifth grader. \u201cBut then I remembered the rule: \u2018Don\u2019t push, don\u2019t run, don\u2019t talk, don\u2019t go back.\u2019\u201d

The drill came weeks after the Japan Meteorological Agency issued its first-ever \u201cmegaquake advisory\u201d following a magnitude 7.1 earthquake off Miyazaki Prefecture. The agency has said there is a 70 to 80 percent chance of a magnitude 8 or 9 earthquake along the Nankai Trough within the next 30 years.

The Shizuoka Prefectural Board of Education said in a statement that it would encourage all public schools to hold at least one unannounced drill a year. An official at the board told Kyodo News that about a third of schools in the prefecture already did so.

Experts welcomed the approach but warned that drills alone were not enough.

\u201cChildren need to understand why they are moving, not just where,\u201d said Noriko Ishida, a professor of disaster education at Shizuoka University.

Ishida said that in 2011, pupils at some schools in Tohoku had survived because they ran to higher ground on their own rather than waiting for instructions. She called such independent judgment \u201cthe most important lesson of the disaster.\u201d

Parents were mostly supportive. One mother waiting at the school gate said her son had come home the previous week asking where the family would meet if a quake struck at night. \u201cWe had never talked about it before,\u201d she said. \u201cTonight we will.\u201d

The education ministry plans to revise its disaster manual for schools by the end of the fiscal year, according to NHK.""", [
        Q("\u201cReal earthquakes do not give you a warning, so we wanted the children to practice thinking for "
          "themselves,\u201d", "direct", "Yukiko Hamada", "Yukiko Hamada"),
        Q("teachers had been told the day of the drill but not the time, and that several classes had been in the "
          "gymnasium or the playground when the alarm sounded", "indirect", "Hamada", "Yukiko Hamada",
          speaker_at="Hamada said teachers"),
        Q("\u201cI was scared at first because I didn\u2019t know if it was real,\u201d", "direct", "Haruto", "Haruto"),
        Q("\u201cBut then I remembered the rule: \u2018Don\u2019t push, don\u2019t run, don\u2019t talk, "
          "don\u2019t go back.\u2019\u201d", "direct", "Haruto", "Haruto"),
        Q("there is a 70 to 80 percent chance of a magnitude 8 or 9 earthquake along the Nankai Trough within the "
          "next 30 years", "indirect", "The agency", "Japan Meteorological Agency"),
        Q("that it would encourage all public schools to hold at least one unannounced drill a year", "indirect",
          "The Shizuoka Prefectural Board of Education", "Shizuoka Prefectural Board of Education"),
        Q("that about a third of schools in the prefecture already did so", "indirect", "An official at the board",
          None),
        Q("that drills alone were not enough", "indirect", "Experts", None),
        Q("\u201cChildren need to understand why they are moving, not just where,\u201d", "direct", "Noriko Ishida",
          "Noriko Ishida"),
        Q("that in 2011, pupils at some schools in Tohoku had survived because they ran to higher ground on their "
          "own rather than waiting for instructions", "indirect", "Ishida", "Noriko Ishida",
          speaker_at="Ishida said that"),
        Q("\u201cthe most important lesson of the disaster.\u201d", "partial", "She", "Noriko Ishida",
          speaker_at="She called"),
        Q("her son had come home the previous week asking where the family would meet if a quake struck at night",
          "indirect", "One mother", None),
        Q("\u201cWe had never talked about it before,\u201d", "direct", "she", None, speaker_at="she said"),
        Q("\u201cTonight we will.\u201d", "direct", "she", None, speaker_at="she said"),
        Q("The education ministry plans to revise its disaster manual for schools by the end of the fiscal year",
          "indirect", "NHK", "NHK"),
    ], source="blind"),
    Case("blind99-kamaishi-maternity", """Iwate hospital to stop deliveries as obstetricians age

The Iwate prefectural government said Wednesday that Prefectural Rikuchu Hospital in Kamaishi will stop handling childbirths at the end of March, leaving expectant mothers in the coastal city facing a drive of more than an hour to the nearest maternity ward.

The hospital's two obstetricians are both over 65, and efforts to recruit successors from universities in the Tohoku region have failed, according to the prefecture.

"We can no longer guarantee the safety of mothers and babies with the staff we have," hospital director Shigeru Oikawa said at a press conference. "It is a painful decision, and I apologize to the people of Kamaishi."

Oikawa said the hospital would continue to offer prenatal checkups up to the 34th week of pregnancy. After that, women will be referred to hospitals in Morioka or Ofunato.

Births in Kamaishi have fallen to about 150 a year, less than half the figure of a decade ago, according to the city government.

Kamaishi Mayor Takako Noda said she was "deeply disappointed." She said the city would ask the prefecture to subsidize taxi fares for pregnant women traveling to hospitals outside the city.

Local mothers are anxious. "When my first child was born, labor lasted only three hours. What if the next one comes on the expressway?" said Ayumi Sasaki, 31, who is seven months pregnant with her second child.

Another woman, who asked not to be named, told The Yomiuri Shimbun that several of her friends were already thinking of moving to Morioka.

The closure is part of a nationwide trend. According to the Japan Society of Obstetrics and Gynecology, the number of facilities handling births has fallen by about 30 percent over the past 15 years.

Hiroshi Kanno, a professor of community medicine at Iwate Medical University, said new limits on doctors' overtime, introduced in April 2024, had made it harder for small hospitals to keep obstetric teams on call around the clock.

"Concentrating births in big hospitals is safer in some ways, but distance is also a risk," Kanno said. "Rural areas are being asked to carry that risk on their own."

The health ministry's "regional medical care vision," which calls on hospitals to merge or specialize, is due to be revised next year.""", [
        Q("that Prefectural Rikuchu Hospital in Kamaishi will stop handling childbirths at the end of March",
          "indirect", "The Iwate prefectural government", "Iwate prefectural government"),
        Q("The hospital's two obstetricians are both over 65, and efforts to recruit successors from universities "
          "in the Tohoku region have failed", "indirect", "the prefecture", "Iwate prefectural government",
          speaker_at="according to the prefecture"),
        Q('"We can no longer guarantee the safety of mothers and babies with the staff we have,"', "direct",
          "Shigeru Oikawa", "Shigeru Oikawa"),
        Q('"It is a painful decision, and I apologize to the people of Kamaishi."', "direct", "Shigeru Oikawa",
          "Shigeru Oikawa"),
        Q("the hospital would continue to offer prenatal checkups up to the 34th week of pregnancy", "indirect",
          "Oikawa", "Shigeru Oikawa", speaker_at="Oikawa said the hospital"),
        Q("Births in Kamaishi have fallen to about 150 a year, less than half the figure of a decade ago",
          "indirect", "the city government", "Kamaishi city government"),
        Q('"deeply disappointed."', "partial", "Takako Noda", "Takako Noda"),
        Q("the city would ask the prefecture to subsidize taxi fares for pregnant women traveling to hospitals "
          "outside the city", "indirect", "She", "Takako Noda", speaker_at="She said the city"),
        Q('"When my first child was born, labor lasted only three hours. What if the next one comes on the '
          'expressway?"', "direct", "Ayumi Sasaki", "Ayumi Sasaki"),
        Q("that several of her friends were already thinking of moving to Morioka", "indirect", "Another woman",
          None),
        Q("the number of facilities handling births has fallen by about 30 percent over the past 15 years",
          "indirect", "the Japan Society of Obstetrics and Gynecology", "Japan Society of Obstetrics and Gynecology"),
        Q("new limits on doctors' overtime, introduced in April 2024, had made it harder for small hospitals to keep "
          "obstetric teams on call around the clock", "indirect", "Hiroshi Kanno", "Hiroshi Kanno"),
        Q('"Concentrating births in big hospitals is safer in some ways, but distance is also a risk,"', "direct",
          "Kanno", "Hiroshi Kanno", speaker_at="Kanno said"),
        Q('"Rural areas are being asked to carry that risk on their own."', "direct", "Kanno", "Hiroshi Kanno",
          speaker_at="Kanno said"),
    ], source="blind"),
    Case("blind99-hydro-application", """Hydro seeks 3.5 per cent rate hikes for next two years

Manitoba Hydro wants to raise electricity rates by 3.5 per cent in each of the next two years, saying drought and rising debt costs have left the Crown corporation with little choice.

The utility filed its application with the Public Utilities Board on Monday. If approved, the first increase would add about $4.80 a month to the average residential bill, Hydro said in its filing.

"Nobody likes to see their bills go up, and we don't take this lightly," Hydro president and CEO Allan Bjornson said in an interview Monday. "But two years of low water have cost us more than $1 billion in lost export revenue."

Bjornson said water levels on the Churchill and Nelson river systems were well below normal for much of the past two years, forcing Hydro to import power from U.S. suppliers at times when it would usually be selling. He said the utility's debt now sits at roughly $24 billion.

Hydro is not seeking a separate "drought rider" this time, a surcharge it floated in 2023 before dropping the idea.

Crown Services Minister Jodie Marchand, who is responsible for Hydro, said the province would not interfere in the PUB process. "The board is independent, and it will do its job," she said. "What I can tell Manitobans is that we're looking at every option to keep bills among the lowest in North America."

Progressive Conservative Hydro critic Dale Wiebe called the application "a tax grab by any other name" and said the NDP had broken an election promise to freeze rates.

Chris Klassen, a lawyer with the Public Interest Law Centre, which represents low-income and consumer groups at rate hearings, said his clients would push for a smaller increase.

"Low-income households in this province already spend a bigger share of their income on energy than anywhere else in the country," Klassen said. "Another seven per cent over two years hurts."

At a coffee shop on Corydon Avenue, retiree Marlene Dueck said she had already turned her thermostat down to 19 C. "What am I supposed to do, wear two sweaters to bed?" she asked.

The PUB said hearings on the application are expected to begin in the spring, with a decision by summer.""", [
        Q("drought and rising debt costs have left the Crown corporation with little choice", "indirect",
          "Manitoba Hydro", "Manitoba Hydro", speaker_at="Manitoba Hydro wants"),
        Q("If approved, the first increase would add about $4.80 a month to the average residential bill",
          "indirect", "Hydro", "Manitoba Hydro", speaker_at="Hydro said in its filing"),
        Q('"Nobody likes to see their bills go up, and we don\'t take this lightly,"', "direct", "Allan Bjornson",
          "Allan Bjornson"),
        Q('"But two years of low water have cost us more than $1 billion in lost export revenue."', "direct",
          "Allan Bjornson", "Allan Bjornson"),
        Q("water levels on the Churchill and Nelson river systems were well below normal for much of the past two "
          "years, forcing Hydro to import power from U.S. suppliers at times when it would usually be selling",
          "indirect", "Bjornson", "Allan Bjornson", speaker_at="Bjornson said water"),
        Q("the utility's debt now sits at roughly $24 billion", "indirect", "He", "Allan Bjornson",
          speaker_at="He said the utility"),
        Q("the province would not interfere in the PUB process", "indirect", "Jodie Marchand", "Jodie Marchand"),
        Q('"The board is independent, and it will do its job,"', "direct", "she", "Jodie Marchand",
          speaker_at='she said. "What'),
        Q('"What I can tell Manitobans is that we\'re looking at every option to keep bills among the lowest in '
          'North America."', "direct", "she", "Jodie Marchand", speaker_at='she said. "What'),
        Q('"a tax grab by any other name"', "partial", "Dale Wiebe", "Dale Wiebe"),
        Q("the NDP had broken an election promise to freeze rates", "indirect", "Dale Wiebe", "Dale Wiebe"),
        Q("his clients would push for a smaller increase", "indirect", "Chris Klassen", "Chris Klassen"),
        Q('"Low-income households in this province already spend a bigger share of their income on energy than '
          'anywhere else in the country,"', "direct", "Klassen", "Chris Klassen", speaker_at="Klassen said"),
        Q('"Another seven per cent over two years hurts."', "direct", "Klassen", "Chris Klassen",
          speaker_at="Klassen said"),
        Q("she had already turned her thermostat down to 19 C", "indirect", "Marlene Dueck", "Marlene Dueck"),
        Q('"What am I supposed to do, wear two sweaters to bed?"', "direct", "she", "Marlene Dueck",
          speaker_at="she asked"),
        Q("hearings on the application are expected to begin in the spring, with a decision by summer", "indirect",
          "The PUB", "Public Utilities Board"),
    ], source="blind"),
    Case("blind99-brandon-pub-ruling", """PUB approves smaller Hydro hike; Westman farmers still worried

Manitoba's Public Utilities Board has approved a 2.5 per cent increase in electricity rates, a full percentage point less than Manitoba Hydro had asked for.

In its written decision, released Thursday, the board said Hydro had not shown that a larger increase was needed to protect its finances in the short term.

The board also ordered the utility to "provide a credible plan" for reducing its debt before it files its next rate application.

The new rates take effect April 1. For a typical Brandon home heated with electricity, the increase works out to about $5 a month, Hydro said.

The decision also leaves in place the "basic monthly charge" that every customer pays regardless of how much power they use.

For Westman farm operations, especially hog and poultry barns, the increase bites harder.

"Our power bill is already our third-biggest expense after feed and labour," said Jake Hofer, who manages the hog operation at Riverbend Colony near Wawanesa. "We can't pass that on to anybody. The packer sets the price."

Hofer said the colony had installed LED lighting and new barn fans over the past three years, cutting its power use by about 15 per cent.

Keystone Agricultural Producers president Colleen Sawatzky said the board's ruling was "a step in the right direction" but warned of "death by a thousand cuts" as input costs keep climbing. KAP has asked the province to create a separate rate class for farms, she said.

Darren Lafreniere, an economics professor at Brandon University, told the Sun that rural customers feel rate increases more because far fewer of them have access to natural gas.

"In the city, most people heat with gas. Out here, a lot of farms and small towns don't have that option," Lafreniere said.

Manitoba Hydro said in a statement that it "respects the board's decision." A Hydro spokesperson said the utility was still reviewing the order and would not comment further.

Hydro's next general rate application is expected in 2026.""", [
        Q("Hydro had not shown that a larger increase was needed to protect its finances in the short term",
          "indirect", "the board", "Public Utilities Board", speaker_at="the board said"),
        Q('"provide a credible plan"', "partial", "The board", "Public Utilities Board", speaker_at="The board also"),
        Q("For a typical Brandon home heated with electricity, the increase works out to about $5 a month",
          "indirect", "Hydro", "Manitoba Hydro", speaker_at="Hydro said."),
        Q('"Our power bill is already our third-biggest expense after feed and labour,"', "direct", "Jake Hofer",
          "Jake Hofer"),
        Q('"We can\'t pass that on to anybody. The packer sets the price."', "direct", "Jake Hofer", "Jake Hofer"),
        Q("the colony had installed LED lighting and new barn fans over the past three years, cutting its power use "
          "by about 15 per cent", "indirect", "Hofer", "Jake Hofer", speaker_at="Hofer said"),
        Q('"a step in the right direction"', "partial", "Colleen Sawatzky", "Colleen Sawatzky"),
        Q('"death by a thousand cuts"', "partial", "Colleen Sawatzky", "Colleen Sawatzky"),
        Q("KAP has asked the province to create a separate rate class for farms", "indirect", "she",
          "Colleen Sawatzky", speaker_at="she said"),
        Q("that rural customers feel rate increases more because far fewer of them have access to natural gas",
          "indirect", "Darren Lafreniere", "Darren Lafreniere"),
        Q('"In the city, most people heat with gas. Out here, a lot of farms and small towns don\'t have that '
          'option,"', "direct", "Lafreniere", "Darren Lafreniere", speaker_at="Lafreniere said"),
        Q('"respects the board\'s decision."', "partial", "Manitoba Hydro", "Manitoba Hydro",
          speaker_at="Manitoba Hydro said"),
        Q("the utility was still reviewing the order and would not comment further", "indirect",
          "A Hydro spokesperson", None),
    ], source="blind"),
    Case("blind99-vietnam-genetics", """Breeding stock deal opens Vietnam to Manitoba hog genetics

Manitoba swine genetics companies say a new agreement with Vietnam could be worth millions of dollars a year to the province's hog sector.

The deal, announced May 14 by the Canadian Food Inspection Agency (CFIA), sets out the health certificate Canadian exporters need to ship live breeding pigs to Vietnam.

The CFIA says in a news release that the certificate "reflects Canada's high animal health status." It says technical talks on the certificate began in 2020 and were slowed by the pandemic.

"This is a market we've been knocking on the door of for a long time," says Lisa Kornelsen, CEO of Prairie Swine Genetics in Landmark. "The Vietnamese industry is modernizing fast and they want high-health animals."

Kornelsen says her company expects to fly its first shipment of about 300 gilts from Winnipeg to Ho Chi Minh City this fall. The animals, known in the trade as "grandparent stock," are used to produce the sows that go into commercial barns.

Vietnam's hog herd was hit hard by African swine fever after the disease arrived in 2019, according to the U.S. Department of Agriculture.

Manitoba Pork chair Dennis Friesen says the deal is welcome news after a difficult few years for producers.

"Every new door that opens spreads our risk," he says. "We learned with China how quickly one market can close."

Anwar Qureshi, an agricultural economist at the University of Manitoba, says live-animal exports are a small part of the trade but a valuable one, because breeding stock sells at a premium.

He cautions, however, that the "real test" will be whether Vietnamese buyers come back for a second order.

"Anyone can sell one planeload. The question is whether the animals perform in Vietnamese barns," Qureshi says.

In a statement, Manitoba Agriculture Minister Gord Lenarz says the province will help cover travel costs for a trade mission to Hanoi in November.""", [
        Q("a new agreement with Vietnam could be worth millions of dollars a year to the province's hog sector",
          "indirect", "Manitoba swine genetics companies", None),
        Q('"reflects Canada\'s high animal health status."', "partial", "The CFIA",
          "Canadian Food Inspection Agency", speaker_at="The CFIA says"),
        Q("technical talks on the certificate began in 2020 and were slowed by the pandemic", "indirect", "It",
          "Canadian Food Inspection Agency", speaker_at="It says"),
        Q('"This is a market we\'ve been knocking on the door of for a long time,"', "direct", "Lisa Kornelsen",
          "Lisa Kornelsen"),
        Q('"The Vietnamese industry is modernizing fast and they want high-health animals."', "direct",
          "Lisa Kornelsen", "Lisa Kornelsen"),
        Q("her company expects to fly its first shipment of about 300 gilts from Winnipeg to Ho Chi Minh City this "
          "fall", "indirect", "Kornelsen", "Lisa Kornelsen", speaker_at="Kornelsen says"),
        Q("Vietnam's hog herd was hit hard by African swine fever after the disease arrived in 2019", "indirect",
          "the U.S. Department of Agriculture", "U.S. Department of Agriculture"),
        Q("the deal is welcome news after a difficult few years for producers", "indirect", "Dennis Friesen",
          "Dennis Friesen"),
        Q('"Every new door that opens spreads our risk,"', "direct", "he", "Dennis Friesen", speaker_at="he says"),
        Q('"We learned with China how quickly one market can close."', "direct", "he", "Dennis Friesen",
          speaker_at="he says"),
        Q("live-animal exports are a small part of the trade but a valuable one, because breeding stock sells at a "
          "premium", "indirect", "Anwar Qureshi", "Anwar Qureshi"),
        Q('"real test"', "partial", "He", "Anwar Qureshi", speaker_at="He cautions"),
        Q('"Anyone can sell one planeload. The question is whether the animals perform in Vietnamese barns,"',
          "direct", "Qureshi", "Anwar Qureshi", speaker_at="Qureshi says"),
        Q("the province will help cover travel costs for a trade mission to Hanoi in November", "indirect",
          "Gord Lenarz", "Gord Lenarz"),
    ], source="blind"),
    Case("blind99-dauphin-obstetrics", """Dauphin maternity unit to close for at least three months

DAUPHIN \u2014 Expectant mothers in the Parkland will have to travel to Brandon or Winnipeg to give birth starting next month, after Prairie Mountain Health announced a "temporary suspension" of obstetrical services at Dauphin Regional Health Centre.

The health region said Tuesday the unit will close Nov. 1 for at least three months because it does not have enough physicians to provide safe 24-hour coverage.

"This was not a decision we made lightly," Michelle Gaudry, the region's chief executive officer, said at a news conference. "Our first responsibility is to make sure every birth is a safe birth, and right now we can't promise that in Dauphin."

Gaudry said two of the four family doctors who deliver babies in Dauphin are on leave, and a third is retiring at the end of the month.

About 230 babies were born at the Dauphin hospital last year, according to Prairie Mountain Health.

Dauphin Mayor Roxanne Szymanski called the news "devastating."

"Young families are the future of this region. When we tell them they have to drive three hours to have a baby, some of them will simply leave," she said.

Dr. Kelechi Obi, president of Doctors Manitoba, said rural obstetrics programs across the province are "hanging by a thread."

"It takes only one or two departures to bring a whole program down," Obi said. "We have been warning about this for years.

"Government needs to make rural practice attractive again, with proper call pay and real support for young doctors."

Health Minister Priya Sandhu told reporters at the legislature that the province was working with the region to recruit more doctors. She said she hoped the unit would reopen "as quickly as possible."

Residents who gathered outside the hospital Wednesday evening carried hand-painted signs reading "Born in Dauphin."

Kayla Nepinak, who is due in December, said she had not yet decided whether to stay with relatives in Brandon in the weeks before her due date.

"I've got a two-year-old at home and my partner works nights. I honestly don't know how we're going to do this," she said.""", [
        Q('"temporary suspension"', "partial", "Prairie Mountain Health", "Prairie Mountain Health",
          speaker_at="after Prairie Mountain Health announced"),
        Q("the unit will close Nov. 1 for at least three months because it does not have enough physicians to "
          "provide safe 24-hour coverage", "indirect", "The health region", "Prairie Mountain Health"),
        Q('"This was not a decision we made lightly,"', "direct", "Michelle Gaudry", "Michelle Gaudry"),
        Q('"Our first responsibility is to make sure every birth is a safe birth, and right now we can\'t promise '
          'that in Dauphin."', "direct", "Michelle Gaudry", "Michelle Gaudry"),
        Q("two of the four family doctors who deliver babies in Dauphin are on leave, and a third is retiring at the "
          "end of the month", "indirect", "Gaudry", "Michelle Gaudry", speaker_at="Gaudry said"),
        Q("About 230 babies were born at the Dauphin hospital last year", "indirect", "Prairie Mountain Health",
          "Prairie Mountain Health", speaker_at="according to Prairie Mountain Health"),
        Q('"devastating."', "partial", "Roxanne Szymanski", "Roxanne Szymanski"),
        Q('"Young families are the future of this region. When we tell them they have to drive three hours to have '
          'a baby, some of them will simply leave,"', "direct", "she", "Roxanne Szymanski",
          speaker_at='leave," she said'),
        Q('"hanging by a thread."', "partial", "Kelechi Obi", "Kelechi Obi"),
        Q('"It takes only one or two departures to bring a whole program down,"', "direct", "Obi", "Kelechi Obi",
          speaker_at="Obi said"),
        Q('"We have been warning about this for years.', "direct", "Obi", "Kelechi Obi", speaker_at="Obi said"),
        Q('"Government needs to make rural practice attractive again, with proper call pay and real support for '
          'young doctors."', "direct", "Obi", "Kelechi Obi", speaker_at="Obi said"),
        Q("that the province was working with the region to recruit more doctors", "indirect", "Priya Sandhu",
          "Priya Sandhu"),
        Q('"as quickly as possible."', "partial", "She", "Priya Sandhu", speaker_at="She said she hoped"),
        Q("she had not yet decided whether to stay with relatives in Brandon in the weeks before her due date",
          "indirect", "Kayla Nepinak", "Kayla Nepinak"),
        Q('"I\'ve got a two-year-old at home and my partner works nights. I honestly don\'t know how we\'re going to '
          'do this,"', "direct", "she", "Kayla Nepinak", speaker_at='this," she said'),
    ], source="blind"),
    Case("blind99-somaliland-khat", """Somaliland suspends khat imports as shilling slides

Hargeisa (Horn Diplomat) \u2013 The Government of Somaliland has suspended all imports of khat from Ethiopia for 30 days, as the Somaliland shilling continues to lose value against the US dollar.

The decision was announced on Saturday evening by the Minister of Finance Development, Hon. Abdirashid Hussein Farah, after an emergency session of the Council of Ministers at the Presidential Palace.

"Every day, our traders send hundreds of thousands of dollars across the border for khat. This money never comes back," Minister Farah told journalists. "We cannot build a nation while our hard currency disappears into the mouths of chewers."

He said the ban would apply to all land crossings and to the airports in Hargeisa and Berbera.

According to the Ministry of Finance Development, Somaliland imports khat worth an estimated 500,000 US dollars each day. The leaf, known locally as "jaad," is trucked and flown in daily from the Harar and Aweday areas of eastern Ethiopia.

The shilling has weakened from around 8,500 to more than 11,000 to the dollar in the Hargeisa money markets since January, traders said.

Khat traders reacted angrily. Mr Mohamed Abdi Warsame, chairman of the Somaliland Khat Traders Association, said thousands of families depend on the trade.

"The government did not consult us at all. The women who sell khat in the market are the breadwinners of their homes. Where will they go tomorrow?" Mr Warsame asked.

He warned that smuggling would increase if the ban was not lifted quickly.

Dr Hodan Ahmed Ismail, a physician at Hargeisa Group Hospital, welcomed the move, saying khat use was linked to high blood pressure, sleeplessness and mental illness among young men.

"If the government is serious, this should not be 30 days. It should be permanent," Dr Hodan said.

Somaliland National Television reported that police had set up checkpoints on the main road from Wajaale to Hargeisa on Sunday morning.

The Somaliland Chamber of Commerce, Industry and Agriculture said in a statement that it supported "any measure that protects the national currency." The chamber said small traders should be given time to find other work.

In the Hargeisa central market, some residents said the price of khat had already doubled.

"A bundle that cost 40,000 shillings on Friday is 90,000 today," said a seller who gave her name only as Sahra.""", [
        Q('"Every day, our traders send hundreds of thousands of dollars across the border for khat. This money '
          'never comes back,"', "direct", "Farah", "Abdirashid Hussein Farah", speaker_at="Minister Farah told"),
        Q('"We cannot build a nation while our hard currency disappears into the mouths of chewers."', "direct",
          "Farah", "Abdirashid Hussein Farah", speaker_at="Minister Farah told"),
        Q("the ban would apply to all land crossings and to the airports in Hargeisa and Berbera", "indirect", "He",
          "Abdirashid Hussein Farah", speaker_at="He said the ban"),
        Q("Somaliland imports khat worth an estimated 500,000 US dollars each day", "indirect",
          "the Ministry of Finance Development", "Ministry of Finance Development"),
        Q("The shilling has weakened from around 8,500 to more than 11,000 to the dollar in the Hargeisa money "
          "markets since January", "indirect", "traders", None, speaker_at="traders said"),
        Q("thousands of families depend on the trade", "indirect", "Mohamed Abdi Warsame", "Mohamed Abdi Warsame"),
        Q('"The government did not consult us at all. The women who sell khat in the market are the breadwinners of '
          'their homes. Where will they go tomorrow?"', "direct", "Warsame", "Mohamed Abdi Warsame",
          speaker_at="Mr Warsame asked"),
        Q("that smuggling would increase if the ban was not lifted quickly", "indirect", "He", "Mohamed Abdi Warsame",
          speaker_at="He warned"),
        Q("khat use was linked to high blood pressure, sleeplessness and mental illness among young men", "indirect",
          "Hodan Ahmed Ismail", "Hodan Ahmed Ismail"),
        Q('"If the government is serious, this should not be 30 days. It should be permanent,"', "direct", "Hodan",
          "Hodan Ahmed Ismail", speaker_at="Dr Hodan said"),
        Q("that police had set up checkpoints on the main road from Wajaale to Hargeisa on Sunday morning",
          "indirect", "Somaliland National Television", "Somaliland National Television"),
        Q('"any measure that protects the national currency."', "partial",
          "The Somaliland Chamber of Commerce, Industry and Agriculture",
          "Somaliland Chamber of Commerce, Industry and Agriculture"),
        Q("small traders should be given time to find other work", "indirect", "The chamber",
          "Somaliland Chamber of Commerce, Industry and Agriculture"),
        Q("the price of khat had already doubled", "indirect", "some residents", None),
        Q('"A bundle that cost 40,000 shillings on Friday is 90,000 today,"', "direct", "Sahra", "Sahra"),
    ], source="blind"),
    Case("blind99-djibouti-khat", """Djibouti halts khat imports from Ethiopia over cholera fears

DJIBOUTI CITY \u2013 The Government of Djibouti has suspended the import of khat from Ethiopia for two weeks after cases of cholera were confirmed in towns along the main supply route, the Ministry of Health announced on Wednesday.

In a statement read on national television, the ministry described the measure as \u201cpurely preventive.\u201d It said the suspension would be reviewed once the situation across the border was under control.

\u201cWe are not punishing anyone. We are protecting families,\u201d Health Minister Dr Fathia Houmed Ali told reporters. \u201cKhat comes into this country fresh every morning, handled by many hands. In an outbreak, that is a risk we cannot accept.\u201d

Dr Houmed Ali said health teams had been sent to the Galafi and Dewele border posts to screen travellers and lorry drivers.

According to the World Health Organization, Ethiopia has reported more than 1,800 suspected cholera cases since the start of the year, including in the Dire Dawa area.

The suspension was felt in the capital at once. Every afternoon, much of Djibouti City slows down for the chewing session known as the \u201cbroute,\u201d but on Thursday the stalls of Quartier 4 were bare, and sellers said they had received no deliveries at all.

\u201cI have sold khat here for 20 years and I have never seen the market empty like this,\u201d said Amina Daher, a trader. \u201cHow will I pay the rent this month?\u201d she asked.

The country\u2019s licensed importer, Soci\u00e9t\u00e9 Djiboutienne du Khat, said it had halted its daily lorries and cancelled its charter flights from Dire Dawa. A company official, speaking on condition of anonymity, told this newspaper that losses could reach several million Djibouti francs a day.

Mohamed Ali Kamil, an economist at the University of Djibouti, said the ban could have an unexpected benefit. \u201cFor two weeks, families will keep money that normally goes across the border,\u201d he said.

In Dire Dawa, Ethiopian officials told state media that they had not been consulted and that traders in the city faced heavy losses.""", [
        Q("The Government of Djibouti has suspended the import of khat from Ethiopia for two weeks after cases of "
          "cholera were confirmed in towns along the main supply route", "indirect", "the Ministry of Health",
          "Ministry of Health"),
        Q("\u201cpurely preventive.\u201d", "partial", "the ministry", "Ministry of Health",
          speaker_at="the ministry described"),
        Q("the suspension would be reviewed once the situation across the border was under control", "indirect",
          "It", "Ministry of Health", speaker_at="It said"),
        Q("\u201cWe are not punishing anyone. We are protecting families,\u201d", "direct", "Fathia Houmed Ali",
          "Fathia Houmed Ali"),
        Q("\u201cKhat comes into this country fresh every morning, handled by many hands. In an outbreak, "
          "that is a risk we cannot accept.\u201d", "direct", "Fathia Houmed Ali", "Fathia Houmed Ali"),
        Q("health teams had been sent to the Galafi and Dewele border posts to screen travellers and lorry drivers",
          "indirect", "Houmed Ali", "Fathia Houmed Ali", speaker_at="Dr Houmed Ali said"),
        Q("Ethiopia has reported more than 1,800 suspected cholera cases since the start of the year, including in "
          "the Dire Dawa area", "indirect", "the World Health Organization", "World Health Organization"),
        Q("they had received no deliveries at all", "indirect", "sellers", None, speaker_at="sellers said"),
        Q("\u201cI have sold khat here for 20 years and I have never seen the market empty like this,\u201d", "direct",
          "Amina Daher", "Amina Daher"),
        Q("\u201cHow will I pay the rent this month?\u201d", "direct", "she", "Amina Daher", speaker_at="she asked"),
        Q("it had halted its daily lorries and cancelled its charter flights from Dire Dawa", "indirect",
          "Soci\u00e9t\u00e9 Djiboutienne du Khat", "Soci\u00e9t\u00e9 Djiboutienne du Khat"),
        Q("that losses could reach several million Djibouti francs a day", "indirect", "A company official", None),
        Q("the ban could have an unexpected benefit", "indirect", "Mohamed Ali Kamil", "Mohamed Ali Kamil"),
        Q("\u201cFor two weeks, families will keep money that normally goes across the border,\u201d", "direct", "he",
          "Mohamed Ali Kamil", speaker_at="he said"),
        Q("that they had not been consulted and that traders in the city faced heavy losses", "indirect",
          "Ethiopian officials", None),
    ], source="blind"),
    Case("blind99-berbera-livestock", """Somaliland signs deal to ship one million sheep and goats to Saudi Arabia

BERBERA \u2013 Somaliland has signed an agreement with a Saudi trading company to export up to one million sheep and goats a year through the port of Berbera, the Ministry of Livestock and Fisheries Development said on Monday.

The three-year deal was signed at the port by the Minister of Livestock and Fisheries Development, Hon. Mahamoud Ali Dirir, and the managing director of Al Rawabi Livestock Trading Company of Jeddah, Mr Faisal Al-Harbi.

"This agreement is a message to the world that Somaliland's livestock is healthy and that our port is ready," Minister Dirir said at the signing ceremony.

He said livestock accounts for about 70 percent of Somaliland's export earnings and supports the majority of rural families.

Under the agreement, animals will spend 21 days at the Berbera quarantine station before loading, where they will be vaccinated and tested for Rift Valley fever and other diseases, according to the ministry. The deal forms part of the ministry's "Livestock Export Strategy 2025-2030."

Mr Al-Harbi said his company planned to buy its first 60,000 animals ahead of the Hajj season. "Somali sheep are the favourite of our customers. The meat is lean and the taste is excellent," he said.

Livestock traders in Burao, home to the country's largest animal market, welcomed the news but warned that prices paid to herders must be fair.

"For years the middlemen have taken the biggest share. This time the herder must benefit," said Ismail Osman Abdi, chairman of the Burao livestock traders' union.

Dr Sahra Mohamoud Elmi, head of the veterinary services department, told Somaliland Standard that the quarantine station had been upgraded with funding from the European Union and now had a laboratory able to certify animals within 48 hours.

She said, "The certificate that leaves Berbera will be trusted in Jeddah."

DP World Berbera, which operates the port, said in a statement that a new livestock berth would be ready by the end of the year.

In the grazing lands near Sheikh, pastoralists said recent rains had left their animals in good condition.

"The animals are fat this year. God willing, we will sell them at a good price," said herder Abdirahman Jama.""", [
        Q("Somaliland has signed an agreement with a Saudi trading company to export up to one million sheep and "
          "goats a year through the port of Berbera", "indirect", "the Ministry of Livestock and Fisheries Development",
          "Ministry of Livestock and Fisheries Development"),
        Q('"This agreement is a message to the world that Somaliland\'s livestock is healthy and that our port is '
          'ready,"', "direct", "Dirir", "Mahamoud Ali Dirir", speaker_at="Minister Dirir said"),
        Q("livestock accounts for about 70 percent of Somaliland's export earnings and supports the majority of "
          "rural families", "indirect", "He", "Mahamoud Ali Dirir", speaker_at="He said livestock"),
        Q("Under the agreement, animals will spend 21 days at the Berbera quarantine station before loading, where "
          "they will be vaccinated and tested for Rift Valley fever and other diseases", "indirect", "the ministry",
          "Ministry of Livestock and Fisheries Development", speaker_at="according to the ministry"),
        Q("his company planned to buy its first 60,000 animals ahead of the Hajj season", "indirect", "Al-Harbi",
          "Faisal Al-Harbi", speaker_at="Mr Al-Harbi said"),
        Q('"Somali sheep are the favourite of our customers. The meat is lean and the taste is excellent,"',
          "direct", "he", "Faisal Al-Harbi", speaker_at="he said"),
        Q("that prices paid to herders must be fair", "indirect", "Livestock traders in Burao", None),
        Q('"For years the middlemen have taken the biggest share. This time the herder must benefit,"', "direct",
          "Ismail Osman Abdi", "Ismail Osman Abdi"),
        Q("that the quarantine station had been upgraded with funding from the European Union and now had a "
          "laboratory able to certify animals within 48 hours", "indirect", "Sahra Mohamoud Elmi",
          "Sahra Mohamoud Elmi"),
        Q('"The certificate that leaves Berbera will be trusted in Jeddah."', "direct", "She", "Sahra Mohamoud Elmi",
          speaker_at="She said"),
        Q("that a new livestock berth would be ready by the end of the year", "indirect", "DP World Berbera",
          "DP World Berbera"),
        Q("recent rains had left their animals in good condition", "indirect", "pastoralists", None),
        Q('"The animals are fat this year. God willing, we will sell them at a good price,"', "direct",
          "Abdirahman Jama", "Abdirahman Jama"),
    ], source="blind"),
    Case("blind99-djibouti-drill", """Thousands of pupils take part in first national earthquake drill

DJIBOUTI (ADI) \u2013 More than 40,000 pupils in 120 schools took part on Tuesday in Djibouti's first national earthquake and evacuation drill, the Ministry of National Education and Vocational Training said.

At exactly 9 a.m., a siren sounded at Ambouli 2 primary school in the capital. Pupils dropped to the floor, covered their heads and held on to the legs of their tables before walking calmly out to the schoolyard.

"Djibouti lies where three tectonic plates meet. The ground here moves more often than people think," said the Secretary General of the ministry, Mr Ibrahim Moussa Dirieh, who watched the drill at Ambouli 2.

He said the ministry wanted every school to hold a drill at least twice a year. Each school has also appointed a "safety teacher" to keep its evacuation plan up to date.

According to the Centre for Study and Research of Djibouti (CERD), which runs the seismic observatory at Arta, the country records several hundred small earthquakes every year, most of them too weak to be felt.

A CERD seismologist, Dr Kadra Youssouf Hassan, told ADI that a strong earthquake near the capital "cannot be ruled out."

"Many of our buildings were put up quickly, without following seismic rules. That is why preparation in schools is so important," she said.

Mrs Fatouma Ali Guedi, the headmistress of Ambouli 2, said the school's 900 pupils had left their classrooms in just under four minutes.

"Last month, during the practice, it took us nine minutes. The children learned fast," Mrs Guedi said.

"At first I thought it was a real earthquake and my heart was beating fast," said Moustapha, a pupil in CM2.

The drill was organised with the support of UNICEF and the Japan International Cooperation Agency (JICA), which has trained teachers in disaster preparedness since 2022, according to the ministry.

A UNICEF representative in Djibouti said in a message that schools must be "safe places, not places of danger" when disaster strikes.

Some parents waiting outside the gates said they had not been told about the exercise in advance. "When I heard the siren, I ran here. Next time they should tell us," said one mother.

The ministry said a second drill, this time including secondary schools in the regions of Tadjourah, Obock, Dikhil, Ali Sabieh and Arta, would take place in March.""", [
        Q("More than 40,000 pupils in 120 schools took part on Tuesday in Djibouti's first national earthquake and "
          "evacuation drill", "indirect", "the Ministry of National Education and Vocational Training",
          "Ministry of National Education and Vocational Training"),
        Q('"Djibouti lies where three tectonic plates meet. The ground here moves more often than people think,"',
          "direct", "Ibrahim Moussa Dirieh", "Ibrahim Moussa Dirieh"),
        Q("the ministry wanted every school to hold a drill at least twice a year", "indirect", "He",
          "Ibrahim Moussa Dirieh", speaker_at="He said the ministry"),
        Q("the country records several hundred small earthquakes every year, most of them too weak to be felt",
          "indirect", "the Centre for Study and Research of Djibouti", "Centre for Study and Research of Djibouti"),
        Q('"cannot be ruled out."', "partial", "Kadra Youssouf Hassan", "Kadra Youssouf Hassan"),
        Q('"Many of our buildings were put up quickly, without following seismic rules. That is why preparation in '
          'schools is so important,"', "direct", "she", "Kadra Youssouf Hassan", speaker_at="she said"),
        Q("the school's 900 pupils had left their classrooms in just under four minutes", "indirect",
          "Fatouma Ali Guedi", "Fatouma Ali Guedi"),
        Q('"Last month, during the practice, it took us nine minutes. The children learned fast,"', "direct", "Guedi",
          "Fatouma Ali Guedi", speaker_at="Mrs Guedi said"),
        Q('"At first I thought it was a real earthquake and my heart was beating fast,"', "direct", "Moustapha",
          "Moustapha"),
        Q("The drill was organised with the support of UNICEF and the Japan International Cooperation Agency (JICA), "
          "which has trained teachers in disaster preparedness since 2022", "indirect", "the ministry",
          "Ministry of National Education and Vocational Training", speaker_at="according to the ministry"),
        Q('"safe places, not places of danger"', "partial", "A UNICEF representative in Djibouti", None),
        Q("they had not been told about the exercise in advance", "indirect", "Some parents", None),
        Q('"When I heard the siren, I ran here. Next time they should tell us,"', "direct", "one mother", None),
        Q("a second drill, this time including secondary schools in the regions of Tadjourah, Obock, Dikhil, Ali "
          "Sabieh and Arta, would take place in March", "indirect", "The ministry",
          "Ministry of National Education and Vocational Training", speaker_at="The ministry said a second"),
    ], source="blind"),
    Case("blind99-greatstone-crossing", """Dozens brought ashore at Greatstone as Channel crossings hit high

More than 60 people were brought ashore at Greatstone in the early hours of Tuesday after their dinghy got into difficulty off the Romney Marsh coast.

Around 800 people crossed the Channel in small boats on Monday and Tuesday, the highest two-day total this year, according to the Home Office.

HM Coastguard said its helicopter from Lydd had been sent to help after reports that people were in the water. Dungeness RNLI's all-weather lifeboat was launched at 3.40am.

"Conditions were calm, which probably saved lives last night," said Dungeness lifeboat coxswain Steve Mannering. "We found a lot of very cold, very frightened people, including young children."

Mannering added that two people had been taken to the William Harvey Hospital in Ashford with hypothermia.

Kent Police said officers had been called to support Border Force staff on the beach.

Chief Inspector Dawn Pelling said: "Our priority was making sure everyone was safe and the beach was secured. I would like to thank residents for their patience."

Residents of The Parade, which runs along the seafront, said they were woken by shouting and the sound of a helicopter.

Pensioner Maureen Tolhurst, 74, said: "I looked out of my bedroom window and there were people everywhere, some of them wrapped in foil blankets. It's heartbreaking, but it's frightening for those of us who live here too."

Folkestone and Hythe MP Helen Whitlock described the situation as "a humanitarian and a security crisis on our doorstep" and said the government must "get a grip".

The French coastguard has struggled to stop so-called "taxi boats", which pick up passengers in the shallows rather than from the beach.

A Home Office spokesperson said: "These dangerous crossings put lives at risk, and we are determined to smash the gangs behind them."

The spokesperson added that the number of people returned to France had risen under an agreement signed last year.

Lucy Graves, coordinator of the Marsh Welcome Project, said the people arriving on the beach were "exhausted human beings, not numbers".

"Most of them have spent days sleeping rough in the dunes near Calais before they even get in a boat," she told the Express.""", [
        Q("Around 800 people crossed the Channel in small boats on Monday and Tuesday, the highest two-day total this "
          "year", "indirect", "the Home Office", "Home Office", speaker_at="according to the Home Office"),
        Q("its helicopter from Lydd had been sent to help after reports that people were in the water", "indirect",
          "HM Coastguard", "HM Coastguard"),
        Q('"Conditions were calm, which probably saved lives last night,"', "direct", "Steve Mannering",
          "Steve Mannering"),
        Q('"We found a lot of very cold, very frightened people, including young children."', "direct",
          "Steve Mannering", "Steve Mannering"),
        Q("that two people had been taken to the William Harvey Hospital in Ashford with hypothermia", "indirect",
          "Mannering", "Steve Mannering", speaker_at="Mannering added"),
        Q("officers had been called to support Border Force staff on the beach", "indirect", "Kent Police",
          "Kent Police"),
        Q('"Our priority was making sure everyone was safe and the beach was secured. I would like to thank '
          'residents for their patience."', "direct", "Dawn Pelling", "Dawn Pelling"),
        Q("they were woken by shouting and the sound of a helicopter", "indirect", "Residents of The Parade", None),
        Q('"I looked out of my bedroom window and there were people everywhere, some of them wrapped in foil '
          'blankets. It\'s heartbreaking, but it\'s frightening for those of us who live here too."', "direct",
          "Maureen Tolhurst", "Maureen Tolhurst"),
        Q('"a humanitarian and a security crisis on our doorstep"', "partial", "Helen Whitlock", "Helen Whitlock"),
        Q('"get a grip"', "partial", "Helen Whitlock", "Helen Whitlock"),
        Q('"These dangerous crossings put lives at risk, and we are determined to smash the gangs behind them."',
          "direct", "A Home Office spokesperson", None),
        Q("that the number of people returned to France had risen under an agreement signed last year", "indirect",
          "The spokesperson", None),
        Q('"exhausted human beings, not numbers"', "partial", "Lucy Graves", "Lucy Graves"),
        Q('"Most of them have spent days sleeping rough in the dunes near Calais before they even get in a boat,"',
          "direct", "she", "Lucy Graves", speaker_at="she told"),
    ], source="blind"),
    Case("blind99-beachy-head-rescue", """Eastbourne lifeboat crew rescue 47 from drifting dinghy off Beachy Head

Forty-seven people, including nine children, were rescued from a drifting dinghy off Beachy Head on Saturday after its engine failed during an attempt to cross the Channel.

The Eastbourne RNLI all-weather lifeboat was launched at 6.15am after a passing fishing boat reported the vessel about eight miles south of the headland, the charity said.

\u2018It had drifted a long way west, well away from the usual routes, and it was taking on water,\u2019 said coxswain Mark Sawyer. \u2018Another hour and I don\u2019t like to think what we would have found.\u2019

He said the crew had handed out water and foil blankets before escorting the dinghy to Newhaven harbour, where Border Force officers were waiting.

The skipper of the fishing boat, Newhaven-based Dan Heasman, told the Sussex Express he had spotted people waving life jackets.

\u2018At first I thought it was a bit of rubbish in the water, then I saw arms waving,\u2019 he said. \u2018You don\u2019t forget something like that.\u2019

The boat, a grey inflatable of the kind sold online as a \u2018leisure raft\u2019, was later towed into the harbour.

A Home Office spokesman confirmed that 47 people had been brought ashore at Newhaven and taken to the processing centre at Manston in Kent.

Sussex Police said a 24-year-old man had been arrested on suspicion of assisting unlawful immigration and remained in custody.

Lewes MP Sarah Pennington said the rescue showed \u2018the extraordinary courage of our volunteer crews\u2019 and called again for \u2018safe and legal routes\u2019 so that families were not forced into boats.

But Wealden district councillor Roger Blackwood said the landing was \u2018the latest proof that the Channel is wide open\u2019.

The RNLI said its crews in the south-east had launched to small boats more than 300 times this year, adding: \u2018Our volunteers will always go to the aid of anyone in danger at sea, without judgement.\u2019""", [
        Q("The Eastbourne RNLI all-weather lifeboat was launched at 6.15am after a passing fishing boat reported the "
          "vessel about eight miles south of the headland", "indirect", "the charity", "RNLI"),
        Q("\u2018It had drifted a long way west, well away from the usual routes, and it was taking on "
          "water,\u2019", "direct", "Mark Sawyer", "Mark Sawyer"),
        Q("\u2018Another hour and I don\u2019t like to think what we would have found.\u2019", "direct", "Mark Sawyer",
          "Mark Sawyer"),
        Q("the crew had handed out water and foil blankets before escorting the dinghy to Newhaven harbour, where "
          "Border Force officers were waiting", "indirect", "He", "Mark Sawyer", speaker_at="He said the crew"),
        Q("he had spotted people waving life jackets", "indirect", "Dan Heasman", "Dan Heasman"),
        Q("\u2018At first I thought it was a bit of rubbish in the water, then I saw arms waving,\u2019",
          "direct", "he", "Dan Heasman", speaker_at="he said"),
        Q("\u2018You don\u2019t forget something like that.\u2019", "direct", "he", "Dan Heasman",
          speaker_at="he said"),
        Q("that 47 people had been brought ashore at Newhaven and taken to the processing centre at Manston in Kent",
          "indirect", "A Home Office spokesman", None),
        Q("a 24-year-old man had been arrested on suspicion of assisting unlawful immigration and remained in "
          "custody", "indirect", "Sussex Police", "Sussex Police"),
        Q("\u2018the extraordinary courage of our volunteer crews\u2019", "partial", "Sarah Pennington",
          "Sarah Pennington"),
        Q("\u2018safe and legal routes\u2019", "partial", "Sarah Pennington", "Sarah Pennington"),
        Q("\u2018the latest proof that the Channel is wide open\u2019", "partial", "Roger Blackwood",
          "Roger Blackwood"),
        Q("its crews in the south-east had launched to small boats more than 300 times this year", "indirect",
          "The RNLI", "RNLI"),
        Q("\u2018Our volunteers will always go to the aid of anyone in danger at sea, without "
          "judgement.\u2019", "direct", "The RNLI", "RNLI"),
    ], source="blind"),
    Case("blind99-dover-half-term", """Half-term getaway brings six-hour queues to Dover

Families heading to France for the half-term break faced waits of up to six hours at the Port of Dover on Saturday, as tailbacks stretched along the A20 and into the town.

The Port of Dover said about 6,000 cars had passed through its check-in booths by 10am.

Port chief executive Martin Ellery said: 'We have added extra French border control booths this year, but the volume of traffic this morning has been exceptional.'

Mr Ellery said the French booths had been fully staffed since 6am and that the port was working closely with its partners in Calais.

Kent Police said the Dover TAP traffic system had been in use on the A20 since 7am, holding lorries in one lane so that cars could reach the port.

A so-called 'fast lane' for coaches was set up at the Eastern Docks but did little to ease the congestion.

Jo Bassett, from Maidstone, told the Mercury she had been sitting in the queue for four hours with two children and a dog.

'We've eaten all the sandwiches already and we're not even at the port yet,' she said. 'The kids think it's hilarious. I don't.'

Residents complained on social media that they could not get out of their own driveways in Aycliffe and along Maison Dieu Road.

Dover and Deal MP Graham Pettit said the scenes were 'sadly all too familiar'.

'Every summer and every half-term we see the same thing. The town grinds to a halt,' he said. 'We need proper funding for lorry parks and more French officers on the border.'

Travel industry bodies have warned that the EU's new Entry/Exit System, which requires non-EU travellers to register fingerprints and a photograph, will make matters worse.

DFDS said its ships were running on time, but that passengers who missed their sailing because of the queues would be put on the next available crossing at no extra cost.

P&O Ferries said it was 'monitoring the situation closely'.""", [
        Q("about 6,000 cars had passed through its check-in booths by 10am", "indirect", "The Port of Dover",
          "Port of Dover"),
        Q("'We have added extra French border control booths this year, but the volume of traffic this morning has "
          "been exceptional.'", "direct", "Martin Ellery", "Martin Ellery"),
        Q("the French booths had been fully staffed since 6am and that the port was working closely with its "
          "partners in Calais", "indirect", "Ellery", "Martin Ellery", speaker_at="Mr Ellery said"),
        Q("the Dover TAP traffic system had been in use on the A20 since 7am, holding lorries in one lane so that "
          "cars could reach the port", "indirect", "Kent Police", "Kent Police"),
        Q("she had been sitting in the queue for four hours with two children and a dog", "indirect", "Jo Bassett",
          "Jo Bassett"),
        Q("'We've eaten all the sandwiches already and we're not even at the port yet,'", "direct", "she",
          "Jo Bassett", speaker_at="she said"),
        Q("'The kids think it's hilarious. I don't.'", "direct", "she", "Jo Bassett", speaker_at="she said"),
        Q("that they could not get out of their own driveways in Aycliffe and along Maison Dieu Road", "indirect",
          "Residents", None),
        Q("'sadly all too familiar'", "partial", "Graham Pettit", "Graham Pettit"),
        Q("'Every summer and every half-term we see the same thing. The town grinds to a halt,'", "direct", "he",
          "Graham Pettit", speaker_at="he said"),
        Q("'We need proper funding for lorry parks and more French officers on the border.'", "direct", "he",
          "Graham Pettit", speaker_at="he said"),
        Q("that the EU's new Entry/Exit System, which requires non-EU travellers to register fingerprints and a "
          "photograph, will make matters worse", "indirect", "Travel industry bodies", None),
        Q("its ships were running on time, but that passengers who missed their sailing because of the queues would "
          "be put on the next available crossing at no extra cost", "indirect", "DFDS", "DFDS"),
        Q("'monitoring the situation closely'", "partial", "P&O Ferries", "P&O Ferries"),
    ], source="blind"),
    Case("blind99-newhaven-delays", """Passengers stranded for hours as border computer fails at Newhaven

Hundreds of passengers were left waiting for up to five hours at Newhaven ferry port on Sunday after a computer failure at the French border controls.

DFDS, which runs the Newhaven to Dieppe route, said the 9.30am sailing had left nearly three hours late and that the evening departure was also delayed.

"We apologise to all our customers for the disruption, which was caused by a technical issue outside our control," a DFDS spokesperson said.

Traffic backed up along the A259 and into the town centre, according to Sussex Police.

Pauline Ashdown, 67, from Seaford, said she and her husband had been due to visit their daughter in Rouen.

"We've been sitting here since half past six this morning with nothing to eat," she said. "Nobody has told us anything.

"My husband has a heart condition and I'm worried about him."

Volunteers from a local church handed out tea and biscuits from a "pop-up" stall near the terminal.

France's border police, the Police aux Fronti\u00e8res, said in a statement that the fault had affected passport scanners at several Channel ports and had been fixed by early afternoon.

Town councillor Nikki Ridley said the port "brings jobs but it also brings chaos" whenever something goes wrong.

One resident of South Road said lorries had been parked outside her house all afternoon with their engines running.

Logistics UK, which represents freight firms, warned that similar delays were "all but certain" once the EU's Entry/Exit System comes in.

Lewes MP Sarah Pennington told the Express she had written to the Home Office and the French consulate asking for an explanation.

"Newhaven is a small port with a big role, and it cannot be treated as an afterthought," she said, adding that she would raise the issue in Parliament.""", [
        Q("the 9.30am sailing had left nearly three hours late and that the evening departure was also delayed",
          "indirect", "DFDS", "DFDS", speaker_at="DFDS, which runs"),
        Q('"We apologise to all our customers for the disruption, which was caused by a technical issue outside our '
          'control,"', "direct", "a DFDS spokesperson", None),
        Q("Traffic backed up along the A259 and into the town centre", "indirect", "Sussex Police", "Sussex Police"),
        Q("she and her husband had been due to visit their daughter in Rouen", "indirect", "Pauline Ashdown",
          "Pauline Ashdown"),
        Q('"We\'ve been sitting here since half past six this morning with nothing to eat,"', "direct", "she",
          "Pauline Ashdown", speaker_at='eat," she said'),
        Q('"Nobody has told us anything.', "direct", "she", "Pauline Ashdown", speaker_at='eat," she said'),
        Q('"My husband has a heart condition and I\'m worried about him."', "direct", "she", "Pauline Ashdown",
          speaker_at='eat," she said'),
        Q("that the fault had affected passport scanners at several Channel ports and had been fixed by early "
          "afternoon", "indirect", "the Police aux Fronti\u00e8res", "Police aux Fronti\u00e8res"),
        Q('"brings jobs but it also brings chaos"', "partial", "Nikki Ridley", "Nikki Ridley"),
        Q("lorries had been parked outside her house all afternoon with their engines running", "indirect",
          "One resident of South Road", None),
        Q('"all but certain"', "partial", "Logistics UK", "Logistics UK"),
        Q("she had written to the Home Office and the French consulate asking for an explanation", "indirect",
          "Sarah Pennington", "Sarah Pennington"),
        Q('"Newhaven is a small port with a big role, and it cannot be treated as an afterthought,"', "direct", "she",
          "Sarah Pennington", speaker_at='afterthought," she said'),
        Q("that she would raise the issue in Parliament", "indirect", "she", "Sarah Pennington",
          speaker_at='afterthought," she said'),
    ], source="blind"),
]
