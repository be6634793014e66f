"""Blind gold, sixth set: sixteen short news articles written without reading the rules.

Written by a writer who had not seen the rules, their commit messages, the
other gold sets (apart from heldout_cases.py, for the annotation style) or
any output of the pretagger. Topics, names and house styles are new: wire
copy with datelines and papers from East, West and southern Africa, South
Asia, South-East Asia, Oceania, the Caribbean, North America, Britain and
Ireland. Straight and curly double quotes, three articles in single quotes,
quotes continued across paragraphs, one article with an unclosed quote.
See build_gold.py for the case format.
"""

from __future__ import annotations

from gold_format import Case, Q

CASES = [
    Case("blind6-tea", """Kenyan tea earnings slide as smallholders hold back leaf

NAIROBI, March 14 (Reuters) - Kenya's tea export earnings fell 11% in the first two months of the year, the Kenya Tea Development Agency said on Thursday, as smallholder farmers in the west of the country withheld leaf in a dispute over delayed bonus payments.

The KTDA, which manages 71 factories on behalf of about 650,000 growers, said average prices at the Mombasa auction had dropped to $2.41 per kilogram from $2.78 a year earlier.

"We are dealing with a perfect storm of weak demand in Pakistan and Egypt, a stronger shilling and a supply problem we created ourselves," the agency's managing director, Wilfred Kiprono Chepkwony, told Reuters in an interview.

He said the agency would clear the outstanding bonuses, worth about 3.2 billion shillings, by the end of April.

Farmers' leaders were unconvinced. "We have heard these promises every season since 2019," said Mercy Wanjiru Gathoni, who chairs the Nyamira Tea Growers Welfare Association. "Our members will deliver leaf when the money is in their accounts, not before."

Gathoni accused factory directors of spending on "vanity projects" such as new office blocks while growers waited to be paid.

The agency rejected the claim. In a statement issued late on Thursday, it said all capital spending had been approved by shareholders at annual general meetings, and insisted that its books were "open to any farmer who asks."

Agriculture Cabinet Secretary Joseph Otieno Mbai warned that the government would step in if the standoff dragged on into the long rains. "Tea is too important to this economy to be held hostage by a quarrel over paperwork," he told senators in Nairobi.

Tea is Kenya's biggest single export earner, bringing in about 180 billion shillings last year, according to central bank data.

($1 = 129.50 Kenyan shillings)

(Reporting by Njeri Mwangi; Editing by Tom Ashby)""", [
        Q("Kenya's tea export earnings fell 11% in the first two months of the year", "indirect",
          "the Kenya Tea Development Agency", "Kenya Tea Development Agency"),
        Q("average prices at the Mombasa auction had dropped to $2.41 per kilogram from $2.78 a year earlier",
          "indirect", "The KTDA", "Kenya Tea Development Agency"),
        Q('"We are dealing with a perfect storm of weak demand in Pakistan and Egypt, a stronger shilling and a '
          'supply problem we created ourselves,"', "direct", "Wilfred Kiprono Chepkwony", "Wilfred Kiprono Chepkwony"),
        Q("the agency would clear the outstanding bonuses, worth about 3.2 billion shillings, by the end of April",
          "indirect", "He", "Wilfred Kiprono Chepkwony", speaker_at="He said the agency"),
        Q('"We have heard these promises every season since 2019,"', "direct", "Mercy Wanjiru Gathoni",
          "Mercy Wanjiru Gathoni"),
        Q('"Our members will deliver leaf when the money is in their accounts, not before."', "direct",
          "Mercy Wanjiru Gathoni", "Mercy Wanjiru Gathoni"),
        Q('"vanity projects"', "partial", "Gathoni", "Mercy Wanjiru Gathoni", speaker_at="Gathoni accused"),
        Q("all capital spending had been approved by shareholders at annual general meetings", "indirect",
          "it", "Kenya Tea Development Agency", speaker_at="it said all"),
        Q('"open to any farmer who asks."', "partial", "it", "Kenya Tea Development Agency",
          speaker_at="it said all"),
        Q("that the government would step in if the standoff dragged on into the long rains", "indirect",
          "Joseph Otieno Mbai", "Joseph Otieno Mbai"),
        Q('"Tea is too important to this economy to be held hostage by a quarrel over paperwork,"', "direct",
          "he", "Joseph Otieno Mbai", speaker_at="he told senators"),
        Q("Tea is Kenya's biggest single export earner, bringing in about 180 billion shillings last year",
          "indirect", "central bank data", None),
    ], source="blind"),
    Case("blind6-lido", """Campaigners vow to fight on after council votes to shut lido

Campaigners fighting to save a 1930s lido in the upper Swansea valley have vowed to take their case to the Senedd after councillors voted to close it at the end of the summer.

Cwm Tawel County Borough Council's cabinet agreed on Tuesday evening to shut Pwll Glas Lido in Ystradowen, saying repairs to its leaking tank and ageing pumps would cost more than £1.8m.

Cllr Rhiannon Price-Williams, cabinet member for leisure, said it had been 'the hardest decision I've made in eleven years on this council'.

'Nobody in this chamber wants to see the lido go,' she told the meeting. 'But I can't ask families in Ystradowen to pay for it through cuts to home care.'

The Friends of Pwll Glas, which has gathered more than 9,000 signatures, said the council had never seriously looked at handing the pool to a community trust.

Its chairman, retired PE teacher Gwilym ap Dafydd MBE, accused the authority of 'running the place into the ground so that closing it looks sensible'.

'My grandmother learned to swim in that water in 1938,' Mr ap Dafydd said. 'If the council won't look after it, we will - and we've got the volunteers to prove it.'

Ystradowen's independent councillor, Owain Rees-Jenkins, said residents felt 'let down'. He insisted the cabinet had ignored a consultant's report suggesting the pool could be run at a small profit by a trust.

Supporters are planning a 'splash-in' at the pool on Saturday morning, and the group's 'Pwll Glas Forever' banner has already appeared on bridges along the A4067.

In a post on the group's Facebook page, its secretary, Ffion Morgan-Hughes, wrote: 'This isn't over. See you all on Saturday - and bring a towel.'

In a statement, the council said that the lido would remain open until 30 September and that season-ticket holders would be offered a full refund.""", [
        Q("'the hardest decision I've made in eleven years on this council'", "partial", "Rhiannon Price-Williams",
          "Rhiannon Price-Williams"),
        Q("'Nobody in this chamber wants to see the lido go,'", "direct", "she", "Rhiannon Price-Williams",
          speaker_at="she told the meeting"),
        Q("'But I can't ask families in Ystradowen to pay for it through cuts to home care.'", "direct", "she",
          "Rhiannon Price-Williams", speaker_at="she told the meeting"),
        Q("the council had never seriously looked at handing the pool to a community trust", "indirect",
          "The Friends of Pwll Glas", "Friends of Pwll Glas"),
        Q("'running the place into the ground so that closing it looks sensible'", "partial", "Gwilym ap Dafydd",
          "Gwilym ap Dafydd"),
        Q("'My grandmother learned to swim in that water in 1938,'", "direct", "ap Dafydd", "Gwilym ap Dafydd",
          speaker_at="Mr ap Dafydd said"),
        Q("'If the council won't look after it, we will - and we've got the volunteers to prove it.'", "direct",
          "ap Dafydd", "Gwilym ap Dafydd", speaker_at="Mr ap Dafydd said"),
        Q("'let down'", "partial", "Owain Rees-Jenkins", "Owain Rees-Jenkins"),
        Q("the cabinet had ignored a consultant's report suggesting the pool could be run at a small profit by a "
          "trust", "indirect", "He", "Owain Rees-Jenkins", speaker_at="He insisted"),
        Q("'This isn't over. See you all on Saturday - and bring a towel.'", "direct", "Ffion Morgan-Hughes",
          "Ffion Morgan-Hughes"),
        Q("that the lido would remain open until 30 September and that season-ticket holders would be offered a "
          "full refund", "indirect", "the council", "Cwm Tawel County Borough Council",
          speaker_at="the council said that"),
    ], source="blind"),
    Case("blind6-forestry", """Farmer awarded €85,000 after quad bike hit unlit forestry barrier

A Co Leitrim farmer who fractured his pelvis when his quad bike struck an unlit barrier on a forestry road has been awarded €85,000 by the High Court.

Pádraig Ó Súilleabháin (54), of Drumkeeran, sued Northwest Forestry Services Ltd over the accident on the evening of November 9th, 2021, when he was checking sheep on land next to a plantation managed by the company.

Mr Ó Súilleabháin told the court he had used the road “hundreds of times” to reach his flock. The steel barrier, painted dark green, had been put up two days earlier without reflectors or warning signs, the farmer said.

Counsel for the company, Niamh Ní Bhriain SC, argued that her client’s staff had closed the road for tree felling and that Mr Ó Súilleabháin had been driving too fast for the conditions.

In his judgment yesterday, Mr Justice Cathal Mac Giolla Rí rejected that argument. “A barrier the colour of the forest, placed across a road in darkness, is not a warning. It is a trap,” he said.

The judge said the company had been “negligent in the most basic sense” and found no evidence that the plaintiff had been speeding. He reduced the award by 15 per cent, however, after finding that Mr Ó Súilleabháin should have been wearing a helmet.

Outside the Four Courts, the farmer’s solicitor, Deirdre Fitzgerald-Kearns, said her client was “relieved it is finally over” and hoped the case would lead to better safety standards on forestry roads across the State.

Mr Ó Súilleabháin, who spent five weeks in Sligo University Hospital and another four months on crutches, said he was now able to work the farm again “on the good days”.

A spokeswoman for Northwest Forestry Services said the company would study the judgment carefully before deciding whether to appeal.

The company has since fitted reflective panels to all 40 barriers on its Leitrim plantations.""", [
        Q("“hundreds of times”", "partial", "Ó Súilleabháin", "Pádraig Ó Súilleabháin",
          speaker_at="Mr Ó Súilleabháin told"),
        Q("The steel barrier, painted dark green, had been put up two days earlier without reflectors or warning "
          "signs", "indirect", "the farmer", "Pádraig Ó Súilleabháin", speaker_at="the farmer said"),
        Q("that her client’s staff had closed the road for tree felling and that Mr Ó Súilleabháin had been driving "
          "too fast for the conditions", "indirect", "Niamh Ní Bhriain", "Niamh Ní Bhriain"),
        Q("“A barrier the colour of the forest, placed across a road in darkness, is not a warning. It is a trap,”",
          "direct", "he", "Cathal Mac Giolla Rí", speaker_at="he said."),
        Q("“negligent in the most basic sense”", "partial", "The judge", "Cathal Mac Giolla Rí"),
        Q("“relieved it is finally over”", "partial", "Deirdre Fitzgerald-Kearns", "Deirdre Fitzgerald-Kearns"),
        Q("“on the good days”", "partial", "Ó Súilleabháin", "Pádraig Ó Súilleabháin",
          speaker_at="Mr Ó Súilleabháin, who spent"),
        Q("the company would study the judgment carefully before deciding whether to appeal", "indirect",
          "A spokeswoman for Northwest Forestry Services", None),
    ], source="blind"),
    Case("blind6-warblers", """Songbirds are arriving earlier, but their food isn't keeping up, study finds

ANN ARBOR, Mich. (AP) — Warblers that nest in the forests of the upper Midwest are reaching their breeding grounds almost a week earlier than they did in the 1970s, but the caterpillars they feed their chicks have not kept pace, according to a study published Wednesday.

Researchers at the Huron Valley Bird Observatory analyzed 48 years of banding records covering more than 212,000 birds of nine species, comparing arrival dates with satellite measurements of when oak and maple leaves emerged.

"What we're seeing is a timing problem," said Rosalind Okafor-Hayes, an ecologist at the observatory who led the research. "The birds take their cues from day length on their wintering grounds in Central America, and those cues no longer line up with what's happening in Michigan.

"By the time the chicks hatch, the peak of the caterpillar season has often passed."

Okafor-Hayes said the mismatch was most severe for the black-throated blue warbler, whose local numbers have fallen by about a third since 1990.

The phenomenon, known to ecologists as "phenological mismatch," has been documented in European flycatchers and Arctic geese, but rarely over such a long period in North America.

Not everyone is convinced that timing is the main culprit. Eun-ji Park, a biologist at Cascadia State University who was not involved in the study, said habitat loss in the birds' winter range "is still the bigger killer."

"I'd be cautious about pinning all of this on climate," Park said. "But the data set is remarkable, and nobody else has anything like it."

The American Songbird Conservancy, which helped pay for the work, said in a statement that the findings should push state agencies to protect late-leafing forest stands. The group called the results "a warning we can't afford to shrug off."

The observatory plans to fit 300 warblers with lightweight tracking tags next spring to follow them from Guatemala to Michigan.""", [
        Q("Warblers that nest in the forests of the upper Midwest are reaching their breeding grounds almost a week "
          "earlier than they did in the 1970s, but the caterpillars they feed their chicks have not kept pace",
          "indirect", "a study published Wednesday", None),
        Q('"What we\'re seeing is a timing problem,"', "direct", "Rosalind Okafor-Hayes", "Rosalind Okafor-Hayes"),
        Q('"The birds take their cues from day length on their wintering grounds in Central America, and those cues '
          'no longer line up with what\'s happening in Michigan.', "direct", "Rosalind Okafor-Hayes",
          "Rosalind Okafor-Hayes"),
        Q('"By the time the chicks hatch, the peak of the caterpillar season has often passed."', "direct",
          "Rosalind Okafor-Hayes", "Rosalind Okafor-Hayes"),
        Q("the mismatch was most severe for the black-throated blue warbler, whose local numbers have fallen by about "
          "a third since 1990", "indirect", "Okafor-Hayes", "Rosalind Okafor-Hayes",
          speaker_at="Okafor-Hayes said the mismatch"),
        Q('"is still the bigger killer."', "partial", "Eun-ji Park", "Eun-ji Park"),
        Q('"I\'d be cautious about pinning all of this on climate,"', "direct", "Park", "Eun-ji Park",
          speaker_at="Park said"),
        Q('"But the data set is remarkable, and nobody else has anything like it."', "direct", "Park", "Eun-ji Park",
          speaker_at="Park said"),
        Q("that the findings should push state agencies to protect late-leafing forest stands", "indirect",
          "The American Songbird Conservancy", "American Songbird Conservancy"),
        Q('"a warning we can\'t afford to shrug off."', "partial", "The group", "American Songbird Conservancy"),
    ], source="blind"),
    Case("blind6-tie", """Tie in N.S. council race settled by drawing name from ballot box

HALIFAX — A council seat in the Nova Scotia town of Port Mirabel was decided Tuesday by a name drawn from a ballot box, after a judicial recount left two candidates tied at 412 votes apiece.

Marie-Claude LeBlanc-Doucet, a 44-year-old pharmacist, will represent the town’s Ward 3 after returning officer Anjali Deshpande-Fraser pulled her name from the box at the town hall in front of about 30 people.

“I’ve been in politics long enough to know you can’t take anything for granted, but I never expected it to come down to a piece of paper in a box,” LeBlanc-Doucet told The Canadian Press.

Her opponent, retired fisherman Terrence “Terry” MacKinnon, took the result in stride. “I knocked on every door in Ward 3 twice,” MacKinnon said in a phone interview. “If I’d gone round a third time, maybe we wouldn’t be talking about a box.

“But that’s democracy, and I’ll be the first to shake her hand.”

Under the province’s Municipal Elections Act, a tie that survives a recount is broken by lot, according to the Department of Municipal Affairs and Housing.

Justice Harold Ng-Robichaud of the Nova Scotia Supreme Court, who oversaw Monday’s recount, said the process had been “thorough and transparent.” He said he had found no irregularities in the 824 ballots cast.

Port Mirabel Mayor Sheila Boudreau said council would ask the province to consider allowing a runoff vote in future ties.

“It’s not how anybody wants to settle an election,” the mayor added. “But the rules are the rules, and both candidates accepted them.”

It is the second time in a decade that a Nova Scotia municipal race has been decided by lot. In 2016, a tie for a seat in a Cape Breton district was broken the same way.

LeBlanc-Doucet will be sworn in with the rest of council on Nov. 3.""", [
        Q("“I’ve been in politics long enough to know you can’t take anything for granted, but I never expected it "
          "to come down to a piece of paper in a box,”", "direct", "LeBlanc-Doucet", "Marie-Claude LeBlanc-Doucet",
          speaker_at="LeBlanc-Doucet told"),
        Q("“I knocked on every door in Ward 3 twice,”", "direct", "MacKinnon", "Terrence MacKinnon",
          speaker_at="MacKinnon said"),
        Q("“If I’d gone round a third time, maybe we wouldn’t be talking about a box.", "direct", "MacKinnon",
          "Terrence MacKinnon", speaker_at="MacKinnon said"),
        Q("“But that’s democracy, and I’ll be the first to shake her hand.”", "direct", "MacKinnon",
          "Terrence MacKinnon", speaker_at="MacKinnon said"),
        Q("Under the province’s Municipal Elections Act, a tie that survives a recount is broken by lot", "indirect",
          "the Department of Municipal Affairs and Housing", "Department of Municipal Affairs and Housing"),
        Q("“thorough and transparent.”", "partial", "Harold Ng-Robichaud", "Harold Ng-Robichaud"),
        Q("he had found no irregularities in the 824 ballots cast", "indirect", "He", "Harold Ng-Robichaud",
          speaker_at="He said he"),
        Q("council would ask the province to consider allowing a runoff vote in future ties", "indirect",
          "Sheila Boudreau", "Sheila Boudreau"),
        Q("“It’s not how anybody wants to settle an election,”", "direct", "the mayor", "Sheila Boudreau"),
        Q("“But the rules are the rules, and both candidates accepted them.”", "direct", "the mayor",
          "Sheila Boudreau"),
    ], source="blind"),
    Case("blind6-cricket", """WA stalwart Tuilagi-Mason bows out after 14 seasons

PERTH, AAP - Western Australia fast bowler Isaia Tuilagi-Mason has retired from first-class cricket, ending a 14-season career in which he took 412 Sheffield Shield wickets, the most by a West Australian.

The 36-year-old made the announcement at the WACA on Monday, flanked by his wife Mele and their three children.

"I've been lucky enough to do something I love for a long time, and my body's telling me it's time," Tuilagi-Mason said. "I wanted to go out on my own terms, not get carried off."

Known around the state as "Big Sai", the Auckland-born quick moved to Perth as a teenager and made his debut against Tasmania in 2011.

He was never picked for Australia, something he described as "the one itch I never got to scratch".

WA coach Sharyn Whitlock said the veteran had been "the heartbeat of this dressing room for over a decade".

"He bowled some of the longest spells I've ever seen, on days when the rest of us were hiding in the shade," Whitlock added. "You don't replace that. You just try to learn from it."

Captain Hamish Corrigan-Lee told SEN Radio that the squad wanted to send him off with a win in Adelaide next week, when WA need outright points to reach the final.

Cricket WA chief executive Naveen Raghunathan said the association would honour the fast bowler at the last home game of the summer, against Queensland on March 21.

Asked what came next, the veteran was coy. "Maybe a bit of coaching, maybe a lot of fishing," he said. "Mele's got a list of jobs around the house as long as my run-up, so that'll keep me busy for a while."

Tuilagi-Mason also played 61 one-day matches for WA and had two seasons with the Perth Scorchers in the Big Bash League.""", [
        Q('"I\'ve been lucky enough to do something I love for a long time, and my body\'s telling me it\'s time,"',
          "direct", "Tuilagi-Mason", "Isaia Tuilagi-Mason", speaker_at="Tuilagi-Mason said"),
        Q('"I wanted to go out on my own terms, not get carried off."', "direct", "Tuilagi-Mason",
          "Isaia Tuilagi-Mason", speaker_at="Tuilagi-Mason said"),
        Q('"the one itch I never got to scratch"', "partial", "he", "Isaia Tuilagi-Mason",
          speaker_at="something he described"),
        Q('"the heartbeat of this dressing room for over a decade"', "partial", "Sharyn Whitlock", "Sharyn Whitlock"),
        Q('"He bowled some of the longest spells I\'ve ever seen, on days when the rest of us were hiding in the '
          'shade,"', "direct", "Whitlock", "Sharyn Whitlock", speaker_at="Whitlock added"),
        Q('"You don\'t replace that. You just try to learn from it."', "direct", "Whitlock", "Sharyn Whitlock",
          speaker_at="Whitlock added"),
        Q("that the squad wanted to send him off with a win in Adelaide next week, when WA need outright points to "
          "reach the final", "indirect", "Hamish Corrigan-Lee", "Hamish Corrigan-Lee"),
        Q("the association would honour the fast bowler at the last home game of the summer, against Queensland on "
          "March 21", "indirect", "Naveen Raghunathan", "Naveen Raghunathan"),
        Q('"Maybe a bit of coaching, maybe a lot of fishing,"', "direct", "he", "Isaia Tuilagi-Mason",
          speaker_at="he said."),
        Q('"Mele\'s got a list of jobs around the house as long as my run-up, so that\'ll keep me busy for a while."',
          "direct", "he", "Isaia Tuilagi-Mason", speaker_at="he said."),
    ], source="blind"),
    Case("blind6-gp", """Rural town faces losing only GP as recruitment drive fails

A rural Hawke's Bay community is set to lose its only doctor next month after a two-year search for a replacement came up empty.

Dr Hemi Te Whāiti, who has run the Ōhāwini Medical Centre for 31 years, retires on June 28. The practice has about 4200 enrolled patients, a third of them over 65.

'I kept putting it off because I couldn't see who would take over,' Te Whāiti said. 'But I'm 71. I can't keep doing after-hours calls on these roads at two in the morning.'

Practice manager Aroha Pohatu-Reid said the centre had advertised in the UK, Ireland and South Africa and offered a rent-free house, but had received just three applications.

'Two withdrew and one never turned up to the interview,' she said.

The Rural Doctors Collective Aotearoa (RDCA) says Ōhāwini is not alone. According to the collective, at least 14 rural practices in the North Island are run by a single GP aged over 65.

'It's a crisis, and it's one we've been warning about for 20 years,' RDCA chair Dr Sunita Ramanathan said.

She said the Government's new rural bonding scheme for junior doctors was 'too little, and about a decade too late'.

In a written statement on Friday, the RDCA said it would meet health officials in Wellington next week to push for locum cover for Ōhāwini. It warned that other towns would follow 'within months, not years'.

Long-time resident Bev Tautahi, 82, said the nearest alternative was in Napier, a 90-minute drive on a road that often closes in winter.

'What are we supposed to do when we get crook in the night - ring a taxi?' she asked.

A Health New Zealand spokesperson said the agency was 'working closely with the practice' on interim arrangements but could not yet confirm locum cover.""", [
        Q("'I kept putting it off because I couldn't see who would take over,'", "direct", "Te Whāiti",
          "Hemi Te Whāiti", speaker_at="Te Whāiti said"),
        Q("'But I'm 71. I can't keep doing after-hours calls on these roads at two in the morning.'", "direct",
          "Te Whāiti", "Hemi Te Whāiti", speaker_at="Te Whāiti said"),
        Q("the centre had advertised in the UK, Ireland and South Africa and offered a rent-free house, but had "
          "received just three applications", "indirect", "Aroha Pohatu-Reid", "Aroha Pohatu-Reid"),
        Q("'Two withdrew and one never turned up to the interview,'", "direct", "she", "Aroha Pohatu-Reid",
          speaker_at="she said."),
        Q("Ōhāwini is not alone", "indirect", "The Rural Doctors Collective Aotearoa", "Rural Doctors Collective Aotearoa"),
        Q("at least 14 rural practices in the North Island are run by a single GP aged over 65", "indirect",
          "the collective", "Rural Doctors Collective Aotearoa"),
        Q("'It's a crisis, and it's one we've been warning about for 20 years,'", "direct", "Sunita Ramanathan",
          "Sunita Ramanathan"),
        Q("'too little, and about a decade too late'", "partial", "She", "Sunita Ramanathan",
          speaker_at="She said the Government"),
        Q("it would meet health officials in Wellington next week to push for locum cover for Ōhāwini", "indirect",
          "the RDCA", "Rural Doctors Collective Aotearoa", speaker_at="the RDCA said"),
        Q("'within months, not years'", "partial", "It", "Rural Doctors Collective Aotearoa", speaker_at="It warned"),
        Q("the nearest alternative was in Napier, a 90-minute drive on a road that often closes in winter",
          "indirect", "Bev Tautahi", "Bev Tautahi"),
        Q("'What are we supposed to do when we get crook in the night - ring a taxi?'", "direct", "she",
          "Bev Tautahi", speaker_at="she asked"),
        Q("'working closely with the practice'", "partial", "A Health New Zealand spokesperson", None),
    ], source="blind"),
    Case("blind6-sabha", """Chennai sabha rolls back ticket hike after rasikas protest

CHENNAI: One of Chennai's oldest music sabhas on Sunday withdrew a steep increase in ticket prices for its December season, two days after regular concert-goers staged a silent protest outside its auditorium in Mylapore.

Sri Ranjani Vidwat Sabha had raised the price of its "Rasika Priya" season pass from Rs 3,000 to Rs 7,500 and introduced a front-row tier priced at Rs 2,000 per concert.

"We misjudged the mood of our rasikas, and we apologise unreservedly," the sabha's secretary, K.R. Meenakshisundaram, said in a statement. He said the old prices would be restored and that those who had already paid would receive refunds by November 30.

The protest was organised by R. Sampath Kumar, a retired bank officer who has attended the season for 46 years. He told PTI that the sabha had been "forgetting who filled its halls in the lean years".

Carnatic vocalist Vidushi Lalitha Raghavan, who is to open the season on December 15, had written to the committee urging a rethink. In the letter, she wrote that classical music "cannot be allowed to become a luxury for the few".

Speaking to reporters on Sunday, the singer welcomed the decision. "The sabha has shown grace. Now let us all talk about music again," the 68-year-old said.

A committee member, who did not wish to be identified, said the hike had been pushed through by a small group of trustees without a vote.

Other sabhas are also feeling the squeeze. Madras Music Circle president V. Shanmugapriya was quoted as saying by a Tamil daily, "Hall rentals have doubled in five years. Every sabha is under pressure, not only this one."

The December season, which draws thousands of listeners from India and abroad, features more than 2,000 concerts across some 80 venues in the city.

Mr. Meenakshisundaram said online bookings for the season would reopen on Tuesday at the original rates.""", [
        Q('"We misjudged the mood of our rasikas, and we apologise unreservedly,"', "direct",
          "K.R. Meenakshisundaram", "K.R. Meenakshisundaram"),
        Q("the old prices would be restored and that those who had already paid would receive refunds by "
          "November 30", "indirect", "He", "K.R. Meenakshisundaram", speaker_at="He said the old"),
        Q('"forgetting who filled its halls in the lean years"', "partial", "He", "R. Sampath Kumar",
          speaker_at="He told PTI"),
        Q('"cannot be allowed to become a luxury for the few"', "partial", "she", "Lalitha Raghavan",
          speaker_at="she wrote"),
        Q('"The sabha has shown grace. Now let us all talk about music again,"', "direct", "the 68-year-old",
          "Lalitha Raghavan"),
        Q("the hike had been pushed through by a small group of trustees without a vote", "indirect",
          "A committee member", None),
        Q('"Hall rentals have doubled in five years. Every sabha is under pressure, not only this one."', "direct",
          "V. Shanmugapriya", "V. Shanmugapriya"),
        Q("online bookings for the season would reopen on Tuesday at the original rates", "indirect",
          "Meenakshisundaram", "K.R. Meenakshisundaram", speaker_at="Mr. Meenakshisundaram said"),
    ], source="blind"),
    Case("blind6-smog", """LHC orders sealing of polluting kilns as Lahore chokes

LAHORE: The Lahore High Court on Wednesday ordered the immediate sealing of all brick kilns within 30 kilometres of the provincial capital that have not converted to cleaner zigzag technology, as the city’s air quality remained among the worst in the world.

Justice Saima Nawaz Qureshi passed the order while hearing a set of petitions seeking action against smog. “Is the government waiting for people to collapse on the roads before it acts?” the judge asked the law officers present.

According to the Punjab Clean Air Authority (PCAA), the air quality index in Gulberg touched 612 on Tuesday night, more than 12 times the level considered safe.

The authority’s director general, Dr Farrukh Abbas Naqvi, told the court that 1,140 kilns had been sealed since October. Teams were working “round the clock”, he said.

The PCAA also said it had deployed 40 anti-smog squads across the district and issued fines worth Rs86 million to factories and vehicle owners.

Counsel for the petitioners, Sheraz Ahmed Khokhar, said the figures were “meaningless” if kilns simply reopened at night once inspectors had left.

Kiln owners reacted angrily to the order. Mian Khalid Mehmood, president of the Punjab Bhatta Owners Union, warned that it would throw about 200,000 labourers, many of them bonded families, out of work.

“We are not against clean air, but where will these families eat?” he told Dawn. “Give us loans to convert, not padlocks.”

The court directed the authority to submit a compliance report and adjourned the hearing till Friday.

Meanwhile, the Punjab government extended the closure of schools in Lahore, Sheikhupura and Kasur until Sunday. A notification issued by the school education department said private and public schools would shift to online classes.

Doctors at Mayo Hospital reported a sharp rise in patients with chest infections and eye irritation this week.""", [
        Q("“Is the government waiting for people to collapse on the roads before it acts?”", "direct", "the judge",
          "Saima Nawaz Qureshi"),
        Q("the air quality index in Gulberg touched 612 on Tuesday night, more than 12 times the level considered "
          "safe", "indirect", "the Punjab Clean Air Authority", "Punjab Clean Air Authority"),
        Q("that 1,140 kilns had been sealed since October", "indirect", "Farrukh Abbas Naqvi", "Farrukh Abbas Naqvi"),
        Q("“round the clock”", "partial", "he", "Farrukh Abbas Naqvi", speaker_at="he said"),
        Q("it had deployed 40 anti-smog squads across the district and issued fines worth Rs86 million to factories "
          "and vehicle owners", "indirect", "The PCAA", "Punjab Clean Air Authority"),
        Q("“meaningless”", "partial", "Sheraz Ahmed Khokhar", "Sheraz Ahmed Khokhar"),
        Q("that it would throw about 200,000 labourers, many of them bonded families, out of work", "indirect",
          "Khalid Mehmood", "Khalid Mehmood"),
        Q("“We are not against clean air, but where will these families eat?”", "direct", "he", "Khalid Mehmood",
          speaker_at="he told Dawn"),
        Q("“Give us loans to convert, not padlocks.”", "direct", "he", "Khalid Mehmood", speaker_at="he told Dawn"),
        Q("private and public schools would shift to online classes", "indirect",
          "A notification issued by the school education department", None),
    ], source="blind"),
    Case("blind6-garments", """Ashulia factories reopen after deal on attendance bonus

Most of the garment factories in Ashulia that shut during a week of worker protests reopened yesterday, after owners and labour leaders agreed to raise the monthly attendance bonus by Tk 375.

Production resumed at 79 of the 86 factories that had declared a general holiday, according to Md Sarwar Alam, superintendent of Industrial Police-1 in Ashulia.

The agreement was reached late on Saturday at a tripartite meeting chaired by State Minister for Labour and Employment Shamima Nasrin Chowdhury.

"Both sides showed flexibility. Nobody got everything they wanted, which is usually the sign of a fair deal," the minister told reporters after the meeting.

The Bangladesh Knitwear and Apparel Exporters Forum, which represents about 1,100 factories, said the extra cost would be "difficult but manageable" for most of its members.

BKAEF President Anisur Rahman Talukder insisted, however, that international buyers must share the burden. "Retailers in Europe and the US keep asking us for higher wages and lower prices at the same time. Both cannot happen," he said.

Labour leaders gave the deal a cautious welcome. Farzana Akter Munni, general secretary of the Garment Sramik Oikya Parishad, said workers had returned "because they have rent to pay, not because they are satisfied".

She warned that the federation would call fresh demonstrations if the increase was not reflected in November's pay slips.

A sewing operator at a factory in Zirabo, who asked not to be named, told The Daily Star that many workers had lost a week's wages during the closure.

"We were not paid for the days we stayed home. Who will pay our rent now?" she said.

Owners of the seven factories still closed said they would reopen on Tuesday once security arrangements were in place.

Ashulia, on the outskirts of Dhaka, is home to several hundred export-oriented garment factories employing more than half a million people.""", [
        Q("Production resumed at 79 of the 86 factories that had declared a general holiday", "indirect",
          "Md Sarwar Alam", "Md Sarwar Alam"),
        Q('"Both sides showed flexibility. Nobody got everything they wanted, which is usually the sign of a fair '
          'deal,"', "direct", "the minister", "Shamima Nasrin Chowdhury"),
        Q('"difficult but manageable"', "partial", "The Bangladesh Knitwear and Apparel Exporters Forum",
          "Bangladesh Knitwear and Apparel Exporters Forum"),
        Q("that international buyers must share the burden", "indirect", "Anisur Rahman Talukder",
          "Anisur Rahman Talukder"),
        Q('"Retailers in Europe and the US keep asking us for higher wages and lower prices at the same time. Both '
          'cannot happen,"', "direct", "he", "Anisur Rahman Talukder", speaker_at="he said"),
        Q('"because they have rent to pay, not because they are satisfied"', "partial", "Farzana Akter Munni",
          "Farzana Akter Munni"),
        Q("that the federation would call fresh demonstrations if the increase was not reflected in November's pay "
          "slips", "indirect", "She", "Farzana Akter Munni", speaker_at="She warned"),
        Q("that many workers had lost a week's wages during the closure", "indirect",
          "A sewing operator at a factory in Zirabo", None),
        Q('"We were not paid for the days we stayed home. Who will pay our rent now?"', "direct", "she", None,
          speaker_at="she said"),
        Q("they would reopen on Tuesday once security arrangements were in place", "indirect",
          "Owners of the seven factories still closed", None),
    ], source="blind"),
    Case("blind6-elephants", """Beehive fences halve elephant raids in trial villages

Fences hung with beehives cut elephant raids on paddy fields and home gardens by more than half during a two-year trial in the Anuradhapura District, researchers said yesterday.

The project, run by the Centre for Human-Elephant Coexistence (CHEC) in 12 villages near Galenbindunuwewa, strung hives every ten metres along wire fences. When an elephant pushes against the wire, the hives swing and the bees swarm.

‘Elephants are terrified of bees. They will walk a kilometre out of their way to avoid a hive,’ said Dr Chamari Wickremasinghe-Perera, the centre’s lead ecologist. ‘We are using that fear to protect farmers without harming the animals.’

Dr Wickremasinghe-Perera said raids had fallen from an average of 9.4 a month to 4.1 in villages with the fences, while neighbouring villages without them saw no change.

She added that farmers had also earned money from the honey, with each hive producing up to eight kilogrammes a year.

Paddy farmer W.M. Tikiri Banda, 63, of Pahala Ihalagama, said life in the village had changed. ‘Before the fence, we slept in tree huts and chased the elephants with crackers. Now I sleep in my own bed,’ he said.

In its report, the CHEC cautioned that beehive fences would not work everywhere, since hives abandoned during droughts no longer deter elephants. The centre called for the fences to be combined with the electric fencing already used by the authorities.

More than 470 elephants and 170 people were killed in human-elephant conflict last year, according to official figures.

A senior official of the Department of Wildlife Conservation, who declined to be named, said the department would ‘study the results closely’ before deciding whether to fund the fences in other districts.

The villagers themselves have few doubts. They say the bees have done what years of promises could not.""", [
        Q("Fences hung with beehives cut elephant raids on paddy fields and home gardens by more than half during a "
          "two-year trial in the Anuradhapura District", "indirect", "researchers", None),
        Q("‘Elephants are terrified of bees. They will walk a kilometre out of their way to avoid a hive,’",
          "direct", "Chamari Wickremasinghe-Perera", "Chamari Wickremasinghe-Perera",
          speaker_at="said Dr Chamari Wickremasinghe-Perera"),
        Q("‘We are using that fear to protect farmers without harming the animals.’", "direct",
          "Chamari Wickremasinghe-Perera", "Chamari Wickremasinghe-Perera",
          speaker_at="said Dr Chamari Wickremasinghe-Perera"),
        Q("raids had fallen from an average of 9.4 a month to 4.1 in villages with the fences, while neighbouring "
          "villages without them saw no change", "indirect", "Wickremasinghe-Perera",
          "Chamari Wickremasinghe-Perera", speaker_at="Dr Wickremasinghe-Perera said"),
        Q("that farmers had also earned money from the honey, with each hive producing up to eight kilogrammes a year",
          "indirect", "She", "Chamari Wickremasinghe-Perera", speaker_at="She added"),
        Q("life in the village had changed", "indirect", "W.M. Tikiri Banda", "W.M. Tikiri Banda"),
        Q("‘Before the fence, we slept in tree huts and chased the elephants with crackers. Now I sleep in my own "
          "bed,’", "direct", "he", "W.M. Tikiri Banda", speaker_at="he said"),
        Q("that beehive fences would not work everywhere, since hives abandoned during droughts no longer deter "
          "elephants", "indirect", "the CHEC", "Centre for Human-Elephant Coexistence"),
        Q("More than 470 elephants and 170 people were killed in human-elephant conflict last year", "indirect",
          "official figures", None),
        Q("‘study the results closely’", "partial",
          "A senior official of the Department of Wildlife Conservation", None),
        Q("the bees have done what years of promises could not", "indirect", "They", None, speaker_at="They say"),
    ], source="blind"),
    Case("blind6-loanapps", """Commission vows sanctions against loan apps over debt-shaming

The National Consumer Credit Commission (NCCC) has threatened to shut down digital lenders that harass borrowers or their contacts, after receiving more than 3,000 complaints in six months.

The commission's Director-General, Dr Adaeze Okonkwo-Bello, told journalists in Abuja on Tuesday that some lenders were sending defamatory messages to borrowers' relatives, pastors and employers.

"People are being called thieves in WhatsApp groups with their mothers and their bosses in them. That is not debt recovery; it is blackmail," she said.

She said the NCCC had written to 27 lenders, giving them 14 days to explain their recovery practices.

Okonkwo-Bello added that the commission would publish the names of lenders who failed to respond, and warned that repeat offenders could have their operating licences withdrawn.

One lender named in the letter, QuickNaira Ltd, denied any wrongdoing. In a statement signed by its head of legal, Babatunde Ogunleye-Hassan, the company said it had "never contacted anyone on a borrower's phone without consent".

A Lagos schoolteacher, Mrs Ngozi Chukwuma, said she had borrowed N40,000 from an app to pay her son's school fees and missed one repayment by three days. She said the messages that followed had left her "too ashamed to go to church or face my colleagues.

Alhaji Musa Danjuma Garba, chairman of the Digital Lenders Association of Nigeria, said members had adopted a code of conduct banning contact with third parties.

"We will expel any member found to be shaming customers. Those people are spoiling the name of an industry that serves millions of Nigerians who cannot get a bank loan," he added.

Consumer rights lawyer Chief Emeka Nwachukwu-Obi SAN said the commission's threat was overdue. "These companies have been operating like they are above the law," he said.

The NCCC said it had set up a toll-free line for complaints.""", [
        Q("that some lenders were sending defamatory messages to borrowers' relatives, pastors and employers",
          "indirect", "Adaeze Okonkwo-Bello", "Adaeze Okonkwo-Bello"),
        Q('"People are being called thieves in WhatsApp groups with their mothers and their bosses in them. That is '
          'not debt recovery; it is blackmail,"', "direct", "she", "Adaeze Okonkwo-Bello", speaker_at="she said"),
        Q("the NCCC had written to 27 lenders, giving them 14 days to explain their recovery practices", "indirect",
          "She", "Adaeze Okonkwo-Bello", speaker_at="She said the NCCC"),
        Q("that the commission would publish the names of lenders who failed to respond", "indirect",
          "Okonkwo-Bello", "Adaeze Okonkwo-Bello", speaker_at="Okonkwo-Bello added"),
        Q("that repeat offenders could have their operating licences withdrawn", "indirect", "Okonkwo-Bello",
          "Adaeze Okonkwo-Bello", speaker_at="Okonkwo-Bello added"),
        Q('"never contacted anyone on a borrower\'s phone without consent"', "partial", "the company",
          "QuickNaira Ltd", speaker_at="the company said"),
        Q("she had borrowed N40,000 from an app to pay her son's school fees and missed one repayment by three days",
          "indirect", "Ngozi Chukwuma", "Ngozi Chukwuma"),
        Q('"too ashamed to go to church or face my colleagues.', "partial", "She", "Ngozi Chukwuma",
          speaker_at="She said the messages"),
        Q("members had adopted a code of conduct banning contact with third parties", "indirect",
          "Musa Danjuma Garba", "Musa Danjuma Garba"),
        Q('"We will expel any member found to be shaming customers. Those people are spoiling the name of an industry '
          'that serves millions of Nigerians who cannot get a bank loan,"', "direct", "he", "Musa Danjuma Garba",
          speaker_at="he added"),
        Q("the commission's threat was overdue", "indirect", "Emeka Nwachukwu-Obi", "Emeka Nwachukwu-Obi"),
        Q('"These companies have been operating like they are above the law,"', "direct", "he",
          "Emeka Nwachukwu-Obi", speaker_at="he said."),
        Q("it had set up a toll-free line for complaints", "indirect", "The NCCC",
          "National Consumer Credit Commission", speaker_at="The NCCC said"),
    ], source="blind"),
    Case("blind6-tbvaccine", """Cape Town team takes new TB vaccine into final-stage trial

A tuberculosis vaccine developed partly in South Africa will enter a final-stage trial involving 9,000 adults next year, after an earlier study found it cut infections by 41%, researchers announced on Tuesday.

The Cape Peninsula Vaccine Research Unit (CPVRU) will lead the trial of the vaccine, known as CPV-22, at six sites in the Western Cape and KwaZulu-Natal.

Prof Thandeka Mokoena-Dlamini, the unit’s director, said: “For a hundred years we have had one TB vaccine, and it does very little for adults. If this works, it changes everything.”

She cautioned that the phase two study had involved only 1,800 people and that the protection it showed might not last beyond three years.

The unit said it had secured R1.2 billion in funding from local and international donors. It said recruitment would begin in Khayelitsha and Pietermaritzburg in March.

Dr Pieter van der Merwe, an infectious diseases specialist at Tygerberg Hospital who is not involved in the research, called the results “genuinely encouraging”.

“We have been disappointed before,” Van der Merwe said. “Let’s see the numbers in three years.”

South Africa recorded about 270,000 TB cases in 2022, according to the health department, and the disease remains the country’s leading infectious killer.

Activists welcomed the news but urged the researchers to make sure the communities that had hosted the trials would benefit first.

“People in Khayelitsha have given their blood and their time to these studies. They must be first in line when it is approved,” said Nomvula Mthembu-Adams, coordinator of the TB Survivors Network.

The CPVRU’s partners include a Swiss foundation and two Indian manufacturers, which have agreed to produce the vaccine at cost for African governments if it proves effective, the unit said.

The 52-year-old Mokoena-Dlamini, who began her career as a nurse in a Soweto TB ward, said the trial was “the work of my life”.""", [
        Q("A tuberculosis vaccine developed partly in South Africa will enter a final-stage trial involving 9,000 "
          "adults next year, after an earlier study found it cut infections by 41%", "indirect", "researchers", None,
          speaker_at="researchers announced"),
        Q("“For a hundred years we have had one TB vaccine, and it does very little for adults. If this works, it "
          "changes everything.”", "direct", "Thandeka Mokoena-Dlamini", "Thandeka Mokoena-Dlamini"),
        Q("that the phase two study had involved only 1,800 people and that the protection it showed might not last "
          "beyond three years", "indirect", "She", "Thandeka Mokoena-Dlamini", speaker_at="She cautioned"),
        Q("it had secured R1.2 billion in funding from local and international donors", "indirect", "The unit",
          "Cape Peninsula Vaccine Research Unit", speaker_at="The unit said"),
        Q("recruitment would begin in Khayelitsha and Pietermaritzburg in March", "indirect", "It",
          "Cape Peninsula Vaccine Research Unit", speaker_at="It said recruitment"),
        Q("“genuinely encouraging”", "partial", "Pieter van der Merwe", "Pieter van der Merwe"),
        Q("“We have been disappointed before,”", "direct", "Van der Merwe", "Pieter van der Merwe"),
        Q("“Let’s see the numbers in three years.”", "direct", "Van der Merwe", "Pieter van der Merwe"),
        Q("South Africa recorded about 270,000 TB cases in 2022", "indirect", "the health department", None),
        Q("“People in Khayelitsha have given their blood and their time to these studies. They must be first in line "
          "when it is approved,”", "direct", "Nomvula Mthembu-Adams", "Nomvula Mthembu-Adams"),
        Q("The CPVRU’s partners include a Swiss foundation and two Indian manufacturers, which have agreed to produce "
          "the vaccine at cost for African governments if it proves effective", "indirect", "the unit",
          "Cape Peninsula Vaccine Research Unit", speaker_at="the unit said"),
        Q("“the work of my life”", "partial", "Mokoena-Dlamini", "Thandeka Mokoena-Dlamini",
          speaker_at="The 52-year-old Mokoena-Dlamini"),
    ], source="blind"),
    Case("blind6-hawker", """Bukit Serene hawkers fret over 10-month closure for upgrade

Hawkers at Bukit Serene Market and Food Centre say they are worried about losing regular customers when the centre, built in 1986, closes for a major upgrade in January.

Bukit Serene Town Council announced last week that the centre would close from Jan 6 to Oct 31 for works including a new ventilation system, better drainage and 24 additional stalls.

It said stallholders would receive a one-off payment of $3,000 and priority to return at their current rents.

Mr Tan Wei Ming, 58, who has sold fishball noodles at the centre since 1991, said he had no plans to move to the temporary site in a nearby car park.

"The council says it's only 10 months," Mr Tan said, "but at my age, 10 months is a long time. My customers are mostly old folks from the blocks around here. They won't walk to a car park in the hot sun."

Madam Lim Siew Hoon, 66, who runs a chicken rice stall with her son, said the break would be "a chance to rest my knees".

But her son, Mr Benjamin Lim, was less sanguine. "We still have to pay our assistant and the loan on our equipment, closure or no closure," the 34-year-old said.

Ms Nur Aisyah Abdul Rahman, 41, who sells nasi lemak, welcomed the works. "The ceiling fans are so weak, some days it's like cooking in an oven," Ms Nur Aisyah said.

Bukit Serene MP Darryl Sim said in a Facebook post on Sunday that the town council would waive rent for the first month after the centre reopens.

He wrote: "I have heard the concerns of our hawkers and residents. We will do our best to keep this period as short and painless as possible."

The upgrade is part of the "Hawker Centres 3.0" programme to renew older centres across the island.""", [
        Q("they are worried about losing regular customers when the centre, built in 1986, closes for a major upgrade "
          "in January", "indirect", "Hawkers at Bukit Serene Market and Food Centre", None),
        Q("that the centre would close from Jan 6 to Oct 31 for works including a new ventilation system, better "
          "drainage and 24 additional stalls", "indirect", "Bukit Serene Town Council", "Bukit Serene Town Council",
          speaker_at="Bukit Serene Town Council announced"),
        Q("stallholders would receive a one-off payment of $3,000 and priority to return at their current rents",
          "indirect", "It", "Bukit Serene Town Council", speaker_at="It said stallholders"),
        Q("he had no plans to move to the temporary site in a nearby car park", "indirect", "Tan Wei Ming",
          "Tan Wei Ming"),
        Q('"The council says it\'s only 10 months,"', "direct", "Tan", "Tan Wei Ming", speaker_at="Mr Tan said"),
        Q('"but at my age, 10 months is a long time. My customers are mostly old folks from the blocks around here. '
          'They won\'t walk to a car park in the hot sun."', "direct", "Tan", "Tan Wei Ming",
          speaker_at="Mr Tan said"),
        Q('"a chance to rest my knees"', "partial", "Lim Siew Hoon", "Lim Siew Hoon"),
        Q('"We still have to pay our assistant and the loan on our equipment, closure or no closure,"', "direct",
          "the 34-year-old", "Benjamin Lim"),
        Q('"The ceiling fans are so weak, some days it\'s like cooking in an oven,"', "direct", "Nur Aisyah",
          "Nur Aisyah Abdul Rahman", speaker_at="Ms Nur Aisyah said"),
        Q("that the town council would waive rent for the first month after the centre reopens", "indirect",
          "Darryl Sim", "Darryl Sim"),
        Q('"I have heard the concerns of our hawkers and residents. We will do our best to keep this period as short '
          'and painless as possible."', "direct", "He", "Darryl Sim", speaker_at="He wrote"),
    ], source="blind"),
    Case("blind6-typhoon", """Catanduanes towns still in the dark a week after super typhoon

VIRAC, Catanduanes — Seven of the province’s 11 towns remained without electricity on Sunday, a week after Super Typhoon Tonyo tore across the island, provincial officials said.

Gov. Ramon “Monching” Villanueva said nearly 60 percent of houses in the worst-hit towns of Bato, Baras and Gigmoto had been damaged or destroyed.

“We have restored water to almost every barangay, but power is another story. Many of the transmission towers are simply gone,” Villanueva told reporters at the provincial capitol.

The Catanduanes Rural Electric Cooperative (CREC) said it had asked electric cooperatives in Luzon to send linemen. Its general manager, Engr. Josefina dela Cruz-Santos, said full restoration could take “four to six weeks.”

Dela Cruz-Santos added that the cooperative had prioritized hospitals, water pumps and evacuation centers.

In Bato, fish vendor Lorna Tabuzo, 47, and her family of six have been sleeping in a school classroom since the storm.

“Wala na kaming bahay (We no longer have a house),” she said, pointing to a heap of splintered wood and roofing sheets where her home once stood. “But we are alive. That is what matters.”

The Department of Social Welfare and Development said it had delivered 38,000 family food packs to the province. It said a second ship carrying rice, bottled water and hygiene kits was expected in Virac on Tuesday.

Not everyone is satisfied with the pace of relief. A barangay captain in Baras, who asked not to be identified for fear of losing government support, said some families in upland villages had yet to receive any assistance.

A senator who visited on Saturday was quoted as saying the island needed “a Marshall Plan, not another photo op.”

Tonyo was the strongest typhoon to hit the Bicol region this year, with sustained winds of 215 kilometers per hour at landfall. At least 14 people were killed in the province.""", [
        Q("Seven of the province’s 11 towns remained without electricity on Sunday, a week after Super Typhoon Tonyo "
          "tore across the island", "indirect", "provincial officials", None),
        Q("nearly 60 percent of houses in the worst-hit towns of Bato, Baras and Gigmoto had been damaged or "
          "destroyed", "indirect", "Ramon “Monching” Villanueva", "Ramon Villanueva"),
        Q("“We have restored water to almost every barangay, but power is another story. Many of the transmission "
          "towers are simply gone,”", "direct", "Villanueva", "Ramon Villanueva", speaker_at="Villanueva told"),
        Q("it had asked electric cooperatives in Luzon to send linemen", "indirect",
          "The Catanduanes Rural Electric Cooperative", "Catanduanes Rural Electric Cooperative"),
        Q("“four to six weeks.”", "partial", "Josefina dela Cruz-Santos", "Josefina dela Cruz-Santos"),
        Q("that the cooperative had prioritized hospitals, water pumps and evacuation centers", "indirect",
          "Dela Cruz-Santos", "Josefina dela Cruz-Santos"),
        Q("“Wala na kaming bahay (We no longer have a house),”", "direct", "she", "Lorna Tabuzo",
          speaker_at="she said"),
        Q("“But we are alive. That is what matters.”", "direct", "she", "Lorna Tabuzo", speaker_at="she said"),
        Q("it had delivered 38,000 family food packs to the province", "indirect",
          "The Department of Social Welfare and Development", "Department of Social Welfare and Development"),
        Q("a second ship carrying rice, bottled water and hygiene kits was expected in Virac on Tuesday", "indirect",
          "It", "Department of Social Welfare and Development", speaker_at="It said a second"),
        Q("some families in upland villages had yet to receive any assistance", "indirect",
          "A barangay captain in Baras", None),
        Q("“a Marshall Plan, not another photo op.”", "partial", "A senator who visited on Saturday", None),
    ], source="blind"),
    Case("blind6-sprint", """Adeyemi-Okoro silences National Stadium with 9.91

KINGSTON, Jamaica — Nigeria's Chukwuebuka Adeyemi-Okoro spoiled the party for the home crowd at the National Stadium on Saturday night, winning the men's 100 metres at the Caribbean Speed Classic in a meet record of 9.91 seconds.

Jamaican champion Kemar Whyte-Lindo was second in 9.95, with Trinidad and Tobago's Akeem Ramdass-Phillip third in 10.02.

"I came here knowing the crowd would not be cheering for me, and that's fine. I used it," the Nigerian told The Gleaner afterwards. "When it got loud at the start, I just told myself, this noise is for me too."

Adeyemi-Okoro, who trains in Texas, said he had been nursing a hamstring strain since April and had considered pulling out of the meet. He said that he planned to race twice more in Europe before the African Championships in August.

Whyte-Lindo, the favourite after clocking 9.89 in Florida last month, blamed a sluggish reaction. "I was asleep in the blocks. That's on me," the 23-year-old said. "I'll be back in the lab on Monday working on it."

His coach, Everton Clarke, insisted there was no reason for alarm with national trials three weeks away.

In the women's 200m, Shanique "Flash" McKenzie-Walters ran a season's best 22.08 to beat a strong field that included two Olympic finalists.

"My coach told me to attack the bend and I did just that," McKenzie-Walters said. "The time is nice, but I know there is more in these legs."

Meet director Desmond Ffrench said a crowd of about 22,000 had attended, the biggest for the event since it was launched in 2015.

"Kingston showed up tonight. This is what track and field in Jamaica is supposed to feel like," Ffrench said.

The meet is part of a regional series that concludes in Bridgetown, Barbados, next month.""", [
        Q('"I came here knowing the crowd would not be cheering for me, and that\'s fine. I used it,"', "direct",
          "the Nigerian", "Chukwuebuka Adeyemi-Okoro"),
        Q('"When it got loud at the start, I just told myself, this noise is for me too."', "direct", "the Nigerian",
          "Chukwuebuka Adeyemi-Okoro"),
        Q("he had been nursing a hamstring strain since April and had considered pulling out of the meet", "indirect",
          "Adeyemi-Okoro", "Chukwuebuka Adeyemi-Okoro", speaker_at="Adeyemi-Okoro, who trains"),
        Q("that he planned to race twice more in Europe before the African Championships in August", "indirect",
          "He", "Chukwuebuka Adeyemi-Okoro", speaker_at="He said that"),
        Q('"I was asleep in the blocks. That\'s on me,"', "direct", "the 23-year-old", "Kemar Whyte-Lindo"),
        Q('"I\'ll be back in the lab on Monday working on it."', "direct", "the 23-year-old", "Kemar Whyte-Lindo"),
        Q("there was no reason for alarm with national trials three weeks away", "indirect", "Everton Clarke",
          "Everton Clarke"),
        Q('"My coach told me to attack the bend and I did just that,"', "direct", "McKenzie-Walters",
          "Shanique McKenzie-Walters", speaker_at="McKenzie-Walters said"),
        Q('"The time is nice, but I know there is more in these legs."', "direct", "McKenzie-Walters",
          "Shanique McKenzie-Walters", speaker_at="McKenzie-Walters said"),
        Q("a crowd of about 22,000 had attended, the biggest for the event since it was launched in 2015", "indirect",
          "Desmond Ffrench", "Desmond Ffrench"),
        Q('"Kingston showed up tonight. This is what track and field in Jamaica is supposed to feel like,"', "direct",
          "Ffrench", "Desmond Ffrench", speaker_at='," Ffrench said'),
    ], source="blind"),
]
