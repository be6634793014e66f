"""Blind gold (set 41): short news articles written without sight of the pretagger.

Sixteen articles in the house styles of wire services and regional papers from
many countries (curly and straight double quotes, British single quotes), with
every quote annotated as direct, partial or indirect, its speaker mention and
the canonical speaker entity. See gold_format.py for the case format.
"""

from __future__ import annotations

from gold_format import Case, Q

CASES = [
    Case("blind41-airline", """Gulf Horizon posts record profit but warns engine delays will cap growth

DUBAI, May 14 (Reuters) - Gulf Horizon Airways, the Dubai-based long-haul carrier, reported a record annual profit on Tuesday and said passenger demand would stay strong this year, although late engine deliveries would limit how quickly it could add flights.

The airline made a net profit of 4.1 billion dirhams ($1.12 billion) in the year to March 31, up 38% from a year earlier, on revenue of 41.7 billion dirhams, it said in a statement.

"We have never carried more people, and our aircraft have never been fuller," chairman Sheikh Rashid bin Hamad Al Mualla said in the statement. "But our industry is still paying for the supply chain problems of the pandemic years."

Chief executive Marc-André Bernier told reporters that 14 of the carrier's wide-body jets were parked at Dubai World Central waiting for engines or spare parts, a situation he called "deeply frustrating for us and for our customers".

"Every aircraft on the ground is money we are not making," Bernier said. "We have been very direct with the manufacturers about that."

He declined to say whether Gulf Horizon would seek compensation from engine makers, but said talks were "ongoing and constructive".

Bernier added that the airline would pay all staff a bonus equal to 20 weeks' salary and would go ahead with its "Project Falcon" cabin upgrade, which will add premium economy seats to 40 aircraft by 2026.

Middle East carriers have been among the fastest growing in the world since the pandemic. Passenger traffic in the region rose 9.6% in the first quarter, according to the International Air Transport Association.

IATA said last week that global airline profits would reach a record this year, but warned that margins remained thin, at around $6 per passenger.

"Demand in the Gulf is holding up far better than almost anywhere else," said Priya Raghunathan, an aviation analyst at Skyline Advisory in Dubai. "The constraint now is not passengers, it is metal."

A spokesperson for engine maker Rolls-Royce said the company was "working closely with all our customers" to improve the supply of parts. General Electric did not respond to a request for comment.

(Reporting by Nadia Khoury; Editing by Simon Cardwell)""", [
        Q("passenger demand would stay strong this year, although late engine deliveries would limit how quickly it "
          "could add flights", "indirect", "Gulf Horizon Airways", "Gulf Horizon Airways"),
        Q("The airline made a net profit of 4.1 billion dirhams ($1.12 billion) in the year to March 31, up 38% from a "
          "year earlier, on revenue of 41.7 billion dirhams", "indirect", "it", "Gulf Horizon Airways",
          speaker_at="it said in a statement"),
        Q('"We have never carried more people, and our aircraft have never been fuller,"', "direct",
          "Rashid bin Hamad Al Mualla", "Rashid bin Hamad Al Mualla"),
        Q('"But our industry is still paying for the supply chain problems of the pandemic years."', "direct",
          "Rashid bin Hamad Al Mualla", "Rashid bin Hamad Al Mualla"),
        Q("that 14 of the carrier's wide-body jets were parked at Dubai World Central waiting for engines or spare parts",
          "indirect", "Marc-André Bernier", "Marc-André Bernier"),
        Q('"deeply frustrating for us and for our customers"', "partial", "he", "Marc-André Bernier",
          speaker_at="he called"),
        Q('"Every aircraft on the ground is money we are not making,"', "direct", "Bernier", "Marc-André Bernier",
          speaker_at="Bernier said"),
        Q('"We have been very direct with the manufacturers about that."', "direct", "Bernier", "Marc-André Bernier",
          speaker_at="Bernier said"),
        Q('"ongoing and constructive"', "partial", "He", "Marc-André Bernier", speaker_at="He declined"),
        Q("that the airline would pay all staff a bonus equal to 20 weeks' salary and would go ahead with its \"Project "
          "Falcon\" cabin upgrade, which will add premium economy seats to 40 aircraft by 2026", "indirect", "Bernier",
          "Marc-André Bernier", speaker_at="Bernier added"),
        Q("Passenger traffic in the region rose 9.6% in the first quarter", "indirect",
          "International Air Transport Association", "International Air Transport Association"),
        Q("that global airline profits would reach a record this year", "indirect", "IATA",
          "International Air Transport Association"),
        Q("that margins remained thin, at around $6 per passenger", "indirect", "IATA",
          "International Air Transport Association"),
        Q('"Demand in the Gulf is holding up far better than almost anywhere else,"', "direct", "Priya Raghunathan",
          "Priya Raghunathan"),
        Q('"The constraint now is not passengers, it is metal."', "direct", "Priya Raghunathan", "Priya Raghunathan"),
        Q('"working closely with all our customers"', "partial", "A spokesperson for engine maker Rolls-Royce", None),
    ]),
    Case("blind41-bolivia-bus", """Bus plunges into ravine in Bolivian Andes, killing at least 23

LA PAZ, Bolivia (AP) — A long-distance bus plunged more than 300 meters (1,000 feet) into a ravine on a mountain highway in southern Bolivia early Saturday, killing at least 23 people and injuring 14, police said.

The bus was traveling from the city of Potosí to Oruro when it left the road near the town of Yocalla shortly before 5 a.m., according to Col. Ramiro Quispe Mamani, head of the traffic police in Potosí.

"The driver appears to have lost control on a curve. We are investigating whether he fell asleep or whether there was a mechanical failure," Quispe told The Associated Press by phone.

Rescue workers used ropes to reach the wreckage, which came to rest near a dry riverbed. The injured were taken to hospitals in Potosí, and three were in serious condition, the regional health service said.

Survivor Juana Condori, 34, told local broadcaster Unitel that most of the passengers had been asleep.

"I woke up when we were already falling. I heard screaming, and then nothing," she said from her hospital bed. "When I opened my eyes I was lying outside the bus, in the cold."

Public Works Minister Óscar Villarroel de la Fuente said the government would send engineers to inspect the highway. The stretch near Yocalla is known locally as "la curva del diablo," the devil's curve.

"We will not allow more families to go through this pain," Villarroel said at a news conference in La Paz, adding that the bus company's operating permit had been suspended while investigators worked.

Road accidents are common in Bolivia, where many highways wind through steep mountain passes with few guardrails. More than 1,300 people died on the country's roads last year, according to figures from the national police.

The bus operator, Trans Andino Express, said in a statement posted on Facebook that the vehicle had passed a technical inspection in March and that the driver had more than 10 years of experience. The company said it was "cooperating fully" with authorities and offered its condolences to the families.

Relatives gathered outside the morgue in Potosí on Saturday afternoon, some of them holding photographs.

"My brother was going to Oruro to look for work. He called us last night to say he had found a seat," said Mario Choque, 41. "Now we are here, waiting." """.rstrip(), [
        Q("A long-distance bus plunged more than 300 meters (1,000 feet) into a ravine on a mountain highway in southern "
          "Bolivia early Saturday, killing at least 23 people and injuring 14", "indirect", "police", None,
          speaker_at="police said"),
        Q("The bus was traveling from the city of Potosí to Oruro when it left the road near the town of Yocalla "
          "shortly before 5 a.m.", "indirect", "Ramiro Quispe Mamani", "Ramiro Quispe Mamani"),
        Q('"The driver appears to have lost control on a curve. We are investigating whether he fell asleep or whether '
          'there was a mechanical failure,"', "direct", "Quispe", "Ramiro Quispe Mamani", speaker_at="Quispe told"),
        Q("The injured were taken to hospitals in Potosí, and three were in serious condition", "indirect",
          "the regional health service", None),
        Q("that most of the passengers had been asleep", "indirect", "Juana Condori", "Juana Condori"),
        Q('"I woke up when we were already falling. I heard screaming, and then nothing,"', "direct", "she",
          "Juana Condori", speaker_at="she said from"),
        Q('"When I opened my eyes I was lying outside the bus, in the cold."', "direct", "she", "Juana Condori",
          speaker_at="she said from"),
        Q("the government would send engineers to inspect the highway", "indirect", "Óscar Villarroel de la Fuente",
          "Óscar Villarroel de la Fuente"),
        Q('"We will not allow more families to go through this pain,"', "direct", "Villarroel",
          "Óscar Villarroel de la Fuente", speaker_at="Villarroel said"),
        Q("that the bus company's operating permit had been suspended while investigators worked", "indirect",
          "Villarroel", "Óscar Villarroel de la Fuente", speaker_at="Villarroel said"),
        Q("More than 1,300 people died on the country's roads last year", "indirect", "the national police", None),
        Q("that the vehicle had passed a technical inspection in March and that the driver had more than 10 years of "
          "experience", "indirect", "Trans Andino Express", "Trans Andino Express"),
        Q('"cooperating fully"', "partial", "The company", "Trans Andino Express"),
        Q('"My brother was going to Oruro to look for work. He called us last night to say he had found a seat,"',
          "direct", "Mario Choque", "Mario Choque"),
        Q('"Now we are here, waiting."', "direct", "Mario Choque", "Mario Choque"),
    ]),
    Case("blind41-hull-arson", """Arson trial hears neighbour helped mum and son escape through window

A man poured petrol through the letterbox of his former partner’s flat in west Hull and set it alight weeks after she ended their relationship, a jury has heard.

Liam Fairbrother, 37, of Anlaby Road, denies arson with intent to endanger life over the fire at the first-floor flat in Greek Street in the early hours of February 11.

Opening the case at Hull Crown Court on Monday, prosecutor Rhiannon Pryce-Jones said Magdalena Kowalczyk and her eight-year-old son had been asleep when the fire took hold.

‘This was not an accident and it was not a prank,’ Miss Pryce-Jones told the jury. ‘The Crown’s case is that this defendant poured petrol through the door of a home he knew was occupied, and then set it alight.’

She said Fairbrother had sent Ms Kowalczyk more than 40 messages in the days before the fire, one of which read: ‘You’ll be sorry for this.’

Neighbour Gary Thistlethwaite told the court he had seen a man in a dark hooded top running towards Hessle Road moments before he noticed smoke.

‘I shouted up at the window and she came to the glass with the little lad,’ he said. ‘I got the wheelie bin under the window so she could climb down onto it.’

Cross-examined by Simon Oduya, defending, Mr Thistlethwaite accepted that it had been dark and that he had not seen the man’s face.

‘I can’t tell you who it was,’ he told the jury. ‘I can only tell you what I saw.’

Humberside Fire and Rescue Service crew manager Dean Whitlock said the blaze had been ‘seated at the front door’ and that traces of an accelerant were later found on the hallway carpet.

Ms Kowalczyk, giving evidence from behind a screen, said she had ended the relationship in December because she ‘didn’t feel safe any more’.

Fairbrother told police in interview that he had been at home watching football on the night in question and had not left his flat.

The trial, before Recorder Helen Ashworth-Lyle, is expected to last five days.""", [
        Q("A man poured petrol through the letterbox of his former partner’s flat in west Hull and set it alight weeks "
          "after she ended their relationship", "indirect", None, None),
        Q("Magdalena Kowalczyk and her eight-year-old son had been asleep when the fire took hold", "indirect",
          "Rhiannon Pryce-Jones", "Rhiannon Pryce-Jones"),
        Q("‘This was not an accident and it was not a prank,’", "direct", "Pryce-Jones", "Rhiannon Pryce-Jones",
          speaker_at="Miss Pryce-Jones"),
        Q("‘The Crown’s case is that this defendant poured petrol through the door of a home he knew was occupied, and "
          "then set it alight.’", "direct", "Pryce-Jones", "Rhiannon Pryce-Jones", speaker_at="Miss Pryce-Jones"),
        Q("Fairbrother had sent Ms Kowalczyk more than 40 messages in the days before the fire", "indirect", "She",
          "Rhiannon Pryce-Jones", speaker_at="She said Fairbrother"),
        Q("‘You’ll be sorry for this.’", "direct", "Fairbrother", "Liam Fairbrother",
          speaker_at="Fairbrother had sent"),
        Q("he had seen a man in a dark hooded top running towards Hessle Road moments before he noticed smoke",
          "indirect", "Gary Thistlethwaite", "Gary Thistlethwaite"),
        Q("‘I shouted up at the window and she came to the glass with the little lad,’", "direct", "he",
          "Gary Thistlethwaite", speaker_at="he said."),
        Q("‘I got the wheelie bin under the window so she could climb down onto it.’", "direct", "he",
          "Gary Thistlethwaite", speaker_at="he said."),
        Q("that it had been dark and that he had not seen the man’s face", "indirect", "Thistlethwaite",
          "Gary Thistlethwaite", speaker_at="Mr Thistlethwaite accepted"),
        Q("‘I can’t tell you who it was,’", "direct", "he", "Gary Thistlethwaite", speaker_at="he told the jury"),
        Q("‘I can only tell you what I saw.’", "direct", "he", "Gary Thistlethwaite", speaker_at="he told the jury"),
        Q("‘seated at the front door’", "partial", "Dean Whitlock", "Dean Whitlock"),
        Q("that traces of an accelerant were later found on the hallway carpet", "indirect", "Dean Whitlock",
          "Dean Whitlock"),
        Q("she had ended the relationship in December", "indirect", "Kowalczyk", "Magdalena Kowalczyk",
          speaker_at="Ms Kowalczyk, giving"),
        Q("‘didn’t feel safe any more’", "partial", "Kowalczyk", "Magdalena Kowalczyk",
          speaker_at="Ms Kowalczyk, giving"),
        Q("that he had been at home watching football on the night in question and had not left his flat", "indirect",
          "Fairbrother", "Liam Fairbrother", speaker_at="Fairbrother told police"),
    ]),
    Case("blind41-deeside-school", """Deeside parents vow to fight plan to close village school with nine pupils

Parents in a Deeside village have vowed to fight plans to close their primary school, warning that the community will “wither” without it.

Aberdeenshire Council’s education and children’s services committee will next Thursday consider a report recommending that Tullochbrae Primary, near Aboyne, be mothballed from August.

The school has nine pupils and its roll is forecast to fall to six within three years. In the report, head of education Dr Fiona MacLeod-Grant says falling numbers and repair costs of more than £600,000 mean keeping it open is “no longer a sustainable option”.

Parent council chairwoman Kirsty Duguid, whose two children attend the school, said: “This school is the heart of Tullochbrae. If it goes, young families won’t move here, and then what’s left?”

She said parents had first learned of the proposal from a post on social media.

“Nobody from the council picked up the phone to us,” she added. “That tells you everything about how this has been handled.”

More than 80 people packed into the village hall on Tuesday night for a public meeting, and a petition against the closure has gathered almost 1,200 signatures.

Local councillor Ruairidh Mac an t-Saoir, who attended the meeting, described the timescale as “rushed” and said he would ask the committee to delay any decision until after the summer.

“I understand the financial pressures, nobody is pretending they don’t exist,” Mr Mac an t-Saoir said. “But once a rural school closes, it almost never reopens. We owe these families a proper conversation.”

The Educational Institute of Scotland (EIS) said small rural schools across the north-east had been “squeezed for a decade” and that mothballing was often closure by another name.

A spokeswoman for Aberdeenshire Council said no decision had been taken. “If members agree to the recommendation, a full statutory consultation would follow, and everyone would have the opportunity to make their views known,” she said.

Pupils at Tullochbrae are currently taught in a single composite class by one full-time teacher.""", [
        Q("“wither”", "partial", "Parents in a Deeside village", None),
        Q("“no longer a sustainable option”", "partial", "Fiona MacLeod-Grant", "Fiona MacLeod-Grant"),
        Q("“This school is the heart of Tullochbrae. If it goes, young families won’t move here, and then what’s left?”",
          "direct", "Kirsty Duguid", "Kirsty Duguid"),
        Q("parents had first learned of the proposal from a post on social media", "indirect", "She", "Kirsty Duguid",
          speaker_at="She said parents"),
        Q("“Nobody from the council picked up the phone to us,”", "direct", "she", "Kirsty Duguid",
          speaker_at="she added"),
        Q("“That tells you everything about how this has been handled.”", "direct", "she", "Kirsty Duguid",
          speaker_at="she added"),
        Q("“rushed”", "partial", "Ruairidh Mac an t-Saoir", "Ruairidh Mac an t-Saoir"),
        Q("he would ask the committee to delay any decision until after the summer", "indirect",
          "Ruairidh Mac an t-Saoir", "Ruairidh Mac an t-Saoir"),
        Q("“I understand the financial pressures, nobody is pretending they don’t exist,”", "direct", "Mac an t-Saoir",
          "Ruairidh Mac an t-Saoir", speaker_at="Mr Mac an t-Saoir said"),
        Q("“But once a rural school closes, it almost never reopens. We owe these families a proper conversation.”",
          "direct", "Mac an t-Saoir", "Ruairidh Mac an t-Saoir", speaker_at="Mr Mac an t-Saoir said"),
        Q("“squeezed for a decade”", "partial", "Educational Institute of Scotland", "Educational Institute of Scotland"),
        Q("that mothballing was often closure by another name", "indirect", "Educational Institute of Scotland",
          "Educational Institute of Scotland"),
        Q("no decision had been taken", "indirect", "A spokeswoman for Aberdeenshire Council", None),
        Q("“If members agree to the recommendation, a full statutory consultation would follow, and everyone would have "
          "the opportunity to make their views known,”", "direct", "she", None, speaker_at="she said."),
    ]),
    Case("blind41-cavan-monaghan", """Breffni blitz sinks Monaghan as Cavan march into Ulster semi-final

Cavan 1-17 Monaghan 0-15

Cavan manager Declan Ó Raghallaigh insisted his side had “plenty more to give” after a commanding second-half display at Kingspan Breffni on Sunday booked their place in the Ulster SFC semi-final.

Trailing by two points at the break, Cavan outscored their neighbours 1-10 to 0-6 after the restart, with Oisín Brady’s 51st-minute goal effectively ending the contest.

“At half-time there was no panic,” Ó Raghallaigh told the Celt. “We said we’d keep the ball, be patient, and trust that the legs would come good in the last 20 minutes. And they did.

“Monaghan are a serious team, they’ve been in Division 1 for most of the last decade, so to beat them by five points in front of our own people means an awful lot to this group.”

Captain Pádraig Mac Giolla Bhríde, who kicked four points from play, said the win was for the club players who had given up so much to make room for county training.

“They sacrifice a lot for us, so it’s only right we give something back,” he said.

Brady, who returned from a hamstring injury only a fortnight ago, admitted he had “no idea” where his shot was going. “I just hit it and hoped,” the Mullahoran clubman laughed.

Monaghan boss Vinny Corrigan-Hughes did not hide his disappointment. He said his team had “switched off” for ten minutes and paid the price.

“That’s championship football. You can’t take a breather against a team like Cavan, and we did,” he said. “We’ll regroup, we’re in the qualifiers, and we’ll be better for it.”

Ulster GAA has confirmed that the semi-final against Donegal will take place at St Tiernach’s Park, Clones, on Sunday, May 5, with throw-in at 4pm.

Cavan supporters’ club chairman Tommy Lynch said tickets would go on sale through the county board website from Tuesday morning.""", [
        Q("“plenty more to give”", "partial", "Declan Ó Raghallaigh", "Declan Ó Raghallaigh"),
        Q("“At half-time there was no panic,”", "direct", "Ó Raghallaigh", "Declan Ó Raghallaigh",
          speaker_at="Ó Raghallaigh told the Celt"),
        Q("“We said we’d keep the ball, be patient, and trust that the legs would come good in the last 20 minutes. "
          "And they did.", "direct", "Ó Raghallaigh", "Declan Ó Raghallaigh",
          speaker_at="Ó Raghallaigh told the Celt"),
        Q("“Monaghan are a serious team, they’ve been in Division 1 for most of the last decade, so to beat them by five "
          "points in front of our own people means an awful lot to this group.”", "direct", "Ó Raghallaigh",
          "Declan Ó Raghallaigh", speaker_at="Ó Raghallaigh told the Celt"),
        Q("the win was for the club players who had given up so much to make room for county training", "indirect",
          "Pádraig Mac Giolla Bhríde", "Pádraig Mac Giolla Bhríde"),
        Q("“They sacrifice a lot for us, so it’s only right we give something back,”", "direct", "he",
          "Pádraig Mac Giolla Bhríde", speaker_at="back,” he said"),
        Q("“no idea”", "partial", "Brady", "Oisín Brady", speaker_at="Brady, who returned"),
        Q("“I just hit it and hoped,”", "direct", "the Mullahoran clubman", "Oisín Brady"),
        Q("“switched off”", "partial", "He", "Vinny Corrigan-Hughes", speaker_at="He said his team"),
        Q("“That’s championship football. You can’t take a breather against a team like Cavan, and we did,”", "direct",
          "he", "Vinny Corrigan-Hughes", speaker_at="did,” he said"),
        Q("“We’ll regroup, we’re in the qualifiers, and we’ll be better for it.”", "direct", "he",
          "Vinny Corrigan-Hughes", speaker_at="did,” he said"),
        Q("that the semi-final against Donegal will take place at St Tiernach’s Park, Clones, on Sunday, May 5, with "
          "throw-in at 4pm", "indirect", "Ulster GAA", "Ulster GAA"),
        Q("tickets would go on sale through the county board website from Tuesday morning", "indirect", "Tommy Lynch",
          "Tommy Lynch"),
    ]),
    Case("blind41-cairns-dengue", """Dengue warning after cluster of cases on Cairns’ northern beaches

Health authorities have urged Far North residents to tip out containers of standing water after five locally acquired cases of dengue fever were confirmed on Cairns’ northern beaches in the past fortnight.

Tropical Public Health Services director Dr Jacinta Nguyen-Tran said the cases, in Trinity Park, Smithfield and Kewarra Beach, were the first locally acquired infections in the city since 2019.

“Dengue is a serious illness, and one infected mosquito can spread it through a whole street very quickly,” Dr Nguyen-Tran said.

“We are asking everyone to take ten minutes this weekend to walk around their yard and tip out anything that holds water: pot plant saucers, buckets, old tyres, even the kids’ toys.”

She said the Aedes aegypti mosquito, which carries the virus, bred in tiny amounts of water and bit mostly during the day.

Two of the patients were treated at Cairns Hospital, according to Queensland Health, which said all five had since recovered.

Teams have been going door to door in the affected suburbs this week, spraying inside homes and setting mosquito traps.

Cairns Mayor Anthea Kostopoulos said council crews were clearing blocked drains and overgrown vacant lots in the area. “This is a community effort, and we all have a part to play,” she said.

Trinity Park resident Malakai Fifita, whose neighbour was one of those infected, said the spraying teams had been “really thorough”.

“They went through every room, under the house, the lot,” he said. “You don’t muck around with dengue up here.”

James Cook University entomologist Professor Ingrid van Rooyen said releases of Wolbachia-carrying mosquitoes had kept dengue largely out of Cairns for a decade, but warned the method was “not a force field”.

“Travellers bring the virus in from Southeast Asia and the Pacific every year, and if local mosquitoes bite an infected person before they’re diagnosed, you get clusters like this one,” she explained.

Anyone with fever, severe headache, pain behind the eyes, joint pain or a rash should see a doctor and mention any recent mosquito bites.""", [
        Q("the cases, in Trinity Park, Smithfield and Kewarra Beach, were the first locally acquired infections in the "
          "city since 2019", "indirect", "Jacinta Nguyen-Tran", "Jacinta Nguyen-Tran"),
        Q("“Dengue is a serious illness, and one infected mosquito can spread it through a whole street very quickly,”",
          "direct", "Nguyen-Tran", "Jacinta Nguyen-Tran", speaker_at="Dr Nguyen-Tran said"),
        Q("“We are asking everyone to take ten minutes this weekend to walk around their yard and tip out anything that "
          "holds water: pot plant saucers, buckets, old tyres, even the kids’ toys.”", "direct", "Nguyen-Tran",
          "Jacinta Nguyen-Tran", speaker_at="Dr Nguyen-Tran said"),
        Q("the Aedes aegypti mosquito, which carries the virus, bred in tiny amounts of water and bit mostly during the "
          "day", "indirect", "She", "Jacinta Nguyen-Tran", speaker_at="She said the Aedes"),
        Q("Two of the patients were treated at Cairns Hospital", "indirect", "Queensland Health", "Queensland Health"),
        Q("all five had since recovered", "indirect", "Queensland Health", "Queensland Health"),
        Q("council crews were clearing blocked drains and overgrown vacant lots in the area", "indirect",
          "Anthea Kostopoulos", "Anthea Kostopoulos"),
        Q("“This is a community effort, and we all have a part to play,”", "direct", "she", "Anthea Kostopoulos",
          speaker_at="she said"),
        Q("“really thorough”", "partial", "Malakai Fifita", "Malakai Fifita"),
        Q("“They went through every room, under the house, the lot,”", "direct", "he", "Malakai Fifita",
          speaker_at="he said"),
        Q("“You don’t muck around with dengue up here.”", "direct", "he", "Malakai Fifita", speaker_at="he said"),
        Q("releases of Wolbachia-carrying mosquitoes had kept dengue largely out of Cairns for a decade", "indirect",
          "Ingrid van Rooyen", "Ingrid van Rooyen"),
        Q("“not a force field”", "partial", "Ingrid van Rooyen", "Ingrid van Rooyen"),
        Q("“Travellers bring the virus in from Southeast Asia and the Pacific every year, and if local mosquitoes bite "
          "an infected person before they’re diagnosed, you get clusters like this one,”", "direct", "she",
          "Ingrid van Rooyen", speaker_at="she explained"),
    ]),
    Case("blind41-hamilton-mayor", """Rates and roads dominate first Hamilton mayoral debate

Hamilton's three leading mayoral candidates clashed over rates, the city's stalled ring road and the future of the central riverbank at the first public debate of the campaign on Wednesday night.

About 300 people turned out at the Claudelands Event Centre to hear incumbent mayor Geoff van der Berg, Te Awamutu-born businesswoman Ngāhuia Te Whare-Parata and former city councillor Sunil Raghavan make their pitches.

Van der Berg, who is seeking a third term, defended the council's 14.9 per cent rates rise, saying the city had "decades of underinvestment" in pipes and roads to catch up on.

"Nobody likes paying more. I don't like paying more," he said. "But if we keep kicking the can down the road, the bill our kids get will be far bigger."

Te Whare-Parata said ratepayers were being asked to fund "vanity projects" while basic services slipped. She promised that rates rises would be held to the rate of inflation in her first term.

"I've run a business for 20 years. You don't get to spend money you haven't got," she told the crowd, to loud applause.

Raghavan, who stood unsuccessfully in 2022, focused on the unfinished eastern ring road link, which he described as "a monument to indecision".

"Every morning, thousands of people sit in traffic on Wairere Drive wondering why this city can't finish what it starts," Raghavan said. "I'm not promising miracles. I'm promising a date."

Asked by moderator Hemi Tapsell-Rangi about the council's Māori ward, Te Whare-Parata said the council had been "far too slow" to give it real decision-making power, while Van der Berg said the ward had "already changed the conversation around the table".

Outside the venue, a small group of residents from Fairfield held placards calling for a pedestrian crossing on Heaphy Terrace. One of them, retired teacher Colleen O'Sullivan, said she would vote for "whoever actually turns up in our street".

Voting papers will be posted from September 20, with voting closing at noon on October 11, according to the council's electoral officer.""", [
        Q('"decades of underinvestment"', "partial", "Van der Berg", "Geoff van der Berg",
          speaker_at="Van der Berg, who is seeking"),
        Q('"Nobody likes paying more. I don\'t like paying more,"', "direct", "he", "Geoff van der Berg",
          speaker_at="he said"),
        Q('"But if we keep kicking the can down the road, the bill our kids get will be far bigger."', "direct", "he",
          "Geoff van der Berg", speaker_at="he said"),
        Q('"vanity projects"', "partial", "Te Whare-Parata", "Ngāhuia Te Whare-Parata",
          speaker_at="Te Whare-Parata said ratepayers"),
        Q("that rates rises would be held to the rate of inflation in her first term", "indirect", "She",
          "Ngāhuia Te Whare-Parata", speaker_at="She promised"),
        Q('"I\'ve run a business for 20 years. You don\'t get to spend money you haven\'t got,"', "direct", "she",
          "Ngāhuia Te Whare-Parata", speaker_at="she told the crowd"),
        Q('"a monument to indecision"', "partial", "he", "Sunil Raghavan", speaker_at="which he described"),
        Q('"Every morning, thousands of people sit in traffic on Wairere Drive wondering why this city can\'t finish '
          'what it starts,"', "direct", "Raghavan", "Sunil Raghavan", speaker_at="Raghavan said"),
        Q('"I\'m not promising miracles. I\'m promising a date."', "direct", "Raghavan", "Sunil Raghavan",
          speaker_at="Raghavan said"),
        Q('"far too slow"', "partial", "Te Whare-Parata", "Ngāhuia Te Whare-Parata",
          speaker_at="Te Whare-Parata said the council"),
        Q('"already changed the conversation around the table"', "partial", "Van der Berg", "Geoff van der Berg",
          speaker_at="Van der Berg said the ward"),
        Q('"whoever actually turns up in our street"', "partial", "Colleen O'Sullivan", "Colleen O'Sullivan"),
        Q("Voting papers will be posted from September 20, with voting closing at noon on October 11", "indirect",
          "the council's electoral officer", None),
    ]),
    Case("blind41-ottawa-judge", """Justice Jean-Paul Desrochers, champion of plain-language rulings, dies at 88

Jean-Paul Desrochers, the Ottawa-born judge who spent nearly two decades on the Ontario Court of Appeal and became known for blunt, plain-language rulings, has died. He was 88.

His family said he died peacefully on Sunday at his home in the Glebe, with his wife, Anne, and their three children at his side.

“He was a judge who never forgot that there were real people on the other side of every file,” his daughter, Dr. Élise Desrochers-Whitman, said in an interview Tuesday. “At home, he was just Papa, who burned the toast every Saturday.”

Born in Lowertown in 1936, the son of a streetcar conductor, Desrochers studied law at the University of Ottawa and practised criminal defence for 20 years before being appointed to the bench in 1979. Colleagues knew him simply as “JP.”

He was named to the Court of Appeal in 1988, where his judgments on legal aid and the rights of unrepresented litigants were widely cited. In one 1994 decision, he wrote that “a right that can only be exercised by those who can afford a lawyer is not a right at all, but a privilege.”

Ontario Chief Justice Anita Kaur Sandhu said in a statement that the court had lost “one of its great voices.”

“Justice Desrochers wrote for ordinary people, not for other lawyers,” she said. “Generations of judges, myself included, learned from his clarity and his courage.”

Daniel Osei, who clerked for Desrochers in the late 1990s and is now a litigator in Toronto, recalled that the judge insisted on reading every draft aloud.

“If it didn’t make sense read out loud in a kitchen, it went back to be rewritten,” Osei said. “He would say, ‘Would my mother understand this?’ and if the answer was no, you started again.”

In a 1998 interview with the Citizen, Desrochers said the law was “too important to be left to lawyers,” a line he later admitted he had borrowed from his father.

The Law Society of Ontario said it would lower its flag at Osgoode Hall until after the funeral.

A funeral mass will be held Saturday at 11 a.m. at Notre-Dame Cathedral Basilica. Donations in his memory may be made to the Community Legal Clinic of Ottawa.""", [
        Q("he died peacefully on Sunday at his home in the Glebe, with his wife, Anne, and their three children at his "
          "side", "indirect", "His family", None),
        Q("“He was a judge who never forgot that there were real people on the other side of every file,”", "direct",
          "Élise Desrochers-Whitman", "Élise Desrochers-Whitman"),
        Q("“At home, he was just Papa, who burned the toast every Saturday.”", "direct", "Élise Desrochers-Whitman",
          "Élise Desrochers-Whitman"),
        Q("“a right that can only be exercised by those who can afford a lawyer is not a right at all, but a "
          "privilege.”", "partial", "he", "Jean-Paul Desrochers", speaker_at="he wrote"),
        Q("“one of its great voices.”", "partial", "Anita Kaur Sandhu", "Anita Kaur Sandhu"),
        Q("“Justice Desrochers wrote for ordinary people, not for other lawyers,”", "direct", "she",
          "Anita Kaur Sandhu", speaker_at="she said"),
        Q("“Generations of judges, myself included, learned from his clarity and his courage.”", "direct", "she",
          "Anita Kaur Sandhu", speaker_at="she said"),
        Q("that the judge insisted on reading every draft aloud", "indirect", "Daniel Osei", "Daniel Osei"),
        Q("“If it didn’t make sense read out loud in a kitchen, it went back to be rewritten,”", "direct", "Osei",
          "Daniel Osei", speaker_at="Osei said"),
        Q("“He would say, ‘Would my mother understand this?’ and if the answer was no, you started again.”", "direct",
          "Osei", "Daniel Osei", speaker_at="Osei said"),
        Q("“too important to be left to lawyers,”", "partial", "Desrochers", "Jean-Paul Desrochers",
          speaker_at="Desrochers said the law"),
        Q("he had borrowed from his father", "indirect", "he", "Jean-Paul Desrochers", speaker_at="he later admitted"),
        Q("it would lower its flag at Osgoode Hall until after the funeral", "indirect", "The Law Society of Ontario",
          "Law Society of Ontario"),
    ]),
    Case("blind41-kasese-cholera", """Cholera outbreak: Kasese on alert as death toll rises to seven

KASESE. Health authorities in Kasese District have asked residents to boil drinking water and avoid crowded places after a cholera outbreak that has so far claimed seven lives and left more than 60 people admitted.

The Ministry of Health confirmed the outbreak on Monday, saying laboratory tests on samples from Bwera and Mpondwe had returned positive for Vibrio cholerae.

The District Health Officer, Dr Joseph Kabanda Mugisha, said most of the patients were from fishing communities along the Lake George shoreline and border villages where many people cross daily to and from the Democratic Republic of Congo.

"We have set up two treatment centres, one at Bwera Hospital and another at Kisinga Health Centre IV, and we are receiving new cases every day," Dr Kabanda said on Tuesday. "The biggest challenge is that people wait too long at home before coming to the health facility."

He said the district had received 4,000 doses of oral cholera vaccine from the ministry and would start vaccinating high-risk groups this week.

Ministry of Health spokesperson Emmanuel Ssenyonga-Kato cautioned the public against eating cold food sold in markets and taxi parks.

"Cholera spreads very fast where hygiene is poor. Wash your hands with soap and running water after visiting the toilet and before eating," Mr Ssenyonga-Kato said.

According to the ministry, the country has recorded cholera outbreaks in at least five districts since January, most of them linked to cross-border movement.

Residents of Kanyatsi landing site told Daily Monitor that the only borehole in the area broke down three months ago, forcing families to draw water directly from the lake.

"We have been reporting this to the sub-county for a long time but nobody comes," said Ms Kabugho Jovia, a fishmonger and mother of four.

"Now our children are dying. What are we supposed to drink?"

The Kasese Resident District Commissioner, Lt Col (Rtd) Moses Baluku Kamanyire, said a ban on public gatherings, including weddings and burial feasts, would remain in force until the outbreak was contained.

The World Health Organization says cholera can kill within hours if left untreated, but most patients recover with prompt oral rehydration.""", [
        Q("laboratory tests on samples from Bwera and Mpondwe had returned positive for Vibrio cholerae", "indirect",
          "The Ministry of Health", "Ministry of Health"),
        Q("most of the patients were from fishing communities along the Lake George shoreline and border villages where "
          "many people cross daily to and from the Democratic Republic of Congo", "indirect", "Joseph Kabanda Mugisha",
          "Joseph Kabanda Mugisha"),
        Q('"We have set up two treatment centres, one at Bwera Hospital and another at Kisinga Health Centre IV, and we '
          'are receiving new cases every day,"', "direct", "Kabanda", "Joseph Kabanda Mugisha",
          speaker_at="Dr Kabanda said"),
        Q('"The biggest challenge is that people wait too long at home before coming to the health facility."',
          "direct", "Kabanda", "Joseph Kabanda Mugisha", speaker_at="Dr Kabanda said"),
        Q("the district had received 4,000 doses of oral cholera vaccine from the ministry and would start vaccinating "
          "high-risk groups this week", "indirect", "He", "Joseph Kabanda Mugisha", speaker_at="He said the district"),
        Q('"Cholera spreads very fast where hygiene is poor. Wash your hands with soap and running water after visiting '
          'the toilet and before eating,"', "direct", "Ssenyonga-Kato", "Emmanuel Ssenyonga-Kato",
          speaker_at="Mr Ssenyonga-Kato said"),
        Q("the country has recorded cholera outbreaks in at least five districts since January, most of them linked to "
          "cross-border movement", "indirect", "the ministry", "Ministry of Health",
          speaker_at="According to the ministry"),
        Q("that the only borehole in the area broke down three months ago, forcing families to draw water directly from "
          "the lake", "indirect", "Residents of Kanyatsi landing site", None),
        Q('"We have been reporting this to the sub-county for a long time but nobody comes,"', "direct",
          "Kabugho Jovia", "Kabugho Jovia"),
        Q('"Now our children are dying. What are we supposed to drink?"', "direct", "Kabugho Jovia", "Kabugho Jovia"),
        Q("a ban on public gatherings, including weddings and burial feasts, would remain in force until the outbreak "
          "was contained", "indirect", "Moses Baluku Kamanyire", "Moses Baluku Kamanyire"),
        Q("cholera can kill within hours if left untreated, but most patients recover with prompt oral rehydration",
          "indirect", "The World Health Organization", "World Health Organization"),
    ]),
    Case("blind41-lagos-fraud", """Court admits bank statements as EFCC closes case in N4.2bn estate fraud trial

A Federal High Court sitting in Lagos has admitted in evidence a bundle of bank statements tendered by the Economic and Financial Crimes Commission (EFCC) in the trial of a former managing director of a mortgage bank, Chief Olumide Adeyemi-Coker, over an alleged N4.2 billion fraud.

Adeyemi-Coker is standing trial alongside his company, Cedarline Properties Limited, on a 14-count charge bordering on conspiracy, obtaining money by false pretences and money laundering. He pleaded not guilty to all the counts.

At the resumed hearing on Tuesday, the prosecution’s fourth witness, an EFCC investigator, Abubakar Sadiq Danladi, told the court that about N2.7 billion meant for a housing estate in Abuja was traced to accounts linked to the defendant.

“My Lord, our investigation revealed that the funds were moved through 11 different accounts within a space of two weeks,” the witness said while being led in evidence by the prosecuting counsel, Mrs Ngozi Okonkwo-Ibe.

Defence counsel, Tunde Akinwale, SAN, objected to the admissibility of the documents, arguing that they did not meet the requirements of Section 84 of the Evidence Act on computer-generated evidence.

“These documents were printed from a computer, and there is no certificate of authentication before this court. They are inadmissible,” Akinwale submitted.

But the trial judge, Justice Halima Bello-Yusuf, overruled the objection, holding that a certificate had been filed along with the documents on March 3.

“The objection is overruled. The documents are admitted and marked as Exhibits P14 to P27,” the judge ruled.

Under cross-examination, Danladi conceded that the commission had not interviewed two of the directors named in the charge, but insisted that “the money trail speaks for itself.”

After the witness was discharged, Okonkwo-Ibe informed the court that the prosecution was closing its case. Justice Bello-Yusuf adjourned the matter till May 22 for the defence to open its case.

Speaking to journalists after the proceedings, the EFCC’s head of media and publicity, Kunle Adebanjo, said the commission was “determined to see this matter to its logical conclusion.”

Some subscribers to the estate, who gathered outside the courtroom, said they had paid between N15 million and N40 million each for homes that were never built.

“I sold my land in Ogun State to pay for that house. Eight years after, there is nothing on the site but grass,” said a retired civil servant who gave her name only as Mrs Adebayo.""", [
        Q("that about N2.7 billion meant for a housing estate in Abuja was traced to accounts linked to the defendant",
          "indirect", "Abubakar Sadiq Danladi", "Abubakar Sadiq Danladi"),
        Q("“My Lord, our investigation revealed that the funds were moved through 11 different accounts within a space "
          "of two weeks,”", "direct", "the witness", "Abubakar Sadiq Danladi", speaker_at="the witness said"),
        Q("that they did not meet the requirements of Section 84 of the Evidence Act on computer-generated evidence",
          "indirect", "Tunde Akinwale", "Tunde Akinwale"),
        Q("“These documents were printed from a computer, and there is no certificate of authentication before this "
          "court. They are inadmissible,”", "direct", "Akinwale", "Tunde Akinwale", speaker_at="Akinwale submitted"),
        Q("that a certificate had been filed along with the documents on March 3", "indirect", "Halima Bello-Yusuf",
          "Halima Bello-Yusuf"),
        Q("“The objection is overruled. The documents are admitted and marked as Exhibits P14 to P27,”", "direct",
          "the judge", "Halima Bello-Yusuf", speaker_at="the judge ruled"),
        Q("that the commission had not interviewed two of the directors named in the charge", "indirect", "Danladi",
          "Abubakar Sadiq Danladi", speaker_at="Danladi conceded"),
        Q("“the money trail speaks for itself.”", "partial", "Danladi", "Abubakar Sadiq Danladi",
          speaker_at="Danladi conceded"),
        Q("that the prosecution was closing its case", "indirect", "Okonkwo-Ibe", "Ngozi Okonkwo-Ibe",
          speaker_at="Okonkwo-Ibe informed"),
        Q("“determined to see this matter to its logical conclusion.”", "partial", "Kunle Adebanjo", "Kunle Adebanjo"),
        Q("they had paid between N15 million and N40 million each for homes that were never built", "indirect",
          "Some subscribers to the estate", None),
        Q("“I sold my land in Ogun State to pay for that house. Eight years after, there is nothing on the site but "
          "grass,”", "direct", "Adebayo", "Adebayo"),
    ]),
    Case("blind41-soweto-nurses", """Nurses down tools at Bara over unpaid overtime

Hundreds of nurses at Chris Hani Baragwanath Academic Hospital in Soweto downed tools yesterday over unpaid overtime going back more than six months.

Patients were left waiting in long queues as nurses, many of them still in uniform, sang and danced outside the hospital's main gate.

The Democratic Nursing Organisation of South Africa (Denosa) said the strike would continue until the Gauteng health department paid what it owed.

"Our members have been working double shifts since last year because of staff shortages. They have been promised this money three times and three times the department has failed them," Denosa's Gauteng secretary Sifiso Mahlangu-Nkosi said.

"Nurses are not asking for a favour. They are asking for money they have already earned."

Gauteng health department spokesperson Lerato Mokoena-Dube said the department had begun processing the payments and that about 40% of affected staff would be paid by the end of the month.

"We acknowledge the delays and we apologise to the nurses. But we appeal to them to return to work, because patients are suffering," she said.

Among those waiting at the outpatients' department was Thandiwe Zulu, 67, from Diepkloof, who said she had arrived at 5am to collect her diabetes medication.

"I have been sitting here since morning and nobody is helping us. We understand the nurses are angry, but what about us old people?" Gogo Zulu told Sowetan.

Hospital CEO Dr Pieter du Toit said emergency services were running normally and that managers had been redeployed to the wards to help.

Gauteng health MEC Dr Nomvula Mazibuko-Khumalo said last night she would meet union leaders on Friday and was "confident" that the matter would be resolved.

Some nurses said they had been forced to take out loans to cover transport costs while waiting for their money.

"I am a single mother. The overtime is what pays for my child's school transport," said one nurse, who asked not to be named for fear of victimisation.""", [
        Q("the strike would continue until the Gauteng health department paid what it owed", "indirect",
          "Democratic Nursing Organisation of South Africa", "Democratic Nursing Organisation of South Africa"),
        Q('"Our members have been working double shifts since last year because of staff shortages. They have been '
          'promised this money three times and three times the department has failed them,"', "direct",
          "Sifiso Mahlangu-Nkosi", "Sifiso Mahlangu-Nkosi"),
        Q('"Nurses are not asking for a favour. They are asking for money they have already earned."', "direct",
          "Sifiso Mahlangu-Nkosi", "Sifiso Mahlangu-Nkosi"),
        Q("the department had begun processing the payments and that about 40% of affected staff would be paid by the "
          "end of the month", "indirect", "Lerato Mokoena-Dube", "Lerato Mokoena-Dube"),
        Q('"We acknowledge the delays and we apologise to the nurses. But we appeal to them to return to work, because '
          'patients are suffering,"', "direct", "she", "Lerato Mokoena-Dube", speaker_at="she said"),
        Q("she had arrived at 5am to collect her diabetes medication", "indirect", "Thandiwe Zulu", "Thandiwe Zulu"),
        Q('"I have been sitting here since morning and nobody is helping us. We understand the nurses are angry, but '
          'what about us old people?"', "direct", "Zulu", "Thandiwe Zulu", speaker_at="Gogo Zulu"),
        Q("emergency services were running normally and that managers had been redeployed to the wards to help",
          "indirect", "Pieter du Toit", "Pieter du Toit"),
        Q("she would meet union leaders on Friday", "indirect", "Nomvula Mazibuko-Khumalo",
          "Nomvula Mazibuko-Khumalo"),
        Q('"confident"', "partial", "Nomvula Mazibuko-Khumalo", "Nomvula Mazibuko-Khumalo"),
        Q("they had been forced to take out loans to cover transport costs while waiting for their money", "indirect",
          "Some nurses", None),
        Q('"I am a single mother. The overtime is what pays for my child\'s school transport,"', "direct",
          "one nurse", None),
    ]),
    Case("blind41-walvis-port", """Walvis Bay port workers down tools over wages

About 600 workers at the Port of Walvis Bay went on strike yesterday after wage talks with the Namibian Ports Authority (Namport) collapsed, bringing container operations to a near standstill.

The Namibia Transport and Allied Workers Union (Natau) said its members were demanding an 8% salary increase, while Namport had offered 4,5%.

Natau's branch chairperson at Walvis Bay, Petrus Shikongo, told The Namibian that workers had "run out of patience" after eight months of negotiations.

"We are not being unreasonable. The cost of living has gone up, fuel has gone up, rent has gone up, but our salaries have stayed the same for three years," he said.

Shikongo said the strike was legal and had been preceded by a conciliation process at the Office of the Labour Commissioner, which issued a certificate of unresolved dispute last month.

Namport spokesperson Josephine !Gaoses confirmed the strike, saying management had activated contingency plans to keep essential services running.

"Vessels are still being handled, but at a reduced rate. We regret the inconvenience to our clients and we remain open to dialogue," !Gaoses said.

She said the authority's offer was "fair and in line with what the company can afford", given that cargo volumes had dropped this year.

Shipping agents in the town said at least four vessels were waiting at anchorage yesterday afternoon.

A truck driver for a Lusaka-based transport company, who did not want to be named, said he had been queuing outside the port since Monday.

"I have copper to deliver and now I am just sitting here. Every day is money lost," he said.

Labour minister Hendrik van Wyk said in a Facebook post that the ministry was monitoring the situation closely, and called on both parties "to put the national interest first".

Windhoek-based economist Ndapewa Amukoto said a prolonged strike could damage the port's reputation as a regional logistics hub.

"Walvis Bay is competing with Durban and Maputo for the same cargo. Shippers have long memories," she said.""", [
        Q("its members were demanding an 8% salary increase, while Namport had offered 4,5%", "indirect",
          "Namibia Transport and Allied Workers Union", "Namibia Transport and Allied Workers Union"),
        Q('"run out of patience"', "partial", "Petrus Shikongo", "Petrus Shikongo"),
        Q('"We are not being unreasonable. The cost of living has gone up, fuel has gone up, rent has gone up, but our '
          'salaries have stayed the same for three years,"', "direct", "he", "Petrus Shikongo",
          speaker_at='years," he said'),
        Q("the strike was legal and had been preceded by a conciliation process at the Office of the Labour "
          "Commissioner, which issued a certificate of unresolved dispute last month", "indirect", "Shikongo",
          "Petrus Shikongo", speaker_at="Shikongo said"),
        Q("management had activated contingency plans to keep essential services running", "indirect",
          "Josephine !Gaoses", "Josephine !Gaoses"),
        Q('"Vessels are still being handled, but at a reduced rate. We regret the inconvenience to our clients and we '
          'remain open to dialogue,"', "direct", "!Gaoses", "Josephine !Gaoses", speaker_at="!Gaoses said"),
        Q('"fair and in line with what the company can afford"', "partial", "She", "Josephine !Gaoses",
          speaker_at="She said the authority"),
        Q("at least four vessels were waiting at anchorage yesterday afternoon", "indirect",
          "Shipping agents in the town", None),
        Q("he had been queuing outside the port since Monday", "indirect",
          "A truck driver for a Lusaka-based transport company", None),
        Q('"I have copper to deliver and now I am just sitting here. Every day is money lost,"', "direct", "he", None,
          speaker_at='lost," he said'),
        Q("that the ministry was monitoring the situation closely", "indirect", "Hendrik van Wyk", "Hendrik van Wyk"),
        Q('"to put the national interest first"', "partial", "Hendrik van Wyk", "Hendrik van Wyk"),
        Q("a prolonged strike could damage the port's reputation as a regional logistics hub", "indirect",
          "Ndapewa Amukoto", "Ndapewa Amukoto"),
        Q('"Walvis Bay is competing with Durban and Maputo for the same cargo. Shippers have long memories,"', "direct",
          "she", "Ndapewa Amukoto", speaker_at="she said"),
    ]),
    Case("blind41-sharjah-books", """Sharjah book fair opens with record 2,500 publishers

SHARJAH: The 43rd Sharjah International Book Fair opened on Wednesday with more than 2,500 publishers from 112 countries taking part, the largest line-up in its history, organisers said.

Opening the 12-day event at Expo Centre Sharjah, Sheikh Khalid bin Saif Al Nuaimi, chairman of the Sharjah Book Authority (SBA), said the fair had grown from “a small gathering of booksellers” in 1982 into one of the biggest in the world.

“Books remain the most honest bridge between cultures,” Sheikh Khalid said. “Every year we see young visitors who come for one book and leave with ten. That is what keeps us going.”

This year’s edition, held under the theme “It Starts With a Book”, features more than 1,400 cultural events, including author talks, poetry evenings and cookery demonstrations, according to the SBA.

Morocco is the guest of honour, and its pavilion drew long queues on the opening afternoon. Dr Youssef El Amrani, who heads the Moroccan delegation, told Gulf News that 60 Moroccan publishers had travelled to Sharjah, many of them for the first time.

Among the international guests is Filipino poet Jose Maria de los Reyes, who will launch his new collection, “Salt and Monsoon”, on Saturday.

Speaking at his publisher’s stand, de los Reyes said the UAE’s large Filipino community made Sharjah feel like “a second home”.

“When I read here, half the audience are nurses and drivers and engineers who were reading poetry back home in Manila and never stopped,” he said. “They are the best readers I know.”

Emirati novelist Mariam Al Suwaidi, whose second novel is among the most talked-about launches of the fair, said she was pleased to see more young Emirati writers publishing in both Arabic and English.

For many visitors, the fair is a family ritual. Indian expat Ramesh Pillai, who lives in Al Nahda with his wife and two daughters, said they had not missed a single edition in 15 years.

“The girls make a list a month before. I set a budget, and every year the budget is broken,” he laughed.

Entry to the fair is free. It runs until November 17, from 9am to 10pm on weekdays and until midnight on weekends.""", [
        Q("The 43rd Sharjah International Book Fair opened on Wednesday with more than 2,500 publishers from 112 "
          "countries taking part, the largest line-up in its history", "indirect", "organisers", None),
        Q("“a small gathering of booksellers”", "partial", "Khalid bin Saif Al Nuaimi", "Khalid bin Saif Al Nuaimi"),
        Q("“Books remain the most honest bridge between cultures,”", "direct", "Khalid", "Khalid bin Saif Al Nuaimi",
          speaker_at="Sheikh Khalid said"),
        Q("“Every year we see young visitors who come for one book and leave with ten. That is what keeps us going.”",
          "direct", "Khalid", "Khalid bin Saif Al Nuaimi", speaker_at="Sheikh Khalid said"),
        Q("This year’s edition, held under the theme “It Starts With a Book”, features more than 1,400 cultural events, "
          "including author talks, poetry evenings and cookery demonstrations", "indirect", "SBA",
          "Sharjah Book Authority", speaker_at="according to the SBA"),
        Q("that 60 Moroccan publishers had travelled to Sharjah, many of them for the first time", "indirect",
          "Youssef El Amrani", "Youssef El Amrani"),
        Q("“a second home”", "partial", "de los Reyes", "Jose Maria de los Reyes", speaker_at="stand, de los Reyes"),
        Q("“When I read here, half the audience are nurses and drivers and engineers who were reading poetry back home "
          "in Manila and never stopped,”", "direct", "he", "Jose Maria de los Reyes", speaker_at="he said"),
        Q("“They are the best readers I know.”", "direct", "he", "Jose Maria de los Reyes", speaker_at="he said"),
        Q("she was pleased to see more young Emirati writers publishing in both Arabic and English", "indirect",
          "Mariam Al Suwaidi", "Mariam Al Suwaidi"),
        Q("they had not missed a single edition in 15 years", "indirect", "Ramesh Pillai", "Ramesh Pillai"),
        Q("“The girls make a list a month before. I set a budget, and every year the budget is broken,”", "direct",
          "he", "Ramesh Pillai", speaker_at="he laughed"),
    ]),
    Case("blind41-sibu-floods", """Over 3,000 evacuated as floods hit Sibu, Kapit

SIBU: More than 3,000 people from 812 families have been moved to 27 relief centres in the Sibu and Kapit divisions after continuous heavy rain since Friday caused the Rajang River and its tributaries to overflow.

According to the Sarawak Disaster Management Committee, Sibu is the worst affected with 1,946 evacuees, followed by Kapit (784) and Song (312).

Committee chairman Datuk Seri Abang Fauzi bin Abang Ahmad, who visited the relief centre at SK Sungai Merah yesterday, said the state government had allocated RM5 million for immediate aid, including food, mattresses and hygiene kits.

"Our priority now is the safety of the people. I urge those living along the riverbanks not to wait until the water reaches their homes before moving," he said.

He said the Fire and Rescue Department (Bomba) had deployed 14 boats to evacuate residents from longhouses in the Ulu Kapit area, some of which could only be reached by river.

Meanwhile, the Malaysian Meteorological Department (MetMalaysia) has issued a continuous heavy rain warning at "danger" level for Sibu, Kapit and Mukah until Tuesday.

Sibu Bomba chief Jimbun anak Tugang said his team had rescued 46 people overnight, including an elderly man who had climbed onto the roof of his house.

"The current was very strong. We had to use ropes to reach the house because the boat could not get close," Jimbun said.

Pelawan assemblyman Datuk Lau Kiong Ming said the flood mitigation project for Sibu town, approved in 2021, had to be speeded up.

Lau, who also visited evacuees at the Sibu Indoor Stadium, said the flooding in some low-lying areas was "the worst I have seen since 2015".

At SK Sungai Merah, evacuee Dayang Norhayati binti Awang Sahari, 52, from Kampung Datu, said the water rose almost a metre in two hours on Saturday night.

"We only managed to save our documents and some clothes. Everything else is under water," said the mother of five.

Several residents at the centre told The Borneo Post that they had not received any warning from the authorities before the water came in.""", [
        Q("Sibu is the worst affected with 1,946 evacuees, followed by Kapit (784) and Song (312)", "indirect",
          "Sarawak Disaster Management Committee", "Sarawak Disaster Management Committee"),
        Q("the state government had allocated RM5 million for immediate aid, including food, mattresses and hygiene kits",
          "indirect", "Abang Fauzi bin Abang Ahmad", "Abang Fauzi bin Abang Ahmad"),
        Q('"Our priority now is the safety of the people. I urge those living along the riverbanks not to wait until '
          'the water reaches their homes before moving,"', "direct", "he", "Abang Fauzi bin Abang Ahmad",
          speaker_at="he said"),
        Q("the Fire and Rescue Department (Bomba) had deployed 14 boats to evacuate residents from longhouses in the "
          "Ulu Kapit area, some of which could only be reached by river", "indirect", "He",
          "Abang Fauzi bin Abang Ahmad", speaker_at="He said the Fire"),
        Q("his team had rescued 46 people overnight, including an elderly man who had climbed onto the roof of his "
          "house", "indirect", "Jimbun anak Tugang", "Jimbun anak Tugang"),
        Q('"The current was very strong. We had to use ropes to reach the house because the boat could not get close,"',
          "direct", "Jimbun", "Jimbun anak Tugang", speaker_at="Jimbun said"),
        Q("the flood mitigation project for Sibu town, approved in 2021, had to be speeded up", "indirect",
          "Lau Kiong Ming", "Lau Kiong Ming"),
        Q('"the worst I have seen since 2015"', "partial", "Lau", "Lau Kiong Ming", speaker_at="Lau, who also"),
        Q("the water rose almost a metre in two hours on Saturday night", "indirect",
          "Dayang Norhayati binti Awang Sahari", "Dayang Norhayati binti Awang Sahari"),
        Q('"We only managed to save our documents and some clothes. Everything else is under water,"', "direct",
          "the mother of five", "Dayang Norhayati binti Awang Sahari"),
        Q("that they had not received any warning from the authorities before the water came in", "indirect",
          "Several residents at the centre", None),
    ]),
    Case("blind41-mindoro-ferry", """5 dead, 12 missing as ferry capsizes off Mindoro

Five people were killed and 12 others remain missing after a passenger ferry capsized in rough seas off Oriental Mindoro early Sunday, the Philippine Coast Guard (PCG) said.

The wooden-hulled MV Santa Ines, carrying 87 passengers and 11 crew, was bound for Batangas Port from Calapan City when it was hit by strong waves about five nautical miles off the town of Baco shortly before 6 a.m., PCG spokesperson Commodore Rafael dela Cruz Jr. said.

"Based on initial reports from survivors, the vessel tilted to its starboard side after being hit by a big wave and then capsized within minutes," dela Cruz said in a radio interview.

He said 81 people had been rescued by PCG personnel, local fishermen and a passing cargo ship, and that search operations would continue through the night.

The state weather bureau PAGASA had raised a gale warning over the seaboards of Mindoro on Saturday afternoon due to the surge of the northeast monsoon, or "amihan."

The Maritime Industry Authority (MARINA) said it had suspended the operations of the vessel's owner, Calapan Star Shipping Lines, pending an investigation.

MARINA Administrator Alfonso T. Villanueva said the agency would look into why the ferry was allowed to leave port despite the gale warning.

"If rules were violated, those responsible will be held accountable. There will be no sacred cows here," Villanueva told reporters.

Survivor Maria Teresa "Tess" Bautista, 45, a fish vendor from Calapan, recalled that passengers were screaming as water rushed into the cabin.

"I held on to my son and to a life vest. I kept praying until the fishermen reached us," she said in Filipino.

Oriental Mindoro Gov. Ernesto Macaraeg said the provincial government would shoulder the burial expenses of the fatalities and the hospital bills of the injured.

Sen. Marites Ocampo-Reyes filed a resolution seeking a Senate inquiry into the incident, saying that "passenger safety cannot be an afterthought for ferry operators."

Port officials in Calapan said the vessel's manifest listed 87 passengers, but some survivors claimed there were more people on board.

Calapan Star Shipping Lines could not be reached for comment as of press time.""", [
        Q("Five people were killed and 12 others remain missing after a passenger ferry capsized in rough seas off "
          "Oriental Mindoro early Sunday", "indirect", "Philippine Coast Guard", "Philippine Coast Guard"),
        Q("The wooden-hulled MV Santa Ines, carrying 87 passengers and 11 crew, was bound for Batangas Port from Calapan "
          "City when it was hit by strong waves about five nautical miles off the town of Baco shortly before 6 a.m.",
          "indirect", "Rafael dela Cruz Jr.", "Rafael dela Cruz Jr."),
        Q('"Based on initial reports from survivors, the vessel tilted to its starboard side after being hit by a big '
          'wave and then capsized within minutes,"', "direct", "dela Cruz", "Rafael dela Cruz Jr.",
          speaker_at="dela Cruz said in a radio"),
        Q("81 people had been rescued by PCG personnel, local fishermen and a passing cargo ship, and that search "
          "operations would continue through the night", "indirect", "He", "Rafael dela Cruz Jr.",
          speaker_at="He said 81"),
        Q("it had suspended the operations of the vessel's owner, Calapan Star Shipping Lines, pending an investigation",
          "indirect", "Maritime Industry Authority", "Maritime Industry Authority"),
        Q("the agency would look into why the ferry was allowed to leave port despite the gale warning", "indirect",
          "Alfonso T. Villanueva", "Alfonso T. Villanueva"),
        Q('"If rules were violated, those responsible will be held accountable. There will be no sacred cows here,"',
          "direct", "Villanueva", "Alfonso T. Villanueva", speaker_at="Villanueva told"),
        Q("that passengers were screaming as water rushed into the cabin", "indirect", 'Maria Teresa "Tess" Bautista',
          "Maria Teresa Bautista"),
        Q('"I held on to my son and to a life vest. I kept praying until the fishermen reached us,"', "direct", "she",
          "Maria Teresa Bautista", speaker_at="she said in Filipino"),
        Q("the provincial government would shoulder the burial expenses of the fatalities and the hospital bills of the "
          "injured", "indirect", "Ernesto Macaraeg", "Ernesto Macaraeg"),
        Q('"passenger safety cannot be an afterthought for ferry operators."', "partial", "Marites Ocampo-Reyes",
          "Marites Ocampo-Reyes"),
        Q("the vessel's manifest listed 87 passengers", "indirect", "Port officials in Calapan", None),
        Q("there were more people on board", "indirect", "some survivors", None),
    ]),
    Case("blind41-karachi-cricket", """Qureshi's century puts Karachi Whites in command

KARACHI: Zain-ul-Abideen Qureshi struck a composed 132 as Karachi Whites tightened their grip on the Quaid-e-Azam Trophy final against Lahore Blues on the second day at the National Bank Stadium on Tuesday.

Resuming on 211-3, the Whites were bowled out for 402 in the final session, a first-innings lead of 176. Lahore then reached 38-1 in their second innings by stumps, still 138 runs behind.

Qureshi, 23, batted for more than six hours and hit 14 fours and two sixes, sharing a stand of 148 for the fifth wicket with wicketkeeper Rizwan-ul-Haq, who made 71.

'The pitch was still good for batting, but the ball was doing a bit in the morning, so I just told myself to leave well and wait for the loose ones,' Qureshi told reporters after the day's play.

'It's my first century in a final. My father was in the stands today, so it means a lot to me.'

Left-arm pacer Waqas Khan Niazi, who finished with 5-96, said the ball had stopped swinging after the first hour and the Lahore attack had struggled to build pressure.

Lahore captain Hassan Ali Bokhari admitted his bowlers had been 'too inconsistent' and said his side would need to bat 'at least two full days' to save the match.

'We are not out of this game. There are three days left and cricket is a funny sport,' he insisted.

The Pakistan Cricket Board (PCB) said in a statement that members of the national selection committee were watching the final ahead of next month's Test series against Sri Lanka.

Former Test opener Mudassar Iqbal, commentating on PTV Sports, described Qureshi as 'the most complete young batter in the country' and said he was ready for international cricket.

A PCB official, speaking on condition of anonymity, said the board was considering moving next season's final to Rawalpindi to draw bigger crowds.""", [
        Q("'The pitch was still good for batting, but the ball was doing a bit in the morning, so I just told myself to "
          "leave well and wait for the loose ones,'", "direct", "Qureshi", "Zain-ul-Abideen Qureshi",
          speaker_at="Qureshi told reporters"),
        Q("'It's my first century in a final. My father was in the stands today, so it means a lot to me.'", "direct",
          "Qureshi", "Zain-ul-Abideen Qureshi", speaker_at="Qureshi told reporters"),
        Q("the ball had stopped swinging after the first hour and the Lahore attack had struggled to build pressure",
          "indirect", "Waqas Khan Niazi", "Waqas Khan Niazi"),
        Q("'too inconsistent'", "partial", "Hassan Ali Bokhari", "Hassan Ali Bokhari"),
        Q("'at least two full days'", "partial", "Hassan Ali Bokhari", "Hassan Ali Bokhari"),
        Q("'We are not out of this game. There are three days left and cricket is a funny sport,'", "direct", "he",
          "Hassan Ali Bokhari", speaker_at="he insisted"),
        Q("that members of the national selection committee were watching the final ahead of next month's Test series "
          "against Sri Lanka", "indirect", "Pakistan Cricket Board", "Pakistan Cricket Board"),
        Q("'the most complete young batter in the country'", "partial", "Mudassar Iqbal", "Mudassar Iqbal"),
        Q("he was ready for international cricket", "indirect", "Mudassar Iqbal", "Mudassar Iqbal"),
        Q("the board was considering moving next season's final to Rawalpindi to draw bigger crowds", "indirect",
          "A PCB official", None),
    ]),
]
