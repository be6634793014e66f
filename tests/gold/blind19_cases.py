"""Blind gold, round 19: short news articles written without looking at the pretagger.

Sixteen articles in the house styles of wire services and regional papers on
six continents (Reuters, AP, Manchester Evening News, The Herald, Limerick
Leader, Hobart Mercury, Waikato Times, Chronicle Herald, Daily Monitor, The
Nation, GroundUp, Times of Zambia, Oman Observer, Korea JoongAng Daily,
Business Standard and a US rural weekly), with curly and straight double
quotes, straight and curly British single quotes, titles and scare quotes in
marks (not annotated), quotes running over paragraphs, and speakers named
before, after and inside quotes, by pronoun, surname, title or organisation.
See gold_format.py for the case format.
"""

from __future__ import annotations

from gold_format import Case, Q

CASES = [
    # ------------------------------------------------------------------ Reuters, sport (badminton)
    Case("blind19-badminton", """Teoh battles back to reach Malaysia Open semi-finals

KUALA LUMPUR, Jan 10 (Reuters) - Malaysia's Teoh Wei Han came from a game down to beat Indonesia's Sutrisno 18-21 21-15 22-20 on Friday and reach the semi-finals of the Malaysia Open, sending a packed Axiata Arena into raptures.

The 23-year-old, ranked 14th in the world, saved two match points in the deciding game before sealing victory with a cross-court smash that left his opponent sprawled on the court.

"Honestly, at 19-20 I thought it was over," Teoh told reporters. "But the crowd kept shouting my name and I just told myself, one more rally, one more rally."

Sutrisno, who had won their three previous meetings, said he had lost his focus after a disputed line call early in the third game.

"I am not blaming the umpire. He beat me in the important points," the Indonesian said through an interpreter. "Maybe next time."

Badminton Association of Malaysia (BAM) performance director Datuk Azman Yusof said the win showed the benefit of the month-long training camp the national squad held in Denmark before Christmas.

"We asked him to be more patient, to build the rally instead of looking for the winner too early," Azman said. "Tonight you saw that. He was patient, and at the end he was brave."

Teoh will face second seed Magnus Holm-Jensen of Denmark, who needed only 38 minutes to dispatch Japan's Ryota Kanemaru 21-12 21-14.

Holm-Jensen, who trained alongside Teoh during the camp in Denmark, described the Malaysian as "one of the most dangerous players on tour right now".

"We know each other's game very well, so it will be a battle of patience," he said. "Of course the crowd will be against me, but I like that."

In the women's singles, home hopes ended when 19-year-old Nur Aisyah Kamarulzaman lost 21-17 21-9 to South Korea's Bae Soo-ah.

BAM later said in a statement that Nur Aisyah had been playing with a strained calf and would be assessed before next week's India Open in New Delhi.

(Reporting by Hidayah Rahman; Editing by Peter Hall)""", [
        Q('"Honestly, at 19-20 I thought it was over,"', "direct", "Teoh", "Teoh Wei Han", speaker_at="Teoh told"),
        Q('"But the crowd kept shouting my name and I just told myself, one more rally, one more rally."', "direct",
          "Teoh", "Teoh Wei Han", speaker_at="Teoh told"),
        Q("he had lost his focus after a disputed line call early in the third game", "indirect",
          "Sutrisno", "Sutrisno", speaker_at="Sutrisno, who had"),
        Q('"I am not blaming the umpire. He beat me in the important points,"', "direct",
          "the Indonesian", "Sutrisno"),
        Q('"Maybe next time."', "direct", "the Indonesian", "Sutrisno"),
        Q("the win showed the benefit of the month-long training camp the national squad held in Denmark before "
          "Christmas", "indirect", "Azman Yusof", "Azman Yusof"),
        Q('"We asked him to be more patient, to build the rally instead of looking for the winner too early,"',
          "direct", "Azman", "Azman Yusof", speaker_at="Azman said"),
        Q('"Tonight you saw that. He was patient, and at the end he was brave."', "direct",
          "Azman", "Azman Yusof", speaker_at="Azman said"),
        Q('"one of the most dangerous players on tour right now"', "partial", "Holm-Jensen", "Magnus Holm-Jensen",
          speaker_at="Holm-Jensen, who trained"),
        Q('"We know each other\'s game very well, so it will be a battle of patience,"', "direct",
          "he", "Magnus Holm-Jensen", speaker_at='he said. "Of'),
        Q('"Of course the crowd will be against me, but I like that."', "direct",
          "he", "Magnus Holm-Jensen", speaker_at='he said. "Of'),
        Q("that Nur Aisyah had been playing with a strained calf and would be assessed before next week's India "
          "Open in New Delhi", "indirect", "BAM", "Badminton Association of Malaysia", speaker_at="BAM later"),
    ], source="blind"),

    # ------------------------------------------------------------------ AP, ferry accident
    Case("blind19-ferry", """Ferry capsizes in rough seas in central Philippines, killing at least 9

MANILA, Philippines (AP) \u2014 A ferry carrying more than 120 people capsized in rough seas off the central Philippines before dawn Sunday, killing at least nine passengers and leaving 14 others missing, the coast guard said.

The MV Princess Aurora was about halfway through a three-hour trip from Bantayan Island to the port of Hagnaya in Cebu province when it was struck by large waves and overturned, Philippine Coast Guard spokesman Rear Adm. Arnel Bautista said.

"The vessel was hit broadside by a big wave and turned over within minutes," Bautista told The Associated Press by phone. "Many of the passengers were still asleep below deck, so they had very little time."

He said 97 people had been rescued, some of them by fishermen who sped to the scene in outrigger boats after hearing distress calls on the radio. Navy divers were searching the submerged hull Sunday afternoon.

Cebu Gov. Marites de la Paz ordered all sea trips from the province's northern ports suspended until the weather improved. "No trip is worth a single life," she said in a radio interview, adding that the provincial government would pay for the funerals of the victims.

One survivor, 34-year-old fish vendor Jocelyn Paragas, told DZMM radio she had clung to a plastic water container for nearly three hours before a fishing boat pulled her from the water.

"I could hear children crying in the dark, but I could not see them," she said, weeping. "I keep asking God why I was saved."

The state weather agency, PAGASA, said it had raised a gale warning for the area on Saturday evening, but it was not immediately clear whether the ferry had been cleared to sail.

The Maritime Industry Authority said it would investigate the ferry's operator, Aurora Shipping Lines, and had grounded the company's two other vessels pending safety inspections. A woman who answered the phone at the company's office in Cebu City said no one was available to comment.

Ferry accidents are common in the Philippines, an archipelago of more than 7,600 islands, because of frequent storms, poorly maintained boats, overcrowding and spotty enforcement of safety regulations.

In December 1987, the ferry Do\u00f1a Paz sank after colliding with a fuel tanker off Mindoro island, killing more than 4,300 people in the world's worst peacetime maritime disaster.""", [
        Q("A ferry carrying more than 120 people capsized in rough seas off the central Philippines before dawn "
          "Sunday, killing at least nine passengers and leaving 14 others missing", "indirect",
          "the coast guard", "Philippine Coast Guard"),
        Q("The MV Princess Aurora was about halfway through a three-hour trip from Bantayan Island to the port of "
          "Hagnaya in Cebu province when it was struck by large waves and overturned", "indirect",
          "Arnel Bautista", "Arnel Bautista"),
        Q('"The vessel was hit broadside by a big wave and turned over within minutes,"', "direct",
          "Bautista", "Arnel Bautista", speaker_at="Bautista told"),
        Q('"Many of the passengers were still asleep below deck, so they had very little time."', "direct",
          "Bautista", "Arnel Bautista", speaker_at="Bautista told"),
        Q("97 people had been rescued, some of them by fishermen who sped to the scene in outrigger boats after "
          "hearing distress calls on the radio", "indirect", "He", "Arnel Bautista", speaker_at="He said 97"),
        Q('"No trip is worth a single life,"', "direct", "she", "Marites de la Paz",
          speaker_at="she said in a radio interview"),
        Q("that the provincial government would pay for the funerals of the victims", "indirect",
          "she", "Marites de la Paz", speaker_at="she said in a radio interview"),
        Q("she had clung to a plastic water container for nearly three hours before a fishing boat pulled her from "
          "the water", "indirect", "Jocelyn Paragas", "Jocelyn Paragas"),
        Q('"I could hear children crying in the dark, but I could not see them,"', "direct",
          "she", "Jocelyn Paragas", speaker_at="she said, weeping"),
        Q('"I keep asking God why I was saved."', "direct", "she", "Jocelyn Paragas", speaker_at="she said, weeping"),
        Q("it had raised a gale warning for the area on Saturday evening", "indirect", "PAGASA", "PAGASA"),
        Q("it would investigate the ferry's operator, Aurora Shipping Lines, and had grounded the company's two "
          "other vessels pending safety inspections", "indirect",
          "The Maritime Industry Authority", "Maritime Industry Authority"),
        Q("no one was available to comment", "indirect", "A woman", None),
    ], source="blind"),

    # ------------------------------------------------------------------ Manchester Evening News, bus strike
    Case("blind19-busstrike", """Bus drivers to strike for five days in row over pay - here's what you need to know

Hundreds of bus drivers in Greater Manchester will walk out next week in a row over pay, threatening disruption for thousands of commuters and school pupils.

Members of the Unite union employed by Northway Buses at depots in Bolton, Bury and Wigan will strike from Monday, October 14, until Friday, October 18, after rejecting what the union called a "real-terms pay cut".

Unite says drivers were offered a 4.1 per cent rise, while the company insists its offer is "fair and affordable".

Unite regional officer Colin Ashworth said: "Our members keep this city moving in all weathers, and they are sick of being taken for granted. Northway Buses made \u00a39m in profit last year. It can afford to pay its drivers properly."

He added that the union remained "open to talks at any time" but warned that further strike dates could follow in November.

A spokesperson for Northway Buses said: "We are disappointed that Unite has chosen to take this action when a fair offer remains on the table.

"We will do everything we can to run as many services as possible and would urge passengers to check before they travel."

Transport for Greater Manchester (TfGM) said that routes affected would include the 501, 540 and 582, and that Bee Network services run by other operators would not be affected.

Coun Nasreen Akhtar-Hussain, Bolton Council's executive member for transport, told the M.E.N. she was "deeply worried" about pupils who rely on the buses to get to school.

"Some of these kids have no other way of getting in," she said. "I'd urge both sides to get back round the table tonight, not next week."

Passengers at Bolton Interchange were unimpressed on Wednesday morning.

Care worker Deborah Kinsella, 52, who catches the 501 to work, said: "I get why they're doing it, I really do, but I can't afford a taxi every day. If I don't get to work, I don't get paid."

Student Joel Mbatha, 19, said he would have to walk the four miles to Bolton College if the buses were not running. "It's going to be a long week," he said.

TfGM's journey planner will be updated with the latest service information each morning during the strike.""", [
        Q('"real-terms pay cut"', "partial", "the union", "Unite", speaker_at="what the union called"),
        Q("drivers were offered a 4.1 per cent rise", "indirect", "Unite", "Unite", speaker_at="Unite says"),
        Q('"fair and affordable"', "partial", "the company", "Northway Buses", speaker_at="the company insists"),
        Q('"Our members keep this city moving in all weathers, and they are sick of being taken for granted. '
          'Northway Buses made \u00a39m in profit last year. It can afford to pay its drivers properly."', "direct",
          "Colin Ashworth", "Colin Ashworth"),
        Q('"open to talks at any time"', "partial", "He", "Colin Ashworth", speaker_at="He added"),
        Q("that further strike dates could follow in November", "indirect", "He", "Colin Ashworth",
          speaker_at="He added"),
        Q('"We are disappointed that Unite has chosen to take this action when a fair offer remains on the table.',
          "direct", "A spokesperson for Northway Buses", None),
        Q('"We will do everything we can to run as many services as possible and would urge passengers to check '
          'before they travel."', "direct", "A spokesperson for Northway Buses", None),
        Q("that routes affected would include the 501, 540 and 582, and that Bee Network services run by other "
          "operators would not be affected", "indirect",
          "Transport for Greater Manchester", "Transport for Greater Manchester"),
        Q('"deeply worried"', "partial", "Nasreen Akhtar-Hussain", "Nasreen Akhtar-Hussain"),
        Q('"Some of these kids have no other way of getting in,"', "direct", "she", "Nasreen Akhtar-Hussain",
          speaker_at="she said"),
        Q('"I\'d urge both sides to get back round the table tonight, not next week."', "direct",
          "she", "Nasreen Akhtar-Hussain", speaker_at="she said"),
        Q('"I get why they\'re doing it, I really do, but I can\'t afford a taxi every day. If I don\'t get to '
          'work, I don\'t get paid."', "direct", "Deborah Kinsella", "Deborah Kinsella"),
        Q("he would have to walk the four miles to Bolton College if the buses were not running", "indirect",
          "Joel Mbatha", "Joel Mbatha"),
        Q('"It\'s going to be a long week,"', "direct", "he", "Joel Mbatha", speaker_at="he said"),
    ], source="blind"),

    # ------------------------------------------------------------------ The Herald (Scotland), hospital closure
    Case("blind19-hospital", """Anger as NHS Highland confirms Helmsdale hospital beds will not reopen

CAMPAIGNERS have accused NHS Highland of 'betraying' a fragile rural community after the health board confirmed that inpatient beds at a Sutherland hospital will close permanently.

The board said on Tuesday that the 12 beds at Strathbeg Community Hospital in Helmsdale, shut since 2022 because of staff shortages, would not reopen, and that the building would instead house outpatient clinics and care-at-home teams.

The hospital, known locally as 'the Cottage', opened in 1908 with money raised by fishing families along the east Sutherland coast.

'We have tried everything to recruit nurses to Strathbeg,' said Dr Morag Fullarton, NHS Highland's associate medical director for community services, 'including relocation packages and help with housing, and we have not been able to staff those beds safely. I understand how hard this news is for people in Helmsdale, but a bed without a nurse is not a safe bed.'

She said patients needing admission would be treated at Raigmore Hospital in Inverness or at Caithness General in Wick, and that the board would fund a new community transport scheme for relatives.

Campaign group Save Strathbeg, which gathered more than 4,000 signatures against the closure, said the decision had been 'made long ago behind closed doors'.

Its chairwoman, Catriona MacAskill, a retired GP, said: 'There are elderly people here who do not drive, and there is one bus a day to Inverness. When a relative is dying, families are being asked to make a 140-mile round trip just to sit at the bedside.

'This is not about nostalgia for an old building. It is about whether people in the far north are entitled to the same care as everyone else.'

Prof Elspeth Rintoul, who researches remote and rural healthcare at the University of the Highlands and Islands, said Strathbeg was part of a much wider pattern. 'Rural Scotland has been quietly losing inpatient beds for twenty years,' she said. 'Each closure is explained as a one-off. Taken together, they are a policy.'

Highlands and Islands MSP Ruairidh Mac an t-Saoir said he would raise the closure at Holyrood, calling it 'the latest in a long line of cuts dressed up as redesign'.

The Scottish Government said decisions on local services were a matter for health boards, but that ministers expected NHS Highland to 'engage meaningfully' with the community on what comes next.

A public meeting is due to be held in Helmsdale Community Centre on Thursday evening.""", [
        Q("'betraying'", "partial", "CAMPAIGNERS", None),
        Q("that inpatient beds at a Sutherland hospital will close permanently", "indirect",
          "the health board", "NHS Highland"),
        Q("that the 12 beds at Strathbeg Community Hospital in Helmsdale, shut since 2022 because of staff "
          "shortages, would not reopen, and that the building would instead house outpatient clinics and "
          "care-at-home teams", "indirect", "The board", "NHS Highland"),
        Q("'We have tried everything to recruit nurses to Strathbeg,'", "direct", "Morag Fullarton", "Morag Fullarton"),
        Q("'including relocation packages and help with housing, and we have not been able to staff those beds "
          "safely. I understand how hard this news is for people in Helmsdale, but a bed without a nurse is not a "
          "safe bed.'", "direct", "Morag Fullarton", "Morag Fullarton"),
        Q("patients needing admission would be treated at Raigmore Hospital in Inverness or at Caithness General "
          "in Wick, and that the board would fund a new community transport scheme for relatives", "indirect",
          "She", "Morag Fullarton", speaker_at="She said patients"),
        Q("'made long ago behind closed doors'", "partial", "Save Strathbeg", "Save Strathbeg"),
        Q("'There are elderly people here who do not drive, and there is one bus a day to Inverness. When a "
          "relative is dying, families are being asked to make a 140-mile round trip just to sit at the bedside.",
          "direct", "Catriona MacAskill", "Catriona MacAskill"),
        Q("'This is not about nostalgia for an old building. It is about whether people in the far north are "
          "entitled to the same care as everyone else.'", "direct", "Catriona MacAskill", "Catriona MacAskill"),
        Q("Strathbeg was part of a much wider pattern", "indirect", "Elspeth Rintoul", "Elspeth Rintoul"),
        Q("'Rural Scotland has been quietly losing inpatient beds for twenty years,'", "direct",
          "she", "Elspeth Rintoul", speaker_at="she said"),
        Q("'Each closure is explained as a one-off. Taken together, they are a policy.'", "direct",
          "she", "Elspeth Rintoul", speaker_at="she said"),
        Q("he would raise the closure at Holyrood", "indirect", "Ruairidh Mac an t-Saoir", "Ruairidh Mac an t-Saoir"),
        Q("'the latest in a long line of cuts dressed up as redesign'", "partial",
          "Ruairidh Mac an t-Saoir", "Ruairidh Mac an t-Saoir"),
        Q("decisions on local services were a matter for health boards", "indirect",
          "The Scottish Government", "Scottish Government"),
        Q("'engage meaningfully'", "partial", "The Scottish Government", "Scottish Government"),
    ], source="blind"),

    # ------------------------------------------------------------------ Limerick Leader, hurling (curly single quotes)
    Case("blind19-hurling", """Limerick hold off Tipperary fightback to reach Munster final

LIMERICK 1-24 TIPPERARY 2-19

LIMERICK survived a ferocious Tipperary comeback at the TUS Gaelic Grounds on Sunday to book a place in the Munster SHC final for the seventh year in a row.

Nine points clear with a quarter of an hour to go, the home side looked out of sight until goals from P\u00e1id\u00ed \u00d3 Meachair and Shane Breen in the space of four minutes cut the gap to a single point.

Substitute Eoin Scanlan steadied the nerves with two points in stoppage time, and the final whistle was greeted with as much relief as joy among the 41,000 crowd.

\u2018That\u2019s Munster hurling for you,\u2019 said Limerick manager D\u00f3nal \u00d3 Ceallach\u00e1in afterwards. \u2018We were cruising, and then we weren\u2019t. Fair play to Tipp, they never stopped coming at us.\u2019

\u00d3 Ceallach\u00e1in admitted his side had taken their foot off the pedal once they went nine clear. \u2018We got a bit comfortable, and you can\u2019t do that against a Tipperary team with that much pace. We\u2019ll look at it honestly this week, because you won\u2019t get away with it in a Munster final.\u2019

He said the decision to introduce Scanlan had been made at half-time, long before the Tipperary surge.

Captain Cian Mac Gearailt, who hit four points from play, told the Limerick Leader the dressing room was \u2018very quiet\u2019 afterwards.

\u2018Nobody was jumping around,\u2019 he said. \u2018We know we got out of jail a bit. There\u2019s a lot to work on.\u2019

Tipperary manager Ger Hanly said he was \u2018proud but gutted\u2019 with his side\u2019s second-half display.

\u2018If the game lasts another two minutes, I think we win it,\u2019 Hanly said. \u2018But it didn\u2019t, and that\u2019s sport. These lads will be better for today.\u2019

\u00d3 Meachair, who finished with 1-3, was named man of the match.

Munster GAA confirmed that the provincial final will be played on June 8, with the venue to be decided at a meeting of the Munster Council on Tuesday night.""", [
        Q("\u2018That\u2019s Munster hurling for you,\u2019", "direct",
          "D\u00f3nal \u00d3 Ceallach\u00e1in", "D\u00f3nal \u00d3 Ceallach\u00e1in"),
        Q("\u2018We were cruising, and then we weren\u2019t. Fair play to Tipp, they never stopped coming at us.\u2019",
          "direct", "D\u00f3nal \u00d3 Ceallach\u00e1in", "D\u00f3nal \u00d3 Ceallach\u00e1in"),
        Q("his side had taken their foot off the pedal once they went nine clear", "indirect",
          "\u00d3 Ceallach\u00e1in", "D\u00f3nal \u00d3 Ceallach\u00e1in", speaker_at="\u00d3 Ceallach\u00e1in admitted"),
        Q("\u2018We got a bit comfortable, and you can\u2019t do that against a Tipperary team with that much pace. "
          "We\u2019ll look at it honestly this week, because you won\u2019t get away with it in a Munster final.\u2019",
          "direct", "\u00d3 Ceallach\u00e1in", "D\u00f3nal \u00d3 Ceallach\u00e1in",
          speaker_at="\u00d3 Ceallach\u00e1in admitted"),
        Q("the decision to introduce Scanlan had been made at half-time, long before the Tipperary surge",
          "indirect", "He", "D\u00f3nal \u00d3 Ceallach\u00e1in", speaker_at="He said the decision"),
        Q("\u2018very quiet\u2019", "partial", "Cian Mac Gearailt", "Cian Mac Gearailt"),
        Q("\u2018Nobody was jumping around,\u2019", "direct", "he", "Cian Mac Gearailt", speaker_at="he said"),
        Q("\u2018We know we got out of jail a bit. There\u2019s a lot to work on.\u2019", "direct",
          "he", "Cian Mac Gearailt", speaker_at="he said"),
        Q("\u2018proud but gutted\u2019", "partial", "Ger Hanly", "Ger Hanly"),
        Q("\u2018If the game lasts another two minutes, I think we win it,\u2019", "direct", "Hanly", "Ger Hanly",
          speaker_at="Hanly said. \u2018But"),
        Q("\u2018But it didn\u2019t, and that\u2019s sport. These lads will be better for today.\u2019", "direct",
          "Hanly", "Ger Hanly", speaker_at="Hanly said. \u2018But"),
        Q("that the provincial final will be played on June 8, with the venue to be decided at a meeting of the "
          "Munster Council on Tuesday night", "indirect", "Munster GAA", "Munster GAA"),
    ], source="blind"),

    # ------------------------------------------------------------------ Hobart Mercury, storm
    Case("blind19-storm", """Thousands without power as wild winds lash the south

MORE than 30,000 Tasmanian homes and businesses were without power last night after damaging winds of up to 120km/h tore through the south of the state, bringing down trees and powerlines from the Huon Valley to the Tasman Peninsula.

TasNetworks said crews would work through the night but warned that some customers in the hardest-hit areas might not be reconnected until the weekend.

\u201cThis is one of the most significant wind events we\u2019ve seen in the past decade,\u201d TasNetworks emergency response manager Rhys Pennicott said.

\u201cOur crews are dealing with more than 400 individual faults, and they can only start work on each one once it is safe to do so.\u201d

The State Emergency Service had received more than 600 calls for help by 6pm, according to SES acting director Annelies van Dijk.

\u201cPlease stay well away from fallen powerlines and always assume they are live,\u201d Ms van Dijk said. \u201cAnd if it\u2019s flooded, forget it.\u201d

Bureau of Meteorology senior forecaster Dr Kwame Osei-Mensah said a deep low-pressure system south of the state was driving the winds and that conditions should ease from Thursday afternoon.

\u201cWe\u2019re not out of the woods yet,\u201d he warned. \u201cThere\u2019s still a severe weather warning in place for the South East and the Central Plateau overnight, and we could see gusts above 100km/h in exposed spots.\u201d

In Kingston, Margaret Holloway, 74, said a gum tree had crashed through her neighbour\u2019s carport just after 2pm.

\u201cIt sounded like a freight train coming down the hill,\u201d she said. \u201cI\u2019ve lived here 40 years and I\u2019ve never heard anything like it.\u201d

Emergency Management Minister Felix Hargreaves thanked SES volunteers and said emergency hardship payments would be available to households left without power for more than 72 hours.

\u201cNobody should be left out in the cold because of a storm,\u201d the minister said.

Tasmania Police said two people had been taken to the Royal Hobart Hospital with minor injuries after a tree fell on their car near Cygnet.

Several schools in the Huon Valley will be closed today, the Education Department said.""", [
        Q("crews would work through the night", "indirect", "TasNetworks", "TasNetworks",
          speaker_at="TasNetworks said"),
        Q("that some customers in the hardest-hit areas might not be reconnected until the weekend", "indirect",
          "TasNetworks", "TasNetworks", speaker_at="TasNetworks said"),
        Q("\u201cThis is one of the most significant wind events we\u2019ve seen in the past decade,\u201d", "direct",
          "Rhys Pennicott", "Rhys Pennicott"),
        Q("\u201cOur crews are dealing with more than 400 individual faults, and they can only start work on each one "
          "once it is safe to do so.\u201d", "direct", "Rhys Pennicott", "Rhys Pennicott"),
        Q("The State Emergency Service had received more than 600 calls for help by 6pm", "indirect",
          "Annelies van Dijk", "Annelies van Dijk"),
        Q("\u201cPlease stay well away from fallen powerlines and always assume they are live,\u201d", "direct",
          "van Dijk", "Annelies van Dijk", speaker_at="Ms van Dijk said"),
        Q("\u201cAnd if it\u2019s flooded, forget it.\u201d", "direct", "van Dijk", "Annelies van Dijk",
          speaker_at="Ms van Dijk said"),
        Q("a deep low-pressure system south of the state was driving the winds and that conditions should ease "
          "from Thursday afternoon", "indirect", "Kwame Osei-Mensah", "Kwame Osei-Mensah"),
        Q("\u201cWe\u2019re not out of the woods yet,\u201d", "direct", "he", "Kwame Osei-Mensah", speaker_at="he warned"),
        Q("\u201cThere\u2019s still a severe weather warning in place for the South East and the Central Plateau "
          "overnight, and we could see gusts above 100km/h in exposed spots.\u201d", "direct",
          "he", "Kwame Osei-Mensah", speaker_at="he warned"),
        Q("a gum tree had crashed through her neighbour\u2019s carport just after 2pm", "indirect",
          "Margaret Holloway", "Margaret Holloway"),
        Q("\u201cIt sounded like a freight train coming down the hill,\u201d", "direct", "she", "Margaret Holloway",
          speaker_at="she said"),
        Q("\u201cI\u2019ve lived here 40 years and I\u2019ve never heard anything like it.\u201d", "direct",
          "she", "Margaret Holloway", speaker_at="she said"),
        Q("emergency hardship payments would be available to households left without power for more than 72 hours",
          "indirect", "Felix Hargreaves", "Felix Hargreaves"),
        Q("\u201cNobody should be left out in the cold because of a storm,\u201d", "direct",
          "the minister", "Felix Hargreaves"),
        Q("two people had been taken to the Royal Hobart Hospital with minor injuries after a tree fell on their "
          "car near Cygnet", "indirect", "Tasmania Police", "Tasmania Police"),
        Q("Several schools in the Huon Valley will be closed today", "indirect",
          "the Education Department", "Education Department"),
    ], source="blind"),

    # ------------------------------------------------------------------ Waikato Times, tribal council election
    Case("blind19-tribal", """Younger faces swept into Waikato-Tainui tribal parliament

Waikato-Tainui voters have returned a markedly younger Te Kauhanganui, with more than a third of the tribal parliament\u2019s 204 marae representatives elected for the first time.

Turnout in the triennial election rose to 41 per cent, up from 33 per cent three years ago, the first time online voting has been offered alongside postal and marae ballots.

Returning officer Graeme Tulloch said the online option had made \u201ca huge difference\u201d for tribal members living overseas.

\u201cAbout one in five votes came from outside New Zealand, mostly from Australia,\u201d Tulloch said. \u201cThree years ago many of those people simply didn\u2019t take part.\u201d

Among the new members is 26-year-old Hamilton lawyer Mereana Kereama-Hohaia, who will represent her marae at Horahora.

\u201cI grew up hearing my nannies talk about Te Kauhanganui like it was something for the old people,\u201d Kereama-Hohaia said. \u201cI want my generation to know it belongs to us too.\u201d

She said her priorities were building homes on papak\u0101inga land and making it easier for rangatahi to get tribal education grants.

Te Kauhanganui chairman H\u0113mi Manuera described the result as \u201ca healthy sign\u201d for the iwi.

\u201cChange is good. Our t\u016bpuna expected every generation to step up and carry the load,\u201d he said after a karakia to mark the close of voting at Hopuhopu.

Not everyone was celebrating. Koro Pita Rauhihi, 81, who lost the seat he had held for 18 years, told the Waikato Times the online system had \u201cleft some of our kaum\u0101tua behind\u201d.

\u201cNot all of us have the internet, and not all of us trust it,\u201d he said. \u201cI\u2019m not bitter. But the young ones need to remember who paved the road for them.\u201d

A Waikato-Tainui spokeswoman said the tribe would review the voting process before the next election, including whether paper ballots should be available at every marae.

The new Te Kauhanganui will meet for the first time at Hopuhopu on May 10, when members are expected to elect a new executive board, Te Arataura, and discuss progress on the tribe\u2019s long-term plan, \u201cWhakatupuranga Waikato-Tainui 2050\u201d.""", [
        Q("\u201ca huge difference\u201d", "partial", "Graeme Tulloch", "Graeme Tulloch"),
        Q("\u201cAbout one in five votes came from outside New Zealand, mostly from Australia,\u201d", "direct",
          "Tulloch", "Graeme Tulloch", speaker_at="Tulloch said. \u201cThree"),
        Q("\u201cThree years ago many of those people simply didn\u2019t take part.\u201d", "direct",
          "Tulloch", "Graeme Tulloch", speaker_at="Tulloch said. \u201cThree"),
        Q("\u201cI grew up hearing my nannies talk about Te Kauhanganui like it was something for the old people,\u201d",
          "direct", "Kereama-Hohaia", "Mereana Kereama-Hohaia", speaker_at="Kereama-Hohaia said"),
        Q("\u201cI want my generation to know it belongs to us too.\u201d", "direct",
          "Kereama-Hohaia", "Mereana Kereama-Hohaia", speaker_at="Kereama-Hohaia said"),
        Q("her priorities were building homes on papak\u0101inga land and making it easier for rangatahi to get "
          "tribal education grants", "indirect", "She", "Mereana Kereama-Hohaia", speaker_at="She said her"),
        Q("\u201ca healthy sign\u201d", "partial", "H\u0113mi Manuera", "H\u0113mi Manuera"),
        Q("\u201cChange is good. Our t\u016bpuna expected every generation to step up and carry the load,\u201d", "direct",
          "he", "H\u0113mi Manuera", speaker_at="he said after"),
        Q("\u201cleft some of our kaum\u0101tua behind\u201d", "partial", "Pita Rauhihi", "Pita Rauhihi"),
        Q("\u201cNot all of us have the internet, and not all of us trust it,\u201d", "direct",
          "he", "Pita Rauhihi", speaker_at="he said. \u201cI\u2019m"),
        Q("\u201cI\u2019m not bitter. But the young ones need to remember who paved the road for them.\u201d", "direct",
          "he", "Pita Rauhihi", speaker_at="he said. \u201cI\u2019m"),
        Q("the tribe would review the voting process before the next election, including whether paper ballots "
          "should be available at every marae", "indirect", "A Waikato-Tainui spokeswoman", None),
    ], source="blind"),

    # ------------------------------------------------------------------ Chronicle Herald (Halifax), obituary
    Case("blind19-fiddler", """Sandy MacKinnon, fiddler who carried Cape Breton's music to the world, dies at 88

Alexander "Sandy" MacKinnon, the Inverness County fiddler whose driving strathspeys and reels helped spark a revival of Cape Breton music in the 1970s, has died. He was 88.

MacKinnon died Tuesday at Inverness Consolidated Memorial Hospital, surrounded by family, his daughter Catherine MacKinnon-Chiasson said.

"Dad played right up to the end. Two weeks ago he had the fiddle out in the kitchen at three in the morning, and the nurses were step-dancing in the hallway," she said in an interview Wednesday.

"That was him. Music was never a performance for him. It was a way of being with people."

Born in Margaree Forks in 1936, MacKinnon learned to play from his uncle, a lobster fisherman, and spent most of his working life as a school janitor while playing dances across the island on weekends.

He recorded six albums, including "The Rolling Hills of Margaree" (1978), which became a fixture of kitchen parties across the province and was later reissued on CD.

In a 2004 interview with The Chronicle Herald, MacKinnon said the music "came from the land and the people, not from me."

Fiddler Jolene Doucet-MacLellan, who studied with him as a teenager, called him "the heartbeat of the Margaree Valley."

"He never once told me I was playing something wrong," she said. "He'd just pick up his own fiddle, play it the right way, and look at you until you understood."

The Celtic Colours International Festival said in a statement that MacKinnon had been "a generous mentor to generations of young players" and that a tribute concert would be held during this year's festival in October.

Rev. R\u00e9jean LeBlanc, who will celebrate the funeral mass Saturday at St. Margaret of Scotland Church in Broad Cove, said he expected the church to be "full to the rafters, and then some."

"Sandy would want fiddles in the church, and there will be fiddles in the church," Father LeBlanc said.

MacKinnon is survived by his wife of 61 years, Theresa, four children and 11 grandchildren. Donations in his memory may be made to the Gaelic College in St. Ann's.""", [
        Q("MacKinnon died Tuesday at Inverness Consolidated Memorial Hospital, surrounded by family", "indirect",
          "Catherine MacKinnon-Chiasson", "Catherine MacKinnon-Chiasson"),
        Q('"Dad played right up to the end. Two weeks ago he had the fiddle out in the kitchen at three in the '
          'morning, and the nurses were step-dancing in the hallway,"', "direct",
          "she", "Catherine MacKinnon-Chiasson", speaker_at="she said in an interview"),
        Q('"That was him. Music was never a performance for him. It was a way of being with people."', "direct",
          "she", "Catherine MacKinnon-Chiasson", speaker_at="she said in an interview"),
        Q('"came from the land and the people, not from me."', "partial", "MacKinnon", "Alexander MacKinnon",
          speaker_at="MacKinnon said the music"),
        Q('"the heartbeat of the Margaree Valley."', "partial", "Jolene Doucet-MacLellan", "Jolene Doucet-MacLellan"),
        Q('"He never once told me I was playing something wrong,"', "direct", "she", "Jolene Doucet-MacLellan",
          speaker_at='she said. "He'),
        Q('"He\'d just pick up his own fiddle, play it the right way, and look at you until you understood."',
          "direct", "she", "Jolene Doucet-MacLellan", speaker_at='she said. "He'),
        Q('"a generous mentor to generations of young players"', "partial",
          "The Celtic Colours International Festival", "Celtic Colours International Festival"),
        Q("that a tribute concert would be held during this year's festival in October", "indirect",
          "The Celtic Colours International Festival", "Celtic Colours International Festival"),
        Q('"full to the rafters, and then some."', "partial", "R\u00e9jean LeBlanc", "R\u00e9jean LeBlanc"),
        Q('"Sandy would want fiddles in the church, and there will be fiddles in the church,"', "direct",
          "LeBlanc", "R\u00e9jean LeBlanc", speaker_at="Father LeBlanc said"),
    ], source="blind"),

    # ------------------------------------------------------------------ Daily Monitor (Uganda), typhoid
    Case("blind19-typhoid", """Typhoid outbreak: Kampala, Wakiso record 300 suspected cases

The Ministry of Health has confirmed an outbreak of typhoid fever in parts of Kampala and Wakiso districts, with more than 300 suspected cases recorded in the past two weeks.

Addressing journalists in Kampala yesterday, the ministry\u2019s acting commissioner for disease surveillance, Dr Rosemary Nalwadda Kiggundu, said most of the cases had been reported in Kawempe, Rubaga and Nansana, where many residents rely on unprotected springs and shallow wells.

\u201cWe have collected samples from 14 water sources and nine of them were contaminated with faecal matter,\u201d Dr Nalwadda said. \u201cPeople must boil their drinking water. There is no shortcut.\u201d

She said two deaths had been recorded, both of children under five, and warned that the number of cases could rise with the ongoing rains.

\u201cWash your hands with soap after visiting the toilet and before handling food. These are simple things but they save lives,\u201d the commissioner added.

According to Kampala Capital City Authority (KCCA), 23 roadside food stalls operating without running water have been closed in Kawempe Division since last week.

At Kalerwe Market, one of the worst-hit areas, residents told this newspaper that taps installed by the National Water and Sewerage Corporation (NWSC) had been dry for most of the month.

\u201cWhen the taps are dry we buy a jerrycan at Shs500. Some people cannot afford it, so they go to the spring,\u201d said Ms Aisha Nakato, who sells chapati near the market.

Another vendor, Mr Musa Ssemakula, said business had dropped by half since news of the outbreak spread. \u201cPeople fear to eat outside now,\u201d he said.

When contacted, NWSC spokesperson Ronald Tumusiime attributed the dry taps to a burst main on Gayaza Road. He said the pipe had since been repaired and supply to the area would be back to normal by Friday.

At Kiruddu National Referral Hospital, a doctor who asked not to be named because she is not authorised to speak to the press said the medical wards were \u201cfilling up\u201d with patients showing typhoid symptoms, including high fever, stomach pain and weakness.

Typhoid is caused by the Salmonella Typhi bacterium and spreads through contaminated food and water. Health officials say it is treatable with antibiotics if detected early.""", [
        Q("most of the cases had been reported in Kawempe, Rubaga and Nansana, where many residents rely on "
          "unprotected springs and shallow wells", "indirect",
          "Rosemary Nalwadda Kiggundu", "Rosemary Nalwadda Kiggundu"),
        Q("\u201cWe have collected samples from 14 water sources and nine of them were contaminated with faecal "
          "matter,\u201d", "direct", "Nalwadda", "Rosemary Nalwadda Kiggundu", speaker_at="Dr Nalwadda said"),
        Q("\u201cPeople must boil their drinking water. There is no shortcut.\u201d", "direct",
          "Nalwadda", "Rosemary Nalwadda Kiggundu", speaker_at="Dr Nalwadda said"),
        Q("two deaths had been recorded, both of children under five", "indirect",
          "She", "Rosemary Nalwadda Kiggundu", speaker_at="She said two"),
        Q("that the number of cases could rise with the ongoing rains", "indirect",
          "She", "Rosemary Nalwadda Kiggundu", speaker_at="She said two"),
        Q("\u201cWash your hands with soap after visiting the toilet and before handling food. These are simple "
          "things but they save lives,\u201d", "direct", "the commissioner", "Rosemary Nalwadda Kiggundu"),
        Q("23 roadside food stalls operating without running water have been closed in Kawempe Division since last "
          "week", "indirect", "Kampala Capital City Authority", "Kampala Capital City Authority"),
        Q("that taps installed by the National Water and Sewerage Corporation (NWSC) had been dry for most of the "
          "month", "indirect", "residents", None, speaker_at="residents told"),
        Q("\u201cWhen the taps are dry we buy a jerrycan at Shs500. Some people cannot afford it, so they go to the "
          "spring,\u201d", "direct", "Aisha Nakato", "Aisha Nakato"),
        Q("business had dropped by half since news of the outbreak spread", "indirect",
          "Musa Ssemakula", "Musa Ssemakula"),
        Q("\u201cPeople fear to eat outside now,\u201d", "direct", "he", "Musa Ssemakula", speaker_at="he said"),
        Q("the pipe had since been repaired and supply to the area would be back to normal by Friday", "indirect",
          "He", "Ronald Tumusiime", speaker_at="He said the pipe"),
        Q("\u201cfilling up\u201d", "partial", "a doctor", None),
        Q("it is treatable with antibiotics if detected early", "indirect", "Health officials", None),
    ], source="blind"),

    # ------------------------------------------------------------------ The Nation (Nigeria), fraud trial
    Case("blind19-fraud", """N2.8bn fraud: Witness tells court how road funds were moved

A Federal High Court in Lagos yesterday heard how N2.8 billion meant for the rehabilitation of rural roads in Ogun State was allegedly moved through 14 companies within three weeks of being released.

The Economic and Financial Crimes Commission (EFCC) is prosecuting a former permanent secretary in the state's Ministry of Works, Chief Babatunde Adeyemi-Cole, alongside two firms, Orisun Ventures Limited and Bolarinwa Integrated Services, on a 12-count charge bordering on conspiracy, stealing and money laundering.

The defendants pleaded not guilty.

Led in evidence by the prosecution counsel, Mrs Ngozi Emenike, an EFCC investigator, Hauwa Abubakar Sadiq, told the court that the contract sum was paid in full on the same day the contract was awarded.

"My Lord, in the course of our investigation, we discovered that no work was done on any of the six roads listed in the contract.

"Within three weeks, the money had passed through 14 accounts, and a large part of it was used to buy two properties in Lekki and Abuja," the witness said.

She told Justice Oluremi Akintola-Bakare that Orisun Ventures was registered at the Corporate Affairs Commission only six weeks before it won the contract, and that its directors included the first defendant's driver.

Under cross-examination by the defence counsel, Chief Adewale Olanrewaju (SAN), the witness admitted that she did not personally visit all the roads.

"So you are telling this court that you concluded no work was done on roads you never saw?" Olanrewaju asked.

"We relied on the report of the engineers attached to the commission, my Lord," she replied.

Olanrewaju told the court that the defence would be calling its own engineers to testify that work had begun on at least three of the roads before the rainy season.

When the prosecution sought a fresh date, Justice Akintola-Bakare warned both sides against delay tactics.

"I will not allow this trial to be held hostage by endless applications. Both sides should come prepared," the judge said.

The case was adjourned till March 18 for continuation of trial.

Speaking outside the courtroom, a member of the defence team who pleaded anonymity told The Nation that the former permanent secretary was "confident of vindication".""", [
        Q("that the contract sum was paid in full on the same day the contract was awarded", "indirect",
          "Hauwa Abubakar Sadiq", "Hauwa Abubakar Sadiq"),
        Q('"My Lord, in the course of our investigation, we discovered that no work was done on any of the six '
          'roads listed in the contract.', "direct", "the witness", "Hauwa Abubakar Sadiq",
          speaker_at="the witness said"),
        Q('"Within three weeks, the money had passed through 14 accounts, and a large part of it was used to buy '
          'two properties in Lekki and Abuja,"', "direct", "the witness", "Hauwa Abubakar Sadiq",
          speaker_at="the witness said"),
        Q("that Orisun Ventures was registered at the Corporate Affairs Commission only six weeks before it won the "
          "contract, and that its directors included the first defendant's driver", "indirect",
          "She", "Hauwa Abubakar Sadiq", speaker_at="She told Justice"),
        Q("that she did not personally visit all the roads", "indirect", "the witness", "Hauwa Abubakar Sadiq",
          speaker_at="the witness admitted"),
        Q('"So you are telling this court that you concluded no work was done on roads you never saw?"', "direct",
          "Olanrewaju", "Adewale Olanrewaju", speaker_at="Olanrewaju asked"),
        Q('"We relied on the report of the engineers attached to the commission, my Lord,"', "direct",
          "she", "Hauwa Abubakar Sadiq", speaker_at="she replied"),
        Q("that the defence would be calling its own engineers to testify that work had begun on at least three of "
          "the roads before the rainy season", "indirect", "Olanrewaju", "Adewale Olanrewaju",
          speaker_at="Olanrewaju told the court"),
        Q('"I will not allow this trial to be held hostage by endless applications. Both sides should come '
          'prepared,"', "direct", "the judge", "Oluremi Akintola-Bakare"),
        Q('"confident of vindication"', "partial", "a member of the defence team", None),
    ], source="blind"),

    # ------------------------------------------------------------------ GroundUp (South Africa), water bills
    Case("blind19-waterbills", """Gugulethu pensioners hit with water bills of up to R40,000

Residents of Gugulethu in Cape Town say they are receiving water bills of tens of thousands of rand even though nothing in their homes has changed.

Thandeka Ngxola, 63, who lives alone on NY 78, showed GroundUp a municipal account for R38,412. Most of it was for water, she said.

\u201cI get my pension of R2,180. Where must I get R38,000?\u201d she asked.

Ngxola said that when she went to the City of Cape Town\u2019s offices in Nyanga, she was told to sign an acknowledgement of debt or face having a water management device installed, which would limit her to 350 litres a day.

About 40 residents attended a meeting at the Gugulethu community hall on Sunday called by the Gugulethu Civic Association. Its chairperson, Mzukisi Ntshona, said many of the households had meters that were more than 20 years old.

\u201cPeople are being bullied into signing for water they never used,\u201d said Ntshona. \u201cWe want the City to come here and test every meter in front of the residents.\u201d

Ward councillor Charmaine de Villiers said she had escalated 27 complaints from the ward to the water department since January.

\u201cSome of these bills are clearly wrong. A two-roomed house cannot use 200 kilolitres in a month,\u201d De Villiers said.

Another resident, who asked not to be named because she feared her water would be cut off, said she had already paid R5,000 in instalments on a bill she still did not understand.

In a written response to GroundUp, the City said high bills were usually caused by leaks on the property side of the meter, which are the responsibility of the owner.

According to the City, residents who believe their bills are wrong can apply for a meter test, which costs R380 and is refunded if the meter is found to be faulty.

\u201cWe encourage residents to check for leaks by closing all taps and watching whether the meter continues to turn,\u201d the City said.

Since the 2018 \u201cDay Zero\u201d drought, the City has installed more than 100,000 water management devices across Cape Town, many of them in poorer areas.""", [
        Q("they are receiving water bills of tens of thousands of rand even though nothing in their homes has "
          "changed", "indirect", "Residents of Gugulethu", None),
        Q("Most of it was for water", "indirect", "she", "Thandeka Ngxola", speaker_at="she said"),
        Q("\u201cI get my pension of R2,180. Where must I get R38,000?\u201d", "direct", "she", "Thandeka Ngxola",
          speaker_at="she asked"),
        Q("that when she went to the City of Cape Town\u2019s offices in Nyanga, she was told to sign an "
          "acknowledgement of debt or face having a water management device installed, which would limit her to "
          "350 litres a day", "indirect", "Ngxola", "Thandeka Ngxola", speaker_at="Ngxola said"),
        Q("many of the households had meters that were more than 20 years old", "indirect",
          "Mzukisi Ntshona", "Mzukisi Ntshona"),
        Q("\u201cPeople are being bullied into signing for water they never used,\u201d", "direct",
          "Ntshona", "Mzukisi Ntshona", speaker_at="said Ntshona"),
        Q("\u201cWe want the City to come here and test every meter in front of the residents.\u201d", "direct",
          "Ntshona", "Mzukisi Ntshona", speaker_at="said Ntshona"),
        Q("she had escalated 27 complaints from the ward to the water department since January", "indirect",
          "Charmaine de Villiers", "Charmaine de Villiers"),
        Q("\u201cSome of these bills are clearly wrong. A two-roomed house cannot use 200 kilolitres in a month,\u201d",
          "direct", "De Villiers", "Charmaine de Villiers"),
        Q("she had already paid R5,000 in instalments on a bill she still did not understand", "indirect",
          "Another resident", None),
        Q("high bills were usually caused by leaks on the property side of the meter, which are the responsibility "
          "of the owner", "indirect", "the City", "City of Cape Town", speaker_at="the City said high"),
        Q("residents who believe their bills are wrong can apply for a meter test, which costs R380 and is refunded "
          "if the meter is found to be faulty", "indirect", "the City", "City of Cape Town",
          speaker_at="According to the City"),
        Q("\u201cWe encourage residents to check for leaks by closing all taps and watching whether the meter "
          "continues to turn,\u201d", "direct", "the City", "City of Cape Town", speaker_at="the City said."),
    ], source="blind"),

    # ------------------------------------------------------------------ Times of Zambia, mine accident
    Case("blind19-mine", """Three miners die in Chingola rock fall

THREE miners have died after a rock fall at an underground section of a copper mine in Chingola, police have confirmed.

Copperbelt Province Police Commissioner Joyce Mulenga-Bwalya said the accident happened around 02:30 hours on Saturday at the 540-metre level of the Mutanda Deep shaft, operated by Lubwe Copper Mines Plc.

Ms Mulenga-Bwalya said in a statement yesterday that the deceased, aged between 28 and 41, were part of a team of seven miners, and that the other four had been rescued with injuries and taken to Nchanga North General Hospital.

"Preliminary investigations indicate that a section of the hanging wall collapsed while the miners were charging explosives. The bodies have been deposited in the same hospital's mortuary awaiting identification by relatives," she said.

Minister of Mines and Minerals Development Kelvin Chisanga, who visited the mine yesterday, said Government had directed that operations at the affected section be suspended pending investigations by the Mines Safety Department.

"Safety is not negotiable. Copper is important to this country, but not more important than the lives of our people," Mr Chisanga said.

He said the ministry would also audit ground support systems at all underground mines on the Copperbelt.

Lubwe Copper Mines chief executive officer Rajesh Venkataraman expressed sorrow over the deaths and said the company was "cooperating fully" with investigators.

"Our thoughts are with the families of our three colleagues. We will support them in every way we can," Mr Venkataraman said in a statement.

Mineworkers Union of Zambia (MUZ) president Luckson Tembo said the union had repeatedly raised concerns about ground conditions at that level with management.

"We have been warning them for months. Three families have now lost their breadwinners, and somebody must be held accountable," Mr Tembo said.

At the mine gate, relatives waited anxiously for information. Mr Bwalya Chanda, whose younger brother was among those trapped, told the Times of Zambia that the family had only learned of the accident from a neighbour.

"Nobody from the company has come to explain anything to us. We just want to see him," he said.""", [
        Q("THREE miners have died after a rock fall at an underground section of a copper mine in Chingola",
          "indirect", "police", None),
        Q("the accident happened around 02:30 hours on Saturday at the 540-metre level of the Mutanda Deep shaft, "
          "operated by Lubwe Copper Mines Plc", "indirect", "Joyce Mulenga-Bwalya", "Joyce Mulenga-Bwalya"),
        Q("that the deceased, aged between 28 and 41, were part of a team of seven miners, and that the other four "
          "had been rescued with injuries and taken to Nchanga North General Hospital", "indirect",
          "Mulenga-Bwalya", "Joyce Mulenga-Bwalya", speaker_at="Ms Mulenga-Bwalya said"),
        Q('"Preliminary investigations indicate that a section of the hanging wall collapsed while the miners were '
          'charging explosives. The bodies have been deposited in the same hospital\'s mortuary awaiting '
          'identification by relatives,"', "direct", "she", "Joyce Mulenga-Bwalya", speaker_at="she said"),
        Q("Government had directed that operations at the affected section be suspended pending investigations by "
          "the Mines Safety Department", "indirect", "Kelvin Chisanga", "Kelvin Chisanga"),
        Q('"Safety is not negotiable. Copper is important to this country, but not more important than the lives '
          'of our people,"', "direct", "Chisanga", "Kelvin Chisanga", speaker_at="Mr Chisanga said"),
        Q("the ministry would also audit ground support systems at all underground mines on the Copperbelt",
          "indirect", "He", "Kelvin Chisanga", speaker_at="He said the ministry"),
        Q('"cooperating fully"', "partial", "Rajesh Venkataraman", "Rajesh Venkataraman"),
        Q('"Our thoughts are with the families of our three colleagues. We will support them in every way we can,"',
          "direct", "Venkataraman", "Rajesh Venkataraman", speaker_at="Mr Venkataraman said"),
        Q("the union had repeatedly raised concerns about ground conditions at that level with management",
          "indirect", "Luckson Tembo", "Luckson Tembo"),
        Q('"We have been warning them for months. Three families have now lost their breadwinners, and somebody '
          'must be held accountable,"', "direct", "Tembo", "Luckson Tembo", speaker_at="Mr Tembo said"),
        Q("that the family had only learned of the accident from a neighbour", "indirect",
          "Bwalya Chanda", "Bwalya Chanda"),
        Q('"Nobody from the company has come to explain anything to us. We just want to see him,"', "direct",
          "he", "Bwalya Chanda", speaker_at="he said"),
    ], source="blind"),

    # ------------------------------------------------------------------ Oman Observer, telecoms results
    Case("blind19-telecom", """MajanTel net profit rises 7.4% on data, enterprise growth

MUSCAT, FEB 12 - Majan Telecommunications Company (MajanTel) posted a 7.4 per cent rise in net profit for 2024 to RO 58.3 million, driven by strong growth in mobile data and enterprise services, the company said in a disclosure to the Muscat Stock Exchange on Wednesday.

Revenue rose 4.1 per cent to RO 612 million, while the board proposed a cash dividend of 55 baizas per share, subject to approval at the annual general meeting in March.

Sheikh Saif bin Hamad Al Rawahi, Chairman of the Board of Directors, said: \u201c2024 was a year of disciplined growth. We extended our 5G network to cover 92 per cent of the population and connected more than 60,000 new homes to fibre, and we did so while keeping a firm hand on costs.\u201d

The Chairman added that the company planned to invest around RO 120 million in its network this year, with a focus on the interior governorates and Dhofar.

Eng. Badr bin Salim Al Hinai, Chief Executive Officer of MajanTel, said the enterprise business had been the standout performer.

\u201cOur enterprise unit grew by 19 per cent, which shows that Omani companies are moving to the cloud faster than anyone expected,\u201d Eng. Badr said. \u201cGovernment entities, banks and logistics firms in Sohar and Duqm are our fastest-growing customers.\u201d

He added that the company\u2019s \u201cMajan One\u201d bundle, launched in June, had attracted more than 210,000 subscribers.

According to the Telecommunications Regulatory Authority (TRA), mobile subscriptions in the Sultanate reached 7.9 million at the end of December, up 3 per cent on a year earlier.

Ahmed bin Ali Al Balushi, head of research at a Muscat-based brokerage, told the Observer that the results were \u201cbroadly in line\u201d with market expectations, but that competition from the third mobile operator would keep pressure on prices in 2025.

\u201cThe dividend is the real positive surprise here. Investors were expecting something closer to 45 baizas,\u201d he said.

MajanTel shares closed 1.2 per cent higher at 1.012 rials on Wednesday.""", [
        Q("Majan Telecommunications Company (MajanTel) posted a 7.4 per cent rise in net profit for 2024 to RO 58.3 "
          "million, driven by strong growth in mobile data and enterprise services", "indirect",
          "the company", "Majan Telecommunications Company", speaker_at="the company said"),
        Q("\u201c2024 was a year of disciplined growth. We extended our 5G network to cover 92 per cent of the "
          "population and connected more than 60,000 new homes to fibre, and we did so while keeping a firm hand on "
          "costs.\u201d", "direct", "Saif bin Hamad Al Rawahi", "Saif bin Hamad Al Rawahi"),
        Q("that the company planned to invest around RO 120 million in its network this year, with a focus on the "
          "interior governorates and Dhofar", "indirect", "The Chairman", "Saif bin Hamad Al Rawahi"),
        Q("the enterprise business had been the standout performer", "indirect",
          "Badr bin Salim Al Hinai", "Badr bin Salim Al Hinai"),
        Q("\u201cOur enterprise unit grew by 19 per cent, which shows that Omani companies are moving to the cloud "
          "faster than anyone expected,\u201d", "direct", "Badr", "Badr bin Salim Al Hinai",
          speaker_at="Eng. Badr said"),
        Q("\u201cGovernment entities, banks and logistics firms in Sohar and Duqm are our fastest-growing "
          "customers.\u201d", "direct", "Badr", "Badr bin Salim Al Hinai", speaker_at="Eng. Badr said"),
        Q("that the company\u2019s \u201cMajan One\u201d bundle, launched in June, had attracted more than 210,000 "
          "subscribers", "indirect", "He", "Badr bin Salim Al Hinai", speaker_at="He added"),
        Q("mobile subscriptions in the Sultanate reached 7.9 million at the end of December, up 3 per cent on a "
          "year earlier", "indirect", "Telecommunications Regulatory Authority",
          "Telecommunications Regulatory Authority"),
        Q("\u201cbroadly in line\u201d", "partial", "Ahmed bin Ali Al Balushi", "Ahmed bin Ali Al Balushi"),
        Q("that competition from the third mobile operator would keep pressure on prices in 2025", "indirect",
          "Ahmed bin Ali Al Balushi", "Ahmed bin Ali Al Balushi"),
        Q("\u201cThe dividend is the real positive surprise here. Investors were expecting something closer to 45 "
          "baizas,\u201d", "direct", "he", "Ahmed bin Ali Al Balushi", speaker_at="he said"),
    ], source="blind"),

    # ------------------------------------------------------------------ Korea JoongAng Daily, film premiere
    Case("blind19-film", """Yoon Seo-yeon's "The Salt Road" turns a quiet image into a slow-burning thriller

Director Yoon Seo-yeon says her new film "The Salt Road" began with a single image: an elderly woman pushing a cart of salt along a seawall in Sinan County, South Jeolla.

"I saw her from the car window eight years ago, and I couldn't stop thinking about where she was going," Yoon said during a press conference following a preview screening at CGV Yongsan I'Park Mall in central Seoul on Tuesday. "The whole film is my attempt to answer that question."

The film, which had its world premiere at the Busan International Film Festival in October, follows a disgraced prosecutor who returns to the island where she grew up to look into the disappearance of a salt farm laborer. It opens in theaters nationwide on Nov. 27.

Actor Jeon Hye-rin, who plays the prosecutor, said she spent two months living and working on a salt farm to prepare for the role.

"My hands were cracked and bleeding by the end of it," Jeon said, laughing. "But when I watched the film, I was grateful. You can't fake that kind of tiredness."

Veteran actor Nam Gi-seok, who plays the farm's owner, described his character as "a man who believes he is the hero of his own story."

The film has drawn comparisons to Bong Joon-ho's "Memories of Murder" (2003), which also follows an investigation in a rural community.

"I'm flattered, but I'm also a little scared," Yoon said when asked about the comparison. "Director Bong made a masterpiece. I just made a film about salt."

Yoon told Yonhap News Agency last month that she had rewritten the ending 11 times, and that the final version was only settled two weeks before filming began.

Critic Kim Ji-hoon wrote in a review for Cine21 that the film "trusts its audience to sit with silence," calling Jeon's performance the best of her career.

"The Salt Road" was the most-booked film in advance ticket sales as of Tuesday afternoon, according to the Korean Film Council (KOFIC).

Yoon's previous feature, "Winter Orchard" (2019), won the New Currents Award at the Busan festival.

BY LEE SU-JIN""", [
        Q('her new film "The Salt Road" began with a single image: an elderly woman pushing a cart of salt along a '
          'seawall in Sinan County, South Jeolla', "indirect", "Yoon Seo-yeon", "Yoon Seo-yeon",
          speaker_at="Director Yoon Seo-yeon says"),
        Q('"I saw her from the car window eight years ago, and I couldn\'t stop thinking about where she was going,"',
          "direct", "Yoon", "Yoon Seo-yeon", speaker_at="Yoon said during"),
        Q('"The whole film is my attempt to answer that question."', "direct", "Yoon", "Yoon Seo-yeon",
          speaker_at="Yoon said during"),
        Q("she spent two months living and working on a salt farm to prepare for the role", "indirect",
          "Jeon Hye-rin", "Jeon Hye-rin"),
        Q('"My hands were cracked and bleeding by the end of it,"', "direct", "Jeon", "Jeon Hye-rin",
          speaker_at="Jeon said, laughing"),
        Q('"But when I watched the film, I was grateful. You can\'t fake that kind of tiredness."', "direct",
          "Jeon", "Jeon Hye-rin", speaker_at="Jeon said, laughing"),
        Q('"a man who believes he is the hero of his own story."', "partial", "Nam Gi-seok", "Nam Gi-seok"),
        Q('"I\'m flattered, but I\'m also a little scared,"', "direct", "Yoon", "Yoon Seo-yeon",
          speaker_at="Yoon said when"),
        Q('"Director Bong made a masterpiece. I just made a film about salt."', "direct", "Yoon", "Yoon Seo-yeon",
          speaker_at="Yoon said when"),
        Q("that she had rewritten the ending 11 times, and that the final version was only settled two weeks before "
          "filming began", "indirect", "Yoon", "Yoon Seo-yeon", speaker_at="Yoon told Yonhap"),
        Q('"trusts its audience to sit with silence,"', "partial", "Kim Ji-hoon", "Kim Ji-hoon"),
        Q('"The Salt Road" was the most-booked film in advance ticket sales as of Tuesday afternoon', "indirect",
          "Korean Film Council", "Korean Film Council"),
    ], source="blind"),

    # ------------------------------------------------------------------ Business Standard (India), supermarket results
    Case("blind19-retail", """Anand Value Mart Q3 profit rises 18% on festive demand; shares jump 6%

Shares of Anand Value Mart rose as much as 6.4 per cent on the BSE on Monday after the supermarket chain reported an 18.2 per cent year-on-year rise in consolidated net profit to Rs 712 crore for the October-December quarter (Q3FY25), helped by strong festive-season sales and 34 new store openings.

Revenue from operations rose 21.6 per cent to Rs 15,480 crore, the company said in an exchange filing on Saturday. Earnings before interest, tax, depreciation and amortisation (Ebitda) grew 15.8 per cent to Rs 1,132 crore, although the Ebitda margin slipped 40 basis points to 7.3 per cent.

"Consumers were willing to spend during Diwali, especially on staples, home care and general merchandise," said Neville D'Souza, managing director and chief executive officer. "We saw a clear recovery in discretionary categories in cities like Pune, Hyderabad and Ahmedabad."

D'Souza said the company planned to open 50-55 stores in FY26, most of them in tier-II cities in western and southern India, and would spend around Rs 2,500 crore on capital expenditure.

He, however, cautioned that the rapid growth of "quick commerce" apps was weighing on sales of packaged foods and personal care in the largest metros. "Our customers in Mumbai and Bengaluru are ordering the top-up basket on their phones. We have to respond with faster home delivery of our own," he said.

The company's like-for-like growth of 9.4 per cent was "the best in seven quarters", according to Karan Pal Singh, retail analyst at Vasant Securities. "The store additions are ahead of our estimates, and the margin dip looks temporary to us," Singh said, retaining a 'buy' rating on the stock.

Not all analysts were convinced. Meenakshi Subramanian of Coromandel Capital said in a note to clients that valuations already factored in "years of flawless execution", and that any slowdown in store openings could trigger a correction.

A senior company official, who did not wish to be named, said the retailer was in early talks to acquire a regional supermarket chain in Tamil Nadu but declined to give details.

The stock ended 5.9 per cent higher at Rs 4,212.35, outperforming the BSE Sensex, which rose 0.4 per cent.""", [
        Q("Revenue from operations rose 21.6 per cent to Rs 15,480 crore", "indirect", "the company",
          "Anand Value Mart", speaker_at="the company said"),
        Q('"Consumers were willing to spend during Diwali, especially on staples, home care and general '
          'merchandise,"', "direct", "Neville D'Souza", "Neville D'Souza"),
        Q('"We saw a clear recovery in discretionary categories in cities like Pune, Hyderabad and Ahmedabad."',
          "direct", "Neville D'Souza", "Neville D'Souza"),
        Q("the company planned to open 50-55 stores in FY26, most of them in tier-II cities in western and southern "
          "India, and would spend around Rs 2,500 crore on capital expenditure", "indirect",
          "D'Souza", "Neville D'Souza", speaker_at="D'Souza said the company"),
        Q('that the rapid growth of "quick commerce" apps was weighing on sales of packaged foods and personal care '
          'in the largest metros', "indirect", "He", "Neville D'Souza", speaker_at="He, however"),
        Q('"Our customers in Mumbai and Bengaluru are ordering the top-up basket on their phones. We have to '
          'respond with faster home delivery of our own,"', "direct", "he", "Neville D'Souza", speaker_at="he said"),
        Q('"the best in seven quarters"', "partial", "Karan Pal Singh", "Karan Pal Singh"),
        Q('"The store additions are ahead of our estimates, and the margin dip looks temporary to us,"', "direct",
          "Singh", "Karan Pal Singh", speaker_at="Singh said"),
        Q('"years of flawless execution"', "partial", "Meenakshi Subramanian", "Meenakshi Subramanian"),
        Q("that any slowdown in store openings could trigger a correction", "indirect",
          "Meenakshi Subramanian", "Meenakshi Subramanian"),
        Q("the retailer was in early talks to acquire a regional supermarket chain in Tamil Nadu", "indirect",
          "A senior company official", None),
    ], source="blind"),

    # ------------------------------------------------------------------ US rural weekly, mayoral election
    Case("blind19-mayor", """Delgado Ortiz edges Hollister in Las Palomas mayor's race

Rosa Mar\u00eda Delgado Ortiz will be the next mayor of Las Palomas after defeating two-term incumbent Gary Hollister by 41 votes in the Nov. 5 municipal election, according to unofficial results from the Sierra County Clerk's Office.

Delgado Ortiz, a retired schoolteacher and former village trustee, received 612 votes to Hollister's 571. Write-in candidate Buck Tolliver got 38.

"I'm humbled, and honestly a little tired," Delgado Ortiz said Wednesday morning at her kitchen table, where supporters had been dropping off tamales and coffee since dawn. "This town told me it wants the water system fixed and the clinic kept open, and that's exactly what I intend to do."

She said her first priority would be applying for state money to replace the village's aging water lines, some of which date to the 1950s.

Hollister conceded in a Facebook post Wednesday afternoon, writing that he "wished Rosa all the best" and that the village was "in good hands."

Reached by phone at his feed store on Main Street, Hollister said he had no plans to ask for a recount.

"Forty-one votes is forty-one votes. The people have spoken, and I've got hay to sell," he said.

County Clerk Darlene Whitfield said the results would be certified by the county canvassing board on Nov. 19. Turnout was about 62 percent, she said, the highest for a village election in at least 20 years.

State Sen. Dale Whitcomb, R-Hillsboro, whose district includes Las Palomas, congratulated Delgado Ortiz and said he looked forward to working with her on the water project.

"Water is the whole ballgame out here," Whitcomb said. "If we don't get those pipes replaced in the next five years, we're going to have real trouble."

The Rev. Ellis Boone of Las Palomas First Baptist Church, who hosted the only candidate forum of the campaign in October, said the race had been "hard-fought but neighborly."

"People showed up because they care about this place. That's the best thing you can say about a small town," Boone said.

Delgado Ortiz will be sworn in at the first village council meeting in January.""", [
        Q("Rosa Mar\u00eda Delgado Ortiz will be the next mayor of Las Palomas after defeating two-term incumbent Gary "
          "Hollister by 41 votes in the Nov. 5 municipal election", "indirect",
          "the Sierra County Clerk's Office", "Sierra County Clerk's Office"),
        Q('"I\'m humbled, and honestly a little tired,"', "direct", "Delgado Ortiz", "Rosa Mar\u00eda Delgado Ortiz",
          speaker_at="Delgado Ortiz said Wednesday"),
        Q('"This town told me it wants the water system fixed and the clinic kept open, and that\'s exactly what I '
          'intend to do."', "direct", "Delgado Ortiz", "Rosa Mar\u00eda Delgado Ortiz",
          speaker_at="Delgado Ortiz said Wednesday"),
        Q("her first priority would be applying for state money to replace the village's aging water lines, some of "
          "which date to the 1950s", "indirect", "She", "Rosa Mar\u00eda Delgado Ortiz", speaker_at="She said her"),
        Q('"wished Rosa all the best"', "partial", "Hollister", "Gary Hollister", speaker_at="Hollister conceded"),
        Q('"in good hands."', "partial", "Hollister", "Gary Hollister", speaker_at="Hollister conceded"),
        Q("he had no plans to ask for a recount", "indirect", "Hollister", "Gary Hollister",
          speaker_at="Hollister said he"),
        Q('"Forty-one votes is forty-one votes. The people have spoken, and I\'ve got hay to sell,"', "direct",
          "he", "Gary Hollister", speaker_at="he said"),
        Q("the results would be certified by the county canvassing board on Nov. 19", "indirect",
          "Darlene Whitfield", "Darlene Whitfield"),
        Q("Turnout was about 62 percent", "indirect", "she", "Darlene Whitfield", speaker_at="she said"),
        Q("he looked forward to working with her on the water project", "indirect", "Dale Whitcomb", "Dale Whitcomb"),
        Q('"Water is the whole ballgame out here,"', "direct", "Whitcomb", "Dale Whitcomb",
          speaker_at="Whitcomb said"),
        Q('"If we don\'t get those pipes replaced in the next five years, we\'re going to have real trouble."',
          "direct", "Whitcomb", "Dale Whitcomb", speaker_at="Whitcomb said"),
        Q('"hard-fought but neighborly."', "partial", "Ellis Boone", "Ellis Boone"),
        Q('"People showed up because they care about this place. That\'s the best thing you can say about a small '
          'town,"', "direct", "Boone", "Ellis Boone", speaker_at="Boone said"),
    ], source="blind"),
]
