"""Blind gold: short news articles in many house styles, written without sight of the pretagger.

Wire copy with datelines and regional and national papers from several
continents (curly, straight and British single quotes), with the whole
range of attribution: speaker before, after or inside a quote, pronouns and
later short mentions, "according to", indirect speech, quotes running on
into the next paragraph, partial quotes, and scare quotes or titles in marks
(which are not annotated). See build_gold.py for the case format.
"""

from __future__ import annotations

from gold_format import Case, Q

CASES = [
    Case("blind58-paylane-trial", """Former payments executives go on trial in Frankfurt over 1.2-billion-euro fraud

Frankfurt (dpa) - Three former executives of the collapsed payments company Paylane AG went on trial in Frankfurt on Tuesday, accused of inflating the firm's revenues by more than 1.2 billion euros over five years.

Prosecutors accuse former chief executive Hendrik van der Linde, 54, and two other managers of commercial fraud, market manipulation and breach of trust. All three deny the charges.

"This was not a company that made mistakes. This was a company built on invented business," senior public prosecutor Annette Brüggemann-Kaya told the court as she read out the 412-page indictment.

According to the indictment, the accused booked payments from partner firms in Asia that never existed and used the inflated figures to raise fresh capital from banks and investors.

Van der Linde, who appeared in a dark suit and spoke only to confirm his personal details, will make a statement next week, his lawyer Friedrich von Stade told reporters outside the courtroom. "My client will explain in detail why he, too, was deceived," von Stade said. "He trusted the people around him, and that trust was abused."

The lawyer said the prosecution had built its case on the testimony of a former finance manager who was "trying to save his own skin."

Presiding judge Ulrike Heinemann said the court had set aside 96 trial days until the end of next year. She warned both sides that she would not tolerate "a trial conducted through the media."

Shareholder groups have followed the case closely. Kerstin Albayrak-Wendt of the German Association for the Protection of Securities Holdings (DSW) said thousands of small investors had lost their savings when Paylane filed for insolvency in 2021.

"People want answers, and they want to know whether anyone will be held responsible," she told dpa.

The financial regulator BaFin, which has faced criticism for failing to spot the irregularities, declined to comment on the trial. A spokesman said only that the authority had since "fundamentally reorganized" its supervision of payment companies.

If convicted, the defendants face up to 15 years in prison. A verdict is not expected before late next year.""", [
        Q('"This was not a company that made mistakes. This was a company built on invented business,"', "direct",
          "Annette Brüggemann-Kaya", "Annette Brüggemann-Kaya"),
        Q("the accused booked payments from partner firms in Asia that never existed and used the inflated figures "
          "to raise fresh capital from banks and investors", "indirect", "the indictment", None,
          speaker_at="According to the indictment"),
        Q("Van der Linde, who appeared in a dark suit and spoke only to confirm his personal details, will make a "
          "statement next week", "indirect", "Friedrich von Stade", "Friedrich von Stade"),
        Q('"My client will explain in detail why he, too, was deceived,"', "direct", "von Stade", "Friedrich von Stade",
          speaker_at="von Stade said"),
        Q('"He trusted the people around him, and that trust was abused."', "direct", "von Stade",
          "Friedrich von Stade", speaker_at="von Stade said"),
        Q('"trying to save his own skin."', "partial", "The lawyer", "Friedrich von Stade"),
        Q("the court had set aside 96 trial days until the end of next year", "indirect", "Ulrike Heinemann",
          "Ulrike Heinemann"),
        Q('"a trial conducted through the media."', "partial", "She", "Ulrike Heinemann", speaker_at="She warned"),
        Q("thousands of small investors had lost their savings when Paylane filed for insolvency in 2021", "indirect",
          "Kerstin Albayrak-Wendt", "Kerstin Albayrak-Wendt"),
        Q('"People want answers, and they want to know whether anyone will be held responsible,"', "direct", "she",
          "Kerstin Albayrak-Wendt", speaker_at="she told dpa"),
        Q('"fundamentally reorganized"', "partial", "A spokesman", None),
    ], source="blind"),
    Case("blind58-odisha-derailment", """Seven killed as express train derails near Khurda Road in Odisha

Bhubaneswar (Odisha) [India], October 14 (ANI): At least seven passengers were killed and over 40 injured after nine coaches of the Puri-bound Neelachal Express derailed near Khurda Road junction early on Monday, officials said.

The accident took place at around 4.10 am when the train was crossing a set of points at reduced speed, according to the East Coast Railway (ECoR).

"Rescue and restoration work is going on at war footing. Accident relief trains and medical vans have been rushed to the spot from Khurda Road and Bhubaneswar," ECoR Chief Public Relations Officer Dr. Bishnu Prasad Mohapatra told ANI.

He said the injured had been shifted to AIIMS Bhubaneswar and the district headquarters hospital, and that the condition of five of them was critical.

Speaking to reporters at the site, State Revenue and Disaster Management Minister Manas Ranjan Sahu announced compensation for the victims. "The state government will bear the full cost of treatment of the injured. An ex gratia of Rs 4 lakh will be given to the families of the deceased," Sahu said.

Passengers described scenes of panic. "There was a loud jerk and then our coach tilted to one side. People were screaming and bags were falling on us," said Ramesh Chandra Nayak, who was travelling with his wife and two children from Kolkata.

Another passenger, Abdul Rahim Khan, said local villagers were the first to reach the coaches and helped pull children out through the windows. "Without them many more would have died," he said.

The Railway Board has ordered an inquiry by the Commissioner of Railway Safety (CRS), South Eastern Circle. According to railway sources, a preliminary report has pointed to a possible fault in the track circuit, though officials said it was "too early to draw any conclusion".

The opposition Biju Janata Dal (BJD) demanded a time-bound probe. BJD spokesperson Sribatsa Mishra alleged that safety works on the section had been "ignored for years" and that vacancies in the signalling staff had not been filled.

Train services on the Khurda Road-Puri section remained suspended till late evening, and six trains were diverted via Cuttack. Helpline numbers have been set up at Bhubaneswar, Puri and Khurda Road stations, ECoR said. (ANI)""", [
        Q("At least seven passengers were killed and over 40 injured after nine coaches of the Puri-bound Neelachal "
          "Express derailed near Khurda Road junction early on Monday", "indirect", "officials", None,
          speaker_at="early on Monday, officials said"),
        Q("The accident took place at around 4.10 am when the train was crossing a set of points at reduced speed",
          "indirect", "the East Coast Railway", "East Coast Railway"),
        Q('"Rescue and restoration work is going on at war footing. Accident relief trains and medical vans have been '
          'rushed to the spot from Khurda Road and Bhubaneswar,"', "direct", "Bishnu Prasad Mohapatra",
          "Bishnu Prasad Mohapatra"),
        Q("the injured had been shifted to AIIMS Bhubaneswar and the district headquarters hospital, and that the "
          "condition of five of them was critical", "indirect", "He", "Bishnu Prasad Mohapatra",
          speaker_at="He said the injured"),
        Q('"The state government will bear the full cost of treatment of the injured. An ex gratia of Rs 4 lakh will '
          'be given to the families of the deceased,"', "direct", "Sahu", "Manas Ranjan Sahu",
          speaker_at="Sahu said"),
        Q('"There was a loud jerk and then our coach tilted to one side. People were screaming and bags were falling '
          'on us,"', "direct", "Ramesh Chandra Nayak", "Ramesh Chandra Nayak"),
        Q("local villagers were the first to reach the coaches and helped pull children out through the windows",
          "indirect", "Abdul Rahim Khan", "Abdul Rahim Khan"),
        Q('"Without them many more would have died,"', "direct", "he", "Abdul Rahim Khan", speaker_at="he said"),
        Q("a preliminary report has pointed to a possible fault in the track circuit", "indirect", "railway sources",
          None),
        Q('"too early to draw any conclusion"', "partial", "officials", None, speaker_at="though officials said"),
        Q('"ignored for years"', "partial", "Sribatsa Mishra", "Sribatsa Mishra"),
        Q("vacancies in the signalling staff had not been filled", "indirect", "Sribatsa Mishra", "Sribatsa Mishra"),
        Q("Helpline numbers have been set up at Bhubaneswar, Puri and Khurda Road stations", "indirect", "ECoR",
          "East Coast Railway", speaker_at="stations, ECoR said"),
    ], source="blind"),
    Case("blind58-denton-holme", """Lib Dems snatch Denton Holme seat from Labour in council by-election

The Liberal Democrats have taken a seat on Cumberland Council from Labour after a by-election in Carlisle’s Denton Holme and Morton South ward.

Fiona Kavanagh-Dobson won 812 votes, ahead of Labour’s Aaron Gill on 694. Reform UK’s candidate, Derek Tindall, came third with 431, while the Conservatives were pushed into fourth place. Turnout was 24.6 per cent.

Speaking after the count at the Sands Centre in the early hours of Friday, Mrs Kavanagh-Dobson said she was ‘absolutely thrilled’ and paid tribute to her team of volunteers.

‘People on the doorstep told me again and again that they felt nobody was listening,’ she said. ‘Potholes, bin collections, the state of the paths along the Caldew – these are not glamorous issues, but they matter to the people who live here.’

Mr Gill congratulated his opponent but said the result should be ‘a wake-up call’ for his party.

‘We have to be honest with ourselves,’ he said. ‘We took this ward for granted and we paid the price.’

The by-election was called after the death in June of long-serving Labour councillor Bill Graham, who had represented the area for almost 20 years.

A Labour group spokesman said in a statement that the party would ‘reflect carefully’ on the result, but stressed that it still held a comfortable majority on the council.

Reform’s Mr Tindall said his party had ‘come from nowhere’ in the ward and predicted it would win the seat at the next full elections.

Lib Dem regional organiser Hamish McAllister-Boyd described the win as ‘a genuinely historic night for Carlisle’.

‘This has never been fertile ground for us,’ he told the News & Star. ‘If we can win here, we can win anywhere in Cumbria.’

Mrs Kavanagh-Dobson, a retired primary school teacher who has lived in Denton Holme for 30 years, will take her seat at the next full council meeting on October 3.""", [
        Q("‘absolutely thrilled’", "partial", "Kavanagh-Dobson", "Fiona Kavanagh-Dobson",
          speaker_at="Mrs Kavanagh-Dobson said"),
        Q("‘People on the doorstep told me again and again that they felt nobody was listening,’", "direct", "she",
          "Fiona Kavanagh-Dobson", speaker_at="she said"),
        Q("‘Potholes, bin collections, the state of the paths along the Caldew – these are not glamorous issues, but "
          "they matter to the people who live here.’", "direct", "she", "Fiona Kavanagh-Dobson",
          speaker_at="she said"),
        Q("‘a wake-up call’", "partial", "Gill", "Aaron Gill", speaker_at="Mr Gill congratulated"),
        Q("‘We have to be honest with ourselves,’", "direct", "he", "Aaron Gill", speaker_at="he said"),
        Q("‘We took this ward for granted and we paid the price.’", "direct", "he", "Aaron Gill",
          speaker_at="he said"),
        Q("‘reflect carefully’", "partial", "A Labour group spokesman", None),
        Q("it still held a comfortable majority on the council", "indirect", "A Labour group spokesman", None),
        Q("‘come from nowhere’", "partial", "Tindall", "Derek Tindall", speaker_at="Mr Tindall said"),
        Q("it would win the seat at the next full elections", "indirect", "Tindall", "Derek Tindall",
          speaker_at="Mr Tindall said"),
        Q("‘a genuinely historic night for Carlisle’", "partial", "Hamish McAllister-Boyd", "Hamish McAllister-Boyd"),
        Q("‘This has never been fertile ground for us,’", "direct", "he", "Hamish McAllister-Boyd",
          speaker_at="he told the News"),
        Q("‘If we can win here, we can win anywhere in Cumbria.’", "direct", "he", "Hamish McAllister-Boyd",
          speaker_at="he told the News"),
    ], source="blind"),
    Case("blind58-fife-firefighters", """Fife firefighters back strike action after week of snow call-outs

Firefighters in Fife have backed strike action in a long-running dispute over pay and crewing levels, just days after heavy snow left crews across the Kingdom stretched to breaking point.

Members of the Fire Brigades Union (FBU) in Scotland voted by 78 per cent in favour of walkouts on a turnout of 71 per cent, the union announced on Monday.

The result comes after a week in which firefighters from Kirkcaldy, Glenrothes and Methil stations were called out to more than 60 weather-related incidents, including stranded drivers on the A92 and a roof collapse at a farm near Ladybank.

Callum MacIver, the FBU's Fife brigade secretary, said: 'Last week our members were out in blizzards pulling people from cars and clearing roads. They did that with fewer appliances and fewer firefighters than we had ten years ago.

'Nobody goes into this job to go on strike. But the service is being cut to the bone, and the public deserves to know that.'

The Scottish Fire and Rescue Service (SFRS) said it was disappointed by the result. Assistant Chief Officer Siobhan O'Rourke-Haig said contingency plans were in place and urged the union to return to talks.

'Our priority is and always will be keeping the communities of Fife safe,' she added.

According to the service, 14 appliances were temporarily withdrawn across Scotland in the last year because of staff shortages, two of them in Fife.

One Markinch driver, who spent five hours trapped in her car on the A92 near Freuchie during last week's blizzard, said the crew who reached her had been 'absolute heroes'.

Fife Council's community safety convener, Councillor Aileen Rennie-Wallace, said the council would 'do everything it can' to help both sides reach a settlement.

'I don't think anyone in Fife will forget what these crews did last week,' she told the Fife Free Press. 'They deserve to be listened to.'

The Scottish Government said pay negotiations were a matter for the SFRS and the union.

No dates have yet been set for industrial action. The union must give 14 days' notice of any walkout.""", [
        Q("Members of the Fire Brigades Union (FBU) in Scotland voted by 78 per cent in favour of walkouts on a turnout "
          "of 71 per cent", "indirect", "the union", "Fire Brigades Union", speaker_at="the union announced"),
        Q("'Last week our members were out in blizzards pulling people from cars and clearing roads. They did that with "
          "fewer appliances and fewer firefighters than we had ten years ago.", "direct", "Callum MacIver",
          "Callum MacIver"),
        Q("'Nobody goes into this job to go on strike. But the service is being cut to the bone, and the public "
          "deserves to know that.'", "direct", "Callum MacIver", "Callum MacIver"),
        Q("it was disappointed by the result", "indirect", "The Scottish Fire and Rescue Service",
          "Scottish Fire and Rescue Service"),
        Q("contingency plans were in place", "indirect", "Siobhan O'Rourke-Haig", "Siobhan O'Rourke-Haig"),
        Q("'Our priority is and always will be keeping the communities of Fife safe,'", "direct", "she",
          "Siobhan O'Rourke-Haig", speaker_at="she added"),
        Q("14 appliances were temporarily withdrawn across Scotland in the last year because of staff shortages, two "
          "of them in Fife", "indirect", "the service", "Scottish Fire and Rescue Service",
          speaker_at="According to the service"),
        Q("'absolute heroes'", "partial", "One Markinch driver", None),
        Q("'do everything it can'", "partial", "Aileen Rennie-Wallace", "Aileen Rennie-Wallace"),
        Q("'I don't think anyone in Fife will forget what these crews did last week,'", "direct", "she",
          "Aileen Rennie-Wallace", speaker_at="she told the Fife"),
        Q("'They deserve to be listened to.'", "direct", "she", "Aileen Rennie-Wallace", speaker_at="she told the Fife"),
        Q("pay negotiations were a matter for the SFRS and the union", "indirect", "The Scottish Government",
          "Scottish Government"),
    ], source="blind"),
    Case("blind58-limerick-manslaughter", """Man jailed for killing childhood friend with single punch on Thomas Street

A 31-year-old man who killed his childhood friend with a single punch outside a takeaway in Limerick city centre has been jailed for six years.

Darragh Ó Floinn, of Hyde Road, Ballinacurra, had pleaded guilty at Limerick Circuit Criminal Court to the manslaughter of Cian Mac Namara, 30, on Thomas Street in the early hours of March 19 last year.

Detective Garda Seán Kiely told the court that the two men, who had been friends since primary school, had been drinking in the city centre and got into an argument over a taxi.

CCTV footage shown to the court showed Ó Floinn striking Mr Mac Namara once to the side of the head. He fell backwards, struck his head on the kerb and died in University Hospital Limerick two days later.

In a victim impact statement read by his sister, Aoife Mac Namara-Hayes, the family said their lives had been “torn apart”.

“Cian was the one who always made sure everyone got home safe,” she told the court. “The cruelty of it is that he died on a night out, the one place he always looked after everyone else.”

Defence counsel Eoghan de Búrca SC said his client had shown “genuine and profound remorse” and had written to the Mac Namara family from custody. He said Ó Floinn had no previous convictions and had never intended to cause serious harm.

“This was a moment of madness that will stay with him for the rest of his life,” Mr de Búrca said.

Sentencing, Judge Dorothy Ní Chonchúir said the case was “a tragedy for two families”.

“A single blow, thrown in anger and in drink, has ended one young life and will define another,” the judge said. “People need to understand that a punch is never just a punch.”

She imposed a sentence of seven years, with the final year suspended, and backdated it to when Ó Floinn first went into custody.

Outside the court, a garda spokesperson said the investigation team had worked closely with the family throughout and thanked members of the public who had come forward with phone footage.

Mr Mac Namara, a qualified electrician, was a well-known underage coach with Claughaun GAA club, which held a minute’s silence before its match on Sunday.""", [
        Q("the two men, who had been friends since primary school, had been drinking in the city centre and got into "
          "an argument over a taxi", "indirect", "Seán Kiely", "Seán Kiely"),
        Q("“torn apart”", "partial", "the family", None, speaker_at="the family said"),
        Q("“Cian was the one who always made sure everyone got home safe,”", "direct", "she",
          "Aoife Mac Namara-Hayes", speaker_at="she told the court"),
        Q("“The cruelty of it is that he died on a night out, the one place he always looked after everyone else.”",
          "direct", "she", "Aoife Mac Namara-Hayes", speaker_at="she told the court"),
        Q("“genuine and profound remorse”", "partial", "Eoghan de Búrca", "Eoghan de Búrca"),
        Q("Ó Floinn had no previous convictions and had never intended to cause serious harm", "indirect", "He",
          "Eoghan de Búrca", speaker_at="He said Ó Floinn"),
        Q("“This was a moment of madness that will stay with him for the rest of his life,”", "direct", "de Búrca",
          "Eoghan de Búrca", speaker_at="Mr de Búrca said"),
        Q("“a tragedy for two families”", "partial", "Dorothy Ní Chonchúir", "Dorothy Ní Chonchúir"),
        Q("“A single blow, thrown in anger and in drink, has ended one young life and will define another,”",
          "direct", "the judge", "Dorothy Ní Chonchúir", speaker_at="the judge said"),
        Q("“People need to understand that a punch is never just a punch.”", "direct", "the judge",
          "Dorothy Ní Chonchúir", speaker_at="the judge said"),
        Q("the investigation team had worked closely with the family throughout", "indirect",
          "a garda spokesperson", None),
    ], source="blind"),
    Case("blind58-cairns-floods", """Flash flooding cuts Kuranda Range as 300mm dumps on Cairns

More than 300mm of rain fell on parts of Cairns in 24 hours, triggering flash flooding that closed the Kuranda Range Road, swamped homes in Edge Hill and Whitfield and left thousands of residents without power.

The Bureau of Meteorology said 312mm was recorded at Copperlode Dam in the 24 hours to 9am on Wednesday, with another 150mm possible before the trough eases later in the week.

“This is a very slow-moving system sitting right over the coast, and that’s what makes it dangerous,” bureau senior meteorologist Angus Fitzgerald-Ngo said.

“Creeks can come up in minutes. If it’s flooded, forget it.”

Swiftwater rescue crews were called to 11 incidents overnight, including a ute swept off a causeway at Freshwater, a Queensland Fire Department spokeswoman said. The driver was able to climb onto the roof and was rescued uninjured.

Ergon Energy said about 2400 customers remained without power on Wednesday afternoon, most of them in the northern beaches and Freshwater.

Whitfield resident Joanne Kuo said the water in her street rose “faster than I’ve ever seen in 20 years here”.

“We had the kids’ stuff up on the beds and it still got wet,” she said. “Our neighbour was out in his kayak checking on the old couple next door.”

Local Disaster Management Group chair Cr Kristy Anu said evacuation centres at the Cairns Showgrounds and Smithfield had been opened on Tuesday night, although only a handful of people had used them.

“The message is simple: stay off the roads unless you absolutely have to travel,” Cr Anu said. “We’ve already had one very lucky driver. We don’t want to be pulling anyone else out of a creek.”

The Department of Transport and Main Roads said the Kuranda Range Road would remain closed until geotechnical engineers could inspect a landslip near Henry Ross Lookout, possibly not before Friday.

Schools at Freshwater and Redlynch were closed on Wednesday, and Cairns Airport reported several delayed flights.

The bureau has issued a flood watch for the Barron, Mulgrave and Russell rivers.""", [
        Q("312mm was recorded at Copperlode Dam in the 24 hours to 9am on Wednesday, with another 150mm possible before "
          "the trough eases later in the week", "indirect", "The Bureau of Meteorology", "Bureau of Meteorology"),
        Q("“This is a very slow-moving system sitting right over the coast, and that’s what makes it dangerous,”",
          "direct", "Angus Fitzgerald-Ngo", "Angus Fitzgerald-Ngo"),
        Q("“Creeks can come up in minutes. If it’s flooded, forget it.”", "direct", "Angus Fitzgerald-Ngo",
          "Angus Fitzgerald-Ngo"),
        Q("Swiftwater rescue crews were called to 11 incidents overnight, including a ute swept off a causeway at "
          "Freshwater", "indirect", "a Queensland Fire Department spokeswoman", None),
        Q("about 2400 customers remained without power on Wednesday afternoon, most of them in the northern beaches "
          "and Freshwater", "indirect", "Ergon Energy", "Ergon Energy"),
        Q("“faster than I’ve ever seen in 20 years here”", "partial", "Joanne Kuo", "Joanne Kuo"),
        Q("“We had the kids’ stuff up on the beds and it still got wet,”", "direct", "she", "Joanne Kuo",
          speaker_at="she said"),
        Q("“Our neighbour was out in his kayak checking on the old couple next door.”", "direct", "she", "Joanne Kuo",
          speaker_at="she said"),
        Q("evacuation centres at the Cairns Showgrounds and Smithfield had been opened on Tuesday night, although only "
          "a handful of people had used them", "indirect", "Kristy Anu", "Kristy Anu"),
        Q("“The message is simple: stay off the roads unless you absolutely have to travel,”", "direct", "Anu",
          "Kristy Anu", speaker_at="Cr Anu said"),
        Q("“We’ve already had one very lucky driver. We don’t want to be pulling anyone else out of a creek.”",
          "direct", "Anu", "Kristy Anu", speaker_at="Cr Anu said"),
        Q("the Kuranda Range Road would remain closed until geotechnical engineers could inspect a landslip near Henry "
          "Ross Lookout, possibly not before Friday", "indirect", "The Department of Transport and Main Roads",
          "Department of Transport and Main Roads"),
    ], source="blind"),
    Case("blind58-moutere-eventing", """Te Kani-Brown holds nerve to claim Moutere Hills feature

Richmond rider Aroha Te Kani-Brown has won the feature CCI3*-L class at the Moutere Hills Horse Trials, holding her nerve in the final showjumping round to beat a field that included two former national champions.

Te Kani-Brown and her 11-year-old mare Kōwhai Dancer, known around the yard as “Kiki”, led from the dressage and added just 0.8 time penalties across country on Saturday before jumping clear on Sunday afternoon.

“I honestly couldn’t watch the last fence on the replay,” the 26-year-old said. “She’s been such a trier her whole life, and today she just gave me everything.”

Dutch-born Pieter de Wit, who is based in Hawke’s Bay, finished second on Stormy Lad, with Cambridge’s Hannah Okoro-Mills third.

De Wit said the cross-country track was “the best we’ve ridden in the South Island for years” and praised the volunteers who had worked through heavy rain on Friday to get the ground ready.

The event’s organising committee chair, Bryce Tuhiwai, said entries were up 40 per cent on last year.

“A few years ago we were wondering whether we’d be able to keep this event going at all,” he said. “Now we’ve got riders coming from Northland and Southland, and that tells you something.”

Equestrian Sports New Zealand (ESNZ) eventing high-performance manager Graeme Stuart-Lyall, who was at the event, said Te Kani-Brown was now firmly in contention for a place in the squad for next season’s trans-Tasman series.

“She’s a very good, very quiet rider, and that mare is improving all the time,” Stuart-Lyall said. “We’ll be watching closely.”

Te Kani-Brown, who works part-time at a vet clinic in Māpua, said her next target would be the Puhinui three-day event in December, though she admitted the “serious money” needed to get a horse overseas was still a long way off.

“We’ll do a bit of fundraising, a sausage sizzle or two,” she laughed.

Results were confirmed by ESNZ on Monday morning after a protest over a refusal in the CCI2* class was dismissed.""", [
        Q("“I honestly couldn’t watch the last fence on the replay,”", "direct", "the 26-year-old",
          "Aroha Te Kani-Brown"),
        Q("“She’s been such a trier her whole life, and today she just gave me everything.”", "direct",
          "the 26-year-old", "Aroha Te Kani-Brown"),
        Q("“the best we’ve ridden in the South Island for years”", "partial", "De Wit", "Pieter de Wit",
          speaker_at="De Wit said"),
        Q("entries were up 40 per cent on last year", "indirect", "Bryce Tuhiwai", "Bryce Tuhiwai"),
        Q("“A few years ago we were wondering whether we’d be able to keep this event going at all,”", "direct", "he",
          "Bryce Tuhiwai", speaker_at="he said"),
        Q("“Now we’ve got riders coming from Northland and Southland, and that tells you something.”", "direct", "he",
          "Bryce Tuhiwai", speaker_at="he said"),
        Q("Te Kani-Brown was now firmly in contention for a place in the squad for next season’s trans-Tasman series",
          "indirect", "Graeme Stuart-Lyall", "Graeme Stuart-Lyall"),
        Q("“She’s a very good, very quiet rider, and that mare is improving all the time,”", "direct", "Stuart-Lyall",
          "Graeme Stuart-Lyall", speaker_at="all the time,” Stuart-Lyall said"),
        Q("“We’ll be watching closely.”", "direct", "Stuart-Lyall", "Graeme Stuart-Lyall",
          speaker_at="all the time,” Stuart-Lyall said"),
        Q("her next target would be the Puhinui three-day event in December", "indirect", "Te Kani-Brown",
          "Aroha Te Kani-Brown", speaker_at="Te Kani-Brown, who works"),
        Q("“serious money”", "partial", "she", "Aroha Te Kani-Brown", speaker_at="she admitted"),
        Q("“We’ll do a bit of fundraising, a sausage sizzle or two,”", "direct", "she", "Aroha Te Kani-Brown",
          speaker_at="she laughed"),
    ], source="blind"),
    Case("blind58-red-deer-pipeline", """First Nation threatens court fight over Red Deer River pipeline crossing

A central Alberta First Nation says it will go to court if the province's energy regulator approves a natural gas pipeline that would cross the Red Deer River upstream of the city.

Wolf Creek Cree Nation Chief Rosalind Morin-Crowchild told a packed public meeting at the Innisfail Royal Canadian Legion on Tuesday night that her nation had not been properly consulted on NorthRidge Energy's proposed 94-kilometre Battle River Connector.

"They sent us a binder and called it consultation," Morin-Crowchild said. "That's not how you treat a treaty partner. That river is where our people have fished and gathered medicines for generations."

The chief said the nation had hired hydrologists to review the company's plans and would file a formal objection with the Alberta Energy Regulator (AER) by the end of the month.

Calgary-based NorthRidge says the $410-million line is needed to move gas from new wells west of Sylvan Lake to processing plants near Joffre.

Company spokesperson Leah Van Tassel said NorthRidge had held "more than 40 meetings" with Indigenous communities and landowners over the past two years.

"We take our obligations seriously, and we remain open to continuing the conversation with Wolf Creek," Van Tassel said in an email to the Advocate. "We believe this project can be built safely."

Not everyone at the meeting opposed the project. Red Deer County Coun. Brent Kuhnen-Ostrowski said the pipeline would bring "good-paying jobs" and badly needed tax revenue to the county.

"I respect the concerns, I really do," he said. "But we can't keep saying no to everything and then wonder why young people leave."

Landowner Marlene Ducharme, whose family has farmed near Penhold since 1911, said she was worried about the directional drilling planned under the river.

"If something goes wrong with that crossing, it's not the company that drinks the water," said Ducharme, drawing loud applause from the crowd of about 200.

The AER said in a statement it could not comment on an application that was still under review. A decision is expected in the spring.""", [
        Q("it will go to court if the province's energy regulator approves a natural gas pipeline that would cross the "
          "Red Deer River upstream of the city", "indirect", "A central Alberta First Nation", "Wolf Creek Cree Nation"),
        Q("her nation had not been properly consulted on NorthRidge Energy's proposed 94-kilometre Battle River "
          "Connector", "indirect", "Rosalind Morin-Crowchild", "Rosalind Morin-Crowchild"),
        Q('"They sent us a binder and called it consultation,"', "direct", "Morin-Crowchild",
          "Rosalind Morin-Crowchild", speaker_at="Morin-Crowchild said"),
        Q('"That\'s not how you treat a treaty partner. That river is where our people have fished and gathered '
          'medicines for generations."', "direct", "Morin-Crowchild", "Rosalind Morin-Crowchild",
          speaker_at="Morin-Crowchild said"),
        Q("the nation had hired hydrologists to review the company's plans and would file a formal objection with the "
          "Alberta Energy Regulator (AER) by the end of the month", "indirect", "The chief", "Rosalind Morin-Crowchild"),
        Q("the $410-million line is needed to move gas from new wells west of Sylvan Lake to processing plants near "
          "Joffre", "indirect", "NorthRidge", "NorthRidge Energy", speaker_at="NorthRidge says"),
        Q('"more than 40 meetings"', "partial", "Leah Van Tassel", "Leah Van Tassel"),
        Q('"We take our obligations seriously, and we remain open to continuing the conversation with Wolf Creek,"',
          "direct", "Van Tassel", "Leah Van Tassel", speaker_at="Van Tassel said in an email"),
        Q('"We believe this project can be built safely."', "direct", "Van Tassel", "Leah Van Tassel",
          speaker_at="Van Tassel said in an email"),
        Q('"good-paying jobs"', "partial", "Brent Kuhnen-Ostrowski", "Brent Kuhnen-Ostrowski"),
        Q('"I respect the concerns, I really do,"', "direct", "he", "Brent Kuhnen-Ostrowski", speaker_at="he said"),
        Q('"But we can\'t keep saying no to everything and then wonder why young people leave."', "direct", "he",
          "Brent Kuhnen-Ostrowski", speaker_at="he said"),
        Q("she was worried about the directional drilling planned under the river", "indirect", "Marlene Ducharme",
          "Marlene Ducharme"),
        Q('"If something goes wrong with that crossing, it\'s not the company that drinks the water,"', "direct",
          "Ducharme", "Marlene Ducharme", speaker_at="said Ducharme"),
        Q("it could not comment on an application that was still under review", "indirect", "The AER",
          "Alberta Energy Regulator"),
    ], source="blind"),
    Case("blind58-nile-mobile-results", """Nile Mobile profit jumps 18% as mobile money, data power growth

Kampala, Uganda | THE INDEPENDENT | Nile Mobile Uganda Limited has posted an 18 percent rise in profit after tax to Shs 412 billion for the year ended December 2023, driven largely by growth in mobile money and data.

Total revenue rose 14.6 percent to Shs 2.9 trillion, the company said in its full-year results released on the Uganda Securities Exchange (USE) on Wednesday. Mobile money revenue alone grew by 23 percent, while data revenue was up 27 percent.

"These results show that Ugandans are increasingly living their lives on their phones, whether it is paying school fees, buying airtime or running a small business," Chief Executive Officer Martha Nakiwala Ssemakula told journalists at the company's headquarters in Nakasero.

She said the number of active mobile money users had crossed 11 million for the first time, and that the company would invest Shs 600 billion this year to extend 4G coverage to "every sub-county in the country."

The board has recommended a final dividend of Shs 11 per share, bringing the total payout for the year to Shs 18.5 per share.

"Our shareholders, many of whom are ordinary Ugandans who bought shares in the IPO, have been patient with us," board chairman Hajji Abdul Nsereko said. "We are happy to reward that patience."

Not everything went the company's way. The company said network costs had increased by 19 percent, mainly because of the weaker shilling and higher fuel prices for the generators at its base stations.

Eng. Joseph Okello Obbo, the chief technical officer, said vandalism remained a major problem, with more than 300 sites attacked last year.

"Every time a battery is stolen from a site in Lira or Mbarara, thousands of people lose their connection. These are not small thefts," he said.

Brian Tumusiime, an analyst at Kampala-based Equator Securities, said the results were "better than what the market expected" but warned that the Uganda Communications Commission's (UCC) planned review of mobile money charges posed a risk to future earnings.

The UCC has said it will publish the findings of the review before the end of June.

Nile Mobile shares closed unchanged at Shs 195 on the USE on Wednesday.""", [
        Q("Total revenue rose 14.6 percent to Shs 2.9 trillion", "indirect", "the company", "Nile Mobile Uganda Limited",
          speaker_at="the company said in its"),
        Q('"These results show that Ugandans are increasingly living their lives on their phones, whether it is paying '
          'school fees, buying airtime or running a small business,"', "direct", "Martha Nakiwala Ssemakula",
          "Martha Nakiwala Ssemakula"),
        Q("the number of active mobile money users had crossed 11 million for the first time", "indirect", "She",
          "Martha Nakiwala Ssemakula", speaker_at="She said the number"),
        Q('"every sub-county in the country."', "partial", "She", "Martha Nakiwala Ssemakula",
          speaker_at="She said the number"),
        Q('"Our shareholders, many of whom are ordinary Ugandans who bought shares in the IPO, have been patient with '
          'us,"', "direct", "Abdul Nsereko", "Abdul Nsereko"),
        Q('"We are happy to reward that patience."', "direct", "Abdul Nsereko", "Abdul Nsereko"),
        Q("network costs had increased by 19 percent, mainly because of the weaker shilling and higher fuel prices for "
          "the generators at its base stations", "indirect", "The company", "Nile Mobile Uganda Limited",
          speaker_at="The company said network"),
        Q("vandalism remained a major problem, with more than 300 sites attacked last year", "indirect",
          "Joseph Okello Obbo", "Joseph Okello Obbo"),
        Q('"Every time a battery is stolen from a site in Lira or Mbarara, thousands of people lose their connection. '
          'These are not small thefts,"', "direct", "he", "Joseph Okello Obbo", speaker_at="he said"),
        Q('"better than what the market expected"', "partial", "Brian Tumusiime", "Brian Tumusiime"),
        Q("the Uganda Communications Commission's (UCC) planned review of mobile money charges posed a risk to future "
          "earnings", "indirect", "Brian Tumusiime", "Brian Tumusiime"),
        Q("it will publish the findings of the review before the end of June", "indirect", "The UCC",
          "Uganda Communications Commission"),
    ], source="blind"),
    Case("blind58-ogun-teachers", """Ogun teachers begin indefinite strike over promotion arrears

By Kehinde Oyelaran-Obi, Abeokuta

Public primary and secondary schools across Ogun State were shut yesterday as teachers under the aegis of the Nigeria Union of Teachers (NUT) began an indefinite strike over unpaid promotion arrears and the non-implementation of the new minimum wage.

Pupils who turned up at schools in Abeokuta, Sagamu and Ijebu-Ode were sent home, while some private schools reported a surge in enquiries from anxious parents.

Addressing journalists at the union’s secretariat in Oke-Ilewo, Abeokuta, the state NUT Chairman, Comrade Babatunde Olusegun Akinwande, said teachers had been “pushed to the wall” after several meetings with government officials failed to yield results.

“Some of our members were promoted in 2019 and till today they have not received a kobo of the arrears,” Akinwande said. “We cannot continue to teach on empty stomachs while our own children are being sent home for school fees.”

He added that the union had given the government a 21-day ultimatum which expired on Friday.

But the state Commissioner for Education, Science and Technology, Prof. Adenike Oyelade-Chukwu, described the strike as “unnecessary and premature”, insisting that government had already paid N2.1 billion of the arrears.

“Government has demonstrated good faith. We have a payment schedule and we are following it,” she said in a statement. She appealed to the teachers to return to the classroom in the interest of pupils preparing for the West African Senior School Certificate Examination (WASSCE).

The Chairman of the Ogun chapter of the Parent-Teacher Association (PTA), Chief Olusola Adebayo, urged both parties to shift grounds, saying the children were “the ones paying the price for this quarrel”.

A parent, Mrs Kemi Ogundipe, who spoke to Vanguard at Ibara, lamented that her two children had been at home since morning with nothing to do.

“My daughter is writing WAEC in May. Who will teach her now? Is it the commissioner that will come to my house?” she asked.

The state chairman of the Nigeria Labour Congress (NLC), Alhaji Rasheed Olatunji-Balogun, said the congress would “mobilise all affiliate unions” if any teacher was victimised for taking part in the strike.

As of press time, there was no indication that the two sides would meet this week.""", [
        Q("“pushed to the wall”", "partial", "Babatunde Olusegun Akinwande", "Babatunde Olusegun Akinwande"),
        Q("“Some of our members were promoted in 2019 and till today they have not received a kobo of the arrears,”",
          "direct", "Akinwande", "Babatunde Olusegun Akinwande", speaker_at="Akinwande said"),
        Q("“We cannot continue to teach on empty stomachs while our own children are being sent home for school fees.”",
          "direct", "Akinwande", "Babatunde Olusegun Akinwande", speaker_at="Akinwande said"),
        Q("the union had given the government a 21-day ultimatum which expired on Friday", "indirect", "He",
          "Babatunde Olusegun Akinwande", speaker_at="He added"),
        Q("“unnecessary and premature”", "partial", "Adenike Oyelade-Chukwu", "Adenike Oyelade-Chukwu"),
        Q("government had already paid N2.1 billion of the arrears", "indirect", "Adenike Oyelade-Chukwu",
          "Adenike Oyelade-Chukwu"),
        Q("“Government has demonstrated good faith. We have a payment schedule and we are following it,”", "direct",
          "she", "Adenike Oyelade-Chukwu", speaker_at="she said in a statement"),
        Q("“the ones paying the price for this quarrel”", "partial", "Olusola Adebayo", "Olusola Adebayo"),
        Q("her two children had been at home since morning with nothing to do", "indirect", "Kemi Ogundipe",
          "Kemi Ogundipe"),
        Q("“My daughter is writing WAEC in May. Who will teach her now? Is it the commissioner that will come to my "
          "house?”", "direct", "she", "Kemi Ogundipe", speaker_at="she asked"),
        Q("“mobilise all affiliate unions”", "partial", "Rasheed Olatunji-Balogun", "Rasheed Olatunji-Balogun"),
    ], source="blind"),
    Case("blind58-rustenburg-shaft", """Nine mineworkers killed as cage plunges at Rustenburg platinum mine

Nine mineworkers died and 14 others were injured when a cage carrying workers to the surface plunged down a shaft at a platinum mine outside Rustenburg on Tuesday night.

Thaba Platinum said in a statement that the conveyance, carrying 23 workers, had been ascending at the end of the night shift at its No 4 shaft near Bethanie when it fell about 200m. The cause of the accident was not yet known, the company said.

"We are devastated. Our thoughts are with the families, and we will not rest until we understand exactly what happened," said chief executive Pieter-Schalk van Rensburg.

Van Rensburg said all operations at the shaft had been suspended and counselling was being offered to workers and families.

The Department of Mineral Resources and Energy (DMRE) said its inspectors were on site on Wednesday. Department spokesperson Ayanda Nkosi-Mthembu told Sowetan a full inquiry would be held and that "those found to have been negligent will face the full might of the law".

The National Union of Mineworkers (NUM) said it had raised concerns about the winder at the shaft as recently as February.

"We told management that this winder was old and breaking down. They told us it was safe," NUM's Bojanala regional secretary Sello Motaung said. "Today we are counting bodies."

Amcu organiser Thembinkosi Ngwenya said his union would march to the company's offices in Rustenburg on Friday to demand answers.

Outside the mine gate, relatives waited in the cold for news. Dikeledi Mokoena, 41, said she had not heard from her younger brother since Tuesday afternoon.

"They keep telling us to wait. We have been waiting since last night and nobody tells us anything," she said, clutching a photo of him in his overalls.

By late Wednesday the company had released the names of only four of the dead, saying the families of the others had not yet been informed.

According to the DMRE, it was the deadliest single accident in the platinum sector in more than a decade.

The bodies were taken to the state mortuary in Rustenburg, where post-mortems were expected to be carried out on Thursday.""", [
        Q("the conveyance, carrying 23 workers, had been ascending at the end of the night shift at its No 4 shaft near "
          "Bethanie when it fell about 200m", "indirect", "Thaba Platinum", "Thaba Platinum",
          speaker_at="Thaba Platinum said"),
        Q("The cause of the accident was not yet known", "indirect", "the company", "Thaba Platinum",
          speaker_at="the company said"),
        Q('"We are devastated. Our thoughts are with the families, and we will not rest until we understand exactly '
          'what happened,"', "direct", "Pieter-Schalk van Rensburg", "Pieter-Schalk van Rensburg"),
        Q("all operations at the shaft had been suspended and counselling was being offered to workers and families",
          "indirect", "Van Rensburg", "Pieter-Schalk van Rensburg", speaker_at="Van Rensburg said"),
        Q("its inspectors were on site on Wednesday", "indirect", "The Department of Mineral Resources and Energy",
          "Department of Mineral Resources and Energy"),
        Q("a full inquiry would be held", "indirect", "Ayanda Nkosi-Mthembu", "Ayanda Nkosi-Mthembu"),
        Q('"those found to have been negligent will face the full might of the law"', "partial",
          "Ayanda Nkosi-Mthembu", "Ayanda Nkosi-Mthembu"),
        Q("it had raised concerns about the winder at the shaft as recently as February", "indirect",
          "The National Union of Mineworkers", "National Union of Mineworkers"),
        Q('"We told management that this winder was old and breaking down. They told us it was safe,"', "direct",
          "Sello Motaung", "Sello Motaung"),
        Q('"Today we are counting bodies."', "direct", "Sello Motaung", "Sello Motaung"),
        Q("his union would march to the company's offices in Rustenburg on Friday to demand answers", "indirect",
          "Thembinkosi Ngwenya", "Thembinkosi Ngwenya"),
        Q("she had not heard from her younger brother since Tuesday afternoon", "indirect", "Dikeledi Mokoena",
          "Dikeledi Mokoena"),
        Q('"They keep telling us to wait. We have been waiting since last night and nobody tells us anything,"',
          "direct", "she", "Dikeledi Mokoena", speaker_at="she said"),
        Q("the families of the others had not yet been informed", "indirect", "the company", "Thaba Platinum",
          speaker_at="the company had released"),
        Q("it was the deadliest single accident in the platinum sector in more than a decade", "indirect", "the DMRE",
          "Department of Mineral Resources and Energy", speaker_at="According to the DMRE"),
    ], source="blind"),
    Case("blind58-mafikizolo-obituary", """Bosso legend “Mafikizolo” dies at 67

HIGHLANDERS Football Club legend Thembinkosi “Mafikizolo” Khumalo has died. He was 67.

Khumalo, a hard-running midfielder who was part of the Bosso sides that won the league title in 1990 and 1993, died at Mpilo Central Hospital on Sunday evening after a long illness, his family said.

His nephew and family spokesperson, Mr Sifiso Khumalo-Nyathi, said burial arrangements would be announced after a family meeting today.

“He fought until the end. Even in hospital he wanted to know the Bosso score every weekend,” said Mr Khumalo-Nyathi.

Born in Makokoba, Khumalo joined Highlanders juniors at the age of 14 and made his first-team debut in 1976. He went on to make more than 300 appearances for the club and earned 19 caps for the Warriors.

Highlanders chief executive Mgcini Dlodlo described Khumalo as “a true son of Bosso” who had given everything to the club.

“When you talk of the great midfielders this club has produced, Mafikizolo’s name comes up every time,” Dlodlo said. “He was a quiet man off the field, but on it he was a general.”

Former Warriors and Highlanders captain Obadiah Sithole, who played alongside Khumalo for eight seasons, told Chronicle Sport that his friend had been “the brains” of the team.

He recalled: “I remember the 1993 match against Dynamos at Barbourfields. We were tired, it was hot, and he just took the ball and said, ‘Give it to me, boys.’ That was Mafikizolo. He never hid.”

After retiring, Khumalo coached juniors in Makokoba and Mzilikazi for more than two decades, and several of his former pupils went on to play in the Premier Soccer League.

The Zimbabwe Football Association (Zifa) said his contribution to the game would “never be forgotten”.

Khumalo is survived by his wife, MaSibanda, four children and 11 grandchildren. Mourners are gathered at house number 14, Sixth Avenue, Luveve.""", [
        Q("Khumalo, a hard-running midfielder who was part of the Bosso sides that won the league title in 1990 and "
          "1993, died at Mpilo Central Hospital on Sunday evening after a long illness", "indirect", "his family",
          None, speaker_at="his family said"),
        Q("burial arrangements would be announced after a family meeting today", "indirect", "Sifiso Khumalo-Nyathi",
          "Sifiso Khumalo-Nyathi"),
        Q("“He fought until the end. Even in hospital he wanted to know the Bosso score every weekend,”", "direct",
          "Khumalo-Nyathi", "Sifiso Khumalo-Nyathi", speaker_at="said Mr Khumalo-Nyathi"),
        Q("“a true son of Bosso”", "partial", "Mgcini Dlodlo", "Mgcini Dlodlo"),
        Q("“When you talk of the great midfielders this club has produced, Mafikizolo’s name comes up every time,”",
          "direct", "Dlodlo", "Mgcini Dlodlo", speaker_at="Dlodlo said"),
        Q("“He was a quiet man off the field, but on it he was a general.”", "direct", "Dlodlo", "Mgcini Dlodlo",
          speaker_at="Dlodlo said"),
        Q("“the brains”", "partial", "Obadiah Sithole", "Obadiah Sithole"),
        Q("“I remember the 1993 match against Dynamos at Barbourfields. We were tired, it was hot, and he just took "
          "the ball and said, ‘Give it to me, boys.’ That was Mafikizolo. He never hid.”", "direct", "He",
          "Obadiah Sithole", speaker_at="He recalled"),
        Q("“never be forgotten”", "partial", "The Zimbabwe Football Association", "Zimbabwe Football Association"),
    ], source="blind"),
    Case("blind58-salt-road-festival", """Emirati director Maryam Al Suwaidi wins top prize at Abu Dhabi Screen Week

Emirati director Maryam Al Suwaidi’s debut feature The Salt Road won the Golden Falcon for best film at Abu Dhabi Screen Week on Friday night, the first time a film from the UAE has taken the festival’s top prize.

The drama, which follows three generations of women in a Ras Al Khaimah fishing village in the 1960s, beat 11 other films from across the Arab world and Asia.

“I wrote the first draft of this film in my grandmother’s kitchen,” Al Suwaidi said as she accepted the award at Manarat Al Saadiyat. “Every line of it belongs to her, and to the women like her who never saw themselves on a screen.”

Jury president Youssef El-Sharkawy, the veteran Egyptian screenwriter, said the decision had been unanimous. He called the film “a quiet masterpiece” and singled out its cast of largely non-professional actors, many of them from the village where it was shot.

South Korean director Park Ji-hoon won best director for “Winter Harbour”, a thriller set on a fishing island off the coast of Busan. Speaking through an interpreter, Park said he had not expected to win.

“This is my first time in the Middle East, and the audiences here laughed in all the right places,” he added. “That is the best prize for a director.”

The best actress award went to India’s Revathi Pillai-Menon for her role as a grieving mother in the Malayalam film “Kaayal”.

Sheikh Sultan bin Khalid Al Mualla, chairman of the festival’s organising committee, told The National that this year’s edition had sold more than 28,000 tickets, a record for the event.

“Five years ago, people asked whether Abu Dhabi needed another film festival,” Sheikh Sultan said. “I think tonight answered that question.”

According to organisers, the festival’s film fund, which supports young Emirati and Arab film-makers, will double to Dh10 million next year.

Not everyone was celebrating. Film critic Rana Haddad-Farouk wrote on X that this year’s programme had been “too safe” and that “the most interesting Arab cinema is happening elsewhere”.

The Salt Road will open in cinemas across the UAE on March 6, with screenings in Riyadh and Amman to follow.""", [
        Q("“I wrote the first draft of this film in my grandmother’s kitchen,”", "direct", "Al Suwaidi",
          "Maryam Al Suwaidi", speaker_at="Al Suwaidi said"),
        Q("“Every line of it belongs to her, and to the women like her who never saw themselves on a screen.”",
          "direct", "Al Suwaidi", "Maryam Al Suwaidi", speaker_at="Al Suwaidi said"),
        Q("the decision had been unanimous", "indirect", "Youssef El-Sharkawy", "Youssef El-Sharkawy"),
        Q("“a quiet masterpiece”", "partial", "He", "Youssef El-Sharkawy", speaker_at="He called"),
        Q("he had not expected to win", "indirect", "Park", "Park Ji-hoon", speaker_at="Park said"),
        Q("“This is my first time in the Middle East, and the audiences here laughed in all the right places,”",
          "direct", "he", "Park Ji-hoon", speaker_at="he added"),
        Q("“That is the best prize for a director.”", "direct", "he", "Park Ji-hoon", speaker_at="he added"),
        Q("this year’s edition had sold more than 28,000 tickets, a record for the event", "indirect",
          "Sultan bin Khalid Al Mualla", "Sultan bin Khalid Al Mualla"),
        Q("“Five years ago, people asked whether Abu Dhabi needed another film festival,”", "direct", "Sultan",
          "Sultan bin Khalid Al Mualla", speaker_at="Sheikh Sultan said"),
        Q("“I think tonight answered that question.”", "direct", "Sultan", "Sultan bin Khalid Al Mualla",
          speaker_at="Sheikh Sultan said"),
        Q("the festival’s film fund, which supports young Emirati and Arab film-makers, will double to Dh10 million "
          "next year", "indirect", "organisers", None),
        Q("“too safe”", "partial", "Rana Haddad-Farouk", "Rana Haddad-Farouk"),
        Q("“the most interesting Arab cinema is happening elsewhere”", "partial", "Rana Haddad-Farouk",
          "Rana Haddad-Farouk"),
    ], source="blind"),
    Case("blind58-jun-hao-indonesia", """Jun Hao stuns world No 3 to reach Indonesia Open quarter-finals

JAKARTA: National shuttler Tan Jun Hao produced the biggest win of his career when he stunned world No 3 Li Haoran of China 21-18, 14-21, 22-20 in the second round of the Indonesia Open at Istora Senayan yesterday.

The 23-year-old, ranked 28th in the world, saved two match points in the decider before sealing the win with a cross-court smash.

"Honestly, at 18-20 I thought it was over. I just told myself to keep the shuttle in play and make him earn every point," said Jun Hao.

He said the support of the Malaysian fans in the stadium, who outnumbered the Chinese supporters in a near-empty morning session, had helped him through the tense final points.

Li, the reigning All England champion, told reporters he had felt a pull in his left thigh early in the second game but refused to use it as an excuse.

"He played better at the important moments. That's badminton," Li said.

It was a less happy day for the national men's doubles pair of Mohd Irfan Zulkarnain Rosli-Wong Kai Xiang, who crashed out to Indonesia's unseeded Bagas Prasetyo-Daniel Marthin Siregar 19-21, 17-21.

"We made too many errors at the net and they punished us every time," said Kai Xiang, adding that the pair would now focus on the Japan Open next month.

Badminton Association of Malaysia (BAM) high performance director Datuk Zainal Abidin Mokhtar described Jun Hao's win as "a breakthrough" but cautioned against expecting too much too soon.

"He has the talent, we have always known that. Now he must show he can back it up in the next round, and the round after that," Zainal told Timesport.

Zainal said BAM would review the doubles department's performance after the Asian swing ends in July.

Jun Hao will face Denmark's Mikkel Holm-Andersen, who beat him in their only previous meeting at last year's Denmark Open, in today's quarter-final.

In women's singles, Goh Pei Shan's run ended with a 21-13, 21-15 loss to top seed An Se-young of South Korea.""", [
        Q('"Honestly, at 18-20 I thought it was over. I just told myself to keep the shuttle in play and make him earn '
          'every point,"', "direct", "Jun Hao", "Tan Jun Hao", speaker_at="said Jun Hao"),
        Q("the support of the Malaysian fans in the stadium, who outnumbered the Chinese supporters in a near-empty "
          "morning session, had helped him through the tense final points", "indirect", "He", "Tan Jun Hao",
          speaker_at="He said the support"),
        Q("he had felt a pull in his left thigh early in the second game", "indirect", "Li", "Li Haoran",
          speaker_at="Li, the reigning"),
        Q('"He played better at the important moments. That\'s badminton,"', "direct", "Li", "Li Haoran",
          speaker_at="Li said"),
        Q('"We made too many errors at the net and they punished us every time,"', "direct", "Kai Xiang",
          "Wong Kai Xiang", speaker_at="said Kai Xiang"),
        Q("the pair would now focus on the Japan Open next month", "indirect", "Kai Xiang", "Wong Kai Xiang",
          speaker_at="said Kai Xiang"),
        Q('"a breakthrough"', "partial", "Zainal Abidin Mokhtar", "Zainal Abidin Mokhtar"),
        Q('"He has the talent, we have always known that. Now he must show he can back it up in the next round, and '
          'the round after that,"', "direct", "Zainal", "Zainal Abidin Mokhtar", speaker_at="Zainal told"),
        Q("BAM would review the doubles department's performance after the Asian swing ends in July", "indirect",
          "Zainal", "Zainal Abidin Mokhtar", speaker_at="Zainal said"),
    ], source="blind"),
    Case("blind58-dela-cruz-araneta", """Dela Cruz keeps WBO flyweight crown with late stoppage of De la Garza

MANILA, Philippines — Jerwin “Bagyo” dela Cruz retained his WBO flyweight title with a 10th-round technical knockout of Mexico’s Luis Ángel de la Garza before a raucous crowd at the Araneta Coliseum on Saturday night.

The 27-year-old from General Santos City dropped his challenger with a left hook to the body in the ninth round and forced referee Celestino Ruiz to step in 1:42 into the 10th.

“I knew he was tired after the body shot. My coach told me, ‘Don’t rush, the finish will come,’” dela Cruz said in Filipino after the fight. “This one is for my mother, who has been sick. I hope she was watching.”

Dela Cruz improved to 21-1 with 14 knockouts, while De la Garza fell to 18-3-1.

Before leaving for the hospital, where he was taken for precautionary checks, de la Garza said through an interpreter: “He is a great champion. I have no excuses. I will come back stronger.”

His camp later said scans had come back clear and that he would fly home to Monterrey on Tuesday.

Dela Cruz’s trainer, Ernesto Sarmiento, said the game plan had been to “break him down” in the middle rounds.

“People want knockouts in the first round, but this is a 12-round fight. We were patient, and Jerwin listened,” Sarmiento said.

Bayanihan Boxing Promotions president Vincent Go-Yap said talks for a unification bout with IBF champion Ryota Kishimoto of Japan were already under way, possibly in Tokyo before the end of the year.

Sen. Ma. Lourdes Villanueva-Tan, who watched at ringside, said in a post on X that dela Cruz had “made the whole country proud.”

Games and Amusements Board (GAB) chairman Ramon Tiongco Jr. said the crowd of 14,000 was the biggest for a boxing card at the Big Dome since 2019.

“It shows that Filipinos still love boxing. We just need to give them good fights,” Tiongco said.

In the co-main event, Cebuano bantamweight Rey-Ann Bacalso stopped Thailand’s Petchsamut Sor Rungvisai in six rounds.""", [
        Q("“I knew he was tired after the body shot. My coach told me, ‘Don’t rush, the finish will come,’”", "direct",
          "dela Cruz", "Jerwin dela Cruz", speaker_at="dela Cruz said in Filipino"),
        Q("“This one is for my mother, who has been sick. I hope she was watching.”", "direct", "dela Cruz",
          "Jerwin dela Cruz", speaker_at="dela Cruz said in Filipino"),
        Q("“He is a great champion. I have no excuses. I will come back stronger.”", "direct", "de la Garza",
          "Luis Ángel de la Garza", speaker_at="de la Garza said through"),
        Q("scans had come back clear and that he would fly home to Monterrey on Tuesday", "indirect", "His camp", None),
        Q("“break him down”", "partial", "Ernesto Sarmiento", "Ernesto Sarmiento"),
        Q("“People want knockouts in the first round, but this is a 12-round fight. We were patient, and Jerwin "
          "listened,”", "direct", "Sarmiento", "Ernesto Sarmiento", speaker_at="Sarmiento said"),
        Q("talks for a unification bout with IBF champion Ryota Kishimoto of Japan were already under way, possibly in "
          "Tokyo before the end of the year", "indirect", "Vincent Go-Yap", "Vincent Go-Yap"),
        Q("“made the whole country proud.”", "partial", "Ma. Lourdes Villanueva-Tan", "Ma. Lourdes Villanueva-Tan"),
        Q("the crowd of 14,000 was the biggest for a boxing card at the Big Dome since 2019", "indirect",
          "Ramon Tiongco Jr.", "Ramon Tiongco Jr."),
        Q("“It shows that Filipinos still love boxing. We just need to give them good fights,”", "direct", "Tiongco",
          "Ramon Tiongco Jr.", speaker_at="Tiongco said"),
    ], source="blind"),
    Case("blind58-hyderabad-typhoid", """Alert issued as XDR typhoid cases double in Hyderabad

HYDERABAD: The Sindh health department has issued an alert to all district health officers after a sharp rise in cases of extensively drug-resistant (XDR) typhoid in Hyderabad and adjoining districts.

According to data compiled by the department, 1,146 cases were reported in Hyderabad district between January and March, compared with 612 in the same period last year. Children under 15 accounted for nearly two-thirds of the cases.

In a letter issued on Monday, Director General Health Services Dr Abdul Qadir Soomro directed district health officers to ensure that typhoid conjugate vaccine was available at all rural health centres and to report every confirmed case within 24 hours.

Speaking to Dawn, Dr Soomro said contaminated drinking water was the main cause of the outbreak. "In many localities, sewerage lines and water supply lines run side by side and both are leaking. It is a recipe for disaster," he said.

Prof Dr Rubina Shah, who heads the paediatrics department at the Liaquat University of Medical and Health Sciences (LUMHS), said the hospital's children's ward was "overflowing".

"We are seeing three or four new XDR cases every day. Only one or two antibiotics still work against this strain, and if we lose those, we have nothing left," she warned.

She said parents should not give children antibiotics without a prescription, a practice she described as "the single biggest driver" of resistance in the province.

The Hyderabad Water and Sewerage Corporation (Wasa), however, denied that the water it supplied was contaminated. Its managing director, Ghulam Rasool Panhwar, told Dawn that samples from the Jamshoro and Hussainabad filter plants had been tested last week.

"The water leaving our plants is fit for human consumption," he said. "The problem is illegal connections in the streets, which people make with rubber pipes."

Residents of Latifabad and Qasimabad, however, complained that they had been receiving muddy water for weeks. Muhammad Aslam, a shopkeeper in Latifabad Unit 7, said both of his sons had been treated for typhoid since February.

"We boil the water now, but who can afford gas for boiling all day?" he asked.

XDR typhoid was first detected in Hyderabad in 2016 and has since spread to Karachi and other parts of Sindh.""", [
        Q("1,146 cases were reported in Hyderabad district between January and March, compared with 612 in the same "
          "period last year", "indirect", "data compiled by the department", None),
        Q("contaminated drinking water was the main cause of the outbreak", "indirect", "Soomro", "Abdul Qadir Soomro",
          speaker_at="Dr Soomro said"),
        Q('"In many localities, sewerage lines and water supply lines run side by side and both are leaking. It is a '
          'recipe for disaster,"', "direct", "he", "Abdul Qadir Soomro", speaker_at='disaster," he said'),
        Q('"overflowing"', "partial", "Rubina Shah", "Rubina Shah"),
        Q('"We are seeing three or four new XDR cases every day. Only one or two antibiotics still work against this '
          'strain, and if we lose those, we have nothing left,"', "direct", "she", "Rubina Shah",
          speaker_at="she warned"),
        Q("parents should not give children antibiotics without a prescription", "indirect", "She", "Rubina Shah",
          speaker_at="She said parents"),
        Q('"the single biggest driver"', "partial", "she", "Rubina Shah", speaker_at="she described"),
        Q("the water it supplied was contaminated", "indirect", "The Hyderabad Water and Sewerage Corporation",
          "Hyderabad Water and Sewerage Corporation"),
        Q("samples from the Jamshoro and Hussainabad filter plants had been tested last week", "indirect",
          "Ghulam Rasool Panhwar", "Ghulam Rasool Panhwar"),
        Q('"The water leaving our plants is fit for human consumption,"', "direct", "he", "Ghulam Rasool Panhwar",
          speaker_at='consumption," he said'),
        Q('"The problem is illegal connections in the streets, which people make with rubber pipes."', "direct", "he",
          "Ghulam Rasool Panhwar", speaker_at='consumption," he said'),
        Q("they had been receiving muddy water for weeks", "indirect", "Residents of Latifabad and Qasimabad", None),
        Q("both of his sons had been treated for typhoid since February", "indirect", "Muhammad Aslam",
          "Muhammad Aslam"),
        Q('"We boil the water now, but who can afford gas for boiling all day?"', "direct", "he", "Muhammad Aslam",
          speaker_at="he asked"),
    ], source="blind"),
]
