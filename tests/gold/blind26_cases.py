"""Blind gold, batch 26: short news articles written blind to the pretagger.

Wire copy and regional papers from many countries and house styles (curly and
straight double quotes, British single quotes), annotated with every direct,
partial and indirect quote and who said it. See gold_format.py for the format.
"""

from __future__ import annotations

from gold_format import Case, Q

CASES = [
    Case("blind26-typhoon", """Typhoon Sanvu kills 11 in central Vietnam, thousands flee floods

HANOI (AFP) - Typhoon Sanvu slammed into central Vietnam on Sunday, killing at least 11 people and forcing more than 200,000 from their homes as floodwaters swept through coastal towns, officials said.

The storm made landfall near the city of Quang Ngai before dawn with winds of up to 150 kilometres (93 miles) per hour, according to the National Centre for Hydro-Meteorological Forecasting.

\u201cThe rain has not stopped for thirty hours and the rivers are still rising,\u201d Nguyen Van Thanh, deputy head of the provincial disaster prevention committee, told AFP by telephone. \u201cWe are most worried about the villages along the Tra Khuc river.\u201d

Thanh said rescue teams had reached most stranded families by boat, but several hamlets in the hills remained cut off by landslides.

In Hoi An, the UNESCO-listed old town that draws millions of tourists each year, brown water reached the eaves of some shop-houses. Tran Thi Mai, 58, who sells silk lanterns near the Japanese Covered Bridge, said she had lost almost all her stock.

\u201cEvery year the water comes, but this year it came like a wall,\u201d she said, standing in knee-deep mud outside her shop. \u201cI don\u2019t know how we will start again.\u201d

Deputy Prime Minister Le Quang Vinh ordered the army to deploy helicopters and called on local authorities to take \u201cevery possible measure\u201d to prevent further loss of life.

State utility Vietnam Electricity said power had been cut to about 1.3 million households, and that it could take a week to restore supplies in the worst-hit areas.

The Vietnam Red Cross Society said it had released emergency funds and was distributing drinking water, rice and tarpaulins.

\u201cFamilies have lost their houses, their crops and their fishing boats in a single night,\u201d said Dang Thu Huong, the society\u2019s head of disaster response. \u201cThis is going to be a long recovery, and the next storm may already be on its way.\u201d

Vietnam is hit by around a dozen storms a year, and scientists say climate change is making them wetter and more destructive.

Forecasters said Sanvu had weakened into a tropical depression as it moved inland and would bring heavy rain to Laos and northeast Thailand on Monday.""", [
        Q("Typhoon Sanvu slammed into central Vietnam on Sunday, killing at least 11 people and forcing more than "
          "200,000 from their homes as floodwaters swept through coastal towns", "indirect", "officials", None),
        Q("The storm made landfall near the city of Quang Ngai before dawn with winds of up to 150 kilometres "
          "(93 miles) per hour", "indirect", "the National Centre for Hydro-Meteorological Forecasting",
          "National Centre for Hydro-Meteorological Forecasting"),
        Q("\u201cThe rain has not stopped for thirty hours and the rivers are still rising,\u201d", "direct",
          "Nguyen Van Thanh", "Nguyen Van Thanh"),
        Q("\u201cWe are most worried about the villages along the Tra Khuc river.\u201d", "direct",
          "Nguyen Van Thanh", "Nguyen Van Thanh"),
        Q("rescue teams had reached most stranded families by boat, but several hamlets in the hills remained cut "
          "off by landslides", "indirect", "Thanh", "Nguyen Van Thanh", speaker_at="Thanh said"),
        Q("she had lost almost all her stock", "indirect", "Tran Thi Mai", "Tran Thi Mai"),
        Q("\u201cEvery year the water comes, but this year it came like a wall,\u201d", "direct", "she",
          "Tran Thi Mai", speaker_at="she said, standing"),
        Q("\u201cI don\u2019t know how we will start again.\u201d", "direct", "she", "Tran Thi Mai",
          speaker_at="she said, standing"),
        Q("\u201cevery possible measure\u201d", "partial", "Le Quang Vinh", "Le Quang Vinh"),
        Q("power had been cut to about 1.3 million households, and that it could take a week to restore supplies "
          "in the worst-hit areas", "indirect", "Vietnam Electricity", "Vietnam Electricity"),
        Q("it had released emergency funds and was distributing drinking water, rice and tarpaulins", "indirect",
          "The Vietnam Red Cross Society", "Vietnam Red Cross Society"),
        Q("\u201cFamilies have lost their houses, their crops and their fishing boats in a single night,\u201d",
          "direct", "Dang Thu Huong", "Dang Thu Huong"),
        Q("\u201cThis is going to be a long recovery, and the next storm may already be on its way.\u201d", "direct",
          "Dang Thu Huong", "Dang Thu Huong"),
        Q("climate change is making them wetter and more destructive", "indirect", "scientists", None),
        Q("Sanvu had weakened into a tropical depression as it moved inland and would bring heavy rain to Laos and "
          "northeast Thailand on Monday", "indirect", "Forecasters", None),
    ], source="blind"),
    Case("blind26-mayor-trial", """Former Puerto Rico mayor goes on trial in hurricane kickback case

SAN JUAN, Puerto Rico (AP) \u2014 A former Puerto Rico mayor took more than $400,000 in cash, travel and home renovations from contractors in exchange for lucrative debris-removal deals after Hurricane Maria, federal prosecutors told jurors Tuesday as his corruption trial opened.

Jos\u00e9 Luis Rivera C\u00e1ceres, 61, who led the central mountain town of Orocovis for 16 years, has pleaded not guilty to bribery, conspiracy and money laundering charges. He resigned in 2022, three weeks after his arrest.

"This case is about a public servant who put his office up for sale," Assistant U.S. Attorney Marisol de Jes\u00fas Ortiz said in her opening statement. "The contractors paid, and the mayor delivered."

She told jurors they would hear secretly recorded conversations and see bank records showing cash deposits that matched withdrawals made by the contractors days earlier.

Defense attorney Ricardo V\u00e9lez-Ram\u00edrez said his client had been "set up" by a businessman desperate to save himself.

"The government's star witness is a man who stole from the people of Puerto Rico and then made a deal to stay out of prison," V\u00e9lez-Ram\u00edrez told the jury. "Ask yourselves why you should believe a single word he says."

The businessman, \u00c1ngel Luis Marrero Soto, pleaded guilty last year and is expected to testify next week. His attorney declined to comment.

The trial is the latest in a string of corruption cases that have shaken local government on the island. According to the U.S. Attorney's Office in San Juan, at least 11 current or former mayors have been charged with federal crimes since 2017.

Outside the federal courthouse in Hato Rey, about a dozen residents of Orocovis held hand-lettered signs demanding justice.

"We trusted him for 16 years," said Carmen Iris Santiago, a retired schoolteacher. "Whatever the jury decides, that trust is gone."

Rivera C\u00e1ceres did not speak to reporters as he entered the building with his wife, Nilda. During a break in proceedings, she told The Associated Press her husband was "at peace."

"He knows the truth will come out," she said.

Prosecutors said they expect to call about 30 witnesses over three weeks. If convicted, Rivera C\u00e1ceres faces up to 20 years in prison on the most serious count.""", [
        Q("A former Puerto Rico mayor took more than $400,000 in cash, travel and home renovations from contractors "
          "in exchange for lucrative debris-removal deals after Hurricane Maria", "indirect", "federal prosecutors",
          None),
        Q('"This case is about a public servant who put his office up for sale,"', "direct",
          "Marisol de Jes\u00fas Ortiz", "Marisol de Jes\u00fas Ortiz"),
        Q('"The contractors paid, and the mayor delivered."', "direct", "Marisol de Jes\u00fas Ortiz",
          "Marisol de Jes\u00fas Ortiz"),
        Q("they would hear secretly recorded conversations and see bank records showing cash deposits that matched "
          "withdrawals made by the contractors days earlier", "indirect", "She", "Marisol de Jes\u00fas Ortiz",
          speaker_at="She told jurors"),
        Q('"set up"', "partial", "Ricardo V\u00e9lez-Ram\u00edrez", "Ricardo V\u00e9lez-Ram\u00edrez"),
        Q("\"The government's star witness is a man who stole from the people of Puerto Rico and then made a deal "
          "to stay out of prison,\"", "direct", "V\u00e9lez-Ram\u00edrez", "Ricardo V\u00e9lez-Ram\u00edrez",
          speaker_at="V\u00e9lez-Ram\u00edrez told the jury"),
        Q('"Ask yourselves why you should believe a single word he says."', "direct", "V\u00e9lez-Ram\u00edrez",
          "Ricardo V\u00e9lez-Ram\u00edrez", speaker_at="V\u00e9lez-Ram\u00edrez told the jury"),
        Q("at least 11 current or former mayors have been charged with federal crimes since 2017", "indirect",
          "the U.S. Attorney's Office in San Juan", "U.S. Attorney's Office"),
        Q('"We trusted him for 16 years,"', "direct", "Carmen Iris Santiago", "Carmen Iris Santiago"),
        Q('"Whatever the jury decides, that trust is gone."', "direct", "Carmen Iris Santiago",
          "Carmen Iris Santiago"),
        Q('"at peace."', "partial", "she", "Nilda", speaker_at="she told The Associated Press"),
        Q('"He knows the truth will come out,"', "direct", "she", "Nilda", speaker_at="she said."),
        Q("they expect to call about 30 witnesses over three weeks", "indirect", "Prosecutors", None),
    ], source="blind"),
    Case("blind26-steelers", """Steelers edge Panthers in overtime thriller

Sheffield Steelers moved back to the top of the Elite League last night after a 4-3 overtime win over arch-rivals Nottingham Panthers in front of more than 8,000 fans at Utilita Arena.

Forward Jonas Ahlstr\u00f6m-Berg scored the winner two minutes and 41 seconds into the extra period, firing in off the crossbar after a slick pass from captain Tyler Kowalczyk.

\u2018I just shut my eyes and hit it,\u2019 laughed the Swede afterwards. \u2018Honestly, Tyler did all the hard work. I just had to be in the right place.\u2019

Steelers had led 3-1 going into the third period but allowed the Panthers back into the game with two goals in under four minutes, the second of them on a five-on-three power play.

Head coach Pieter van den Bosch admitted his side had switched off. \u2018We got comfortable, and you can\u2019t get comfortable against a team like that,\u2019 he said.

\u2018They punished us and we\u2019ve got to learn from it. But the character to come back and win it in overtime \u2013 that\u2019s what pleases me.\u2019

Van den Bosch said defenceman Ryan McAllister-Doyle, who left the ice in the second period clutching his shoulder, would be assessed by the medical staff today.

Panthers head coach Matt Ferraro described the officiating as \u2018inconsistent\u2019 but refused to blame the referees for the defeat.

\u2018We had enough chances to win it in regulation,\u2019 he told reporters. \u2018That\u2019s on us, not on anybody else.\u2019

Season ticket holder Dave Hinchliffe, 67, from Hillsborough, said it was \u2018the best game I\u2019ve seen in years\u2019.

\u2018The noise when that puck went in \u2013 I\u2019ll be hearing it till Christmas,\u2019 he added.

Steelers are back in action on Saturday when they host Cardiff Devils. The club confirmed that the game will be its annual \u2018Pink in the Rink\u2019 night, with players wearing specially designed jerseys that will be auctioned afterwards for breast cancer charities.""", [
        Q("\u2018I just shut my eyes and hit it,\u2019", "direct", "the Swede", "Jonas Ahlstr\u00f6m-Berg"),
        Q("\u2018Honestly, Tyler did all the hard work. I just had to be in the right place.\u2019", "direct",
          "the Swede", "Jonas Ahlstr\u00f6m-Berg"),
        Q("his side had switched off", "indirect", "Pieter van den Bosch", "Pieter van den Bosch"),
        Q("\u2018We got comfortable, and you can\u2019t get comfortable against a team like that,\u2019", "direct",
          "he", "Pieter van den Bosch", speaker_at="he said."),
        Q("\u2018They punished us and we\u2019ve got to learn from it. But the character to come back and win it in "
          "overtime \u2013 that\u2019s what pleases me.\u2019", "direct", "he", "Pieter van den Bosch",
          speaker_at="he said."),
        Q("defenceman Ryan McAllister-Doyle, who left the ice in the second period clutching his shoulder, would be "
          "assessed by the medical staff today", "indirect", "Van den Bosch", "Pieter van den Bosch"),
        Q("\u2018inconsistent\u2019", "partial", "Matt Ferraro", "Matt Ferraro"),
        Q("\u2018We had enough chances to win it in regulation,\u2019", "direct", "he", "Matt Ferraro",
          speaker_at="he told reporters"),
        Q("\u2018That\u2019s on us, not on anybody else.\u2019", "direct", "he", "Matt Ferraro",
          speaker_at="he told reporters"),
        Q("\u2018the best game I\u2019ve seen in years\u2019", "partial", "Dave Hinchliffe", "Dave Hinchliffe"),
        Q("\u2018The noise when that puck went in \u2013 I\u2019ll be hearing it till Christmas,\u2019", "direct", "he",
          "Dave Hinchliffe", speaker_at="he added"),
        Q("the game will be its annual \u2018Pink in the Rink\u2019 night, with players wearing specially designed "
          "jerseys that will be auctioned afterwards for breast cancer charities", "indirect", "The club",
          "Sheffield Steelers"),
    ], source="blind"),
    Case("blind26-townhill", """Plaid Cymru take Townhill seat from Labour by 37 votes

Plaid Cymru has taken a seat from Labour on Swansea Council for the first time in more than two decades after winning the Townhill by-election by just 37 votes.

Rhodri ap Gwilym, a 34-year-old youth worker who grew up on the estate, polled 812 votes to Labour's 775, with Reform UK third on 402. Turnout was 24.6 per cent, the council said.

Speaking at the count at the Guildhall in the early hours of Friday, Mr ap Gwilym said: 'People in Townhill have felt taken for granted for a long time. Tonight they've said enough is enough.'

He said his first priorities would be the state of the estate's roads and the planned closure of the branch library, a decision he called 'a disgrace'.

Labour candidate Si\u00e2n Price-Davies congratulated her opponent but said the result reflected national frustration rather than anything the council had done.

'We've knocked on every door in this ward and I'm proud of the campaign we ran,' she said. 'But people are angry about the cost of living, and tonight that anger landed on us.'

Council leader Dafydd Rees-Jenkins said Labour would 'listen and learn' from the defeat. The party still holds 45 of the council's 75 seats.

Reform UK's candidate, Carl Jenkins, said his vote showed the party was 'here to stay' in Swansea, while the Liberal Democrat and Green candidates both finished with fewer than 60 votes.

Dr Gwenllian Morgan, a politics lecturer at Swansea University, told the Evening Post that by-elections with low turnouts should be treated with caution.

'You can't read too much into one ward on a wet Thursday in November,' she said. 'But Labour will be looking at this one very carefully ahead of the Senedd election, because Townhill is exactly the kind of seat they can't afford to lose.'

The by-election was called following the death in August of long-serving Labour councillor Brian 'Tubby' Hopkins, who had represented the ward since 1999.

Mr ap Gwilym paid tribute to his predecessor, describing him as 'a proper community man'.""", [
        Q("Turnout was 24.6 per cent", "indirect", "the council", "Swansea Council", speaker_at="the council said"),
        Q("'People in Townhill have felt taken for granted for a long time. Tonight they've said enough is enough.'",
          "direct", "ap Gwilym", "Rhodri ap Gwilym", speaker_at="Mr ap Gwilym said"),
        Q("his first priorities would be the state of the estate's roads and the planned closure of the branch "
          "library", "indirect", "He", "Rhodri ap Gwilym", speaker_at="He said his"),
        Q("'a disgrace'", "partial", "he", "Rhodri ap Gwilym", speaker_at="he called"),
        Q("the result reflected national frustration rather than anything the council had done", "indirect",
          "Si\u00e2n Price-Davies", "Si\u00e2n Price-Davies"),
        Q("'We've knocked on every door in this ward and I'm proud of the campaign we ran,'", "direct", "she",
          "Si\u00e2n Price-Davies", speaker_at="she said. 'But people"),
        Q("'But people are angry about the cost of living, and tonight that anger landed on us.'", "direct", "she",
          "Si\u00e2n Price-Davies", speaker_at="she said. 'But people"),
        Q("'listen and learn'", "partial", "Dafydd Rees-Jenkins", "Dafydd Rees-Jenkins"),
        Q("'here to stay'", "partial", "Carl Jenkins", "Carl Jenkins"),
        Q("by-elections with low turnouts should be treated with caution", "indirect", "Gwenllian Morgan",
          "Gwenllian Morgan"),
        Q("'You can't read too much into one ward on a wet Thursday in November,'", "direct", "she",
          "Gwenllian Morgan", speaker_at="she said. 'But Labour"),
        Q("'But Labour will be looking at this one very carefully ahead of the Senedd election, because Townhill is "
          "exactly the kind of seat they can't afford to lose.'", "direct", "she", "Gwenllian Morgan",
          speaker_at="she said. 'But Labour"),
        Q("'a proper community man'", "partial", "ap Gwilym", "Rhodri ap Gwilym", speaker_at="Mr ap Gwilym paid"),
    ], source="blind"),
    Case("blind26-erris", """Erris Gaels end 41-year wait for Mayo senior title

Erris Gaels are Mayo senior football champions for the first time since 1983 after a pulsating 1-14 to 0-15 win over Moy Valley Rangers at MacHale Park on Sunday.

A 47th-minute goal from corner-forward Cathal \u00d3 M\u00e1ille proved decisive, and when referee Ciar\u00e1n Mac Donncha blew the final whistle the travelling supporters poured onto the pitch in their hundreds.

\u201cI\u2019m 33 and I honestly thought this day would never come,\u201d said joint-captain Se\u00e1n Mac Gearailt, his voice hoarse, after lifting the Paddy Moclair Cup. \u201cThis is for every man who wore the jersey and never got over the line. We carried them with us today.\u201d

Manager Fergal Gaughan said few people had given his side a chance after they were relegated from Division 1 of the league in the spring.

\u201cPeople wrote us off,\u201d he said, \u201cand fair enough, maybe they were right to at the time. But this group never stopped believing in each other, and I\u2019m so proud of them.\u201d

\u00d3 M\u00e1ille, a 21-year-old student at ATU Galway, said he had barely slept the night before the final. \u201cMam was lighting candles all week,\u201d he laughed. \u201cI\u2019d say she\u2019ll be lighting a few more tonight.\u201d

Moy Valley manager John-Paul Cafferkey was gracious in defeat. He told the Western People his players had \u201cemptied themselves\u201d and that the better team had won on the day.

\u201cWe\u2019ll lick our wounds and come back,\u201d he said. \u201cThat\u2019s what you do in Mayo.\u201d

According to the Mayo GAA county board, the attendance of 9,412 was the biggest for a county final in more than a decade.

Back in Belmullet, club chairwoman Br\u00edd N\u00ed Fhlatharta said the celebrations would continue until at least Wednesday. \u201cThe whole parish will be out,\u201d she said. \u201cWork can wait.\u201d

Parish priest Fr Tom Loftus, who has promised to ring the church bells when the team bus crosses the bridge into the town on Monday evening, called the win \u201ca small resurrection for the whole of Erris\u201d.

Erris Gaels will face the Galway champions in the Connacht club championship quarter-final on November 2.""", [
        Q("\u201cI\u2019m 33 and I honestly thought this day would never come,\u201d", "direct", "Se\u00e1n Mac Gearailt",
          "Se\u00e1n Mac Gearailt"),
        Q("\u201cThis is for every man who wore the jersey and never got over the line. We carried them with us "
          "today.\u201d", "direct", "Se\u00e1n Mac Gearailt", "Se\u00e1n Mac Gearailt"),
        Q("few people had given his side a chance after they were relegated from Division 1 of the league in the "
          "spring", "indirect", "Fergal Gaughan", "Fergal Gaughan"),
        Q("\u201cPeople wrote us off,\u201d", "direct", "he", "Fergal Gaughan", speaker_at="he said, \u201cand"),
        Q("\u201cand fair enough, maybe they were right to at the time. But this group never stopped believing in "
          "each other, and I\u2019m so proud of them.\u201d", "direct", "he", "Fergal Gaughan",
          speaker_at="he said, \u201cand"),
        Q("he had barely slept the night before the final", "indirect", "\u00d3 M\u00e1ille", "Cathal \u00d3 M\u00e1ille",
          speaker_at="\u00d3 M\u00e1ille, a 21-year-old"),
        Q("\u201cMam was lighting candles all week,\u201d", "direct", "he", "Cathal \u00d3 M\u00e1ille",
          speaker_at="he laughed"),
        Q("\u201cI\u2019d say she\u2019ll be lighting a few more tonight.\u201d", "direct", "he",
          "Cathal \u00d3 M\u00e1ille", speaker_at="he laughed"),
        Q("\u201cemptied themselves\u201d", "partial", "He", "John-Paul Cafferkey",
          speaker_at="He told the Western People"),
        Q("the better team had won on the day", "indirect", "He", "John-Paul Cafferkey",
          speaker_at="He told the Western People"),
        Q("\u201cWe\u2019ll lick our wounds and come back,\u201d", "direct", "he", "John-Paul Cafferkey",
          speaker_at="he said. \u201cThat\u2019s"),
        Q("\u201cThat\u2019s what you do in Mayo.\u201d", "direct", "he", "John-Paul Cafferkey",
          speaker_at="he said. \u201cThat\u2019s"),
        Q("the attendance of 9,412 was the biggest for a county final in more than a decade", "indirect",
          "the Mayo GAA county board", "Mayo GAA county board"),
        Q("the celebrations would continue until at least Wednesday", "indirect", "Br\u00edd N\u00ed Fhlatharta",
          "Br\u00edd N\u00ed Fhlatharta"),
        Q("\u201cThe whole parish will be out,\u201d", "direct", "she", "Br\u00edd N\u00ed Fhlatharta",
          speaker_at="she said"),
        Q("\u201cWork can wait.\u201d", "direct", "she", "Br\u00edd N\u00ed Fhlatharta", speaker_at="she said"),
        Q("\u201ca small resurrection for the whole of Erris\u201d", "partial", "Tom Loftus", "Tom Loftus"),
    ], source="blind"),
    Case("blind26-lepto", """Leptospirosis cases surge across North Queensland after floods

North Queensland has recorded 27 cases of leptospirosis since February's floods, more than the region would usually see in an entire year, health authorities say.

Townsville Public Health Unit director Dr Anjali Raghunathan-Scott said most patients had been infected while cleaning up flood-damaged homes or working in waterlogged paddocks and cane fields.

"Leptospirosis is spread through the urine of infected animals, particularly rats, and it thrives in exactly the conditions we've had," she said.

"If you've got cuts or scratches and you're wading through floodwater or mud, you're at risk."

Dr Raghunathan-Scott urged anyone with fever, a severe headache or muscle pain, particularly in the calves, to see a doctor and mention any contact with floodwater.

Eleven people have been admitted to hospital, four of them to intensive care, according to Queensland Health.

Ingham cane farmer Frank Di Bartolo, 52, spent nine days in Townsville University Hospital last month.

"I thought it was just the flu at first," he said. "By the time I got to hospital my kidneys were packing up. The doctors told me another day or two and it could've been a very different story."

Mr Di Bartolo said he had been clearing debris from drains on his property in shorts and thongs in the days after the water went down.

"I'll be wearing boots and gloves from now on, I can tell you that," he said.

Hinchinbrook Shire Mayor Mario Castagna said the council had begun handing out free gloves and gumboots at its Ingham and Halifax depots.

"We've had a lot of people, particularly older residents, who just want to get their homes back in order and aren't thinking about their own safety," Cr Castagna said.

A Queensland Health spokeswoman said there was no human vaccine for leptospirosis available in Australia, but the disease could be treated with antibiotics if caught early.

The region usually records about 10 cases a year, according to the department's notifiable disease data.""", [
        Q("North Queensland has recorded 27 cases of leptospirosis since February's floods, more than the region "
          "would usually see in an entire year", "indirect", "health authorities", None),
        Q("most patients had been infected while cleaning up flood-damaged homes or working in waterlogged paddocks "
          "and cane fields", "indirect", "Anjali Raghunathan-Scott", "Anjali Raghunathan-Scott",
          speaker_at="Dr Anjali Raghunathan-Scott"),
        Q("\"Leptospirosis is spread through the urine of infected animals, particularly rats, and it thrives in "
          "exactly the conditions we've had,\"", "direct", "she", "Anjali Raghunathan-Scott", speaker_at="she said"),
        Q("\"If you've got cuts or scratches and you're wading through floodwater or mud, you're at risk.\"",
          "direct", "she", "Anjali Raghunathan-Scott", speaker_at="she said"),
        Q("Eleven people have been admitted to hospital, four of them to intensive care", "indirect",
          "Queensland Health", "Queensland Health", speaker_at="according to Queensland Health"),
        Q('"I thought it was just the flu at first,"', "direct", "he", "Frank Di Bartolo",
          speaker_at='he said. "By'),
        Q("\"By the time I got to hospital my kidneys were packing up. The doctors told me another day or two and "
          "it could've been a very different story.\"", "direct", "he", "Frank Di Bartolo",
          speaker_at='he said. "By'),
        Q("he had been clearing debris from drains on his property in shorts and thongs in the days after the water "
          "went down", "indirect", "Di Bartolo", "Frank Di Bartolo", speaker_at="Mr Di Bartolo said"),
        Q("\"I'll be wearing boots and gloves from now on, I can tell you that,\"", "direct", "he",
          "Frank Di Bartolo", speaker_at='that," he said'),
        Q("the council had begun handing out free gloves and gumboots at its Ingham and Halifax depots", "indirect",
          "Mario Castagna", "Mario Castagna"),
        Q("\"We've had a lot of people, particularly older residents, who just want to get their homes back in "
          "order and aren't thinking about their own safety,\"", "direct", "Castagna", "Mario Castagna",
          speaker_at="Cr Castagna said"),
        Q("there was no human vaccine for leptospirosis available in Australia, but the disease could be treated "
          "with antibiotics if caught early", "indirect", "A Queensland Health spokeswoman", None),
        Q("The region usually records about 10 cases a year", "indirect", "the department's notifiable disease data",
          None),
    ], source="blind"),
    Case("blind26-broadcaster", """Voice of the Coast: broadcaster Matiu Kereama-Pohatu dies at 71

Tair\u0101whiti has lost one of its best-known voices. Broadcaster Matiu Kereama-Pohatu, who hosted breakfast radio in Gisborne for more than three decades, died at home on Tuesday surrounded by wh\u0101nau, his family said. He was 71.

Known to generations of listeners simply as \u201cUncle Matt\u201d, Kereama-Pohatu began his career in 1979 reading the death notices and the surf report on Radio Gisborne, before moving to Radio Ng\u0101ti Porou and later Turanga FM, where he presented the breakfast show \u201cM\u014drena Tair\u0101whiti\u201d for 24 years.

His daughter, Hine Kereama-Pohatu, said the family had been overwhelmed by messages from around the country and overseas.

\u201cDad talked to this region every morning for most of my life,\u201d she said. \u201cNow the region is talking back to him, and we are so grateful.\u201d

Turanga FM station manager Wiremu Brooking-Haapu described him as \u201cthe heartbeat of the station\u201d.

\u201cHe knew every farmer, every kuia and every surf break from Wairoa to Hicks Bay,\u201d Brooking-Haapu said. \u201cHe could pronounce every name properly, M\u0101ori or P\u0101keh\u0101, and he made a point of it. He used to say your name is the first gift your parents give you, so you\u2019d better get it right.\u201d

Gisborne Mayor Colin Te Maro said Kereama-Pohatu had been a calm voice during Cyclone Gabrielle, when power and phone lines were down for days and battery radios were many people\u2019s only link to the outside world.

\u201cPeople sat in the dark and listened to Matt,\u201d the mayor said. \u201cHe kept us together when we couldn\u2019t see each other.\u201d

Ng\u0101ti Porou leader Dr Aroha Te Hau-Mackey, who worked alongside him at Radio Ng\u0101ti Porou in the 1990s, told The Gisborne Herald he had \u201ca voice like warm bread and a laugh you could hear from Ruat\u014dria\u201d.

Kereama-Pohatu was made a Member of the New Zealand Order of Merit in 2015 for services to broadcasting and te reo M\u0101ori.

He will lie at Te Poho-o-R\u0101wiri Marae from Thursday. The Rev Hemi Walker-Ngata, who will lead the funeral service on Saturday, said it would be broadcast live on Turanga FM, \u201cbecause that\u2019s what Matt would have wanted\u201d.

He is survived by his wife Mere, three children and nine mokopuna.""", [
        Q("Broadcaster Matiu Kereama-Pohatu, who hosted breakfast radio in Gisborne for more than three decades, "
          "died at home on Tuesday surrounded by wh\u0101nau", "indirect", "his family", None),
        Q("the family had been overwhelmed by messages from around the country and overseas", "indirect",
          "Hine Kereama-Pohatu", "Hine Kereama-Pohatu"),
        Q("\u201cDad talked to this region every morning for most of my life,\u201d", "direct", "she",
          "Hine Kereama-Pohatu", speaker_at="she said"),
        Q("\u201cNow the region is talking back to him, and we are so grateful.\u201d", "direct", "she",
          "Hine Kereama-Pohatu", speaker_at="she said"),
        Q("\u201cthe heartbeat of the station\u201d", "partial", "Wiremu Brooking-Haapu", "Wiremu Brooking-Haapu"),
        Q("\u201cHe knew every farmer, every kuia and every surf break from Wairoa to Hicks Bay,\u201d", "direct",
          "Brooking-Haapu", "Wiremu Brooking-Haapu", speaker_at="Brooking-Haapu said"),
        Q("\u201cHe could pronounce every name properly, M\u0101ori or P\u0101keh\u0101, and he made a point of it. "
          "He used to say your name is the first gift your parents give you, so you\u2019d better get it "
          "right.\u201d", "direct", "Brooking-Haapu", "Wiremu Brooking-Haapu", speaker_at="Brooking-Haapu said"),
        Q("Kereama-Pohatu had been a calm voice during Cyclone Gabrielle, when power and phone lines were down for "
          "days and battery radios were many people\u2019s only link to the outside world", "indirect",
          "Colin Te Maro", "Colin Te Maro"),
        Q("\u201cPeople sat in the dark and listened to Matt,\u201d", "direct", "the mayor", "Colin Te Maro"),
        Q("\u201cHe kept us together when we couldn\u2019t see each other.\u201d", "direct", "the mayor",
          "Colin Te Maro"),
        Q("\u201ca voice like warm bread and a laugh you could hear from Ruat\u014dria\u201d", "partial",
          "Aroha Te Hau-Mackey", "Aroha Te Hau-Mackey"),
        Q("it would be broadcast live on Turanga FM", "indirect", "Hemi Walker-Ngata", "Hemi Walker-Ngata"),
        Q("\u201cbecause that\u2019s what Matt would have wanted\u201d", "partial", "Hemi Walker-Ngata",
          "Hemi Walker-Ngata"),
    ], source="blind"),
    Case("blind26-port", """Halifax port strike enters second week as ships wait offshore

Ten container ships sat at anchor outside Halifax Harbour on Monday as a strike by about 700 longshore workers entered its second week with no talks scheduled.

The Halifax Port Authority said roughly $85 million worth of cargo was stuck on ships or at the Fairview Cove and South End terminals.

"Every day this goes on, it gets harder to recover," said authority spokesperson Dana MacIsaac. "Shipping lines have options, and some of them are already looking at those options."

Members of Local 269 of the International Longshoremen's Association walked off the job on Oct. 3 after rejecting what the Maritime Employers Association called its "final offer."

Union president Jean-Fran\u00e7ois Boudreau said the dispute was about automation and job security, not wages.

"They want to bring in automated cranes and cut gangs in half, and they want us to sign off on it with a smile," Boudreau told reporters on the picket line at Fairview Cove. "Our members have families. We're not going to be the ones who sign away our own jobs."

In a statement, the employers' association said its offer included "the largest wage increase in a generation" and that any new technology would be introduced "with full respect for existing workers."

The dispute is being felt well beyond the waterfront. Marie-Claude LeBlanc, who runs a seafood export business in Dartmouth, said she has live lobster orders for Asia that she can't ship.

"I've got product sitting in tanks and customers in Shanghai calling me at three in the morning," she said. "Lobster doesn't wait for anybody."

According to the Halifax Chamber of Commerce, the strike is costing the regional economy an estimated $20 million a day.

Federal Labour Minister Anita Gill-Saunders said Ottawa was "monitoring the situation closely" but would not say whether the government was considering back-to-work legislation.

"The best deal is always the one the parties reach at the table themselves," Gill-Saunders told reporters in Ottawa.

A spokesperson for the premier's office said the province had been in daily contact with federal officials since the strike began.""", [
        Q("roughly $85 million worth of cargo was stuck on ships or at the Fairview Cove and South End terminals",
          "indirect", "The Halifax Port Authority", "Halifax Port Authority"),
        Q('"Every day this goes on, it gets harder to recover,"', "direct", "Dana MacIsaac", "Dana MacIsaac"),
        Q('"Shipping lines have options, and some of them are already looking at those options."', "direct",
          "Dana MacIsaac", "Dana MacIsaac"),
        Q('"final offer."', "partial", "the Maritime Employers Association", "Maritime Employers Association"),
        Q("the dispute was about automation and job security, not wages", "indirect", "Jean-Fran\u00e7ois Boudreau",
          "Jean-Fran\u00e7ois Boudreau"),
        Q('"They want to bring in automated cranes and cut gangs in half, and they want us to sign off on it with '
          'a smile,"', "direct", "Boudreau", "Jean-Fran\u00e7ois Boudreau", speaker_at="Boudreau told"),
        Q("\"Our members have families. We're not going to be the ones who sign away our own jobs.\"", "direct",
          "Boudreau", "Jean-Fran\u00e7ois Boudreau", speaker_at="Boudreau told"),
        Q('"the largest wage increase in a generation"', "partial", "the employers' association",
          "Maritime Employers Association"),
        Q('"with full respect for existing workers."', "partial", "the employers' association",
          "Maritime Employers Association"),
        Q("she has live lobster orders for Asia that she can't ship", "indirect", "Marie-Claude LeBlanc",
          "Marie-Claude LeBlanc"),
        Q("\"I've got product sitting in tanks and customers in Shanghai calling me at three in the morning,\"",
          "direct", "she", "Marie-Claude LeBlanc", speaker_at="she said"),
        Q("\"Lobster doesn't wait for anybody.\"", "direct", "she", "Marie-Claude LeBlanc", speaker_at="she said"),
        Q("the strike is costing the regional economy an estimated $20 million a day", "indirect",
          "the Halifax Chamber of Commerce", "Halifax Chamber of Commerce"),
        Q('"monitoring the situation closely"', "partial", "Anita Gill-Saunders", "Anita Gill-Saunders"),
        Q('"The best deal is always the one the parties reach at the table themselves,"', "direct",
          "Gill-Saunders", "Anita Gill-Saunders", speaker_at="Gill-Saunders told"),
        Q("the province had been in daily contact with federal officials since the strike began", "indirect",
          "A spokesperson for the premier's office", None),
    ], source="blind"),
    Case("blind26-teachers", """Schools paralysed as teachers down tools over pay deal

Learning was paralysed in public schools across the country yesterday as thousands of teachers heeded a strike call by their unions over the implementation of the 2021\u20132025 collective bargaining agreement (CBA).

In Kisumu, Nakuru and Eldoret, pupils who reported in the morning were sent home by 10am after it became clear their teachers would not show up.

Kenya National Union of Teachers (Knut) Secretary-General Evans Kiprono Cheruiyot said the strike would continue until the Teachers Service Commission (TSC) released Sh12.6 billion owed to teachers under the second phase of the deal.

\u201cWe have been patient for two years. We have written letters, we have attended meetings, we have been promised and promised again,\u201d Mr Cheruiyot told a rally at Nairobi\u2019s Central Park. \u201cTeachers cannot eat promises.\u201d

His Kenya Union of Post Primary Education Teachers (Kuppet) counterpart, Moses Ochieng\u2019, said secondary school teachers would join the strike on Monday unless the commission came to the table \u201cwith money, not excuses\u201d.

But TSC chief executive Dr Halima Abdi Farah said the commission had paid the first phase in full and that the balance depended on the National Treasury releasing funds.

\u201cThe commission does not print money,\u201d she said in a statement. \u201cWe have made our position very clear to the unions and to the Treasury, and our doors remain open.\u201d

Education Cabinet Secretary Prof Wanjiku Kamau-Ndegwa termed the strike \u201cillegal and unprocedural\u201d, saying the unions had not issued the mandatory seven-day notice.

\u201cAny teacher who is absent from duty without lawful cause will be dealt with in accordance with the law,\u201d the CS warned.

Mr Ochieng\u2019 dismissed the threat. \u201cWe have been threatened before. We are not afraid,\u201d he said.

In Kisumu, Mrs Grace Atieno, whose daughter is in Form Four at a county school, said parents were the biggest losers. \u201cMy daughter sits her KCSE exams in three weeks. Who will pay for the lost time?\u201d she asked.

Kenya National Parents Association chairman Nicholas Maiyo asked the government and the unions to \u201cstop playing with the future of our children\u201d.

Officials at the Ministry of Labour said conciliation talks could begin as early as Thursday.""", [
        Q("the strike would continue until the Teachers Service Commission (TSC) released Sh12.6 billion owed to "
          "teachers under the second phase of the deal", "indirect", "Evans Kiprono Cheruiyot",
          "Evans Kiprono Cheruiyot"),
        Q("\u201cWe have been patient for two years. We have written letters, we have attended meetings, we have been "
          "promised and promised again,\u201d", "direct", "Cheruiyot", "Evans Kiprono Cheruiyot",
          speaker_at="Mr Cheruiyot told"),
        Q("\u201cTeachers cannot eat promises.\u201d", "direct", "Cheruiyot", "Evans Kiprono Cheruiyot",
          speaker_at="Mr Cheruiyot told"),
        Q("\u201cwith money, not excuses\u201d", "partial", "Moses Ochieng\u2019", "Moses Ochieng\u2019"),
        Q("the commission had paid the first phase in full and that the balance depended on the National Treasury "
          "releasing funds", "indirect", "Halima Abdi Farah", "Halima Abdi Farah"),
        Q("\u201cThe commission does not print money,\u201d", "direct", "she", "Halima Abdi Farah",
          speaker_at="she said in a statement"),
        Q("\u201cWe have made our position very clear to the unions and to the Treasury, and our doors remain "
          "open.\u201d", "direct", "she", "Halima Abdi Farah", speaker_at="she said in a statement"),
        Q("\u201cillegal and unprocedural\u201d", "partial", "Wanjiku Kamau-Ndegwa", "Wanjiku Kamau-Ndegwa"),
        Q("the unions had not issued the mandatory seven-day notice", "indirect", "Wanjiku Kamau-Ndegwa",
          "Wanjiku Kamau-Ndegwa"),
        Q("\u201cAny teacher who is absent from duty without lawful cause will be dealt with in accordance with the "
          "law,\u201d", "direct", "the CS", "Wanjiku Kamau-Ndegwa"),
        Q("\u201cWe have been threatened before. We are not afraid,\u201d", "direct", "he", "Moses Ochieng\u2019",
          speaker_at="he said"),
        Q("parents were the biggest losers", "indirect", "Grace Atieno", "Grace Atieno"),
        Q("\u201cMy daughter sits her KCSE exams in three weeks. Who will pay for the lost time?\u201d", "direct",
          "she", "Grace Atieno", speaker_at="she asked"),
        Q("\u201cstop playing with the future of our children\u201d", "partial", "Nicholas Maiyo", "Nicholas Maiyo"),
        Q("conciliation talks could begin as early as Thursday", "indirect", "Officials at the Ministry of Labour",
          None),
    ], source="blind"),
    Case("blind26-measles", """Measles: 19 children die in Jigawa as outbreak spreads

At least 19 children have died of measles in four local government areas of Jigawa State since January, the Jigawa State Ministry of Health has confirmed.

The State Commissioner for Health, Dr Aminu Bello Yakasai, told Daily Trust on Tuesday that 412 suspected cases had been recorded in Maigatari, Kafin-Hausa, Babura and Gumel, most of them in children under five who had never been vaccinated.

"Most of the children we lost were never brought for routine immunisation. Some families still believe the vaccine is harmful, and that is what we are fighting," he said.

The commissioner added: "We have deployed 300 health workers and they are going from house to house. But we need traditional and religious leaders to stand with us.

"When the imam says it during Friday prayers, people listen. When a health worker says it, some people shut the door."

The District Head of Maigatari, Alhaji Usman Ibrahim Dan-Mallam, said he had directed all village heads in the area to report every case of fever and rash to the nearest health facility.

In Kafin-Hausa, Hajiya Zainab Abdullahi, a mother of five who lost her two-year-old son last month, recounted how the illness progressed.

"He had a high fever and then the rash came. We went to the chemist first because the hospital is far. By the time we reached the hospital, it was too late," she said.

M\u00e9decins Sans Fronti\u00e8res (MSF), which is supporting treatment centres in the state, said Nigeria had "one of the lowest routine measles vaccination rates in the world".

According to the Nigeria Centre for Disease Control and Prevention (NCDC), 27 states and the Federal Capital Territory have reported confirmed measles cases this year.

An official of the NCDC who spoke on condition of anonymity said a reactive vaccination campaign targeting more than one million children in Jigawa, Kano and Katsina would begin next week.

Health workers in Gumel told our correspondent that supplies of vitamin A, which is used to treat measles in children, were running low.""", [
        Q("At least 19 children have died of measles in four local government areas of Jigawa State since January",
          "indirect", "the Jigawa State Ministry of Health", "Jigawa State Ministry of Health"),
        Q("412 suspected cases had been recorded in Maigatari, Kafin-Hausa, Babura and Gumel, most of them in "
          "children under five who had never been vaccinated", "indirect", "Aminu Bello Yakasai",
          "Aminu Bello Yakasai"),
        Q('"Most of the children we lost were never brought for routine immunisation. Some families still believe '
          'the vaccine is harmful, and that is what we are fighting,"', "direct", "he", "Aminu Bello Yakasai",
          speaker_at="he said"),
        Q('"We have deployed 300 health workers and they are going from house to house. But we need traditional '
          'and religious leaders to stand with us.', "direct", "The commissioner", "Aminu Bello Yakasai"),
        Q('"When the imam says it during Friday prayers, people listen. When a health worker says it, some people '
          'shut the door."', "direct", "The commissioner", "Aminu Bello Yakasai"),
        Q("he had directed all village heads in the area to report every case of fever and rash to the nearest "
          "health facility", "indirect", "Usman Ibrahim Dan-Mallam", "Usman Ibrahim Dan-Mallam"),
        Q('"He had a high fever and then the rash came. We went to the chemist first because the hospital is far. '
          'By the time we reached the hospital, it was too late,"', "direct", "she", "Zainab Abdullahi",
          speaker_at="she said"),
        Q('"one of the lowest routine measles vaccination rates in the world"', "partial",
          "M\u00e9decins Sans Fronti\u00e8res", "M\u00e9decins Sans Fronti\u00e8res"),
        Q("27 states and the Federal Capital Territory have reported confirmed measles cases this year", "indirect",
          "the Nigeria Centre for Disease Control and Prevention", "Nigeria Centre for Disease Control and Prevention"),
        Q("a reactive vaccination campaign targeting more than one million children in Jigawa, Kano and Katsina "
          "would begin next week", "indirect", "An official of the NCDC", None),
        Q("supplies of vitamin A, which is used to treat measles in children, were running low", "indirect",
          "Health workers in Gumel", None),
    ], source="blind"),
    Case("blind26-water-tariff", """Outcry over 18% water tariff hike in Nelson Mandela Bay

Residents and opposition parties in Nelson Mandela Bay have slammed a proposed 18% increase in water tariffs, with some vowing to take the metro to court if the council approves it next month.

The increase, contained in the metro\u2019s draft 2025/26 budget, would add about R190 a month to the bill of an average household using 20 kilolitres, according to calculations by the Nelson Mandela Bay Ratepayers\u2019 Association.

The association\u2019s chair, Pieter de Klerk-Botha, said residents were being asked to pay more for a service that was failing them.

\u201cHalf of this city had dry taps for months during the drought, and the other half is losing water through leaks that nobody fixes,\u201d he said. \u201cNow they want us to pay for their failures.\u201d

Mayoral committee member for infrastructure and engineering Luvuyo Mpofu-Ndlovu defended the increase, saying bulk water costs had risen sharply and the metro needed to replace hundreds of kilometres of ageing pipes.

\u201cNobody likes tariff increases, least of all me,\u201d Mpofu-Ndlovu said. \u201cBut if we do not invest now, we will be having this conversation about collapsed infrastructure in five years\u2019 time.\u201d

DA councillor Willem van der Westhuizen called the proposal \u201cdaylight robbery\u201d and said his caucus would vote against it.

In Motherwell, community activist Nomvula Sithole told The Herald many households already could not afford their bills.

\u201cPeople are choosing between water and electricity and food,\u201d she said. \u201cAnd then the municipality comes and cuts you off.\u201d

Nelson Mandela University economist Prof Johan du Plessis said the metro had a point about underinvestment, but warned that steep increases could backfire.

\u201cIf people can\u2019t pay, revenue collection falls and you are worse off than before,\u201d he said.

The draft budget also proposes scrapping the so-called \u201cdrought levy\u201d introduced in 2022, a move the ratepayers\u2019 association has welcomed.

Municipal spokesperson Sithembiso Qwabe said public participation meetings would be held in all 60 wards before the budget vote on May 28.""", [
        Q("The increase, contained in the metro\u2019s draft 2025/26 budget, would add about R190 a month to the bill "
          "of an average household using 20 kilolitres", "indirect",
          "the Nelson Mandela Bay Ratepayers\u2019 Association", "Nelson Mandela Bay Ratepayers\u2019 Association"),
        Q("residents were being asked to pay more for a service that was failing them", "indirect",
          "Pieter de Klerk-Botha", "Pieter de Klerk-Botha"),
        Q("\u201cHalf of this city had dry taps for months during the drought, and the other half is losing water "
          "through leaks that nobody fixes,\u201d", "direct", "he", "Pieter de Klerk-Botha",
          speaker_at="he said. \u201cNow"),
        Q("\u201cNow they want us to pay for their failures.\u201d", "direct", "he", "Pieter de Klerk-Botha",
          speaker_at="he said. \u201cNow"),
        Q("bulk water costs had risen sharply and the metro needed to replace hundreds of kilometres of ageing "
          "pipes", "indirect", "Luvuyo Mpofu-Ndlovu", "Luvuyo Mpofu-Ndlovu"),
        Q("\u201cNobody likes tariff increases, least of all me,\u201d", "direct", "Mpofu-Ndlovu",
          "Luvuyo Mpofu-Ndlovu", speaker_at="Mpofu-Ndlovu said"),
        Q("\u201cBut if we do not invest now, we will be having this conversation about collapsed infrastructure in "
          "five years\u2019 time.\u201d", "direct", "Mpofu-Ndlovu", "Luvuyo Mpofu-Ndlovu",
          speaker_at="Mpofu-Ndlovu said"),
        Q("\u201cdaylight robbery\u201d", "partial", "Willem van der Westhuizen", "Willem van der Westhuizen"),
        Q("his caucus would vote against it", "indirect", "Willem van der Westhuizen", "Willem van der Westhuizen"),
        Q("many households already could not afford their bills", "indirect", "Nomvula Sithole", "Nomvula Sithole"),
        Q("\u201cPeople are choosing between water and electricity and food,\u201d", "direct", "she",
          "Nomvula Sithole", speaker_at="she said"),
        Q("\u201cAnd then the municipality comes and cuts you off.\u201d", "direct", "she", "Nomvula Sithole",
          speaker_at="she said"),
        Q("the metro had a point about underinvestment", "indirect", "Johan du Plessis", "Johan du Plessis"),
        Q("steep increases could backfire", "indirect", "Johan du Plessis", "Johan du Plessis"),
        Q("\u201cIf people can\u2019t pay, revenue collection falls and you are worse off than before,\u201d", "direct",
          "he", "Johan du Plessis", speaker_at="before,\u201d he said"),
        Q("public participation meetings would be held in all 60 wards before the budget vote on May 28",
          "indirect", "Sithembiso Qwabe", "Sithembiso Qwabe"),
    ], source="blind"),
    Case("blind26-mine-flood", """Four miners trapped as water floods Chingola shaft

RESCUE teams were last night battling to reach four miners trapped underground after water flooded a section of a copper mine in Chingola yesterday morning.

Copperbelt Police Commissioner Sharon Mweetwa Nkandu confirmed the incident in a statement, saying 46 other miners working on the 360-metre level had been safely brought to the surface.

She said the flooding occurred at about 05:30 hours when water broke through from old workings into an active tunnel.

The mine is operated by Sino-Zam Copper Resources Limited, a Chinese-owned company that took over the shaft in 2019.

The company\u2019s general manager, Mr Li Wenjun, said the firm was doing \u201ceverything humanly possible\u201d to rescue the trapped men.

\u201cWe have three pumps running and two more arriving from Kitwe tonight,\u201d Mr Li told journalists at the mine gate. \u201cOur priority is to bring these men out alive. Everything else comes later.\u201d

Minister of Mines and Minerals Development Mwansa Kapeya-Lungu, who visited the site in the afternoon, said Government had ordered that all underground operations at the mine be suspended pending investigations by the Mines Safety Department.

\u201cIf we find that safety regulations were ignored,\u201d Mr Kapeya-Lungu said, \u201cthe law will take its course, regardless of who owns the mine.\u201d

Mineworkers Union of Zambia (MUZ) general secretary Bwalya Chileshe-Banda said the union had raised concerns about rising water levels at the mine three times this year.

\u201cManagement told us the pumps were adequate. Today we can see they were not,\u201d he said.

Outside the mine, anxious relatives waited in the cold. Mrs Precious Mulenga, whose husband Moses is among the trapped miners, said she had not slept since receiving the news.

\u201cI just want to hear his voice,\u201d she said quietly.

According to residents, the mine experienced minor flooding in March, but operations resumed after two days.""", [
        Q("46 other miners working on the 360-metre level had been safely brought to the surface", "indirect",
          "Sharon Mweetwa Nkandu", "Sharon Mweetwa Nkandu"),
        Q("the flooding occurred at about 05:30 hours when water broke through from old workings into an active "
          "tunnel", "indirect", "She", "Sharon Mweetwa Nkandu", speaker_at="She said the flooding"),
        Q("\u201ceverything humanly possible\u201d", "partial", "Li Wenjun", "Li Wenjun"),
        Q("\u201cWe have three pumps running and two more arriving from Kitwe tonight,\u201d", "direct", "Li",
          "Li Wenjun", speaker_at="Mr Li told"),
        Q("\u201cOur priority is to bring these men out alive. Everything else comes later.\u201d", "direct", "Li",
          "Li Wenjun", speaker_at="Mr Li told"),
        Q("Government had ordered that all underground operations at the mine be suspended pending investigations "
          "by the Mines Safety Department", "indirect", "Mwansa Kapeya-Lungu", "Mwansa Kapeya-Lungu"),
        Q("\u201cIf we find that safety regulations were ignored,\u201d", "direct", "Kapeya-Lungu",
          "Mwansa Kapeya-Lungu", speaker_at="Mr Kapeya-Lungu said"),
        Q("\u201cthe law will take its course, regardless of who owns the mine.\u201d", "direct", "Kapeya-Lungu",
          "Mwansa Kapeya-Lungu", speaker_at="Mr Kapeya-Lungu said"),
        Q("the union had raised concerns about rising water levels at the mine three times this year", "indirect",
          "Bwalya Chileshe-Banda", "Bwalya Chileshe-Banda"),
        Q("\u201cManagement told us the pumps were adequate. Today we can see they were not,\u201d", "direct", "he",
          "Bwalya Chileshe-Banda", speaker_at="he said"),
        Q("she had not slept since receiving the news", "indirect", "Precious Mulenga", "Precious Mulenga"),
        Q("\u201cI just want to hear his voice,\u201d", "direct", "she", "Precious Mulenga",
          speaker_at="she said quietly"),
        Q("the mine experienced minor flooding in March, but operations resumed after two days", "indirect",
          "residents", None),
    ], source="blind"),
    Case("blind26-telecom", """Nuqta Telecom posts 12% rise in annual profit, proposes higher dividend

Nuqta Telecom Group reported a net profit of QR3.1bn for 2024, up 12% on the previous year, as growth in data and enterprise revenue offset weaker results in Iraq.

In a disclosure to the Qatar Stock Exchange, the company said group revenue rose 4% to QR23.4bn, while earnings before interest, tax, depreciation and amortisation (Ebitda) climbed 6% to QR10.2bn.

The board, chaired by HE Sheikh Nasser bin Khalifa bin Saud al-Thani, has recommended a cash dividend of QR0.55 per share, up from QR0.50 last year, subject to approval at the annual general assembly in March.

"2024 was the year in which we delivered on our promise to become a digital infrastructure company, not just a telco," Sheikh Nasser said. "The investments we have made in data centres and fibre are now paying off, and we are confident about the year ahead."

Group CEO Eng Abdulrahman Yousef al-Kuwari told analysts on a conference call that the company expected mid-single-digit revenue growth in 2025.

He said the Iraq unit had been hit by currency volatility, describing trading conditions there as "challenging but stabilising".

Al-Kuwari added: "Our AI-ready data centre in Lusail will be fully operational by the third quarter. Demand from government and enterprise customers is already exceeding our expectations."

The results beat the average forecast of QR2.9bn among analysts polled by Bloomberg.

"These are solid numbers, and the dividend increase is a pleasant surprise," said Priya Raman-Nair, a senior equity analyst at Doha-based Al Safwa Capital. "The market will now want to see whether the data centre bet can deliver the returns management is promising."

Nuqta's shares rose 2.3% to QR12.48 in early trade on the QSE on Wednesday, making the stock one of the top gainers on the index.""", [
        Q("group revenue rose 4% to QR23.4bn, while earnings before interest, tax, depreciation and amortisation "
          "(Ebitda) climbed 6% to QR10.2bn", "indirect", "the company", "Nuqta Telecom Group",
          speaker_at="the company said"),
        Q('"2024 was the year in which we delivered on our promise to become a digital infrastructure company, not '
          'just a telco,"', "direct", "Nasser", "Nasser bin Khalifa bin Saud al-Thani",
          speaker_at="Sheikh Nasser said"),
        Q('"The investments we have made in data centres and fibre are now paying off, and we are confident about '
          'the year ahead."', "direct", "Nasser", "Nasser bin Khalifa bin Saud al-Thani",
          speaker_at="Sheikh Nasser said"),
        Q("the company expected mid-single-digit revenue growth in 2025", "indirect",
          "Abdulrahman Yousef al-Kuwari", "Abdulrahman Yousef al-Kuwari"),
        Q("the Iraq unit had been hit by currency volatility", "indirect", "He", "Abdulrahman Yousef al-Kuwari",
          speaker_at="He said the Iraq"),
        Q('"challenging but stabilising"', "partial", "He", "Abdulrahman Yousef al-Kuwari",
          speaker_at="He said the Iraq"),
        Q('"Our AI-ready data centre in Lusail will be fully operational by the third quarter. Demand from '
          'government and enterprise customers is already exceeding our expectations."', "direct", "Al-Kuwari",
          "Abdulrahman Yousef al-Kuwari"),
        Q('"These are solid numbers, and the dividend increase is a pleasant surprise,"', "direct",
          "Priya Raman-Nair", "Priya Raman-Nair"),
        Q('"The market will now want to see whether the data centre bet can deliver the returns management is '
          'promising."', "direct", "Priya Raman-Nair", "Priya Raman-Nair"),
    ], source="blind"),
    Case("blind26-takraw", """Indonesia stun Malaysia to reach sepak takraw final

Jakarta. Indonesia\u2019s men\u2019s regu booked a place in the final of the ISTAF SuperSeries on Saturday after a dramatic 2-1 win over Malaysia, their first victory over their neighbours in the competition in six years.

Cheered on by a capacity crowd at the Senayan indoor arena, who sang \u201cGaruda di Dadaku\u201d throughout the deciding set, the hosts recovered from losing the first set 15-21 to take the next two 21-18 and 21-19.

Striker Saiful, 22, who like many Indonesians goes by a single name, finished the match with a roll spike that left the Malaysian defence rooted to the spot.

\u201cI could hear the crowd in my chest,\u201d Saiful said. \u201cWhen we lost the first set, nobody panicked. Coach told us to play our own game and trust our defence.\u201d

Head coach Asep Hidayat said the team had spent two months at a training camp in Palembang working almost exclusively on receiving serves.

\u201cMalaysia are very strong at the net. We knew that if we could survive their first attacks, we would get our chances,\u201d he said.

Malaysia team manager Datuk Ahmad Ezzat bin Yusof conceded that Indonesia had deserved to win.

\u201cThe crowd was a factor, but we cannot make excuses. They were better in the decisive set,\u201d he told reporters, adding that his side would \u201cgo home and work harder\u201d.

Indonesian Sepak Takraw Association (PSTI) chairman Prof Bambang Sutrisno said the win showed the sport was \u201calive and growing\u201d in Indonesia, and that the association hoped to host the world championships in 2027.

Indonesia will meet defending champions Thailand in Sunday\u2019s final. Thai coach Pornchai Kaewmanee was quoted by the Bangkok Post as saying that the home side would be \u201cvery dangerous\u201d in front of their own fans.

Tickets for the final sold out within hours, according to the organisers.""", [
        Q("\u201cI could hear the crowd in my chest,\u201d", "direct", "Saiful", "Saiful", speaker_at="Saiful said"),
        Q("\u201cWhen we lost the first set, nobody panicked. Coach told us to play our own game and trust our "
          "defence.\u201d", "direct", "Saiful", "Saiful", speaker_at="Saiful said"),
        Q("the team had spent two months at a training camp in Palembang working almost exclusively on receiving "
          "serves", "indirect", "Asep Hidayat", "Asep Hidayat"),
        Q("\u201cMalaysia are very strong at the net. We knew that if we could survive their first attacks, we would "
          "get our chances,\u201d", "direct", "he", "Asep Hidayat", speaker_at="he said"),
        Q("Indonesia had deserved to win", "indirect", "Ahmad Ezzat bin Yusof", "Ahmad Ezzat bin Yusof"),
        Q("\u201cThe crowd was a factor, but we cannot make excuses. They were better in the decisive set,\u201d",
          "direct", "he", "Ahmad Ezzat bin Yusof", speaker_at="he told reporters"),
        Q("\u201cgo home and work harder\u201d", "partial", "he", "Ahmad Ezzat bin Yusof",
          speaker_at="he told reporters"),
        Q("\u201calive and growing\u201d", "partial", "Bambang Sutrisno", "Bambang Sutrisno"),
        Q("the association hoped to host the world championships in 2027", "indirect", "Bambang Sutrisno",
          "Bambang Sutrisno"),
        Q("\u201cvery dangerous\u201d", "partial", "Pornchai Kaewmanee", "Pornchai Kaewmanee"),
        Q("Tickets for the final sold out within hours", "indirect", "the organisers", None),
    ], source="blind"),
    Case("blind26-landslide", """Himachal: Landslide buries homes in Mandi's Seraj valley; six dead, 11 missing

At least six people were killed and 11 are missing after a landslide triggered by a cloudburst buried a cluster of homes in Mandi district's Seraj valley early Tuesday, officials said.

Mandi Deputy Commissioner Aditi Thakur-Negi told The Indian Express that teams of the NDRF, SDRF and police had pulled three people alive from the debris by afternoon.

"The entire hillside came down around 3 am, when people were asleep. We are working in very difficult conditions because the rain has not stopped," she said.

Inspector Balwinder Singh of the National Disaster Response Force (NDRF) said rescuers were using thermal imaging cameras and sniffer dogs to locate survivors. "Every hour matters. Our men have not stopped since morning," he said.

"We heard a sound like thunder, but it did not stop. I took my children and ran towards the temple," said Meena Devi, 46, whose house was partially buried. She said her brother-in-law, his wife and their two sons were still missing.

Dr Kuldeep Sharma, director of the India Meteorological Department's (IMD) Shimla centre, said the state had received 38 per cent excess rainfall since June 1 and that more heavy rain was likely over the next 48 hours.

Revenue Minister Harbhajan Singh Kanwar, who reached the site in the evening, announced an ex gratia of Rs 4 lakh for the families of each of the deceased. Kanwar said the government would examine whether "unscientific road cutting and construction" on the slopes above the village had contributed to the disaster.

According to the State Disaster Management Authority, 214 people have died in rain-related incidents in Himachal Pradesh since the onset of the monsoon on June 20.

Environmentalist Prof Virinder Singh Rana, who taught geology at Himachal Pradesh University for three decades, said unchecked construction on fragile slopes was "an invitation to disaster". He added that the state needed a mandatory geological survey before any road or building project in the hills was approved.""", [
        Q("At least six people were killed and 11 are missing after a landslide triggered by a cloudburst buried a "
          "cluster of homes in Mandi district's Seraj valley early Tuesday", "indirect", "officials", None),
        Q("teams of the NDRF, SDRF and police had pulled three people alive from the debris by afternoon",
          "indirect", "Aditi Thakur-Negi", "Aditi Thakur-Negi"),
        Q('"The entire hillside came down around 3 am, when people were asleep. We are working in very difficult '
          'conditions because the rain has not stopped,"', "direct", "she", "Aditi Thakur-Negi",
          speaker_at="she said"),
        Q("rescuers were using thermal imaging cameras and sniffer dogs to locate survivors", "indirect",
          "Balwinder Singh", "Balwinder Singh"),
        Q('"Every hour matters. Our men have not stopped since morning,"', "direct", "he", "Balwinder Singh",
          speaker_at="he said"),
        Q('"We heard a sound like thunder, but it did not stop. I took my children and ran towards the temple,"',
          "direct", "Meena Devi", "Meena Devi"),
        Q("her brother-in-law, his wife and their two sons were still missing", "indirect", "She", "Meena Devi",
          speaker_at="She said her"),
        Q("the state had received 38 per cent excess rainfall since June 1 and that more heavy rain was likely over "
          "the next 48 hours", "indirect", "Kuldeep Sharma", "Kuldeep Sharma"),
        Q('"unscientific road cutting and construction"', "partial", "Kanwar", "Harbhajan Singh Kanwar",
          speaker_at="Kanwar said"),
        Q("214 people have died in rain-related incidents in Himachal Pradesh since the onset of the monsoon on "
          "June 20", "indirect", "the State Disaster Management Authority", "State Disaster Management Authority"),
        Q('"an invitation to disaster"', "partial", "Virinder Singh Rana", "Virinder Singh Rana"),
        Q("the state needed a mandatory geological survey before any road or building project in the hills was "
          "approved", "indirect", "He", "Virinder Singh Rana", speaker_at="He added"),
    ], source="blind"),
    Case("blind26-craft-fair", """Fall Craft Fair draws record crowd despite early snow

The 42nd annual Silver Fork Fall Craft Fair drew more than 3,200 visitors to the Miners' Union Hall and Pioneer Park over the weekend, a record for the event, organizers said.

"We were worried when the snow started Saturday morning, but people just kept coming," said Darlene Ostrowski, who has chaired the fair committee for 11 years. "I think folks were ready for a reason to get out of the house."

Ostrowski said 86 vendors from five states had booths this year, up from 71 last year, and that the food trucks on Main Street had run out of green chile by 2 p.m. Saturday.

Kateri Two Bulls of Rapid City, S.D., who sells beaded earrings and medallions, has been coming to the fair since 2009. "My grandmother taught me when I was seven," Two Bulls said as she finished a pair of earrings at her table. "Every piece has a little bit of her in it."

Woodturner Hans-Peter Eckhardt, who moved to Silver Fork from Bavaria in 1998, sold out of his aspen and spruce bowls by noon Sunday. He said he would need "a very long winter" in the workshop to restock.

State Sen. Roberta Vigil-Trujillo, D-Alamosa, cut the ribbon Saturday morning. Small-town events like the fair, she said, are "the backbone of our rural economy, and they don't get nearly enough credit."

Not everyone was happy with this year's layout. Several vendors told the Ledger that the upstairs booths in the hall got far less foot traffic than those on the main floor.

"It was like selling in an attic," said one jewelry maker, who asked not to be named because she plans to apply again next year.

Ostrowski said the committee would "take a hard look at the layout" before next fall.

The fair is the main fundraiser for the Silver Fork Arts Council's scholarship fund. Last year's event raised $14,200 for local students, according to the Rev. Tom Whitfield, the council's treasurer. The Silver Fork United Methodist Church's "Pie Walk" brought in another $1,150 this year, Whitfield said.""", [
        Q("The 42nd annual Silver Fork Fall Craft Fair drew more than 3,200 visitors to the Miners' Union Hall and "
          "Pioneer Park over the weekend, a record for the event", "indirect", "organizers", None),
        Q('"We were worried when the snow started Saturday morning, but people just kept coming,"', "direct",
          "Darlene Ostrowski", "Darlene Ostrowski"),
        Q('"I think folks were ready for a reason to get out of the house."', "direct", "Darlene Ostrowski",
          "Darlene Ostrowski"),
        Q("86 vendors from five states had booths this year, up from 71 last year, and that the food trucks on Main "
          "Street had run out of green chile by 2 p.m. Saturday", "indirect", "Ostrowski", "Darlene Ostrowski",
          speaker_at="Ostrowski said 86"),
        Q('"My grandmother taught me when I was seven,"', "direct", "Two Bulls", "Kateri Two Bulls",
          speaker_at="Two Bulls said"),
        Q('"Every piece has a little bit of her in it."', "direct", "Two Bulls", "Kateri Two Bulls",
          speaker_at="Two Bulls said"),
        Q('"a very long winter"', "partial", "He", "Hans-Peter Eckhardt", speaker_at="He said he would"),
        Q("\"the backbone of our rural economy, and they don't get nearly enough credit.\"", "partial", "she",
          "Roberta Vigil-Trujillo", speaker_at="she said, are"),
        Q("the upstairs booths in the hall got far less foot traffic than those on the main floor", "indirect",
          "Several vendors", None),
        Q('"It was like selling in an attic,"', "direct", "one jewelry maker", None),
        Q('"take a hard look at the layout"', "partial", "Ostrowski", "Darlene Ostrowski",
          speaker_at="Ostrowski said the committee"),
        Q("Last year's event raised $14,200 for local students", "indirect", "Tom Whitfield", "Tom Whitfield"),
        Q("The Silver Fork United Methodist Church's \"Pie Walk\" brought in another $1,150 this year", "indirect",
          "Whitfield", "Tom Whitfield", speaker_at="Whitfield said"),
    ], source="blind"),
]
