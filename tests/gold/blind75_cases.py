"""Blind gold set 75: short news articles from many outlets, written once.

Sixteen fresh articles in the house styles of US local television station sites, a New Zealand
metropolitan daily, Nigerian national papers and the Malaysian English-language press. They were
written without looking at the pretagger or its output and without looking at the other gold sets,
so the figures on them measure how the quote finder and speaker attributor carry over to unseen news.
See gold_format.py for the case format.
"""

from __future__ import annotations

from gold_format import Case, Q

CASES = [
    Case("blind75-shawnee-tornado", """Crews race to clear tornado debris in Shawnee before next round of storms

SHAWNEE, Okla. \u2014 Chainsaws and front loaders were running before sunrise Tuesday as crews in Pottawatomie County \
worked to clear debris left behind by Sunday night's EF-2 tornado.

The National Weather Service confirmed the tornado touched down just west of Shawnee at 9:42 p.m. and stayed on the \
ground for about 11 miles.

"We've got roughly 140 homes with damage, and about 30 of those are gone, just gone," Pottawatomie County Emergency \
Management Director Tracy Whitfield said. "People are sifting through what's left of their lives right now."

Whitfield said the county had opened a debris drop-off site at the fairgrounds and that it would stay open seven days \
a week through the end of the month.

Shawnee Mayor Ed Bolt said the response from neighbors had been "nothing short of incredible."

"I watched a man I've never met pull my neighbor's roof off her car with his bare hands," Bolt said.

Oklahoma Gas and Electric said about 2,300 customers were still without power Tuesday morning, down from more than \
9,000 at the peak.

Linda Harjo, who has lived on North Kickapoo Avenue for 31 years, said she rode out the storm in a hallway closet with \
her two grandsons.

"You hear people say it sounds like a train. It doesn't. It sounds like the whole world is tearing apart," she said.

Her house is one of dozens marked "destroyed" on the county's online damage map.

The Oklahoma Department of Emergency Management said the governor had added Pottawatomie County to a disaster \
declaration that now covers 12 counties.

"That opens the door for state resources and, down the road, hopefully federal help," department spokeswoman Jana \
Mullins said.

Not everyone is happy with how quickly help has arrived. A few residents on the city's west side said they had waited \
two days for anyone to check on them.

"Nobody came. We had to call our own family from Tecumseh," said Marcus Webb, whose mobile home was flipped onto its \
side.

Webb said he understood crews were stretched thin, "but somebody should have at least knocked."

The weather service is warning that another round of severe storms could move through central Oklahoma on Thursday \
afternoon, with large hail and damaging winds possible.

"If you've got a tarp on your roof, make sure it's tied down tight," Whitfield added.

Volunteers from the Citizen Potawatomi Nation and several local churches are handing out water, tarps and hot \
meals in the FireLake Arena parking lot.""", [
        Q("the tornado touched down just west of Shawnee at 9:42 p.m. and stayed on the ground for about 11 miles",
          "indirect", "The National Weather Service", "National Weather Service"),
        Q("\"We've got roughly 140 homes with damage, and about 30 of those are gone, just gone,\"", "direct",
          "Tracy Whitfield", "Tracy Whitfield"),
        Q("\"People are sifting through what's left of their lives right now.\"", "direct", "Tracy Whitfield",
          "Tracy Whitfield"),
        Q("the county had opened a debris drop-off site at the fairgrounds and that it would stay open seven days a "
          "week through the end of the month", "indirect", "Whitfield", "Tracy Whitfield",
          speaker_at="Whitfield said the county"),
        Q('"nothing short of incredible."', "partial", "Ed Bolt", "Ed Bolt"),
        Q("\"I watched a man I've never met pull my neighbor's roof off her car with his bare hands,\"", "direct",
          "Bolt", "Ed Bolt", speaker_at="Bolt said."),
        Q("about 2,300 customers were still without power Tuesday morning, down from more than 9,000 at the peak",
          "indirect", "Oklahoma Gas and Electric", "Oklahoma Gas and Electric"),
        Q("she rode out the storm in a hallway closet with her two grandsons", "indirect", "Linda Harjo",
          "Linda Harjo"),
        Q("\"You hear people say it sounds like a train. It doesn't. It sounds like the whole world is tearing "
          "apart,\"", "direct", "she", "Linda Harjo", speaker_at="she said."),
        Q("the governor had added Pottawatomie County to a disaster declaration that now covers 12 counties",
          "indirect", "The Oklahoma Department of Emergency Management", "Oklahoma Department of Emergency Management"),
        Q('"That opens the door for state resources and, down the road, hopefully federal help,"', "direct",
          "Jana Mullins", "Jana Mullins"),
        Q("they had waited two days for anyone to check on them", "indirect",
          "A few residents on the city's west side", None),
        Q('"Nobody came. We had to call our own family from Tecumseh,"', "direct", "Marcus Webb", "Marcus Webb"),
        Q("he understood crews were stretched thin", "indirect", "Webb", "Marcus Webb", speaker_at="Webb said"),
        Q('"but somebody should have at least knocked."', "partial", "Webb", "Marcus Webb", speaker_at="Webb said"),
        Q("that another round of severe storms could move through central Oklahoma on Thursday afternoon, with large "
          "hail and damaging winds possible", "indirect", "The weather service", "National Weather Service"),
        Q("\"If you've got a tarp on your roof, make sure it's tied down tight,\"", "direct", "Whitfield",
          "Tracy Whitfield", speaker_at="Whitfield added"),
    ], source="blind"),
    Case("blind75-wisconsin-recount", """Recount begins in razor-thin Wisconsin treasurer race

MADISON, Wis. \u2014 County clerks across Wisconsin began recounting nearly 2.6 million ballots Saturday in the race \
for state treasurer, where fewer than 1,900 votes separate the two candidates.

Republican Dana Kowalski finished ahead of Democrat Marcus Hollis by 1,874 votes in the certified results. Hollis \
requested the recount Wednesday, the last day he could do so, and because the margin was larger than 0.25%, his \
campaign must cover the cost.

\u201cWe are not asking for anything more than a careful count. Every voter in this state deserves that,\u201d Hollis \
said in a statement Friday.

The Wisconsin Elections Commission estimated the recount would cost about $2.1 million and said it expected counties \
to finish by Dec. 3.

Commission administrator Ann Jacobsen said clerks had trained for exactly this situation.

\u201cRecounts are a normal part of our system. They are not a sign that something went wrong,\u201d Jacobsen told \
reporters at a briefing in Madison.

Clerks are following the commission\u2019s \u201cElection Recount Procedures\u201d manual, a 60-page guide that was \
last updated in 2023.

Kowalski\u2019s campaign called the recount \u201ca costly exercise in denial\u201d and said it was confident the \
result would stand.

\u201cWisconsin voters spoke. Dana is ready to get to work,\u201d campaign manager Tyler Brandt said.

In Milwaukee County, where the count is being held at the Wisconsin Center, dozens of observers from both campaigns \
watched workers feed ballots through tabulators.

County Clerk Rosa Delgado said she expected Milwaukee to finish in about a week. \u201cWe have the space, we have the \
staff, and we have the machines tested,\u201d she said, \u201cso I feel good about where we are.\u201d

At least one observer raised concerns about what she called \u201cmystery ballots,\u201d absentee ballots that had \
been remade by election workers after they were damaged.

Election officials said remade ballots are common and are tracked in a separate log that observers can review.

Laura Engstrom, a political science professor at the University of Wisconsin-Madison, said statewide recounts rarely \
move the margin by more than a few hundred votes.

\u201cA margin of 1,800 is a lot to overcome,\u201d Engstrom said. \u201cI\u2019d be surprised, but it\u2019s not \
impossible.\u201d

Results will be posted on the commission\u2019s website as counties finish, a spokesperson said.""", [
        Q("\u201cWe are not asking for anything more than a careful count. Every voter in this state deserves "
          "that,\u201d", "direct", "Hollis", "Marcus Hollis", speaker_at="Hollis said"),
        Q("the recount would cost about $2.1 million", "indirect", "The Wisconsin Elections Commission",
          "Wisconsin Elections Commission"),
        Q("it expected counties to finish by Dec. 3", "indirect", "The Wisconsin Elections Commission",
          "Wisconsin Elections Commission"),
        Q("clerks had trained for exactly this situation", "indirect", "Ann Jacobsen", "Ann Jacobsen"),
        Q("\u201cRecounts are a normal part of our system. They are not a sign that something went wrong,\u201d",
          "direct", "Jacobsen", "Ann Jacobsen", speaker_at="Jacobsen told"),
        Q("\u201ca costly exercise in denial\u201d", "partial", "Kowalski\u2019s campaign", None),
        Q("it was confident the result would stand", "indirect", "Kowalski\u2019s campaign", None),
        Q("\u201cWisconsin voters spoke. Dana is ready to get to work,\u201d", "direct", "Tyler Brandt",
          "Tyler Brandt"),
        Q("she expected Milwaukee to finish in about a week", "indirect", "Rosa Delgado", "Rosa Delgado"),
        Q("\u201cWe have the space, we have the staff, and we have the machines tested,\u201d", "direct", "she",
          "Rosa Delgado", speaker_at="she said,"),
        Q("\u201cso I feel good about where we are.\u201d", "direct", "she", "Rosa Delgado", speaker_at="she said,"),
        Q("\u201cmystery ballots,\u201d", "partial", "she", None, speaker_at="what she called"),
        Q("remade ballots are common and are tracked in a separate log that observers can review", "indirect",
          "Election officials", None),
        Q("statewide recounts rarely move the margin by more than a few hundred votes", "indirect", "Laura Engstrom",
          "Laura Engstrom"),
        Q("\u201cA margin of 1,800 is a lot to overcome,\u201d", "direct", "Engstrom", "Laura Engstrom",
          speaker_at="Engstrom said."),
        Q("\u201cI\u2019d be surprised, but it\u2019s not impossible.\u201d", "direct", "Engstrom", "Laura Engstrom",
          speaker_at="Engstrom said."),
        Q("Results will be posted on the commission\u2019s website as counties finish", "indirect", "a spokesperson",
          None),
    ], source="blind"),
    Case("blind75-coach-fired", """Mesquite Creek ISD fires head football coach two weeks before season opener

BELTON, Texas \u2014 The Mesquite Creek ISD board of trustees voted 5-2 Monday night to fire head football coach \
Darnell Pruitt, ending a four-year run that included the program's first playoff win since 1998.

The district said in a statement that Pruitt had been dismissed following an internal review but did not give details.

Superintendent Karen Holloway called the decision "difficult but necessary."

"This is about our obligations to students and families, not about wins and losses," Holloway said after the vote. "I \
know a lot of people are hurting tonight."

Holloway declined to answer questions about the review, citing state personnel privacy laws.

More than 200 people packed the board room, and several parents who spoke during public comment said the board had \
kept families in the dark.

"Coach Pruitt turned this program around. My son wouldn't be going to college without him," said Angela Reyes, whose \
son plays linebacker for the Wildcats.

Another parent, Bill Straub, said, "If there's a reason, tell us the reason. Don't make us guess."

Pruitt, reached by phone Tuesday, told 6 News he had been "blindsided" by the vote. He said he was talking with an \
attorney about his options.

"I've never been told what I supposedly did wrong," Pruitt said. "Not once."

Trustee Luis Marroquin, one of the two votes against the firing, said the board should have waited for the full report \
from an outside investigator.

Athletic director Wes Kimbrough will serve as interim head coach, the district said.

"We've got a great group of seniors, and they'll be ready to play," Coach Kimbrough said in a brief statement.

Players learned of the decision at a team meeting early Tuesday morning, according to senior quarterback Jalen Foster.

"Everybody was quiet. Some guys were crying," Foster said. "But Coach always told us, 'Next play.' So that's what \
we're going to do."

The Wildcats open the season Aug. 29 at home against Lampasas.""", [
        Q("that Pruitt had been dismissed following an internal review", "indirect", "The district",
          "Mesquite Creek ISD", speaker_at="The district said"),
        Q('"difficult but necessary."', "partial", "Karen Holloway", "Karen Holloway"),
        Q('"This is about our obligations to students and families, not about wins and losses,"', "direct", "Holloway",
          "Karen Holloway", speaker_at="Holloway said after"),
        Q('"I know a lot of people are hurting tonight."', "direct", "Holloway", "Karen Holloway",
          speaker_at="Holloway said after"),
        Q("the board had kept families in the dark", "indirect", "several parents who spoke during public comment",
          None),
        Q("\"Coach Pruitt turned this program around. My son wouldn't be going to college without him,\"", "direct",
          "Angela Reyes", "Angela Reyes"),
        Q("\"If there's a reason, tell us the reason. Don't make us guess.\"", "direct", "Bill Straub", "Bill Straub"),
        Q('"blindsided"', "partial", "Pruitt", "Darnell Pruitt", speaker_at="Pruitt, reached"),
        Q("he was talking with an attorney about his options", "indirect", "He", "Darnell Pruitt",
          speaker_at="He said he was"),
        Q("\"I've never been told what I supposedly did wrong,\"", "direct", "Pruitt", "Darnell Pruitt",
          speaker_at="Pruitt said."),
        Q('"Not once."', "direct", "Pruitt", "Darnell Pruitt", speaker_at="Pruitt said."),
        Q("the board should have waited for the full report from an outside investigator", "indirect",
          "Luis Marroquin", "Luis Marroquin"),
        Q("Athletic director Wes Kimbrough will serve as interim head coach", "indirect", "the district",
          "Mesquite Creek ISD", speaker_at="the district said."),
        Q("\"We've got a great group of seniors, and they'll be ready to play,\"", "direct", "Kimbrough",
          "Wes Kimbrough", speaker_at="Coach Kimbrough said"),
        Q("Players learned of the decision at a team meeting early Tuesday morning", "indirect", "Jalen Foster",
          "Jalen Foster"),
        Q('"Everybody was quiet. Some guys were crying,"', "direct", "Foster", "Jalen Foster",
          speaker_at="Foster said."),
        Q("\"But Coach always told us, 'Next play.' So that's what we're going to do.\"", "direct", "Foster",
          "Jalen Foster", speaker_at="Foster said."),
    ], source="blind"),
    Case("blind75-honolulu-rail", """Skyline\u2019s downtown segment delayed to 2032, HART tells board

The next stretch of Honolulu\u2019s rail line will open at least two years later than planned, the Honolulu Authority \
for Rapid Transportation told its board on Thursday.

HART executive director Lori Kahikina said the segment from Middle Street to Civic Center, which includes the \
Chinatown and downtown stations, would now begin carrying passengers in late 2032.

Most of the delay comes from utility relocation along Dillingham Boulevard, where crews keep finding pipes and cables \
that do not match city records.

\u201cWe dig, and we find a water main that isn\u2019t on any map. Then we stop, we redesign, and we dig again,\u201d \
Kahikina said. \u201cThat\u2019s been the story of Dillingham.\u201d

She said crews had found more than 300 unmapped utility lines along the corridor so far.

Board member Kyle Nakasone pressed staff on whether the new date was realistic. \u201cI\u2019ve sat through three of \
these presentations now,\u201d he said, \u201cand every time, the date moves.\u201d

Kahikina said she was confident in the schedule this time because most of the utility work would be finished before \
major construction begins.

The delay does not affect the line\u2019s first two segments, which already run between East Kapolei and Middle Street \
under the \u201cSkyline\u201d brand.

Ken Takahashi, a civil engineering professor at the University of Hawai\u02bbi at M\u0101noa, said delays of this size \
were common for rail projects built through dense, older neighborhoods.

\u201cHonolulu is not unique here. What\u2019s unique is how long we\u2019ve been talking about it,\u201d Takahashi \
said.

The mayor\u2019s office said the city remained committed to finishing the line to Civic Center and called the delay \
\u201cfrustrating but not surprising.\u201d

According to HART, the total cost of the project remains at $9.9 billion, unchanged from last year\u2019s estimate.

Riders at the H\u0101lawa station had mixed feelings.

\u201cI take it every day to my job in Pearl City. It\u2019s great \u2014 I just wish it went to town,\u201d said Mele \
Faleafa, who lives in Waipahu.

Another rider, Daniel Ochoa, said he would believe the new date \u201cwhen I see a train pull into downtown.\u201d

The Federal Transit Administration, which has committed $1.55 billion to the project, did not immediately \
respond to a request for comment.""", [
        Q("The next stretch of Honolulu\u2019s rail line will open at least two years later than planned", "indirect",
          "the Honolulu Authority for Rapid Transportation", "Honolulu Authority for Rapid Transportation"),
        Q("the segment from Middle Street to Civic Center, which includes the Chinatown and downtown stations, would "
          "now begin carrying passengers in late 2032", "indirect", "Lori Kahikina", "Lori Kahikina"),
        Q("\u201cWe dig, and we find a water main that isn\u2019t on any map. Then we stop, we redesign, and we dig "
          "again,\u201d", "direct", "Kahikina", "Lori Kahikina", speaker_at="Kahikina said."),
        Q("\u201cThat\u2019s been the story of Dillingham.\u201d", "direct", "Kahikina", "Lori Kahikina",
          speaker_at="Kahikina said."),
        Q("crews had found more than 300 unmapped utility lines along the corridor so far", "indirect", "She",
          "Lori Kahikina", speaker_at="She said crews"),
        Q("\u201cI\u2019ve sat through three of these presentations now,\u201d", "direct", "he", "Kyle Nakasone",
          speaker_at="he said,"),
        Q("\u201cand every time, the date moves.\u201d", "direct", "he", "Kyle Nakasone", speaker_at="he said,"),
        Q("she was confident in the schedule this time because most of the utility work would be finished before "
          "major construction begins", "indirect", "Kahikina", "Lori Kahikina", speaker_at="Kahikina said she"),
        Q("delays of this size were common for rail projects built through dense, older neighborhoods", "indirect",
          "Ken Takahashi", "Ken Takahashi"),
        Q("\u201cHonolulu is not unique here. What\u2019s unique is how long we\u2019ve been talking about it,\u201d",
          "direct", "Takahashi", "Ken Takahashi", speaker_at="Takahashi said"),
        Q("the city remained committed to finishing the line to Civic Center", "indirect", "The mayor\u2019s office",
          None),
        Q("\u201cfrustrating but not surprising.\u201d", "partial", "The mayor\u2019s office", None),
        Q("the total cost of the project remains at $9.9 billion, unchanged from last year\u2019s estimate",
          "indirect", "HART", "Honolulu Authority for Rapid Transportation", speaker_at="According to HART"),
        Q("\u201cI take it every day to my job in Pearl City. It\u2019s great \u2014 I just wish it went to "
          "town,\u201d", "direct", "Mele Faleafa", "Mele Faleafa"),
        Q("he would believe the new date", "indirect", "Daniel Ochoa", "Daniel Ochoa"),
        Q("\u201cwhen I see a train pull into downtown.\u201d", "partial", "Daniel Ochoa", "Daniel Ochoa"),
    ], source="blind"),
    Case("blind75-levin-tornado", """Levin tornado: Clean-up could take weeks as insurance claims pour in

Residents of Levin are facing weeks of clean-up after a tornado tore through the Horowhenua town on Friday afternoon, \
ripping roofs off dozens of homes and flattening fences and trees.

Horowhenua Mayor Grant Rutene said 43 homes had been assessed as unsafe to live in, and another 60 had moderate damage.

"It's heartbreaking. Some of these families have lost everything they own in about 30 seconds," Rutene said.

He said the council had opened a welfare centre at the Levin Events Centre, where about 70 people spent Friday night.

MetService meteorologist Clare O'Connor said the tornado was likely spawned by a line of thunderstorms that crossed \
the lower North Island on Friday.

"Tornadoes in New Zealand are usually short-lived, but this one appears to have stayed on the ground for several \
kilometres," she said.

Fire and Emergency New Zealand said crews had responded to more than 80 calls for help between 3pm and midnight.

"It was a huge night. Our volunteers went from one job straight to the next," Fenz district manager Hemi Walker said.

The Insurance Council of New Zealand said insurers had already received more than 500 claims, and urged homeowners to \
photograph damage before throwing anything away.

K\u014dwhai St resident Sandra Tipene told the Herald she had sheltered in her hallway with her two dogs as the \
tornado passed.

"The noise was unreal, like a jet engine sitting on top of the house," she said. "I just lay on the dogs and prayed.

"When I came out, my neighbour's trampoline was through my lounge window."

Mua\u016bpoko Tribal Authority said volunteers had delivered more than 300 kai packs to wh\u0101nau since Saturday \
morning.

RNZ reported that power had been restored to all but 150 homes by Sunday night.

A Civil Defence spokesman said the state of local emergency would remain in place until at least Wednesday.

Donations can be made through the council's "Levin Together" fund.""", [
        Q("43 homes had been assessed as unsafe to live in, and another 60 had moderate damage", "indirect",
          "Grant Rutene", "Grant Rutene"),
        Q("\"It's heartbreaking. Some of these families have lost everything they own in about 30 seconds,\"",
          "direct", "Rutene", "Grant Rutene", speaker_at="Rutene said."),
        Q("the council had opened a welfare centre at the Levin Events Centre, where about 70 people spent Friday "
          "night", "indirect", "He", "Grant Rutene", speaker_at="He said"),
        Q("the tornado was likely spawned by a line of thunderstorms that crossed the lower North Island on Friday",
          "indirect", "Clare O'Connor", "Clare O'Connor"),
        Q('"Tornadoes in New Zealand are usually short-lived, but this one appears to have stayed on the ground for '
          'several kilometres,"', "direct", "she", "Clare O'Connor", speaker_at='kilometres," she said'),
        Q("crews had responded to more than 80 calls for help between 3pm and midnight", "indirect",
          "Fire and Emergency New Zealand", "Fire and Emergency New Zealand"),
        Q('"It was a huge night. Our volunteers went from one job straight to the next,"', "direct", "Hemi Walker",
          "Hemi Walker"),
        Q("insurers had already received more than 500 claims", "indirect", "The Insurance Council of New Zealand",
          "Insurance Council of New Zealand"),
        Q("she had sheltered in her hallway with her two dogs as the tornado passed", "indirect", "Sandra Tipene",
          "Sandra Tipene"),
        Q('"The noise was unreal, like a jet engine sitting on top of the house,"', "direct", "she", "Sandra Tipene",
          speaker_at='house," she said'),
        Q('"I just lay on the dogs and prayed.', "direct", "she", "Sandra Tipene", speaker_at='house," she said'),
        Q("\"When I came out, my neighbour's trampoline was through my lounge window.\"", "direct", "she",
          "Sandra Tipene", speaker_at='house," she said'),
        Q("volunteers had delivered more than 300 kai packs to wh\u0101nau since Saturday morning", "indirect",
          "Mua\u016bpoko Tribal Authority", "Mua\u016bpoko Tribal Authority"),
        Q("that power had been restored to all but 150 homes by Sunday night", "indirect", "RNZ", "RNZ"),
        Q("the state of local emergency would remain in place until at least Wednesday", "indirect",
          "A Civil Defence spokesman", None),
    ], source="blind"),
    Case("blind75-hamilton-inquest", """Hamilton police shooting inquest: Officer says he had \u2018a split \
second\u2019 to act

A police officer who shot dead a man in Hamilton East two years ago has told a coroner\u2019s inquest he believed his \
partner was about to be stabbed.

Senior Constable Michael Rowe gave evidence at the Hamilton District Court on Monday, the first day of an inquest into \
the death of Tamati Hohaia, 34.

Hohaia died on Grey St in August 2022 after police were called to reports of a man armed with a knife.

\u201cI had a split second. I saw the blade, and I saw my partner on the ground,\u201d Rowe said.

Under cross-examination by the Hohaia family\u2019s lawyer, Annabel Fitzgerald, Rowe accepted he had not tried his \
Taser before firing.

\u201cThere wasn\u2019t time,\u201d he said.

Fitzgerald suggested the situation had been \u201cunder control\u201d before Rowe arrived, which he denied.

The Independent Police Conduct Authority found in 2023 that the shooting was justified, but criticised the time it \
took for an ambulance to reach the scene.

Hohaia\u2019s sister, Mere Hohaia, said outside court the family wanted answers the authority had never given them.

\u201cWe\u2019re not here to attack the police. We\u2019re here because my brother was unwell and he needed help, not \
bullets,\u201d she said.

She said her brother had been diagnosed with schizophrenia and the family had called mental health crisis services \
twice that week.

Health New Zealand said in a written submission to the coroner that its crisis team had been stretched on the night.

Coroner Alexander Ho said the inquest would examine the police response and \u201cwhether anything could reasonably \
have been done differently\u201d.

Police Association president Tom Kerrigan, who attended the hearing, said officers were being asked to make \
life-or-death decisions with little support.

\u201cNo officer goes to work wanting to use their firearm,\u201d Kerrigan told the Herald.

Rowe is expected to return to the witness box today. The police \u201cTactical Options Framework\u201d, which \
guides officers\u2019 use of force, will be examined later in the week.""", [
        Q("\u2018a split second\u2019", "partial", "Officer", "Michael Rowe"),
        Q("he believed his partner was about to be stabbed", "indirect",
          "A police officer who shot dead a man in Hamilton East two years ago", "Michael Rowe"),
        Q("\u201cI had a split second. I saw the blade, and I saw my partner on the ground,\u201d", "direct", "Rowe",
          "Michael Rowe", speaker_at="Rowe said."),
        Q("he had not tried his Taser before firing", "indirect", "Rowe", "Michael Rowe", speaker_at="Rowe accepted"),
        Q("\u201cThere wasn\u2019t time,\u201d", "direct", "he", "Michael Rowe", speaker_at="he said."),
        Q("\u201cunder control\u201d", "partial", "Fitzgerald", "Annabel Fitzgerald",
          speaker_at="Fitzgerald suggested"),
        Q("that the shooting was justified", "indirect", "The Independent Police Conduct Authority",
          "Independent Police Conduct Authority"),
        Q("the family wanted answers the authority had never given them", "indirect", "Mere Hohaia", "Mere Hohaia"),
        Q("\u201cWe\u2019re not here to attack the police. We\u2019re here because my brother was unwell and he "
          "needed help, not bullets,\u201d", "direct", "she", "Mere Hohaia", speaker_at="she said."),
        Q("her brother had been diagnosed with schizophrenia and the family had called mental health crisis services "
          "twice that week", "indirect", "She", "Mere Hohaia", speaker_at="She said her"),
        Q("that its crisis team had been stretched on the night", "indirect", "Health New Zealand",
          "Health New Zealand"),
        Q("the inquest would examine the police response", "indirect", "Alexander Ho", "Alexander Ho"),
        Q("\u201cwhether anything could reasonably have been done differently\u201d", "partial", "Alexander Ho",
          "Alexander Ho"),
        Q("officers were being asked to make life-or-death decisions with little support", "indirect", "Tom Kerrigan",
          "Tom Kerrigan"),
        Q("\u201cNo officer goes to work wanting to use their firearm,\u201d", "direct", "Kerrigan", "Tom Kerrigan",
          speaker_at="Kerrigan told"),
    ], source="blind"),
    Case("blind75-pke-ban", """Indonesia's palm oil export ban sparks fears over dairy feed costs

New Zealand dairy farmers could face higher feed bills after Indonesia moved to ban exports of palm oil and its \
by-products, industry groups say.

The Indonesian government said the ban, which takes effect on Thursday, was needed to bring down soaring cooking oil \
prices at home.

Indonesian state news agency Antara reported that officials had not said how long the ban would last.

New Zealand imports around two million tonnes of palm kernel expeller (PKE), a by-product of palm oil processing, \
every year, according to Federated Farmers.

"Farmers who have relied on PKE to fill the feed gap in autumn are going to be scrambling," Federated Farmers dairy \
spokesman Hamish Cowie said.

Cowie said it was too early to know whether shipments already at sea would be affected, "but nobody should assume this \
is a two-week thing".

ASB senior rural economist Nina Carvalho said prices for alternatives such as barley and maize silage were likely to \
rise.

"It's going to be a tight autumn. Farmers with their own supplementary feed will be in a much better position," she \
said.

Fonterra said it was monitoring the situation but did not expect any immediate impact on milk collection. The \
co-operative already limits PKE use through its "fat evaluation index", which grades milk on how much palm kernel cows \
have eaten.

Greenpeace Aotearoa agriculture campaigner Ana Tuilagi said the industry had been warned for years about its reliance \
on imported feed.

"This is a wake-up call. Palm kernel is tied to rainforest destruction, and we've built a dairy system that depends on \
it," Tuilagi said.

The Malaysian Palm Oil Council said Malaysian producers were ready to help fill any shortfall.

Waikato farmer Simon Brake told the Herald he had locked in a PKE contract until June.

"After that, who knows. I might be feeding my cows a lot more grass and a lot less of everything else," he said.""", [
        Q("New Zealand dairy farmers could face higher feed bills after Indonesia moved to ban exports of palm oil "
          "and its by-products", "indirect", "industry groups", None),
        Q("the ban, which takes effect on Thursday, was needed to bring down soaring cooking oil prices at home",
          "indirect", "The Indonesian government", None),
        Q("that officials had not said how long the ban would last", "indirect", "Antara", "Antara"),
        Q("New Zealand imports around two million tonnes of palm kernel expeller (PKE), a by-product of palm oil "
          "processing, every year", "indirect", "Federated Farmers", "Federated Farmers",
          speaker_at="according to Federated Farmers"),
        Q('"Farmers who have relied on PKE to fill the feed gap in autumn are going to be scrambling,"', "direct",
          "Hamish Cowie", "Hamish Cowie"),
        Q("it was too early to know whether shipments already at sea would be affected", "indirect", "Cowie",
          "Hamish Cowie", speaker_at="Cowie said it"),
        Q('"but nobody should assume this is a two-week thing"', "partial", "Cowie", "Hamish Cowie",
          speaker_at="Cowie said it"),
        Q("prices for alternatives such as barley and maize silage were likely to rise", "indirect", "Nina Carvalho",
          "Nina Carvalho"),
        Q("\"It's going to be a tight autumn. Farmers with their own supplementary feed will be in a much better "
          "position,\"", "direct", "she", "Nina Carvalho", speaker_at="she said"),
        Q("it was monitoring the situation but did not expect any immediate impact on milk collection", "indirect",
          "Fonterra", "Fonterra", speaker_at="Fonterra said"),
        Q("the industry had been warned for years about its reliance on imported feed", "indirect", "Ana Tuilagi",
          "Ana Tuilagi"),
        Q("\"This is a wake-up call. Palm kernel is tied to rainforest destruction, and we've built a dairy system "
          "that depends on it,\"", "direct", "Tuilagi", "Ana Tuilagi", speaker_at="Tuilagi said."),
        Q("Malaysian producers were ready to help fill any shortfall", "indirect", "The Malaysian Palm Oil Council",
          "Malaysian Palm Oil Council"),
        Q("he had locked in a PKE contract until June", "indirect", "Simon Brake", "Simon Brake"),
        Q('"After that, who knows. I might be feeding my cows a lot more grass and a lot less of everything else,"',
          "direct", "he", "Simon Brake", speaker_at="he said"),
    ], source="blind"),
    Case("blind75-kowhai-coach", """School sacks football coach weeks before national tournament

K\u014dwhai Grammar School has sacked the coach of its premier boys\u2019 football team weeks before the national \
secondary schools tournament, following complaints from parents about his conduct.

Principal Jonathan Reeve confirmed in a letter to families on Tuesday that Craig Mabbott was no longer employed by the \
school.

\u2018The school has high expectations of every adult who works with our students, and those expectations were not \
met,\u2019 Reeve wrote.

Reeve said he could not comment further because of the school\u2019s obligations under employment law.

Several parents told the Herald Mabbott had regularly sworn at players and made them run until they were sick.

One parent, who did not want to be named, described the culture at training as \u2018toxic\u2019.

\u2018My son came home every night feeling worthless. He\u2019s 16. He loved football before this year,\u2019 she said.

Mabbott, who played in the National League for Eastern Suburbs, disputes the allegations. In a statement issued \
through his lawyer, he said he had \u2018always put the welfare of players first\u2019.

\u2018Coaching at this level is demanding. I have never apologised for asking young men to work hard,\u2019 Mabbott \
said in the statement.

New Zealand Football said it was aware of the matter and would support the school in any way it could.

Captain Liam Tuivasa, 17, said the squad had been told on Monday and was \u2018just trying to focus on the \
tournament\u2019.

The team, known as \u2018the Hornets\u2019, reached the national final last year.

Board chair Mereana Potae said the board had followed a \u2018fair and thorough process\u2019. She said an interim \
coach would be named by the end of the week.

\u2018Our focus is on the boys and making sure they get to nationals with the support they deserve,\u2019 Potae \
said.""", [
        Q("that Craig Mabbott was no longer employed by the school", "indirect", "Jonathan Reeve", "Jonathan Reeve"),
        Q("\u2018The school has high expectations of every adult who works with our students, and those expectations "
          "were not met,\u2019", "direct", "Reeve", "Jonathan Reeve", speaker_at="Reeve wrote"),
        Q("he could not comment further because of the school\u2019s obligations under employment law", "indirect",
          "Reeve", "Jonathan Reeve", speaker_at="Reeve said"),
        Q("Mabbott had regularly sworn at players and made them run until they were sick", "indirect",
          "Several parents", None),
        Q("\u2018toxic\u2019", "partial", "One parent", None),
        Q("\u2018My son came home every night feeling worthless. He\u2019s 16. He loved football before this "
          "year,\u2019", "direct", "she", None, speaker_at="she said"),
        Q("\u2018always put the welfare of players first\u2019", "partial", "he", "Craig Mabbott",
          speaker_at="lawyer, he said"),
        Q("\u2018Coaching at this level is demanding. I have never apologised for asking young men to work hard,\u2019",
          "direct", "Mabbott", "Craig Mabbott", speaker_at="Mabbott said"),
        Q("it was aware of the matter and would support the school in any way it could", "indirect",
          "New Zealand Football", "New Zealand Football"),
        Q("the squad had been told on Monday", "indirect", "Liam Tuivasa", "Liam Tuivasa"),
        Q("\u2018just trying to focus on the tournament\u2019", "partial", "Liam Tuivasa", "Liam Tuivasa"),
        Q("\u2018fair and thorough process\u2019", "partial", "Mereana Potae", "Mereana Potae"),
        Q("an interim coach would be named by the end of the week", "indirect", "She", "Mereana Potae",
          speaker_at="She said"),
        Q("\u2018Our focus is on the boys and making sure they get to nationals with the support they deserve,\u2019",
          "direct", "Potae", "Mereana Potae", speaker_at="Potae said."),
    ], source="blind"),
    Case("blind75-nlc-subsidy", """Petrol price: NLC gives FG seven-day ultimatum, threatens nationwide strike

The Nigeria Labour Congress has given the Federal Government seven days to reverse the latest increase in the pump \
price of petrol or face an indefinite nationwide strike.

NLC President, Comrade Ikechukwu Obi, disclosed this in a communiqu\u00e9 issued at the end of the congress\u2019 \
National Executive Council meeting in Abuja on Tuesday.

Obi said the removal of fuel subsidy had \u201cimpoverished millions of Nigerians\u201d without any serious \
palliatives.

He said, \u201cWe warned this government that removing subsidy without putting measures in place to cushion the effect \
would be disastrous. Today, Nigerians are paying more than N1,100 for a litre of petrol.

\u201cWorkers cannot feed their families. Transporters have doubled their fares. We will not fold our arms and \
watch.\u201d

But the Nigerian National Petroleum Company Limited said in a statement on Monday that the new price reflected the \
cost of importing petrol and the current exchange rate.

The company\u2019s Chief Corporate Communications Officer, Mr Chinedu Okeke, said the era of subsidy was over.

\u201cThe NNPC is now a commercial entity. We buy at market price and we sell at market price,\u201d Okeke said.

Also, the Special Adviser to the President on Media, Mr Kayode Adeyemi, told our correspondent on the telephone that \
the President was aware of the hardship and that a new palliative package would be unveiled soon. He described the \
strike threat as \u201cpremature\u201d.

The government\u2019s \u201cRenewed Hope\u201d cash transfer scheme has so far reached about three million households.

Meanwhile, the Independent Petroleum Marketers Association of Nigeria said many of its members had shut their stations \
because they could no longer afford products at the new depot price.

IPMAN\u2019s Lagos chairman, Chief Emmanuel Uche, said, \u201cIf the price continues like this, more stations will \
close. Some of our members have already sold their trucks.\u201d

In Lagos, motorists who spoke with our correspondent at filling stations in Ikeja and Ojota said they now spent more \
than half of their income on fuel.

A commercial bus driver, Mr Sunday Oladele, lamented, \u201cI now pay N40,000 to fill my tank. How much will I charge \
passengers?\u201d

An economist at the University of Lagos, Prof. Adebayo Ogundipe, said the policy was \u201cthe right decision, \
badly executed\u201d.""", [
        Q("\u201cimpoverished millions of Nigerians\u201d", "partial", "Obi", "Ikechukwu Obi", speaker_at="Obi said"),
        Q("\u201cWe warned this government that removing subsidy without putting measures in place to cushion the "
          "effect would be disastrous. Today, Nigerians are paying more than N1,100 for a litre of petrol.", "direct",
          "He", "Ikechukwu Obi", speaker_at="He said,"),
        Q("\u201cWorkers cannot feed their families. Transporters have doubled their fares. We will not fold our arms "
          "and watch.\u201d", "direct", "He", "Ikechukwu Obi", speaker_at="He said,"),
        Q("that the new price reflected the cost of importing petrol and the current exchange rate", "indirect",
          "the Nigerian National Petroleum Company Limited", "Nigerian National Petroleum Company Limited"),
        Q("the era of subsidy was over", "indirect", "Chinedu Okeke", "Chinedu Okeke"),
        Q("\u201cThe NNPC is now a commercial entity. We buy at market price and we sell at market price,\u201d",
          "direct", "Okeke", "Chinedu Okeke", speaker_at="Okeke said."),
        Q("that the President was aware of the hardship and that a new palliative package would be unveiled soon",
          "indirect", "Kayode Adeyemi", "Kayode Adeyemi"),
        Q("\u201cpremature\u201d", "partial", "He", "Kayode Adeyemi", speaker_at="He described"),
        Q("many of its members had shut their stations because they could no longer afford products at the new depot "
          "price", "indirect", "the Independent Petroleum Marketers Association of Nigeria",
          "Independent Petroleum Marketers Association of Nigeria"),
        Q("\u201cIf the price continues like this, more stations will close. Some of our members have already sold "
          "their trucks.\u201d", "direct", "Emmanuel Uche", "Emmanuel Uche"),
        Q("they now spent more than half of their income on fuel", "indirect",
          "motorists who spoke with our correspondent at filling stations in Ikeja and Ojota", None),
        Q("\u201cI now pay N40,000 to fill my tank. How much will I charge passengers?\u201d", "direct",
          "Sunday Oladele", "Sunday Oladele"),
        Q("\u201cthe right decision, badly executed\u201d", "partial", "Adebayo Ogundipe", "Adebayo Ogundipe"),
    ], source="blind"),
    Case("blind75-lagos-inquest", """Coroner's inquest: Inspector shot trader over N5,000 bribe, witness tells court

A witness on Thursday told the Lagos State Coroner's Court sitting in Ikeja that a police inspector shot a 27-year-old \
trader, Chukwuemeka Nnaji, at close range after he refused to pay a N5,000 bribe at a checkpoint in Ajah.

Nnaji died on March 14 on his way to the hospital.

The witness, Mr Tobi Adewale, a tricycle rider, said he was about three metres away when the shooting happened.

Led in evidence by counsel to the deceased's family, Mr Olumide Bankole, Adewale said, "The inspector asked him for \
N5,000. He said he only had N2,000. They started arguing, and the inspector cocked his rifle.

"I heard the gunshot and Chukwuemeka fell down. He was holding his stomach and crying for help."

The Investigating Police Officer, Chief Inspector Garba Yakubu, had earlier told the court that the officer fired \
after the deceased attempted to seize his rifle.

Counsel to the Nigeria Police Force, Mr Ibrahim Sule, put the same account to the witness during cross-examination, \
but Adewale insisted that Nnaji never touched the officer's weapon.

"He did not touch the gun. I was there. I saw everything," the witness said.

The Lagos State Police Command had said in a statement after the incident that the inspector, Musa Danjuma, had been \
detained and was facing an orderly room trial.

The command's spokesperson, SP Adekunle Ojo, described the incident as "unfortunate and regrettable" and said the \
police would not shield any erring officer.

The checkpoint was part of the command's "Operation Sweep" against street robbery along the Lekki-Ajah axis.

Outside the court, the deceased's mother, Mrs Ngozi Nnaji, wept as she told journalists that her son was the family's \
breadwinner.

"All we want is justice. My son did nothing wrong," she said in Igbo, through an interpreter.

The Coroner, Mrs Funmilayo Ajayi, said the inquest would determine the cause of death and whether anyone should be \
held responsible. She adjourned the matter till May 22.

A rights group, the Citizens' Rights Watch Initiative, said in a statement that it would monitor the case "to \
the very end".""", [
        Q("that a police inspector shot a 27-year-old trader, Chukwuemeka Nnaji, at close range after he refused to "
          "pay a N5,000 bribe at a checkpoint in Ajah", "indirect", "A witness", "Tobi Adewale"),
        Q("he was about three metres away when the shooting happened", "indirect", "Tobi Adewale", "Tobi Adewale"),
        Q('"The inspector asked him for N5,000. He said he only had N2,000. They started arguing, and the inspector '
          'cocked his rifle.', "direct", "Adewale", "Tobi Adewale", speaker_at="Adewale said,"),
        Q('"I heard the gunshot and Chukwuemeka fell down. He was holding his stomach and crying for help."', "direct",
          "Adewale", "Tobi Adewale", speaker_at="Adewale said,"),
        Q("that the officer fired after the deceased attempted to seize his rifle", "indirect", "Garba Yakubu",
          "Garba Yakubu"),
        Q("that Nnaji never touched the officer's weapon", "indirect", "Adewale", "Tobi Adewale",
          speaker_at="Adewale insisted"),
        Q('"He did not touch the gun. I was there. I saw everything,"', "direct", "the witness", "Tobi Adewale",
          speaker_at="the witness said"),
        Q("that the inspector, Musa Danjuma, had been detained and was facing an orderly room trial", "indirect",
          "The Lagos State Police Command", "Lagos State Police Command"),
        Q('"unfortunate and regrettable"', "partial", "Adekunle Ojo", "Adekunle Ojo"),
        Q("the police would not shield any erring officer", "indirect", "Adekunle Ojo", "Adekunle Ojo"),
        Q("that her son was the family's breadwinner", "indirect", "she", "Ngozi Nnaji",
          speaker_at="she told journalists"),
        Q('"All we want is justice. My son did nothing wrong,"', "direct", "she", "Ngozi Nnaji",
          speaker_at="she said in Igbo"),
        Q("the inquest would determine the cause of death and whether anyone should be held responsible", "indirect",
          "Funmilayo Ajayi", "Funmilayo Ajayi"),
        Q("that it would monitor the case", "indirect", "the Citizens' Rights Watch Initiative",
          "Citizens' Rights Watch Initiative"),
        Q('"to the very end"', "partial", "the Citizens' Rights Watch Initiative", "Citizens' Rights Watch Initiative"),
    ], source="blind"),
    Case("blind75-sokoto-dengue", """Dengue: Sokoto records 71 cases, two deaths as NCDC deploys response team

The Nigeria Centre for Disease Control and Prevention (NCDC) has said 71 cases of dengue fever and two deaths have \
been confirmed in Sokoto State since the outbreak began in October.

The agency\u2019s Director-General, Dr Kelechi Amadi, said in Abuja on Monday that a national rapid response team had \
been deployed to the state to support surveillance, case management and mosquito control.

\u201cDengue is not new in Nigeria, but this is one of the largest clusters we have recorded in the North-West,\u201d \
Amadi said.

He described the outbreak as \u201cworrying but containable\u201d and said most of the cases were in the Sokoto South \
and Wamakko local government areas.

Dengue, sometimes called \u201cbreakbone fever\u201d because of the severe joint pain it causes, is spread by the \
Aedes mosquito, which breeds in clean, stagnant water.

The state Commissioner for Health, Dr Faruk Umar Abubakar, told our correspondent that the government had begun \
fumigating markets, motor parks and schools in the affected areas.

\u201cWe are appealing to residents to clear stagnant water around their homes and to sleep under treated nets,\u201d \
the commissioner said.

Residents of Arkilla and Mabera said mosquitoes had become unbearable since the rains began.

A resident, Malam Shehu Aliyu, said, \u201cEvery night the mosquitoes are everywhere. Two of my children were admitted \
at the hospital last week.\u201d

A consultant physician at Usmanu Danfodiyo University Teaching Hospital, Dr Hauwa Garba, said doctors had initially \
mistaken many of the cases for malaria.

\u201cBoth present with fever, headache and body pains. Without testing, it is easy to miss,\u201d she said, adding \
that the hospital urgently needed more rapid test kits.

The World Health Organization said in a statement on Tuesday that it was supporting the state with test kits and \
training for health workers.

Meanwhile, the NCDC has advised Nigerians to seek medical attention early. According to the agency, most deaths \
occur in patients who arrive at hospital late.""", [
        Q("71 cases of dengue fever and two deaths have been confirmed in Sokoto State since the outbreak began in "
          "October", "indirect", "The Nigeria Centre for Disease Control and Prevention",
          "Nigeria Centre for Disease Control and Prevention"),
        Q("that a national rapid response team had been deployed to the state to support surveillance, case "
          "management and mosquito control", "indirect", "Kelechi Amadi", "Kelechi Amadi"),
        Q("\u201cDengue is not new in Nigeria, but this is one of the largest clusters we have recorded in the "
          "North-West,\u201d", "direct", "Amadi", "Kelechi Amadi", speaker_at="Amadi said"),
        Q("\u201cworrying but containable\u201d", "partial", "He", "Kelechi Amadi", speaker_at="He described"),
        Q("most of the cases were in the Sokoto South and Wamakko local government areas", "indirect", "He",
          "Kelechi Amadi", speaker_at="He described"),
        Q("that the government had begun fumigating markets, motor parks and schools in the affected areas",
          "indirect", "Faruk Umar Abubakar", "Faruk Umar Abubakar"),
        Q("\u201cWe are appealing to residents to clear stagnant water around their homes and to sleep under treated "
          "nets,\u201d", "direct", "the commissioner", "Faruk Umar Abubakar"),
        Q("mosquitoes had become unbearable since the rains began", "indirect", "Residents of Arkilla and Mabera",
          None),
        Q("\u201cEvery night the mosquitoes are everywhere. Two of my children were admitted at the hospital last "
          "week.\u201d", "direct", "Shehu Aliyu", "Shehu Aliyu"),
        Q("doctors had initially mistaken many of the cases for malaria", "indirect", "Hauwa Garba", "Hauwa Garba"),
        Q("\u201cBoth present with fever, headache and body pains. Without testing, it is easy to miss,\u201d",
          "direct", "she", "Hauwa Garba"),
        Q("that the hospital urgently needed more rapid test kits", "indirect", "she", "Hauwa Garba"),
        Q("that it was supporting the state with test kits and training for health workers", "indirect",
          "The World Health Organization", "World Health Organization"),
        Q("most deaths occur in patients who arrive at hospital late", "indirect", "the agency",
          "Nigeria Centre for Disease Control and Prevention", speaker_at="According to the agency"),
    ], source="blind"),
    Case("blind75-ondo-recount", """Ondo Assembly poll: Recount confirms APC candidate's victory by 41 votes

AKURE \u2014 A tribunal-ordered recount of ballots in the disputed Akoko South-West State Constituency I election has \
confirmed the victory of the All Progressives Congress candidate, Mr Olatunde Ajibola, by 41 votes.

The recount, conducted at the Akure office of the Independent National Electoral Commission on Wednesday, was ordered \
last month by the National and State Houses of Assembly Election Petition Tribunal.

The tribunal, chaired by Justice Halima Mohammed, had said in its ruling that a recount was necessary to resolve \
conflicting figures on the "EC8A" result sheets from 12 polling units.

INEC's Administrative Secretary in Ondo State, Mr Ayodele Fasanmi, said after the exercise that Ajibola polled 12,318 \
votes against 12,277 scored by the Peoples Democratic Party candidate, Mrs Bukola Adetula.

"The recount was transparent. Both parties had agents here from the first ballot to the last," Fasanmi said.

He said 64 ballots were rejected because they had been thumbprinted for more than one candidate.

But counsel to Adetula, Mr Kunle Ogunleye (SAN), rejected the outcome, saying several ballot boxes had been tampered \
with before they were brought to Akure.

"Some of the seals we saw today were not the seals we saw at the polling units. We will be asking the tribunal to look \
at this," Ogunleye told journalists.

Ajibola, in his reaction, described the recount as "a victory for democracy" and urged his opponent to accept the \
result in good faith.

"The people of Akoko South-West have now spoken twice," he said.

The state chairman of the APC, Mr Lanre Oyebode, said the party had been "vindicated".

In a statement, the PDP's state Publicity Secretary, Mr Tayo Ige, alleged that INEC officials had refused to let party \
agents inspect the seals before the boxes were opened. He called the exercise "a charade".

Election observer group Yiaga Africa said its observers at the recount had reported no major irregularities.""", [
        Q('that a recount was necessary to resolve conflicting figures on the "EC8A" result sheets from 12 polling '
          'units', "indirect", "The tribunal", "National and State Houses of Assembly Election Petition Tribunal"),
        Q("that Ajibola polled 12,318 votes against 12,277 scored by the Peoples Democratic Party candidate, Mrs "
          "Bukola Adetula", "indirect", "Ayodele Fasanmi", "Ayodele Fasanmi"),
        Q('"The recount was transparent. Both parties had agents here from the first ballot to the last,"', "direct",
          "Fasanmi", "Ayodele Fasanmi", speaker_at="Fasanmi said"),
        Q("64 ballots were rejected because they had been thumbprinted for more than one candidate", "indirect", "He",
          "Ayodele Fasanmi", speaker_at="He said"),
        Q("several ballot boxes had been tampered with before they were brought to Akure", "indirect",
          "Kunle Ogunleye", "Kunle Ogunleye"),
        Q('"Some of the seals we saw today were not the seals we saw at the polling units. We will be asking the '
          'tribunal to look at this,"', "direct", "Ogunleye", "Kunle Ogunleye", speaker_at="Ogunleye told"),
        Q('"a victory for democracy"', "partial", "Ajibola", "Olatunde Ajibola", speaker_at="Ajibola, in his"),
        Q('"The people of Akoko South-West have now spoken twice,"', "direct", "he", "Olatunde Ajibola",
          speaker_at="he said"),
        Q('"vindicated"', "partial", "Lanre Oyebode", "Lanre Oyebode"),
        Q("that INEC officials had refused to let party agents inspect the seals before the boxes were opened",
          "indirect", "Tayo Ige", "Tayo Ige"),
        Q('"a charade"', "partial", "He", "Tayo Ige", speaker_at="He called"),
        Q("its observers at the recount had reported no major irregularities", "indirect", "Yiaga Africa",
          "Yiaga Africa"),
    ], source="blind"),
    Case("blind75-selangor-dengue", """Dengue cases in Selangor up 40pc, ministry urges weekly clean-ups

PETALING JAYA: Dengue cases in Selangor have risen by 40% in the first 20 weeks of the year compared with the same \
period last year, says the Health Ministry.

Health director-general Datuk Dr Rosnah Ismail said 18,452 cases were recorded in the state up to May 18, with 11 \
deaths.

"Selangor continues to account for more than half of all dengue cases in the country," she said in a statement \
yesterday.

Dr Rosnah said the ministry had identified 45 outbreak localities, most of them in the Petaling, Hulu Langat and \
Gombak districts.

She said the public should take part in weekly gotong-royong to destroy Aedes breeding sites around their homes.

State public health committee chairman Dr Azlan Hashim said Selangor would deploy 300 additional fogging teams.

"We are not waiting. Fogging will be intensified in all hotspots starting this week," he told reporters after \
launching a clean-up campaign in Shah Alam.

However, Dr Azlan cautioned that fogging alone would not solve the problem.

"Fogging only kills adult mosquitoes. If the larvae are still in your flower pots and roof gutters, they will be back \
in a week," he said.

Assoc Prof Dr Tan Siew Ling, a medical entomologist at Universiti Malaya, said warmer and wetter weather this year had \
created ideal conditions for the Aedes mosquito.

According to Dr Tan, construction sites were among the worst offenders.

"Many sites leave water in containers and abandoned equipment for weeks. Enforcement must be stricter," she said.

In Taman Sri Muda, Shah Alam, residents complained that clogged drains had not been cleared for months.

"We have called the council many times. Nobody comes," said retiree Rahim Osman, 63, whose wife was warded for dengue \
last month.

The Shah Alam City Council said in a statement that all drains in the area would be cleared by the end of the month.

Meanwhile, Bernama reported that Negeri Sembilan had also recorded a sharp rise in cases.""", [
        Q("Dengue cases in Selangor have risen by 40% in the first 20 weeks of the year compared with the same period "
          "last year", "indirect", "the Health Ministry", "Health Ministry"),
        Q("18,452 cases were recorded in the state up to May 18, with 11 deaths", "indirect", "Rosnah Ismail",
          "Rosnah Ismail"),
        Q('"Selangor continues to account for more than half of all dengue cases in the country,"', "direct", "she",
          "Rosnah Ismail", speaker_at="she said in a statement"),
        Q("the ministry had identified 45 outbreak localities, most of them in the Petaling, Hulu Langat and Gombak "
          "districts", "indirect", "Rosnah", "Rosnah Ismail", speaker_at="Dr Rosnah said"),
        Q("the public should take part in weekly gotong-royong to destroy Aedes breeding sites around their homes",
          "indirect", "She", "Rosnah Ismail", speaker_at="She said"),
        Q("Selangor would deploy 300 additional fogging teams", "indirect", "Azlan Hashim", "Azlan Hashim"),
        Q('"We are not waiting. Fogging will be intensified in all hotspots starting this week,"', "direct", "he",
          "Azlan Hashim", speaker_at="he told reporters"),
        Q("that fogging alone would not solve the problem", "indirect", "Azlan", "Azlan Hashim",
          speaker_at="Dr Azlan cautioned"),
        Q('"Fogging only kills adult mosquitoes. If the larvae are still in your flower pots and roof gutters, they '
          'will be back in a week,"', "direct", "he", "Azlan Hashim", speaker_at='week," he said'),
        Q("warmer and wetter weather this year had created ideal conditions for the Aedes mosquito", "indirect",
          "Tan Siew Ling", "Tan Siew Ling"),
        Q("construction sites were among the worst offenders", "indirect", "Tan", "Tan Siew Ling",
          speaker_at="According to Dr Tan"),
        Q('"Many sites leave water in containers and abandoned equipment for weeks. Enforcement must be stricter,"',
          "direct", "she", "Tan Siew Ling", speaker_at='stricter," she said'),
        Q("that clogged drains had not been cleared for months", "indirect", "residents", None),
        Q('"We have called the council many times. Nobody comes,"', "direct", "Rahim Osman", "Rahim Osman"),
        Q("that all drains in the area would be cleared by the end of the month", "indirect",
          "The Shah Alam City Council", "Shah Alam City Council"),
        Q("that Negeri Sembilan had also recorded a sharp rise in cases", "indirect", "Bernama", "Bernama"),
    ], source="blind"),
    Case("blind75-palm-oil-ban", """Indonesia's palm oil export ban no windfall for Malaysia, says minister

KUALA LUMPUR, April 25 \u2014 Malaysia will not be able to fully fill the gap left by Indonesia's ban on palm oil \
exports because of a severe shortage of plantation workers, Plantation Industries and Commodities Minister Datuk Seri \
Roslan Mahmud said today.

Roslan said many estates were operating below capacity, with the industry short of an estimated 70,000 foreign workers.

"We cannot harvest what we cannot reach. In some estates the fruit is rotting on the trees," he told reporters after \
an event in Putrajaya.

The Indonesian government announced on Friday that it would halt exports of crude palm oil and cooking oil from \
Thursday to bring down soaring domestic prices.

Benchmark crude palm oil futures on Bursa Malaysia Derivatives jumped nearly 6 per cent after the announcement.

Malaysian Palm Oil Council (MPOC) chief executive officer Nor Azlina Kamal said buyers in India, Pakistan and \
Bangladesh had started turning to Malaysia for supplies.

"Buyers are knocking on our doors, but our stocks are limited," she said, describing the ban as "a shock to the entire \
vegetable oil market".

Hong Leong Investment Bank analyst Jason Chong said in a note that crude palm oil prices were likely to stay above \
RM6,000 per tonne for as long as the ban was in place.

Malaysian Estate Owners' Association president Joseph Tek said smallholders stood to gain the most from higher prices, \
"if they can find workers to harvest".

The Federation of Malaysian Consumers Associations (Fomca) said it feared cooking oil prices in Malaysia would also \
rise.

"The government must make sure subsidised cooking oil is still available in every shop," Fomca secretary-general Dr \
Kavitha Ramasamy said.

Roslan said the government would ensure supplies of subsidised 1kg cooking oil packets, known locally as "minyak \
paket", were not disrupted.""", [
        Q("Malaysia will not be able to fully fill the gap left by Indonesia's ban on palm oil exports because of a "
          "severe shortage of plantation workers", "indirect", "Roslan Mahmud", "Roslan Mahmud"),
        Q("many estates were operating below capacity, with the industry short of an estimated 70,000 foreign workers",
          "indirect", "Roslan", "Roslan Mahmud", speaker_at="Roslan said many"),
        Q('"We cannot harvest what we cannot reach. In some estates the fruit is rotting on the trees,"', "direct",
          "he", "Roslan Mahmud", speaker_at="he told"),
        Q("that it would halt exports of crude palm oil and cooking oil from Thursday to bring down soaring domestic "
          "prices", "indirect", "The Indonesian government", None),
        Q("buyers in India, Pakistan and Bangladesh had started turning to Malaysia for supplies", "indirect",
          "Nor Azlina Kamal", "Nor Azlina Kamal"),
        Q('"Buyers are knocking on our doors, but our stocks are limited,"', "direct", "she", "Nor Azlina Kamal",
          speaker_at="she said"),
        Q('"a shock to the entire vegetable oil market"', "partial", "she", "Nor Azlina Kamal", speaker_at="she said"),
        Q("that crude palm oil prices were likely to stay above RM6,000 per tonne for as long as the ban was in place",
          "indirect", "Jason Chong", "Jason Chong"),
        Q("smallholders stood to gain the most from higher prices", "indirect", "Joseph Tek", "Joseph Tek"),
        Q('"if they can find workers to harvest"', "partial", "Joseph Tek", "Joseph Tek"),
        Q("it feared cooking oil prices in Malaysia would also rise", "indirect",
          "The Federation of Malaysian Consumers Associations", "Federation of Malaysian Consumers Associations"),
        Q('"The government must make sure subsidised cooking oil is still available in every shop,"', "direct",
          "Kavitha Ramasamy", "Kavitha Ramasamy"),
        Q('the government would ensure supplies of subsidised 1kg cooking oil packets, known locally as "minyak '
          'paket", were not disrupted', "indirect", "Roslan", "Roslan Mahmud", speaker_at="Roslan said the"),
    ], source="blind"),
    Case("blind75-diesel-subsidy", """Diesel subsidy cut: Lorry operators say fleet cards not ready

PETALING JAYA: Lorry operators say many of their members have yet to receive fleet cards for subsidised diesel, a day \
after the pump price in Peninsular Malaysia jumped to RM3.35 per litre.

Pan-Malaysia Lorry Owners Association president Ng Koon Hau said only about a third of hauliers who had applied for \
the cards had received them before the new price took effect.

"Some operators applied weeks ago and are still waiting. Meanwhile, they have to pay the full price at the pump," Ng \
said.

He said hauliers would have no choice but to raise freight charges by 10% to 15%.

The Finance Ministry said in a statement last night that the targeted subsidy would save the government about RM4 \
billion a year.

Deputy finance minister Datuk Chong Wei Ming said eligible farmers, smallholders and logistics operators could still \
buy diesel at RM2.15 per litre using the fleet cards.

"We are not removing subsidies. We are making sure they go to those who really need them," Chong told a press \
conference in Putrajaya.

He added that there had been "massive leakage" of subsidised diesel to neighbouring countries.

Eligible individuals can also apply for RM200 a month in cash aid under the "Budi Madani" scheme.

Perikatan Nasional Youth chief Ahmad Faizal Rahman said the 56% price hike would push up the cost of food and goods \
"within weeks".

"The government says only the rich will be affected. Tell that to the fisherman and the lorry driver," he said in a \
statement.

Fishermen in Kuala Kedah told FMT their boats had been idle since Monday because they could not afford to go to sea.

Universiti Malaya economist Dr Nurul Huda Zainal said the move was "long overdue" but warned that traders might use it \
as an excuse to raise prices.

"The savings are real. The question is whether traders will use this to raise prices across the board," she told FMT.

The Domestic Trade and Cost of Living Ministry said its enforcement officers would inspect markets and \
wholesalers nationwide this week.""", [
        Q("many of their members have yet to receive fleet cards for subsidised diesel", "indirect", "Lorry operators",
          None, speaker_at="Lorry operators say many"),
        Q("only about a third of hauliers who had applied for the cards had received them before the new price took "
          "effect", "indirect", "Ng Koon Hau", "Ng Koon Hau"),
        Q('"Some operators applied weeks ago and are still waiting. Meanwhile, they have to pay the full price at the '
          'pump,"', "direct", "Ng", "Ng Koon Hau", speaker_at="Ng said"),
        Q("hauliers would have no choice but to raise freight charges by 10% to 15%", "indirect", "He", "Ng Koon Hau",
          speaker_at="He said"),
        Q("that the targeted subsidy would save the government about RM4 billion a year", "indirect",
          "The Finance Ministry", "Finance Ministry"),
        Q("eligible farmers, smallholders and logistics operators could still buy diesel at RM2.15 per litre using "
          "the fleet cards", "indirect", "Chong Wei Ming", "Chong Wei Ming"),
        Q('"We are not removing subsidies. We are making sure they go to those who really need them,"', "direct",
          "Chong", "Chong Wei Ming", speaker_at="Chong told"),
        Q('"massive leakage"', "partial", "He", "Chong Wei Ming", speaker_at="He added"),
        Q("the 56% price hike would push up the cost of food and goods", "indirect", "Ahmad Faizal Rahman",
          "Ahmad Faizal Rahman"),
        Q('"within weeks"', "partial", "Ahmad Faizal Rahman", "Ahmad Faizal Rahman"),
        Q('"The government says only the rich will be affected. Tell that to the fisherman and the lorry driver,"',
          "direct", "he", "Ahmad Faizal Rahman", speaker_at="he said"),
        Q("their boats had been idle since Monday because they could not afford to go to sea", "indirect",
          "Fishermen in Kuala Kedah", None),
        Q('"long overdue"', "partial", "Nurul Huda Zainal", "Nurul Huda Zainal"),
        Q("that traders might use it as an excuse to raise prices", "indirect", "Nurul Huda Zainal",
          "Nurul Huda Zainal"),
        Q('"The savings are real. The question is whether traders will use this to raise prices across the board,"',
          "direct", "she", "Nurul Huda Zainal", speaker_at="she told"),
        Q("its enforcement officers would inspect markets and wholesalers nationwide this week", "indirect",
          "The Domestic Trade and Cost of Living Ministry", "Domestic Trade and Cost of Living Ministry"),
    ], source="blind"),
    Case("blind75-lrt3-delay", """LRT3 opening pushed back again, Shah Alam residents fume

SHAH ALAM: The opening of the Shah Alam LRT line has been pushed back to the third quarter of next year, project owner \
Mass Rapid Transit Corporation Sdn Bhd (MRT Corp) said today.

MRT Corp said additional tests were needed on the line\u2019s signalling and communications systems after a series of \
faults during trial runs.

Its chief executive officer, Datuk Amir Hamzah Ishak, said the main contractor would bear the cost of the delay.

\u201cSafety is not something we will compromise on, even if it means disappointing the public again,\u201d Amir \
Hamzah said at a press conference here.

He said 18 of the line\u2019s 20 stations were complete and that the remaining two would be ready by December.

The 37km line, now branded the \u201cShah Alam Line\u201d, links Bandar Utama in Petaling Jaya to Johan Setia in Klang \
and was originally scheduled to open in 2020.

Prasarana Malaysia Bhd, which will operate the line, said it was ready to begin passenger service as soon as the \
system was handed over.

Residents and traders along Persiaran Kayangan said years of construction had choked traffic and driven away customers.

\u201cI\u2019ve been hearing \u2018next year\u2019 for five years now,\u201d said Noraini Abdul Latif, 48, who runs a \
food stall near the Stadium Shah Alam station.

Kelvin Lau, who commutes daily from Klang to Petaling Jaya, said, \u201cI\u2019ll believe it when I\u2019m sitting on \
the train.\u201d

State infrastructure and public transport committee chairman Datuk Ir Kamal Ariffin said the state government had \
written to the Transport Ministry to seek compensation for affected traders.

\u201cThe people of Klang and Shah Alam have been patient enough,\u201d he said, adding that the state would not \
accept \u201canother round of excuses\u201d.

The Transport Ministry, in a brief statement, said it had asked MRT Corp for a detailed recovery plan within two weeks.

News portal Malaysiakini reported last month that the project\u2019s cost had risen to RM16.6 billion.""", [
        Q("The opening of the Shah Alam LRT line has been pushed back to the third quarter of next year", "indirect",
          "Mass Rapid Transit Corporation Sdn Bhd", "Mass Rapid Transit Corporation Sdn Bhd"),
        Q("additional tests were needed on the line\u2019s signalling and communications systems after a series of "
          "faults during trial runs", "indirect", "MRT Corp", "Mass Rapid Transit Corporation Sdn Bhd",
          speaker_at="MRT Corp said"),
        Q("the main contractor would bear the cost of the delay", "indirect", "Amir Hamzah Ishak", "Amir Hamzah Ishak"),
        Q("\u201cSafety is not something we will compromise on, even if it means disappointing the public again,\u201d",
          "direct", "Amir Hamzah", "Amir Hamzah Ishak", speaker_at="Amir Hamzah said"),
        Q("18 of the line\u2019s 20 stations were complete and that the remaining two would be ready by December",
          "indirect", "He", "Amir Hamzah Ishak", speaker_at="He said"),
        Q("it was ready to begin passenger service as soon as the system was handed over", "indirect",
          "Prasarana Malaysia Bhd", "Prasarana Malaysia Bhd"),
        Q("years of construction had choked traffic and driven away customers", "indirect",
          "Residents and traders along Persiaran Kayangan", None),
        Q("\u201cI\u2019ve been hearing \u2018next year\u2019 for five years now,\u201d", "direct",
          "Noraini Abdul Latif", "Noraini Abdul Latif"),
        Q("\u201cI\u2019ll believe it when I\u2019m sitting on the train.\u201d", "direct", "Kelvin Lau", "Kelvin Lau"),
        Q("the state government had written to the Transport Ministry to seek compensation for affected traders",
          "indirect", "Kamal Ariffin", "Kamal Ariffin"),
        Q("\u201cThe people of Klang and Shah Alam have been patient enough,\u201d", "direct", "he", "Kamal Ariffin",
          speaker_at="he said"),
        Q("\u201canother round of excuses\u201d", "partial", "he", "Kamal Ariffin", speaker_at="he said"),
        Q("it had asked MRT Corp for a detailed recovery plan within two weeks", "indirect", "The Transport Ministry",
          "Transport Ministry"),
        Q("that the project\u2019s cost had risen to RM16.6 billion", "indirect", "Malaysiakini", "Malaysiakini"),
    ], source="blind"),
]
