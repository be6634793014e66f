"""Blind gold set 73: short news articles from many outlets, written once.

Written without looking at the pretagger, its output or at the other gold sets (only the case format and
the worked examples in heldout_cases.py were read). Canadian regional papers and public radio, Philippine
national dailies, Irish local radio sites and Gulf English-language papers, each in its own quotation style;
topics are fisheries quotas, city budgets, wildfires, corruption trials, university strikes, hospital waiting
lists, junior ice hockey finals and desalination plants.
"""

from __future__ import annotations

from gold_format import Case, Q

CASES = [
    Case("blind73-crab-quota", """Cape Breton crab harvesters vow to fight 30% quota cut

Snow crab harvesters in eastern Cape Breton say they will tie up their boats rather than accept a 30 per cent cut to their quota, which Fisheries and Oceans Canada announced on Friday.

The department said in a news release that the reduction was needed because surveys showed fewer young crab moving into the fishery in Area 23. The cut was made under DFO's "precautionary approach" framework, which kicks in when a stock's health indicators fall below set levels.

"We were blindsided," said Kenny MacLeod, who fishes out of Glace Bay and chairs the Area 23 Snow Crab Fishermen's Association. "Nobody from DFO sat down with us before this came out."

MacLeod said the cut would cost each licence holder roughly $400,000 this season. He said many crews had already bought bait and gear on the assumption the quota would hold steady.

Alana Gillis, a marine biologist at Dalhousie University who has studied the stock, told CBC's Information Morning that the survey numbers were "worrying but not catastrophic."

"The science supports some caution," Gillis said. "Whether it supports a cut this deep is another question, and I think that's where the harvesters have a point."

According to DFO, the total allowable catch for the area will fall to 4,100 tonnes from 5,850 tonnes last year.

Federal Fisheries Minister Claude Arsenault defended the decision in a statement, saying conservation "has to come first if we want a fishery for our grandchildren."

Membertou First Nation, which holds several communal licences in the area, said it had not been properly consulted. Chief Marlene Denny called the process "a box-ticking exercise."

Some harvesters went further. One captain at the Glace Bay wharf, who did not want his name used because he feared repercussions, said the department "doesn't know what's in the water any more than we do."

Cape Breton-Canso MP Ryan MacIsaac said he had asked the minister to meet the association before the season opens on April 1.

"I've heard the frustration loud and clear," MacIsaac said, "and I've passed it on to Ottawa."

Members of the association will vote Tuesday on whether to fish at all this spring.

"If the numbers don't change, a lot of us won't leave the wharf," MacLeod said.""", [
        Q("they will tie up their boats rather than accept a 30 per cent cut to their quota", "indirect",
          "Snow crab harvesters in eastern Cape Breton", None),
        Q("that the reduction was needed because surveys showed fewer young crab moving into the fishery in Area 23",
          "indirect", "The department", "Fisheries and Oceans Canada", speaker_at="The department said"),
        Q('"We were blindsided,"', "direct", "Kenny MacLeod", "Kenny MacLeod"),
        Q('"Nobody from DFO sat down with us before this came out."', "direct", "Kenny MacLeod", "Kenny MacLeod"),
        Q("the cut would cost each licence holder roughly $400,000 this season", "indirect", "MacLeod",
          "Kenny MacLeod", speaker_at="MacLeod said the cut"),
        Q("many crews had already bought bait and gear on the assumption the quota would hold steady", "indirect",
          "He", "Kenny MacLeod", speaker_at="He said many"),
        Q('"worrying but not catastrophic."', "partial", "Alana Gillis", "Alana Gillis"),
        Q('"The science supports some caution,"', "direct", "Gillis", "Alana Gillis", speaker_at="Gillis said"),
        Q("\"Whether it supports a cut this deep is another question, and I think that's where the harvesters have "
          "a point.\"", "direct", "Gillis", "Alana Gillis", speaker_at="Gillis said"),
        Q("the total allowable catch for the area will fall to 4,100 tonnes from 5,850 tonnes last year", "indirect",
          "DFO", "Fisheries and Oceans Canada", speaker_at="According to DFO"),
        Q('"has to come first if we want a fishery for our grandchildren."', "partial", "Claude Arsenault",
          "Claude Arsenault"),
        Q("it had not been properly consulted", "indirect", "Membertou First Nation", "Membertou First Nation"),
        Q('"a box-ticking exercise."', "partial", "Marlene Denny", "Marlene Denny"),
        Q("\"doesn't know what's in the water any more than we do.\"", "partial",
          "One captain at the Glace Bay wharf", None),
        Q("he had asked the minister to meet the association before the season opens on April 1", "indirect",
          "Ryan MacIsaac", "Ryan MacIsaac"),
        Q("\"I've heard the frustration loud and clear,\"", "direct", "MacIsaac", "Ryan MacIsaac",
          speaker_at="MacIsaac said,"),
        Q("\"and I've passed it on to Ottawa.\"", "direct", "MacIsaac", "Ryan MacIsaac", speaker_at="MacIsaac said,"),
        Q("\"If the numbers don't change, a lot of us won't leave the wharf,\"", "direct", "MacLeod", "Kenny MacLeod",
          speaker_at="wharf,\" MacLeod said"),
    ], source="blind"),
    Case("blind73-saskatoon-budget", """Council approves 5.8 per cent tax hike after two-day budget debate

Saskatoon city council voted 7-4 on Wednesday night to approve a $654-million operating budget that will raise property taxes by 5.8 per cent next year, ending two days of sometimes testy debate.

Mayor Darren Kowalchuk, who voted in favour, called the increase “the hardest number I’ve ever had to put my name to.”

“Nobody around this table wanted to be here,” Kowalchuk told reporters after the vote. “But the costs of policing, transit and snow clearing didn’t go down because we wished they would.”

For a typical homeowner with a house assessed at $340,000, the increase works out to about $11 a month, according to figures from the City of Saskatoon.

Coun. Priya Dhaliwal, who represents Ward 6, pushed unsuccessfully for a smaller hike funded by drawing down the city’s fiscal stabilization reserve. She said residents in her ward were “already choosing between groceries and rent.”

“We are asking people who are barely hanging on to pay more, again,” Dhaliwal said. “I couldn’t support that.”

Chief financial officer Marcus Lindqvist warned council during Tuesday’s session that emptying the reserve would leave the city exposed if another hard winter blew through the snow-removal budget.

“Reserves are there for emergencies,” Lindqvist said. “Using them to keep the mill rate down this year just pushes the problem into 2026.”

The Saskatoon Police Service will receive an additional $4.2 million, the largest single increase in the budget. Police Chief Angela Hrycak said in a written statement that the money would pay for 14 new officers and an expanded mental-health response team.

Not everyone was convinced. Tanya Moose, a spokesperson for the community group Fair Budget YXE, said council had spent “more time talking about police cars than bus routes.”

Transit’s “Route Forward” plan, which would add frequent service along 8th Street, was pushed back another year.

Coun. Bill Petrenko said he voted against the budget because council had not done enough to find savings.

“We cut nothing. Not one program,” he said. “We just found new ways to spend.”

Residents can expect their new tax notices in May, the city said.""", [
        Q("“the hardest number I’ve ever had to put my name to.”", "partial", "Darren Kowalchuk", "Darren Kowalchuk"),
        Q("“Nobody around this table wanted to be here,”", "direct", "Kowalchuk", "Darren Kowalchuk",
          speaker_at="Kowalchuk told"),
        Q("“But the costs of policing, transit and snow clearing didn’t go down because we wished they would.”",
          "direct", "Kowalchuk", "Darren Kowalchuk", speaker_at="Kowalchuk told"),
        Q("For a typical homeowner with a house assessed at $340,000, the increase works out to about $11 a month",
          "indirect", "the City of Saskatoon", "City of Saskatoon"),
        Q("“already choosing between groceries and rent.”", "partial", "She", "Priya Dhaliwal",
          speaker_at="She said residents"),
        Q("“We are asking people who are barely hanging on to pay more, again,”", "direct", "Dhaliwal",
          "Priya Dhaliwal", speaker_at="Dhaliwal said"),
        Q("“I couldn’t support that.”", "direct", "Dhaliwal", "Priya Dhaliwal", speaker_at="Dhaliwal said"),
        Q("that emptying the reserve would leave the city exposed if another hard winter blew through the "
          "snow-removal budget", "indirect", "Marcus Lindqvist", "Marcus Lindqvist"),
        Q("“Reserves are there for emergencies,”", "direct", "Lindqvist", "Marcus Lindqvist",
          speaker_at="Lindqvist said"),
        Q("“Using them to keep the mill rate down this year just pushes the problem into 2026.”", "direct",
          "Lindqvist", "Marcus Lindqvist", speaker_at="Lindqvist said"),
        Q("that the money would pay for 14 new officers and an expanded mental-health response team", "indirect",
          "Angela Hrycak", "Angela Hrycak"),
        Q("“more time talking about police cars than bus routes.”", "partial", "Tanya Moose", "Tanya Moose"),
        Q("he voted against the budget because council had not done enough to find savings", "indirect",
          "Bill Petrenko", "Bill Petrenko"),
        Q("“We cut nothing. Not one program,”", "direct", "he", "Bill Petrenko", speaker_at="he said"),
        Q("“We just found new ways to spend.”", "direct", "he", "Bill Petrenko", speaker_at="he said"),
        Q("Residents can expect their new tax notices in May", "indirect", "the city", "City of Saskatoon",
          speaker_at="the city said"),
    ], source="blind"),
    Case("blind73-shuswap-wildfire", """Evacuation order expands as Shuswap wildfire jumps highway

More than 2,300 people near Sorrento and Blind Bay were ordered out of their homes Saturday evening after a wildfire in B.C.'s Shuswap region jumped the Trans-Canada Highway, officials said.

The Columbia Shuswap Regional District expanded its evacuation order shortly after 6 p.m. PT, saying wind gusts of up to 60 km/h had pushed the fire east much faster than expected.

"This is a rapidly changing situation. If you are on order, you need to leave now," said Derek Sutherland, the regional district's emergency operations director. "Do not wait to pack. Do not stop to take pictures."

According to the B.C. Wildfire Service, the Copper Hill fire has grown to an estimated 9,800 hectares since it was sparked by lightning on Tuesday.

Fire information officer Meghan Tait said crews had been pulled back from the fire's northern flank for safety reasons. She warned of "extreme fire behaviour" through at least Sunday.

"We've got 120 firefighters on this fire, along with heavy equipment and eight helicopters," Tait told CBC News. "But with these winds, there are limits to what anybody can do."

Residents described a frantic scramble to get out. Jas Sandhu, who lives on Blind Bay Road with his wife and two children, said the sky turned "black and orange" within minutes.

"We grabbed the dog, the kids and the passports. That's it," Sandhu said from the reception centre at the Salmon Arm recreation complex.

A spokesperson for the RCMP's Salmon Arm detachment said most residents were co-operating but that "a handful" had refused to go.

B.C.'s emergency management minister, Gordon Wiebe, said the province was prepared to ask Ottawa for military help if needed.

"Every resource we have is on the table," he said at a news conference in Victoria.

Highway 1 remains closed between Salmon Arm and Chase, DriveBC said, with no estimated time for reopening.

Evacuees are being asked to register with the province's "Emergency Support Services" program, even if they are staying with friends or family.""", [
        Q("More than 2,300 people near Sorrento and Blind Bay were ordered out of their homes Saturday evening after "
          "a wildfire in B.C.'s Shuswap region jumped the Trans-Canada Highway", "indirect", "officials", None),
        Q("wind gusts of up to 60 km/h had pushed the fire east much faster than expected", "indirect",
          "The Columbia Shuswap Regional District", "Columbia Shuswap Regional District"),
        Q('"This is a rapidly changing situation. If you are on order, you need to leave now,"', "direct",
          "Derek Sutherland", "Derek Sutherland"),
        Q('"Do not wait to pack. Do not stop to take pictures."', "direct", "Derek Sutherland", "Derek Sutherland"),
        Q("the Copper Hill fire has grown to an estimated 9,800 hectares since it was sparked by lightning on Tuesday",
          "indirect", "the B.C. Wildfire Service", "B.C. Wildfire Service"),
        Q("crews had been pulled back from the fire's northern flank for safety reasons", "indirect", "Meghan Tait",
          "Meghan Tait"),
        Q('"extreme fire behaviour"', "partial", "She", "Meghan Tait", speaker_at="She warned"),
        Q('"We\'ve got 120 firefighters on this fire, along with heavy equipment and eight helicopters,"', "direct",
          "Tait", "Meghan Tait", speaker_at="Tait told"),
        Q('"But with these winds, there are limits to what anybody can do."', "direct", "Tait", "Meghan Tait",
          speaker_at="Tait told"),
        Q('"black and orange"', "partial", "Jas Sandhu", "Jas Sandhu"),
        Q('"We grabbed the dog, the kids and the passports. That\'s it,"', "direct", "Sandhu", "Jas Sandhu",
          speaker_at="Sandhu said"),
        Q("most residents were co-operating", "indirect", "A spokesperson for the RCMP's Salmon Arm detachment", None),
        Q('"a handful"', "partial", "A spokesperson for the RCMP's Salmon Arm detachment", None),
        Q("the province was prepared to ask Ottawa for military help if needed", "indirect", "Gordon Wiebe",
          "Gordon Wiebe"),
        Q('"Every resource we have is on the table,"', "direct", "he", "Gordon Wiebe", speaker_at="he said"),
        Q("Highway 1 remains closed between Salmon Arm and Chase", "indirect", "DriveBC", "DriveBC"),
    ], source="blind"),
    Case("blind73-nojhl-final", """Thunderbirds capture NOJHL crown in double overtime

TIMMINS, Ont. — Nolan Bergeron had not scored in 11 playoff games. He picked a good time to end the drought.

The 19-year-old winger from Sudbury buried a rebound 7:42 into the second overtime Friday night, giving the Soo Thunderbirds a 3-2 win over the Timmins Rock in Game 7 of the Northern Ontario Junior Hockey League final at the McIntyre Arena.

"I just closed my eyes and shot it, honestly," Bergeron said, still in full gear as teammates doused each other in the dressing room. "I don't even know who passed it to me."

It was Jordan Kuzyk, the Thunderbirds' captain, who had fired the original shot from the point.

"He owes me dinner," Kuzyk joked.

Soo head coach Marc Lachance said his players had "refused to die" after falling behind 3-1 in the series.

"We told them after Game 4 that nobody in this league had a better road record than us," Lachance said. "They believed it. That's the whole story."

Timmins goaltender Ethan Lajeunesse made 51 saves and was named the playoffs' most valuable player, the league announced after the game.

Rock coach Dave Corriveau said his team had nothing to hang its heads about.

"Fifty-one saves. What else can you ask of a kid?" he said of Lajeunesse. "He gave us every chance."

A crowd of 1,612 — the arena's largest this season, the Rock said on social media — packed the building for the deciding game, including two busloads of fans who made the long drive from Sault Ste. Marie.

Around the league, the Thunderbirds' top line has been known all season as "the Sudbury Express" because all three forwards grew up there.

League commissioner Gerry Lafrance told reporters the final had drawn the biggest online audience in the league's history.

The Thunderbirds now advance to the Centennial Cup, the national Junior A championship, which opens May 9 in Oakville, Ont.

Lachance said he expected Kuzyk, who missed two games in the semifinal with an upper-body injury, to be fully healthy by then.

"We'll enjoy this tonight," he said, "and then we'll get back to work on Monday.\"""", [
        Q('"I just closed my eyes and shot it, honestly,"', "direct", "Bergeron", "Nolan Bergeron",
          speaker_at="Bergeron said"),
        Q('"I don\'t even know who passed it to me."', "direct", "Bergeron", "Nolan Bergeron",
          speaker_at="Bergeron said"),
        Q('"He owes me dinner,"', "direct", "Kuzyk", "Jordan Kuzyk", speaker_at="Kuzyk joked"),
        Q('"refused to die"', "partial", "Marc Lachance", "Marc Lachance"),
        Q('"We told them after Game 4 that nobody in this league had a better road record than us,"', "direct",
          "Lachance", "Marc Lachance", speaker_at="Lachance said. \"They"),
        Q('"They believed it. That\'s the whole story."', "direct", "Lachance", "Marc Lachance",
          speaker_at="Lachance said. \"They"),
        Q("Timmins goaltender Ethan Lajeunesse made 51 saves and was named the playoffs' most valuable player",
          "indirect", "the league", "Northern Ontario Junior Hockey League", speaker_at="the league announced"),
        Q("his team had nothing to hang its heads about", "indirect", "Dave Corriveau", "Dave Corriveau"),
        Q('"Fifty-one saves. What else can you ask of a kid?"', "direct", "he", "Dave Corriveau",
          speaker_at="he said of"),
        Q('"He gave us every chance."', "direct", "he", "Dave Corriveau", speaker_at="he said of"),
        Q("the arena's largest this season", "indirect", "the Rock", "Timmins Rock", speaker_at="the Rock said"),
        Q("the final had drawn the biggest online audience in the league's history", "indirect", "Gerry Lafrance",
          "Gerry Lafrance"),
        Q("he expected Kuzyk, who missed two games in the semifinal with an upper-body injury, to be fully healthy "
          "by then", "indirect", "Lachance", "Marc Lachance", speaker_at="Lachance said he expected"),
        Q('"We\'ll enjoy this tonight,"', "direct", "he", "Marc Lachance", speaker_at="tonight,\" he said"),
        Q('"and then we\'ll get back to work on Monday."', "direct", "he", "Marc Lachance",
          speaker_at="tonight,\" he said"),
    ], source="blind"),
    Case("blind73-sandiganbayan-trucks", """Ex-mayor, 3 others go on trial over P48-M garbage truck deal

MANILA, Philippines — A former mayor of San Isidro, Leyte, and three municipal officials went on trial at the Sandiganbayan on Monday over the allegedly rigged purchase of P48 million worth of garbage trucks in 2019.

The prosecution told the antigraft court’s Fourth Division that former Mayor Rodolfo Villareal and his co-accused had tailored the bidding so that only one supplier, Trans-Visayas Motors Corp., could qualify.

“The evidence will show that this was not a procurement. It was a performance,” Assistant Special Prosecutor Liza Marie Domingo said in her opening statement.

Domingo said the trucks were bought at nearly twice their market price and that two of the six units were never delivered.

Villareal, who is out on P90,000 bail, pleaded not guilty last year to two counts of violating Section 3(e) of Republic Act No. 3019, or the Anti-Graft and Corrupt Practices Act.

His lawyer, Jose Ramon Caballes, told reporters outside the courtroom that the charges were “politically motivated.”

“My client followed every rule in the book. The bids and awards committee made its recommendation, and he signed,” Caballes said in a mix of English and Filipino.

Caballes added that the defense would ask the court to dismiss the case once the prosecution rests.

The first prosecution witness, former municipal accountant Teresita Abella, testified that she was told to release the advance payment even though the delivery receipts had not been signed.

“I signed because I was afraid of losing my job,” Abella told the court, her voice breaking. “I have three children.”

According to the Commission on Audit, which flagged the purchase in its 2020 annual audit report, the municipality also failed to post the bid notice on the Philippine Government Electronic Procurement System.

The case, which local media in Eastern Visayas have dubbed the “garbage truck scam,” is one of at least 14 graft cases against local officials filed before the Sandiganbayan this year.

The Office of the Ombudsman said in a statement that the case was part of a wider crackdown on irregular procurement in local governments.

Associate Justice Bernardo Quimbo, who chairs the division, reminded both camps that the court would “not tolerate trial by publicity” and set the next hearing for June 17.

In San Isidro, a vendor at the public market, who asked not to be named, said garbage collection had barely improved since the trucks arrived. “Sometimes they come, sometimes they don’t,” she said in Waray.""", [
        Q("that former Mayor Rodolfo Villareal and his co-accused had tailored the bidding so that only one supplier, "
          "Trans-Visayas Motors Corp., could qualify", "indirect", "The prosecution", None),
        Q("“The evidence will show that this was not a procurement. It was a performance,”", "direct",
          "Liza Marie Domingo", "Liza Marie Domingo"),
        Q("the trucks were bought at nearly twice their market price", "indirect", "Domingo", "Liza Marie Domingo",
          speaker_at="Domingo said the trucks"),
        Q("that two of the six units were never delivered", "indirect", "Domingo", "Liza Marie Domingo",
          speaker_at="Domingo said the trucks"),
        Q("“politically motivated.”", "partial", "Jose Ramon Caballes", "Jose Ramon Caballes"),
        Q("“My client followed every rule in the book. The bids and awards committee made its recommendation, and he "
          "signed,”", "direct", "Caballes", "Jose Ramon Caballes", speaker_at="Caballes said in"),
        Q("that the defense would ask the court to dismiss the case once the prosecution rests", "indirect",
          "Caballes", "Jose Ramon Caballes", speaker_at="Caballes added"),
        Q("that she was told to release the advance payment even though the delivery receipts had not been signed",
          "indirect", "Teresita Abella", "Teresita Abella"),
        Q("“I signed because I was afraid of losing my job,”", "direct", "Abella", "Teresita Abella",
          speaker_at="Abella told"),
        Q("“I have three children.”", "direct", "Abella", "Teresita Abella", speaker_at="Abella told"),
        Q("the municipality also failed to post the bid notice on the Philippine Government Electronic Procurement "
          "System", "indirect", "the Commission on Audit", "Commission on Audit"),
        Q("that the case was part of a wider crackdown on irregular procurement in local governments", "indirect",
          "The Office of the Ombudsman", "Office of the Ombudsman"),
        Q("“not tolerate trial by publicity”", "partial", "Bernardo Quimbo", "Bernardo Quimbo"),
        Q("garbage collection had barely improved since the trucks arrived", "indirect",
          "a vendor at the public market", None),
        Q("“Sometimes they come, sometimes they don’t,”", "direct", "she", None, speaker_at="she said in Waray"),
    ], source="blind"),
    Case("blind73-iloilo-strike", """Strike by non-teaching staff halts classes at Iloilo college

ILOILO CITY — Classes at Western Visayas Colleges (WVC) were suspended for a third straight day yesterday as some 400 non-teaching employees kept up a strike over wages and benefits.

The WVC Employees Union said its members would stay on the picket line until management agreed to a P3,000 across-the-board monthly increase and the regularization of 62 contractual workers.

"We are not asking for luxury. We are asking for what the law and our collective bargaining agreement already promise us," union president Ma. Cristina Labrador told The STAR.

Labrador said some library and laboratory staff had been on contractual status for more than eight years.

The strikers, among them cashiers, librarians, lab technicians and janitors, have gathered daily at the school's main gate on Luna Street since Monday.

In a statement, WVC management said the school could not afford the increase after enrollment fell by 18 percent over the past three years.

"The school is not a profit-making machine. Every peso we give in salary increases must come from tuition, and our students are already struggling," said Fr. Emmanuel Tupas, the college's vice president for administration.

Tupas said the administration had offered a P1,200 increase spread over two years, which the union rejected. The dispute comes a year after the college's so-called "rationalization" of its non-academic offices, which cut 35 positions.

The National Conciliation and Mediation Board (NCMB) in Western Visayas has called both sides to a meeting on Friday. NCMB regional director Arnel Padilla said he was "cautiously hopeful" that a deal could be reached before midterm exams begin on Oct. 14.

Students have been told to continue their lessons through the school's online learning portal, the registrar's office said.

Not all students were sympathetic. "We paid full tuition. We should have full classes," said Joshua Villanueva, a third-year nursing student.

Others backed the strikers. Kate Sumagaysay, president of the WVC Supreme Student Council, said students would join the picket line on Thursday "to show that the people who keep this school running are not invisible."

The Department of Labor and Employment (DOLE) said in a separate statement that it was monitoring the situation, and reminded the school that "no worker may be dismissed for joining a lawful strike."

Labrador said the union would not back down. "We have waited long enough," she said.""", [
        Q("its members would stay on the picket line until management agreed to a P3,000 across-the-board monthly "
          "increase and the regularization of 62 contractual workers", "indirect", "The WVC Employees Union",
          "WVC Employees Union"),
        Q('"We are not asking for luxury. We are asking for what the law and our collective bargaining agreement '
          'already promise us,"', "direct", "Ma. Cristina Labrador", "Ma. Cristina Labrador"),
        Q("some library and laboratory staff had been on contractual status for more than eight years", "indirect",
          "Labrador", "Ma. Cristina Labrador", speaker_at="Labrador said some"),
        Q("the school could not afford the increase after enrollment fell by 18 percent over the past three years",
          "indirect", "WVC management", "Western Visayas Colleges"),
        Q('"The school is not a profit-making machine. Every peso we give in salary increases must come from '
          'tuition, and our students are already struggling,"', "direct", "Emmanuel Tupas", "Emmanuel Tupas"),
        Q("the administration had offered a P1,200 increase spread over two years, which the union rejected",
          "indirect", "Tupas", "Emmanuel Tupas", speaker_at="Tupas said"),
        Q('"cautiously hopeful"', "partial", "Arnel Padilla", "Arnel Padilla"),
        Q("Students have been told to continue their lessons through the school's online learning portal",
          "indirect", "the registrar's office", None),
        Q('"We paid full tuition. We should have full classes,"', "direct", "Joshua Villanueva",
          "Joshua Villanueva"),
        Q("students would join the picket line on Thursday", "indirect", "Kate Sumagaysay", "Kate Sumagaysay"),
        Q('"to show that the people who keep this school running are not invisible."', "partial", "Kate Sumagaysay",
          "Kate Sumagaysay"),
        Q("that it was monitoring the situation", "indirect", "The Department of Labor and Employment",
          "Department of Labor and Employment"),
        Q('"no worker may be dismissed for joining a lawful strike."', "partial",
          "The Department of Labor and Employment", "Department of Labor and Employment"),
        Q("the union would not back down", "indirect", "Labrador", "Ma. Cristina Labrador",
          speaker_at="Labrador said the union"),
        Q('"We have waited long enough,"', "direct", "she", "Ma. Cristina Labrador", speaker_at="she said"),
    ], source="blind"),
    Case("blind73-davao-surgery-backlog", """Over 9,000 patients waiting for surgery at Davao hospital — COA

DAVAO CITY — More than 9,000 patients are waiting for elective surgery at the government-run Mindanao Regional Medical Center (MRMC), some of them for over two years, according to a report released by the Commission on Audit on Tuesday, March 11.

COA said the hospital’s backlog had grown by 41 percent since 2022 because of a shortage of anesthesiologists, with some operating rooms left idle for lack of staff.

Of the 9,214 patients on the list, 1,870 were waiting for cancer-related procedures, the state auditors said.

MRMC medical center chief Dr. Josefina Alcantara acknowledged the backlog but said the audit figures did not reflect the hospital’s recent hiring.

Alcantara said in a press briefing, “We have added five anesthesiologists since January. The numbers will start coming down, but not overnight.”

She said the hospital would open two more operating rooms by June and schedule elective surgeries on Saturdays.

The hospital’s “Operasyon Para sa Lahat” outreach program, launched in 2023, has so far performed 2,300 free surgeries in partnership with private hospitals.

The Department of Health (DOH) said it had allotted P120 million to the hospital this year for equipment and staffing.

“No patient should wait two years for an operation that could save their life,” Health Undersecretary Ramon Dizon said, adding that the department would send a team of surgeons from Manila to help clear the backlog.

Patients’ families described long and costly waits. Merlinda Sabal, 58, whose husband has been waiting 19 months for a prostate operation, said the family had spent its savings on medicines while waiting.

“Every time we go back, they tell us to wait for a call. The call never comes,” Sabal said in Cebuano.

Dr. Antonio Lumbera, a health policy professor at the Ateneo de Davao University, said the figures pointed to a “structural problem” in public hospitals across Mindanao.

“Doctors trained in Davao leave for Manila or abroad. You cannot build operating rooms faster than you lose the people to run them,” he said.

The Philippine Health Insurance Corp. (PhilHealth) said in a separate statement that members on the waiting list remained entitled to full coverage once their surgeries were scheduled.

Davao City 1st District Rep. Carlo Sarmiento has filed a House resolution seeking an inquiry, calling the audit “a wake-up call for the entire health system.”""", [
        Q("More than 9,000 patients are waiting for elective surgery at the government-run Mindanao Regional Medical "
          "Center (MRMC), some of them for over two years", "indirect", "the Commission on Audit",
          "Commission on Audit"),
        Q("the hospital’s backlog had grown by 41 percent since 2022 because of a shortage of anesthesiologists, with "
          "some operating rooms left idle for lack of staff", "indirect", "COA", "Commission on Audit",
          speaker_at="COA said"),
        Q("Of the 9,214 patients on the list, 1,870 were waiting for cancer-related procedures", "indirect",
          "the state auditors", "Commission on Audit"),
        Q("the audit figures did not reflect the hospital’s recent hiring", "indirect", "Josefina Alcantara",
          "Josefina Alcantara"),
        Q("“We have added five anesthesiologists since January. The numbers will start coming down, but not "
          "overnight.”", "direct", "Alcantara", "Josefina Alcantara", speaker_at="Alcantara said in"),
        Q("the hospital would open two more operating rooms by June and schedule elective surgeries on Saturdays",
          "indirect", "She", "Josefina Alcantara", speaker_at="She said the hospital"),
        Q("it had allotted P120 million to the hospital this year for equipment and staffing", "indirect",
          "The Department of Health", "Department of Health"),
        Q("“No patient should wait two years for an operation that could save their life,”", "direct", "Ramon Dizon",
          "Ramon Dizon"),
        Q("that the department would send a team of surgeons from Manila to help clear the backlog", "indirect",
          "Ramon Dizon", "Ramon Dizon"),
        Q("the family had spent its savings on medicines while waiting", "indirect", "Merlinda Sabal",
          "Merlinda Sabal"),
        Q("“Every time we go back, they tell us to wait for a call. The call never comes,”", "direct", "Sabal",
          "Merlinda Sabal", speaker_at="Sabal said"),
        Q("“structural problem”", "partial", "Antonio Lumbera", "Antonio Lumbera"),
        Q("“Doctors trained in Davao leave for Manila or abroad. You cannot build operating rooms faster than you "
          "lose the people to run them,”", "direct", "he", "Antonio Lumbera", speaker_at="he said"),
        Q("that members on the waiting list remained entitled to full coverage once their surgeries were scheduled",
          "indirect", "The Philippine Health Insurance Corp.", "Philippine Health Insurance Corp."),
        Q("“a wake-up call for the entire health system.”", "partial", "Carlo Sarmiento", "Carlo Sarmiento"),
    ], source="blind"),
    Case("blind73-benguet-forest-fire", """Forest fire forces evacuation of 60 families in Benguet

LA TRINIDAD, Benguet — Some 60 families from two villages in Bokod town were evacuated on Sunday as a forest fire that broke out on Friday spread across the slopes of Mount Ugo, the municipal disaster office said.

The Bokod Municipal Disaster Risk Reduction and Management Office (MDRRMO) said the fire had razed at least 180 hectares of pine forest and grassland, and that strong winds were pushing it toward Barangay Daklan.

"We could not wait anymore. The smoke was already inside the houses," said Marites Dangwa, 43, a vegetable farmer who was among those brought to the Daklan Elementary School.

Dangwa said her family left with only their clothes and two sacks of rice.

Fire Officer 3 Reynaldo Pacio of the Bureau of Fire Protection (BFP) in Bokod said firefighters could not reach the fire line because of the steep terrain.

"Our trucks cannot go up there. We are fighting it with rakes, shovels and fire beaters," Pacio said.

According to the regional office of the Department of Environment and Natural Resources (DENR), at least 300 firefighters, forest rangers, soldiers and volunteers have been deployed.

DENR-Cordillera regional executive director Leonides Bagtong said the fire was likely caused by "kaingin," or slash-and-burn farming, which is banned inside the Mount Ugo watershed.

"We are asking the public, especially hikers, to stay away from the Mt. Ugo trail until further notice," Bagtong told reporters in Filipino.

The Office of Civil Defense (OCD)-Cordillera said two Philippine Air Force helicopters had been requested for water drops, weather permitting.

Bokod Mayor Mauricio Tabayan said the municipal government had set aside P500,000 for food packs and hygiene kits for the evacuees. He described the situation as "under control but not yet contained."

Residents said the glow of the fire could be seen from the town proper at night.

"It looked like a river of fire coming down the mountain," one evacuee told the Philippine News Agency.

The Provincial Health Office advised people with asthma and other respiratory illnesses to wear face masks, saying the smoke had reached parts of Kabayan and Itogon.""", [
        Q("Some 60 families from two villages in Bokod town were evacuated on Sunday as a forest fire that broke out "
          "on Friday spread across the slopes of Mount Ugo", "indirect", "the municipal disaster office",
          "Bokod Municipal Disaster Risk Reduction and Management Office"),
        Q("the fire had razed at least 180 hectares of pine forest and grassland", "indirect",
          "The Bokod Municipal Disaster Risk Reduction and Management Office",
          "Bokod Municipal Disaster Risk Reduction and Management Office"),
        Q("that strong winds were pushing it toward Barangay Daklan", "indirect",
          "The Bokod Municipal Disaster Risk Reduction and Management Office",
          "Bokod Municipal Disaster Risk Reduction and Management Office"),
        Q('"We could not wait anymore. The smoke was already inside the houses,"', "direct", "Marites Dangwa",
          "Marites Dangwa"),
        Q("her family left with only their clothes and two sacks of rice", "indirect", "Dangwa", "Marites Dangwa",
          speaker_at="Dangwa said"),
        Q("firefighters could not reach the fire line because of the steep terrain", "indirect", "Reynaldo Pacio",
          "Reynaldo Pacio"),
        Q('"Our trucks cannot go up there. We are fighting it with rakes, shovels and fire beaters,"', "direct",
          "Pacio", "Reynaldo Pacio", speaker_at="Pacio said"),
        Q("at least 300 firefighters, forest rangers, soldiers and volunteers have been deployed", "indirect",
          "the Department of Environment and Natural Resources", "Department of Environment and Natural Resources"),
        Q('the fire was likely caused by "kaingin," or slash-and-burn farming, which is banned inside the Mount Ugo '
          'watershed', "indirect", "Leonides Bagtong", "Leonides Bagtong"),
        Q('"We are asking the public, especially hikers, to stay away from the Mt. Ugo trail until further notice,"',
          "direct", "Bagtong", "Leonides Bagtong", speaker_at="Bagtong told"),
        Q("two Philippine Air Force helicopters had been requested for water drops, weather permitting", "indirect",
          "The Office of Civil Defense", "Office of Civil Defense"),
        Q("the municipal government had set aside P500,000 for food packs and hygiene kits for the evacuees",
          "indirect", "Mauricio Tabayan", "Mauricio Tabayan"),
        Q('"under control but not yet contained."', "partial", "He", "Mauricio Tabayan", speaker_at="He described"),
        Q("the glow of the fire could be seen from the town proper at night", "indirect", "Residents", None),
        Q('"It looked like a river of fire coming down the mountain,"', "direct", "one evacuee", None),
        Q("the smoke had reached parts of Kabayan and Itogon", "indirect", "The Provincial Health Office",
          "Provincial Health Office"),
    ], source="blind"),
    Case("blind73-killybegs-mackerel", """Killybegs fishermen warn of job losses after mackerel quota cut

The Killybegs Fishermen's Organisation says a 22 per cent cut to next year's mackerel quota will cost jobs in the town and leave Irish boats tied up for much of the season.

The cut was agreed at talks in London last week between the EU, Norway, the UK and the Faroe Islands, following scientific advice on the state of the stock.

Speaking on Highland Radio's Nine til Noon Show, KFO chief executive Pádraig Boyle said Ireland was once again paying the price for other countries' overfishing.

"Norway and the Faroes have been setting their own quotas for years, way above what the science says, and now it's our boats being asked to take the hit," he told the programme.

"We have families in Killybegs, in Burtonport, in Greencastle, who depend on this fishery. This isn't an abstract number to them."

Mr Boyle said the organisation would be seeking an urgent meeting with the Marine Minister before Christmas.

Minister for Agriculture, Food and the Marine Declan Harkin said in a statement that he "fully understands the concerns of the industry" and that Ireland had argued strongly for a fairer share at the talks.

The Department of Agriculture, Food and the Marine says a support scheme for affected vessels will be considered as part of a wider review of the sector.

Donegal TD Ciarán McGettigan says the deal is "a betrayal of coastal communities" and has called on the Minister to come to Killybegs to meet skippers.

Deputy McGettigan says the Government has known about the problem since 2019 but failed to act.

Meanwhile, the so-called "mackerel war" between the EU and Norway shows no sign of ending.

At the harbour this morning, skipper John Joe Gallagher, who has fished out of Killybegs for 34 years, told Highland Radio News he has already had to let two crew members go.

"You can't pay men to sit on the pier," he said.

The Irish South and West Fish Producers' Organisation also criticised the deal, saying Irish fleets "have been left with crumbs".

Marine scientist Dr Orla Kennedy of the Marine Institute in Galway told Nine til Noon that the stock "is not collapsing, but it is heading in the wrong direction".""", [
        Q("a 22 per cent cut to next year's mackerel quota will cost jobs in the town and leave Irish boats tied up "
          "for much of the season", "indirect", "The Killybegs Fishermen's Organisation",
          "Killybegs Fishermen's Organisation"),
        Q("Ireland was once again paying the price for other countries' overfishing", "indirect", "Pádraig Boyle",
          "Pádraig Boyle"),
        Q("\"Norway and the Faroes have been setting their own quotas for years, way above what the science says, and "
          "now it's our boats being asked to take the hit,\"", "direct", "he", "Pádraig Boyle",
          speaker_at="he told the programme"),
        Q("\"We have families in Killybegs, in Burtonport, in Greencastle, who depend on this fishery. This isn't an "
          "abstract number to them.\"", "direct", "he", "Pádraig Boyle", speaker_at="he told the programme"),
        Q("the organisation would be seeking an urgent meeting with the Marine Minister before Christmas", "indirect",
          "Boyle", "Pádraig Boyle", speaker_at="Mr Boyle said"),
        Q('"fully understands the concerns of the industry"', "partial", "Declan Harkin", "Declan Harkin"),
        Q("that Ireland had argued strongly for a fairer share at the talks", "indirect", "Declan Harkin",
          "Declan Harkin"),
        Q("a support scheme for affected vessels will be considered as part of a wider review of the sector",
          "indirect", "The Department of Agriculture, Food and the Marine",
          "Department of Agriculture, Food and the Marine"),
        Q('"a betrayal of coastal communities"', "partial", "Ciarán McGettigan", "Ciarán McGettigan"),
        Q("the Government has known about the problem since 2019 but failed to act", "indirect", "McGettigan",
          "Ciarán McGettigan", speaker_at="Deputy McGettigan says"),
        Q("he has already had to let two crew members go", "indirect", "John Joe Gallagher", "John Joe Gallagher"),
        Q("\"You can't pay men to sit on the pier,\"", "direct", "he", "John Joe Gallagher", speaker_at="he said"),
        Q('"have been left with crumbs"', "partial", "The Irish South and West Fish Producers' Organisation",
          "Irish South and West Fish Producers' Organisation"),
        Q('"is not collapsing, but it is heading in the wrong direction"', "partial", "Orla Kennedy", "Orla Kennedy"),
    ], source="blind"),
    Case("blind73-galway-budget", """Galway City Council passes budget with 10% property tax increase

Galway City Council has passed its budget for next year, including a 10 per cent increase in the Local Property Tax, after a lengthy meeting at City Hall last night.

The €118 million budget was passed by 11 votes to 7, with Fianna Fáil, Fine Gael and Labour councillors voting in favour.

Chief Executive Siobhán Kilbane told councillors the increase was needed to protect services such as street cleaning, parks and the city's homeless services.

'We have seen energy costs, pay costs and insurance costs all rise significantly, and Government funding has not kept pace,' she said.

'Without this increase, we would be looking at cuts to the services people see every day.'

The Mayor of Galway, Cllr Niamh Ní Fhlatharta, said it was 'a responsible budget in difficult circumstances'.

Sinn Féin councillor Tommy Naughton says working families in Galway are being asked to pay more for less.

'People in Knocknacarra and Ballybane are paying more every year and they can't see where the money is going,' he said. 'The potholes are still there, the footpaths are still broken.'

Independent councillor Gráinne Walsh described the property tax increase as 'a stealth tax by another name' and said the council should have looked at its own spending first.

Green Party councillor Owen Tierney told Galway Bay FM News he could not support a budget that 'puts nothing extra into cycling or buses'.

According to the council's head of finance, Michael Forde, commercial rates will remain unchanged for a third year in a row.

Mr Forde said the council expects to collect €2.3 million more from the property tax next year.

Funding has also been set aside for the next phase of the 'Pedestrian First' plan for Shop Street and William Street.

The Galway Chamber of Commerce welcomed the decision not to increase rates, saying it would 'give some breathing space' to city centre businesses.""", [
        Q("the increase was needed to protect services such as street cleaning, parks and the city's homeless services",
          "indirect", "Siobhán Kilbane", "Siobhán Kilbane"),
        Q("'We have seen energy costs, pay costs and insurance costs all rise significantly, and Government funding "
          "has not kept pace,'", "direct", "she", "Siobhán Kilbane", speaker_at="she said"),
        Q("'Without this increase, we would be looking at cuts to the services people see every day.'", "direct",
          "she", "Siobhán Kilbane", speaker_at="she said"),
        Q("'a responsible budget in difficult circumstances'", "partial", "Niamh Ní Fhlatharta",
          "Niamh Ní Fhlatharta"),
        Q("working families in Galway are being asked to pay more for less", "indirect", "Tommy Naughton",
          "Tommy Naughton"),
        Q("'People in Knocknacarra and Ballybane are paying more every year and they can't see where the money is "
          "going,'", "direct", "he", "Tommy Naughton", speaker_at="he said"),
        Q("'The potholes are still there, the footpaths are still broken.'", "direct", "he", "Tommy Naughton",
          speaker_at="he said"),
        Q("'a stealth tax by another name'", "partial", "Gráinne Walsh", "Gráinne Walsh"),
        Q("the council should have looked at its own spending first", "indirect", "Gráinne Walsh", "Gráinne Walsh"),
        Q("'puts nothing extra into cycling or buses'", "partial", "Owen Tierney", "Owen Tierney"),
        Q("commercial rates will remain unchanged for a third year in a row", "indirect", "Michael Forde",
          "Michael Forde"),
        Q("the council expects to collect €2.3 million more from the property tax next year", "indirect", "Forde",
          "Michael Forde", speaker_at="Mr Forde said"),
        Q("'give some breathing space'", "partial", "The Galway Chamber of Commerce", "Galway Chamber of Commerce"),
    ], source="blind"),
    Case("blind73-midwest-waiting-lists", """Mid-West hospital waiting lists pass 30,000 for first time

More than 30,000 people in the Mid-West are now waiting for an outpatient appointment or a procedure at University Hospital Limerick and its sister hospitals, according to new figures from the National Treatment Purchase Fund.

The figures for the end of September show 30,412 people on waiting lists across the UL Hospitals Group, up from 27,950 at the same point last year.

Of those, more than 6,000 have been waiting longer than 18 months, the NTPF says. The longest waits are in orthopaedics, ENT and dermatology.

Clare Independent TD Ciara Moloney says the figures are ‘shocking but not surprising’.

‘I’m getting calls every week from people who were told they’d be seen within a year, and then that year comes and goes,’ she said.

‘Some of them are in constant pain. Some of them have given up and gone private, borrowing money from the credit union to do it.’

One Ennis woman, who has been waiting two years for a hip replacement, told Clare FM’s Morning Focus she now has to use a walking frame to get around her home.

In a statement, UL Hospitals Group said it ‘regrets that any patient has to wait longer than is clinically appropriate’.

The group says it carried out a record number of procedures last year and that it has opened a new 96-bed block to ease pressure on beds.

The HSE’s regional executive officer for the Mid West, Sandra Lyons, told Clare FM the waiting list for scoliosis surgery among children had been cut by a third since January.

Ms Lyons said: ‘There is a lot more to do, and I’m not going to pretend otherwise. But we are moving in the right direction.’

The Irish Nurses and Midwives Organisation says the waiting list problem cannot be separated from overcrowding at UHL.

According to the union’s latest ‘Trolley Watch’ figures, 112 patients were waiting for a bed at the Dooradoyle hospital on Tuesday morning.

INMO industrial relations officer Niamh Hehir says staff are ‘at breaking point’ and that the hospital needs at least 200 more beds.""", [
        Q("More than 30,000 people in the Mid-West are now waiting for an outpatient appointment or a procedure at "
          "University Hospital Limerick and its sister hospitals", "indirect", "the National Treatment Purchase Fund",
          "National Treatment Purchase Fund"),
        Q("Of those, more than 6,000 have been waiting longer than 18 months", "indirect", "the NTPF",
          "National Treatment Purchase Fund"),
        Q("‘shocking but not surprising’", "partial", "Ciara Moloney", "Ciara Moloney"),
        Q("‘I’m getting calls every week from people who were told they’d be seen within a year, and then that year "
          "comes and goes,’", "direct", "she", "Ciara Moloney", speaker_at="she said"),
        Q("‘Some of them are in constant pain. Some of them have given up and gone private, borrowing money from the "
          "credit union to do it.’", "direct", "she", "Ciara Moloney", speaker_at="she said"),
        Q("she now has to use a walking frame to get around her home", "indirect", "One Ennis woman", None),
        Q("‘regrets that any patient has to wait longer than is clinically appropriate’", "partial",
          "UL Hospitals Group", "UL Hospitals Group", speaker_at="UL Hospitals Group said"),
        Q("it carried out a record number of procedures last year", "indirect", "The group", "UL Hospitals Group"),
        Q("that it has opened a new 96-bed block to ease pressure on beds", "indirect", "The group",
          "UL Hospitals Group"),
        Q("the waiting list for scoliosis surgery among children had been cut by a third since January", "indirect",
          "Sandra Lyons", "Sandra Lyons"),
        Q("‘There is a lot more to do, and I’m not going to pretend otherwise. But we are moving in the right "
          "direction.’", "direct", "Lyons", "Sandra Lyons", speaker_at="Ms Lyons said"),
        Q("the waiting list problem cannot be separated from overcrowding at UHL", "indirect",
          "The Irish Nurses and Midwives Organisation", "Irish Nurses and Midwives Organisation"),
        Q("112 patients were waiting for a bed at the Dooradoyle hospital on Tuesday morning", "indirect",
          "the union", "Irish Nurses and Midwives Organisation"),
        Q("‘at breaking point’", "partial", "Niamh Hehir", "Niamh Hehir"),
        Q("that the hospital needs at least 200 more beds", "indirect", "Niamh Hehir", "Niamh Hehir"),
    ], source="blind"),
    Case("blind73-setu-strike", """SETU staff strike over pay and workloads

Lecturers and support staff at South East Technological University's Waterford campus have begun a one-day strike in a dispute over workloads and pay.

Members of the Teachers' Union of Ireland (TUI) and Fórsa have been on picket lines at the Cork Road campus since 8am this morning, and most lectures have been cancelled.

TUI branch chair Dr Fiona Kehoe says staff have been "stretched to breaking point" since the merger that created SETU in 2022.

"We were promised that the technological university would bring more resources into the south-east," she told WLR's Déise Today. "Instead we have more students, more paperwork and fewer people to do the work.

"Our members love their jobs. Nobody wants to be standing at a gate in the rain."

Fórsa, which represents administrative and technical staff, says its members are owed payments under a 2019 regrading agreement that has never been fully implemented. Fórsa official Kevin Mulcahy told those on the picket line that management had "run out of excuses".

The university's new timetabling system, known among staff as "the Matrix", was introduced in September.

In a statement, SETU said it "respects the right of staff to take industrial action" but that it was disappointed the unions had not engaged further at the Workplace Relations Commission.

The university says contingency plans are in place for students with exams and that libraries and student services remain open.

SETU president Professor Declan Furlong said last week that the university's funding per student was "among the lowest in the sector" and that the dispute could only be solved with more money from Government.

Students' Union president Aoife Power says most students support the staff, though some final-year students are anxious about their projects.

"We're behind them, but we need answers on what happens if this goes on," Power said.

The Department of Further and Higher Education says the Minister is aware of the dispute and has urged both sides to return to talks.

Further strike days are planned for next Tuesday and Thursday if no agreement is reached, the TUI says.""", [
        Q('"stretched to breaking point"', "partial", "Fiona Kehoe", "Fiona Kehoe"),
        Q('"We were promised that the technological university would bring more resources into the south-east,"',
          "direct", "she", "Fiona Kehoe", speaker_at="she told"),
        Q('"Instead we have more students, more paperwork and fewer people to do the work.', "direct", "she",
          "Fiona Kehoe", speaker_at="she told"),
        Q('"Our members love their jobs. Nobody wants to be standing at a gate in the rain."', "direct", "she",
          "Fiona Kehoe", speaker_at="she told"),
        Q("its members are owed payments under a 2019 regrading agreement that has never been fully implemented",
          "indirect", "Fórsa", "Fórsa", speaker_at="Fórsa, which"),
        Q('"run out of excuses"', "partial", "Kevin Mulcahy", "Kevin Mulcahy"),
        Q('"respects the right of staff to take industrial action"', "partial", "SETU",
          "South East Technological University", speaker_at="statement, SETU said"),
        Q("that it was disappointed the unions had not engaged further at the Workplace Relations Commission",
          "indirect", "SETU", "South East Technological University", speaker_at="statement, SETU said"),
        Q("contingency plans are in place for students with exams", "indirect", "The university",
          "South East Technological University", speaker_at="The university says"),
        Q("that libraries and student services remain open", "indirect", "The university",
          "South East Technological University", speaker_at="The university says"),
        Q('"among the lowest in the sector"', "partial", "Declan Furlong", "Declan Furlong"),
        Q("that the dispute could only be solved with more money from Government", "indirect", "Declan Furlong",
          "Declan Furlong"),
        Q("most students support the staff, though some final-year students are anxious about their projects",
          "indirect", "Aoife Power", "Aoife Power"),
        Q('"We\'re behind them, but we need answers on what happens if this goes on,"', "direct", "Power",
          "Aoife Power", speaker_at="Power said"),
        Q("the Minister is aware of the dispute and has urged both sides to return to talks", "indirect",
          "The Department of Further and Higher Education", "Department of Further and Higher Education"),
        Q("Further strike days are planned for next Tuesday and Thursday if no agreement is reached", "indirect",
          "the TUI", "Teachers' Union of Ireland", speaker_at="the TUI says"),
    ], source="blind"),
    Case("blind73-sur-desalination", """Sur desalination plant opens, ending summer water shortages

MUSCAT: A new desalination plant in the Wilayat of Sur was officially inaugurated on Monday, more than doubling the supply of drinking water in the South Al Sharqiyah Governorate.

The Sur II Independent Water Project, which can produce 150,000 cubic metres of water a day, was opened under the patronage of H.E. Sheikh Hilal bin Saeed al Hajri, Governor of South Al Sharqiyah.

In his speech, Sheikh Hilal described the plant as "a gift to the people of Al Sharqiyah". He said the government would continue to invest in water security across the Sultanate.

Eng. Khalid bin Sulaiman al Mamari, CEO of Nama Water Services, said, "This plant will end the summer shortages that families in Sur, Jalan Bani Bu Ali and Al Kamil Wal Wafi have lived with for years."

Al Mamari said the company had laid 210 km of new pipelines to connect the plant to reservoirs across the governorate, and that the last villages would be connected by the end of the year.

According to Nama Power and Water Procurement Company, the project cost about RO 95 million and was built by a consortium led by Muscat-based Gulf Aqua Holdings and Spain's Hidrotec.

The plant uses reverse osmosis technology, which the developers said consumes around 40 per cent less energy than the thermal plants it replaces.

Javier Moreno, the project director for Hidrotec, said construction had taken 26 months and employed more than 1,800 workers at its peak.

"We designed the intake and outfall to protect the coral reefs off Ras al Hadd," Moreno told the Observer. "Environmental monitoring will continue for the life of the plant."

The plant's visitor centre has been named "Qatra", the Arabic word for "drop".

Residents welcomed the project. "In summer we used to buy water tankers twice a week, and one tanker costs RO 12," said Aisha al Ghailani, a mother of four from Al Ashkharah.

Salim al Araimi, a fisherman from Sur, said he hoped the plant would not harm fish stocks near the coast.

The Authority for Public Services Regulation said household water tariffs would not change as a result of the new plant.

Oman News Agency (ONA) reported that the project would allow Nama to retire two older plants in the governorate by 2026.""", [
        Q('"a gift to the people of Al Sharqiyah"', "partial", "Hilal", "Hilal bin Saeed al Hajri",
          speaker_at="Sheikh Hilal described"),
        Q("the government would continue to invest in water security across the Sultanate", "indirect", "He",
          "Hilal bin Saeed al Hajri", speaker_at="He said the government"),
        Q('"This plant will end the summer shortages that families in Sur, Jalan Bani Bu Ali and Al Kamil Wal Wafi '
          'have lived with for years."', "direct", "Khalid bin Sulaiman al Mamari", "Khalid bin Sulaiman al Mamari"),
        Q("the company had laid 210 km of new pipelines to connect the plant to reservoirs across the governorate",
          "indirect", "Al Mamari", "Khalid bin Sulaiman al Mamari", speaker_at="Al Mamari said the company"),
        Q("that the last villages would be connected by the end of the year", "indirect", "Al Mamari",
          "Khalid bin Sulaiman al Mamari", speaker_at="Al Mamari said the company"),
        Q("the project cost about RO 95 million and was built by a consortium led by Muscat-based Gulf Aqua Holdings "
          "and Spain's Hidrotec", "indirect", "Nama Power and Water Procurement Company",
          "Nama Power and Water Procurement Company"),
        Q("consumes around 40 per cent less energy than the thermal plants it replaces", "indirect", "the developers",
          None),
        Q("construction had taken 26 months and employed more than 1,800 workers at its peak", "indirect",
          "Javier Moreno", "Javier Moreno"),
        Q('"We designed the intake and outfall to protect the coral reefs off Ras al Hadd,"', "direct", "Moreno",
          "Javier Moreno", speaker_at="Moreno told"),
        Q('"Environmental monitoring will continue for the life of the plant."', "direct", "Moreno", "Javier Moreno",
          speaker_at="Moreno told"),
        Q('"In summer we used to buy water tankers twice a week, and one tanker costs RO 12,"', "direct",
          "Aisha al Ghailani", "Aisha al Ghailani"),
        Q("he hoped the plant would not harm fish stocks near the coast", "indirect", "Salim al Araimi",
          "Salim al Araimi"),
        Q("household water tariffs would not change as a result of the new plant", "indirect",
          "The Authority for Public Services Regulation", "Authority for Public Services Regulation"),
        Q("that the project would allow Nama to retire two older plants in the governorate by 2026", "indirect",
          "Oman News Agency", "Oman News Agency"),
    ], source="blind"),
    Case("blind73-uaq-solar-desalination", """Solar-powered desalination plant opens in Umm Al Quwain

A desalination plant powered largely by solar energy has begun supplying water to homes in the Northern Emirates, officials said on Tuesday.

The Al Rafaah plant in Umm Al Quwain can produce 150 million imperial gallons of water a day, enough for about 900,000 people, according to Etihad Water and Electricity, the federal utility that will buy its output.

“This is a milestone for the Northern Emirates,” said Ahmed Saif Al Suwaidi, chief executive of Etihad Water and Electricity. “For the first time, a large share of our water will come from a plant that runs on sunlight during the day.”

Mr Al Suwaidi said the plant would cut carbon emissions by about 350,000 tonnes a year compared with the older gas-fired plants it supplements.

State news agency Wam reported that the Dh3.1 billion project was developed by Abu Dhabi-based Gulf Water Partners and Kaizen Water of Japan, and will be operated by the consortium for 30 years.

Sharifa Al Hammadi, assistant under-secretary for water at the Ministry of Energy and Infrastructure, told guests at the opening ceremony that four more plants of this kind would be tendered by 2030.

“Water security is national security. We cannot leave it to chance,” she said.

The ministry said the plant was a key part of the UAE Water Security Strategy 2036.

Dr Layla Haddad, a water resources researcher at Khalifa University, told The National that desalination remained “the only realistic option” for the UAE but that brine disposal was a growing concern.

“Every litre of fresh water produces roughly one and a half litres of brine,” Dr Haddad said. “We need to be honest about where that goes.”

The project’s environmental study, titled “Brine Without Harm”, was published in 2022.

Residents of Ajman and Umm Al Quwain have long complained that water pressure drops sharply in summer.

“In August the tap on our third floor barely works,” said Rajesh Menon, an engineer who lives in Al Nuaimiya, Ajman. “We’ll see if this changes things.”""", [
        Q("A desalination plant powered largely by solar energy has begun supplying water to homes in the Northern "
          "Emirates", "indirect", "officials", None),
        Q("The Al Rafaah plant in Umm Al Quwain can produce 150 million imperial gallons of water a day, enough for "
          "about 900,000 people", "indirect", "Etihad Water and Electricity", "Etihad Water and Electricity",
          speaker_at="according to Etihad Water and Electricity"),
        Q("“This is a milestone for the Northern Emirates,”", "direct", "Ahmed Saif Al Suwaidi",
          "Ahmed Saif Al Suwaidi"),
        Q("“For the first time, a large share of our water will come from a plant that runs on sunlight during the "
          "day.”", "direct", "Ahmed Saif Al Suwaidi", "Ahmed Saif Al Suwaidi"),
        Q("the plant would cut carbon emissions by about 350,000 tonnes a year compared with the older gas-fired "
          "plants it supplements", "indirect", "Al Suwaidi", "Ahmed Saif Al Suwaidi",
          speaker_at="Mr Al Suwaidi said"),
        Q("that the Dh3.1 billion project was developed by Abu Dhabi-based Gulf Water Partners and Kaizen Water of "
          "Japan, and will be operated by the consortium for 30 years", "indirect", "Wam", "Wam"),
        Q("that four more plants of this kind would be tendered by 2030", "indirect", "Sharifa Al Hammadi",
          "Sharifa Al Hammadi"),
        Q("“Water security is national security. We cannot leave it to chance,”", "direct", "she",
          "Sharifa Al Hammadi", speaker_at="she said"),
        Q("the plant was a key part of the UAE Water Security Strategy 2036", "indirect", "The ministry",
          "Ministry of Energy and Infrastructure"),
        Q("“the only realistic option”", "partial", "Layla Haddad", "Layla Haddad"),
        Q("that brine disposal was a growing concern", "indirect", "Layla Haddad", "Layla Haddad"),
        Q("“Every litre of fresh water produces roughly one and a half litres of brine,”", "direct", "Haddad",
          "Layla Haddad", speaker_at="Dr Haddad said"),
        Q("“We need to be honest about where that goes.”", "direct", "Haddad", "Layla Haddad",
          speaker_at="Dr Haddad said"),
        Q("that water pressure drops sharply in summer", "indirect", "Residents of Ajman and Umm Al Quwain", None),
        Q("“In August the tap on our third floor barely works,”", "direct", "Rajesh Menon", "Rajesh Menon"),
        Q("“We’ll see if this changes things.”", "direct", "Rajesh Menon", "Rajesh Menon"),
    ], source="blind"),
    Case("blind73-kuwait-roads-trial", """Ex-public works official, 6 others go on trial over KD 14m road contracts

KUWAIT: The Criminal Court on Sunday began hearing the case against a former assistant undersecretary at the Ministry of Public Works and six others accused of embezzling KD 14 million earmarked for road maintenance, Al-Qabas daily reported.

According to the Public Prosecution, the defendants approved payments for repair work on the Sixth Ring Road and Jahra Road that was never carried out, using invoices from three companies owned by relatives of the main defendant.

The Kuwait Anti-Corruption Authority (Nazaha) said it had referred the case to prosecutors in 2023 after receiving a tip from an employee at the ministry. The case has since become known in local media as the "gravel file".

Prosecutor Hamad Al-Shammari told the court that most of the money had been transferred to bank accounts in two other Gulf countries.

"These funds were meant to fix the roads that Kuwaitis drive on every day," he said. "The people who signed these payments knew exactly what they were doing."

Defense lawyer Abdullah Al-Kandari said his client had only signed documents prepared by the ministry's technical committees.

"My client is being made a scapegoat for a system that failed at every level," Al-Kandari said. He added that the defense would call a former minister as a witness.

Judge Khaled Al-Duaij rejected a request to release two of the defendants on bail, saying the charges were "serious and require caution."

The Ministry of Public Works said in a statement that it was cooperating fully with investigators and had tightened its auditing procedures since the case came to light.

Mohammad Al-Mutairi, head of the Kuwait Transparency Society, told Kuwait Times that the trial was "a test of whether the new anti-corruption push is real."

"People are tired of hearing about investigations that go nowhere," Al-Mutairi said. "They want to see verdicts."

A source close to the case told Al-Rai that two more officials could be summoned as witnesses at the next session.

The court adjourned the trial until March 3.""", [
        Q("The Criminal Court on Sunday began hearing the case against a former assistant undersecretary at the "
          "Ministry of Public Works and six others accused of embezzling KD 14 million earmarked for road maintenance",
          "indirect", "Al-Qabas", "Al-Qabas"),
        Q("the defendants approved payments for repair work on the Sixth Ring Road and Jahra Road that was never "
          "carried out, using invoices from three companies owned by relatives of the main defendant", "indirect",
          "the Public Prosecution", "Public Prosecution"),
        Q("it had referred the case to prosecutors in 2023 after receiving a tip from an employee at the ministry",
          "indirect", "The Kuwait Anti-Corruption Authority", "Kuwait Anti-Corruption Authority"),
        Q("that most of the money had been transferred to bank accounts in two other Gulf countries", "indirect",
          "Hamad Al-Shammari", "Hamad Al-Shammari"),
        Q('"These funds were meant to fix the roads that Kuwaitis drive on every day,"', "direct", "he",
          "Hamad Al-Shammari", speaker_at="he said"),
        Q('"The people who signed these payments knew exactly what they were doing."', "direct", "he",
          "Hamad Al-Shammari", speaker_at="he said"),
        Q("his client had only signed documents prepared by the ministry's technical committees", "indirect",
          "Abdullah Al-Kandari", "Abdullah Al-Kandari"),
        Q('"My client is being made a scapegoat for a system that failed at every level,"', "direct", "Al-Kandari",
          "Abdullah Al-Kandari", speaker_at="Al-Kandari said."),
        Q("that the defense would call a former minister as a witness", "indirect", "He", "Abdullah Al-Kandari",
          speaker_at="He added"),
        Q('"serious and require caution."', "partial", "Khaled Al-Duaij", "Khaled Al-Duaij"),
        Q("that it was cooperating fully with investigators and had tightened its auditing procedures since the case "
          "came to light", "indirect", "The Ministry of Public Works", "Ministry of Public Works"),
        Q('"a test of whether the new anti-corruption push is real."', "partial", "Mohammad Al-Mutairi",
          "Mohammad Al-Mutairi"),
        Q('"People are tired of hearing about investigations that go nowhere,"', "direct", "Al-Mutairi",
          "Mohammad Al-Mutairi", speaker_at="Al-Mutairi said"),
        Q('"They want to see verdicts."', "direct", "Al-Mutairi", "Mohammad Al-Mutairi",
          speaker_at="Al-Mutairi said"),
        Q("two more officials could be summoned as witnesses at the next session", "indirect",
          "A source close to the case", None),
    ], source="blind"),
    Case("blind73-uae-u18-hockey-final", """Abu Dhabi Storms win UAE under-18 ice hockey title in shootout

Abu Dhabi: The Abu Dhabi Storms beat the Dubai Mighty Camels 4-3 in a penalty shootout on Saturday to win the UAE Junior Ice Hockey League under-18 title at Zayed Sports City Ice Rink.

Emirati forward Saeed Al Mheiri scored the decisive penalty, bringing several hundred parents and supporters to their feet.

"I was nervous, I won't lie. But coach told us to pick a spot and trust it," said the 17-year-old, who first laced up skates at the age of six.

"This is for my father. He used to drive me to practice at five in the morning," Al Mheiri added.

The Storms had trailed 3-1 going into the third period. Head coach Pavel Sokolov, a former defenceman in the Russian league, said his players had shown "real character" to claw back level.

"At the second break I didn't shout. I just asked them: do you want to remember this game for the right reasons?" Coach Sokolov said.

One Camels player, who asked not to be named, said his team had been "robbed" by a disallowed goal midway through the second period. Tournament officials said the goal had been correctly ruled out for a high stick.

Camels coach Liam O'Driscoll was more gracious. "We gave everything. Shootouts are a lottery and tonight we didn't have the winning ticket," O'Driscoll said.

He said five of his players had been called up to the national under-18 squad for next month's regional championship in Bangkok.

In a statement, the Storms said the title was "the reward for ten years of building from the grassroots."

According to the Emirates Ice Hockey Association, more than 1,400 young players are now registered with clubs across the country, up from about 600 five years ago.

Mohammed Al Zaabi, the association's development director, told Gulf News the number of Emirati girls playing the sport had tripled since 2020.

"We want hockey to be as normal here as football. The rinks are full every weekend," he said.

For the families in the stands, the contrast with the weather outside was part of the fun. "It's 40 degrees outside and we're sitting here in winter jackets," said Sarah Mitchell, a Canadian whose son plays for the Storms. "Only in Abu Dhabi."

The rink now closes for its annual "summer refit" and will reopen in September.""", [
        Q('"I was nervous, I won\'t lie. But coach told us to pick a spot and trust it,"', "direct",
          "the 17-year-old", "Saeed Al Mheiri"),
        Q('"This is for my father. He used to drive me to practice at five in the morning,"', "direct", "Al Mheiri",
          "Saeed Al Mheiri", speaker_at="Al Mheiri added"),
        Q('"real character"', "partial", "Pavel Sokolov", "Pavel Sokolov"),
        Q('"At the second break I didn\'t shout. I just asked them: do you want to remember this game for the right '
          'reasons?"', "direct", "Sokolov", "Pavel Sokolov", speaker_at="Coach Sokolov said"),
        Q('"robbed"', "partial", "One Camels player", None),
        Q("the goal had been correctly ruled out for a high stick", "indirect", "Tournament officials", None),
        Q('"We gave everything. Shootouts are a lottery and tonight we didn\'t have the winning ticket,"', "direct",
          "O'Driscoll", "Liam O'Driscoll", speaker_at="O'Driscoll said"),
        Q("five of his players had been called up to the national under-18 squad for next month's regional "
          "championship in Bangkok", "indirect", "He", "Liam O'Driscoll", speaker_at="He said five"),
        Q('"the reward for ten years of building from the grassroots."', "partial", "the Storms", "Abu Dhabi Storms",
          speaker_at="the Storms said"),
        Q("more than 1,400 young players are now registered with clubs across the country, up from about 600 five "
          "years ago", "indirect", "the Emirates Ice Hockey Association", "Emirates Ice Hockey Association"),
        Q("the number of Emirati girls playing the sport had tripled since 2020", "indirect", "Mohammed Al Zaabi",
          "Mohammed Al Zaabi"),
        Q('"We want hockey to be as normal here as football. The rinks are full every weekend,"', "direct", "he",
          "Mohammed Al Zaabi", speaker_at="he said"),
        Q('"It\'s 40 degrees outside and we\'re sitting here in winter jackets,"', "direct", "Sarah Mitchell",
          "Sarah Mitchell"),
        Q('"Only in Abu Dhabi."', "direct", "Sarah Mitchell", "Sarah Mitchell"),
    ], source="blind"),
]
