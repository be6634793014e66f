"""Blind gold set 44: short news articles written once, blind to the pretagger.

Sixteen articles in the house styles of wire services and regional papers from
many countries (Bloomberg, AP, British, Irish, Australian, New Zealand,
Canadian, East and Southern African, Gulf, South-East and South Asian
papers), with straight, curly double and British single quotes. Every quote is
annotated with its kind, its speaker mention and the canonical entity. See
gold_format.py for the case format.
"""

from __future__ import annotations

from gold_format import Case, Q

CASES = [
    Case("blind44-telecom", """Nusantara Seluler Profit Beats Estimates as Data Use Surges Outside Java

JAKARTA (Bloomberg) -- PT Nusantara Seluler Tbk, Indonesia’s third-largest mobile operator, posted a 23% jump in first-quarter profit, beating analyst estimates as subscribers in smaller cities switched to pricier data plans.

Net income rose to 1.84 trillion rupiah ($113 million) in the three months through March, the Jakarta-based company said in a filing to the stock exchange on Tuesday. That compares with the 1.61 trillion-rupiah average of 14 analyst estimates compiled by Bloomberg. Revenue climbed 9.4% to 11.2 trillion rupiah.

“Customers outside Java are no longer buying voice, they are buying video,” President Director Hendra Kusumawijaya said on a call with analysts. “We built the towers two years ago, and now the traffic has arrived.”

Data revenue grew 31% and now accounts for almost three-quarters of sales, according to the company. Average revenue per user rose to 41,000 rupiah, the highest in five years.

Shares of the company rose as much as 6.2% in Jakarta trading, the most since November, before paring gains to close 3.8% higher. The stock has gained 18% this year, outpacing the benchmark Jakarta Composite Index.

The results suggest the operator is finally winning the pricing battle with its bigger rivals, said Pieter van der Berg, a Singapore-based analyst at Halcyon Securities. “They stopped chasing market share at any cost, and the margins have followed,” he wrote in a note to clients. Van der Berg raised his price target to 4,300 rupiah.

Not everyone is convinced. Tan Mei Ling of CGS International said capital spending would have to rise again next year as the company upgrades its network for 5G, which could weigh on free cash flow. Tan has a hold rating on the stock.

Hendra said the company planned to spend about 9 trillion rupiah on its network this year, mostly in Sumatra and Sulawesi, and would decide whether to bid in the upcoming 5G spectrum auction “once the government publishes the final rules.”

The auction of airwaves in the 700-megahertz band is expected in the fourth quarter, according to the Ministry of Communication and Digital Affairs. Operators have lobbied for lower reserve prices, arguing that spectrum costs in Indonesia are among the highest in Southeast Asia.

A spokesman for Nusantara Seluler declined to comment on speculation about a possible merger with a smaller rival.""", [
        Q("Net income rose to 1.84 trillion rupiah ($113 million) in the three months through March", "indirect",
          "the Jakarta-based company", "PT Nusantara Seluler Tbk"),
        Q("“Customers outside Java are no longer buying voice, they are buying video,”", "direct",
          "Hendra Kusumawijaya", "Hendra Kusumawijaya"),
        Q("“We built the towers two years ago, and now the traffic has arrived.”", "direct",
          "Hendra Kusumawijaya", "Hendra Kusumawijaya"),
        Q("Data revenue grew 31% and now accounts for almost three-quarters of sales", "indirect",
          "the company", "PT Nusantara Seluler Tbk", speaker_at="according to the company"),
        Q("The results suggest the operator is finally winning the pricing battle with its bigger rivals", "indirect",
          "Pieter van der Berg", "Pieter van der Berg"),
        Q("“They stopped chasing market share at any cost, and the margins have followed,”", "direct",
          "he", "Pieter van der Berg", speaker_at="he wrote"),
        Q("capital spending would have to rise again next year as the company upgrades its network for 5G, which "
          "could weigh on free cash flow", "indirect", "Tan Mei Ling", "Tan Mei Ling"),
        Q("the company planned to spend about 9 trillion rupiah on its network this year, mostly in Sumatra and "
          "Sulawesi, and would decide whether to bid in the upcoming 5G spectrum auction", "indirect",
          "Hendra", "Hendra Kusumawijaya", speaker_at="Hendra said"),
        Q("“once the government publishes the final rules.”", "partial", "Hendra", "Hendra Kusumawijaya",
          speaker_at="Hendra said"),
        Q("The auction of airwaves in the 700-megahertz band is expected in the fourth quarter", "indirect",
          "the Ministry of Communication and Digital Affairs", "Ministry of Communication and Digital Affairs"),
        Q("that spectrum costs in Indonesia are among the highest in Southeast Asia", "indirect", "Operators", None),
    ], source="blind"),
    Case("blind44-blizzard", """Blizzard buries northern New England, cutting power to thousands

CONCORD, N.H. (AP) — A powerful nor’easter dumped more than 2 feet (61 centimeters) of snow on parts of New Hampshire and Maine on Tuesday, closing schools and stranding drivers on highways. More than 180,000 homes and businesses lost power, according to the tracking site PowerOutage.us.

“Stay home if you can. The roads are not safe, and our plow crews need room to work,” Gov. Margaret Thibodeau-Lane said at an afternoon briefing in Concord. She said she had activated about 100 members of the National Guard to help with rescues and welfare checks.

The National Weather Service said snowfall rates reached 3 inches (8 centimeters) an hour in some areas, with wind gusts of up to 60 mph (97 kph) along the coast. A blizzard warning remained in effect until 7 p.m.

“This is the kind of storm people will be talking about for years,” said Jared Nguyen, a meteorologist at the weather service office in Gray, Maine. He said the heaviest totals, close to 30 inches (76 centimeters), had been recorded in the western Maine mountains.

New Hampshire State Police said troopers had responded to more than 300 crashes and vehicles off the road since midnight, including a tractor-trailer that jackknifed on Interstate 93 near Canterbury. No serious injuries were reported.

In Lewiston, Maine, residents spent the morning digging out cars buried up to their side mirrors. Diane Pelletier, 67, said she lost power around 4 a.m. and was keeping warm with a wood stove.

“My father used to tell me about the blizzard of ’78,” she said. “I think I finally know what he meant.”

Sen. Thomas Adebayo-Whitfield, D-N.H., said in a statement that he had spoken with federal emergency officials and would push for disaster aid “if the damage warrants it.”

Airlines canceled more than 1,200 flights at Boston Logan International Airport, according to FlightAware. Amtrak suspended Downeaster service between Boston and Brunswick, Maine, for the day.

In Portland, city officials declared a parking ban and opened two warming centers. “We’ve got people sleeping in their cars, and that can’t happen tonight,” said Mayor Kevin O’Halloran.

Forecasters expect the snow to taper off by evening, but officials warned that temperatures would plunge into the single digits overnight, turning slush on untreated roads into ice.

Associated Press writer Lena Marsh in Portland, Maine, contributed to this report.""", [
        Q("More than 180,000 homes and businesses lost power", "indirect", "PowerOutage.us", "PowerOutage.us"),
        Q("“Stay home if you can. The roads are not safe, and our plow crews need room to work,”", "direct",
          "Margaret Thibodeau-Lane", "Margaret Thibodeau-Lane"),
        Q("she had activated about 100 members of the National Guard to help with rescues and welfare checks",
          "indirect", "She", "Margaret Thibodeau-Lane", speaker_at="She said she had"),
        Q("snowfall rates reached 3 inches (8 centimeters) an hour in some areas, with wind gusts of up to 60 mph "
          "(97 kph) along the coast", "indirect", "The National Weather Service", "National Weather Service"),
        Q("“This is the kind of storm people will be talking about for years,”", "direct", "Jared Nguyen",
          "Jared Nguyen"),
        Q("the heaviest totals, close to 30 inches (76 centimeters), had been recorded in the western Maine mountains",
          "indirect", "He", "Jared Nguyen", speaker_at="He said the heaviest"),
        Q("troopers had responded to more than 300 crashes and vehicles off the road since midnight, including a "
          "tractor-trailer that jackknifed on Interstate 93 near Canterbury", "indirect",
          "New Hampshire State Police", "New Hampshire State Police"),
        Q("she lost power around 4 a.m. and was keeping warm with a wood stove", "indirect", "Diane Pelletier",
          "Diane Pelletier"),
        Q("“My father used to tell me about the blizzard of ’78,”", "direct", "she", "Diane Pelletier",
          speaker_at="she said. “I think"),
        Q("“I think I finally know what he meant.”", "direct", "she", "Diane Pelletier",
          speaker_at="she said. “I think"),
        Q("that he had spoken with federal emergency officials and would push for disaster aid", "indirect",
          "Thomas Adebayo-Whitfield", "Thomas Adebayo-Whitfield"),
        Q("“if the damage warrants it.”", "partial", "Thomas Adebayo-Whitfield", "Thomas Adebayo-Whitfield"),
        Q("Airlines canceled more than 1,200 flights at Boston Logan International Airport", "indirect",
          "FlightAware", "FlightAware"),
        Q("“We’ve got people sleeping in their cars, and that can’t happen tonight,”", "direct", "Kevin O’Halloran",
          "Kevin O’Halloran"),
        Q("that temperatures would plunge into the single digits overnight, turning slush on untreated roads into ice",
          "indirect", "officials", None, speaker_at="but officials warned"),
    ], source="blind"),
    Case("blind44-darts", """Doncaster’s Hinchcliffe stuns Van der Laan to reach Grand Slam semi-finals

DONCASTER’S Ryan Hinchcliffe produced the performance of his career on Friday night, beating world No 3 Jeroen van der Laan 16-13 to reach the semi-finals of the Grand Slam of Darts in Wolverhampton.

The 29-year-old, who was working as a scaffolder three years ago, averaged 101.4 and hit eight maximums as he came from 9-6 down at the interval to knock out the Dutch left-hander.

‘I’m not going to lie, I was bricking it at the break,’ Hinchcliffe said. ‘My dad sent me a text saying just throw them straight, son, and that’s what I did. I stopped thinking about who was stood next to me.’

Van der Laan, who won the title two years ago, was gracious in defeat. ‘He was the better player tonight, no question,’ he said. ‘When somebody hits his doubles like that, there isn’t much you can do.’

Sky Sports pundit Colin Etheridge described the comeback as ‘one of the great Grand Slam nights’, and said Hinchcliffe’s finishing under pressure had been ‘as good as anything on the tour this year’.

The man nicknamed ‘The Scaffolder’ qualified for the event through the Challenge Tour and had never previously won a match on television.

His manager, Sandra Oyelaran-Booth, told The Yorkshire Post that he had been practising for six hours a day in a converted garage in Bentley since the summer. She added that a Doncaster building firm had agreed this week to sponsor his shirt for the rest of the season.

‘This is massive for Doncaster,’ she said. ‘Everybody back home has been glued to it, and his mum hasn’t slept for three days.’

The Professional Darts Corporation said a crowd of 3,100 had watched the session at the Aldersley Leisure Village, a record for a quarter-final night. A PDC spokesman said tickets for both of Saturday’s sessions had sold out.

Hinchcliffe will face Welshman Gethin ap Rhys in the last four on Saturday afternoon. Ap Rhys, who beat Scotland’s Callum McInnes 16-11, said he was expecting ‘a proper battle’ against a player with ‘nothing to lose’.

‘I’ve watched him all week,’ Hinchcliffe said when asked about his next opponent. ‘He’s a lovely lad, but I haven’t come here to make up the numbers.’

The winner on Sunday night will take home £150,000.""", [
        Q("‘I’m not going to lie, I was bricking it at the break,’", "direct", "Hinchcliffe", "Ryan Hinchcliffe",
          speaker_at="Hinchcliffe said. ‘My"),
        Q("‘My dad sent me a text saying just throw them straight, son, and that’s what I did. I stopped thinking "
          "about who was stood next to me.’", "direct", "Hinchcliffe", "Ryan Hinchcliffe",
          speaker_at="Hinchcliffe said. ‘My"),
        Q("‘He was the better player tonight, no question,’", "direct", "he", "Jeroen van der Laan",
          speaker_at="he said. ‘When"),
        Q("‘When somebody hits his doubles like that, there isn’t much you can do.’", "direct", "he",
          "Jeroen van der Laan", speaker_at="he said. ‘When"),
        Q("‘one of the great Grand Slam nights’", "partial", "Colin Etheridge", "Colin Etheridge"),
        Q("‘as good as anything on the tour this year’", "partial", "Colin Etheridge", "Colin Etheridge"),
        Q("that he had been practising for six hours a day in a converted garage in Bentley since the summer",
          "indirect", "Sandra Oyelaran-Booth", "Sandra Oyelaran-Booth"),
        Q("that a Doncaster building firm had agreed this week to sponsor his shirt for the rest of the season",
          "indirect", "She", "Sandra Oyelaran-Booth", speaker_at="She added"),
        Q("‘This is massive for Doncaster,’", "direct", "she", "Sandra Oyelaran-Booth",
          speaker_at="she said. ‘Everybody"),
        Q("‘Everybody back home has been glued to it, and his mum hasn’t slept for three days.’", "direct", "she",
          "Sandra Oyelaran-Booth", speaker_at="she said. ‘Everybody"),
        Q("a crowd of 3,100 had watched the session at the Aldersley Leisure Village, a record for a quarter-final "
          "night", "indirect", "The Professional Darts Corporation", "Professional Darts Corporation"),
        Q("tickets for both of Saturday’s sessions had sold out", "indirect", "A PDC spokesman", None),
        Q("‘a proper battle’", "partial", "Ap Rhys", "Gethin ap Rhys"),
        Q("‘nothing to lose’", "partial", "Ap Rhys", "Gethin ap Rhys"),
        Q("‘I’ve watched him all week,’", "direct", "Hinchcliffe", "Ryan Hinchcliffe",
          speaker_at="Hinchcliffe said when asked"),
        Q("‘He’s a lovely lad, but I haven’t come here to make up the numbers.’", "direct", "Hinchcliffe",
          "Ryan Hinchcliffe", speaker_at="Hinchcliffe said when asked"),
    ], source="blind"),
    Case("blind44-nun", """Sister Bríd Ní Chonghaile: from Dunmore to the classrooms of Kisumu

The death has occurred of Sister Bríd Ní Chonghaile of the Presentation Sisters, who spent almost four decades teaching in western Kenya before returning to her native North Galway. She was 91.

Born at Carrowmore, Dunmore, in 1933, the youngest of nine children of Pádraig and Nora Conneely, she entered the Presentation convent in Tuam at the age of 18 and taught there for a decade before volunteering for the order's new mission in Kenya in 1964.

According to the order, she went on to found two secondary schools for girls in Kisumu and a night school for adults in the Nyalenda settlement, where she lived until her return to Ireland in 2001.

Speaking at her Requiem Mass in the Cathedral of the Assumption on Tuesday, the Very Rev Canon Seán Ó Fátharta said Sister Bríd had "never once looked for thanks" in a life spent "in the service of people most of us will never meet".

"She had a sharp tongue and a soft heart, and the people of Kisumu got the best of both," Canon Ó Fátharta told the congregation. "She never stopped being a Dunmore woman, though. She could tell you the hurling results from Nairobi before the Tuam Herald landed in the shop.

"There are thousands of women in Kenya who can read and write today because of her, and they are mourning with us this morning."

Among the mourners was Dr Wanjiru Kamau-Otieno, a paediatrician at Kenyatta National Hospital in Nairobi, who travelled to Galway for the funeral with her husband.

"She taught me chemistry in a classroom with no roof," Dr Kamau-Otieno told the Tuam Herald. "When it rained, we carried the benches under the mango tree. I never knew her to cancel a single class."

Her niece, Úna Conneely, said the family had been overwhelmed by messages from Kenya, where a memorial Mass will be celebrated in Kisumu next month.

"She told us she'd 'go back out' once her new hip settled in," Ms Conneely said with a laugh. "She was 89 at the time, and I think she meant it."

In a statement, the Presentation Sisters' provincial leader in Ireland, Sister Margaret Mary Fitzgibbon, described her as "a woman of quiet, stubborn courage who went where she was needed".

She is predeceased by her parents and her eight siblings and is survived by her nieces, nephews, grand-nieces and grand-nephews, her Presentation community in Tuam and her many friends in Kenya. Burial took place afterwards in Dunmore New Cemetery.

Ar dheis Dé go raibh a hanam dílis.""", [
        Q("she went on to found two secondary schools for girls in Kisumu and a night school for adults in the "
          "Nyalenda settlement, where she lived until her return to Ireland in 2001", "indirect", "the order",
          "Presentation Sisters", speaker_at="According to the order"),
        Q('"never once looked for thanks"', "partial", "Seán Ó Fátharta", "Seán Ó Fátharta"),
        Q('"in the service of people most of us will never meet"', "partial", "Seán Ó Fátharta", "Seán Ó Fátharta"),
        Q('"She had a sharp tongue and a soft heart, and the people of Kisumu got the best of both,"', "direct",
          "Ó Fátharta", "Seán Ó Fátharta", speaker_at="Canon Ó Fátharta told"),
        Q('"She never stopped being a Dunmore woman, though. She could tell you the hurling results from Nairobi '
          'before the Tuam Herald landed in the shop.', "direct", "Ó Fátharta", "Seán Ó Fátharta",
          speaker_at="Canon Ó Fátharta told"),
        Q('"There are thousands of women in Kenya who can read and write today because of her, and they are mourning '
          'with us this morning."', "direct", "Ó Fátharta", "Seán Ó Fátharta", speaker_at="Canon Ó Fátharta told"),
        Q('"She taught me chemistry in a classroom with no roof,"', "direct", "Kamau-Otieno", "Wanjiru Kamau-Otieno",
          speaker_at="Dr Kamau-Otieno told"),
        Q('"When it rained, we carried the benches under the mango tree. I never knew her to cancel a single class."',
          "direct", "Kamau-Otieno", "Wanjiru Kamau-Otieno", speaker_at="Dr Kamau-Otieno told"),
        Q("the family had been overwhelmed by messages from Kenya, where a memorial Mass will be celebrated in Kisumu "
          "next month", "indirect", "Úna Conneely", "Úna Conneely"),
        Q("\"She told us she'd 'go back out' once her new hip settled in,\"", "direct", "Conneely", "Úna Conneely",
          speaker_at="Ms Conneely said"),
        Q('"She was 89 at the time, and I think she meant it."', "direct", "Conneely", "Úna Conneely",
          speaker_at="Ms Conneely said"),
        Q('"a woman of quiet, stubborn courage who went where she was needed"', "partial",
          "Margaret Mary Fitzgibbon", "Margaret Mary Fitzgibbon"),
    ], source="blind"),
    Case("blind44-spill", """Pullinger survives spill, but colleagues say the damage is done

TASMANIAN Premier Hayden Pullinger will remain in the top job after surviving a partyroom spill motion 8-6 on Tuesday morning, but senior Liberals concede his authority has been badly wounded.

The motion, moved by Braddon backbencher Troy Mansell-Pryce, followed a fortnight of damaging leaks over cost blowouts on the Macquarie Point stadium and further delays to the new Spirit of Tasmania ferries.

Speaking outside Parliament House afterwards, Mr Pullinger said the matter was "settled" and that the government would now get "back to work for Tasmanians".

"I've always said the partyroom decides who leads, and today the partyroom has decided," he said. "There's no bitterness from me. We go on."

Deputy Premier Felicity Van Emmerik, who had been widely tipped as the alternative candidate but did not nominate, told the Mercury she had voted for the spill "because I think we needed to clear the air".

Asked whether she would challenge before the next election, Ms Van Emmerik said: "I'm not going to play that game. My focus is on health, and that's where it'll stay."

Mr Mansell-Pryce did not return calls.

One Liberal MP, who did not want to be named, said the numbers could shift again "within weeks" if the party's polling did not improve. "Everyone's been told to keep their heads down until the budget. After that, all bets are off," the MP said.

Opposition Leader Sarah Kowalczyk said the spill showed a government "at war with itself".

"Tasmanians deserve better than a government that spends its Tuesdays counting numbers instead of fixing the health system," Ms Kowalczyk said.

The Tasmanian Greens said in a statement the Liberals had "lost the right to govern" and called for an early election.

University of Tasmania political analyst Dr Rosalie Ng said an 8-6 result was "about the worst of both worlds" for a premier.

"He keeps the job, but everyone now knows that six of his own people wanted him gone," she said. "History tells us that's usually the beginning of the end, not the end of the matter."

According to Dr Ng, no Tasmanian Liberal leader has survived a second spill motion in the same term of government.

Mr Pullinger is expected to announce a minor reshuffle of his ministry before Parliament resumes next week.""", [
        Q("his authority has been badly wounded", "indirect", "senior Liberals", None),
        Q('"settled"', "partial", "Pullinger", "Hayden Pullinger", speaker_at="Mr Pullinger said the matter"),
        Q('"back to work for Tasmanians"', "partial", "Pullinger", "Hayden Pullinger",
          speaker_at="Mr Pullinger said the matter"),
        Q('"I\'ve always said the partyroom decides who leads, and today the partyroom has decided,"', "direct",
          "he", "Hayden Pullinger", speaker_at="he said"),
        Q('"There\'s no bitterness from me. We go on."', "direct", "he", "Hayden Pullinger", speaker_at="he said"),
        Q("she had voted for the spill", "indirect", "Felicity Van Emmerik", "Felicity Van Emmerik"),
        Q('"because I think we needed to clear the air"', "partial", "Felicity Van Emmerik", "Felicity Van Emmerik"),
        Q('"I\'m not going to play that game. My focus is on health, and that\'s where it\'ll stay."', "direct",
          "Van Emmerik", "Felicity Van Emmerik", speaker_at="Ms Van Emmerik said"),
        Q('"within weeks"', "partial", "One Liberal MP", None),
        Q('"Everyone\'s been told to keep their heads down until the budget. After that, all bets are off,"',
          "direct", "the MP", None),
        Q('"at war with itself"', "partial", "Sarah Kowalczyk", "Sarah Kowalczyk"),
        Q('"Tasmanians deserve better than a government that spends its Tuesdays counting numbers instead of fixing '
          'the health system,"', "direct", "Kowalczyk", "Sarah Kowalczyk", speaker_at="Ms Kowalczyk said"),
        Q('"lost the right to govern"', "partial", "The Tasmanian Greens", "Tasmanian Greens"),
        Q('"about the worst of both worlds"', "partial", "Rosalie Ng", "Rosalie Ng"),
        Q('"He keeps the job, but everyone now knows that six of his own people wanted him gone,"', "direct",
          "she", "Rosalie Ng", speaker_at="she said"),
        Q('"History tells us that\'s usually the beginning of the end, not the end of the matter."', "direct",
          "she", "Rosalie Ng", speaker_at="she said"),
        Q("no Tasmanian Liberal leader has survived a second spill motion in the same term of government",
          "indirect", "Ng", "Rosalie Ng", speaker_at="According to Dr Ng"),
    ], source="blind"),
    Case("blind44-rowing", """Craighead pair strike gold at Ruataniwha

Two Timaru rowers are South Island champions after Craighead Diocesan School's under-17 double sculls crew won by more than four seconds at Lake Ruataniwha on Sunday.

Anika de Groot, 16, and Mere Tipene-Hohaia, 15, led from the 500m mark in a gusty crosswind and crossed the line in 7min 31.6sec, ahead of crews from Christchurch Girls' High School and Otago Girls'.

"We just kept saying 'long and strong' to each other the whole way down," de Groot said. "Mere was amazing in the last 250. I could hear her puffing but she never let the rate drop."

Tipene-Hohaia, who took up rowing two years ago after a shoulder injury ended her netball, said the result had not sunk in. "I rang my nana straight after and she cried, so I cried too," she said.

Their coach, Hamish Waaka, said the pair had trained on Lake Opuha near Fairlie three mornings a week through winter, often in the dark and sometimes in frost.

"People don't see the cold mornings. These two have earned every bit of this," Waaka said.

Regatta organisers said racing was delayed by 90 minutes on Saturday afternoon because of strong nor'westers, and several heats were rowed over a shortened course.

According to Rowing New Zealand, a record 2,140 athletes from 96 schools entered this year's regatta. Rowing New Zealand's South Island talent coach, Bram van Heerden, said the standard in the girls' sculling events had been "the deepest I've seen at this level".

Timaru Boys' High School's coxed quad finished third in the under-16 final, and the school's director of sport, Priya Raghunathan, described the weekend as "really promising for a young squad". She said at least five of the rowers would be eligible to return next year.

Both Craighead rowers will now turn their attention to the Maadi Cup at Lake Karapiro in March.

"That's the big one," Waaka said. "They'll go up there with nothing to lose, and that makes them dangerous.\"""", [
        Q("\"We just kept saying 'long and strong' to each other the whole way down,\"", "direct", "de Groot",
          "Anika de Groot", speaker_at="de Groot said"),
        Q('"Mere was amazing in the last 250. I could hear her puffing but she never let the rate drop."', "direct",
          "de Groot", "Anika de Groot", speaker_at="de Groot said"),
        Q("the result had not sunk in", "indirect", "Tipene-Hohaia", "Mere Tipene-Hohaia",
          speaker_at="Tipene-Hohaia, who took"),
        Q('"I rang my nana straight after and she cried, so I cried too,"', "direct", "she", "Mere Tipene-Hohaia",
          speaker_at="she said"),
        Q("the pair had trained on Lake Opuha near Fairlie three mornings a week through winter, often in the dark "
          "and sometimes in frost", "indirect", "Hamish Waaka", "Hamish Waaka"),
        Q('"People don\'t see the cold mornings. These two have earned every bit of this,"', "direct", "Waaka",
          "Hamish Waaka", speaker_at='this," Waaka said'),
        Q("racing was delayed by 90 minutes on Saturday afternoon because of strong nor'westers, and several heats "
          "were rowed over a shortened course", "indirect", "Regatta organisers", None),
        Q("a record 2,140 athletes from 96 schools entered this year's regatta", "indirect", "Rowing New Zealand",
          "Rowing New Zealand", speaker_at="According to Rowing New Zealand"),
        Q('"the deepest I\'ve seen at this level"', "partial", "Bram van Heerden", "Bram van Heerden"),
        Q('"really promising for a young squad"', "partial", "Priya Raghunathan", "Priya Raghunathan"),
        Q("at least five of the rowers would be eligible to return next year", "indirect", "She",
          "Priya Raghunathan", speaker_at="She said at least"),
        Q('"That\'s the big one,"', "direct", "Waaka", "Hamish Waaka", speaker_at="Waaka said. \"They'll"),
        Q('"They\'ll go up there with nothing to lose, and that makes them dangerous."', "direct", "Waaka",
          "Hamish Waaka", speaker_at="Waaka said. \"They'll"),
    ], source="blind"),
    Case("blind44-tb", """TB outbreak declared in northern Sask. First Nation

Health officials have declared a tuberculosis outbreak in Sturgeon Narrows Cree Nation after nine active cases were confirmed in the northern Saskatchewan community since January.

The Athabasca Tribal Health Council (ATHC), which delivers public health services to the community of about 1,400 people, said in a news release Wednesday that mobile screening clinics would run at the band hall and the school for the next three weeks.

Chief Darlene Bighead-Morin said the community was "worried, but not panicking."

"We have been through this before, in 2012, and we know what works: find the cases early, get people on treatment and look after each other," Bighead-Morin said in an interview with the Leader-Post. "Nobody should be ashamed to come in and get tested."

She said overcrowded housing remained the community's biggest problem, with some homes holding three generations under one roof.

Dr. Kwame Osei-Mensah, the ATHC's medical health officer, told reporters on a video call that most of the cases were linked to a single household cluster and that none involved drug-resistant strains.

"TB is curable. Nobody in this province should be dying of it in 2025," Osei-Mensah said.

He said rates of active TB in some northern First Nations were more than 30 times the national average.

According to the Public Health Agency of Canada, Saskatchewan reported 137 active TB cases in 2023, and First Nations people living on reserve accounted for more than half of them.

The Saskatchewan Health Authority said it was sending two additional nurses and a mobile X-ray unit to the community from Prince Albert.

At the legislature, Health Minister Doug Friesen told reporters the province would "provide whatever the community needs," but did not commit to new money for housing.

NDP health critic Amara Whitehawk called that a "non-answer."

"This is a housing crisis wearing a medical mask. Until the province deals with the housing, we will be back here again in five years," she said.

Residents said the line at the first clinic on Wednesday morning stretched out the door of the band hall.""", [
        Q("that mobile screening clinics would run at the band hall and the school for the next three weeks",
          "indirect", "The Athabasca Tribal Health Council", "Athabasca Tribal Health Council"),
        Q('"worried, but not panicking."', "partial", "Darlene Bighead-Morin", "Darlene Bighead-Morin"),
        Q('"We have been through this before, in 2012, and we know what works: find the cases early, get people on '
          'treatment and look after each other,"', "direct", "Bighead-Morin", "Darlene Bighead-Morin",
          speaker_at="Bighead-Morin said in an interview"),
        Q('"Nobody should be ashamed to come in and get tested."', "direct", "Bighead-Morin", "Darlene Bighead-Morin",
          speaker_at="Bighead-Morin said in an interview"),
        Q("overcrowded housing remained the community's biggest problem, with some homes holding three generations "
          "under one roof", "indirect", "She", "Darlene Bighead-Morin", speaker_at="She said overcrowded"),
        Q("that most of the cases were linked to a single household cluster and that none involved drug-resistant "
          "strains", "indirect", "Kwame Osei-Mensah", "Kwame Osei-Mensah"),
        Q('"TB is curable. Nobody in this province should be dying of it in 2025,"', "direct", "Osei-Mensah",
          "Kwame Osei-Mensah", speaker_at="Osei-Mensah said"),
        Q("rates of active TB in some northern First Nations were more than 30 times the national average",
          "indirect", "He", "Kwame Osei-Mensah", speaker_at="He said rates"),
        Q("Saskatchewan reported 137 active TB cases in 2023, and First Nations people living on reserve accounted "
          "for more than half of them", "indirect", "the Public Health Agency of Canada",
          "Public Health Agency of Canada"),
        Q("it was sending two additional nurses and a mobile X-ray unit to the community from Prince Albert",
          "indirect", "The Saskatchewan Health Authority", "Saskatchewan Health Authority"),
        Q('"provide whatever the community needs,"', "partial", "Doug Friesen", "Doug Friesen"),
        Q('"non-answer."', "partial", "Amara Whitehawk", "Amara Whitehawk"),
        Q('"This is a housing crisis wearing a medical mask. Until the province deals with the housing, we will be '
          'back here again in five years,"', "direct", "she", "Amara Whitehawk", speaker_at="she said"),
        Q("the line at the first clinic on Wednesday morning stretched out the door of the band hall", "indirect",
          "Residents", None),
    ], source="blind"),
    Case("blind44-dockers", """Dockers down tools over pay as cargo piles up at Dar port

Dar es Salaam. More than 600 dockworkers at the Dar es Salaam port downed tools yesterday, demanding a 30 percent pay rise and permanent contracts, in a strike that left at least 14 vessels waiting at anchor.

The workers, who are employed by private terminal operator Bahari Terminal Services (BTS) through three labour contractors, gathered outside Gate Number Five from 6am, singing solidarity songs and waving placards denouncing casual contracts.

Tanzania Dock Workers' Union (Todwu) secretary general Juma Mussa Kombo told The Citizen that talks with the operator had collapsed on Monday evening after management offered an increase of eight percent.

"Some of our members have worked here for eleven years on day-to-day contracts. They cannot get a bank loan, they cannot plan for their children's school fees. This is not employment, it is exploitation," said Mr Kombo.

He said the strike would continue "until there is a signed agreement on the table".

In a statement issued yesterday afternoon, BTS said it "regrets the inconvenience to port users" and that it remained open to dialogue. The company, however, described the strike as unlawful, saying the union had not followed the procedures set out in the Employment and Labour Relations Act.

The Tanzania Ports Authority (TPA) director general, Mr Abdallah Salim Rashid, said operations at other berths were continuing normally and that contingency teams had been deployed to the container terminal.

"We have not stopped. Oil tankers and bulk carriers are being handled as usual," Mr Rashid said, adding that the authority was monitoring the situation "hour by hour".

Speaking in Dodoma, the Deputy Minister for Works and Transport, Ms Neema Mwakalinga, appealed to the workers to return to their posts while the government mediated.

"The port is the heart of our economy. We cannot allow it to stop beating," she told reporters.

According to the Commission for Mediation and Arbitration (CMA), a meeting between the two sides has been scheduled for tomorrow morning.

Clearing agents said the delays were already adding costs for importers. Mr Hamisi Omari, a clearing and forwarding agent at Kurasini, said a consignment of fertiliser for a client in Mbeya had been stuck at the terminal since Sunday.

"Every day the container sits here, the client pays storage charges. Who will compensate them?" he asked.""", [
        Q("that talks with the operator had collapsed on Monday evening after management offered an increase of "
          "eight percent", "indirect", "Juma Mussa Kombo", "Juma Mussa Kombo"),
        Q('"Some of our members have worked here for eleven years on day-to-day contracts. They cannot get a bank '
          'loan, they cannot plan for their children\'s school fees. This is not employment, it is exploitation,"',
          "direct", "Kombo", "Juma Mussa Kombo", speaker_at="said Mr Kombo"),
        Q('"until there is a signed agreement on the table"', "partial", "He", "Juma Mussa Kombo",
          speaker_at="He said the strike"),
        Q('"regrets the inconvenience to port users"', "partial", "BTS", "Bahari Terminal Services",
          speaker_at="BTS said it"),
        Q("that it remained open to dialogue", "indirect", "BTS", "Bahari Terminal Services", speaker_at="BTS said it"),
        Q("the union had not followed the procedures set out in the Employment and Labour Relations Act", "indirect",
          "The company", "Bahari Terminal Services"),
        Q("operations at other berths were continuing normally and that contingency teams had been deployed to the "
          "container terminal", "indirect", "Abdallah Salim Rashid", "Abdallah Salim Rashid"),
        Q('"We have not stopped. Oil tankers and bulk carriers are being handled as usual,"', "direct", "Rashid",
          "Abdallah Salim Rashid", speaker_at="Mr Rashid said"),
        Q('"hour by hour"', "partial", "Rashid", "Abdallah Salim Rashid", speaker_at="Mr Rashid said"),
        Q('"The port is the heart of our economy. We cannot allow it to stop beating,"', "direct", "she",
          "Neema Mwakalinga", speaker_at="she told reporters"),
        Q("a meeting between the two sides has been scheduled for tomorrow morning", "indirect",
          "the Commission for Mediation and Arbitration", "Commission for Mediation and Arbitration"),
        Q("the delays were already adding costs for importers", "indirect", "Clearing agents", None),
        Q("a consignment of fertiliser for a client in Mbeya had been stuck at the terminal since Sunday", "indirect",
          "Hamisi Omari", "Hamisi Omari"),
        Q('"Every day the container sits here, the client pays storage charges. Who will compensate them?"',
          "direct", "he", "Hamisi Omari", speaker_at="he asked"),
    ], source="blind"),
    Case("blind44-collapse", """Two dead, 11 rescued as three-storey building collapses on Lagos Island

Two persons have been confirmed dead while 11 others were rescued alive after a three-storey building collapsed on Adeniji Adele Road, Lagos Island, on Thursday.

The Director-General of the Lagos State Emergency Management Agency, Dr Adebayo Ogunleye-Bakare, who confirmed the incident, said the building, which had shops on the ground floor, caved in at about 11.40am while traders were opening for business.

He said, "Upon arrival at the scene, the agency discovered that a three-storey building had collapsed. Eleven adult males were rescued alive and taken to the Lagos Island General Hospital, while two bodies were recovered. Search and rescue operations are ongoing."

According to the DG, preliminary findings showed that the structure had been marked for demolition by the Lagos State Building Control Agency (LASBCA) in 2022 after it was found to be distressed.

In a statement on Thursday evening, LASBCA said the owner of the building had ignored two contravention notices and "unlawfully resumed occupation" after the agency's seals were removed.

PUNCH Metro gathered that the building housed a pharmacy, two provision shops and a tailoring workshop, with some families living on the upper floors.

A trader at the nearby Idumota market, who gave her name only as Kemi, told PUNCH Metro that residents had complained about cracks in the building for months.

"We told them. Everybody on this street told them that building was not safe, but they said we should mind our business," she said.

Another witness, a commercial motorcyclist, said he had helped to pull two men from the rubble before emergency workers arrived. "I heard one of them shouting under the blocks. We used our hands until the excavator came," he said.

The state Police Public Relations Officer, SP Chinedu Okafor-Ibe, said the owner of the building, simply identified as Alhaji Lawal, had been invited for questioning.

The Commissioner for Physical Planning and Urban Development, Mr Tunde Abiodun-Lawal, who visited the scene, described the collapse as "avoidable" and vowed that the owner would be prosecuted.

He said, "Government will not fold its arms while property owners play with the lives of Lagosians. The law will take its course."

Rescue operations were still ongoing as of the time of filing this report.""", [
        Q("the building, which had shops on the ground floor, caved in at about 11.40am while traders were opening "
          "for business", "indirect", "Adebayo Ogunleye-Bakare", "Adebayo Ogunleye-Bakare"),
        Q('"Upon arrival at the scene, the agency discovered that a three-storey building had collapsed. Eleven adult '
          'males were rescued alive and taken to the Lagos Island General Hospital, while two bodies were recovered. '
          'Search and rescue operations are ongoing."', "direct", "He", "Adebayo Ogunleye-Bakare",
          speaker_at='He said, "Upon'),
        Q("preliminary findings showed that the structure had been marked for demolition by the Lagos State Building "
          "Control Agency (LASBCA) in 2022 after it was found to be distressed", "indirect", "the DG",
          "Adebayo Ogunleye-Bakare"),
        Q("the owner of the building had ignored two contravention notices", "indirect", "LASBCA",
          "Lagos State Building Control Agency", speaker_at="LASBCA said"),
        Q('"unlawfully resumed occupation"', "partial", "LASBCA", "Lagos State Building Control Agency",
          speaker_at="LASBCA said"),
        Q("that residents had complained about cracks in the building for months", "indirect",
          "A trader at the nearby Idumota market", "Kemi"),
        Q('"We told them. Everybody on this street told them that building was not safe, but they said we should mind '
          'our business,"', "direct", "she", "Kemi", speaker_at="she said"),
        Q("he had helped to pull two men from the rubble before emergency workers arrived", "indirect",
          "Another witness", None),
        Q('"I heard one of them shouting under the blocks. We used our hands until the excavator came,"', "direct",
          "he", None, speaker_at='excavator came," he said'),
        Q("the owner of the building, simply identified as Alhaji Lawal, had been invited for questioning", "indirect",
          "Chinedu Okafor-Ibe", "Chinedu Okafor-Ibe"),
        Q('"avoidable"', "partial", "Tunde Abiodun-Lawal", "Tunde Abiodun-Lawal"),
        Q("that the owner would be prosecuted", "indirect", "Tunde Abiodun-Lawal", "Tunde Abiodun-Lawal"),
        Q('"Government will not fold its arms while property owners play with the lives of Lagosians. The law will '
          'take its course."', "direct", "He", "Tunde Abiodun-Lawal", speaker_at='He said, "Government'),
    ], source="blind"),
    Case("blind44-defamation", """Ex-municipal manager takes on activist in R2m defamation trial

A former acting municipal manager of the Msunduzi Municipality told the Pietermaritzburg High Court on Monday that a series of Facebook posts accusing him of looting the city’s coffers had cost him his marriage, his health and two job offers.

Sibusiso Zungu (54) is suing civic activist Lindiwe van Rooyen-Dlamini for R2 million over 14 posts published on her “Msunduzi Watch” page between 2021 and 2022, in which she called him, among other things, a “tender thief” and “the godfather of the Market Square deals”.

Testifying on the first day of the trial, Zungu said he had never been charged with any offence and that a forensic report commissioned by the provincial Department of Cooperative Governance and Traditional Affairs in 2021 had cleared him of wrongdoing.

“I could not walk into a Spar without people whispering. My children were asked at school whether their father was a thief,” Zungu told the court.

He broke down at one point, and Justice Thandeka Mbatha adjourned proceedings for 15 minutes.

His counsel, Advocate Pieter de Villiers SC, told the court that the posts had been shared more than 40 000 times and that his client was entitled to “vindication in the only forum that can give it to him”.

Under cross-examination, Van Rooyen-Dlamini’s counsel, Advocate Shaun Naidoo, put it to Zungu that his client had relied on an Auditor-General report that flagged R84 million in irregular expenditure during his tenure.

“My client never said you were convicted of anything. She asked questions that any ratepayer was entitled to ask,” Naidoo said.

Zungu replied: “Calling someone a thief is not a question, advocate.”

Justice Mbatha reminded both counsel that the court would have to decide the matter on the ordinary meaning of the words used, and not on how either party felt about them.

Van Rooyen-Dlamini, who is expected to testify later this week, told The Witness outside court that she would not apologise.

“If I lose, then every citizen who asks where the money went should be afraid,” she said.

Msunduzi Municipality spokesperson Thobeka Ngcobo said the municipality was not a party to the case and would not comment while it was before the court.

The trial continues.""", [
        Q("that a series of Facebook posts accusing him of looting the city’s coffers had cost him his marriage, his "
          "health and two job offers", "indirect", "A former acting municipal manager of the Msunduzi Municipality",
          "Sibusiso Zungu"),
        Q("“tender thief”", "partial", "she", "Lindiwe van Rooyen-Dlamini", speaker_at="in which she called him"),
        Q("“the godfather of the Market Square deals”", "partial", "she", "Lindiwe van Rooyen-Dlamini",
          speaker_at="in which she called him"),
        Q("he had never been charged with any offence and that a forensic report commissioned by the provincial "
          "Department of Cooperative Governance and Traditional Affairs in 2021 had cleared him of wrongdoing",
          "indirect", "Zungu", "Sibusiso Zungu", speaker_at="Zungu said he had"),
        Q("“I could not walk into a Spar without people whispering. My children were asked at school whether their "
          "father was a thief,”", "direct", "Zungu", "Sibusiso Zungu", speaker_at="Zungu told the court"),
        Q("that the posts had been shared more than 40 000 times", "indirect", "Pieter de Villiers",
          "Pieter de Villiers"),
        Q("“vindication in the only forum that can give it to him”", "partial", "Pieter de Villiers",
          "Pieter de Villiers"),
        Q("that his client had relied on an Auditor-General report that flagged R84 million in irregular expenditure "
          "during his tenure", "indirect", "Shaun Naidoo", "Shaun Naidoo"),
        Q("“My client never said you were convicted of anything. She asked questions that any ratepayer was entitled "
          "to ask,”", "direct", "Naidoo", "Shaun Naidoo", speaker_at="Naidoo said"),
        Q("“Calling someone a thief is not a question, advocate.”", "direct", "Zungu", "Sibusiso Zungu",
          speaker_at="Zungu replied"),
        Q("that the court would have to decide the matter on the ordinary meaning of the words used, and not on how "
          "either party felt about them", "indirect", "Mbatha", "Thandeka Mbatha",
          speaker_at="Justice Mbatha reminded"),
        Q("that she would not apologise", "indirect", "Van Rooyen-Dlamini", "Lindiwe van Rooyen-Dlamini",
          speaker_at="Van Rooyen-Dlamini, who is expected"),
        Q("“If I lose, then every citizen who asks where the money went should be afraid,”", "direct", "she",
          "Lindiwe van Rooyen-Dlamini", speaker_at="she said"),
        Q("the municipality was not a party to the case and would not comment while it was before the court",
          "indirect", "Thobeka Ngcobo", "Thobeka Ngcobo"),
    ], source="blind"),
    Case("blind44-anthrax", """Anthrax alert as 14 cattle die in Gokwe South

The Department of Veterinary Services has issued an anthrax alert in Gokwe South after 14 cattle died in three villages over the past week, with two people admitted to hospital after eating meat from one of the carcasses.

Acting chief director of veterinary services Dr Tendai Chikomo-Sibanda said samples taken from the carcasses had tested positive for Bacillus anthracis at the Central Veterinary Laboratory in Harare.

"We have put the affected area under quarantine. No cattle, goats or sheep may be moved in or out of wards 12, 14 and 15 until further notice," said Dr Chikomo-Sibanda.

She said vaccination teams had been deployed and more than 9 000 animals were expected to be vaccinated by the end of the month.

Dr Chikomo-Sibanda warned villagers against eating meat from animals that had died suddenly. "Anthrax spores can survive in the soil for decades. When you open a carcass, you release them," she said.

According to the department, Zimbabwe recorded 27 anthrax outbreaks last year, most of them in the Midlands and Masvingo provinces.

Gokwe South district medical officer Dr Blessing Maposa confirmed that two patients, a 34-year-old man and his 12-year-old son, were receiving treatment for cutaneous anthrax at Gokwe South District Hospital and were in a stable condition.

"They came in with sores on their hands and arms. We have started them on antibiotics and they are responding well," he said.

Chief Gwenzi, whose area is among the worst affected, told The Herald that he had summoned village heads to a meeting on Tuesday to spread the message.

"Our people are poor. When a beast dies, it is difficult to tell a family to bury good meat," he said. "But we must protect lives first."

Villagers who spoke to this publication said the deaths began shortly after the first rains in November.

One villager, Mr Tinashe Moyo, said he had lost three cows in four days. "I did not know it was anthrax. I thought it was the heat," he said.

Farmers have been urged to report any sudden livestock deaths to the nearest veterinary office and not to open or move carcasses.""", [
        Q("samples taken from the carcasses had tested positive for Bacillus anthracis at the Central Veterinary "
          "Laboratory in Harare", "indirect", "Tendai Chikomo-Sibanda", "Tendai Chikomo-Sibanda"),
        Q('"We have put the affected area under quarantine. No cattle, goats or sheep may be moved in or out of wards '
          '12, 14 and 15 until further notice,"', "direct", "Chikomo-Sibanda", "Tendai Chikomo-Sibanda",
          speaker_at="said Dr Chikomo-Sibanda"),
        Q("vaccination teams had been deployed and more than 9 000 animals were expected to be vaccinated by the end "
          "of the month", "indirect", "She", "Tendai Chikomo-Sibanda", speaker_at="She said vaccination"),
        Q('"Anthrax spores can survive in the soil for decades. When you open a carcass, you release them,"',
          "direct", "she", "Tendai Chikomo-Sibanda", speaker_at="she said"),
        Q("Zimbabwe recorded 27 anthrax outbreaks last year, most of them in the Midlands and Masvingo provinces",
          "indirect", "the department", "Department of Veterinary Services", speaker_at="According to the department"),
        Q("that two patients, a 34-year-old man and his 12-year-old son, were receiving treatment for cutaneous "
          "anthrax at Gokwe South District Hospital and were in a stable condition", "indirect", "Blessing Maposa",
          "Blessing Maposa"),
        Q('"They came in with sores on their hands and arms. We have started them on antibiotics and they are '
          'responding well,"', "direct", "he", "Blessing Maposa", speaker_at='responding well," he said'),
        Q("that he had summoned village heads to a meeting on Tuesday to spread the message", "indirect", "Gwenzi",
          "Gwenzi"),
        Q('"Our people are poor. When a beast dies, it is difficult to tell a family to bury good meat,"', "direct",
          "he", "Gwenzi", speaker_at='he said. "But'),
        Q('"But we must protect lives first."', "direct", "he", "Gwenzi", speaker_at='he said. "But'),
        Q("the deaths began shortly after the first rains in November", "indirect",
          "Villagers who spoke to this publication", None),
        Q("he had lost three cows in four days", "indirect", "Tinashe Moyo", "Tinashe Moyo"),
        Q('"I did not know it was anthrax. I thought it was the heat,"', "direct", "he", "Tinashe Moyo",
          speaker_at='the heat," he said'),
    ], source="blind"),
    Case("blind44-festival", """Muscat food festival draws record crowds on opening night

MUSCAT, JAN 18 - More than 40,000 visitors thronged Al Naseem Park on Thursday evening as the fifth edition of the Muscat Food Festival opened with over 180 stalls serving Omani, Indian, Turkish, Filipino and East African cuisine.

The festival, organised by Muscat Municipality in cooperation with the Ministry of Heritage and Tourism, runs until February 1.

Inaugurating the event, Sheikh Hamad bin Sultan al Harthy, Deputy Chairman of Muscat Municipality, said the festival had become an important platform for small and medium enterprises, with more than 60 per cent of the stalls run by Omani home-based businesses.

"Many of these families started by selling from their kitchens. Today some of them have restaurants and employ young Omanis," he told the Observer.

Umm Ahmed, who runs a stall selling shuwa and harees, said she had been preparing for three days. "Shuwa needs patience. We put the meat in the ground on Tuesday night," she said with a smile.

A few stalls away, Maricel dela Cruz-Santos was serving lumpia and halo-halo to a long queue. "Omanis love our food. Last year we sold out by nine o'clock every night, so this time we brought double," she said.

Dr Salma bint Nasser al Rawahi, Director of the Food Safety and Quality Centre at the municipality, said inspectors would carry out daily checks on all stalls.

"Every vendor has been trained and licensed. We will not compromise on hygiene, whatever the crowds," Dr Salma said.

The festival also features a nightly cooking show titled "Sablat Stories", hosted by Omani chef Issa al Lawati, and a children's corner with traditional games.

Royal Oman Police said additional patrols would be deployed at the Muscat Expressway exit near the park on weekends, and urged visitors to use the free shuttle buses from Al Mouj and the Oman Convention and Exhibition Centre.

Some visitors complained that the queue to enter the car park stretched for more than an hour on opening night. "It's a wonderful event, but they need more parking," said Rajesh Menon, an Indian expatriate who came with his family from Ruwi.

According to the organisers, the festival attracted 310,000 visitors last year and is expected to exceed that number this season.""", [
        Q("the festival had become an important platform for small and medium enterprises, with more than 60 per cent "
          "of the stalls run by Omani home-based businesses", "indirect", "Hamad bin Sultan al Harthy",
          "Hamad bin Sultan al Harthy"),
        Q('"Many of these families started by selling from their kitchens. Today some of them have restaurants and '
          'employ young Omanis,"', "direct", "he", "Hamad bin Sultan al Harthy", speaker_at="he told the Observer"),
        Q("she had been preparing for three days", "indirect", "Umm Ahmed", "Umm Ahmed"),
        Q('"Shuwa needs patience. We put the meat in the ground on Tuesday night,"', "direct", "she", "Umm Ahmed",
          speaker_at="she said with a smile"),
        Q("\"Omanis love our food. Last year we sold out by nine o'clock every night, so this time we brought "
          "double,\"", "direct", "she", "Maricel dela Cruz-Santos", speaker_at='brought double," she said'),
        Q("inspectors would carry out daily checks on all stalls", "indirect", "Salma bint Nasser al Rawahi",
          "Salma bint Nasser al Rawahi"),
        Q('"Every vendor has been trained and licensed. We will not compromise on hygiene, whatever the crowds,"',
          "direct", "Salma", "Salma bint Nasser al Rawahi", speaker_at="Dr Salma said"),
        Q("additional patrols would be deployed at the Muscat Expressway exit near the park on weekends", "indirect",
          "Royal Oman Police", "Royal Oman Police"),
        Q("that the queue to enter the car park stretched for more than an hour on opening night", "indirect",
          "Some visitors", None),
        Q("\"It's a wonderful event, but they need more parking,\"", "direct", "Rajesh Menon", "Rajesh Menon"),
        Q("the festival attracted 310,000 visitors last year and is expected to exceed that number this season",
          "indirect", "the organisers", None),
    ], source="blind"),
    Case("blind44-toll", """Toll hike on Rawang-Kepong Highway sparks outcry as Cabinet weighs decision

KUALA LUMPUR, March 4 — Motorists on the Rawang-Kepong Highway will pay up to 60 sen more per trip from next month, after the concessionaire confirmed a long-delayed toll increase that it said was provided for under its 2009 agreement with the government.

In a statement yesterday, Rawang-Kepong Highway Sdn Bhd (RKH) said the rate for Class 1 vehicles at the Kundang toll plaza would rise from RM2.10 to RM2.70 on April 1, the first increase since 2015.

"We have absorbed rising operating and maintenance costs for almost a decade. This adjustment is necessary to ensure the highway remains safe and well-maintained," RKH chief executive officer Datuk Lim Wei Jian said in the statement.

Works Minister Datuk Seri Azhar Kamaruddin, however, told reporters in Putrajaya today that the Cabinet had not approved the increase and would discuss it on Wednesday.

"The government hears the people's concerns. Nothing is final until Cabinet decides," Azhar said.

He said the ministry was also studying a discount for frequent users, similar to the scheme introduced on several Klang Valley highways last year.

Kepong MP Wong Mei Yee described the hike as "a slap in the face" for working families already grappling with higher prices.

"People in Kepong and Selayang have no alternative route. Either they pay, or they sit in traffic on the old road for an hour," she said.

Klang Valley Commuters Association (KVCA) president Jeffrey Tan Boon Hock said the group would submit a memorandum to the Prime Minister's Office next week, adding that it had collected more than 12,000 signatures online.

Motorists interviewed by Malay Mail at the Rawang rest and service area were unhappy with the news.

"RM2.70 every day, two ways, that's more than RM100 a month. My salary didn't go up 30 per cent," said Muhammad Faiz Abdul Rahman, 31, a factory technician from Bukit Sentosa.

According to the Malaysian Highway Authority (LLM), the government paid RM1.1 billion in compensation to highway concessionaires last year in lieu of toll increases.""", [
        Q("was provided for under its 2009 agreement with the government", "indirect", "it",
          "Rawang-Kepong Highway Sdn Bhd", speaker_at="that it said"),
        Q("the rate for Class 1 vehicles at the Kundang toll plaza would rise from RM2.10 to RM2.70 on April 1, the "
          "first increase since 2015", "indirect", "Rawang-Kepong Highway Sdn Bhd", "Rawang-Kepong Highway Sdn Bhd"),
        Q('"We have absorbed rising operating and maintenance costs for almost a decade. This adjustment is necessary '
          'to ensure the highway remains safe and well-maintained,"', "direct", "Lim Wei Jian", "Lim Wei Jian"),
        Q("that the Cabinet had not approved the increase and would discuss it on Wednesday", "indirect",
          "Azhar Kamaruddin", "Azhar Kamaruddin"),
        Q('"The government hears the people\'s concerns. Nothing is final until Cabinet decides,"', "direct",
          "Azhar", "Azhar Kamaruddin", speaker_at="Azhar said"),
        Q("the ministry was also studying a discount for frequent users, similar to the scheme introduced on several "
          "Klang Valley highways last year", "indirect", "He", "Azhar Kamaruddin", speaker_at="He said the ministry"),
        Q('"a slap in the face"', "partial", "Wong Mei Yee", "Wong Mei Yee"),
        Q('"People in Kepong and Selayang have no alternative route. Either they pay, or they sit in traffic on the '
          'old road for an hour,"', "direct", "she", "Wong Mei Yee", speaker_at="she said"),
        Q("the group would submit a memorandum to the Prime Minister's Office next week", "indirect",
          "Jeffrey Tan Boon Hock", "Jeffrey Tan Boon Hock"),
        Q("that it had collected more than 12,000 signatures online", "indirect", "Jeffrey Tan Boon Hock",
          "Jeffrey Tan Boon Hock"),
        Q('"RM2.70 every day, two ways, that\'s more than RM100 a month. My salary didn\'t go up 30 per cent,"',
          "direct", "Muhammad Faiz Abdul Rahman", "Muhammad Faiz Abdul Rahman"),
        Q("the government paid RM1.1 billion in compensation to highway concessionaires last year in lieu of toll "
          "increases", "indirect", "the Malaysian Highway Authority", "Malaysian Highway Authority"),
    ], source="blind"),
    Case("blind44-train", """Two killed as freight train slams into sugarcane truck in Kampot

Two people were killed and four others injured when a freight train collided with a truck loaded with sugarcane at an unguarded level crossing in Kampot province’s Tuek Chhou district yesterday morning, police said.

Tuek Chhou district police chief Lt Col Meas Sokhom said the truck driver, 42, and a 17-year-old labourer riding in the cab died at the scene, while four workers sitting on top of the load were thrown onto the tracks.

“The driver tried to cross before the train passed. Villagers told us the train was blowing its horn, but the truck was too heavy and too slow,” Sokhom said.

He added that the injured had been taken to Kampot Provincial Referral Hospital, where one was in a serious condition.

Royal Railway, which operates Cambodia’s rail network under a concession, said in a statement that the train, travelling from Phnom Penh to Sihanoukville with 22 wagons of fuel and cement, had been running within the speed limit and that its crew were unhurt.

“We are deeply saddened by this accident and extend our condolences to the families of the victims,” the company said, urging drivers to “stop, look and listen” at every crossing.

There are more than 400 level crossings on the southern line, most of them without barriers or warning lights, according to the Ministry of Public Works and Transport.

Ministry spokesman Chea Vannak told Khmer Times that the ministry would work with Royal Railway and provincial authorities to install warning lights at the 20 busiest crossings this year.

“Safety at level crossings is a shared responsibility. The railway cannot do it alone, and drivers must also respect the law,” Vannak said.

The truck belonged to a contractor supplying a sugar refinery in the province. A manager at the refinery, who asked not to be named, said it would pay for the funerals and support the family of the teenager.

Touch Sreyneang, 38, who sells drinks near the crossing, said she ran to help after hearing the crash.

“I heard a very big sound, like a bomb. Then I saw the truck on its side and sugarcane everywhere,” she said.

The National Road Safety Committee said at least 11 people were killed in accidents involving trains in 2024.""", [
        Q("Two people were killed and four others injured when a freight train collided with a truck loaded with "
          "sugarcane at an unguarded level crossing in Kampot province’s Tuek Chhou district yesterday morning",
          "indirect", "police", None, speaker_at="police said"),
        Q("the truck driver, 42, and a 17-year-old labourer riding in the cab died at the scene, while four workers "
          "sitting on top of the load were thrown onto the tracks", "indirect", "Meas Sokhom", "Meas Sokhom"),
        Q("“The driver tried to cross before the train passed. Villagers told us the train was blowing its horn, but "
          "the truck was too heavy and too slow,”", "direct", "Sokhom", "Meas Sokhom",
          speaker_at="too slow,” Sokhom said"),
        Q("that the injured had been taken to Kampot Provincial Referral Hospital, where one was in a serious "
          "condition", "indirect", "He", "Meas Sokhom", speaker_at="He added"),
        Q("that the train, travelling from Phnom Penh to Sihanoukville with 22 wagons of fuel and cement, had been "
          "running within the speed limit and that its crew were unhurt", "indirect", "Royal Railway",
          "Royal Railway", speaker_at="Royal Railway, which operates"),
        Q("“We are deeply saddened by this accident and extend our condolences to the families of the victims,”",
          "direct", "the company", "Royal Railway"),
        Q("“stop, look and listen”", "partial", "the company", "Royal Railway"),
        Q("There are more than 400 level crossings on the southern line, most of them without barriers or warning "
          "lights", "indirect", "the Ministry of Public Works and Transport", "Ministry of Public Works and Transport"),
        Q("that the ministry would work with Royal Railway and provincial authorities to install warning lights at the "
          "20 busiest crossings this year", "indirect", "Chea Vannak", "Chea Vannak"),
        Q("“Safety at level crossings is a shared responsibility. The railway cannot do it alone, and drivers must "
          "also respect the law,”", "direct", "Vannak", "Chea Vannak", speaker_at="Vannak said"),
        Q("it would pay for the funerals and support the family of the teenager", "indirect",
          "A manager at the refinery", None),
        Q("she ran to help after hearing the crash", "indirect", "Touch Sreyneang", "Touch Sreyneang"),
        Q("“I heard a very big sound, like a bomb. Then I saw the truck on its side and sugarcane everywhere,”",
          "direct", "she", "Touch Sreyneang", speaker_at="she said"),
        Q("at least 11 people were killed in accidents involving trains in 2024", "indirect",
          "The National Road Safety Committee", "National Road Safety Committee"),
    ], source="blind"),
    Case("blind44-kabaddi", """Kot Fatuhi club lifts Doaba Kabaddi Cup, Lali adjudged best raider

Jalandhar, February 14: Kot Fatuhi Sports Club defeated Canada's Surrey Lions 41-37.5 in a nail-biting final to lift the Doaba Kabaddi Cup at Guru Gobind Singh Stadium here on Sunday.

Raider Gurlal Singh, alias Lali, who scored 16 points in the final, was adjudged the best raider of the tournament and received a tractor, while Jagroop Singh Dhaliwal of the Surrey side was named best stopper.

"I had fever two days ago and my mother told me not to play. But this is the Doaba Cup, how can one sit out?" Lali said after the match.

Coach Sukhdev Singh Bajwa said the team had been training twice a day at the village ground since December. "These boys are farmers' sons. They finish practice and then go to the fields," he said.

Surrey Lions manager Harinder Sangha, who travelled from British Columbia with a 14-member squad, said the refereeing in the last five minutes had been "a little one-sided", but congratulated the hosts on their win.

Sports Minister Baljinder Kaur Aulakh, who gave away the prizes, announced that the state government would set up kabaddi academies in all 23 districts by next year.

"Kabaddi is the game of our villages. We want our boys on the mat, not on drugs," the minister said.

According to Prof Jaswinder Singh Randhawa, convener of the tournament's anti-doping panel, 32 urine samples were collected during the four-day event and sent to the National Dope Testing Laboratory in New Delhi.

"We want to send a message that kabaddi is clean. Any player found positive will face a two-year ban," he said.

Organising committee president Rupinder Singh Cheema told The Tribune that nearly 30,000 spectators had watched the final, and that the committee would invite teams from England and Pakistan next year.

Earlier in the day, Kot Fatuhi had edged past Nakodar Warriors 39-38 in a tense semifinal, while Surrey Lions beat Malwa Kabaddi Academy 44-33.""", [
        Q('"I had fever two days ago and my mother told me not to play. But this is the Doaba Cup, how can one sit '
          'out?"', "direct", "Lali", "Gurlal Singh", speaker_at="Lali said"),
        Q("the team had been training twice a day at the village ground since December", "indirect",
          "Sukhdev Singh Bajwa", "Sukhdev Singh Bajwa"),
        Q("\"These boys are farmers' sons. They finish practice and then go to the fields,\"", "direct", "he",
          "Sukhdev Singh Bajwa", speaker_at='the fields," he said'),
        Q('"a little one-sided"', "partial", "Harinder Sangha", "Harinder Sangha"),
        Q("that the state government would set up kabaddi academies in all 23 districts by next year", "indirect",
          "Baljinder Kaur Aulakh", "Baljinder Kaur Aulakh"),
        Q('"Kabaddi is the game of our villages. We want our boys on the mat, not on drugs,"', "direct",
          "the minister", "Baljinder Kaur Aulakh"),
        Q("32 urine samples were collected during the four-day event and sent to the National Dope Testing Laboratory "
          "in New Delhi", "indirect", "Jaswinder Singh Randhawa", "Jaswinder Singh Randhawa"),
        Q('"We want to send a message that kabaddi is clean. Any player found positive will face a two-year ban,"',
          "direct", "he", "Jaswinder Singh Randhawa", speaker_at='two-year ban," he said'),
        Q("that nearly 30,000 spectators had watched the final, and that the committee would invite teams from "
          "England and Pakistan next year", "indirect", "Rupinder Singh Cheema", "Rupinder Singh Cheema"),
    ], source="blind"),
    Case("blind44-pilots", """Nepal Airlines pilots begin work-to-rule, domestic flights disrupted

Pilots of the state-owned Nepal Airlines Corporation began a work-to-rule protest on Monday, refusing to fly beyond their scheduled duty hours and forcing the cancellation of at least 11 domestic flights.

The Nepal Airlines Pilots' Association said its members would not operate any flight that would push them past the duty limits set by the Civil Aviation Authority of Nepal (CAAN), and would not accept additional assignments until the management cleared four months of unpaid allowances.

"We are not on strike. We are simply following the rules that exist on paper, and the airline cannot function when the rules are followed," said Captain Sushma KC, general secretary of the association.

According to KC, the airline has 28 pilots for a fleet that requires at least 45, and many of them have been flying close to their monthly maximum since the festival season began.

The corporation's spokesperson, Kamal Prasad Ghimire, confirmed the cancellations but said the management was "committed to resolving the issue through dialogue". He said most of the cancelled flights were on remote routes, including Nepalgunj-Simikot and Kathmandu-Lukla.

Passengers at the domestic terminal of Tribhuvan International Airport vented their frustration. Tek Bahadur Gurung, a trader who had been waiting since 7am to fly to Bhadrapur, said he had not been told why his flight was cancelled.

"They gave us a piece of paper and told us to come back tomorrow. Nobody can say if tomorrow's flight will go," he said.

Minister for Culture, Tourism and Civil Aviation Badri Prasad Adhikari told the Post on Monday evening that he had directed the corporation's board to "find the money" for the allowances within a week.

Aviation analyst Binod Raj Dhungana said the dispute reflected a deeper problem at the corporation, which has struggled to repay loans taken to buy two wide-body aircraft. "The pilots are only the symptom. The disease is in the balance sheet," Dhungana said.

CAAN said it had asked the airline to submit a revised flight schedule by Tuesday evening so that passengers could be rebooked.

Officials at the corporation said the management board would meet on Wednesday to discuss the allowances.""", [
        Q("its members would not operate any flight that would push them past the duty limits set by the Civil "
          "Aviation Authority of Nepal (CAAN), and would not accept additional assignments until the management "
          "cleared four months of unpaid allowances", "indirect", "The Nepal Airlines Pilots' Association",
          "Nepal Airlines Pilots' Association"),
        Q('"We are not on strike. We are simply following the rules that exist on paper, and the airline cannot '
          'function when the rules are followed,"', "direct", "Sushma KC", "Sushma KC"),
        Q("the airline has 28 pilots for a fleet that requires at least 45, and many of them have been flying close to "
          "their monthly maximum since the festival season began", "indirect", "KC", "Sushma KC",
          speaker_at="According to KC"),
        Q('"committed to resolving the issue through dialogue"', "partial", "Kamal Prasad Ghimire",
          "Kamal Prasad Ghimire"),
        Q("most of the cancelled flights were on remote routes, including Nepalgunj-Simikot and Kathmandu-Lukla",
          "indirect", "He", "Kamal Prasad Ghimire", speaker_at="He said most"),
        Q("he had not been told why his flight was cancelled", "indirect", "Tek Bahadur Gurung", "Tek Bahadur Gurung"),
        Q("\"They gave us a piece of paper and told us to come back tomorrow. Nobody can say if tomorrow's flight will "
          "go,\"", "direct", "he", "Tek Bahadur Gurung", speaker_at="he said"),
        Q('"find the money"', "partial", "Badri Prasad Adhikari", "Badri Prasad Adhikari"),
        Q("the dispute reflected a deeper problem at the corporation, which has struggled to repay loans taken to buy "
          "two wide-body aircraft", "indirect", "Binod Raj Dhungana", "Binod Raj Dhungana"),
        Q('"The pilots are only the symptom. The disease is in the balance sheet,"', "direct", "Dhungana",
          "Binod Raj Dhungana", speaker_at='balance sheet," Dhungana said'),
        Q("it had asked the airline to submit a revised flight schedule by Tuesday evening so that passengers could be "
          "rebooked", "indirect", "CAAN", "Civil Aviation Authority of Nepal", speaker_at="CAAN said"),
        Q("the management board would meet on Wednesday to discuss the allowances", "indirect",
          "Officials at the corporation", None),
    ], source="blind"),
]
