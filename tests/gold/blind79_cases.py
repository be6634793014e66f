"""Blind gold set 79: short news articles from many outlets, written once.

Sixteen short articles in the house styles of Canadian Prairie and Atlantic
papers, Ugandan and Tanzanian dailies, Pakistani business pages and
English-language papers in Thailand and Cambodia. They were written without
looking at the pretagger, its output or the other gold sets, and annotated
once, so the figures on them say how the quote finder and speaker attributor
carry over to news they have never seen. See gold_format.py for the case format.
"""

from __future__ import annotations

from gold_format import Case, Q

CASES = [
    Case("blind79-elevator-fire", """Fire destroys century-old grain elevator in Rosetown

ROSETOWN, Sask. \u2014 A fire that tore through a wooden grain elevator in west-central Saskatchewan early Tuesday \
destroyed thousands of tonnes of stored canola and durum and left farmers scrambling to find space for this \
fall\u2019s harvest.

The Rosetown Fire Department said crews were called to the elevator on Railway Avenue at about 3:40 a.m. and found the \
structure fully engulfed.

\u201cBy the time we got there, there was nothing we could do to save the building,\u201d Fire Chief Dale Kowalchuk \
said. \u201cOur priority was keeping it from spreading to the fuel tanks next door.\u201d

He added that no one was inside the elevator and no injuries were reported. Crews were expected to remain on scene \
into the evening to douse hot spots.

The elevator, built in 1924, was owned by Westgate Grain Terminal and was one of the last wooden elevators still \
operating in the region. Company spokesperson Brenda Hoffort told the StarPhoenix the facility held roughly 3,800 \
tonnes of grain at the time.

\u201cWe\u2019re devastated, frankly,\u201d she said. \u201cThis building has been part of the community for a hundred \
years, and our first thought is for the producers who had grain in there.\u201d

According to Hoffort, the grain was insured, and the company will work with customers to redirect deliveries to its \
terminal near Dodsland.

Ross Pederson, who farms north of town, said he had about 400 tonnes of durum in the elevator.

\u201cThat was a good chunk of my year,\u201d he said, \u201cand now I\u2019m wondering where I\u2019m going to put \
what\u2019s still in the field.\u201d

Dozens of residents gathered along Highway 7 to watch the blaze, and several described the sight as \
\u201cheartbreaking.\u201d

The Saskatchewan Public Safety Agency said it had sent a fire investigator to the scene, but that it was too early to \
say what caused the fire.

Rosetown Mayor Joan Eckert called the elevator \u201cthe first thing you see when you come into town\u201d and said \
council would talk with the company about a possible memorial.

\u201cPeople have their wedding pictures in front of that elevator,\u201d Eckert said. \u201cIt\u2019s going to be \
strange driving in and not seeing it.\u201d""", [
        Q("crews were called to the elevator on Railway Avenue at about 3:40 a.m. and found the structure "
          "fully engulfed", "indirect", "The Rosetown Fire Department", "Rosetown Fire Department"),
        Q("\u201cBy the time we got there, there was nothing we could do to save the building,\u201d", "direct",
          "Dale Kowalchuk", "Dale Kowalchuk"),
        Q("\u201cOur priority was keeping it from spreading to the fuel tanks next door.\u201d", "direct",
          "Dale Kowalchuk", "Dale Kowalchuk"),
        Q("that no one was inside the elevator and no injuries were reported", "indirect", "He", "Dale Kowalchuk",
          speaker_at="He added"),
        Q("the facility held roughly 3,800 tonnes of grain at the time", "indirect", "Brenda Hoffort",
          "Brenda Hoffort"),
        Q("\u201cWe\u2019re devastated, frankly,\u201d", "direct", "she", "Brenda Hoffort", speaker_at="she said"),
        Q("\u201cThis building has been part of the community for a hundred years, and our first thought is "
          "for the producers who had grain in there.\u201d", "direct", "she", "Brenda Hoffort", speaker_at="she said"),
        Q("the grain was insured, and the company will work with customers to redirect deliveries to its "
          "terminal near Dodsland", "indirect", "Hoffort", "Brenda Hoffort", speaker_at="According to Hoffort"),
        Q("he had about 400 tonnes of durum in the elevator", "indirect", "Ross Pederson", "Ross Pederson"),
        Q("\u201cThat was a good chunk of my year,\u201d", "direct", "he", "Ross Pederson", speaker_at="he said"),
        Q("\u201cand now I\u2019m wondering where I\u2019m going to put what\u2019s still in the field.\u201d",
          "direct", "he", "Ross Pederson", speaker_at="he said"),
        Q("\u201cheartbreaking.\u201d", "partial", "several", None),
        Q("it had sent a fire investigator to the scene, but that it was too early to say what caused the "
          "fire", "indirect", "The Saskatchewan Public Safety Agency", "Saskatchewan Public Safety Agency"),
        Q("\u201cthe first thing you see when you come into town\u201d", "partial", "Joan Eckert", "Joan Eckert"),
        Q("council would talk with the company about a possible memorial", "indirect", "Joan Eckert", "Joan Eckert"),
        Q("\u201cPeople have their wedding pictures in front of that elevator,\u201d", "direct", "Eckert",
          "Joan Eckert", speaker_at="Eckert said"),
        Q("\u201cIt\u2019s going to be strange driving in and not seeing it.\u201d", "direct", "Eckert", "Joan Eckert",
          speaker_at="Eckert said"),
    ], source="blind"),
    Case("blind79-tuition-march", """Hundreds of students march on Province House over tuition hike

Hundreds of university students marched from Dalhousie University to Province House on Wednesday to protest a planned \
tuition increase.

The rally was organized by the Nova Scotia chapter of the Canadian Federation of Students. The federation says fees at \
Dalhousie will rise by as much as seven per cent for domestic students next fall, and by more for international \
students.

"We're not asking for free school. We're asking to be able to pay rent and eat," said Aisha Mensah, a fourth-year \
nursing student and chairperson of the federation's Nova Scotia chapter.

Mensah said many of her classmates already work two jobs. "Every time the fees go up, a few more people don't come \
back in September," she said.

Students carried signs reading "Education is a right" and chanted outside the legislature as MLAs arrived for the \
afternoon sitting.

In a statement, Dalhousie said the increase was needed to cover rising costs and that it had expanded its bursary \
program by $2 million. The university said the "vast majority" of students receiving aid would see no net increase.

Advanced Education Minister Brian Wong told reporters the province had already raised its operating grant to \
universities by two per cent this year.

"There is only so much money, and we have to balance post-secondary with health care and housing," Wong said. He said \
the government was open to talking with students but would not order universities to freeze tuition.

NDP education critic Susan Leblanc accused the government of "passing the buck" to students. She said Nova Scotia \
already had some of the highest tuition fees in the country.

Marc Doucet, a political science professor at Saint Mary's University, said tuition protests in the province tend to \
peak in the spring, when universities set their budgets.

"Governments know the students go home in May," Doucet said. "The question is whether this group can keep the pressure \
on through the summer.

"If they can, this becomes an election issue."

The federation said it plans a second rally in Sydney next month.""", [
        Q("fees at Dalhousie will rise by as much as seven per cent for domestic students next fall, and by "
          "more for international students", "indirect", "The federation", "Canadian Federation of Students",
          speaker_at="The federation says"),
        Q("\"We're not asking for free school. We're asking to be able to pay rent and eat,\"", "direct",
          "Aisha Mensah", "Aisha Mensah"),
        Q("many of her classmates already work two jobs", "indirect", "Mensah", "Aisha Mensah",
          speaker_at="Mensah said"),
        Q("\"Every time the fees go up, a few more people don't come back in September,\"", "direct", "she",
          "Aisha Mensah", speaker_at="she said"),
        Q("the increase was needed to cover rising costs and that it had expanded its bursary program by $2 "
          "million", "indirect", "Dalhousie", "Dalhousie University", speaker_at="In a statement, Dalhousie said"),
        Q('"vast majority"', "partial", "The university", "Dalhousie University"),
        Q("the province had already raised its operating grant to universities by two per cent this year", "indirect",
          "Brian Wong", "Brian Wong"),
        Q('"There is only so much money, and we have to balance post-secondary with health care and housing,"',
          "direct", "Wong", "Brian Wong", speaker_at="Wong said"),
        Q("the government was open to talking with students but would not order universities to freeze "
          "tuition", "indirect", "He", "Brian Wong", speaker_at="He said the government"),
        Q('"passing the buck"', "partial", "Susan Leblanc", "Susan Leblanc"),
        Q("Nova Scotia already had some of the highest tuition fees in the country", "indirect", "She", "Susan Leblanc",
          speaker_at="She said Nova Scotia"),
        Q("tuition protests in the province tend to peak in the spring, when universities set their budgets",
          "indirect", "Marc Doucet", "Marc Doucet"),
        Q('"Governments know the students go home in May,"', "direct", "Doucet", "Marc Doucet",
          speaker_at="Doucet said"),
        Q('"The question is whether this group can keep the pressure on through the summer.', "direct", "Doucet",
          "Marc Doucet", speaker_at="Doucet said"),
        Q('"If they can, this becomes an election issue."', "direct", "Doucet", "Marc Doucet",
          speaker_at="Doucet said"),
        Q("it plans a second rally in Sydney next month", "indirect", "The federation",
          "Canadian Federation of Students", speaker_at="The federation said"),
    ], source="blind"),
    Case("blind79-manitoba-debate", """Leaders spar over health care, hydro rates in only televised debate

WINNIPEG \u2014 Health-care wait times and Manitoba Hydro rates dominated the only televised debate of the provincial \
election campaign Tuesday night, as the three main party leaders traded accusations over who had done more damage to \
the province\u2019s finances.

Premier Janet Sorensen said her NDP government had hired more than 900 nurses since taking office and would open two \
new urgent-care centres in Winnipeg by 2027.

\u201cWe inherited a health system that was broken, and we have spent three years fixing it,\u201d Sorensen said. \
\u201cWe are not done, but the numbers are moving in the right direction.\u201d

Progressive Conservative Leader Kevin Friesen countered that emergency-room waits at Health Sciences Centre were \
longer than ever. He called the NDP\u2019s record \u201ca lot of announcements and not a lot of results.\u201d

\u201cAsk anyone who has spent 12 hours in a hallway in Brandon whether things are getting better,\u201d Friesen said, \
turning to face the premier.

Sorensen described Friesen\u2019s pledge to freeze hydro rates for four years as \u201ca promise written on a \
napkin.\u201d

Liberal Leader Amarjit Dhaliwal, whose party holds a single seat, said both of the larger parties had ignored rural \
Manitoba. \u201cYou can\u2019t fix health care from Broadway,\u201d he said, referring to the street that runs past \
the legislature.

The 90-minute debate, moderated by broadcaster Lana Reimer, grew heated at times. At one point, Reimer reminded the \
leaders that viewers \u201ccan\u2019t hear anyone when everyone is talking.\u201d

Leah Thiessen, a political scientist at the University of Manitoba, said neither leader landed a knockout blow.

\u201cSorensen played it safe, which is what you do when you\u2019re ahead,\u201d Thiessen said. \u201cFriesen needed \
a moment, and I\u2019m not sure he got one.

\u201cDhaliwal probably had the best night of the three, but he\u2019s starting from so far back it may not \
matter.\u201d

According to a Probe Research poll released last week, the NDP holds a 12-point lead in Winnipeg, while the Tories \
remain ahead outside the Perimeter.

Elections Manitoba said advance voting begins Saturday and runs for a week. Voters go to the polls Oct. 7.""", [
        Q("her NDP government had hired more than 900 nurses since taking office and would open two new "
          "urgent-care centres in Winnipeg by 2027", "indirect", "Janet Sorensen", "Janet Sorensen"),
        Q("\u201cWe inherited a health system that was broken, and we have spent three years fixing it,\u201d",
          "direct", "Sorensen", "Janet Sorensen", speaker_at="it,\u201d Sorensen said"),
        Q("\u201cWe are not done, but the numbers are moving in the right direction.\u201d", "direct", "Sorensen",
          "Janet Sorensen", speaker_at="it,\u201d Sorensen said"),
        Q("that emergency-room waits at Health Sciences Centre were longer than ever", "indirect", "Kevin Friesen",
          "Kevin Friesen"),
        Q("\u201ca lot of announcements and not a lot of results.\u201d", "partial", "He", "Kevin Friesen",
          speaker_at="He called"),
        Q("\u201cAsk anyone who has spent 12 hours in a hallway in Brandon whether things are getting "
          "better,\u201d", "direct", "Friesen", "Kevin Friesen", speaker_at="Friesen said"),
        Q("\u201ca promise written on a napkin.\u201d", "partial", "Sorensen", "Janet Sorensen",
          speaker_at="Sorensen described"),
        Q("both of the larger parties had ignored rural Manitoba", "indirect", "Amarjit Dhaliwal", "Amarjit Dhaliwal"),
        Q("\u201cYou can\u2019t fix health care from Broadway,\u201d", "direct", "he", "Amarjit Dhaliwal",
          speaker_at="he said"),
        Q("\u201ccan\u2019t hear anyone when everyone is talking.\u201d", "partial", "Reimer", "Lana Reimer",
          speaker_at="Reimer reminded"),
        Q("neither leader landed a knockout blow", "indirect", "Leah Thiessen", "Leah Thiessen"),
        Q("\u201cSorensen played it safe, which is what you do when you\u2019re ahead,\u201d", "direct", "Thiessen",
          "Leah Thiessen", speaker_at="Thiessen said"),
        Q("\u201cFriesen needed a moment, and I\u2019m not sure he got one.", "direct", "Thiessen", "Leah Thiessen",
          speaker_at="Thiessen said"),
        Q("\u201cDhaliwal probably had the best night of the three, but he\u2019s starting from so far back "
          "it may not matter.\u201d", "direct", "Thiessen", "Leah Thiessen", speaker_at="Thiessen said"),
        Q("the NDP holds a 12-point lead in Winnipeg, while the Tories remain ahead outside the Perimeter", "indirect",
          "a Probe Research poll", "Probe Research"),
        Q("advance voting begins Saturday and runs for a week", "indirect", "Elections Manitoba", "Elections Manitoba"),
    ], source="blind"),
    Case("blind79-lotto-clerk", """Store clerk admits pocketing $50,000 lottery win from customer

MONCTON \u2014 A former convenience store clerk has pleaded guilty to fraud for cashing a regular customer's winning \
lottery ticket and keeping the $50,000 prize herself.

Tanya Marie Gallant, 38, of Dieppe, entered the plea in provincial court in Moncton on Monday before Judge Luc \
Thibodeau. Sentencing is set for June 14.

Crown prosecutor Remi Cormier told the court that Gallant scanned the Lotto Max ticket in April 2023, told the \
customer he had won a free play and kept the winning ticket for herself.

"She looked a 71-year-old man in the eye and took his money," Cormier said outside court. "That is a serious breach of \
trust."

The customer, Gerald Arsenault of Shediac, said he had bought tickets at the same store every Friday for nearly 20 \
years.

"I trusted those girls like family," Arsenault told the Times & Transcript. "I'm not angry anymore, I just want my \
money back."

According to an agreed statement of facts, Atlantic Lottery became suspicious when Gallant claimed the prize months \
later and could not say where she had bought the ticket.

Atlantic Lottery spokesperson Sarah Boudreau said the corporation had tightened its rules since the case and that all \
terminals now display results to customers.

"Every ticket that's checked at a retailer now plays a sound and shows the result on a screen facing the player," \
Boudreau said. "We want players to check their own tickets."

Defence lawyer Jean-Guy Richard said his client was "deeply ashamed." He said she had already repaid $12,000 of the \
money.

"She's a mother of three who made a terrible decision during a very difficult time," he said.

The Crown is seeking 18 months in jail. Richard said he would argue for a conditional sentence served in the \
community.

RCMP said anyone who believes they were the victim of a similar scam should contact their local detachment.""", [
        Q("that Gallant scanned the Lotto Max ticket in April 2023, told the customer he had won a free play "
          "and kept the winning ticket for herself", "indirect", "Remi Cormier", "Remi Cormier"),
        Q('"She looked a 71-year-old man in the eye and took his money,"', "direct", "Cormier", "Remi Cormier",
          speaker_at="Cormier said"),
        Q('"That is a serious breach of trust."', "direct", "Cormier", "Remi Cormier", speaker_at="Cormier said"),
        Q("he had bought tickets at the same store every Friday for nearly 20 years", "indirect", "Gerald Arsenault",
          "Gerald Arsenault"),
        Q('"I trusted those girls like family,"', "direct", "Arsenault", "Gerald Arsenault",
          speaker_at="Arsenault told"),
        Q("\"I'm not angry anymore, I just want my money back.\"", "direct", "Arsenault", "Gerald Arsenault",
          speaker_at="Arsenault told"),
        Q("Atlantic Lottery became suspicious when Gallant claimed the prize months later and could not say "
          "where she had bought the ticket", "indirect", "an agreed statement of facts", None),
        Q("the corporation had tightened its rules since the case and that all terminals now display results "
          "to customers", "indirect", "Sarah Boudreau", "Sarah Boudreau"),
        Q("\"Every ticket that's checked at a retailer now plays a sound and shows the result on a screen "
          'facing the player,"', "direct", "Boudreau", "Sarah Boudreau", speaker_at='player," Boudreau said'),
        Q('"We want players to check their own tickets."', "direct", "Boudreau", "Sarah Boudreau",
          speaker_at='player," Boudreau said'),
        Q('"deeply ashamed."', "partial", "Jean-Guy Richard", "Jean-Guy Richard"),
        Q("she had already repaid $12,000 of the money", "indirect", "He", "Jean-Guy Richard",
          speaker_at="He said she"),
        Q("\"She's a mother of three who made a terrible decision during a very difficult time,\"", "direct", "he",
          "Jean-Guy Richard", speaker_at="he said"),
        Q("he would argue for a conditional sentence served in the community", "indirect", "Richard",
          "Jean-Guy Richard", speaker_at="Richard said he would"),
        Q("anyone who believes they were the victim of a similar scam should contact their local detachment",
          "indirect", "RCMP", "RCMP"),
    ], source="blind"),
    Case("blind79-ivory-trial", """Three Congolese nationals deny smuggling 200kg of ivory

Three men accused of smuggling more than 200 kilogrammes of elephant ivory through Uganda have denied the charges \
before the Standards, Utilities and Wildlife Court in Kampala.

Jean-Pierre Mukendi, Didier Kabongo and Faustin Ilunga, all Congolese nationals, were arrested at a lodge in Kasese \
District in March after a joint operation by the Uganda Wildlife Authority (UWA) and police.

In a statement issued after the arrests, UWA described the seizure as \u201cone of the largest this year\u201d.

State prosecutor Ms Joan Akello told court that the suspects had hidden 46 pieces of ivory in sacks of dried fish \
bound for Kampala.

\u201cYour Worship, the prosecution has 11 witnesses, including officers who recovered the exhibits and an expert from \
the UWA laboratory,\u201d Ms Akello said. \u201cWe are ready to proceed.\u201d

Defence lawyer Mr Ivan Kisitu asked court to grant his clients bail, arguing that they had been on remand for more \
than five months. He said the men were innocent traders.

\u201cThey were set up by people they met in Kasese. My clients have never handled ivory in their lives,\u201d Mr \
Kisitu said.

Grade One Magistrate Ms Rose Nakabugo declined the application, saying the accused had no fixed place of abode in \
Uganda and were a flight risk. She adjourned the case to October 14.

UWA spokesperson Mr Hakim Mutebi said the authority had seen a rise in ivory trafficking through western Uganda, most \
of it originating from the Democratic Republic of Congo.

\u201cUganda is being used as a transit route, and we will not allow it,\u201d Mr Mutebi said in a telephone interview \
with this newspaper.

According to Mr Mutebi, the ivory recovered in Kasese came from at least 23 elephants.

Under the Uganda Wildlife Act 2019, trafficking in protected species carries a maximum penalty of life imprisonment or \
a fine of Shs20 billion.

Ms Prossy Kyomuhendo, a conservationist with the Rwenzori Wildlife Trust, said tough sentences had started to deter \
poachers but that the big dealers were rarely caught.

\u201cThe people we see in court are usually the couriers. The money men are sitting in Kinshasa or Nairobi,\u201d she \
said.

Relatives of the accused, who attended the hearing, declined to comment.""", [
        Q("\u201cone of the largest this year\u201d", "partial", "UWA", "Uganda Wildlife Authority",
          speaker_at="In a statement issued after the arrests, UWA"),
        Q("that the suspects had hidden 46 pieces of ivory in sacks of dried fish bound for Kampala", "indirect",
          "Joan Akello", "Joan Akello"),
        Q("\u201cYour Worship, the prosecution has 11 witnesses, including officers who recovered the "
          "exhibits and an expert from the UWA laboratory,\u201d", "direct", "Akello", "Joan Akello",
          speaker_at="Ms Akello said"),
        Q("\u201cWe are ready to proceed.\u201d", "direct", "Akello", "Joan Akello", speaker_at="Ms Akello said"),
        Q("that they had been on remand for more than five months", "indirect", "Ivan Kisitu", "Ivan Kisitu"),
        Q("the men were innocent traders", "indirect", "He", "Ivan Kisitu", speaker_at="He said the men"),
        Q("\u201cThey were set up by people they met in Kasese. My clients have never handled ivory in their "
          "lives,\u201d", "direct", "Kisitu", "Ivan Kisitu", speaker_at="Mr Kisitu said"),
        Q("the accused had no fixed place of abode in Uganda and were a flight risk", "indirect", "Rose Nakabugo",
          "Rose Nakabugo"),
        Q("the authority had seen a rise in ivory trafficking through western Uganda, most of it originating "
          "from the Democratic Republic of Congo", "indirect", "Hakim Mutebi", "Hakim Mutebi"),
        Q("\u201cUganda is being used as a transit route, and we will not allow it,\u201d", "direct", "Mutebi",
          "Hakim Mutebi", speaker_at="Mr Mutebi said"),
        Q("the ivory recovered in Kasese came from at least 23 elephants", "indirect", "Mutebi", "Hakim Mutebi",
          speaker_at="According to Mr Mutebi"),
        Q("tough sentences had started to deter poachers but that the big dealers were rarely caught", "indirect",
          "Prossy Kyomuhendo", "Prossy Kyomuhendo"),
        Q("\u201cThe people we see in court are usually the couriers. The money men are sitting in Kinshasa "
          "or Nairobi,\u201d", "direct", "she", "Prossy Kyomuhendo", speaker_at="she said"),
    ], source="blind"),
    Case("blind79-busia-border", """Truck drivers stranded as Busia border row drags on

BUSIA - More than 600 cargo trucks were stuck on both sides of the Busia border crossing yesterday as a dispute \
between Ugandan and Kenyan officials over cargo tracking seals entered its fourth day.

Drivers said the queue on the Ugandan side stretched nearly 12 kilometres, to Buteba.

"I have been here since Saturday with fuel for South Sudan. I have no money left for food," said Moses Okiror, a \
driver with a Kampala-based transport company.

The standoff began after the Kenya Revenue Authority (KRA) started requiring Uganda-bound trucks to carry a second \
electronic seal, which Ugandan officials say duplicates the regional tracking system already in use.

The Uganda Revenue Authority (URA) said in a statement on Monday that it had "engaged our Kenyan counterparts at the \
highest level". The authority said it expected the matter to be resolved within 48 hours.

URA's Busia station manager, Mr Patrick Wandera, told New Vision that clearance on the Ugandan side was running \
normally. "The delays are coming from the other side. Our officers are working 24 hours," Wandera said.

However, KRA regional coordinator Ms Faith Chebet said the new seals were "a security requirement, not a trade \
barrier". She said Kenya had noticed goods declared for transit to Uganda being offloaded inside Kenya.

The chairperson of the Uganda Truck Drivers Association, Mr Yusuf Mutyaba, said drivers would go on strike if the \
matter was not sorted out by Friday.

"We are tired of being used as footballs between two governments," Mutyaba said. "If they don't solve this, we shall \
park our trucks."

Traders in Busia town said business had slowed sharply. Sarah Nafula, who sells food to drivers near the customs yard, \
said she had made more money this week, but that she feared for the drivers' health.

The East African Community secretariat in Arusha said it was aware of the dispute and urged both sides to "respect the \
spirit of the Customs Union".

Busia Resident District Commissioner Mr Emmanuel Ogwang said security had been increased at the border after some \
drivers blocked the road on Monday.""", [
        Q("the queue on the Ugandan side stretched nearly 12 kilometres, to Buteba", "indirect", "Drivers", None,
          speaker_at="Drivers said the queue"),
        Q('"I have been here since Saturday with fuel for South Sudan. I have no money left for food,"', "direct",
          "Moses Okiror", "Moses Okiror"),
        Q("duplicates the regional tracking system already in use", "indirect", "Ugandan officials", None),
        Q('"engaged our Kenyan counterparts at the highest level"', "partial", "The Uganda Revenue Authority",
          "Uganda Revenue Authority"),
        Q("it expected the matter to be resolved within 48 hours", "indirect", "The authority",
          "Uganda Revenue Authority"),
        Q("that clearance on the Ugandan side was running normally", "indirect", "Patrick Wandera", "Patrick Wandera"),
        Q('"The delays are coming from the other side. Our officers are working 24 hours,"', "direct", "Wandera",
          "Patrick Wandera", speaker_at="Wandera said"),
        Q('"a security requirement, not a trade barrier"', "partial", "Faith Chebet", "Faith Chebet"),
        Q("Kenya had noticed goods declared for transit to Uganda being offloaded inside Kenya", "indirect", "She",
          "Faith Chebet", speaker_at="She said Kenya"),
        Q("drivers would go on strike if the matter was not sorted out by Friday", "indirect", "Yusuf Mutyaba",
          "Yusuf Mutyaba"),
        Q('"We are tired of being used as footballs between two governments,"', "direct", "Mutyaba", "Yusuf Mutyaba",
          speaker_at="Mutyaba said"),
        Q("\"If they don't solve this, we shall park our trucks.\"", "direct", "Mutyaba", "Yusuf Mutyaba",
          speaker_at="Mutyaba said"),
        Q("business had slowed sharply", "indirect", "Traders in Busia town", None),
        Q("she had made more money this week, but that she feared for the drivers' health", "indirect", "Sarah Nafula",
          "Sarah Nafula"),
        Q("it was aware of the dispute", "indirect", "The East African Community secretariat",
          "East African Community"),
        Q('"respect the spirit of the Customs Union"', "partial", "The East African Community secretariat",
          "East African Community"),
        Q("security had been increased at the border after some drivers blocked the road on Monday", "indirect",
          "Emmanuel Ogwang", "Emmanuel Ogwang"),
    ], source="blind"),
    Case("blind79-dar-dengue", """Dar begins dengue vaccination drive in hotspots

Dar es Salaam. The government yesterday began vaccinating residents of Dar es Salaam against dengue fever, starting \
with three districts that recorded the highest number of cases during this year\u2019s outbreak.

The Ministry of Health said 250,000 doses of the Qdenga vaccine had been received and would be given free of charge to \
people aged between six and 45 in Kinondoni, Ilala and Temeke.

Speaking at the launch at Mwananyamala Regional Referral Hospital, Deputy Minister for Health Dr Neema Mshana said the \
vaccine was \u2018an additional weapon\u2019 and not a replacement for clearing mosquito breeding sites.

\u2018We still need every household to remove stagnant water around their homes. The vaccine protects you, but it does \
not kill the mosquito,\u2019 Dr Mshana said.

She said more than 4,200 cases and 11 deaths had been recorded in the region since January.

The Chief Medical Officer, Prof Daudi Mwakilema, told The Citizen that the vaccine would be given in two doses, three \
months apart.

\u2018Those who receive the first dose today must come back in April. If you miss the second dose, you are not fully \
protected,\u2019 he said.

According to Prof Mwakilema, the ministry plans to extend the campaign to Tanga and Kilimanjaro later in the year if \
supplies allow.

At Mwananyamala, dozens of parents queued with their children from early morning. Ms Halima Omari, a resident of \
Kinondoni, said she had brought her two sons after her neighbour\u2019s daughter was admitted to hospital last month.

\u2018I saw how that child suffered. I don\u2019t want my children to go through that,\u2019 she said.

Some residents, however, expressed doubts. A boda boda rider at the hospital gate, who declined to give his name, said \
he would not take the vaccine. \u2018People are saying it makes men weak,\u2019 he told this reporter.

Dr Mshana dismissed such claims as \u2018rumours spread on WhatsApp\u2019 and said the vaccine had been approved by \
the Tanzania Medicines and Medical Devices Authority (TMDA) after a full review.

The World Health Organization (WHO) country office said in a statement that it was supporting the ministry with \
cold-chain equipment and training for 300 health workers.

The campaign, dubbed \u2018Tokomeza Dengue\u2019, runs until the end of the month.""", [
        Q("250,000 doses of the Qdenga vaccine had been received and would be given free of charge to people "
          "aged between six and 45 in Kinondoni, Ilala and Temeke", "indirect", "The Ministry of Health",
          "Ministry of Health"),
        Q("\u2018an additional weapon\u2019", "partial", "Neema Mshana", "Neema Mshana"),
        Q("\u2018We still need every household to remove stagnant water around their homes. The vaccine "
          "protects you, but it does not kill the mosquito,\u2019", "direct", "Mshana", "Neema Mshana",
          speaker_at="Dr Mshana said"),
        Q("more than 4,200 cases and 11 deaths had been recorded in the region since January", "indirect", "She",
          "Neema Mshana", speaker_at="She said more"),
        Q("that the vaccine would be given in two doses, three months apart", "indirect", "Daudi Mwakilema",
          "Daudi Mwakilema"),
        Q("\u2018Those who receive the first dose today must come back in April. If you miss the second "
          "dose, you are not fully protected,\u2019", "direct", "he", "Daudi Mwakilema", speaker_at="he said"),
        Q("the ministry plans to extend the campaign to Tanga and Kilimanjaro later in the year if supplies "
          "allow", "indirect", "Mwakilema", "Daudi Mwakilema", speaker_at="According to Prof Mwakilema"),
        Q("she had brought her two sons after her neighbour\u2019s daughter was admitted to hospital last "
          "month", "indirect", "Halima Omari", "Halima Omari"),
        Q("\u2018I saw how that child suffered. I don\u2019t want my children to go through that,\u2019", "direct",
          "she", "Halima Omari", speaker_at="she said"),
        Q("he would not take the vaccine", "indirect", "A boda boda rider at the hospital gate", None),
        Q("\u2018People are saying it makes men weak,\u2019", "direct", "he", None, speaker_at="he told"),
        Q("\u2018rumours spread on WhatsApp\u2019", "partial", "Mshana", "Neema Mshana",
          speaker_at="Dr Mshana dismissed"),
        Q("the vaccine had been approved by the Tanzania Medicines and Medical Devices Authority (TMDA) "
          "after a full review", "indirect", "Mshana", "Neema Mshana", speaker_at="Dr Mshana dismissed"),
        Q("that it was supporting the ministry with cold-chain equipment and training for 300 health workers",
          "indirect", "The World Health Organization (WHO) country office", "World Health Organization"),
    ], source="blind"),
    Case("blind79-morogoro-mill", """1,200 jobs lost as Morogoro textile mill shuts down

MOROGORO: MORE than 1,200 workers at Uluguru Textile Mills Limited have been sent home indefinitely after the \
management announced that the factory would stop production at the end of this month.

In a notice pinned at the factory gate on Monday, the management said the mill had made losses for three consecutive \
years. It said the company could \u201cno longer sustain operations under current market conditions\u201d, blaming \
high electricity costs and cheap imported second-hand clothes.

The company\u2019s General Manager, Mr Rajesh Patel, told the Daily News that the firm had tried to find a buyer for \
more than a year without success.

\u201cWe have been running at less than 40 per cent capacity since 2022. Every month we are paying salaries from \
loans,\u201d Mr Patel said.

He said workers would be paid their terminal benefits in full, in accordance with the Employment and Labour Relations \
Act.

But the Tanzania Union of Industrial and Commercial Workers (TUICO) branch secretary at the mill, Ms Mwanahawa \
Kibwana, said many employees had not received their salaries for July and August.

\u201cManagement is talking about terminal benefits, but people have not been paid for two months. How will they \
believe this promise?\u201d she asked.

Ms Kibwana said the union would meet the Labour Commissioner this week to demand an audit of the company\u2019s \
accounts.

Morogoro Regional Commissioner Mr Hamisi Lukumay, who visited the factory yesterday, described the closure as \u201ca \
painful blow\u201d to the region\u2019s economy and said officials would make sure workers were not cheated.

\u201cNo worker will leave this factory without getting what is rightfully theirs. The government is watching \
closely,\u201d he said.

Speaking by phone from Dodoma, the Ministry of Industry and Trade\u2019s Director of Industrial Development, Dr Lilian \
Mchome, said the government was reviewing electricity tariffs for manufacturers and would soon present proposals to \
Parliament.

Dr Elias Mwakalinga, an economist at Mzumbe University, said the closure showed the textile sector was struggling to \
compete with the \u201cmitumba\u201d trade.

\u201cUnless we protect local producers, cotton farmers in Shinyanga and Simiyu will also feel the pain,\u201d he \
said.""", [
        Q("that the factory would stop production at the end of this month", "indirect", "the management",
          "Uluguru Textile Mills Limited", speaker_at="the management announced"),
        Q("the mill had made losses for three consecutive years", "indirect", "the management",
          "Uluguru Textile Mills Limited", speaker_at="the management said"),
        Q("\u201cno longer sustain operations under current market conditions\u201d", "partial", "It",
          "Uluguru Textile Mills Limited", speaker_at="It said the company"),
        Q("that the firm had tried to find a buyer for more than a year without success", "indirect", "Rajesh Patel",
          "Rajesh Patel"),
        Q("\u201cWe have been running at less than 40 per cent capacity since 2022. Every month we are "
          "paying salaries from loans,\u201d", "direct", "Patel", "Rajesh Patel", speaker_at="Mr Patel said"),
        Q("workers would be paid their terminal benefits in full, in accordance with the Employment and "
          "Labour Relations Act", "indirect", "He", "Rajesh Patel", speaker_at="He said workers"),
        Q("many employees had not received their salaries for July and August", "indirect", "Mwanahawa Kibwana",
          "Mwanahawa Kibwana"),
        Q("\u201cManagement is talking about terminal benefits, but people have not been paid for two "
          "months. How will they believe this promise?\u201d", "direct", "she", "Mwanahawa Kibwana",
          speaker_at="she asked"),
        Q("the union would meet the Labour Commissioner this week to demand an audit of the company\u2019s "
          "accounts", "indirect", "Kibwana", "Mwanahawa Kibwana", speaker_at="Ms Kibwana said"),
        Q("\u201ca painful blow\u201d", "partial", "Hamisi Lukumay", "Hamisi Lukumay"),
        Q("officials would make sure workers were not cheated", "indirect", "Hamisi Lukumay", "Hamisi Lukumay"),
        Q("\u201cNo worker will leave this factory without getting what is rightfully theirs. The government "
          "is watching closely,\u201d", "direct", "he", "Hamisi Lukumay", speaker_at="closely,\u201d he said"),
        Q("the government was reviewing electricity tariffs for manufacturers and would soon present "
          "proposals to Parliament", "indirect", "Lilian Mchome", "Lilian Mchome"),
        Q("the closure showed the textile sector was struggling to compete with the \u201cmitumba\u201d trade",
          "indirect", "Elias Mwakalinga", "Elias Mwakalinga"),
        Q("\u201cUnless we protect local producers, cotton farmers in Shinyanga and Simiyu will also feel "
          "the pain,\u201d", "direct", "he", "Elias Mwakalinga", speaker_at="pain,\u201d he said"),
    ], source="blind"),
    Case("blind79-faisalabad-spinning", """Another Faisalabad spinning mill closes, 900 workers laid off

FAISALABAD: A major spinning unit on Sargodha Road has shut down operations, laying off around 900 workers, as the \
textile industry continues to grapple with high energy tariffs and shrinking export orders.

The management of Rehmat Spinning Mills Ltd informed the Pakistan Stock Exchange (PSX) on Tuesday that production had \
been suspended at its Faisalabad unit. The company cited the \u201cunviable cost of doing business\u201d in its \
filing.

Talking to Dawn, All Pakistan Textile Mills Association (Aptma) North Zone chairman Naveed Akhtar Butt said at least \
40 per cent of spinning capacity in Punjab was now idle.

\u201cElectricity for industry is at 14 cents a unit when our competitors in Bangladesh and Vietnam pay less than nine \
cents. Nobody can compete with that,\u201d he said.

He said the association had written to the prime minister seeking a regionally competitive energy tariff, but had \
received no response.

According to Aptma data, 144 mills have closed across the country since 2022.

Workers gathered outside the mill gate on Wednesday, demanding payment of their dues.

\u201cWe were told on Monday evening not to come back. Nobody has said anything about our salaries,\u201d said \
Muhammad Rafiq, a machine operator who has worked at the mill for 17 years.

Labour leader Rana Mehboob said the closures were being used to avoid paying social security and EOBI contributions.

A commerce ministry official, requesting anonymity, said a support package for export-oriented industries was being \
finalised. \u201cIt will be announced within weeks,\u201d the official said.

Dr Sana Tariq, an economist at the Lahore University of Management Sciences, said the sector\u2019s problems went \
beyond energy prices. \u201cOur mills are still making the same low-value yarn they made in the 1990s,\u201d she said, \
\u201cand that market has moved to cheaper producers.\u201d

The Faisalabad Chamber of Commerce and Industry (FCCI) said in a statement that the closures would also hit hundreds \
of small power-loom units that depend on local yarn.""", [
        Q("that production had been suspended at its Faisalabad unit", "indirect",
          "The management of Rehmat Spinning Mills Ltd", "Rehmat Spinning Mills Ltd"),
        Q("\u201cunviable cost of doing business\u201d", "partial", "The company", "Rehmat Spinning Mills Ltd"),
        Q("at least 40 per cent of spinning capacity in Punjab was now idle", "indirect", "Naveed Akhtar Butt",
          "Naveed Akhtar Butt"),
        Q("\u201cElectricity for industry is at 14 cents a unit when our competitors in Bangladesh and "
          "Vietnam pay less than nine cents. Nobody can compete with that,\u201d", "direct", "he", "Naveed Akhtar Butt",
          speaker_at="he said"),
        Q("the association had written to the prime minister seeking a regionally competitive energy tariff, "
          "but had received no response", "indirect", "He", "Naveed Akhtar Butt", speaker_at="He said the association"),
        Q("144 mills have closed across the country since 2022", "indirect", "Aptma data",
          "All Pakistan Textile Mills Association"),
        Q("\u201cWe were told on Monday evening not to come back. Nobody has said anything about our "
          "salaries,\u201d", "direct", "Muhammad Rafiq", "Muhammad Rafiq"),
        Q("the closures were being used to avoid paying social security and EOBI contributions", "indirect",
          "Rana Mehboob", "Rana Mehboob"),
        Q("a support package for export-oriented industries was being finalised", "indirect",
          "A commerce ministry official", None),
        Q("\u201cIt will be announced within weeks,\u201d", "direct", "the official", None),
        Q("the sector\u2019s problems went beyond energy prices", "indirect", "Sana Tariq", "Sana Tariq"),
        Q("\u201cOur mills are still making the same low-value yarn they made in the 1990s,\u201d", "direct", "she",
          "Sana Tariq", speaker_at="she said"),
        Q("\u201cand that market has moved to cheaper producers.\u201d", "direct", "she", "Sana Tariq",
          speaker_at="she said"),
        Q("that the closures would also hit hundreds of small power-loom units that depend on local yarn", "indirect",
          "The Faisalabad Chamber of Commerce and Industry (FCCI)", "Faisalabad Chamber of Commerce and Industry"),
    ], source="blind"),
    Case("blind79-fia-lottery", """FIA busts gang running fake mobile lottery scheme

KARACHI: The Federal Investigation Agency (FIA) has arrested four suspects accused of defrauding hundreds of mobile \
wallet users through a fake lucky draw that promised prizes of up to Rs2.5 million.

According to an FIA spokesperson, the suspects sent text messages and made calls posing as representatives of a mobile \
network's "mega prize scheme", asking victims to pay a "processing fee" before their winnings could be released.

FIA Cybercrime Wing Sindh Additional Director Abdul Ghaffar Memon said the gang had collected more than Rs38 million \
from at least 600 people over eight months, calling the operation "a proper business".

"These people were very organised. They had call scripts, fake prize certificates and dozens of SIMs registered on \
stolen identities," Memon told The Express Tribune.

He said the suspects used accounts opened in the names of labourers, who were paid Rs5,000 each for the use of their \
CNICs.

One victim, a schoolteacher from Hyderabad who asked not to be named, said she had paid Rs180,000 in three \
instalments. "They kept saying the cheque was ready, just one more fee. I borrowed from my sister," she said.

The State Bank of Pakistan (SBP) said in a statement that it had directed banks and branchless banking operators to \
strengthen checks on accounts receiving large numbers of small deposits.

The Pakistan Telecommunication Authority (PTA) said it had blocked 2,300 SIMs linked to the network.

Cyber-security analyst Hamza Qureshi, founder of Karachi-based firm SecureLink, said lottery scams thrived because \
victims were often too embarrassed to come forward.

"For every case that reaches the FIA, there are probably ten that never get reported," Qureshi said. He added that \
banks should flag accounts that suddenly receive hundreds of small transfers.

The suspects were presented before a judicial magistrate on Monday, who remanded them in FIA custody for seven days. \
The FIA said further arrests were expected.""", [
        Q("the suspects sent text messages and made calls posing as representatives of a mobile network's "
          '"mega prize scheme", asking victims to pay a "processing fee" before their winnings could be '
          "released", "indirect", "an FIA spokesperson", None),
        Q("the gang had collected more than Rs38 million from at least 600 people over eight months", "indirect",
          "Abdul Ghaffar Memon", "Abdul Ghaffar Memon"),
        Q('"a proper business"', "partial", "Abdul Ghaffar Memon", "Abdul Ghaffar Memon"),
        Q('"These people were very organised. They had call scripts, fake prize certificates and dozens of '
          'SIMs registered on stolen identities,"', "direct", "Memon", "Abdul Ghaffar Memon", speaker_at="Memon told"),
        Q("the suspects used accounts opened in the names of labourers, who were paid Rs5,000 each for the "
          "use of their CNICs", "indirect", "He", "Abdul Ghaffar Memon", speaker_at="He said the suspects"),
        Q("she had paid Rs180,000 in three instalments", "indirect", "One victim", None),
        Q('"They kept saying the cheque was ready, just one more fee. I borrowed from my sister,"', "direct", "she",
          None, speaker_at="she said"),
        Q("that it had directed banks and branchless banking operators to strengthen checks on accounts "
          "receiving large numbers of small deposits", "indirect", "The State Bank of Pakistan (SBP)",
          "State Bank of Pakistan"),
        Q("it had blocked 2,300 SIMs linked to the network", "indirect",
          "The Pakistan Telecommunication Authority (PTA)", "Pakistan Telecommunication Authority"),
        Q("lottery scams thrived because victims were often too embarrassed to come forward", "indirect",
          "Hamza Qureshi", "Hamza Qureshi"),
        Q('"For every case that reaches the FIA, there are probably ten that never get reported,"', "direct", "Qureshi",
          "Hamza Qureshi", speaker_at="Qureshi said"),
        Q("that banks should flag accounts that suddenly receive hundreds of small transfers", "indirect", "He",
          "Hamza Qureshi", speaker_at="He added"),
        Q("further arrests were expected", "indirect", "The FIA", "Federal Investigation Agency",
          speaker_at="The FIA said"),
    ], source="blind"),
    Case("blind79-passco-silo", """Fire at Passco silo complex destroys 12,000 tonnes of wheat

MULTAN: A fire broke out at a wheat storage silo complex of the Pakistan Agricultural Storage and Services Corporation \
(Passco) in Khanewal late on Sunday, destroying an estimated 12,000 tonnes of wheat worth around Rs1.2 billion, \
officials said.

Rescue 1122 spokesman Farhan Abbas said 14 fire tenders from Khanewal, Multan and Mian Channu took nearly nine hours \
to bring the blaze under control.

"The fire started in the conveyor section and spread to two of the silos very quickly because of the dust," he said. \
"Our teams had to work from the outside because the structure was not safe."

Passco Managing Director Khalid Mehmood Chaudhry told Business Recorder that the stock was fully insured and the loss \
would not affect the country's strategic reserves.

"We have more than 1.1 million tonnes in our stocks nationwide. There is no question of any shortage," he said.

He said a three-member inquiry committee had been formed and would submit its report within 15 days.

However, flour millers expressed concern. Pakistan Flour Mills Association (PFMA) Punjab chairman Malik Tariq Sadiq \
said the incident could push up wheat prices in the open market, which had already risen by Rs300 per maund in two \
weeks. He urged the government to release wheat from its reserves "without delay".

"Any news of losses makes the market nervous. Traders will use this to hoard," Sadiq said.

A grain dealer at the Multan wholesale market said prices had jumped by Rs150 per maund on Monday morning after news \
of the fire spread.

According to the Punjab Food Department, the province's wheat procurement target for the season was 3.5 million \
tonnes, of which about 70 per cent has been achieved.

Dr Rubina Hashmi, who teaches agricultural economics at Bahauddin Zakariya University, said Pakistan's storage \
infrastructure was badly outdated.

"Many of these silos are 40 years old. We keep losing grain to fire, moisture and pests, and then we import wheat at \
higher prices," she said.

Police said they had registered a case and were looking into whether negligence was involved.""", [
        Q("A fire broke out at a wheat storage silo complex of the Pakistan Agricultural Storage and "
          "Services Corporation (Passco) in Khanewal late on Sunday, destroying an estimated 12,000 tonnes "
          "of wheat worth around Rs1.2 billion", "indirect", "officials", None),
        Q("14 fire tenders from Khanewal, Multan and Mian Channu took nearly nine hours to bring the blaze "
          "under control", "indirect", "Farhan Abbas", "Farhan Abbas"),
        Q('"The fire started in the conveyor section and spread to two of the silos very quickly because of '
          'the dust,"', "direct", "he", "Farhan Abbas", speaker_at='dust," he said'),
        Q('"Our teams had to work from the outside because the structure was not safe."', "direct", "he",
          "Farhan Abbas", speaker_at='dust," he said'),
        Q("that the stock was fully insured and the loss would not affect the country's strategic reserves", "indirect",
          "Khalid Mehmood Chaudhry", "Khalid Mehmood Chaudhry"),
        Q('"We have more than 1.1 million tonnes in our stocks nationwide. There is no question of any '
          'shortage,"', "direct", "he", "Khalid Mehmood Chaudhry", speaker_at='shortage," he said'),
        Q("a three-member inquiry committee had been formed and would submit its report within 15 days", "indirect",
          "He", "Khalid Mehmood Chaudhry", speaker_at="He said a three-member"),
        Q("the incident could push up wheat prices in the open market, which had already risen by Rs300 per "
          "maund in two weeks", "indirect", "Malik Tariq Sadiq", "Malik Tariq Sadiq"),
        Q('"without delay"', "partial", "He", "Malik Tariq Sadiq", speaker_at="He urged"),
        Q('"Any news of losses makes the market nervous. Traders will use this to hoard,"', "direct", "Sadiq",
          "Malik Tariq Sadiq", speaker_at='hoard," Sadiq said'),
        Q("prices had jumped by Rs150 per maund on Monday morning after news of the fire spread", "indirect",
          "A grain dealer at the Multan wholesale market", None),
        Q("the province's wheat procurement target for the season was 3.5 million tonnes, of which about 70 "
          "per cent has been achieved", "indirect", "the Punjab Food Department", "Punjab Food Department"),
        Q("Pakistan's storage infrastructure was badly outdated", "indirect", "Rubina Hashmi", "Rubina Hashmi"),
        Q('"Many of these silos are 40 years old. We keep losing grain to fire, moisture and pests, and then '
          'we import wheat at higher prices,"', "direct", "she", "Rubina Hashmi", speaker_at="she said"),
        Q("they had registered a case and were looking into whether negligence was involved", "indirect", "Police",
          None),
    ], source="blind"),
    Case("blind79-thai-dengue", """Dengue jabs offered to children in 10 high-risk provinces

The Department of Disease Control (DDC) will begin offering free dengue vaccinations to children aged 10 to 15 in 10 \
high-risk provinces next month, as the country braces for what could be one of the worst rainy-season outbreaks in \
years.

DDC director-general Dr Thanakorn Siriwat said on Tuesday that 400,000 doses of the two-dose vaccine had been procured \
under a budget of 780 million baht approved by the cabinet in March.

"Children and teenagers account for almost half of all dengue cases we see each year, so they are the group we want to \
protect first," Dr Thanakorn said.

The provinces include Chiang Rai, Nakhon Ratchasima, Udon Thani, Rayong and Songkhla, he said.

According to DDC figures, 41,372 dengue cases and 38 deaths were recorded nationwide between January and mid-June, \
more than double the number in the same period last year.

Dr Thanakorn said the vaccine was "not a magic bullet" and urged people to keep eliminating mosquito breeding sites \
under the ministry's "3 Keep" campaign.

Parents will have to give written consent, and schools will act as vaccination points, the department said.

Assoc Prof Dr Kanokwan Pinyo, an infectious disease specialist at Mahidol University's Faculty of Tropical Medicine, \
welcomed the rollout but said it should be extended to adults in urban areas.

"We are seeing more severe cases in people over 30, especially in Bangkok. They should not be left out," she said.

Dr Kanokwan added that people who had never been infected should talk to a doctor before getting the jab.

Some parents in Nakhon Ratchasima said they were still unsure. Somjai Boonmee, 42, whose son is in Mathayom 2, told \
the Bangkok Post she wanted more information about side effects before signing the consent form.

"I'm not against it, but nobody has explained anything to us yet," she said.

The Public Health Ministry said on its Facebook page that the DDC hotline, 1422, would answer questions about the \
programme.""", [
        Q("that 400,000 doses of the two-dose vaccine had been procured under a budget of 780 million baht "
          "approved by the cabinet in March", "indirect", "Thanakorn Siriwat", "Thanakorn Siriwat"),
        Q('"Children and teenagers account for almost half of all dengue cases we see each year, so they are '
          'the group we want to protect first,"', "direct", "Thanakorn", "Thanakorn Siriwat",
          speaker_at="Dr Thanakorn said."),
        Q("The provinces include Chiang Rai, Nakhon Ratchasima, Udon Thani, Rayong and Songkhla", "indirect", "he",
          "Thanakorn Siriwat", speaker_at="he said"),
        Q("41,372 dengue cases and 38 deaths were recorded nationwide between January and mid-June, more "
          "than double the number in the same period last year", "indirect", "DDC figures",
          "Department of Disease Control"),
        Q('"not a magic bullet"', "partial", "Thanakorn", "Thanakorn Siriwat",
          speaker_at="Dr Thanakorn said the vaccine"),
        Q("Parents will have to give written consent, and schools will act as vaccination points", "indirect",
          "the department", "Department of Disease Control"),
        Q("it should be extended to adults in urban areas", "indirect", "Kanokwan Pinyo", "Kanokwan Pinyo"),
        Q('"We are seeing more severe cases in people over 30, especially in Bangkok. They should not be '
          'left out,"', "direct", "she", "Kanokwan Pinyo", speaker_at='out," she said'),
        Q("that people who had never been infected should talk to a doctor before getting the jab", "indirect",
          "Kanokwan", "Kanokwan Pinyo", speaker_at="Dr Kanokwan added"),
        Q("they were still unsure", "indirect", "Some parents in Nakhon Ratchasima", None),
        Q("she wanted more information about side effects before signing the consent form", "indirect",
          "Somjai Boonmee", "Somjai Boonmee"),
        Q("\"I'm not against it, but nobody has explained anything to us yet,\"", "direct", "she", "Somjai Boonmee",
          speaker_at='yet," she said'),
        Q("that the DDC hotline, 1422, would answer questions about the programme", "indirect",
          "The Public Health Ministry", "Public Health Ministry"),
    ], source="blind"),
    Case("blind79-nong-ian-checkpoint", """Traders stranded as Thai, Cambodian officials spar over border checkpoint

Hundreds of traders and day labourers were left stranded on Wednesday after Thai authorities shortened opening hours \
at the Ban Nong Ian checkpoint in Sa Kaeo\u2019s Khok Sung district, drawing an angry response from the Cambodian \
side.

The Burapha Task Force said the checkpoint would open only from 8am to 4pm until further notice, citing \u201csecurity \
concerns\u201d along the border.

Task force spokesman Colonel Wiroj Thongkham told reporters that the decision followed the discovery last week of an \
illegal track used to smuggle goods and people across the border.

\u201cWe are not closing the border. We are managing it,\u201d Colonel Wiroj said. \u201cLegitimate traders will still \
be able to cross, only with stricter checks.\u201d

On the Cambodian side, Banteay Meanchey provincial spokesman Sok Dara said the move had been taken without \
consultation and was \u201churting ordinary people on both sides\u201d.

Cambodia\u2019s Ministry of Foreign Affairs and International Cooperation said in a statement that it had raised the \
matter with the Thai embassy in Phnom Penh, adding that it hoped for \u201ca swift return to normal \
arrangements\u201d.

Vendors at the border market said sales had fallen by more than half since Monday.

\u201cMy customers are Cambodian. If they can\u2019t come, I have nothing,\u201d said Pranee Saelim, who sells clothes \
and plastic goods near the gate.

Sa Kaeo governor Chatchai Rattanawong said he would meet Cambodian provincial officials on Friday to discuss longer \
opening hours for registered traders.

Chatchai said the province had also asked the Interior Ministry to speed up the issuing of border passes for traders.

Public broadcaster Thai PBS reported that about 3,000 people cross at Ban Nong Ian on a normal day, most of them \
Cambodian workers employed on Thai farms.

Sitthiporn Kaewmala, a lecturer in international relations at Burapha University, said border measures were often \
\u201cthe first thing to be politicised\u201d when relations between the two countries were tense.

\u201cBoth governments need to keep local problems local,\u201d he said.""", [
        Q("the checkpoint would open only from 8am to 4pm until further notice", "indirect", "The Burapha Task Force",
          "Burapha Task Force"),
        Q("\u201csecurity concerns\u201d", "partial", "The Burapha Task Force", "Burapha Task Force"),
        Q("that the decision followed the discovery last week of an illegal track used to smuggle goods and "
          "people across the border", "indirect", "Wiroj Thongkham", "Wiroj Thongkham"),
        Q("\u201cWe are not closing the border. We are managing it,\u201d", "direct", "Wiroj", "Wiroj Thongkham",
          speaker_at="Colonel Wiroj said"),
        Q("\u201cLegitimate traders will still be able to cross, only with stricter checks.\u201d", "direct", "Wiroj",
          "Wiroj Thongkham", speaker_at="Colonel Wiroj said"),
        Q("the move had been taken without consultation", "indirect", "Sok Dara", "Sok Dara"),
        Q("\u201churting ordinary people on both sides\u201d", "partial", "Sok Dara", "Sok Dara"),
        Q("that it had raised the matter with the Thai embassy in Phnom Penh", "indirect",
          "Cambodia\u2019s Ministry of Foreign Affairs and International Cooperation",
          "Ministry of Foreign Affairs and International Cooperation"),
        Q("\u201ca swift return to normal arrangements\u201d", "partial",
          "Cambodia\u2019s Ministry of Foreign Affairs and International Cooperation",
          "Ministry of Foreign Affairs and International Cooperation"),
        Q("sales had fallen by more than half since Monday", "indirect", "Vendors at the border market", None),
        Q("\u201cMy customers are Cambodian. If they can\u2019t come, I have nothing,\u201d", "direct", "Pranee Saelim",
          "Pranee Saelim"),
        Q("he would meet Cambodian provincial officials on Friday to discuss longer opening hours for "
          "registered traders", "indirect", "Chatchai Rattanawong", "Chatchai Rattanawong"),
        Q("the province had also asked the Interior Ministry to speed up the issuing of border passes for "
          "traders", "indirect", "Chatchai", "Chatchai Rattanawong", speaker_at="Chatchai said the province"),
        Q("that about 3,000 people cross at Ban Nong Ian on a normal day, most of them Cambodian workers "
          "employed on Thai farms", "indirect", "Thai PBS", "Thai PBS"),
        Q("\u201cthe first thing to be politicised\u201d", "partial", "Sitthiporn Kaewmala", "Sitthiporn Kaewmala"),
        Q("\u201cBoth governments need to keep local problems local,\u201d", "direct", "he", "Sitthiporn Kaewmala",
          speaker_at="he said"),
    ], source="blind"),
    Case("blind79-piim-fees", """Students rally against 30 percent tuition hike at private university

Around 300 students gathered outside the Phnom Penh International Institute of Management (PIIM) in Tuol Kork district \
yesterday to protest a 30 percent increase in tuition fees announced by the institute last month.

The students, many wearing white shirts and holding signs reading \u201cEducation, not business\u201d, called on the \
management to suspend the increase until the next academic year.

Ly Sovannarith, a third-year accounting student and one of the organisers, said most students came from provincial \
families who had budgeted for the old fee of $600 a year.

\u201cMy parents are rice farmers in Takeo. They cannot find another $180 in two months,\u201d Sovannarith said. \
\u201cWe are not against the university. We only ask them to talk to us first,\u201d she added.

In a statement posted on its Facebook page, the university said the increase was necessary to pay for new laboratories \
and to raise lecturers\u2019 salaries. The statement described the protest as \u201cunnecessary\u201d.

PIIM vice-rector Dr Chea Vannak told Khmer Times that fees at the institute remained lower than at most private \
universities in the capital.

\u201cWe have kept the same price for five years. Quality costs money,\u201d Dr Vannak said.

He said students facing hardship could apply for a new scholarship fund covering up to half of their fees.

Ministry of Education, Youth and Sport spokesman Keo Pisey said the ministry had received a complaint from the \
students. He urged both sides to \u201cfind a solution through dialogue\u201d.

A lecturer at the university, who asked not to be named for fear of losing his job, said staff had not been told how \
the extra money would be spent.

According to the ministry, Cambodia has 131 higher education institutions, 83 of them private.

Education researcher Heng Sreymom said rising fees were pushing rural students towards cheaper, lower-quality \
institutions.

\u201cA degree has become the minimum for a good job, so families will pay almost anything,\u201d Sreymom said.

The students said they would return on Monday if the university did not respond.""", [
        Q("most students came from provincial families who had budgeted for the old fee of $600 a year", "indirect",
          "Ly Sovannarith", "Ly Sovannarith"),
        Q("\u201cMy parents are rice farmers in Takeo. They cannot find another $180 in two months,\u201d", "direct",
          "Sovannarith", "Ly Sovannarith", speaker_at="Sovannarith said"),
        Q("\u201cWe are not against the university. We only ask them to talk to us first,\u201d", "direct", "she",
          "Ly Sovannarith", speaker_at="she added"),
        Q("the increase was necessary to pay for new laboratories and to raise lecturers\u2019 salaries", "indirect",
          "the university", "Phnom Penh International Institute of Management", speaker_at="the university said"),
        Q("\u201cunnecessary\u201d", "partial", "The statement", "Phnom Penh International Institute of Management"),
        Q("that fees at the institute remained lower than at most private universities in the capital", "indirect",
          "Chea Vannak", "Chea Vannak"),
        Q("\u201cWe have kept the same price for five years. Quality costs money,\u201d", "direct", "Vannak",
          "Chea Vannak", speaker_at="Dr Vannak said"),
        Q("students facing hardship could apply for a new scholarship fund covering up to half of their fees",
          "indirect", "He", "Chea Vannak", speaker_at="He said students"),
        Q("the ministry had received a complaint from the students", "indirect", "Keo Pisey", "Keo Pisey"),
        Q("\u201cfind a solution through dialogue\u201d", "partial", "He", "Keo Pisey", speaker_at="He urged"),
        Q("staff had not been told how the extra money would be spent", "indirect", "A lecturer at the university",
          None),
        Q("Cambodia has 131 higher education institutions, 83 of them private", "indirect", "the ministry",
          "Ministry of Education, Youth and Sport", speaker_at="According to the ministry"),
        Q("rising fees were pushing rural students towards cheaper, lower-quality institutions", "indirect",
          "Heng Sreymom", "Heng Sreymom"),
        Q("\u201cA degree has become the minimum for a good job, so families will pay almost anything,\u201d", "direct",
          "Sreymom", "Heng Sreymom", speaker_at="anything,\u201d Sreymom said"),
        Q("they would return on Monday if the university did not respond", "indirect", "The students", None,
          speaker_at="The students said"),
    ], source="blind"),
    Case("blind79-banteng-trial", """Mondulkiri court tries three over killing of endangered banteng

The Mondulkiri Provincial Court on Tuesday heard the case of three men accused of killing two endangered banteng in \
Keo Seima Wildlife Sanctuary and selling the meat in Sen Monorom town.

Conservationists say the case is a test of the government's resolve to protect the country's remaining wild cattle.

The defendants, Phan Vuthy, 34, Sim Rithy, 29, and Khem Sophal, 41, all from Pech Chreada district, were arrested in \
January by Ministry of Environment rangers and military police.

Deputy prosecutor Kong Sothea told the court that rangers had found two banteng heads, wire snares and a homemade \
rifle at Phan Vuthy's house.

"This is not subsistence hunting. These men were selling meat to restaurants for profit," Sothea said.

Phan Vuthy told the court he had only helped carry the meat and did not know the animals were protected.

"I am a farmer. Someone asked me to carry it and gave me 50,000 riel," he said.

Defence lawyer Sam Chanthy asked the court for leniency, saying her clients were poor and had families to support.

Presiding judge Touch Sovannara said the verdict would be announced on June 20.

Under the Environment and Natural Resources Code, killing an endangered species carries a prison term of five to 10 \
years.

Ministry of Environment spokesman Lim Kimleng said rangers had removed more than 12,000 snares from Keo Seima last \
year alone.

"Snaring is the biggest threat to wildlife in Cambodia today," Kimleng said, adding that the ministry would not \
tolerate commercial poaching.

The Wildlife Conservation Society (WCS), which supports ranger patrols in the sanctuary, said in a statement that \
banteng numbers in Keo Seima had fallen to fewer than 200. It called the case "an important signal to organised \
poaching networks".

Villagers in Pech Chreada, speaking to The Post, said the defendants were well known in the area.

"Everyone knew they were hunting. Nobody dared to report them," one villager said, asking not to be named.""", [
        Q("the case is a test of the government's resolve to protect the country's remaining wild cattle", "indirect",
          "Conservationists", None),
        Q("that rangers had found two banteng heads, wire snares and a homemade rifle at Phan Vuthy's house",
          "indirect", "Kong Sothea", "Kong Sothea"),
        Q('"This is not subsistence hunting. These men were selling meat to restaurants for profit,"', "direct",
          "Sothea", "Kong Sothea", speaker_at="Sothea said"),
        Q("he had only helped carry the meat and did not know the animals were protected", "indirect", "Phan Vuthy",
          "Phan Vuthy", speaker_at="Phan Vuthy told the court"),
        Q('"I am a farmer. Someone asked me to carry it and gave me 50,000 riel,"', "direct", "he", "Phan Vuthy",
          speaker_at="he said"),
        Q("her clients were poor and had families to support", "indirect", "Sam Chanthy", "Sam Chanthy"),
        Q("the verdict would be announced on June 20", "indirect", "Touch Sovannara", "Touch Sovannara"),
        Q("rangers had removed more than 12,000 snares from Keo Seima last year alone", "indirect", "Lim Kimleng",
          "Lim Kimleng"),
        Q('"Snaring is the biggest threat to wildlife in Cambodia today,"', "direct", "Kimleng", "Lim Kimleng",
          speaker_at='today," Kimleng said'),
        Q("that the ministry would not tolerate commercial poaching", "indirect", "Kimleng", "Lim Kimleng",
          speaker_at='today," Kimleng said'),
        Q("that banteng numbers in Keo Seima had fallen to fewer than 200", "indirect",
          "The Wildlife Conservation Society (WCS)", "Wildlife Conservation Society"),
        Q('"an important signal to organised poaching networks"', "partial", "It", "Wildlife Conservation Society",
          speaker_at="It called"),
        Q("the defendants were well known in the area", "indirect", "Villagers in Pech Chreada", None),
        Q('"Everyone knew they were hunting. Nobody dared to report them,"', "direct", "one villager", None),
    ], source="blind"),
    Case("blind79-chiang-mai-pao", """Chiang Mai PAO hopefuls clash over haze, water in final debate

CHIANG MAI: Candidates for chief of the Chiang Mai Provincial Administrative Organisation (PAO) clashed over seasonal \
haze, water shortages and tourism on Sunday night in the last televised debate before the Feb 1 election.

Pheu Thai-backed candidate Wanchai Suriyawong, a former deputy PAO chief, said his team had the experience to deliver \
from day one.

"We know every district, every tambon. We don't need time to learn," Mr Wanchai said.

People's Party candidate Nattaya Inthachai, a 38-year-old environmental engineer, focused on the annual smog crisis, \
calling the province's haze response "a failure repeated every March".

"Every year we buy air purifiers and hand out masks. That is not a solution. We have to stop the burning at the \
source," Ms Nattaya said.

She said the PAO would pay village fire-watch teams and buy farmers' crop waste so that it would not be burned.

Independent candidate Chaiwat Kaewprasert, a hotel owner, said tourism had recovered but the benefits had not reached \
rural districts such as Omkoi and Mae Chaem.

"The tourists come to Nimman and Doi Suthep. Nobody is building anything for the people up in the mountains," Mr \
Chaiwat said.

The candidates also traded barbs over water. Mr Wanchai accused his rival of "making promises with someone else's \
money", while Ms Nattaya said reservoir projects in Mae Taeng had been left unfinished for six years.

Several viewers who watched the debate at a cafe on Nimmanhaemin Road said it had been livelier than they expected.

Asst Prof Wirat Saengthong, a political scientist at Chiang Mai University, said the race had become a proxy fight \
between the two largest national parties.

"People are voting on Bangkok politics as much as on local issues," he said.

According to the Election Commission, more than 1.3 million people are eligible to vote in Chiang Mai.

The commission said ballots would be counted at polling stations after voting closes at 5pm.""", [
        Q("his team had the experience to deliver from day one", "indirect", "Wanchai Suriyawong",
          "Wanchai Suriyawong"),
        Q("\"We know every district, every tambon. We don't need time to learn,\"", "direct", "Wanchai",
          "Wanchai Suriyawong", speaker_at="Mr Wanchai said"),
        Q('"a failure repeated every March"', "partial", "Nattaya Inthachai", "Nattaya Inthachai"),
        Q('"Every year we buy air purifiers and hand out masks. That is not a solution. We have to stop the '
          'burning at the source,"', "direct", "Nattaya", "Nattaya Inthachai", speaker_at="Ms Nattaya said."),
        Q("the PAO would pay village fire-watch teams and buy farmers' crop waste so that it would not be "
          "burned", "indirect", "She", "Nattaya Inthachai", speaker_at="She said the PAO"),
        Q("tourism had recovered but the benefits had not reached rural districts such as Omkoi and Mae Chaem",
          "indirect", "Chaiwat Kaewprasert", "Chaiwat Kaewprasert"),
        Q('"The tourists come to Nimman and Doi Suthep. Nobody is building anything for the people up in the '
          'mountains,"', "direct", "Chaiwat", "Chaiwat Kaewprasert", speaker_at="Mr Chaiwat said"),
        Q("\"making promises with someone else's money\"", "partial", "Wanchai", "Wanchai Suriyawong",
          speaker_at="Mr Wanchai accused"),
        Q("reservoir projects in Mae Taeng had been left unfinished for six years", "indirect", "Nattaya",
          "Nattaya Inthachai", speaker_at="while Ms Nattaya said"),
        Q("it had been livelier than they expected", "indirect", "Several viewers", None),
        Q("the race had become a proxy fight between the two largest national parties", "indirect", "Wirat Saengthong",
          "Wirat Saengthong"),
        Q('"People are voting on Bangkok politics as much as on local issues,"', "direct", "he", "Wirat Saengthong",
          speaker_at="he said"),
        Q("more than 1.3 million people are eligible to vote in Chiang Mai", "indirect", "the Election Commission",
          "Election Commission"),
        Q("ballots would be counted at polling stations after voting closes at 5pm", "indirect", "The commission",
          "Election Commission"),
    ], source="blind"),
]
