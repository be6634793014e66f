"""Blind gold (set 39): short news articles written blind to the pretagger.

Wire copy and regional papers from many countries, with their own house
styles (curly, straight and British single quotes), names from many
cultures and the whole range of attribution. Written once, never tuned on.
"""

from __future__ import annotations

from gold_format import Case, Q

CASES = [
    Case("blind39-nepal-helicopter", '''Five killed as helicopter crashes in Nepal's Everest region

KATHMANDU (AFP) - A helicopter carrying four Mexican tourists and a Nepali pilot crashed in the foothills of the Himalayas in eastern Nepal on Tuesday, killing all five people on board, officials said.

The Airbus AS350 B3, operated by private carrier Manang Air, lost contact with air traffic controllers around 15 minutes after taking off from Lukla, the gateway town to Mount Everest, at 10:05 am (0420 GMT).

"The wreckage was found on a ridge near the Lamjura pass and there are no survivors," Jagat Prasad Bhusal, a spokesman for the Civil Aviation Authority of Nepal (CAAN), told AFP.

Police said the bodies had been recovered by a rescue team that reached the site on foot after thick cloud grounded search helicopters for most of the afternoon.

Ang Dorje Sherpa, the police chief in Solukhumbu district, said villagers had heard "a loud crash, like thunder" before seeing smoke rise from the forest.

"By the time our team arrived, the fire had already burnt out," he said. "The terrain is very steep, and the bodies had to be carried down on stretchers."

Manang Air said in a statement that it was "deeply saddened" by the accident. It added that it was cooperating fully with investigators.

The pilot, Captain Chet Bahadur Gurung, had more than 4,000 hours of flying experience, the company said.

Mexico's foreign ministry confirmed that four of its nationals had died and said its embassy in New Delhi was in contact with their families.

Tourism minister Sushila Thapa Magar said the government would set up a high-level commission to investigate the crash. "We will not hide anything. If there was negligence, someone will be held responsible," she told reporters in Kathmandu.

Nepal has a poor air safety record, with mountain weather that can change in minutes and many airstrips that are difficult to reach even in good conditions.

According to the Kathmandu Post, Tuesday's accident was the third helicopter crash in Solukhumbu district this year.

"Pilots here are flying in some of the toughest conditions in the world, often with very limited weather information," said Binod Raj Shrestha, an aviation safety consultant and former pilot. "Until we invest in proper weather stations in the mountains, these accidents will keep happening."''', [
        Q("A helicopter carrying four Mexican tourists and a Nepali pilot crashed in the foothills of the Himalayas in "
          "eastern Nepal on Tuesday, killing all five people on board", "indirect", "officials", None),
        Q('"The wreckage was found on a ridge near the Lamjura pass and there are no survivors,"', "direct",
          "Jagat Prasad Bhusal", "Jagat Prasad Bhusal"),
        Q("the bodies had been recovered by a rescue team that reached the site on foot after thick cloud grounded "
          "search helicopters for most of the afternoon", "indirect", "Police", None),
        Q('"a loud crash, like thunder"', "partial", "Ang Dorje Sherpa", "Ang Dorje Sherpa"),
        Q('"By the time our team arrived, the fire had already burnt out,"', "direct", "he", "Ang Dorje Sherpa",
          speaker_at='burnt out," he said'),
        Q('"The terrain is very steep, and the bodies had to be carried down on stretchers."', "direct", "he",
          "Ang Dorje Sherpa", speaker_at='burnt out," he said'),
        Q('"deeply saddened"', "partial", "Manang Air", "Manang Air", speaker_at="Manang Air said"),
        Q("it was cooperating fully with investigators", "indirect", "It", "Manang Air", speaker_at="It added"),
        Q("The pilot, Captain Chet Bahadur Gurung, had more than 4,000 hours of flying experience", "indirect",
          "the company", "Manang Air"),
        Q("four of its nationals had died", "indirect", "Mexico's foreign ministry", None),
        Q("its embassy in New Delhi was in contact with their families", "indirect", "Mexico's foreign ministry", None),
        Q("the government would set up a high-level commission to investigate the crash", "indirect",
          "Sushila Thapa Magar", "Sushila Thapa Magar"),
        Q('"We will not hide anything. If there was negligence, someone will be held responsible,"', "direct", "she",
          "Sushila Thapa Magar", speaker_at="she told reporters"),
        Q("Tuesday's accident was the third helicopter crash in Solukhumbu district this year", "indirect",
          "the Kathmandu Post", "Kathmandu Post"),
        Q('"Pilots here are flying in some of the toughest conditions in the world, often with very limited weather '
          'information,"', "direct", "Binod Raj Shrestha", "Binod Raj Shrestha"),
        Q('"Until we invest in proper weather stations in the mountains, these accidents will keep happening."',
          "direct", "Binod Raj Shrestha", "Binod Raj Shrestha"),
    ]),
    Case("blind39-brewer-results", '''Dutch brewer Kessler misses profit forecast as wet summer, Nigeria weigh

AMSTERDAM, Feb 12 (Reuters) - Dutch brewer Kessler Group reported a smaller-than-expected rise in annual profit on Wednesday as a wet European summer and a slump in Nigeria offset higher prices, and said it expected beer volumes to be "broadly flat" this year.

Shares in the world's fifth-largest brewer fell as much as 4.3% in early trade, making them the biggest faller on Amsterdam's AEX index.

Operating profit before exceptional items rose 3.1% to 4.62 billion euros ($4.78 billion) in 2024, below the 4.75 billion euros expected by analysts in a company-compiled poll.

"2024 was a year of two halves," Chief Executive Marieke van der Linden-Bos told reporters on a call. "We had a strong start in Asia and the Americas, but in Europe the weather simply did not cooperate."

She said the company would press ahead with plans to cut about 1,200 office jobs over the next two years under its "EverGreen" cost programme, which it expects to save 500 million euros a year by 2026.

In Nigeria, where the collapse of the naira has hammered consumer spending, Kessler's volumes fell 11%. Van der Linden-Bos described conditions there as "extremely tough" but said the brewer had no plans to pull out.

"We are not going anywhere. We have been brewing in Nigeria for more than 75 years," she said.

Chief Financial Officer Pieter de Graaf said input costs, particularly for aluminium cans and malting barley, should ease in the second half of the year, supporting margins.

Analysts were unconvinced. "The guidance implies another year of volume stagnation, and we doubt that price increases alone can carry the load," analysts at Jefferies wrote in a note to clients.

Sanjeev Ramaswamy of Bernstein called the results "not a disaster", adding that growth in Vietnam and India remained a bright spot.

Kessler proposed a final dividend of 1.12 euros per share and announced a share buyback of up to 1 billion euros.

($1 = 0.9665 euros)

(Reporting by Anna Kuipers; Editing by Tom Ashworth)''', [
        Q('"broadly flat"', "partial", "Kessler Group", "Kessler Group"),
        Q('"2024 was a year of two halves,"', "direct", "Marieke van der Linden-Bos", "Marieke van der Linden-Bos"),
        Q('"We had a strong start in Asia and the Americas, but in Europe the weather simply did not cooperate."',
          "direct", "Marieke van der Linden-Bos", "Marieke van der Linden-Bos"),
        Q('the company would press ahead with plans to cut about 1,200 office jobs over the next two years under its '
          '"EverGreen" cost programme', "indirect", "She", "Marieke van der Linden-Bos", speaker_at="She said"),
        Q('"extremely tough"', "partial", "Van der Linden-Bos", "Marieke van der Linden-Bos"),
        Q("the brewer had no plans to pull out", "indirect", "Van der Linden-Bos", "Marieke van der Linden-Bos"),
        Q('"We are not going anywhere. We have been brewing in Nigeria for more than 75 years,"', "direct", "she",
          "Marieke van der Linden-Bos", speaker_at='years," she said'),
        Q("input costs, particularly for aluminium cans and malting barley, should ease in the second half of the "
          "year, supporting margins", "indirect", "Pieter de Graaf", "Pieter de Graaf"),
        Q('"The guidance implies another year of volume stagnation, and we doubt that price increases alone can carry '
          'the load,"', "direct", "analysts at Jefferies", None),
        Q('"not a disaster"', "partial", "Sanjeev Ramaswamy", "Sanjeev Ramaswamy"),
        Q("growth in Vietnam and India remained a bright spot", "indirect", "Sanjeev Ramaswamy", "Sanjeev Ramaswamy"),
    ]),
    Case("blind39-bristol-pothole", """Knowle residents demand action over Wells Road pothole

Residents in Knowle say they have been dodging a pothole on one of Bristol’s busiest roads for five months, despite reporting it repeatedly through the council’s “Fix My Street” website.

The hole, on the Wells Road near the junction with Broadwalk, is now around a metre wide and, according to one neighbour, “deep enough to lose a small dog in”.

Sharon Okonkwo-Reid, who has lived on the road for 22 years, said she had watched cyclists swerve into oncoming traffic to avoid it.

“Somebody is going to be killed here, and then everyone will be very sorry,” she said. “I’ve reported it four times. Four times! Every time I get an automated email saying it’s been logged, and then nothing happens.”

Last month a delivery driver burst two tyres on the same stretch, she added.

Councillor Ruth Pemberton (Lib Dem, Knowle) said the situation was “symptomatic of a council that has lost control of its roads”. She has raised the issue with the cabinet member for transport.

“People in Knowle pay the same council tax as everyone else, and they deserve roads that are safe to drive and cycle on,” Cllr Pemberton told the Bristol Post.

A spokesperson for Bristol City Council said the pothole had been inspected on Monday. It is “scheduled for a permanent repair within the next 28 days”, the spokesperson added.

“We know how frustrating potholes are, and we’re sorry for the delay in this case,” they said. “Our teams are dealing with a very high number of reports after one of the wettest winters on record.”

The council says it repaired more than 9,000 potholes in the last financial year, and that its highways maintenance backlog now stands at around £4.2 million.

Nationally, the problem is getting worse. According to the AA, pothole-related breakdowns reached a five-year high in the spring.

Mrs Okonkwo-Reid remains unconvinced by the council’s promise. “They said the same thing in March,” she said. “I’ll believe it when I see a lorry full of tarmac outside my front door.”""", [
        Q("they have been dodging a pothole on one of Bristol’s busiest roads for five months, despite reporting it "
          "repeatedly through the council’s “Fix My Street” website", "indirect", "Residents in Knowle", None),
        Q("“deep enough to lose a small dog in”", "partial", "one neighbour", None),
        Q("she had watched cyclists swerve into oncoming traffic to avoid it", "indirect", "Sharon Okonkwo-Reid",
          "Sharon Okonkwo-Reid"),
        Q("“Somebody is going to be killed here, and then everyone will be very sorry,”", "direct", "she",
          "Sharon Okonkwo-Reid", speaker_at="sorry,” she said"),
        Q("“I’ve reported it four times. Four times! Every time I get an automated email saying it’s been logged, and "
          "then nothing happens.”", "direct", "she", "Sharon Okonkwo-Reid", speaker_at="sorry,” she said"),
        Q("Last month a delivery driver burst two tyres on the same stretch", "indirect", "she", "Sharon Okonkwo-Reid",
          speaker_at="she added"),
        Q("“symptomatic of a council that has lost control of its roads”", "partial", "Ruth Pemberton",
          "Ruth Pemberton"),
        Q("“People in Knowle pay the same council tax as everyone else, and they deserve roads that are safe to drive "
          "and cycle on,”", "direct", "Pemberton", "Ruth Pemberton", speaker_at="Cllr Pemberton told"),
        Q("the pothole had been inspected on Monday", "indirect", "A spokesperson for Bristol City Council", None),
        Q("“scheduled for a permanent repair within the next 28 days”", "partial", "the spokesperson", None),
        Q("“We know how frustrating potholes are, and we’re sorry for the delay in this case,”", "direct", "they",
          None, speaker_at="they said"),
        Q("“Our teams are dealing with a very high number of reports after one of the wettest winters on record.”",
          "direct", "they", None, speaker_at="they said"),
        Q("it repaired more than 9,000 potholes in the last financial year, and that its highways maintenance backlog "
          "now stands at around £4.2 million", "indirect", "The council", "Bristol City Council"),
        Q("pothole-related breakdowns reached a five-year high in the spring", "indirect", "the AA", "AA"),
        Q("“They said the same thing in March,”", "direct", "she", "Sharon Okonkwo-Reid",
          speaker_at="March,” she said"),
        Q("“I’ll believe it when I see a lorry full of tarmac outside my front door.”", "direct", "she",
          "Sharon Okonkwo-Reid", speaker_at="March,” she said"),
    ]),
    Case("blind39-tayside-snow", """Drivers stranded overnight on A93 as blizzards batter Tayside

Dozens of motorists spent the night trapped in their vehicles on the A93 near the Spittal of Glenshee after heavy snow and gale-force winds swept across Tayside.

Police Scotland said around 40 vehicles became stuck on the Glenshee to Braemar road on Tuesday evening, with some drivers not reaching safety until after 6am.

The Met Office had issued an amber warning for snow covering Angus, Perth and Kinross and parts of Aberdeenshire, warning of 'significant disruption' to travel until Thursday morning.

Lorry driver Kenny MacIver, 54, from Forfar, spent nearly nine hours in his cab.

'I've been driving this road for thirty years and I've never seen anything like it,' he said. 'You couldn't see your own hand in front of your face.'

He said staff from the Glenshee ski centre had walked along the line of cars with flasks of tea and blankets. 'They were absolute heroes,' he added.

Chief Inspector Lorna McGillivray of Tayside Division said: 'Our officers, along with colleagues from Bear Scotland and the Scottish Fire and Rescue Service, worked through the night to make sure everyone was safe.

'Conditions remain treacherous and I would urge people not to travel unless their journey is absolutely essential.'

Angus Council confirmed 27 schools would remain closed on Wednesday, while Perth and Kinross Council said 14 of its schools in Highland Perthshire would not open.

Scottish and Southern Electricity Networks (SSEN) said engineers had restored power to most of the 3,500 homes cut off in Highland Perthshire, but warned that customers in some remote glens could face a second night without supply.

'We get this every winter, and every winter we're told lessons will be learned,' said Councillor Fiona Kinnear, who represents Blairgowrie and Glens.

'The A93 needs proper snow gates and a warning system that actually works. People's lives were put at risk last night.'

Met Office meteorologist Craig Mather said a further 15 to 25cm of snow could fall on high ground on Wednesday night. 'This isn't over yet,' he warned.""", [
        Q("around 40 vehicles became stuck on the Glenshee to Braemar road on Tuesday evening, with some drivers not "
          "reaching safety until after 6am", "indirect", "Police Scotland", "Police Scotland"),
        Q("'significant disruption'", "partial", "The Met Office", "Met Office"),
        Q("'I've been driving this road for thirty years and I've never seen anything like it,'", "direct", "he",
          "Kenny MacIver", speaker_at="like it,' he said"),
        Q("'You couldn't see your own hand in front of your face.'", "direct", "he", "Kenny MacIver",
          speaker_at="like it,' he said"),
        Q("staff from the Glenshee ski centre had walked along the line of cars with flasks of tea and blankets",
          "indirect", "He", "Kenny MacIver", speaker_at="He said staff"),
        Q("'They were absolute heroes,'", "direct", "he", "Kenny MacIver", speaker_at="he added"),
        Q("'Our officers, along with colleagues from Bear Scotland and the Scottish Fire and Rescue Service, worked "
          "through the night to make sure everyone was safe.", "direct", "Lorna McGillivray", "Lorna McGillivray"),
        Q("'Conditions remain treacherous and I would urge people not to travel unless their journey is absolutely "
          "essential.'", "direct", "Lorna McGillivray", "Lorna McGillivray"),
        Q("27 schools would remain closed on Wednesday", "indirect", "Angus Council", "Angus Council"),
        Q("14 of its schools in Highland Perthshire would not open", "indirect", "Perth and Kinross Council",
          "Perth and Kinross Council"),
        Q("engineers had restored power to most of the 3,500 homes cut off in Highland Perthshire", "indirect",
          "Scottish and Southern Electricity Networks", "Scottish and Southern Electricity Networks"),
        Q("customers in some remote glens could face a second night without supply", "indirect",
          "Scottish and Southern Electricity Networks", "Scottish and Southern Electricity Networks"),
        Q("'We get this every winter, and every winter we're told lessons will be learned,'", "direct",
          "Fiona Kinnear", "Fiona Kinnear"),
        Q("'The A93 needs proper snow gates and a warning system that actually works. People's lives were put at risk "
          "last night.'", "direct", "Fiona Kinnear", "Fiona Kinnear"),
        Q("a further 15 to 25cm of snow could fall on high ground on Wednesday night", "indirect", "Craig Mather",
          "Craig Mather"),
        Q("'This isn't over yet,'", "direct", "he", "Craig Mather", speaker_at="he warned"),
    ]),
    Case("blind39-kerry-camogie", '''Kerry camogie stars storm back to book Croke Park date

Kerry are 60 minutes away from history. Trailing by five points at half-time, Micheál Ó Conchúir's side produced a storming second half to beat Meath 1-14 to 1-12 in Saturday's All-Ireland intermediate camogie semi-final in Mallow and set up a final against Antrim at Croke Park on August 10.

Captain Caoimhe Nic Gearailt finished with 0-8, six from frees, and was a calming presence throughout.

"We went in at half-time and nobody panicked," Nic Gearailt said afterwards. "Micheál just told us to keep doing the simple things and the scores would come. And they did."

The Ballyduff clubwoman was quick to credit substitute Aoife Ní Shé, whose goal in the 51st minute turned the game on its head. "Aoife came on and changed everything. That's what this panel is all about," she said.

Ó Conchúir, in his second season in charge, admitted the first half had been "the worst we've played all year".

"I won't lie to you, I was worried," he told The Kerryman. "Meath are a serious outfit and they hurt us badly on our own puck-outs. But this group has serious character, and I think the whole county saw that today."

Meath manager Jim Tevlin said his players had "given it everything" in the second half. "Fair play to Kerry, they finished much stronger than us and they deserve their day in Croke Park," he said.

The Camogie Association confirmed that the intermediate final will be played as a curtain-raiser to the senior decider, with throw-in at 1.30pm.

Kerry Camogie Board chairperson Treasa Ní Bhriain said tickets would be distributed through clubs from Tuesday, and urged supporters to "turn Croke Park green and gold".

It will be Kerry's first appearance in an All-Ireland intermediate final, and Ní Bhriain said the buzz around the county was "like nothing I've seen in 30 years involved in the game".''', [
        Q('"We went in at half-time and nobody panicked,"', "direct", "Nic Gearailt", "Caoimhe Nic Gearailt",
          speaker_at="Nic Gearailt said"),
        Q('"Micheál just told us to keep doing the simple things and the scores would come. And they did."', "direct",
          "Nic Gearailt", "Caoimhe Nic Gearailt", speaker_at="Nic Gearailt said"),
        Q('"Aoife came on and changed everything. That\'s what this panel is all about,"', "direct", "she",
          "Caoimhe Nic Gearailt", speaker_at='about," she said'),
        Q('"the worst we\'ve played all year"', "partial", "Ó Conchúir", "Micheál Ó Conchúir",
          speaker_at="Ó Conchúir, in his"),
        Q('"I won\'t lie to you, I was worried,"', "direct", "he", "Micheál Ó Conchúir",
          speaker_at="he told The Kerryman"),
        Q('"Meath are a serious outfit and they hurt us badly on our own puck-outs. But this group has serious '
          'character, and I think the whole county saw that today."', "direct", "he", "Micheál Ó Conchúir",
          speaker_at="he told The Kerryman"),
        Q('"given it everything"', "partial", "Jim Tevlin", "Jim Tevlin"),
        Q('"Fair play to Kerry, they finished much stronger than us and they deserve their day in Croke Park,"',
          "direct", "he", "Jim Tevlin", speaker_at='Park," he said'),
        Q("that the intermediate final will be played as a curtain-raiser to the senior decider, with throw-in at "
          "1.30pm", "indirect", "The Camogie Association", "Camogie Association"),
        Q("tickets would be distributed through clubs from Tuesday", "indirect", "Treasa Ní Bhriain",
          "Treasa Ní Bhriain"),
        Q('"turn Croke Park green and gold"', "partial", "Treasa Ní Bhriain", "Treasa Ní Bhriain"),
        Q('"like nothing I\'ve seen in 30 years involved in the game"', "partial", "Ní Bhriain", "Treasa Ní Bhriain",
          speaker_at="and Ní Bhriain said"),
    ]),
    Case("blind39-hunter-union", """Veteran miners’ leader ousted in Hunter union election upset

A Muswellbrook electrician has ended Peter Karageorgiou’s 14-year reign as head of the Hunter’s coal mining union, winning the district presidency in a ballot that many in the industry thought she could not win.

Results released by the Australian Electoral Commission on Friday showed Tui Faleolo, who works at an open-cut mine near Muswellbrook, won 2914 votes to Mr Karageorgiou’s 2377, on a turnout of 61 per cent.

Ms Faleolo, the first woman and the first Pacific Islander to lead the Mining and Energy Union’s Northern District, said members had voted for “a union that turns up”.

“People told me during the campaign that they felt like the union had stopped listening,” she said. “They wanted someone who’s been on the tools, who knows what a 12-hour night shift does to your family.”

She said her first priority would be to push back against the growing use of labour-hire contractors on the region’s largest mine sites.

“Two people doing the same job on the same shift should get the same pay. It’s that simple,” Ms Faleolo said.

Mr Karageorgiou, who had led the district since 2010, congratulated his successor but said the result reflected “a campaign of half-truths run by people who’ve never sat at a bargaining table”.

“I’m proud of what we achieved,” he told the Newcastle Herald. “We won back pay for thousands of workers and we kept this region’s mines among the safest in the world. Now I’m going to spend some time with my grandkids.”

MEU national secretary Samir El-Khoury said in a statement that both candidates had run “hard but fair campaigns” and that the union would “move forward united”.

University of Newcastle industrial relations researcher Dr Hemi Walters said the result was part of a national trend of younger, more diverse candidates winning union office.

“Members, especially younger ones, are looking for leaders who look and sound like them, and who still have dirt under their fingernails,” Dr Walters said.

The new district executive will be sworn in on July 1.""", [
        Q("“a union that turns up”", "partial", "Faleolo", "Tui Faleolo", speaker_at="Ms Faleolo, the first"),
        Q("“People told me during the campaign that they felt like the union had stopped listening,”", "direct", "she",
          "Tui Faleolo", speaker_at="listening,” she said"),
        Q("“They wanted someone who’s been on the tools, who knows what a 12-hour night shift does to your family.”",
          "direct", "she", "Tui Faleolo", speaker_at="listening,” she said"),
        Q("her first priority would be to push back against the growing use of labour-hire contractors on the "
          "region’s largest mine sites", "indirect", "She", "Tui Faleolo", speaker_at="She said her"),
        Q("“Two people doing the same job on the same shift should get the same pay. It’s that simple,”", "direct",
          "Faleolo", "Tui Faleolo", speaker_at="Ms Faleolo said"),
        Q("“a campaign of half-truths run by people who’ve never sat at a bargaining table”", "partial",
          "Karageorgiou", "Peter Karageorgiou", speaker_at="Mr Karageorgiou, who had"),
        Q("“I’m proud of what we achieved,”", "direct", "he", "Peter Karageorgiou",
          speaker_at="he told the Newcastle Herald"),
        Q("“We won back pay for thousands of workers and we kept this region’s mines among the safest in the world. "
          "Now I’m going to spend some time with my grandkids.”", "direct", "he", "Peter Karageorgiou",
          speaker_at="he told the Newcastle Herald"),
        Q("“hard but fair campaigns”", "partial", "Samir El-Khoury", "Samir El-Khoury"),
        Q("“move forward united”", "partial", "Samir El-Khoury", "Samir El-Khoury"),
        Q("the result was part of a national trend of younger, more diverse candidates winning union office",
          "indirect", "Hemi Walters", "Hemi Walters"),
        Q("“Members, especially younger ones, are looking for leaders who look and sound like them, and who still "
          "have dirt under their fingernails,”", "direct", "Walters", "Hemi Walters", speaker_at="Dr Walters said"),
    ]),
    Case("blind39-otago-rowing", '''North End eight ends 19-year wait for national title

TWIZEL: North End's premier men's eight claimed the club's first national title in 19 years at Lake Ruataniwha on Saturday, holding off a fast-finishing Waikato crew by just 0.6sec.

A gusty nor'west crosswind delayed racing by nearly two hours, and the final was eventually rowed in choppy water late in the afternoon.

"It was brutal out there," stroke Te Ariki Pōhatu said, "but we knew if we were still in touch at the 1500m mark, we'd have them."

Pōhatu, a 22-year-old physical education student at the University of Otago, said the crew had trained at 5am on Otago Harbour "through the whole winter, in the dark and the hail".

Coach Mere Tautahi was in tears on the bank.

"These boys have given up so much for this," she said. "Nobody outside the club believed in them, and honestly, I'm not sure they always believed in themselves."

She said three of the crew had been invited to a national under-23 trial at Lake Karapiro next month.

Waikato coach Russell Ngata said his crew had "left it too late" after a poor start. "We had the boat speed, we just didn't have the first 500," he said. "Credit to North End, they rowed a smart race."

Rowing New Zealand head of performance Nathan de Villiers, who watched from the finish tower, described the depth of club rowing as "the best it has been in a decade".

In the women's premier double sculls, Otago's Sophie Tan and Lucy van Asch finished fourth after leading at the halfway mark.

"We went out hard and paid for it," van Asch said. "But that's racing. We'll learn from it."

According to regatta organisers, more than 1800 rowers from 62 clubs competed over the five days, a record for the championships.

The crew will be welcomed home at the North End sheds in Dunedin on Monday evening, Tautahi said.''', [
        Q('"It was brutal out there,"', "direct", "Te Ariki Pōhatu", "Te Ariki Pōhatu"),
        Q('"but we knew if we were still in touch at the 1500m mark, we\'d have them."', "direct", "Te Ariki Pōhatu",
          "Te Ariki Pōhatu"),
        Q('"through the whole winter, in the dark and the hail"', "partial", "Pōhatu", "Te Ariki Pōhatu",
          speaker_at="Pōhatu, a 22-year-old"),
        Q('"These boys have given up so much for this,"', "direct", "she", "Mere Tautahi",
          speaker_at='this," she said'),
        Q('"Nobody outside the club believed in them, and honestly, I\'m not sure they always believed in '
          'themselves."', "direct", "she", "Mere Tautahi", speaker_at='this," she said'),
        Q("three of the crew had been invited to a national under-23 trial at Lake Karapiro next month", "indirect",
          "She", "Mere Tautahi", speaker_at="She said three"),
        Q('"left it too late"', "partial", "Russell Ngata", "Russell Ngata"),
        Q('"We had the boat speed, we just didn\'t have the first 500,"', "direct", "he", "Russell Ngata",
          speaker_at='500," he said'),
        Q('"Credit to North End, they rowed a smart race."', "direct", "he", "Russell Ngata",
          speaker_at='500," he said'),
        Q('"the best it has been in a decade"', "partial", "Nathan de Villiers", "Nathan de Villiers"),
        Q('"We went out hard and paid for it,"', "direct", "van Asch", "Lucy van Asch", speaker_at="van Asch said"),
        Q('"But that\'s racing. We\'ll learn from it."', "direct", "van Asch", "Lucy van Asch",
          speaker_at="van Asch said"),
        Q("more than 1800 rowers from 62 clubs competed over the five days, a record for the championships",
          "indirect", "regatta organisers", None),
        Q("The crew will be welcomed home at the North End sheds in Dunedin on Monday evening", "indirect", "Tautahi",
          "Mere Tautahi", speaker_at="evening, Tautahi said"),
    ]),
    Case("blind39-ghost-wildfire", """Evacuation order issued as wildfire northwest of Calgary doubles in size

An out-of-control wildfire in the Ghost River area northwest of Calgary more than doubled in size overnight, forcing about 1,200 people from their homes and triggering a provincial emergency alert early Sunday.

Alberta Wildfire said the blaze, believed to have been sparked by lightning on Friday, had grown to about 4,300 hectares by 10 a.m.

“We saw extreme fire behaviour yesterday afternoon, with the fire crowning and spotting up to a kilometre ahead of the main front,” said Mélanie Côté-Lavoie, an information officer with the agency. “Crews are doing everything they can, but with these winds there’s only so much you can do on the ground.”

The Municipal District of Bighorn issued a mandatory evacuation order for the summer village of Ghost Lake and surrounding acreages late Saturday.

“If you’re told to go, go. Don’t wait until you can see the flames,” Reeve Harold Vandenberg told a news conference at an evacuation centre set up in Cochrane.

Chief Lorraine Many Grey Horses of the Bearspaw First Nation said about 300 members of the nation had been moved to hotels in Calgary. She said elders were especially worried about the smoke.

“Some of our elders have lived through a lot of fires, but they tell me this one feels different,” she said.

At the Cochrane evacuation centre, retired teacher Doug Pilkington, 71, said he had “about 10 minutes” to grab his photo albums, his medication and his dog before RCMP officers knocked on his door.

“You just stand there in your kitchen and think, what do I actually need?” he said. “It’s a strange feeling, deciding what your life fits into.”

Environment Canada meteorologist Gurpreet Singh Dhillon said a cold front expected Monday could bring some rain but also stronger, shifting winds.

“It’s a double-edged sword for the crews,” he said.

The City of Calgary said it was monitoring smoke conditions and that people with respiratory conditions should limit their time outdoors.

— With files from The Canadian Press""", [
        Q("the blaze, believed to have been sparked by lightning on Friday, had grown to about 4,300 hectares by "
          "10 a.m.", "indirect", "Alberta Wildfire", "Alberta Wildfire"),
        Q("“We saw extreme fire behaviour yesterday afternoon, with the fire crowning and spotting up to a kilometre "
          "ahead of the main front,”", "direct", "Mélanie Côté-Lavoie", "Mélanie Côté-Lavoie"),
        Q("“Crews are doing everything they can, but with these winds there’s only so much you can do on the "
          "ground.”", "direct", "Mélanie Côté-Lavoie", "Mélanie Côté-Lavoie"),
        Q("“If you’re told to go, go. Don’t wait until you can see the flames,”", "direct", "Harold Vandenberg",
          "Harold Vandenberg"),
        Q("about 300 members of the nation had been moved to hotels in Calgary", "indirect",
          "Lorraine Many Grey Horses", "Lorraine Many Grey Horses"),
        Q("elders were especially worried about the smoke", "indirect", "She", "Lorraine Many Grey Horses",
          speaker_at="She said elders"),
        Q("“Some of our elders have lived through a lot of fires, but they tell me this one feels different,”",
          "direct", "she", "Lorraine Many Grey Horses", speaker_at="different,” she said"),
        Q("“about 10 minutes”", "partial", "Doug Pilkington", "Doug Pilkington"),
        Q("“You just stand there in your kitchen and think, what do I actually need?”", "direct", "he",
          "Doug Pilkington", speaker_at="need?” he said"),
        Q("“It’s a strange feeling, deciding what your life fits into.”", "direct", "he", "Doug Pilkington",
          speaker_at="need?” he said"),
        Q("a cold front expected Monday could bring some rain but also stronger, shifting winds", "indirect",
          "Gurpreet Singh Dhillon", "Gurpreet Singh Dhillon"),
        Q("“It’s a double-edged sword for the crews,”", "direct", "he", "Gurpreet Singh Dhillon",
          speaker_at="crews,” he said"),
        Q("it was monitoring smoke conditions and that people with respiratory conditions should limit their time "
          "outdoors", "indirect", "The City of Calgary", "City of Calgary"),
    ]),
    Case("blind39-muhimbili-strike", '''Junior doctors down tools at Muhimbili over unpaid allowances

Dar es Salaam. Services at Muhimbili National Hospital were disrupted yesterday as hundreds of intern and junior doctors went on strike, demanding payment of allowances that have been outstanding for seven months.

The Citizen found long queues at the outpatient department, with some patients saying they had waited since dawn without being attended to.

The Medical Association of Tanganyika (MAT) said the strike was a last resort after several letters to the Ministry of Health went unanswered.

"We are not doing this to punish patients. We are doing this because young doctors cannot afford rent, transport or even food," MAT president Dr Mwanaidi Salum Kassim told reporters at the association's offices in Upanga.

"Some of our interns are sleeping in the hospital because they cannot pay for a room. How can a doctor who has not eaten properly be expected to work a 36-hour shift?"

According to MAT, there are about 1,400 interns in public hospitals countrywide, and at least 600 of them have not received their allowances since January.

The Permanent Secretary in the Ministry of Health, Prof Joseph Mhando, told The Citizen that the government had already released Sh2.1 billion to cover part of the arrears and that the balance would be paid before the end of the month.

He urged the striking doctors to return to work "for the sake of wananchi", saying the government "has heard their cry".

"The government is not ignoring them. The money is there, but the verification process takes time," Prof Mhando said.

Muhimbili's executive director, Dr Hamisi Juma Chande, said specialists and consultants had been redeployed to cover emergency and maternity services. "No patient in critical condition has been turned away," he said.

Rehema Athumani, who had travelled from Morogoro with her 12-year-old son for a heart clinic appointment, said she had been told to come back next week.

"I have spent all my money on the bus fare. Where will I sleep until then?" she asked.

This is the second doctors' strike in Tanzania in three years. In 2022, interns at several regional referral hospitals boycotted work for five days over the same issue.''', [
        Q("they had waited since dawn without being attended to", "indirect", "some patients", None),
        Q("the strike was a last resort after several letters to the Ministry of Health went unanswered", "indirect",
          "The Medical Association of Tanganyika", "Medical Association of Tanganyika"),
        Q('"We are not doing this to punish patients. We are doing this because young doctors cannot afford rent, '
          'transport or even food,"', "direct", "Mwanaidi Salum Kassim", "Mwanaidi Salum Kassim"),
        Q('"Some of our interns are sleeping in the hospital because they cannot pay for a room. How can a doctor who '
          'has not eaten properly be expected to work a 36-hour shift?"', "direct", "Mwanaidi Salum Kassim",
          "Mwanaidi Salum Kassim"),
        Q("there are about 1,400 interns in public hospitals countrywide, and at least 600 of them have not received "
          "their allowances since January", "indirect", "MAT", "Medical Association of Tanganyika",
          speaker_at="According to MAT"),
        Q("that the government had already released Sh2.1 billion to cover part of the arrears and that the balance "
          "would be paid before the end of the month", "indirect", "Joseph Mhando", "Joseph Mhando"),
        Q('"for the sake of wananchi"', "partial", "He", "Joseph Mhando", speaker_at="He urged"),
        Q('"has heard their cry"', "partial", "He", "Joseph Mhando", speaker_at="He urged"),
        Q('"The government is not ignoring them. The money is there, but the verification process takes time,"',
          "direct", "Mhando", "Joseph Mhando", speaker_at="Prof Mhando said"),
        Q("specialists and consultants had been redeployed to cover emergency and maternity services", "indirect",
          "Hamisi Juma Chande", "Hamisi Juma Chande"),
        Q('"No patient in critical condition has been turned away,"', "direct", "he", "Hamisi Juma Chande",
          speaker_at='away," he said'),
        Q("she had been told to come back next week", "indirect", "Rehema Athumani", "Rehema Athumani"),
        Q('"I have spent all my money on the bus fare. Where will I sleep until then?"', "direct", "she",
          "Rehema Athumani", speaker_at="she asked"),
    ]),
    Case("blind39-kogi-primary", """Kogi APC Primary: Ohiare-Yusuf Clinches Governorship Ticket as Rival Cries Foul

Senator Abubakar Ohiare-Yusuf has emerged as the governorship candidate of the All Progressives Congress (APC) in Kogi State after polling 2,741 votes at the party’s primary held in Lokoja on Saturday.

The chairman of the primary election committee, Governor Ibrahim Danjuma, who announced the result in the early hours of yesterday, said the exercise had been “free, fair and transparent”.

Ohiare-Yusuf’s closest rival, Chief Emmanuel Onoja Adaji, scored 1,118 votes, while a former commissioner for women affairs, Hajiya Amina Bello-Salihu, polled 612.

In his acceptance speech, Ohiare-Yusuf thanked the delegates and extended an olive branch to the other aspirants.

“This victory is not mine alone. It belongs to every party member across the three senatorial districts of Kogi,” he said. “I am reaching out to my brothers and my sister who contested with me. Let us work together and deliver our great party in November.”

But Adaji rejected the outcome, alleging that the delegates’ list had been “doctored” hours before accreditation began.

“What happened in Lokoja was not a primary; it was a coronation,” Adaji told THISDAY on the telephone. “We will explore every avenue, including the courts, to reclaim our mandate.”

Bello-Salihu, the only woman in the race, said she accepted the result “in the interest of the party”, but called on its leadership to address “the marginalisation of women in Kogi politics”.

A party chieftain, who spoke on condition of anonymity, told THISDAY that the national leadership had made its preference known to delegates weeks before the primary.

Meanwhile, the Kogi State Police Command said 12 people were arrested after a group of youths attempted to disrupt the collation of results at the Confluence Stadium venue.

The command’s spokesperson, SP Ovye Aboki, said in a statement that the situation was brought under control within minutes and that normalcy had since returned to the state capital.

According to the Independent National Electoral Commission (INEC), the off-cycle governorship election in Kogi will hold on November 8.""", [
        Q("“free, fair and transparent”", "partial", "Ibrahim Danjuma", "Ibrahim Danjuma"),
        Q("“This victory is not mine alone. It belongs to every party member across the three senatorial districts of "
          "Kogi,”", "direct", "he", "Abubakar Ohiare-Yusuf", speaker_at="Kogi,” he said"),
        Q("“I am reaching out to my brothers and my sister who contested with me. Let us work together and deliver our "
          "great party in November.”", "direct", "he", "Abubakar Ohiare-Yusuf", speaker_at="Kogi,” he said"),
        Q("“doctored”", "partial", "Adaji", "Emmanuel Onoja Adaji", speaker_at="But Adaji rejected"),
        Q("“What happened in Lokoja was not a primary; it was a coronation,”", "direct", "Adaji",
          "Emmanuel Onoja Adaji", speaker_at="Adaji told THISDAY"),
        Q("“We will explore every avenue, including the courts, to reclaim our mandate.”", "direct", "Adaji",
          "Emmanuel Onoja Adaji", speaker_at="Adaji told THISDAY"),
        Q("“in the interest of the party”", "partial", "Bello-Salihu", "Amina Bello-Salihu",
          speaker_at="Bello-Salihu, the only"),
        Q("“the marginalisation of women in Kogi politics”", "partial", "Bello-Salihu", "Amina Bello-Salihu",
          speaker_at="Bello-Salihu, the only"),
        Q("that the national leadership had made its preference known to delegates weeks before the primary",
          "indirect", "A party chieftain", None),
        Q("12 people were arrested after a group of youths attempted to disrupt the collation of results at the "
          "Confluence Stadium venue", "indirect", "the Kogi State Police Command", "Kogi State Police Command"),
        Q("that the situation was brought under control within minutes and that normalcy had since returned to the "
          "state capital", "indirect", "Ovye Aboki", "Ovye Aboki"),
        Q("the off-cycle governorship election in Kogi will hold on November 8", "indirect",
          "the Independent National Electoral Commission", "Independent National Electoral Commission"),
    ]),
    Case("blind39-pmb-taxi-strike", '''Taxi strike leaves thousands of Pietermaritzburg commuters stranded

Thousands of commuters in Pietermaritzburg were left stranded on Monday as minibus taxi operators blocked major routes into the city centre in protest against the impounding of their vehicles by municipal traffic officers.

Taxis were parked across Edendale Road and Church Street from about 5am, and police used rubber bullets to disperse a group of drivers who had set tyres alight near the Market Square taxi rank.

"We are tired of being treated like criminals," said Mlungisi Ngcobo, spokesperson for the South African National Taxi Council (Santaco) in the Midlands region. "Our members pay for permits, they pay for licences, and then the municipality takes their taxis over a missing sticker and charges R8 000 to release them."

Ngcobo said the council had written to Msunduzi Municipality three times since February without receiving a reply.

Thandeka Mbatha, a cashier at a supermarket in the CBD, said she had walked for almost two hours from Imbali.

"My manager doesn't care about a strike. If I am late again, I will lose my job," she told The Witness.

Msunduzi municipal spokesperson Thobeka Zondi said the municipality would "not be held to ransom". She said vehicles were only impounded when they were unroadworthy or operating without valid permits.

"The mayor has invited the taxi leadership to a meeting on Wednesday. We believe dialogue is the only way forward," Zondi said.

Police spokesperson Captain Kamini Pillay confirmed that five people had been arrested for public violence and would appear in the Pietermaritzburg Magistrate's Court on Wednesday.

Pietermaritzburg and Midlands Chamber of Business CEO Pieter van der Westhuizen estimated that the shutdown had cost the local economy "tens of millions of rand" in a single day.

"Every time this happens, businesses lose trade, workers lose wages and investors lose confidence in the city," he said.

The KwaZulu-Natal Department of Education said several schools in Edendale and Imbali had sent pupils home early because many teachers had been unable to get to work.

By late afternoon a handful of taxis had returned to the Edendale route, but Ngcobo warned that the strike would continue "until the municipality comes to the table".''', [
        Q('"We are tired of being treated like criminals,"', "direct", "Mlungisi Ngcobo", "Mlungisi Ngcobo"),
        Q('"Our members pay for permits, they pay for licences, and then the municipality takes their taxis over a '
          'missing sticker and charges R8 000 to release them."', "direct", "Mlungisi Ngcobo", "Mlungisi Ngcobo"),
        Q("the council had written to Msunduzi Municipality three times since February without receiving a reply",
          "indirect", "Ngcobo", "Mlungisi Ngcobo", speaker_at="Ngcobo said the council"),
        Q("she had walked for almost two hours from Imbali", "indirect", "Thandeka Mbatha", "Thandeka Mbatha"),
        Q('"My manager doesn\'t care about a strike. If I am late again, I will lose my job,"', "direct", "she",
          "Thandeka Mbatha", speaker_at="she told The Witness"),
        Q('"not be held to ransom"', "partial", "Thobeka Zondi", "Thobeka Zondi"),
        Q("vehicles were only impounded when they were unroadworthy or operating without valid permits", "indirect",
          "She", "Thobeka Zondi", speaker_at="She said vehicles"),
        Q('"The mayor has invited the taxi leadership to a meeting on Wednesday. We believe dialogue is the only way '
          'forward,"', "direct", "Zondi", "Thobeka Zondi", speaker_at='forward," Zondi said'),
        Q("that five people had been arrested for public violence and would appear in the Pietermaritzburg "
          "Magistrate's Court on Wednesday", "indirect", "Kamini Pillay", "Kamini Pillay"),
        Q('"tens of millions of rand"', "partial", "Pieter van der Westhuizen", "Pieter van der Westhuizen"),
        Q('"Every time this happens, businesses lose trade, workers lose wages and investors lose confidence in the '
          'city,"', "direct", "he", "Pieter van der Westhuizen", speaker_at='city," he said'),
        Q("several schools in Edendale and Imbali had sent pupils home early because many teachers had been unable to "
          "get to work", "indirect", "The KwaZulu-Natal Department of Education",
          "KwaZulu-Natal Department of Education"),
        Q('"until the municipality comes to the table"', "partial", "Ngcobo", "Mlungisi Ngcobo",
          speaker_at="but Ngcobo warned"),
    ]),
    Case("blind39-harare-typhoid", """Typhoid cases rise to 143 in Harare

The number of suspected typhoid cases in Harare has risen to 143, with two deaths recorded since the outbreak was reported a fortnight ago, the Ministry of Health and Child Care said yesterday.

In its latest situation report, the ministry said 27 of the cases had been confirmed through laboratory tests and that most patients were from Kuwadzana and Budiriro suburbs.

Health and Child Care Minister Dr Constance Mudzingwa, who toured Kuwadzana Polyclinic yesterday, said Government had deployed rapid response teams to the affected areas.

“We have enough antibiotics, and treatment is free at all public health facilities,” she said. “I urge anyone with a persistent fever, headache or stomach pains to seek treatment early and not to rely on home remedies.”

Dr Mudzingwa said the outbreak had been linked to contaminated shallow wells and burst sewer pipes.

City of Harare health services director Dr Farai Nyamayaro told The Herald that council had closed 11 unsafe wells and was distributing water treatment tablets door-to-door under its “Clean City, Healthy City” campaign.

He described the situation as “under control but still worrying”, particularly with the rainy season approaching.

Residents blamed erratic water supplies for the outbreak.

“We last had tap water in August. We buy water from vendors and we do not know where it comes from,” said Mrs Shamiso Mutasa of Budiriro 5, whose two children were treated at the polyclinic last week.

Another resident, who declined to be named, said council trucks had delivered water to the area only twice in three months.

Harare Water director Engineer Tatenda Gumbo said the city was pumping “far below” demand because of power cuts at the Morton Jaffray treatment plant. He promised that supplies to the western suburbs would improve “within the next two weeks”.

According to the World Health Organisation, typhoid is spread through food or water contaminated by the faeces of an infected person, and can be fatal if not treated promptly.""", [
        Q("The number of suspected typhoid cases in Harare has risen to 143, with two deaths recorded since the "
          "outbreak was reported a fortnight ago", "indirect", "the Ministry of Health and Child Care",
          "Ministry of Health and Child Care"),
        Q("27 of the cases had been confirmed through laboratory tests and that most patients were from Kuwadzana and "
          "Budiriro suburbs", "indirect", "the ministry", "Ministry of Health and Child Care"),
        Q("Government had deployed rapid response teams to the affected areas", "indirect", "Constance Mudzingwa",
          "Constance Mudzingwa"),
        Q("“We have enough antibiotics, and treatment is free at all public health facilities,”", "direct", "she",
          "Constance Mudzingwa", speaker_at="facilities,” she said"),
        Q("“I urge anyone with a persistent fever, headache or stomach pains to seek treatment early and not to rely "
          "on home remedies.”", "direct", "she", "Constance Mudzingwa", speaker_at="facilities,” she said"),
        Q("the outbreak had been linked to contaminated shallow wells and burst sewer pipes", "indirect", "Mudzingwa",
          "Constance Mudzingwa", speaker_at="Dr Mudzingwa said"),
        Q("that council had closed 11 unsafe wells and was distributing water treatment tablets door-to-door under its "
          "“Clean City, Healthy City” campaign", "indirect", "Farai Nyamayaro", "Farai Nyamayaro"),
        Q("“under control but still worrying”", "partial", "He", "Farai Nyamayaro", speaker_at="He described"),
        Q("“We last had tap water in August. We buy water from vendors and we do not know where it comes from,”",
          "direct", "Shamiso Mutasa", "Shamiso Mutasa"),
        Q("council trucks had delivered water to the area only twice in three months", "indirect", "Another resident",
          None),
        Q("“far below”", "partial", "Tatenda Gumbo", "Tatenda Gumbo"),
        Q("“within the next two weeks”", "partial", "He", "Tatenda Gumbo", speaker_at="He promised"),
        Q("typhoid is spread through food or water contaminated by the faeces of an infected person, and can be fatal "
          "if not treated promptly", "indirect", "the World Health Organisation", "World Health Organisation"),
    ]),
    Case("blind39-sharjah-gallery", """Sharjah’s Bait Al Nakhuda gallery reopens after three-year restoration

DUBAI: One of Sharjah’s oldest art spaces, Bait Al Nakhuda Gallery, reopened to the public on Saturday after a three-year restoration of the 1940s pearl merchant’s house that is its home.

Sheikha Noor bint Saqr Al Qasimi, chair of the Sharjah Heritage and Arts Foundation (SHAF), which runs the gallery, said the building had been restored “stone by stone” using coral stone, gypsum and mangrove timber.

“This house was built by people who dived for pearls and traded across the Gulf. We wanted to give it back to the city not as a museum piece, but as a living place where artists work and people gather,” she told Arab News.

According to SHAF, more than 60 craftsmen, many of them from families of masons who worked in Sharjah’s old town, were involved in the project.

The reopening exhibition, “Salt and Memory,” brings together 40 works by artists from the UAE, Saudi Arabia, Oman and Bahrain.

Its French curator, Jean-Luc de Montmorency, said the show explored “how the sea shaped the imagination of the Gulf, long before oil.”

Saudi artist Dr. Laila Al-Harbi, whose textile installation fills the gallery’s central courtyard, said she had been inspired by her grandmother’s stories of Jeddah’s old port.

“She used to say that the sea gives and the sea takes,” Al-Harbi said. “I wanted visitors to feel both things at once — the generosity and the loss.”

Egyptian-born painter Hassan Abdel-Rahman El Sayed called the restoration “a gift to every artist in the region.”

The gallery was formally inaugurated by Sheikh Majid bin Rashid Al Mualla, who said the project showed that “heritage is not something behind us, but something we carry forward.”

Among the first visitors was Emirati student Mariam Obaid, 21, who came with her grandparents. “My grandfather recognized the doors. He said his uncle used to sell dates to the family who lived here,” she said, laughing.

The gallery will be open daily except Mondays, with free entry until the end of the year, the foundation said.""", [
        Q("“stone by stone”", "partial", "Noor bint Saqr Al Qasimi", "Noor bint Saqr Al Qasimi"),
        Q("“This house was built by people who dived for pearls and traded across the Gulf. We wanted to give it back "
          "to the city not as a museum piece, but as a living place where artists work and people gather,”", "direct",
          "she", "Noor bint Saqr Al Qasimi", speaker_at="she told Arab News"),
        Q("more than 60 craftsmen, many of them from families of masons who worked in Sharjah’s old town, were "
          "involved in the project", "indirect", "SHAF", "Sharjah Heritage and Arts Foundation",
          speaker_at="According to SHAF"),
        Q("“how the sea shaped the imagination of the Gulf, long before oil.”", "partial", "Jean-Luc de Montmorency",
          "Jean-Luc de Montmorency"),
        Q("she had been inspired by her grandmother’s stories of Jeddah’s old port", "indirect", "Laila Al-Harbi",
          "Laila Al-Harbi"),
        Q("“She used to say that the sea gives and the sea takes,”", "direct", "Al-Harbi", "Laila Al-Harbi",
          speaker_at="Al-Harbi said"),
        Q("“I wanted visitors to feel both things at once — the generosity and the loss.”", "direct", "Al-Harbi",
          "Laila Al-Harbi", speaker_at="Al-Harbi said"),
        Q("“a gift to every artist in the region.”", "partial", "Hassan Abdel-Rahman El Sayed",
          "Hassan Abdel-Rahman El Sayed"),
        Q("“heritage is not something behind us, but something we carry forward.”", "partial",
          "Majid bin Rashid Al Mualla", "Majid bin Rashid Al Mualla"),
        Q("“My grandfather recognized the doors. He said his uncle used to sell dates to the family who lived here,”",
          "direct", "she", "Mariam Obaid", speaker_at="she said, laughing"),
        Q("The gallery will be open daily except Mondays, with free entry until the end of the year", "indirect",
          "the foundation", "Sharjah Heritage and Arts Foundation"),
    ]),
    Case("blind39-kl-tax-trial", '''Tycoon's tax trial: IRB officer says RM38mil in income went undeclared

KUALA LUMPUR: Property tycoon Tan Sri Lim Kok Wah failed to declare more than RM38mil in income over four years of assessment, an Inland Revenue Board (LHDN) investigating officer, Wan Mohd Faizal Wan Ismail, told the High Court yesterday.

Testifying on the third day of the trial, Wan Mohd Faizal, 44, said the sums had been traced to 31 payments from two companies in Labuan and Hong Kong, which were credited into the personal accounts of the accused between 2017 and 2020.

"Based on our analysis of the bank statements, these payments were income and should have been declared in his returns," he said during examination-in-chief by deputy public prosecutor Nur Aisyah Mohd Fauzi.

Lim, 67, the founder of Wahseng Holdings Bhd, faces four charges under Section 114(1)(a) of the Income Tax Act 1967 of wilfully evading tax by omitting income from his returns. He has pleaded not guilty.

Under cross-examination, defence counsel Datuk Rajesh Kumar Subramaniam suggested that the payments were loans from a family member and not income.

"I disagree. There were no loan agreements, and no repayments were ever recorded," the witness replied.

"Did your team ever speak to Lim Kok Seng, who made these transfers?" Rajesh asked, referring to the accused's younger brother, who lives in Hong Kong.

Wan Mohd Faizal said investigators had written to Lim Kok Seng twice in 2022 but had not received a response.

Justice Datuk Zainal Abidin Kamarudin reminded both parties that the court had set aside only 10 days for the trial.

"I would like to finish with the prosecution's witnesses by Friday, so please keep your questions focused," he said.

Speaking to reporters outside the courtroom, Rajesh said his client was "confident of clearing his name".

If convicted, Lim faces a fine of between RM1,000 and RM20,000, up to three years in jail, or both, and a penalty of treble the amount of tax undercharged.

The trial continues today.''', [
        Q("Property tycoon Tan Sri Lim Kok Wah failed to declare more than RM38mil in income over four years of "
          "assessment", "indirect", "Wan Mohd Faizal Wan Ismail", "Wan Mohd Faizal Wan Ismail"),
        Q("the sums had been traced to 31 payments from two companies in Labuan and Hong Kong, which were credited "
          "into the personal accounts of the accused between 2017 and 2020", "indirect", "Wan Mohd Faizal",
          "Wan Mohd Faizal Wan Ismail", speaker_at="Wan Mohd Faizal, 44"),
        Q('"Based on our analysis of the bank statements, these payments were income and should have been declared in '
          'his returns,"', "direct", "he", "Wan Mohd Faizal Wan Ismail", speaker_at='returns," he said'),
        Q("that the payments were loans from a family member and not income", "indirect", "Rajesh Kumar Subramaniam",
          "Rajesh Kumar Subramaniam"),
        Q('"I disagree. There were no loan agreements, and no repayments were ever recorded,"', "direct",
          "the witness", "Wan Mohd Faizal Wan Ismail"),
        Q('"Did your team ever speak to Lim Kok Seng, who made these transfers?"', "direct", "Rajesh",
          "Rajesh Kumar Subramaniam", speaker_at="Rajesh asked"),
        Q("investigators had written to Lim Kok Seng twice in 2022 but had not received a response", "indirect",
          "Wan Mohd Faizal", "Wan Mohd Faizal Wan Ismail", speaker_at="Wan Mohd Faizal said investigators"),
        Q("that the court had set aside only 10 days for the trial", "indirect", "Zainal Abidin Kamarudin",
          "Zainal Abidin Kamarudin"),
        Q('"I would like to finish with the prosecution\'s witnesses by Friday, so please keep your questions '
          'focused,"', "direct", "he", "Zainal Abidin Kamarudin", speaker_at='focused," he said'),
        Q('"confident of clearing his name"', "partial", "Rajesh", "Rajesh Kumar Subramaniam",
          speaker_at="Rajesh said his client"),
    ]),
    Case("blind39-preyveng-h5n1", """Prey Veng girl, 9, dies of H5N1 bird flu

A nine-year-old girl from Prey Veng province has died of H5N1 avian influenza, the Ministry of Health said on Monday, making her the fourth person to die of the disease in Cambodia this year.

In a statement, the ministry said the girl developed a fever, cough and shortness of breath on July 20 and died at the National Paediatric Hospital in Phnom Penh on Sunday, a day after her samples tested positive at the Institut Pasteur du Cambodge.

The ministry added that chickens and ducks at the girl’s home in Kampong Trabek district had died in the days before she fell ill, and that the family had cooked and eaten some of the sick birds.

Like most rural households, the family kept a small “backyard” flock that roamed freely between the houses.

Prey Veng provincial health department director Sok Chanthy told The Post that 23 people, including the girl’s parents and two siblings, had been tested, and that none had shown symptoms so far.

“We are watching them very closely for 14 days. So far, everyone is fine,” he said.

Ministry spokesman Keo Sothearith said people should not touch or eat sick or dead poultry and should report unusual bird deaths to their village chief immediately.

“Many families still think it is a waste to throw away a sick chicken. That belief is costing lives,” Sothearith said.

Dr Marie-Claire Dufresne, head of virology at the Institut Pasteur du Cambodge, said genetic sequencing showed the virus belonged to a strain that has circulated in Cambodian poultry for several years.

“There is no evidence of human-to-human transmission at this stage,” she said.

Neighbour Sam Sreymom, 45, said dozens of chickens in the village had died over the past month. “We thought it was the heat. Nobody told us it could be dangerous,” she said.

According to the World Health Organization, Cambodia has reported more than 70 human cases of H5N1 since the virus was first detected in the country in 2005.""", [
        Q("A nine-year-old girl from Prey Veng province has died of H5N1 avian influenza", "indirect",
          "the Ministry of Health", "Ministry of Health"),
        Q("the girl developed a fever, cough and shortness of breath on July 20 and died at the National Paediatric "
          "Hospital in Phnom Penh on Sunday, a day after her samples tested positive at the Institut Pasteur du "
          "Cambodge", "indirect", "the ministry", "Ministry of Health", speaker_at="the ministry said the girl"),
        Q("that chickens and ducks at the girl’s home in Kampong Trabek district had died in the days before she fell "
          "ill, and that the family had cooked and eaten some of the sick birds", "indirect", "The ministry",
          "Ministry of Health", speaker_at="The ministry added"),
        Q("that 23 people, including the girl’s parents and two siblings, had been tested, and that none had shown "
          "symptoms so far", "indirect", "Sok Chanthy", "Sok Chanthy"),
        Q("“We are watching them very closely for 14 days. So far, everyone is fine,”", "direct", "he", "Sok Chanthy",
          speaker_at="fine,” he said"),
        Q("people should not touch or eat sick or dead poultry and should report unusual bird deaths to their village "
          "chief immediately", "indirect", "Keo Sothearith", "Keo Sothearith"),
        Q("“Many families still think it is a waste to throw away a sick chicken. That belief is costing lives,”",
          "direct", "Sothearith", "Keo Sothearith", speaker_at="lives,” Sothearith said"),
        Q("genetic sequencing showed the virus belonged to a strain that has circulated in Cambodian poultry for "
          "several years", "indirect", "Marie-Claire Dufresne", "Marie-Claire Dufresne"),
        Q("“There is no evidence of human-to-human transmission at this stage,”", "direct", "she",
          "Marie-Claire Dufresne", speaker_at="stage,” she said"),
        Q("dozens of chickens in the village had died over the past month", "indirect", "Sam Sreymom", "Sam Sreymom"),
        Q("“We thought it was the heat. Nobody told us it could be dangerous,”", "direct", "she", "Sam Sreymom",
          speaker_at="dangerous,” she said"),
        Q("Cambodia has reported more than 70 human cases of H5N1 since the virus was first detected in the country in "
          "2005", "indirect", "the World Health Organization", "World Health Organization"),
    ]),
    Case("blind39-cowan-creek-poet", '''Cowan Creek poet Loretta Sizemore Hall dies at 88

WHITESBURG - Loretta June Sizemore Hall, the coal miner's daughter whose poems about hollows, strip mines and kitchen tables won her readers far beyond the mountains, died Saturday at her home on Cowan Creek. She was 88.

Her son, Dwight Hall, said she died peacefully in her sleep "with the window cracked, so she could hear the creek."

Hall published nine collections of poetry, beginning with "Coal Dust Hymnal" in 1971. Her best-known poem, "What the Mountain Keeps," has been anthologized dozens of times and was read aloud on the floor of the Kentucky Senate in 2012.

She came of age during the "War on Poverty" years, when reporters and photographers poured into the county looking for pictures of hardship. In a 2009 interview with this newspaper, Hall said she started writing poems because she was tired of "other people telling our story wrong."

"Mom never thought of herself as famous," her son said. "People would drive up from Lexington or Nashville just to meet her, and she'd feed them supper and then put them to work stringing beans.

"She used to say a poem was just a way of paying attention. That's what she did her whole life. She paid attention."

The Rev. Earl Combs, pastor of Cowan Creek Missionary Baptist Church, where Hall taught Sunday school for more than 40 years, said she "wrote the way people around here talk, and never once apologized for it."

Dr. Nilufar Rahman, who teaches Appalachian literature at Berea College, called Hall "one of the great American voices of the last century, full stop."

"Her work gave a whole generation of mountain kids permission to write about their own lives," Rahman said. "I have students who found her books in their grandmother's house and said, that's us."

State Sen. Bobby Joe Collins, R-Whitesburg, said in a statement that the commonwealth had lost "a treasure and a truth-teller."

Hall was preceded in death by her husband of 51 years, Virgil Hall, a retired underground miner. In addition to her son, she is survived by a daughter, Wanda Hall Frazier of Jenkins, five grandchildren and three great-grandchildren.

Services will be held at 2 p.m. Wednesday at Cowan Creek Missionary Baptist Church, with burial to follow in the Sizemore family cemetery.''', [
        Q('"with the window cracked, so she could hear the creek."', "partial", "Dwight Hall", "Dwight Hall"),
        Q('"other people telling our story wrong."', "partial", "Hall", "Loretta June Sizemore Hall",
          speaker_at="Hall said she started"),
        Q('"Mom never thought of herself as famous,"', "direct", "her son", "Dwight Hall", speaker_at="her son said"),
        Q('"People would drive up from Lexington or Nashville just to meet her, and she\'d feed them supper and then '
          'put them to work stringing beans.', "direct", "her son", "Dwight Hall", speaker_at="her son said"),
        Q('"She used to say a poem was just a way of paying attention. That\'s what she did her whole life. She paid '
          'attention."', "direct", "her son", "Dwight Hall", speaker_at="her son said"),
        Q('"wrote the way people around here talk, and never once apologized for it."', "partial", "Earl Combs",
          "Earl Combs"),
        Q('"one of the great American voices of the last century, full stop."', "partial", "Nilufar Rahman",
          "Nilufar Rahman"),
        Q('"Her work gave a whole generation of mountain kids permission to write about their own lives,"', "direct",
          "Rahman", "Nilufar Rahman", speaker_at="Rahman said"),
        Q('"I have students who found her books in their grandmother\'s house and said, that\'s us."', "direct",
          "Rahman", "Nilufar Rahman", speaker_at="Rahman said"),
        Q('"a treasure and a truth-teller."', "partial", "Bobby Joe Collins", "Bobby Joe Collins"),
    ]),
]
