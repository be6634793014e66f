"""Blind gold: short news articles from many places, written without sight of the pretagger.

Wire copy (AAP, NHK World) and regional dailies from Britain, Ireland, Australia,
New Zealand, Africa, the Gulf, South and South-East Asia and the US Midwest, with
curly double quotes, straight quotes and British single quotes. See build_gold.py
for the case format.
"""

from __future__ import annotations

from gold_format import Case, Q

CASES = [
    Case("blind61-carjacking", """Man tells jury he only wanted a lift to hospital in Logan carjacking

BRISBANE, Aug 14 AAP - A man accused of dragging a 71-year-old grandmother from her car in a shopping centre car park south of Brisbane has told a jury he only wanted "a lift to the hospital".

Tevita Lolohea-Fifita, 27, has pleaded not guilty in the Brisbane District Court to robbery with violence and unlawful use of a motor vehicle over the incident at Logan Hyperdome in March last year.

Giving evidence on Wednesday, Lolohea-Fifita said he had been bleeding heavily from a hand wound after a fight at a nearby party and was "not thinking straight" when he approached the woman's car.

"I knocked on the window and asked her to help me. She screamed, and I panicked," he told the court.

"I'm not proud of it. I never meant to hurt anyone."

Crown prosecutor Sarah McAllister-Reid put it to him that he had pulled the woman out by her arm and driven off at speed, leaving her lying on the concrete.

"That's not what happened," Lolohea-Fifita replied. "She fell when she got out. I tried to help her up."

Ms McAllister-Reid suggested that was "a convenient story" invented after he had seen the CCTV footage, which the jury watched on Tuesday.

The complainant, who cannot be named, earlier told the jury she had been "terrified" and still could not bring herself to drive alone.

"He grabbed my arm and pulled me out onto the ground. I thought he was going to kill me," she said in a recorded police interview played to the court.

Police allege Lolohea-Fifita abandoned the silver Toyota Corolla about four kilometres away in Slacks Creek, where it was found with the keys still in the ignition.

Defence barrister Michael Okonkwo-Hart told the jury in his opening address that the case was "not about a hardened criminal but about a frightened, bleeding young man".

Judge Catherine van Rooyen reminded jurors they should put aside any sympathy they might feel for either party.

"Your task is to decide this case on the evidence you have heard in this courtroom, and nothing else," she said.

The trial continues.""", [
        Q('"a lift to the hospital"', "partial", "A man", "Tevita Lolohea-Fifita", speaker_at="A man accused"),
        Q("he had been bleeding heavily from a hand wound after a fight at a nearby party", "indirect",
          "Lolohea-Fifita", "Tevita Lolohea-Fifita", speaker_at="Lolohea-Fifita said"),
        Q('"not thinking straight"', "partial", "Lolohea-Fifita", "Tevita Lolohea-Fifita",
          speaker_at="Lolohea-Fifita said"),
        Q('"I knocked on the window and asked her to help me. She screamed, and I panicked,"', "direct",
          "he", "Tevita Lolohea-Fifita", speaker_at="he told the court"),
        Q('"I\'m not proud of it. I never meant to hurt anyone."', "direct", "he", "Tevita Lolohea-Fifita",
          speaker_at="he told the court"),
        Q("he had pulled the woman out by her arm and driven off at speed, leaving her lying on the concrete",
          "indirect", "Sarah McAllister-Reid", "Sarah McAllister-Reid"),
        Q('"That\'s not what happened,"', "direct", "Lolohea-Fifita", "Tevita Lolohea-Fifita",
          speaker_at="Lolohea-Fifita replied"),
        Q('"She fell when she got out. I tried to help her up."', "direct", "Lolohea-Fifita",
          "Tevita Lolohea-Fifita", speaker_at="Lolohea-Fifita replied"),
        Q('"a convenient story"', "partial", "McAllister-Reid", "Sarah McAllister-Reid",
          speaker_at="Ms McAllister-Reid suggested"),
        Q('"terrified"', "partial", "The complainant", None),
        Q("still could not bring herself to drive alone", "indirect", "The complainant", None),
        Q('"He grabbed my arm and pulled me out onto the ground. I thought he was going to kill me,"', "direct",
          "she", None, speaker_at="she said in a recorded"),
        Q("Lolohea-Fifita abandoned the silver Toyota Corolla about four kilometres away in Slacks Creek, where it "
          "was found with the keys still in the ignition", "indirect", "Police", None),
        Q('"not about a hardened criminal but about a frightened, bleeding young man"', "partial",
          "Michael Okonkwo-Hart", "Michael Okonkwo-Hart"),
        Q("they should put aside any sympathy they might feel for either party", "indirect",
          "Catherine van Rooyen", "Catherine van Rooyen"),
        Q('"Your task is to decide this case on the evidence you have heard in this courtroom, and nothing else,"',
          "direct", "she", "Catherine van Rooyen", speaker_at="she said."),
    ]),
    Case("blind61-ferry", """Ferry runs aground in Seto Inland Sea, 31 injured

A high-speed passenger ferry has run aground off an island in western Japan, injuring at least 31 people.

The Japan Coast Guard says the ferry, the Shimanami Maru, was carrying 86 passengers and five crew members when it struck rocks off Osakikamijima Island in Hiroshima Prefecture at around 10:40 a.m. on Saturday.

Officials say four people, including a woman in her 70s, are seriously injured. None of the injuries is believed to be life-threatening.

The vessel was travelling from Takehara Port to Osakikamijima in calm weather with good visibility, according to the coast guard.

The operator, Setonaikai Kisen, held a news conference on Saturday evening. Its president, Nakamoto Hiroshi, bowed deeply before reporters.

\u201cWe have caused enormous trouble and anxiety to our passengers and their families. We are truly sorry,\u201d Nakamoto said.

He said the company was checking whether the ferry had been pushed off course by strong currents as it entered a narrow channel between two islands.

A man in his 40s who was on board described hearing \u201ca tremendous bang.\u201d

\u201cI was thrown forward out of my seat. People were screaming, and there was blood on the floor. I thought the ship was going to sink,\u201d he told NHK.

Land, Infrastructure, Transport and Tourism Minister Tanabe Koichi told reporters in Tokyo that the ministry would carry out a special inspection of the operator.

\u201cWe will thoroughly investigate the cause and take every possible measure to prevent a recurrence,\u201d the minister said.

The Japan Transport Safety Board has sent three investigators to the site. The board says the ferry\u2019s hull was damaged below the waterline and that water entered the engine room.

Local fishing boats helped carry passengers to shore before coast guard vessels arrived.

\u201cWe just went as fast as our engines would go,\u201d said Oda Kenji, a 68-year-old fisherman from the island. \u201cThere were elderly people on the deck wrapped in blankets, shaking.\u201d

The coast guard is investigating the 59-year-old captain on suspicion of professional negligence resulting in injury.""", [
        Q("the ferry, the Shimanami Maru, was carrying 86 passengers and five crew members when it struck rocks off "
          "Osakikamijima Island in Hiroshima Prefecture at around 10:40 a.m. on Saturday", "indirect",
          "The Japan Coast Guard", "Japan Coast Guard"),
        Q("four people, including a woman in her 70s, are seriously injured", "indirect", "Officials", None),
        Q("The vessel was travelling from Takehara Port to Osakikamijima in calm weather with good visibility",
          "indirect", "the coast guard", "Japan Coast Guard", speaker_at="according to the coast guard"),
        Q("\u201cWe have caused enormous trouble and anxiety to our passengers and their families. We are truly "
          "sorry,\u201d", "direct", "Nakamoto", "Nakamoto Hiroshi", speaker_at="Nakamoto said"),
        Q("the company was checking whether the ferry had been pushed off course by strong currents as it entered "
          "a narrow channel between two islands", "indirect", "He", "Nakamoto Hiroshi", speaker_at="He said"),
        Q("\u201ca tremendous bang.\u201d", "partial", "A man in his 40s", None),
        Q("\u201cI was thrown forward out of my seat. People were screaming, and there was blood on the floor. I "
          "thought the ship was going to sink,\u201d", "direct", "he", None, speaker_at="he told NHK"),
        Q("that the ministry would carry out a special inspection of the operator", "indirect", "Tanabe Koichi",
          "Tanabe Koichi"),
        Q("\u201cWe will thoroughly investigate the cause and take every possible measure to prevent a "
          "recurrence,\u201d", "direct", "the minister", "Tanabe Koichi"),
        Q("the ferry\u2019s hull was damaged below the waterline and that water entered the engine room", "indirect",
          "The board", "Japan Transport Safety Board"),
        Q("\u201cWe just went as fast as our engines would go,\u201d", "direct", "Oda Kenji", "Oda Kenji"),
        Q("\u201cThere were elderly people on the deck wrapped in blankets, shaking.\u201d", "direct", "Oda Kenji",
          "Oda Kenji"),
    ]),
    Case("blind61-railway", """Steam back on the Ecclesbourne Valley line after \u00a31.2m flood repair

Hundreds of people packed the platforms at Duffield station on Saturday as the Ecclesbourne Valley Railway reopened after a \u00a31.2 million repair to a washed-out embankment.

The nine-mile heritage line between Duffield and Wirksworth had been closed since November, when floodwater from the River Ecclesbourne swept away a 40-metre section of track near Shottle.

Railway chairman Dr Philippa Ashworth-Kaye said the reopening was 'a day many of us feared we would never see'.

'When we walked the line the morning after the flood, the rails were hanging in mid-air over a hole the size of a house,' she said. 'Our volunteers have given up every weekend since to get us here.'

The work was paid for through a \u00a3640,000 grant from the National Lottery Heritage Fund, public donations and a loan from Derbyshire County Council.

Councillor Graham Whitworth, the county council's cabinet member for economic development, said the line brought 'tens of thousands of visitors' to the Derwent Valley every year and was 'worth every penny' of public support.

The first train was blessed by the Rev Anjali Mukherjee-Stone, vicar of St Alkmund's Church in Duffield, who told the crowd the railway had 'always been a place where this valley comes together'.

Among the passengers was 84-year-old Ken Dobson, from Belper, who first travelled on the line as a schoolboy in the 1950s.

'I used to go up to Wirksworth on a Sunday for my grandmother's dinner,' he said. 'Sitting by the window again, I swear I could smell her roast potatoes.'

Not everyone is celebrating. Some residents of Gorsey Bank, near Wirksworth, say smoke from the steam locomotives drifts into their gardens on running days.

One, who did not want to be named, told the Derby Telegraph: 'We all love the railway, but you can't hang washing out when the steam engines are running.'

A spokesperson for the railway said it was trialling a cleaner-burning smokeless fuel and would meet neighbours next month.

The railway's popular 'Santa Specials' return in December, with tickets on sale from October 1.""", [
        Q("'a day many of us feared we would never see'", "partial", "Philippa Ashworth-Kaye",
          "Philippa Ashworth-Kaye"),
        Q("'When we walked the line the morning after the flood, the rails were hanging in mid-air over a hole the "
          "size of a house,'", "direct", "she", "Philippa Ashworth-Kaye", speaker_at="she said. 'Our"),
        Q("'Our volunteers have given up every weekend since to get us here.'", "direct", "she",
          "Philippa Ashworth-Kaye", speaker_at="she said. 'Our"),
        Q("'tens of thousands of visitors'", "partial", "Graham Whitworth", "Graham Whitworth"),
        Q("'worth every penny'", "partial", "Graham Whitworth", "Graham Whitworth"),
        Q("'always been a place where this valley comes together'", "partial", "Anjali Mukherjee-Stone",
          "Anjali Mukherjee-Stone"),
        Q("'I used to go up to Wirksworth on a Sunday for my grandmother's dinner,'", "direct", "he", "Ken Dobson",
          speaker_at="he said. 'Sitting"),
        Q("'Sitting by the window again, I swear I could smell her roast potatoes.'", "direct", "he", "Ken Dobson",
          speaker_at="he said. 'Sitting"),
        Q("smoke from the steam locomotives drifts into their gardens on running days", "indirect",
          "Some residents of Gorsey Bank", None),
        Q("'We all love the railway, but you can't hang washing out when the steam engines are running.'", "direct",
          "One", None),
        Q("it was trialling a cleaner-burning smokeless fuel and would meet neighbours next month", "indirect",
          "A spokesperson for the railway", None),
    ]),
    Case("blind61-camogie", """Ní Fhlatharta free ends 17-year wait for Kilconieron

Kilconieron are Galway senior camogie champions for the first time in 17 years after a nerve-shredding one-point win over Sarsfields at Kenny Park, Athenry, on Sunday.

Sinéad Ní Fhlatharta’s pointed free in the 62nd minute separated the sides at the finish, 1-12 to 1-11, in front of a crowd of more than 2,000.

“I didn’t even look at the posts, to be honest,” the 19-year-old said afterwards. “I just kept telling myself to strike it the way I’ve struck a thousand of them in training.”

It was a fitting end for a side who came through the so-called “group of death” in the summer with only a point to spare and lost their first two league games of the year.

Kilconieron manager Pádraig Ó Conghaile said his players had been “written off by everyone outside the parish” in the spring.

“We had a meeting in January and the girls decided themselves what they wanted this year. All I did was carry the bibs,” Ó Conghaile joked.

Sarsfields had led by four points at half-time, with corner-forward Orla Kenny-Burke scoring 1-3, but they managed just two points from play after the break.

Their captain, Clodagh Ní Bhriain, was gracious in defeat. “Fair play to them. They wanted it a small bit more in the last ten minutes and that’s the story of it,” she said. “We’ll be back.”

Galway Camogie Board chairperson Máire Uí Fhatharta, presenting the cup, told the Kilconieron players they had “given the whole county a lift.”

Kilconieron now turn their attention to the All-Ireland club series. The Camogie Association confirmed on Monday that they will face the Cork champions in the semi-final on November 17, with the venue yet to be decided.

Ní Fhlatharta, a first-year student at the University of Galway, was asked whether she would make it to lectures on Monday morning.

“Probably not,” she laughed.""", [
        Q("“I didn’t even look at the posts, to be honest,”", "direct", "the 19-year-old", "Sinéad Ní Fhlatharta"),
        Q("“I just kept telling myself to strike it the way I’ve struck a thousand of them in training.”", "direct",
          "the 19-year-old", "Sinéad Ní Fhlatharta"),
        Q("“written off by everyone outside the parish”", "partial", "Pádraig Ó Conghaile", "Pádraig Ó Conghaile"),
        Q("“We had a meeting in January and the girls decided themselves what they wanted this year. All I did was "
          "carry the bibs,”", "direct", "Ó Conghaile", "Pádraig Ó Conghaile", speaker_at="Ó Conghaile joked"),
        Q("“Fair play to them. They wanted it a small bit more in the last ten minutes and that’s the story of it,”",
          "direct", "she", "Clodagh Ní Bhriain", speaker_at="she said. “We’ll"),
        Q("“We’ll be back.”", "direct", "she", "Clodagh Ní Bhriain", speaker_at="she said. “We’ll"),
        Q("“given the whole county a lift.”", "partial", "Máire Uí Fhatharta", "Máire Uí Fhatharta"),
        Q("that they will face the Cork champions in the semi-final on November 17, with the venue yet to be decided",
          "indirect", "The Camogie Association", "Camogie Association"),
        Q("“Probably not,”", "direct", "she", "Sinéad Ní Fhlatharta", speaker_at="she laughed"),
    ]),
    Case("blind61-storm", """Wild storm cell smashes northern beaches, thousands without power

A severe thunderstorm tore through Townsville's northern beaches late on Tuesday, bringing down trees and power lines and leaving more than 14,000 homes without electricity.

The Bureau of Meteorology recorded a wind gust of 109km/h at Townsville Airport just after 6pm, with 46mm of rain falling in less than half an hour at Bushland Beach.

Bureau senior forecaster Dr Lachlan O'Shaughnessy-Brown said the storm cell had "exploded" over the Bohle Plains before racing towards the coast.

"These storms can develop very quickly at this time of year, and that's exactly what we saw last night," he said. "We'd urge people to keep a close eye on warnings over the next couple of days."

Ergon Energy said crews had worked through the night and expected most customers to be reconnected by Wednesday evening, although some in Toolakea and Saunders Beach could be waiting until the weekend.

"Some of the damage we're seeing is significant, with poles snapped and lines across roads," an Ergon spokesperson said. "Please stay at least eight metres away from fallen lines and always treat them as live."

At Bushland Beach, Mele Taufa watched from her kitchen window as a large gum tree toppled across the driveway, crushing her partner's ute.

"It sounded like a freight train coming down the street," Ms Taufa said. "Then there was this almighty crack and the whole house shook. The kids were hiding under the table."

Queensland Fire and Emergency Services said SES volunteers had answered 212 calls for help by Wednesday morning, mostly for fallen trees and damaged roofs.

Deputy Mayor Karen Nguyen-Hollis said council crews would begin a free kerbside collection of storm green waste in affected suburbs from Thursday. She urged residents not to treat it as a chance to get rid of "anything and everything" from their sheds.

"We know people are doing it tough, and we will get to every street," Cr Nguyen-Hollis said.

The bureau has warned that more storms are possible across the region until at least Saturday.""", [
        Q('"exploded"', "partial", "Lachlan O'Shaughnessy-Brown", "Lachlan O'Shaughnessy-Brown"),
        Q('"These storms can develop very quickly at this time of year, and that\'s exactly what we saw last night,"',
          "direct", "he", "Lachlan O'Shaughnessy-Brown", speaker_at="he said. \"We'd"),
        Q('"We\'d urge people to keep a close eye on warnings over the next couple of days."', "direct", "he",
          "Lachlan O'Shaughnessy-Brown", speaker_at="he said. \"We'd"),
        Q("crews had worked through the night and expected most customers to be reconnected by Wednesday evening, "
          "although some in Toolakea and Saunders Beach could be waiting until the weekend", "indirect",
          "Ergon Energy", "Ergon Energy"),
        Q('"Some of the damage we\'re seeing is significant, with poles snapped and lines across roads,"', "direct",
          "an Ergon spokesperson", None),
        Q('"Please stay at least eight metres away from fallen lines and always treat them as live."', "direct",
          "an Ergon spokesperson", None),
        Q('"It sounded like a freight train coming down the street,"', "direct", "Taufa", "Mele Taufa",
          speaker_at="Ms Taufa said"),
        Q('"Then there was this almighty crack and the whole house shook. The kids were hiding under the table."',
          "direct", "Taufa", "Mele Taufa", speaker_at="Ms Taufa said"),
        Q("SES volunteers had answered 212 calls for help by Wednesday morning, mostly for fallen trees and damaged "
          "roofs", "indirect", "Queensland Fire and Emergency Services", "Queensland Fire and Emergency Services"),
        Q("council crews would begin a free kerbside collection of storm green waste in affected suburbs from "
          "Thursday", "indirect", "Karen Nguyen-Hollis", "Karen Nguyen-Hollis"),
        Q('"anything and everything"', "partial", "She", "Karen Nguyen-Hollis", speaker_at="She urged"),
        Q('"We know people are doing it tough, and we will get to every street,"', "direct", "Nguyen-Hollis",
          "Karen Nguyen-Hollis", speaker_at="Cr Nguyen-Hollis said"),
        Q("that more storms are possible across the region until at least Saturday", "indirect", "The bureau",
          "Bureau of Meteorology"),
    ]),
    Case("blind61-forestfire", """Homes evacuated as forest fire burns south of Rotorua

About 40 households near Ngākuru were evacuated overnight as a fire burned through more than 300 hectares of pine forest south of Rotorua.

Fire and Emergency New Zealand (FENZ) said eight helicopters and about 60 firefighters were working on the blaze at its height. It was reported shortly after 3pm on Thursday.

Incident controller Hemi Te Rangi-Walker said yesterday morning that the fire was not yet contained but crews had “made good gains” overnight.

“The wind changed direction twice in the afternoon, and that made things very difficult for the crews on the ground,” he said.

“Our priority is people and property, and at this stage no homes have been lost.”

Aroha Ngata-Whitehead, who spent the night at the Rotorua Energy Events Centre with her three children and two dogs, said the smoke had turned the sky “a horrible orange colour” by late afternoon.

“You could see the flames coming over the ridge behind the house. We just grabbed the kids and the dogs and went,” she said.

Rotorua Lakes Council deputy mayor Sheree Wikaira-Dunn said about 90 people had registered at the centre. She thanked “the amazing volunteers” from local marae who had turned up with food and bedding within an hour.

The forest is owned by Pukeroa Forests, a company held by a group of Māori land trusts. Its chief executive, Pieter van Wyk, told the Rotorua Daily Post it was too early to estimate the damage.

“It’s a 14-year-old crop, so it’s a big loss for our shareholders, but nobody’s been hurt and that’s what matters,” van Wyk said.

Police said they were treating the fire as suspicious and appealed for anyone who saw vehicles on Ngākuru Rd on Thursday afternoon to come forward.

A total fire ban remains in place across the Bay of Plenty, according to FENZ. Anyone lighting an outdoor fire during the ban could face prosecution.""", [
        Q("eight helicopters and about 60 firefighters were working on the blaze at its height", "indirect",
          "Fire and Emergency New Zealand", "Fire and Emergency New Zealand"),
        Q("that the fire was not yet contained", "indirect", "Hemi Te Rangi-Walker", "Hemi Te Rangi-Walker"),
        Q("“made good gains”", "partial", "Hemi Te Rangi-Walker", "Hemi Te Rangi-Walker"),
        Q("“The wind changed direction twice in the afternoon, and that made things very difficult for the crews on "
          "the ground,”", "direct", "he", "Hemi Te Rangi-Walker", speaker_at="he said"),
        Q("“Our priority is people and property, and at this stage no homes have been lost.”", "direct", "he",
          "Hemi Te Rangi-Walker", speaker_at="he said"),
        Q("“a horrible orange colour”", "partial", "Aroha Ngata-Whitehead", "Aroha Ngata-Whitehead"),
        Q("“You could see the flames coming over the ridge behind the house. We just grabbed the kids and the dogs "
          "and went,”", "direct", "she", "Aroha Ngata-Whitehead", speaker_at="she said"),
        Q("about 90 people had registered at the centre", "indirect", "Sheree Wikaira-Dunn", "Sheree Wikaira-Dunn"),
        Q("“the amazing volunteers”", "partial", "She", "Sheree Wikaira-Dunn", speaker_at="She thanked"),
        Q("it was too early to estimate the damage", "indirect", "Pieter van Wyk", "Pieter van Wyk"),
        Q("“It’s a 14-year-old crop, so it’s a big loss for our shareholders, but nobody’s been hurt and that’s what "
          "matters,”", "direct", "van Wyk", "Pieter van Wyk", speaker_at="van Wyk said"),
        Q("they were treating the fire as suspicious", "indirect", "Police", None),
        Q("A total fire ban remains in place across the Bay of Plenty", "indirect", "FENZ",
          "Fire and Emergency New Zealand", speaker_at="according to FENZ"),
    ]),
    Case("blind61-goldmine", """Kasubuya Gold Mines profit jumps 38pc on record prices

KASUBUYA Gold Mines Limited (KGML) has posted a net profit of 412bn/- for the year ended June 30, up 38 per cent from the previous year, on the back of record world gold prices and higher output from its operations in Geita Region.

Presenting the results to shareholders in Dar es Salaam yesterday, the company’s Managing Director, Eng Joseph Mwakyusa-Kimaro, said gold production rose to 318,000 ounces from 281,000 ounces a year earlier.

“These results reflect both the strong gold price and the improved recovery rates at our processing plant after last year’s upgrade,” Eng Mwakyusa-Kimaro explained.

He said the company paid 96bn/- to the government in royalties, taxes and other levies during the year, and spent 4.1bn/- on community projects, including classrooms and water points in Nyang’hwale District.

The Minister for Minerals, Mr Hamisi Said Mzee, who was the guest of honour, commended the firm but said the government wanted to see more Tanzanians in senior technical positions in the sector.

“Local content is not a slogan. It is the law, and we will enforce it,” the minister stressed, adding that his ministry would soon audit the staffing of all large-scale mines.

According to the Mining Commission, gold accounted for more than half of the country’s mineral exports in the last financial year, earning over 3bn US dollars.

The commission’s Executive Secretary, Dr Fatma Abdallah Kassim, told the ‘Daily News’ that the sector’s contribution to GDP was now close to the 10 per cent target set under the national development plan.

“Mining is no longer about digging and exporting. It is about value addition, refining and jobs,” said Dr Kassim.

However, some residents of Nyarugusu village near the mine said they were still waiting for compensation for land taken for a tailings dam in 2021.

“They measured our farms three years ago and told us to wait. We are still waiting,” said Ms Rehema Msuya, a mother of five.

Eng Mwakyusa-Kimaro said the company was working with the district council to finalise the payments before the end of the year.""", [
        Q("gold production rose to 318,000 ounces from 281,000 ounces a year earlier", "indirect",
          "Joseph Mwakyusa-Kimaro", "Joseph Mwakyusa-Kimaro"),
        Q("“These results reflect both the strong gold price and the improved recovery rates at our processing plant "
          "after last year’s upgrade,”", "direct", "Mwakyusa-Kimaro", "Joseph Mwakyusa-Kimaro",
          speaker_at="Eng Mwakyusa-Kimaro explained"),
        Q("the company paid 96bn/- to the government in royalties, taxes and other levies during the year, and spent "
          "4.1bn/- on community projects, including classrooms and water points in Nyang’hwale District",
          "indirect", "He", "Joseph Mwakyusa-Kimaro", speaker_at="He said"),
        Q("the government wanted to see more Tanzanians in senior technical positions in the sector", "indirect",
          "Hamisi Said Mzee", "Hamisi Said Mzee"),
        Q("“Local content is not a slogan. It is the law, and we will enforce it,”", "direct", "the minister",
          "Hamisi Said Mzee"),
        Q("that his ministry would soon audit the staffing of all large-scale mines", "indirect", "the minister",
          "Hamisi Said Mzee"),
        Q("gold accounted for more than half of the country’s mineral exports in the last financial year, earning "
          "over 3bn US dollars", "indirect", "the Mining Commission", "Mining Commission"),
        Q("that the sector’s contribution to GDP was now close to the 10 per cent target set under the national "
          "development plan", "indirect", "Fatma Abdallah Kassim", "Fatma Abdallah Kassim"),
        Q("“Mining is no longer about digging and exporting. It is about value addition, refining and jobs,”",
          "direct", "Kassim", "Fatma Abdallah Kassim", speaker_at="Dr Kassim"),
        Q("they were still waiting for compensation for land taken for a tailings dam in 2021", "indirect",
          "some residents of Nyarugusu village", None),
        Q("“They measured our farms three years ago and told us to wait. We are still waiting,”", "direct",
          "Rehema Msuya", "Rehema Msuya"),
        Q("the company was working with the district council to finalise the payments before the end of the year",
          "indirect", "Mwakyusa-Kimaro", "Joseph Mwakyusa-Kimaro", speaker_at="Eng Mwakyusa-Kimaro said"),
    ]),
    Case("blind61-primary", """Ogun APC primary: Adeyemi-Bakare clinches governorship ticket as Oyelaran rejects outcome

ABEOKUTA - Senator Olufemi Adeyemi-Bakare on Saturday emerged the governorship candidate of the All Progressives Congress (APC) in Ogun State after polling 1,214 votes at the party's primary held at the MKO Abiola International Stadium, Abeokuta.

His closest rival, Chief Kunle Oyelaran, scored 687 votes, while Alhaji Musa Danjuma-Kolo got 203 votes. Two other aspirants withdrew shortly before accreditation began.

Announcing the result at about 2 a.m. on Sunday, the chairman of the party's primary election committee, Alhaji Ibrahim Yakubu-Gombe, said: "Having scored the highest number of valid votes cast, I hereby declare Senator Olufemi Adeyemi-Bakare the winner and candidate of our great party."

In his acceptance speech, Sen. Adeyemi-Bakare described the primary as "a victory for every delegate" and promised to reach out to the other aspirants.

"There is no victor and no vanquished. I extend a hand of fellowship to my brothers who contested with me, because we need everybody on board to win in November," he said.

But Oyelaran, a former commissioner for works, rejected the outcome, alleging that delegates' lists were doctored in at least six local government areas.

Speaking to journalists at his residence in Ibara, Oyelaran described the exercise as "a sham" and said he would challenge it in court.

"What happened last night was not an election. It was an allocation," he told Tribune Online. "My supporters should remain calm. We will get justice."

Some delegates who spoke with our correspondent on condition of anonymity claimed they were offered money to switch their votes, an allegation the Adeyemi-Bakare campaign denied.

The state APC publicity secretary, Mr Femi Oladipupo-Ajayi, in a statement, insisted the exercise was "free, fair and transparent" and urged aggrieved aspirants to use the party's internal appeal process.

The Police Public Relations Officer in the state, SP Omolola Ajisafe, said that officers were deployed to the venue from Friday night and that the exercise ended without any breach of the peace.

The opposition Peoples Democratic Party (PDP) will hold its own governorship primary next Saturday.""", [
        Q('"Having scored the highest number of valid votes cast, I hereby declare Senator Olufemi Adeyemi-Bakare '
          'the winner and candidate of our great party."', "direct", "Ibrahim Yakubu-Gombe", "Ibrahim Yakubu-Gombe"),
        Q('"a victory for every delegate"', "partial", "Adeyemi-Bakare", "Olufemi Adeyemi-Bakare",
          speaker_at="Sen. Adeyemi-Bakare"),
        Q('"There is no victor and no vanquished. I extend a hand of fellowship to my brothers who contested with me, '
          'because we need everybody on board to win in November,"', "direct", "he", "Olufemi Adeyemi-Bakare",
          speaker_at="he said"),
        Q("that delegates' lists were doctored in at least six local government areas", "indirect", "Oyelaran",
          "Kunle Oyelaran", speaker_at="But Oyelaran"),
        Q('"a sham"', "partial", "Oyelaran", "Kunle Oyelaran", speaker_at="Ibara, Oyelaran"),
        Q("he would challenge it in court", "indirect", "Oyelaran", "Kunle Oyelaran", speaker_at="Ibara, Oyelaran"),
        Q('"What happened last night was not an election. It was an allocation,"', "direct", "he", "Kunle Oyelaran",
          speaker_at="he told Tribune Online"),
        Q('"My supporters should remain calm. We will get justice."', "direct", "he", "Kunle Oyelaran",
          speaker_at="he told Tribune Online"),
        Q("they were offered money to switch their votes", "indirect", "Some delegates", None),
        Q('"free, fair and transparent"', "partial", "Femi Oladipupo-Ajayi", "Femi Oladipupo-Ajayi"),
        Q("that officers were deployed to the venue from Friday night and that the exercise ended without any breach "
          "of the peace", "indirect", "Omolola Ajisafe", "Omolola Ajisafe"),
    ]),
    Case("blind61-desal", """Residents vow to fight Schoenmakerskop desalination plan

NELSON Mandela Bay’s plans for a R1.4bn desalination plant at Schoenmakerskop have run into fierce opposition from residents and environmental groups, who say the site is far too close to a marine protected area.

More than 300 people crammed into the Walmer Town Hall on Tuesday night for a public meeting on the project, many of them wearing green ‘Save Schoenies’ T-shirts.

Mayoral committee member for water and sanitation Thandiswa Majola defended the plant as ‘the only way to drought-proof this metro’.

‘We came within weeks of the taps running dry in 2022. I am not prepared to put this city through that again,’ Majola said.

‘If there is a better site, show it to us. But doing nothing is not an option.’

The plant, which would produce 15 megalitres of water a day when complete, would be built and operated by a private consortium under a 20-year contract.

But marine biologist Prof Hendrik van der Westhuizen, of Nelson Mandela University, told the meeting that brine pumped back into the sea could smother the reef system off Sardinia Bay.

‘This is one of the richest stretches of intertidal coastline in the country. Once you damage it, you do not get it back,’ he said.

Schoenmakerskop Ratepayers’ Association chairwoman Nomvula Dlamini-Pretorius said residents had learnt about the chosen site only from a tender notice in a newspaper.

‘We are not against desalination. We are against putting it here, and we are against being treated like an afterthought,’ she said, to loud applause.

The municipality’s acting executive director of infrastructure, Bongani Sotashe, said an environmental impact assessment was under way and no final decision would be taken until it was complete.

According to Sotashe, computer modelling showed the brine would be diluted to natural salinity levels within 200m of the outlet pipe.

DA ward councillor Marike du Plessis accused the governing coalition of ‘rushing a billion-rand contract through council’ without proper public scrutiny.

The public comment period closes on October 31.""", [
        Q("the site is far too close to a marine protected area", "indirect", "residents and environmental groups",
          None),
        Q("‘the only way to drought-proof this metro’", "partial", "Thandiswa Majola", "Thandiswa Majola"),
        Q("‘We came within weeks of the taps running dry in 2022. I am not prepared to put this city through that "
          "again,’", "direct", "Majola", "Thandiswa Majola", speaker_at="Majola said"),
        Q("‘If there is a better site, show it to us. But doing nothing is not an option.’", "direct", "Majola",
          "Thandiswa Majola", speaker_at="Majola said"),
        Q("that brine pumped back into the sea could smother the reef system off Sardinia Bay", "indirect",
          "Hendrik van der Westhuizen", "Hendrik van der Westhuizen"),
        Q("‘This is one of the richest stretches of intertidal coastline in the country. Once you damage it, you do "
          "not get it back,’", "direct", "he", "Hendrik van der Westhuizen", speaker_at="he said"),
        Q("residents had learnt about the chosen site only from a tender notice in a newspaper", "indirect",
          "Nomvula Dlamini-Pretorius", "Nomvula Dlamini-Pretorius"),
        Q("‘We are not against desalination. We are against putting it here, and we are against being treated like "
          "an afterthought,’", "direct", "she", "Nomvula Dlamini-Pretorius", speaker_at="she said"),
        Q("an environmental impact assessment was under way and no final decision would be taken until it was "
          "complete", "indirect", "Bongani Sotashe", "Bongani Sotashe"),
        Q("computer modelling showed the brine would be diluted to natural salinity levels within 200m of the outlet "
          "pipe", "indirect", "Sotashe", "Bongani Sotashe", speaker_at="According to Sotashe"),
        Q("‘rushing a billion-rand contract through council’", "partial", "Marike du Plessis", "Marike du Plessis"),
    ]),
    Case("blind61-interpreters", """Court interpreters down tools over allowances

COURT interpreters across the country have gone on strike over unpaid allowances, leaving dozens of trials at magistrates’ courts in Harare, Bulawayo and Mutare stalled since Monday.

The Zimbabwe Court Interpreters’ Association (ZCIA), which represents more than 400 interpreters, said its members would not return to work until the Judicial Service Commission (JSC) paid transport and risk allowances owed since January.

ZCIA secretary-general Mr Tafadzwa Mutasa-Chigumba told The Sunday Mail that interpreters had been “patient for far too long”.

“We interpret in Shona, Ndebele, Tonga, Venda, Nambya, even Chewa. Without us, a trial simply cannot proceed, yet we are treated as the least important people in the courtroom,” he said.

“Some of our members are spending half their salaries on kombis just to get to work.”

In a statement, JSC secretary Mrs Chiedza Mhlanga-Sibanda said the commission was “actively engaging Treasury” over the arrears and appealed to interpreters to return to their posts “in the interests of justice”.

She said the payments had been delayed by “budgetary constraints beyond the commission’s control” but would be made as soon as funds were released.

At the High Court in Harare on Thursday, a murder trial was postponed for the third time this week after the accused, a Tonga speaker from Binga, could not follow proceedings in English.

“This court cannot sit idly by while accused persons languish in remand for want of an interpreter,” said Justice Nyasha Chirimuuta-Dube before adjourning the matter to next Tuesday.

The Law Society of Zimbabwe (LSZ) has also weighed in, warning that the strike could violate the constitutional right of accused persons to a fair trial.

“A fair trial includes the right to follow proceedings in a language one understands. That right cannot be suspended because of a wage dispute,” LSZ president Mr Farai Nyathi-Moyo said.

Outside Harare Magistrates’ Court on Friday, relatives of remand prisoners said they had travelled long distances only to be told to come back next week.

“My son has been in remand for seven months. Every time we come here, they tell us the case cannot go on,” said a woman from Chitungwiza, who asked not to be named.

ZCIA says it will meet its members on Monday to decide on the next course of action.""", [
        Q("its members would not return to work until the Judicial Service Commission (JSC) paid transport and risk "
          "allowances owed since January", "indirect", "The Zimbabwe Court Interpreters’ Association",
          "Zimbabwe Court Interpreters’ Association"),
        Q("“patient for far too long”", "partial", "Tafadzwa Mutasa-Chigumba", "Tafadzwa Mutasa-Chigumba"),
        Q("“We interpret in Shona, Ndebele, Tonga, Venda, Nambya, even Chewa. Without us, a trial simply cannot "
          "proceed, yet we are treated as the least important people in the courtroom,”", "direct", "he",
          "Tafadzwa Mutasa-Chigumba", speaker_at="he said"),
        Q("“Some of our members are spending half their salaries on kombis just to get to work.”", "direct", "he",
          "Tafadzwa Mutasa-Chigumba", speaker_at="he said"),
        Q("“actively engaging Treasury”", "partial", "Chiedza Mhlanga-Sibanda", "Chiedza Mhlanga-Sibanda"),
        Q("“in the interests of justice”", "partial", "Chiedza Mhlanga-Sibanda", "Chiedza Mhlanga-Sibanda"),
        Q("“budgetary constraints beyond the commission’s control”", "partial", "She", "Chiedza Mhlanga-Sibanda",
          speaker_at="She said"),
        Q("would be made as soon as funds were released", "indirect", "She", "Chiedza Mhlanga-Sibanda",
          speaker_at="She said"),
        Q("“This court cannot sit idly by while accused persons languish in remand for want of an interpreter,”",
          "direct", "Nyasha Chirimuuta-Dube", "Nyasha Chirimuuta-Dube"),
        Q("that the strike could violate the constitutional right of accused persons to a fair trial", "indirect",
          "The Law Society of Zimbabwe", "Law Society of Zimbabwe"),
        Q("“A fair trial includes the right to follow proceedings in a language one understands. That right cannot "
          "be suspended because of a wage dispute,”", "direct", "Farai Nyathi-Moyo", "Farai Nyathi-Moyo"),
        Q("they had travelled long distances only to be told to come back next week", "indirect",
          "relatives of remand prisoners", None),
        Q("“My son has been in remand for seven months. Every time we come here, they tell us the case cannot go "
          "on,”", "direct", "a woman from Chitungwiza", None),
        Q("it will meet its members on Monday to decide on the next course of action", "indirect", "ZCIA",
          "Zimbabwe Court Interpreters’ Association", speaker_at="ZCIA says"),
    ]),
    Case("blind61-busoman", """14 injured as bus overturns on Adam-Thumrait road

Muscat: Fourteen people were injured, three of them seriously, when a bus carrying workers overturned on the Adam-Thumrait road in Al Wusta Governorate early on Sunday, the Royal Oman Police (ROP) said.

In a statement posted on its social media accounts, the ROP said the bus, which was carrying 26 workers, left the road and overturned near Haima at about 5.30am.

"The injured were transferred by ambulance to Haima Hospital, and three of them were later airlifted to Sultan Qaboos Hospital in Salalah," the statement added.

The Civil Defence and Ambulance Authority (CDAA) said its rescue teams had freed two passengers who were trapped under the vehicle.

Sheikh Salim bin Hamad Al Jabri, Wali of Haima, visited the injured at the hospital on Sunday afternoon. He told Times of Oman that dozens of residents had queued at the hospital to donate blood within hours of the accident.

"This is the spirit of Oman. Nobody asked who these workers were or where they came from," he said.

Dr Aisha bint Khalfan Al Hinai, director of Haima Hospital, said two patients remained in intensive care but were in a stable condition.

"We received all 14 patients within an hour of the accident, and our teams worked through the morning without a break," she added.

A spokesperson for the construction company that employs the workers, who asked not to be named, said the driver had "more than ten years of experience" on desert roads and that the firm was cooperating fully with the police investigation.

The ROP urged motorists to take regular rest breaks on long journeys, describing driver fatigue as "a leading cause" of serious accidents on the country's highways.

According to the National Centre for Statistics and Information, 512 people died in road accidents in the Sultanate last year, down from 564 the year before.""", [
        Q("Fourteen people were injured, three of them seriously, when a bus carrying workers overturned on the "
          "Adam-Thumrait road in Al Wusta Governorate early on Sunday", "indirect", "the Royal Oman Police",
          "Royal Oman Police"),
        Q("the bus, which was carrying 26 workers, left the road and overturned near Haima at about 5.30am",
          "indirect", "the ROP", "Royal Oman Police", speaker_at="the ROP said"),
        Q('"The injured were transferred by ambulance to Haima Hospital, and three of them were later airlifted to '
          'Sultan Qaboos Hospital in Salalah,"', "direct", "the statement", "Royal Oman Police",
          speaker_at="the statement added"),
        Q("its rescue teams had freed two passengers who were trapped under the vehicle", "indirect",
          "The Civil Defence and Ambulance Authority", "Civil Defence and Ambulance Authority"),
        Q("that dozens of residents had queued at the hospital to donate blood within hours of the accident",
          "indirect", "He", "Salim bin Hamad Al Jabri", speaker_at="He told"),
        Q('"This is the spirit of Oman. Nobody asked who these workers were or where they came from,"', "direct",
          "he", "Salim bin Hamad Al Jabri", speaker_at="he said"),
        Q("two patients remained in intensive care but were in a stable condition", "indirect",
          "Aisha bint Khalfan Al Hinai", "Aisha bint Khalfan Al Hinai"),
        Q('"We received all 14 patients within an hour of the accident, and our teams worked through the morning '
          'without a break,"', "direct", "she", "Aisha bint Khalfan Al Hinai", speaker_at="she added"),
        Q('"more than ten years of experience"', "partial", "A spokesperson for the construction company", None),
        Q("that the firm was cooperating fully with the police investigation", "indirect",
          "A spokesperson for the construction company", None),
        Q('"a leading cause"', "partial", "The ROP", "Royal Oman Police", speaker_at="The ROP urged"),
        Q("512 people died in road accidents in the Sultanate last year, down from 564 the year before", "indirect",
          "the National Centre for Statistics and Information", "National Centre for Statistics and Information"),
    ]),
    Case("blind61-takraw", """Regu end 12-year Thai hoodoo to reach King’s Cup final

KUALA LUMPUR: Malaysia’s national sepak takraw regu ended a 12-year wait for a win over Thailand at the King’s Cup World Championship after edging the hosts 2-1 in a thrilling semi-final in Nakhon Ratchasima yesterday.

The Malaysians lost the first set 13-15 before hitting back to take the next two 15-12, 17-15, sending the travelling fans at the Chaloem Phrakiat Gymnasium into wild celebrations.

“We have been chasing this win for so long. The boys played with their hearts today, and I am very proud of them,” said national coach Chong Wai Keat.

Chong said the turning point came when he switched Nur Ikhwan Shah Ramli to the killer position early in the second set.

“Ikhwan has a very good reading of the Thai feeder. It was a gamble, but it worked,” he said.

Tekong Mohd Hafizul Aiman Zakaria, 22, admitted he had “never felt so nervous” before the deciding set.

“My hands were shaking during the warm-up, but once the first serve went in, I forgot everything,” the Terengganu-born player added.

Thailand coach Surachai Wongsawat conceded that his side had been “second best” in the third set, but insisted the defending champions would come back stronger next year.

Sepak Takraw Association of Malaysia (STAM) president Datuk Seri Ahmad Kamal Hashim described the win as “historic” and said the association would announce cash incentives for the players after the final.

In a post on Facebook, the Youth and Sports Ministry congratulated the squad for having “made the nation proud”.

However, team physiotherapist Dr Kavitha Subramaniam said Ikhwan was nursing a sore ankle and would be assessed this morning.

“It is nothing serious, but we will not take any risks with him,” she said.

Malaysia face Indonesia in the final at 5pm today.""", [
        Q("“We have been chasing this win for so long. The boys played with their hearts today, and I am very proud "
          "of them,”", "direct", "Chong Wai Keat", "Chong Wai Keat"),
        Q("the turning point came when he switched Nur Ikhwan Shah Ramli to the killer position early in the second "
          "set", "indirect", "Chong", "Chong Wai Keat", speaker_at="Chong said"),
        Q("“Ikhwan has a very good reading of the Thai feeder. It was a gamble, but it worked,”", "direct", "he",
          "Chong Wai Keat", speaker_at="he said"),
        Q("“never felt so nervous”", "partial", "Mohd Hafizul Aiman Zakaria", "Mohd Hafizul Aiman Zakaria"),
        Q("“My hands were shaking during the warm-up, but once the first serve went in, I forgot everything,”",
          "direct", "the Terengganu-born player", "Mohd Hafizul Aiman Zakaria"),
        Q("“second best”", "partial", "Surachai Wongsawat", "Surachai Wongsawat"),
        Q("the defending champions would come back stronger next year", "indirect", "Surachai Wongsawat",
          "Surachai Wongsawat"),
        Q("“historic”", "partial", "Ahmad Kamal Hashim", "Ahmad Kamal Hashim"),
        Q("the association would announce cash incentives for the players after the final", "indirect",
          "Ahmad Kamal Hashim", "Ahmad Kamal Hashim"),
        Q("“made the nation proud”", "partial", "the Youth and Sports Ministry", "Youth and Sports Ministry"),
        Q("Ikhwan was nursing a sore ankle and would be assessed this morning", "indirect", "Kavitha Subramaniam",
          "Kavitha Subramaniam"),
        Q("“It is nothing serious, but we will not take any risks with him,”", "direct", "she",
          "Kavitha Subramaniam", speaker_at="she said"),
    ]),
    Case("blind61-hepatitis", """Hepatitis A alert raised in Silay, E.B. Magalona

The Negros Occidental Provincial Health Office (PHO) has raised a hepatitis A alert after 38 cases were recorded in Silay City and the neighboring town of E.B. Magalona since July.

Provincial Health Officer Dr. Rosario Gatuslao-Ledesma said yesterday that most of the cases had been traced to two water refilling stations in Barangay Guimbala-on, Silay.

"Most of the patients are young adults and school-aged children. We have not recorded any deaths, but some were confined for more than a week," she said.

Water samples from both stations tested positive for fecal coliform, according to the Department of Health-Western Visayas Center for Health Development.

Gov. Eduardo Lopez-Javellana told reporters at the Capitol that he had ordered the Provincial Environment Office to help the city inspect all refilling stations in the area.

"We will not gamble with the health of our people. If a station cannot show a clean bill, it stays closed," the governor said.

Silay City Mayor Jose "Joey" Montelibano earlier ordered the closure of the two stations pending further tests.

The owner of one of the stations, who asked not to be named, told the Visayan Daily Star that his business had passed its last inspection in May and that he was "cooperating fully" with health authorities.

Residents of Guimbala-on said they had noticed a "strange smell" in their drinking water for weeks but thought little of it.

"We thought it was just the new filter. Then my two kids got sick one after the other," said Marites Dela Cruz-Gamboa, a mother of three.

Gatuslao-Ledesma urged the public to boil drinking water for at least two minutes and to wash their hands before eating.

"Hepatitis A is preventable. Wash your hands, boil your water, and if you have symptoms like jaundice or dark urine, go to the nearest health center," she stressed.

The PHO said it was also monitoring two suspected cases in Victorias City.""", [
        Q("that most of the cases had been traced to two water refilling stations in Barangay Guimbala-on, Silay",
          "indirect", "Rosario Gatuslao-Ledesma", "Rosario Gatuslao-Ledesma"),
        Q('"Most of the patients are young adults and school-aged children. We have not recorded any deaths, but some '
          'were confined for more than a week,"', "direct", "she", "Rosario Gatuslao-Ledesma", speaker_at="she said"),
        Q("Water samples from both stations tested positive for fecal coliform", "indirect",
          "the Department of Health-Western Visayas Center for Health Development",
          "Department of Health-Western Visayas Center for Health Development"),
        Q("that he had ordered the Provincial Environment Office to help the city inspect all refilling stations in "
          "the area", "indirect", "Eduardo Lopez-Javellana", "Eduardo Lopez-Javellana"),
        Q('"We will not gamble with the health of our people. If a station cannot show a clean bill, it stays '
          'closed,"', "direct", "the governor", "Eduardo Lopez-Javellana"),
        Q("that his business had passed its last inspection in May", "indirect", "The owner of one of the stations",
          None),
        Q('"cooperating fully"', "partial", "The owner of one of the stations", None),
        Q('"strange smell"', "partial", "Residents of Guimbala-on", None),
        Q('"We thought it was just the new filter. Then my two kids got sick one after the other,"', "direct",
          "Marites Dela Cruz-Gamboa", "Marites Dela Cruz-Gamboa"),
        Q('"Hepatitis A is preventable. Wash your hands, boil your water, and if you have symptoms like jaundice or '
          'dark urine, go to the nearest health center,"', "direct", "she", "Rosario Gatuslao-Ledesma",
          speaker_at="she stressed"),
        Q("it was also monitoring two suspected cases in Victorias City", "indirect", "The PHO",
          "Negros Occidental Provincial Health Office", speaker_at="The PHO said"),
    ]),
    Case("blind61-fisherman", """Veteran Gwadar fisherman Pir Bakhsh Dashti laid to rest

GWADAR: Pir Bakhsh Dashti, a fisherman who spent more than six decades at sea and became one of the best-known voices against illegal trawling along the Makran coast, was laid to rest in Gwadar on Wednesday. He was 81.

His family said he died of a heart attack at his home in Gwadar's old town on Tuesday evening.

Hundreds of fishermen, boat owners and political workers attended his funeral prayers at the Mulla Band ground, and many boats in the harbour stayed tied up for the day as a mark of respect.

Known along the coast simply as "Nakhuda", the captain, Dashti first went to sea with his father at the age of 12 and was still mending nets on the beach until a few months ago.

"He taught half the boys in this ward how to read the sea. He could tell you where the fish were from the colour of the water," said his nephew, Abdul Wahid Dashti.

In 2019 he led a month-long sit-in at the Gwadar fish harbour against large trawlers from outside the province, which local fishermen say destroy the seabed and their livelihoods.

The chairman of the Gwadar Fisherfolk Union (GFU), Ustad Yar Muhammad Sanjrani, said Dashti had never sought anything for himself.

"Every protest, every meeting with officials, he was speaking for the small boat owner, not for himself," Sanjrani said.

The union said in a statement that his death was "an irreparable loss for the fishing community of Makran".

According to fellow fishermen, Dashti turned down several offers to sell his wooden launch, which he had built with his brothers in 1971.

Former provincial fisheries minister Mir Abdul Rauf Rind told The Balochistan Post that Dashti's campaign had forced the government to enforce the ban on trawling within 12 nautical miles of the coast.

In an interview with The Balochistan Post in 2021, Dashti had said: "The sea has given us everything. If the trawlers take all the fish, what will our grandchildren eat?"

He is survived by his wife, four sons and three daughters.""", [
        Q("he died of a heart attack at his home in Gwadar's old town on Tuesday evening", "indirect", "His family",
          None),
        Q('"He taught half the boys in this ward how to read the sea. He could tell you where the fish were from the '
          'colour of the water,"', "direct", "Abdul Wahid Dashti", "Abdul Wahid Dashti"),
        Q("destroy the seabed and their livelihoods", "indirect", "local fishermen", None),
        Q("Dashti had never sought anything for himself", "indirect", "Yar Muhammad Sanjrani",
          "Yar Muhammad Sanjrani"),
        Q('"Every protest, every meeting with officials, he was speaking for the small boat owner, not for himself,"',
          "direct", "Sanjrani", "Yar Muhammad Sanjrani", speaker_at="Sanjrani said"),
        Q('"an irreparable loss for the fishing community of Makran"', "partial", "The union",
          "Gwadar Fisherfolk Union"),
        Q("Dashti turned down several offers to sell his wooden launch, which he had built with his brothers in 1971",
          "indirect", "fellow fishermen", None),
        Q("that Dashti's campaign had forced the government to enforce the ban on trawling within 12 nautical miles "
          "of the coast", "indirect", "Abdul Rauf Rind", "Abdul Rauf Rind"),
        Q('"The sea has given us everything. If the trawlers take all the fish, what will our grandchildren eat?"',
          "direct", "Dashti", "Pir Bakhsh Dashti", speaker_at="Dashti had said"),
    ]),
    Case("blind61-bypoll", """BJP wrests Dakshinpuri Extension ward from AAP in MCD bypoll

New Delhi: The Bharatiya Janata Party (BJP) on Tuesday wrested the Dakshinpuri Extension ward from the Aam Aadmi Party (AAP) in a bypoll to the Municipal Corporation of Delhi (MCD), the only civic seat that went to the polls this month.

BJP candidate Harpreet Kaur Bedi defeated AAP's Ramesh Chand Yadav by 1,842 votes, according to results declared by the State Election Commission (SEC). Turnout was 38.6%, officials said.

The bypoll was necessitated by the death of AAP councillor Sushila Devi in March.

Bedi, a 44-year-old schoolteacher who campaigned on the BJP's "double-engine" pitch, called the result a "verdict against choked drains and overflowing garbage dumps".

"People here have waited three years for AAP to clean the drains. Today they have given their answer," she told HT at the counting centre in Saket.

Delhi BJP chief Anil Khurana said the win showed that "the people of Delhi have seen through AAP's false promises", and claimed the party would sweep the civic polls due in 2027.

Yadav conceded defeat but alleged that the BJP had spent "crores of rupees" on the campaign.

"We accept the mandate with humility. But money and muscle power were used openly in this election, and the SEC did nothing," he said.

AAP's Delhi unit, in a statement, said the party would "introspect" and continue to work for the residents of the ward.

Congress candidate Mohammad Irfan Qureshi, who finished third with 2,106 votes, said his party had nearly doubled its vote share in the ward since 2022.

According to a senior SEC official, counting was delayed by about an hour because of a glitch in one of the electronic voting machines.

The result does not change the balance of power in the 250-member House, where the BJP holds a comfortable majority.""", [
        Q("BJP candidate Harpreet Kaur Bedi defeated AAP's Ramesh Chand Yadav by 1,842 votes", "indirect",
          "the State Election Commission", "State Election Commission"),
        Q("Turnout was 38.6%", "indirect", "officials", None),
        Q('"verdict against choked drains and overflowing garbage dumps"', "partial", "Bedi",
          "Harpreet Kaur Bedi", speaker_at="Bedi, a 44-year-old"),
        Q('"People here have waited three years for AAP to clean the drains. Today they have given their answer,"',
          "direct", "she", "Harpreet Kaur Bedi", speaker_at="she told HT"),
        Q('"the people of Delhi have seen through AAP\'s false promises"', "partial", "Anil Khurana",
          "Anil Khurana"),
        Q("the party would sweep the civic polls due in 2027", "indirect", "Anil Khurana", "Anil Khurana"),
        Q('"crores of rupees"', "partial", "Yadav", "Ramesh Chand Yadav", speaker_at="Yadav conceded"),
        Q('"We accept the mandate with humility. But money and muscle power were used openly in this election, and '
          'the SEC did nothing,"', "direct", "he", "Ramesh Chand Yadav", speaker_at="he said"),
        Q('"introspect"', "partial", "AAP's Delhi unit", "Aam Aadmi Party"),
        Q("his party had nearly doubled its vote share in the ward since 2022", "indirect",
          "Mohammad Irfan Qureshi", "Mohammad Irfan Qureshi"),
        Q("counting was delayed by about an hour because of a glitch in one of the electronic voting machines",
          "indirect", "a senior SEC official", None),
    ]),
    Case("blind61-pension", """Former pension administrator stole $2.3 million from retirees, prosecutors tell jury

CEDAR RAPIDS, Iowa — A former administrator of a municipal workers’ pension fund siphoned more than $2.3 million from retirees’ accounts over seven years to pay for a lake house, a pontoon boat and gambling debts, federal prosecutors told a jury Monday.

Gerald J. O’Rourke Jr., 61, of Marion, is charged with 14 counts of wire fraud and two counts of money laundering. He has pleaded not guilty.

“This is a case about trust, and about a man who broke it over and over again,” Assistant U.S. Attorney Daniel Ochoa-Whitfield said in his opening statement. “He wasn’t managing these people’s retirement. He was spending it.”

Ochoa-Whitfield told jurors that O’Rourke kept 23 deceased members of the Linn County Municipal Employees Pension Fund on the rolls and steered their monthly benefits into bank accounts he controlled.

Defense attorney Rebecca Van Dyke said her client had made “serious mistakes” as a bookkeeper but never intended to cheat anyone.

“You are going to hear a lot of numbers in this trial,” Van Dyke told the jury. “Numbers are not intent.”

The first witness, retired snowplow driver Harold Nygaard, 78, said he knew something was wrong when his late wife’s pension deposits kept arriving two years after her death.

“I called the office three times. Every time I was told it was a computer glitch and they’d fix it,” Nygaard testified. Asked whom he had spoken to, he pointed at O’Rourke.

Several retirees who attended the hearing said they were relieved the case had finally reached trial after two delays.

The fund’s board chairwoman, Denise Okafor-Lindqvist, said in a statement that the board had “tightened every control we have” since the alleged theft came to light in 2022 and had hired an outside auditor.

State Sen. Mark Heinrichs, R-Cedar Rapids, who sponsored a 2023 law requiring independent audits of small public pension funds, said the case showed why the law had been needed.

The trial before U.S. District Judge Marguerite DeLaurentis is expected to last two weeks.

If convicted, O’Rourke faces up to 20 years in prison on each wire fraud count, according to the U.S. Attorney’s Office for the Northern District of Iowa.""", [
        Q("A former administrator of a municipal workers’ pension fund siphoned more than $2.3 million from retirees’ "
          "accounts over seven years to pay for a lake house, a pontoon boat and gambling debts", "indirect",
          "federal prosecutors", None),
        Q("“This is a case about trust, and about a man who broke it over and over again,”", "direct",
          "Daniel Ochoa-Whitfield", "Daniel Ochoa-Whitfield"),
        Q("“He wasn’t managing these people’s retirement. He was spending it.”", "direct", "Daniel Ochoa-Whitfield",
          "Daniel Ochoa-Whitfield"),
        Q("that O’Rourke kept 23 deceased members of the Linn County Municipal Employees Pension Fund on the rolls "
          "and steered their monthly benefits into bank accounts he controlled", "indirect", "Ochoa-Whitfield",
          "Daniel Ochoa-Whitfield", speaker_at="Ochoa-Whitfield told jurors"),
        Q("“serious mistakes”", "partial", "Rebecca Van Dyke", "Rebecca Van Dyke"),
        Q("never intended to cheat anyone", "indirect", "Rebecca Van Dyke", "Rebecca Van Dyke"),
        Q("“You are going to hear a lot of numbers in this trial,”", "direct", "Van Dyke", "Rebecca Van Dyke",
          speaker_at="Van Dyke told the jury"),
        Q("“Numbers are not intent.”", "direct", "Van Dyke", "Rebecca Van Dyke", speaker_at="Van Dyke told the jury"),
        Q("he knew something was wrong when his late wife’s pension deposits kept arriving two years after her death",
          "indirect", "Harold Nygaard", "Harold Nygaard"),
        Q("“I called the office three times. Every time I was told it was a computer glitch and they’d fix it,”",
          "direct", "Nygaard", "Harold Nygaard", speaker_at="Nygaard testified"),
        Q("they were relieved the case had finally reached trial after two delays", "indirect", "Several retirees",
          None),
        Q("“tightened every control we have”", "partial", "Denise Okafor-Lindqvist", "Denise Okafor-Lindqvist"),
        Q("had hired an outside auditor", "indirect", "Denise Okafor-Lindqvist", "Denise Okafor-Lindqvist"),
        Q("the case showed why the law had been needed", "indirect", "Mark Heinrichs", "Mark Heinrichs"),
        Q("If convicted, O’Rourke faces up to 20 years in prison on each wire fraud count", "indirect",
          "the U.S. Attorney’s Office for the Northern District of Iowa",
          "U.S. Attorney’s Office for the Northern District of Iowa"),
    ]),
]
