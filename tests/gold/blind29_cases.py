"""Blind gold (set 29): short news articles written without sight of the pretagger.

Sixteen articles in the house styles of wire services and regional papers from
many countries (curly, straight and British single quotes), annotated for every
direct, partial and indirect quote with its speaker mention and entity. See
gold_format.py for the case format.
"""

from __future__ import annotations

from gold_format import Case, Q

CASES = [
    Case("blind29-stalker", """Man who stalked ex-partner with 4,000 messages jailed for three years

A County Antrim man who bombarded his former partner with more than 4,000 messages and turned up at her workplace in a wig and glasses has been jailed for three years.

Declan Fitzpatrick-Moore, 41, from Ballyclare, had pleaded guilty at Belfast Crown Court to stalking and breaching a non-molestation order.

Prosecuting barrister Gemma Ní Chonaill said the woman had been left "terrified to leave her own home".

"This was a sustained, calculated campaign of fear," she told the court. "He tracked her car, he contacted her friends and he used false accounts to monitor everything she posted online."

Defence counsel Eamonn Mac Giolla Bhríde KC said his client accepted that his behaviour had been "obsessive and wholly unacceptable". He told the court Fitzpatrick-Moore had begun counselling while on remand.

"He does not seek to minimise what he did," Mr Mac Giolla Bhríde said. "He has asked me to say that he is ashamed."

Passing sentence, Judge Patricia Kerr-Lindsay said the victim impact statement made for "harrowing reading".

"You took from this woman the most basic thing any of us is entitled to, which is to feel safe," the judge told Fitzpatrick-Moore. "The harm you have caused will not end when you walk out of prison.

"You will have a long time to reflect on that."

Fitzpatrick-Moore will serve half the sentence in custody and the remainder on licence. An indefinite restraining order was also imposed.

In a statement read outside court by a police officer, the woman said she hoped the case would encourage others to come forward.

"For a long time I thought nobody would believe me," she said. "To anyone going through this: you will be believed."

Detective Sergeant Rory O'Halloran, of the PSNI's Public Protection Branch, described stalking as "a crime that eats away at people's lives".

He said: "Reports of stalking have risen by almost 40% in Northern Ireland over the past two years. We would urge anyone who is being targeted to contact police on 101 or, in an emergency, 999."

Women's Aid Federation Northern Ireland said the sentence sent "a clear message", but warned that many victims still waited more than a year for their cases to reach court.""", [
        Q('"terrified to leave her own home"', "partial", "Gemma Ní Chonaill", "Gemma Ní Chonaill"),
        Q('"This was a sustained, calculated campaign of fear,"', "direct", "she", "Gemma Ní Chonaill",
          speaker_at="she told the court"),
        Q('"He tracked her car, he contacted her friends and he used false accounts to monitor everything she '
          'posted online."', "direct", "she", "Gemma Ní Chonaill", speaker_at="she told the court"),
        Q('"obsessive and wholly unacceptable"', "partial", "Eamonn Mac Giolla Bhríde", "Eamonn Mac Giolla Bhríde"),
        Q("Fitzpatrick-Moore had begun counselling while on remand", "indirect", "He", "Eamonn Mac Giolla Bhríde",
          speaker_at="He told the court"),
        Q('"He does not seek to minimise what he did,"', "direct", "Mac Giolla Bhríde", "Eamonn Mac Giolla Bhríde",
          speaker_at="Mr Mac Giolla Bhríde said"),
        Q('"He has asked me to say that he is ashamed."', "direct", "Mac Giolla Bhríde", "Eamonn Mac Giolla Bhríde",
          speaker_at="Mr Mac Giolla Bhríde said"),
        Q('"harrowing reading"', "partial", "Patricia Kerr-Lindsay", "Patricia Kerr-Lindsay"),
        Q('"You took from this woman the most basic thing any of us is entitled to, which is to feel safe,"',
          "direct", "the judge", "Patricia Kerr-Lindsay"),
        Q('"The harm you have caused will not end when you walk out of prison.', "direct", "the judge",
          "Patricia Kerr-Lindsay"),
        Q('"You will have a long time to reflect on that."', "direct", "the judge", "Patricia Kerr-Lindsay"),
        Q("she hoped the case would encourage others to come forward", "indirect", "the woman", None,
          speaker_at="the woman said"),
        Q('"For a long time I thought nobody would believe me,"', "direct", "she", None,
          speaker_at='she said. "To anyone'),
        Q('"To anyone going through this: you will be believed."', "direct", "she", None,
          speaker_at='she said. "To anyone'),
        Q('"a crime that eats away at people\'s lives"', "partial", "Rory O'Halloran", "Rory O'Halloran"),
        Q('"Reports of stalking have risen by almost 40% in Northern Ireland over the past two years. We would urge '
          'anyone who is being targeted to contact police on 101 or, in an emergency, 999."', "direct", "He",
          "Rory O'Halloran", speaker_at="He said:"),
        Q('"a clear message"', "partial", "Women's Aid Federation Northern Ireland",
          "Women's Aid Federation Northern Ireland"),
        Q("many victims still waited more than a year for their cases to reach court", "indirect",
          "Women's Aid Federation Northern Ireland", "Women's Aid Federation Northern Ireland"),
    ], source="blind"),
    Case("blind29-shipping", """Saudi shipping group's profit jumps 62% as Red Sea detours lift rates

RIYADH (Reuters) - Saudi Arabia's Al-Bahar National Shipping Co reported a 62% rise in second-quarter net profit on Tuesday, as longer voyages around the Cape of Good Hope kept tanker and container freight rates elevated.

Net profit reached 812 million riyals ($216.5 million) in the three months to June 30, up from 501 million riyals a year earlier, the company said in a filing on the Saudi bourse. Revenue rose 28% to 2.9 billion riyals.

The result beat the average forecast of 740 million riyals from four analysts polled by LSEG.

"The quarter reflects both the strength of our fleet and the disruption in the market," Chief Executive Faisal bin Abdulrahman Al-Otaibi told Reuters by telephone. "We do not build our strategy on disruption, but we were positioned to respond to it."

Al-Otaibi said the company would take delivery of four very large crude carriers (VLCCs) by the end of next year and was in talks with South Korean yards about dual-fuel vessels.

Chairman Sheikh Khalid bin Hamad Al-Mutlaq said in the filing that the board had approved an interim dividend of 1 riyal per share.

Attacks on merchant shipping by Yemen's Houthi militia have forced many operators to avoid the Suez Canal since late 2023, adding 10 to 14 days to journeys between Asia and Europe.

According to Mazen Al-Sudairi, head of research at Al Rajhi Capital, the tanker business accounted for "almost all of the upside" in the quarter. He said investors would now focus on whether rates could hold once traffic through the Red Sea returned to normal.

"When the Suez route reopens fully, a lot of tonnage comes back to the market at once," Al-Sudairi said. "That is the risk for the second half."

The company's shares rose 3.1% in early trade, outperforming the main index, which was up 0.4%.

A spokesperson for the group's logistics arm, a joint venture with the Public Investment Fund (PIF), said it had handled record volumes at King Abdulaziz Port in Dammam, but declined to give figures.

(Reporting by Rania Haddad; Editing by Clare Fenwick)""", [
        Q("Net profit reached 812 million riyals ($216.5 million) in the three months to June 30, up from 501 million "
          "riyals a year earlier", "indirect", "the company", "Al-Bahar National Shipping Co",
          speaker_at="the company said in a filing"),
        Q('"The quarter reflects both the strength of our fleet and the disruption in the market,"', "direct",
          "Faisal bin Abdulrahman Al-Otaibi", "Faisal bin Abdulrahman Al-Otaibi"),
        Q('"We do not build our strategy on disruption, but we were positioned to respond to it."', "direct",
          "Faisal bin Abdulrahman Al-Otaibi", "Faisal bin Abdulrahman Al-Otaibi"),
        Q("the company would take delivery of four very large crude carriers (VLCCs) by the end of next year and was "
          "in talks with South Korean yards about dual-fuel vessels", "indirect", "Al-Otaibi",
          "Faisal bin Abdulrahman Al-Otaibi", speaker_at="Al-Otaibi said the company"),
        Q("the board had approved an interim dividend of 1 riyal per share", "indirect", "Khalid bin Hamad Al-Mutlaq",
          "Khalid bin Hamad Al-Mutlaq"),
        Q('"almost all of the upside"', "partial", "Mazen Al-Sudairi", "Mazen Al-Sudairi"),
        Q("investors would now focus on whether rates could hold once traffic through the Red Sea returned to normal",
          "indirect", "He", "Mazen Al-Sudairi", speaker_at="He said investors"),
        Q('"When the Suez route reopens fully, a lot of tonnage comes back to the market at once,"', "direct",
          "Al-Sudairi", "Mazen Al-Sudairi", speaker_at="Al-Sudairi said"),
        Q('"That is the risk for the second half."', "direct", "Al-Sudairi", "Mazen Al-Sudairi",
          speaker_at="Al-Sudairi said"),
        Q("it had handled record volumes at King Abdulaziz Port in Dammam", "indirect",
          "A spokesperson for the group's logistics arm", None),
    ], source="blind"),
    Case("blind29-crossing", """Woman cut free after car hit by train at Darlington level crossing

A MOTORIST had to be cut free from her car after it was struck by a passenger train at a level crossing on the outskirts of Darlington.

Emergency services were called to the crossing on Whessoe Lane, near Faverdale, at about 7.40am yesterday after the Bishop Auckland-bound Northern service collided with a silver Vauxhall Corsa.

The driver, a woman in her sixties, was taken to James Cook University Hospital in Middlesbrough with injuries described as serious but not life-threatening. None of the 23 passengers on the train was hurt.

British Transport Police said officers were trying to establish how the car came to be on the line while the barriers were down.

“We are at the very early stages of our investigation and it would be wrong to speculate,” said Inspector Harjit Singh Dhaliwal. “What I would say is that anyone who saw the collision, or the moments leading up to it, should get in touch.”

County Durham and Darlington Fire and Rescue Service said crews from Darlington and Newton Aycliffe had used hydraulic cutting equipment to free the woman, who was trapped for almost an hour.

Watch manager Lindsey McAllister-Greaves said the train had pushed the car about 30 metres along the track.

“The crews did a fantastic job in really difficult conditions,” she said. “It could have been so much worse.”

Network Rail said the crossing, which has automatic half-barriers, had been inspected last month and no faults were found. A spokesman added that engineers would carry out further checks before the line reopened.

But residents said they had raised concerns about the crossing for years.

Margaret Oyelaran-Hughes, 72, who has lived on Whessoe Lane since 1979, said: “People try to nip across when the lights start flashing. I’ve seen it with my own eyes, lorries and all.”

Ward councillor Anne-Marie Okonkwo said she had written to the rail minister asking for the crossing to be reviewed. She described it as “an accident waiting to happen” and said local people deserved answers.

Northern said services between Darlington and Bishop Auckland were suspended for most of the day, with buses replacing trains. The line reopened shortly after 5pm.""", [
        Q("officers were trying to establish how the car came to be on the line while the barriers were down",
          "indirect", "British Transport Police", "British Transport Police"),
        Q("“We are at the very early stages of our investigation and it would be wrong to speculate,”", "direct",
          "Harjit Singh Dhaliwal", "Harjit Singh Dhaliwal"),
        Q("“What I would say is that anyone who saw the collision, or the moments leading up to it, should get in "
          "touch.”", "direct", "Harjit Singh Dhaliwal", "Harjit Singh Dhaliwal"),
        Q("crews from Darlington and Newton Aycliffe had used hydraulic cutting equipment to free the woman, who was "
          "trapped for almost an hour", "indirect", "County Durham and Darlington Fire and Rescue Service",
          "County Durham and Darlington Fire and Rescue Service"),
        Q("the train had pushed the car about 30 metres along the track", "indirect", "Lindsey McAllister-Greaves",
          "Lindsey McAllister-Greaves"),
        Q("“The crews did a fantastic job in really difficult conditions,”", "direct", "she",
          "Lindsey McAllister-Greaves", speaker_at="she said"),
        Q("“It could have been so much worse.”", "direct", "she", "Lindsey McAllister-Greaves", speaker_at="she said"),
        Q("the crossing, which has automatic half-barriers, had been inspected last month and no faults were found",
          "indirect", "Network Rail", "Network Rail"),
        Q("engineers would carry out further checks before the line reopened", "indirect", "A spokesman", None),
        Q("they had raised concerns about the crossing for years", "indirect", "residents", None),
        Q("“People try to nip across when the lights start flashing. I’ve seen it with my own eyes, lorries and all.”",
          "direct", "Margaret Oyelaran-Hughes", "Margaret Oyelaran-Hughes"),
        Q("she had written to the rail minister asking for the crossing to be reviewed", "indirect",
          "Anne-Marie Okonkwo", "Anne-Marie Okonkwo"),
        Q("“an accident waiting to happen”", "partial", "She", "Anne-Marie Okonkwo", speaker_at="She described"),
        Q("local people deserved answers", "indirect", "She", "Anne-Marie Okonkwo", speaker_at="She described"),
        Q("services between Darlington and Bishop Auckland were suspended for most of the day, with buses replacing "
          "trains", "indirect", "Northern", "Northern", speaker_at="Northern said"),
    ], source="blind"),
    Case("blind29-library", """Anger as council confirms Clifden library will close for up to two years

CONNEMARA library users have reacted with dismay to confirmation that Clifden’s branch library will close in January and may not reopen for up to two years.

Galway County Council told a meeting of the Conamara Municipal District on Monday that the lease on the current premises on Market Street would not be renewed when it expires at the end of the year.

The council’s Director of Services, Seosamh Ó Flatharta, said a mobile library would call to the town twice a week in the meantime, and that the local authority was ‘actively pursuing’ a number of sites for a permanent branch.

‘Nobody wants to see a town without a library, and I include myself in that,’ Mr Ó Flatharta told councillors. ‘But we cannot stay in a building that is no longer fit for purpose.’

His assurances cut little ice with local members.

Cllr Eileen Keane-Mulkerrin (SF) said the news had been delivered ‘by the back door’, and that library staff had heard about it before elected members.

‘Two years is a lifetime for a child learning to read,’ she said. ‘It’s a lifetime for older people who come in to use the computers because they have no broadband at home. Where are they meant to go?’

Her party colleague, Cllr Pádraig Mac Donncha-Walsh, went further, claiming the council had ‘sat on its hands’ for three years despite knowing the lease was running out.

The Department of Rural and Community Development, which funds library building projects, told the Connacht Tribune that no application for Clifden had yet been received.

Outside the meeting in the Clifden Station House, about 30 parents and children held placards calling for the branch to be kept open.

Síle Nic Dhonnchadha, who runs a weekly story-time session at the library, said it was far more than a room full of books.

‘This is where new families meet each other,’ she said. ‘We have Ukrainian mothers coming in, we have people who’ve just moved home from abroad. You take that away and you take something the town won’t easily get back.’

She said a petition had gathered more than 1,400 signatures in a week.

The matter is due to be raised again at the full meeting of Galway County Council later this month.""", [
        Q("the lease on the current premises on Market Street would not be renewed when it expires at the end of the "
          "year", "indirect", "Galway County Council", "Galway County Council",
          speaker_at="Galway County Council told"),
        Q("a mobile library would call to the town twice a week in the meantime", "indirect", "Seosamh Ó Flatharta",
          "Seosamh Ó Flatharta"),
        Q("‘actively pursuing’", "partial", "Seosamh Ó Flatharta", "Seosamh Ó Flatharta"),
        Q("‘Nobody wants to see a town without a library, and I include myself in that,’", "direct", "Ó Flatharta",
          "Seosamh Ó Flatharta", speaker_at="Mr Ó Flatharta told"),
        Q("‘But we cannot stay in a building that is no longer fit for purpose.’", "direct", "Ó Flatharta",
          "Seosamh Ó Flatharta", speaker_at="Mr Ó Flatharta told"),
        Q("‘by the back door’", "partial", "Eileen Keane-Mulkerrin", "Eileen Keane-Mulkerrin"),
        Q("library staff had heard about it before elected members", "indirect", "Eileen Keane-Mulkerrin",
          "Eileen Keane-Mulkerrin"),
        Q("‘Two years is a lifetime for a child learning to read,’", "direct", "she", "Eileen Keane-Mulkerrin",
          speaker_at="she said. ‘It’s"),
        Q("‘It’s a lifetime for older people who come in to use the computers because they have no broadband at home. "
          "Where are they meant to go?’", "direct", "she", "Eileen Keane-Mulkerrin", speaker_at="she said. ‘It’s"),
        Q("‘sat on its hands’", "partial", "Pádraig Mac Donncha-Walsh", "Pádraig Mac Donncha-Walsh"),
        Q("no application for Clifden had yet been received", "indirect",
          "The Department of Rural and Community Development", "Department of Rural and Community Development"),
        Q("it was far more than a room full of books", "indirect", "Síle Nic Dhonnchadha", "Síle Nic Dhonnchadha"),
        Q("‘This is where new families meet each other,’", "direct", "she", "Síle Nic Dhonnchadha",
          speaker_at="she said. ‘We have"),
        Q("‘We have Ukrainian mothers coming in, we have people who’ve just moved home from abroad. You take that away "
          "and you take something the town won’t easily get back.’", "direct", "she", "Síle Nic Dhonnchadha",
          speaker_at="she said. ‘We have"),
        Q("a petition had gathered more than 1,400 signatures in a week", "indirect", "She", "Síle Nic Dhonnchadha",
          speaker_at="She said a petition"),
    ], source="blind"),
    Case("blind29-hail", """Golf ball-sized hail smashes cars and roofs across northern Illawarra

Hundreds of homes in Wollongong's northern suburbs have been left with shattered windows and leaking ceilings after a violent hailstorm swept off the escarpment on Tuesday afternoon.

The NSW State Emergency Service said it had received more than 640 calls for help by 9pm, most of them from Thirroul, Austinmer, Bulli and Corrimal.

SES duty commander Bronwyn Tadić-Hall said volunteers would be working through the night and well into Wednesday.

"We've got crews coming in from as far away as Nowra and Camden to help," she said. "Please be patient with us. If water is coming through your ceiling, turn the power off at the mains and move to a dry part of the house."

The Bureau of Meteorology issued a severe thunderstorm warning at 2.15pm, forecasting large hail and damaging winds for the Illawarra.

Bureau meteorologist Arjun Venkataraman told the Mercury hailstones up to 5 centimetres across had been reported at Bulli Tops.

"The storm really intensified as it hit the escarpment, which isn't unusual at this time of year, but the size of the hail certainly was," Mr Venkataraman said.

At Thirroul, cafe owner Tran Minh Duc was sweeping glass from the footpath when the Mercury visited on Tuesday evening.

"I heard it on the roof and thought it was a truck going past," Mr Tran said. "Then the front window just went. Ten minutes, that's all it was."

His neighbour, retired teacher Kerry-Anne O'Donoghue, said she had lived in Austinmer for 40 years and had "never seen anything like it".

Endeavour Energy said about 4000 customers were without power at the height of the storm, and crews were working to restore supply.

Wollongong City Council said fees at the Whytes Gully waste facility would be waived for storm-damaged material until the end of the month.

An Insurance Council of Australia spokeswoman said it was too early to estimate the cost of claims, but urged policyholders to photograph damage before starting repairs.

The SES can be contacted on 132 500.""", [
        Q("it had received more than 640 calls for help by 9pm, most of them from Thirroul, Austinmer, Bulli and "
          "Corrimal", "indirect", "The NSW State Emergency Service", "NSW State Emergency Service"),
        Q("volunteers would be working through the night and well into Wednesday", "indirect", "Bronwyn Tadić-Hall",
          "Bronwyn Tadić-Hall"),
        Q('"We\'ve got crews coming in from as far away as Nowra and Camden to help,"', "direct", "she",
          "Bronwyn Tadić-Hall", speaker_at='she said. "Please'),
        Q('"Please be patient with us. If water is coming through your ceiling, turn the power off at the mains and '
          'move to a dry part of the house."', "direct", "she", "Bronwyn Tadić-Hall", speaker_at='she said. "Please'),
        Q("hailstones up to 5 centimetres across had been reported at Bulli Tops", "indirect", "Arjun Venkataraman",
          "Arjun Venkataraman"),
        Q('"The storm really intensified as it hit the escarpment, which isn\'t unusual at this time of year, but the '
          'size of the hail certainly was,"', "direct", "Venkataraman", "Arjun Venkataraman",
          speaker_at="Mr Venkataraman said"),
        Q('"I heard it on the roof and thought it was a truck going past,"', "direct", "Tran", "Tran Minh Duc",
          speaker_at="Mr Tran said"),
        Q('"Then the front window just went. Ten minutes, that\'s all it was."', "direct", "Tran", "Tran Minh Duc",
          speaker_at="Mr Tran said"),
        Q("she had lived in Austinmer for 40 years", "indirect", "Kerry-Anne O'Donoghue", "Kerry-Anne O'Donoghue"),
        Q('"never seen anything like it"', "partial", "Kerry-Anne O'Donoghue", "Kerry-Anne O'Donoghue"),
        Q("about 4000 customers were without power at the height of the storm, and crews were working to restore "
          "supply", "indirect", "Endeavour Energy", "Endeavour Energy"),
        Q("fees at the Whytes Gully waste facility would be waived for storm-damaged material until the end of the "
          "month", "indirect", "Wollongong City Council", "Wollongong City Council"),
        Q("it was too early to estimate the cost of claims", "indirect",
          "An Insurance Council of Australia spokeswoman", None),
    ], source="blind"),
    Case("blind29-obituary-engineer", """Obituary: Manapōuri tunnel engineer Kees van der Heijden dies aged 91

Cornelis “Kees” van der Heijden, the Dutch-born engineer who spent the best part of a decade underground building the Manapōuri power station, has died in Invercargill. He was 91.

Born in Rotterdam in 1933, van der Heijden arrived in Bluff in 1957 with a civil engineering degree from Delft, a single suitcase and, as he later put it, “about six words of English”.

He joined the Ministry of Works and was sent to Fiordland in 1963, working first on the machine hall 200 metres beneath Lake Manapōuri and later on the 10km tailrace tunnel to Deep Cove.

His daughter, Anneke van der Heijden-Rātana, said her father regarded the tunnel as the great achievement of his life.

“He used to say he had spent more of the sixties underground than above it,” she said. “He was never bitter about the hard years. He loved the men he worked with, and he loved that mountain.”

Former shift foreman Bill Te Raki-Morrison, 88, remembered a meticulous engineer who “never raised his voice, not once”.

“Kees would go through a set of drawings line by line, and if something was wrong, he’d find it,” Mr Te Raki-Morrison said. “You did not want to be the fella who’d made the mistake.

“But he’d never humiliate you. He’d just sit you down with a cup of tea and show you where you went wrong.”

In retirement van der Heijden served on the Guardians of Lakes Manapōuri, Monowai and Te Anau, and in 2014 he published a memoir, “Under the Mountain”, based on the diaries he kept on site.

Prof Hiroshi Nakamura-Bell, of the University of Canterbury’s civil engineering department, who uses the book in his teaching, described it as “a priceless record of how this country was built”.

Meridian Energy, which operates the station, said in a statement that van der Heijden’s generation had “built something that still powers Southland today”.

A funeral service will be held at St John’s Anglican Church, Invercargill, on Friday at 1pm. He is survived by his daughter, two sons and five grandchildren. His wife, Ngaire, died in 2019.""", [
        Q("“about six words of English”", "partial", "he", "Cornelis van der Heijden", speaker_at="as he later put it"),
        Q("her father regarded the tunnel as the great achievement of his life", "indirect",
          "Anneke van der Heijden-Rātana", "Anneke van der Heijden-Rātana"),
        Q("“He used to say he had spent more of the sixties underground than above it,”", "direct", "she",
          "Anneke van der Heijden-Rātana", speaker_at="she said"),
        Q("“He was never bitter about the hard years. He loved the men he worked with, and he loved that mountain.”",
          "direct", "she", "Anneke van der Heijden-Rātana", speaker_at="she said"),
        Q("“never raised his voice, not once”", "partial", "Bill Te Raki-Morrison", "Bill Te Raki-Morrison"),
        Q("“Kees would go through a set of drawings line by line, and if something was wrong, he’d find it,”",
          "direct", "Te Raki-Morrison", "Bill Te Raki-Morrison", speaker_at="Mr Te Raki-Morrison said"),
        Q("“You did not want to be the fella who’d made the mistake.", "direct", "Te Raki-Morrison",
          "Bill Te Raki-Morrison", speaker_at="Mr Te Raki-Morrison said"),
        Q("“But he’d never humiliate you. He’d just sit you down with a cup of tea and show you where you went wrong.”",
          "direct", "Te Raki-Morrison", "Bill Te Raki-Morrison", speaker_at="Mr Te Raki-Morrison said"),
        Q("“a priceless record of how this country was built”", "partial", "Hiroshi Nakamura-Bell",
          "Hiroshi Nakamura-Bell"),
        Q("“built something that still powers Southland today”", "partial", "Meridian Energy", "Meridian Energy"),
    ], source="blind"),
    Case("blind29-parking", """Councillor wants Glebe parking tickets cancelled after sign, app mix-up

Ottawa's bylaw department is facing calls to cancel hundreds of parking tickets handed out in the Glebe last week, after residents say the city told them two different things.

More than 700 tickets, each carrying a $150 fine, were issued on side streets off Bank Street overnight Thursday during a scheduled snow-removal operation, according to figures obtained by the Citizen.

Residents say temporary "no parking" signs posted by the city gave the start time as 7 p.m., while the city's website and its snow-removal app listed 11 p.m.

Capital Coun. Marie-Josée Tremblay-Osei said her office had been "flooded" with emails since Friday morning.

"People did exactly what the city told them to do, and they got punished for it," Tremblay-Osei said in an interview. "If we can't get our own signs and our own app to agree, the very least we can do is give people their money back."

She said she would bring a motion to the next meeting of the emergency preparedness and protective services committee asking that all the tickets be cancelled.

In a memo to council Monday, Dev Raghunathan, the city's director of bylaw and regulatory services, acknowledged that "an error in the scheduling data" had caused the app to show the wrong time.

He wrote that anyone who received a ticket could request a review online, and that each case would be "assessed on its merits."

The mayor's office said it had asked staff for a full account of what went wrong.

Some residents were less forgiving.

"I've lived on Fifth Avenue for 22 years and I've never had a ticket," said retired nurse Gwendolyn Ashworth-Baptiste, who got two. "Now I'm being told to go online and plead my case like I've done something wrong. I don't even own a computer."

Ahmed El-Masry, president of the Glebe Community Association, told the Citizen the group had written to every member of council.

"This isn't about the money for most people," El-Masry said. "It's about whether you can trust what the city tells you."

The committee meets Feb. 12.""", [
        Q("the city told them two different things", "indirect", "residents", None, speaker_at="after residents say"),
        Q("More than 700 tickets, each carrying a $150 fine, were issued on side streets off Bank Street overnight "
          "Thursday during a scheduled snow-removal operation", "indirect", "figures obtained by the Citizen", None),
        Q('temporary "no parking" signs posted by the city gave the start time as 7 p.m., while the city\'s website '
          'and its snow-removal app listed 11 p.m.', "indirect", "Residents", None,
          speaker_at="Residents say temporary"),
        Q('"flooded"', "partial", "Marie-Josée Tremblay-Osei", "Marie-Josée Tremblay-Osei"),
        Q('"People did exactly what the city told them to do, and they got punished for it,"', "direct",
          "Tremblay-Osei", "Marie-Josée Tremblay-Osei", speaker_at="Tremblay-Osei said in an interview"),
        Q('"If we can\'t get our own signs and our own app to agree, the very least we can do is give people their '
          'money back."', "direct", "Tremblay-Osei", "Marie-Josée Tremblay-Osei",
          speaker_at="Tremblay-Osei said in an interview"),
        Q("she would bring a motion to the next meeting of the emergency preparedness and protective services "
          "committee asking that all the tickets be cancelled", "indirect", "She", "Marie-Josée Tremblay-Osei",
          speaker_at="She said she would"),
        Q('"an error in the scheduling data"', "partial", "Dev Raghunathan", "Dev Raghunathan"),
        Q("anyone who received a ticket could request a review online", "indirect", "He", "Dev Raghunathan",
          speaker_at="He wrote"),
        Q('"assessed on its merits."', "partial", "He", "Dev Raghunathan", speaker_at="He wrote"),
        Q("it had asked staff for a full account of what went wrong", "indirect", "The mayor's office", None),
        Q('"I\'ve lived on Fifth Avenue for 22 years and I\'ve never had a ticket,"', "direct",
          "Gwendolyn Ashworth-Baptiste", "Gwendolyn Ashworth-Baptiste"),
        Q('"Now I\'m being told to go online and plead my case like I\'ve done something wrong. I don\'t even own a '
          'computer."', "direct", "Gwendolyn Ashworth-Baptiste", "Gwendolyn Ashworth-Baptiste"),
        Q("the group had written to every member of council", "indirect", "Ahmed El-Masry", "Ahmed El-Masry"),
        Q('"This isn\'t about the money for most people,"', "direct", "El-Masry", "Ahmed El-Masry",
          speaker_at="El-Masry said"),
        Q('"It\'s about whether you can trust what the city tells you."', "direct", "El-Masry", "Ahmed El-Masry",
          speaker_at="El-Masry said"),
    ], source="blind"),
    Case("blind29-rabies", """Three dead, 47 bitten as rabies outbreak hits Homa Bay

Three people, including a nine-year-old girl, have died of rabies in Homa Bay County in the past month, health officials have confirmed, as residents of Rangwe Sub-County report a surge in attacks by stray dogs.

County Health Executive Dr Achieng' Oduor-Were said 47 people had been treated for dog bites at Homa Bay County Teaching and Referral Hospital and health centres in Rangwe since early September.

"We are dealing with an outbreak, and we are treating it as such," Dr Oduor-Were told The Standard on Tuesday. "Our biggest worry is that some of the people who were bitten went to herbalists first and came to hospital late."

She said the county had received 2,000 doses of anti-rabies vaccine from the Ministry of Health, but warned that stocks in some facilities remained low.

According to the Zoonotic Disease Unit, a joint office of the ministries of Health and Agriculture, rabies kills an estimated 2,000 people in Kenya every year, most of them children.

County Director of Veterinary Services Dr Otieno Kasera announced a mass dog vaccination drive in Kanyach Kachar, Kagan and Kochia wards starting next week.

"Every dog owner must bring their animal. The vaccination is free," said Dr Kasera. "Dogs that are not vaccinated and are found roaming will be dealt with in line with the law."

Residents of Kochia said the problem had worsened since the start of the dry season, with packs of dogs scavenging near fish landing beaches.

Mzee Joseph Ochieng' Ogola, whose granddaughter died last week, said the family had not known the girl had been bitten until she fell sick.

"She was playing near the lake. She did not tell anyone because she feared she would be punished for going there," the 68-year-old said, fighting back tears. "By the time we took her to hospital, the doctors told us there was nothing they could do."

Kenya Veterinary Association (KVA) chairperson Dr Fatuma Abdi Mohamed urged the national government to fund routine vaccination, saying counties had "left rabies to chance for too long".

She said Kenya would miss its target of eliminating dog-transmitted human rabies by 2030 "unless we change how we do things".

The county has asked anyone bitten by a dog to seek treatment within 24 hours.""", [
        Q("Three people, including a nine-year-old girl, have died of rabies in Homa Bay County in the past month",
          "indirect", "health officials", None),
        Q("a surge in attacks by stray dogs", "indirect", "residents of Rangwe Sub-County", None),
        Q("47 people had been treated for dog bites at Homa Bay County Teaching and Referral Hospital and health "
          "centres in Rangwe since early September", "indirect", "Achieng' Oduor-Were", "Achieng' Oduor-Were"),
        Q('"We are dealing with an outbreak, and we are treating it as such,"', "direct", "Oduor-Were",
          "Achieng' Oduor-Were", speaker_at="Dr Oduor-Were told"),
        Q('"Our biggest worry is that some of the people who were bitten went to herbalists first and came to '
          'hospital late."', "direct", "Oduor-Were", "Achieng' Oduor-Were", speaker_at="Dr Oduor-Were told"),
        Q("the county had received 2,000 doses of anti-rabies vaccine from the Ministry of Health", "indirect", "She",
          "Achieng' Oduor-Were", speaker_at="She said the county"),
        Q("stocks in some facilities remained low", "indirect", "She", "Achieng' Oduor-Were",
          speaker_at="She said the county"),
        Q("rabies kills an estimated 2,000 people in Kenya every year, most of them children", "indirect",
          "the Zoonotic Disease Unit", "Zoonotic Disease Unit"),
        Q('"Every dog owner must bring their animal. The vaccination is free,"', "direct", "Kasera", "Otieno Kasera",
          speaker_at="said Dr Kasera"),
        Q('"Dogs that are not vaccinated and are found roaming will be dealt with in line with the law."', "direct",
          "Kasera", "Otieno Kasera", speaker_at="said Dr Kasera"),
        Q("the problem had worsened since the start of the dry season, with packs of dogs scavenging near fish landing "
          "beaches", "indirect", "Residents of Kochia", None),
        Q("the family had not known the girl had been bitten until she fell sick", "indirect",
          "Joseph Ochieng' Ogola", "Joseph Ochieng' Ogola"),
        Q('"She was playing near the lake. She did not tell anyone because she feared she would be punished for going '
          'there,"', "direct", "the 68-year-old", "Joseph Ochieng' Ogola"),
        Q('"By the time we took her to hospital, the doctors told us there was nothing they could do."', "direct",
          "the 68-year-old", "Joseph Ochieng' Ogola"),
        Q('"left rabies to chance for too long"', "partial", "Fatuma Abdi Mohamed", "Fatuma Abdi Mohamed"),
        Q("Kenya would miss its target of eliminating dog-transmitted human rabies by 2030", "indirect", "She",
          "Fatuma Abdi Mohamed", speaker_at="She said Kenya"),
        Q('"unless we change how we do things"', "partial", "She", "Fatuma Abdi Mohamed", speaker_at="She said Kenya"),
    ], source="blind"),
    Case("blind29-stool", """Stool tussle: Kingmakers, ruling house trade words as Ekiti town awaits new Oba

By Olawale Ibitoye-Martins, Ado-Ekiti

THE crisis over the vacant stool of the Olúmesi of Imesi-Odo in Ekiti State deepened yesterday as the town’s kingmakers and the Ajibosin Ruling House accused each other of trying to impose a candidate on the community.

The stool became vacant in March following the death of Oba Gabriel Adeyemi Fasanmi II, who reigned for 31 years.

Addressing journalists in Ado-Ekiti, the spokesman of the kingmakers, Chief Olusegun Babatunde Akinyele, the Odofin of Imesi-Odo, said the council had followed “every letter of the chieftaincy declaration” in selecting Prince Adewale Ogunmodede.

“We are seven kingmakers, and six of us voted. That is a clear majority,” Chief Akinyele said. “Anybody who is unhappy with the outcome should go to court rather than heat up the polity.”

But the head of the Ajibosin Ruling House, Pa Emmanuel Olorunfemi Ajayi-Bello, described the exercise as “a charade concluded in a hotel room”.

In a petition to the Commissioner for Local Government and Chieftaincy Affairs, a copy of which was obtained by Vanguard, the family alleged that two of the kingmakers who took part in the vote had not been properly installed and therefore had no right to vote.

“It is our turn by rotation. Everybody in Imesi-Odo knows this,” Pa Ajayi-Bello told our correspondent. “We are not against anybody, but we will not allow our right to be taken away from us in broad daylight.”

Reacting, the Commissioner, Hon. Folasade Adeyemo-Ilori, said the government had not approved any candidate and urged both parties to remain calm.

“Government has no preferred candidate,” the commissioner said. “We have set up a panel of enquiry, and its report will guide whatever decision is taken.”

The panel’s chairman, Justice Bolaji Akintola-Davies (rtd), told Vanguard it would submit its report within 30 days of its inauguration.

The Police Public Relations Officer in the state, DSP Oluwaseun Adewumi-Hassan, said officers had been deployed around the palace to forestall any breach of the peace.

A youth leader in the town, who asked not to be named, said residents were “tired of the back-and-forth”. He said the community wanted the matter settled before the annual Egungun festival in August.""", [
        Q("“every letter of the chieftaincy declaration”", "partial", "Olusegun Babatunde Akinyele",
          "Olusegun Babatunde Akinyele"),
        Q("“We are seven kingmakers, and six of us voted. That is a clear majority,”", "direct", "Akinyele",
          "Olusegun Babatunde Akinyele", speaker_at="Chief Akinyele said"),
        Q("“Anybody who is unhappy with the outcome should go to court rather than heat up the polity.”", "direct",
          "Akinyele", "Olusegun Babatunde Akinyele", speaker_at="Chief Akinyele said"),
        Q("“a charade concluded in a hotel room”", "partial", "Emmanuel Olorunfemi Ajayi-Bello",
          "Emmanuel Olorunfemi Ajayi-Bello"),
        Q("two of the kingmakers who took part in the vote had not been properly installed and therefore had no right "
          "to vote", "indirect", "the family", "Ajibosin Ruling House"),
        Q("“It is our turn by rotation. Everybody in Imesi-Odo knows this,”", "direct", "Ajayi-Bello",
          "Emmanuel Olorunfemi Ajayi-Bello", speaker_at="Pa Ajayi-Bello told"),
        Q("“We are not against anybody, but we will not allow our right to be taken away from us in broad daylight.”",
          "direct", "Ajayi-Bello", "Emmanuel Olorunfemi Ajayi-Bello", speaker_at="Pa Ajayi-Bello told"),
        Q("the government had not approved any candidate", "indirect", "Folasade Adeyemo-Ilori",
          "Folasade Adeyemo-Ilori"),
        Q("“Government has no preferred candidate,”", "direct", "the commissioner", "Folasade Adeyemo-Ilori"),
        Q("“We have set up a panel of enquiry, and its report will guide whatever decision is taken.”", "direct",
          "the commissioner", "Folasade Adeyemo-Ilori"),
        Q("it would submit its report within 30 days of its inauguration", "indirect", "Bolaji Akintola-Davies",
          "Bolaji Akintola-Davies"),
        Q("officers had been deployed around the palace to forestall any breach of the peace", "indirect",
          "Oluwaseun Adewumi-Hassan", "Oluwaseun Adewumi-Hassan"),
        Q("“tired of the back-and-forth”", "partial", "A youth leader in the town", None),
        Q("the community wanted the matter settled before the annual Egungun festival in August", "indirect", "He",
          None, speaker_at="He said the community"),
    ], source="blind"),
    Case("blind29-tanker", """Driver dies as diesel tanker bursts into flames on N3

A TANKER driver was killed when his truck overturned and burst into flames on the N3 near the Mariannhill Toll Plaza early yesterday, closing the freeway in both directions for more than 14 hours.

The tanker, carrying about 38 000 litres of diesel, is believed to have lost control on the descent towards Pinetown shortly after 4am.

According to KwaZulu-Natal Emergency Medical Services, the driver was trapped in the cab and died at the scene. His identity has not been released.

eThekwini Fire and Emergency Services divisional commander Sipho Mkhize-Naidoo said firefighters had battled the blaze for more than three hours.

“The heat was so intense that we had to keep our crews back and fight it from a distance,” he said. “There was a real risk of the fire spreading to the vegetation alongside the freeway.”

The South African National Roads Agency (Sanral) said the road surface had been badly damaged by the heat and would have to be assessed by engineers before all lanes could reopen.

Traffic was diverted through Pinetown and along the M13, causing gridlock for much of the morning.

Motorist Thandeka Zulu-Pillay, who spent almost five hours in the queue with her two children, said: “We saw the smoke from Hammarsdale. Nobody told us anything. People were running out of water and the children were crying.”

Provincial transport department spokesperson Nomvula Ngcobo-van Wyk said the MEC was “deeply saddened” by the driver’s death. She said he would visit the scene this morning.

The Road Traffic Management Corporation said it would send investigators to establish whether the truck had been roadworthy.

Road Freight Association spokesperson Hennie du Preez said the industry was under no illusion about the dangers of the route.

“This stretch of the N3 has a history, and we have been asking for a dedicated truck lane on the descent for years,” Du Preez said. “How many more drivers have to die before that happens?”

Police spokesperson Captain Sanele Dlamini-Reddy confirmed that an inquest docket had been opened at the Mariannhill police station.""", [
        Q("the driver was trapped in the cab and died at the scene", "indirect",
          "KwaZulu-Natal Emergency Medical Services", "KwaZulu-Natal Emergency Medical Services"),
        Q("firefighters had battled the blaze for more than three hours", "indirect", "Sipho Mkhize-Naidoo",
          "Sipho Mkhize-Naidoo"),
        Q("“The heat was so intense that we had to keep our crews back and fight it from a distance,”", "direct", "he",
          "Sipho Mkhize-Naidoo", speaker_at="he said"),
        Q("“There was a real risk of the fire spreading to the vegetation alongside the freeway.”", "direct", "he",
          "Sipho Mkhize-Naidoo", speaker_at="he said"),
        Q("the road surface had been badly damaged by the heat and would have to be assessed by engineers before all "
          "lanes could reopen", "indirect", "The South African National Roads Agency",
          "South African National Roads Agency"),
        Q("“We saw the smoke from Hammarsdale. Nobody told us anything. People were running out of water and the "
          "children were crying.”", "direct", "Thandeka Zulu-Pillay", "Thandeka Zulu-Pillay"),
        Q("“deeply saddened”", "partial", "Nomvula Ngcobo-van Wyk", "Nomvula Ngcobo-van Wyk"),
        Q("he would visit the scene this morning", "indirect", "She", "Nomvula Ngcobo-van Wyk",
          speaker_at="She said he"),
        Q("it would send investigators to establish whether the truck had been roadworthy", "indirect",
          "The Road Traffic Management Corporation", "Road Traffic Management Corporation"),
        Q("the industry was under no illusion about the dangers of the route", "indirect", "Hennie du Preez",
          "Hennie du Preez"),
        Q("“This stretch of the N3 has a history, and we have been asking for a dedicated truck lane on the descent "
          "for years,”", "direct", "Du Preez", "Hennie du Preez", speaker_at="Du Preez said"),
        Q("“How many more drivers have to die before that happens?”", "direct", "Du Preez", "Hennie du Preez",
          speaker_at="Du Preez said"),
        Q("an inquest docket had been opened at the Mariannhill police station", "indirect", "Sanele Dlamini-Reddy",
          "Sanele Dlamini-Reddy"),
    ], source="blind"),
    Case("blind29-bakers", """Bakers down tools over unpaid allowances as bread runs out in Lusaka

Bread was in short supply in parts of Lusaka yesterday after workers at three of the city's biggest bakeries went on strike over unpaid allowances and what their union calls "slave wages".

Shelves in supermarkets in Kabulonga, Chilenje and Matero were empty by mid-morning, while some small traders raised the price of a loaf from K28 to K35.

National Union of Commercial and Industrial Workers (NUCIW) general secretary Mwila Chanda-Banda said about 1,200 workers had joined the strike and would not return until management paid night-shift and transport allowances owed since June.

"Our members start work at 02:00 hours so that Zambians can have bread on the table. They are paid K2,800 a month and they have not received their allowances for four months," Mr Chanda-Banda said. "How do you expect a person to survive like that?"

But Bakers Association of Zambia (BAZ) president Ishmael Kasonde said the industry was under pressure from high wheat prices and load-shedding, which had forced bakeries to run diesel generators for up to 17 hours a day.

"We are not refusing to pay anyone. We are asking for time," Mr Kasonde said. "Load-shedding has doubled our production costs, and we cannot pass all of that on to the consumer."

Ministry of Labour and Social Security Permanent Secretary Dr Chola Mwamba-Mutale said the strike had not followed the procedures laid down in the Industrial and Labour Relations Act, and that both parties had been summoned to a meeting on Thursday.

"The Ministry will not take sides. Our interest is to see the workers back at work and the employers meeting their obligations," the Permanent Secretary said.

At Soweto Market, trader Mercy Nakamba said she had queued at two bakeries before dawn and gone home empty-handed.

"Bread is what the children eat in the morning. If this goes on for a week, what will we do?" she asked.

Meanwhile, the Competition and Consumer Protection Commission (CCPC) said it would act against traders found charging "unjustified" prices during the strike.""", [
        Q('"slave wages"', "partial", "their union", "National Union of Commercial and Industrial Workers"),
        Q("about 1,200 workers had joined the strike and would not return until management paid night-shift and "
          "transport allowances owed since June", "indirect", "Mwila Chanda-Banda", "Mwila Chanda-Banda"),
        Q('"Our members start work at 02:00 hours so that Zambians can have bread on the table. They are paid K2,800 '
          'a month and they have not received their allowances for four months,"', "direct", "Chanda-Banda",
          "Mwila Chanda-Banda", speaker_at="Mr Chanda-Banda said"),
        Q('"How do you expect a person to survive like that?"', "direct", "Chanda-Banda", "Mwila Chanda-Banda",
          speaker_at="Mr Chanda-Banda said"),
        Q("the industry was under pressure from high wheat prices and load-shedding, which had forced bakeries to run "
          "diesel generators for up to 17 hours a day", "indirect", "Ishmael Kasonde", "Ishmael Kasonde"),
        Q('"We are not refusing to pay anyone. We are asking for time,"', "direct", "Kasonde", "Ishmael Kasonde",
          speaker_at="Mr Kasonde said"),
        Q('"Load-shedding has doubled our production costs, and we cannot pass all of that on to the consumer."',
          "direct", "Kasonde", "Ishmael Kasonde", speaker_at="Mr Kasonde said"),
        Q("the strike had not followed the procedures laid down in the Industrial and Labour Relations Act, and that "
          "both parties had been summoned to a meeting on Thursday", "indirect", "Chola Mwamba-Mutale",
          "Chola Mwamba-Mutale"),
        Q('"The Ministry will not take sides. Our interest is to see the workers back at work and the employers '
          'meeting their obligations,"', "direct", "the Permanent Secretary", "Chola Mwamba-Mutale"),
        Q("she had queued at two bakeries before dawn and gone home empty-handed", "indirect", "Mercy Nakamba",
          "Mercy Nakamba"),
        Q('"Bread is what the children eat in the morning. If this goes on for a week, what will we do?"', "direct",
          "she", "Mercy Nakamba", speaker_at="she asked"),
        Q('"unjustified"', "partial", "the Competition and Consumer Protection Commission",
          "Competition and Consumer Protection Commission"),
    ], source="blind"),
    Case("blind29-floods", """Over 600 evacuated as flash floods hit Miri, Bintulu

MIRI: More than 600 people from 14 villages have been evacuated to relief centres after flash floods struck low-lying areas here and in Bintulu following continuous heavy rain since Friday night.

The Sarawak Disaster Management Committee (SDMC) said in a statement yesterday that 612 victims from 171 families had been placed at six temporary relief centres (PPS) as of 4pm.

Miri Fire and Rescue Department operations chief Mohd Hafiz Abdul Rahman said his personnel had rescued 37 people trapped in their homes at Kampung Lusut and Taman Tunku since early morning.

"The water rose very fast, in some houses up to chest level within an hour. We used boats to bring out the elderly and the children first," he said when met at Kampung Lusut.

Resident Jenny anak Ngumbang, 54, said she had been preparing breakfast when water began seeping into her kitchen.

"By the time I went to wake my grandchildren, it was already at my knees," she said. "We only managed to save our documents. Everything else is gone."

Indonesian plantation worker Sutrisno, 41, who shares a rented house nearby with three other workers, said they had lost their clothes and a motorcycle.

"We have no family here, so the relief centre is our home for now," said Sutrisno.

Local assemblyman Datuk Ambrose Ling Kiong Hua, who visited the relief centre at SK Lutong, said the state government would give immediate assistance of RM1,000 to each affected household.

"We will also ask the Drainage and Irrigation Department (JPS) to look at why the same areas keep flooding year after year," Ling said. "The residents have been very patient, but patience has its limits."

According to Bintulu Civil Defence Force (APM) officer Norhayati binti Jaafar, two relief centres in Sebauh were opened on Saturday evening after the Kemena River burst its banks.

In a statement, the Malaysian Meteorological Department (MetMalaysia) said the rain was caused by the Northeast Monsoon and warned that more heavy rain was expected in Miri, Bintulu and Limbang until Tuesday.""", [
        Q("612 victims from 171 families had been placed at six temporary relief centres (PPS) as of 4pm", "indirect",
          "The Sarawak Disaster Management Committee", "Sarawak Disaster Management Committee"),
        Q("his personnel had rescued 37 people trapped in their homes at Kampung Lusut and Taman Tunku since early "
          "morning", "indirect", "Mohd Hafiz Abdul Rahman", "Mohd Hafiz Abdul Rahman"),
        Q('"The water rose very fast, in some houses up to chest level within an hour. We used boats to bring out the '
          'elderly and the children first,"', "direct", "he", "Mohd Hafiz Abdul Rahman",
          speaker_at="he said when met"),
        Q("she had been preparing breakfast when water began seeping into her kitchen", "indirect",
          "Jenny anak Ngumbang", "Jenny anak Ngumbang"),
        Q('"By the time I went to wake my grandchildren, it was already at my knees,"', "direct", "she",
          "Jenny anak Ngumbang", speaker_at="she said"),
        Q('"We only managed to save our documents. Everything else is gone."', "direct", "she", "Jenny anak Ngumbang",
          speaker_at="she said"),
        Q("they had lost their clothes and a motorcycle", "indirect", "Sutrisno", "Sutrisno",
          speaker_at="plantation worker Sutrisno"),
        Q('"We have no family here, so the relief centre is our home for now,"', "direct", "Sutrisno", "Sutrisno",
          speaker_at="said Sutrisno"),
        Q("the state government would give immediate assistance of RM1,000 to each affected household", "indirect",
          "Ambrose Ling Kiong Hua", "Ambrose Ling Kiong Hua"),
        Q('"We will also ask the Drainage and Irrigation Department (JPS) to look at why the same areas keep flooding '
          'year after year,"', "direct", "Ling", "Ambrose Ling Kiong Hua", speaker_at="Ling said"),
        Q('"The residents have been very patient, but patience has its limits."', "direct", "Ling",
          "Ambrose Ling Kiong Hua", speaker_at="Ling said"),
        Q("two relief centres in Sebauh were opened on Saturday evening after the Kemena River burst its banks",
          "indirect", "Norhayati binti Jaafar", "Norhayati binti Jaafar"),
        Q("the rain was caused by the Northeast Monsoon", "indirect", "the Malaysian Meteorological Department",
          "Malaysian Meteorological Department"),
        Q("more heavy rain was expected in Miri, Bintulu and Limbang until Tuesday", "indirect",
          "the Malaysian Meteorological Department", "Malaysian Meteorological Department"),
    ], source="blind"),
    Case("blind29-embezzlement", """Ex-treasury official on trial over $1.2m embezzlement

The Phnom Penh Municipal Court yesterday began hearing the case of a former deputy director of the Kampong Speu provincial treasury accused of embezzling more than $1.2 million in state funds between 2019 and 2022.

Meas Sophal, 52, was arrested by the Anti-Corruption Unit (ACU) in March last year and charged with embezzlement by a public official and money laundering. He has denied the charges.

Sophal’s wife and younger brother have also been charged in the case, according to a report by Fresh News.

Deputy prosecutor Keo Sovannarith told the court that Sophal had used forged payment orders to transfer money meant for rural road repairs into the accounts of three companies controlled by his relatives.

“The defendant abused the trust placed in him by the state,” Sovannarith said. “The money was meant for roads that villagers use every day. Instead, it was spent on land and luxury vehicles.”

Speaking from the dock, Sophal said he had only signed documents prepared by his subordinates and had “no knowledge” of where the money went.

“I signed hundreds of papers every week. I trusted my staff,” he told presiding judge Ros Piseth. “If there was wrongdoing, it was not mine.”

His lawyer, Ly Chanmony, asked the court to release her client on bail, arguing that the prosecution had not shown that he had personally benefited from the transfers.

An ACU official, who requested anonymity because he was not authorised to speak to the media, said investigators had frozen assets worth about $800,000, including two plots of land in Kandal province.

Kem Sothearith, a governance researcher at the Royal University of Phnom Penh, said prosecutions of mid-ranking officials had become more frequent, but that few cases reached a verdict within two years.

“When cases drag on, people stop believing that the system works,” he said.

Judge Piseth adjourned the hearing until January 15, when three witnesses from the provincial treasury are expected to testify.""", [
        Q("Sophal’s wife and younger brother have also been charged in the case", "indirect", "Fresh News",
          "Fresh News"),
        Q("Sophal had used forged payment orders to transfer money meant for rural road repairs into the accounts of "
          "three companies controlled by his relatives", "indirect", "Keo Sovannarith", "Keo Sovannarith"),
        Q("“The defendant abused the trust placed in him by the state,”", "direct", "Sovannarith", "Keo Sovannarith",
          speaker_at="Sovannarith said"),
        Q("“The money was meant for roads that villagers use every day. Instead, it was spent on land and luxury "
          "vehicles.”", "direct", "Sovannarith", "Keo Sovannarith", speaker_at="Sovannarith said"),
        Q("he had only signed documents prepared by his subordinates", "indirect", "Sophal", "Meas Sophal",
          speaker_at="Sophal said he"),
        Q("“no knowledge”", "partial", "Sophal", "Meas Sophal", speaker_at="Sophal said he"),
        Q("“I signed hundreds of papers every week. I trusted my staff,”", "direct", "he", "Meas Sophal",
          speaker_at="he told presiding judge"),
        Q("“If there was wrongdoing, it was not mine.”", "direct", "he", "Meas Sophal",
          speaker_at="he told presiding judge"),
        Q("the prosecution had not shown that he had personally benefited from the transfers", "indirect",
          "Ly Chanmony", "Ly Chanmony"),
        Q("investigators had frozen assets worth about $800,000, including two plots of land in Kandal province",
          "indirect", "An ACU official", None),
        Q("prosecutions of mid-ranking officials had become more frequent, but that few cases reached a verdict within "
          "two years", "indirect", "Kem Sothearith", "Kem Sothearith"),
        Q("“When cases drag on, people stop believing that the system works,”", "direct", "he", "Kem Sothearith",
          speaker_at="he said"),
    ], source="blind"),
    Case("blind29-kabaddi", """Bengal women clinch maiden national kabaddi crown

Our Sports Reporter

Calcutta: Bengal's women won their first senior national kabaddi title on Sunday, edging Haryana 34-32 in a tense final at the Netaji Indoor Stadium.

Raider Sreemoyee Bhattacharjee scored 14 points, including a two-point super raid with 40 seconds left that turned the match.

'I did not think about the score. I just told myself, touch one and come back alive,' the 22-year-old from Baruipur said. 'When the whistle went, I could not stop crying.'

Captain Rupsa Dey-Sarkar, who made seven tackle points, said the team had 'carried the pain of three lost semi-finals' into the tournament.

Coach Ashok Kumar Mondal, a former Indian Railways player, told The Telegraph that the win was the result of four years of work in the districts. He said many of the players had started on mud courts in villages in South 24-Parganas and Nadia.

'We had no sponsor for the first two years. The girls came by local train, trained for four hours and went back the same way,' Mondal said. 'This medal is theirs.'

Haryana coach Sunil Dahiya-Malik said the better side had won on the day. 'Bengal wanted it more in the last five minutes. We will come back stronger,' he said.

Bengal Amateur Kabaddi Association secretary Debashis Roy Chowdhury said the state government had promised cash awards for the squad, and that a felicitation would be held at the association's office in Salt Lake next week.

According to the Amateur Kabaddi Federation of India (AKFI), 11 players from the two finalists have been named among the probables for the national camp in Gandhinagar next month.

Bhattacharjee, a second-year student at a college in Sonarpur, said she had not yet told her mother about the call-up. 'She will hear it from the neighbours first. That is how it works in our para,' she laughed.""", [
        Q("'I did not think about the score. I just told myself, touch one and come back alive,'", "direct",
          "the 22-year-old", "Sreemoyee Bhattacharjee"),
        Q("'When the whistle went, I could not stop crying.'", "direct", "the 22-year-old", "Sreemoyee Bhattacharjee"),
        Q("'carried the pain of three lost semi-finals'", "partial", "Rupsa Dey-Sarkar", "Rupsa Dey-Sarkar"),
        Q("the win was the result of four years of work in the districts", "indirect", "Ashok Kumar Mondal",
          "Ashok Kumar Mondal"),
        Q("many of the players had started on mud courts in villages in South 24-Parganas and Nadia", "indirect",
          "He", "Ashok Kumar Mondal", speaker_at="He said many"),
        Q("'We had no sponsor for the first two years. The girls came by local train, trained for four hours and went "
          "back the same way,'", "direct", "Mondal", "Ashok Kumar Mondal", speaker_at="Mondal said"),
        Q("'This medal is theirs.'", "direct", "Mondal", "Ashok Kumar Mondal", speaker_at="Mondal said"),
        Q("the better side had won on the day", "indirect", "Sunil Dahiya-Malik", "Sunil Dahiya-Malik"),
        Q("'Bengal wanted it more in the last five minutes. We will come back stronger,'", "direct", "he",
          "Sunil Dahiya-Malik", speaker_at="he said"),
        Q("the state government had promised cash awards for the squad, and that a felicitation would be held at the "
          "association's office in Salt Lake next week", "indirect", "Debashis Roy Chowdhury",
          "Debashis Roy Chowdhury"),
        Q("11 players from the two finalists have been named among the probables for the national camp in Gandhinagar "
          "next month", "indirect", "the Amateur Kabaddi Federation of India", "Amateur Kabaddi Federation of India"),
        Q("she had not yet told her mother about the call-up", "indirect", "Bhattacharjee", "Sreemoyee Bhattacharjee",
          speaker_at="Bhattacharjee, a second-year"),
        Q("'She will hear it from the neighbours first. That is how it works in our para,'", "direct", "she",
          "Sreemoyee Bhattacharjee", speaker_at="she laughed"),
    ], source="blind"),
    Case("blind29-hepatitis", """Hepatitis E cases surge in Rajshahi, contaminated water blamed

Staff Correspondent, Rajshahi

At least 214 people in Rajshahi city have been diagnosed with hepatitis E over the past three weeks, with doctors blaming contaminated supply water for the outbreak.

Most of the patients are from Horogram, Kashiadanga and Rajpara areas, according to the civil surgeon’s office.

Rajshahi Medical College Hospital (RMCH) Director Brig Gen Md Rafiqul Islam Bhuiyan said 38 patients were currently admitted, including four pregnant women.

“Hepatitis E is usually mild, but it can be very dangerous for pregnant women,” he told The Daily Star yesterday. “We have set up a separate ward and we are monitoring them closely.”

A team from the Institute of Epidemiology, Disease Control and Research (IEDCR) arrived in the city on Monday to collect water and blood samples.

Dr Farhana Haque Chowdhury, principal scientific officer at the IEDCR, said preliminary tests had found faecal contamination in samples from at least nine supply points.

“Broken pipelines running next to drains are the most likely source. When the pressure drops, dirty water is sucked in,” she said.

Rajshahi WASA Managing Director Engr Abu Sayeed Talukder, however, claimed the water leaving the treatment plant was safe and that any contamination had happened “through illegal connections and damaged household lines”.

“We are replacing old pipes in phases. Some of the lines in these areas are more than 40 years old,” he said, adding that 12 km of new mains would be laid by June.

Residents, however, said they had been complaining about foul-smelling water for months.

“The water comes out yellow some mornings. We boil it, but poor people in the slums cannot afford gas to boil water every day,” said Nasrin Akter, a schoolteacher in Horogram.

Rajshahi City Corporation’s chief health officer Dr Anjuman Ara Begum said the corporation had started distributing water purification tablets and would send water tankers to the worst-affected wards from today.

Doctors have advised city dwellers to drink only boiled or bottled water and to seek treatment if they develop jaundice, fever or abdominal pain.""", [
        Q("Most of the patients are from Horogram, Kashiadanga and Rajpara areas", "indirect",
          "the civil surgeon’s office", None),
        Q("38 patients were currently admitted, including four pregnant women", "indirect",
          "Md Rafiqul Islam Bhuiyan", "Md Rafiqul Islam Bhuiyan"),
        Q("“Hepatitis E is usually mild, but it can be very dangerous for pregnant women,”", "direct", "he",
          "Md Rafiqul Islam Bhuiyan", speaker_at="he told The Daily Star"),
        Q("“We have set up a separate ward and we are monitoring them closely.”", "direct", "he",
          "Md Rafiqul Islam Bhuiyan", speaker_at="he told The Daily Star"),
        Q("preliminary tests had found faecal contamination in samples from at least nine supply points", "indirect",
          "Farhana Haque Chowdhury", "Farhana Haque Chowdhury"),
        Q("“Broken pipelines running next to drains are the most likely source. When the pressure drops, dirty water "
          "is sucked in,”", "direct", "she", "Farhana Haque Chowdhury", speaker_at="she said"),
        Q("the water leaving the treatment plant was safe", "indirect", "Abu Sayeed Talukder", "Abu Sayeed Talukder"),
        Q("“through illegal connections and damaged household lines”", "partial", "Abu Sayeed Talukder",
          "Abu Sayeed Talukder"),
        Q("“We are replacing old pipes in phases. Some of the lines in these areas are more than 40 years old,”",
          "direct", "he", "Abu Sayeed Talukder", speaker_at="he said, adding"),
        Q("12 km of new mains would be laid by June", "indirect", "he", "Abu Sayeed Talukder",
          speaker_at="he said, adding"),
        Q("they had been complaining about foul-smelling water for months", "indirect", "Residents", None),
        Q("“The water comes out yellow some mornings. We boil it, but poor people in the slums cannot afford gas to "
          "boil water every day,”", "direct", "Nasrin Akter", "Nasrin Akter"),
        Q("the corporation had started distributing water purification tablets and would send water tankers to the "
          "worst-affected wards from today", "indirect", "Anjuman Ara Begum", "Anjuman Ara Begum"),
    ], source="blind"),
    Case("blind29-bishop", """Ramón de la Cruz-Whitfield, bishop who marched with farmworkers, dies at 84

SPOKANE — The Rt. Rev. Ramón de la Cruz-Whitfield, who served as Episcopal bishop of Spokane for 17 years and became one of the Inland Northwest's most outspoken voices on farmworker rights, died Saturday at his home on the South Hill. He was 84.

His death was announced by the Episcopal Diocese of Spokane, which said he died peacefully with his family at his side.

Born in Yakima to a Mexican American mother and a father who worked as a railroad brakeman, de la Cruz-Whitfield was ordained a priest in 1968 and served parishes in Wenatchee, Pasco and Walla Walla before being elected bishop in 1991.

The diocese's current bishop, the Rt. Rev. Miriam Okafor-Lindqvist, called him "a pastor first and a bishop second."

"He never lost the habit of showing up," Okafor-Lindqvist said in an interview Monday. "If there was a hospital bed, a jail cell or a picket line, Ramón found his way to it."

In 1987, while still a parish priest, he was arrested with a dozen other clergy outside a fruit-packing warehouse near Wenatchee during a strike, an episode he later called "the best night's sleep I ever had in a county jail." He wrote about it in his 2003 memoir, "Showing Up."

State Sen. Tomás Villanueva-Price, D-Yakima, whose parents picked apples in the Wenatchee Valley, said the bishop had given farmworkers "a voice in rooms they were never invited into."

"My mother kept his photo on the refrigerator, right next to the Virgin of Guadalupe," Villanueva-Price said.

Not everyone welcomed his activism. In 1994 a group of parishioners in Spokane petitioned the national church to censure him, arguing that he had turned the diocese into "a branch office of the union."

Asked in a 2009 interview with The Spokesman-Review what he hoped to be remembered for, he said: "That I answered the phone."

His son, Michael de la Cruz, said his father had been working on a second book until a few weeks before his death.

"He'd dictate a page, tell us it was terrible and start over," his son said. "He was still arguing with his editors at 84."

De la Cruz-Whitfield is survived by his wife of 56 years, Eleanor; three children; and seven grandchildren. A memorial service will be held at the Cathedral of St. John the Evangelist on Nov. 22.""", [
        Q("he died peacefully with his family at his side", "indirect", "the Episcopal Diocese of Spokane",
          "Episcopal Diocese of Spokane"),
        Q('"a pastor first and a bishop second."', "partial", "Miriam Okafor-Lindqvist", "Miriam Okafor-Lindqvist"),
        Q('"He never lost the habit of showing up,"', "direct", "Okafor-Lindqvist", "Miriam Okafor-Lindqvist",
          speaker_at="Okafor-Lindqvist said"),
        Q('"If there was a hospital bed, a jail cell or a picket line, Ramón found his way to it."', "direct",
          "Okafor-Lindqvist", "Miriam Okafor-Lindqvist", speaker_at="Okafor-Lindqvist said"),
        Q('"the best night\'s sleep I ever had in a county jail."', "partial", "he", "Ramón de la Cruz-Whitfield",
          speaker_at="he later called"),
        Q('"a voice in rooms they were never invited into."', "partial", "Tomás Villanueva-Price",
          "Tomás Villanueva-Price"),
        Q('"My mother kept his photo on the refrigerator, right next to the Virgin of Guadalupe,"', "direct",
          "Villanueva-Price", "Tomás Villanueva-Price", speaker_at="Villanueva-Price said"),
        Q('"a branch office of the union."', "partial", "a group of parishioners in Spokane", None),
        Q('"That I answered the phone."', "direct", "he", "Ramón de la Cruz-Whitfield", speaker_at="he said:"),
        Q("his father had been working on a second book until a few weeks before his death", "indirect",
          "Michael de la Cruz", "Michael de la Cruz"),
        Q('"He\'d dictate a page, tell us it was terrible and start over,"', "direct", "his son",
          "Michael de la Cruz", speaker_at="his son said"),
        Q('"He was still arguing with his editors at 84."', "direct", "his son", "Michael de la Cruz",
          speaker_at="his son said"),
    ], source="blind"),
]
