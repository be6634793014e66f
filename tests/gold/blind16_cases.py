"""Blind gold, set 16: sixteen short news articles written blind to the pretagger.

House styles from many places: AFP and Bloomberg wire copy with datelines (as
run by The Peninsula and Business Day), The Guardian (Nigeria), The Mirror, The
Herald (Glasgow), Irish News, The West Australian, Otago Daily Times, CTV News,
Standard Digital (Kenya), Kyodo News, Malay Mail, The Daily Star (Bangladesh),
The Nation (Pakistan), Trinidad Guardian and a US suburban weekly. Curly and
straight double quotes and British single quotes; titles, nicknames and scare
quotes in marks are deliberately left unannotated. See build_gold.py for the
case format.
"""

from __future__ import annotations

from gold_format import Case, Q

CASES = [
    # The Peninsula (Qatar), running AFP copy: gallery opening.
    Case("blind16-doha-gallery", """Doha gallery opens with sweeping survey of Gulf women artists

Doha (AFP) - A new contemporary art gallery opened in Doha's Msheireb district on Tuesday with a survey of more than 60 women artists from across the Gulf. Organisers say it is the largest exhibition of its kind ever staged in the region.

The gallery, housed in a restored 1950s textile warehouse, is run by Qatar Museums and will host four exhibitions a year, the authority said in a statement.

“For too long the story of art in this region has been told through a handful of names, almost all of them men,” said Sheikha Reem bint Hamad Al Thani, who chairs the gallery's board. “This is an attempt to correct the record, and it is only a beginning.”

The opening show, titled “Salt and Indigo”, brings together painting, textiles, photography and video, with works dating from the 1960s to the present.

Its curator, the Lebanese-French art historian Dr Nadine Abou-Khalil Mercier, said many of the works had never been shown in public. Some had been kept in family homes for decades and a few had to be restored before they could travel, she told AFP.

“We found paintings rolled up under beds and stacked in storerooms,” Abou-Khalil Mercier said. “Every one of them came with a story, and usually with a relative who wanted to tell it.”

Among the artists featured is the late Bahraini painter Fatima al-Zayani, whose large canvases of pearl divers' wives fill an entire room.

“My mother painted every day for fifty years and sold almost nothing,” said her daughter, Mariam al-Zayani, who travelled from Manama for the opening. “To see her work on these walls, with people queuing to look at it, is overwhelming.”

Sheikh Jassim bin Nasser Al Thani, an adviser to the culture ministry, told reporters the gallery would help “put Doha on the map for serious collectors and scholars alike”.

Not everyone is convinced. Some local artists have complained on social media that too little of the country's arts budget reaches emerging painters, and that the new space favours established names.

Qatar Museums said it would launch a residency programme for young artists later this year, with the first “open call” expected in September.

Visitors on the opening night included diplomats, collectors and dozens of students from the city's universities.

“I didn't know half of these artists existed,” said Hessa Al-Kuwari, a 21-year-old fine arts student. “It makes you feel like you have permission to try.”

The exhibition runs until January 15. Entry is free.""", [
        Q("it is the largest exhibition of its kind ever staged in the region", "indirect", "Organisers", None),
        Q("The gallery, housed in a restored 1950s textile warehouse, is run by Qatar Museums and will host four "
          "exhibitions a year", "indirect", "the authority", "Qatar Museums"),
        Q("“For too long the story of art in this region has been told through a handful of names, almost all of "
          "them men,”", "direct", "Reem bint Hamad Al Thani", "Reem bint Hamad Al Thani"),
        Q("“This is an attempt to correct the record, and it is only a beginning.”", "direct",
          "Reem bint Hamad Al Thani", "Reem bint Hamad Al Thani"),
        Q("many of the works had never been shown in public", "indirect", "Nadine Abou-Khalil Mercier",
          "Nadine Abou-Khalil Mercier"),
        Q("Some had been kept in family homes for decades and a few had to be restored before they could travel",
          "indirect", "she", "Nadine Abou-Khalil Mercier", speaker_at="she told AFP"),
        Q("“We found paintings rolled up under beds and stacked in storerooms,”", "direct", "Abou-Khalil Mercier",
          "Nadine Abou-Khalil Mercier", speaker_at="Abou-Khalil Mercier said"),
        Q("“Every one of them came with a story, and usually with a relative who wanted to tell it.”", "direct",
          "Abou-Khalil Mercier", "Nadine Abou-Khalil Mercier", speaker_at="Abou-Khalil Mercier said"),
        Q("“My mother painted every day for fifty years and sold almost nothing,”", "direct", "Mariam al-Zayani",
          "Mariam al-Zayani"),
        Q("“To see her work on these walls, with people queuing to look at it, is overwhelming.”", "direct",
          "Mariam al-Zayani", "Mariam al-Zayani"),
        Q("“put Doha on the map for serious collectors and scholars alike”", "partial", "Jassim bin Nasser Al Thani",
          "Jassim bin Nasser Al Thani"),
        Q("too little of the country's arts budget reaches emerging painters, and that the new space favours "
          "established names", "indirect", "Some local artists", None),
        Q("it would launch a residency programme for young artists later this year, with the first “open call” "
          "expected in September", "indirect", "Qatar Museums", "Qatar Museums", speaker_at="Qatar Museums said"),
        Q("“I didn't know half of these artists existed,”", "direct", "Hessa Al-Kuwari", "Hessa Al-Kuwari"),
        Q("“It makes you feel like you have permission to try.”", "direct", "Hessa Al-Kuwari", "Hessa Al-Kuwari"),
    ], source="blind"),

    # Business Day (South Africa), running Bloomberg copy: brewery results.
    Case("blind16-brewer-results", """Highveld Breweries profit slides as excise hikes and weak spending bite

Johannesburg (Bloomberg) -- Highveld Breweries, South Africa's second-largest beer maker, reported a 14% drop in first-half profit as higher excise duties and squeezed consumers cut into volumes, sending its shares to their lowest level in almost three years.

Headline earnings per share fell to R3.12 in the six months through August from R3.63 a year earlier, the Johannesburg-based company said in a statement on Wednesday. Revenue rose 4% to R18.7bn, helped by price increases, while volumes declined 6%.

"The consumer is under enormous pressure, and beer is one of the first things people cut back on," CEO Thandeka Mokoena-Dlamini said on a call with analysts. "We are not going to pretend this was a good half."

The shares fell as much as 7.8% in Johannesburg trading, the most since March 2022, and were down 6.1% at R84.20 by 12.15pm.

Mokoena-Dlamini said the company had cut R450m in costs and would close one of its three bottling lines in Gqeberha, affecting about 120 jobs. Talks with the Food and Allied Workers Union were under way, she said.

Fawu, which represents most of the brewer's factory staff, said in a statement it would "resist any retrenchments with everything at our disposal".

The Beer Association of South Africa has repeatedly called the annual excise increases "unsustainable" for an industry that supports about 250,000 jobs. Treasury raised the duty on beer by 4.7% in February, above the rate of inflation.

"Volumes are the real worry here," said Renier van der Merwe, a consumer analyst at Kestrel Asset Management in Cape Town. "Price increases can only carry you so far before people switch to cheaper spirits or stop buying altogether."

Van der Merwe said he expected the company's market share to come under further pressure from larger rival SAB, which has been cutting prices on its mainstream brands.

The board declared an interim dividend of 180c a share, unchanged from a year earlier. Highveld expects trading conditions to remain "challenging" through the festive season, it said.

--With assistance from Lindiwe Mabuza.""", [
        Q("Headline earnings per share fell to R3.12 in the six months through August from R3.63 a year earlier",
          "indirect", "the Johannesburg-based company", "Highveld Breweries"),
        Q('"The consumer is under enormous pressure, and beer is one of the first things people cut back on,"',
          "direct", "Thandeka Mokoena-Dlamini", "Thandeka Mokoena-Dlamini"),
        Q('"We are not going to pretend this was a good half."', "direct", "Thandeka Mokoena-Dlamini",
          "Thandeka Mokoena-Dlamini"),
        Q("the company had cut R450m in costs and would close one of its three bottling lines in Gqeberha, "
          "affecting about 120 jobs", "indirect", "Mokoena-Dlamini", "Thandeka Mokoena-Dlamini",
          speaker_at="Mokoena-Dlamini said the company"),
        Q("Talks with the Food and Allied Workers Union were under way", "indirect", "she",
          "Thandeka Mokoena-Dlamini", speaker_at="under way, she said"),
        Q('"resist any retrenchments with everything at our disposal"', "partial", "Fawu",
          "Food and Allied Workers Union"),
        Q('"unsustainable"', "partial", "The Beer Association of South Africa", "Beer Association of South Africa"),
        Q('"Volumes are the real worry here,"', "direct", "Renier van der Merwe", "Renier van der Merwe"),
        Q('"Price increases can only carry you so far before people switch to cheaper spirits or stop buying '
          'altogether."', "direct", "Renier van der Merwe", "Renier van der Merwe"),
        Q("he expected the company's market share to come under further pressure from larger rival SAB, which has "
          "been cutting prices on its mainstream brands", "indirect", "Van der Merwe", "Renier van der Merwe",
          speaker_at="Van der Merwe said"),
        Q('"challenging"', "partial", "it", "Highveld Breweries", speaker_at="season, it said"),
    ], source="blind"),

    # The Guardian (Nigeria): cholera outbreak.
    Case("blind16-lagos-cholera", """Cholera: Death toll hits 53 as NCDC warns of spread to more states

The Nigeria Centre for Disease Control and Prevention (NCDC) has confirmed 53 deaths from cholera in 14 states since the onset of the rainy season, with Lagos, Bayelsa and Zamfara accounting for more than half of the 1,528 suspected cases.

In its latest situation report released yesterday, the agency said the case fatality rate stood at 3.5 per cent, well above the one per cent threshold considered acceptable by the World Health Organisation (WHO).

Director-General of the NCDC, Dr Ifeoma Nwachukwu-Bello, told journalists in Abuja that the outbreak was being driven by flooding, open defecation and poor access to safe water in densely populated communities.

“We are at the peak of the season, and we expect more cases in the coming weeks,” she said. “Every household must boil or treat its water before drinking. This is not the time for complacency.”

In Lagos, the Commissioner for Health, Prof. Olufemi Adebayo-Lawal, said the state had activated its Emergency Operations Centre and deployed rapid response teams to Lagos Island, Eti-Osa and Kosofe local government areas.

According to the commissioner, laboratory tests had traced some of the infections to drinking water sold in sachets by unregistered producers. He urged residents to report symptoms such as “profuse watery stooling and vomiting” to the nearest health facility without delay.

At Makoko, the sprawling waterfront community on the Lagos Lagoon, residents said they had little choice but to drink from shallow wells.

“Where else will we get water? The borehole is far and they sell one jerrycan for N200,” said Mrs Bisi Oyelaran, a fish seller and mother of four. “When the rain falls, everything from the gutters enters the well.”

A community leader, Chief Sunday Agbomeji, told The Guardian that at least three residents had died in the past week, but that families were reluctant to take the sick to hospital because of the cost.

The NCDC also said it was monitoring 38 confirmed cases of mpox reported in 12 states since January, but stressed that there was no link between the two outbreaks.

Public health experts have repeatedly warned that Nigeria's cholera burden will not ease without sustained investment in water and sanitation. Last year, the country recorded more than 3,600 suspected cases and 100 deaths, according to official figures.""", [
        Q("the case fatality rate stood at 3.5 per cent, well above the one per cent threshold considered "
          "acceptable by the World Health Organisation (WHO)", "indirect", "the agency",
          "Nigeria Centre for Disease Control and Prevention"),
        Q("that the outbreak was being driven by flooding, open defecation and poor access to safe water in densely "
          "populated communities", "indirect", "Ifeoma Nwachukwu-Bello", "Ifeoma Nwachukwu-Bello"),
        Q("“We are at the peak of the season, and we expect more cases in the coming weeks,”", "direct", "she",
          "Ifeoma Nwachukwu-Bello", speaker_at="she said"),
        Q("“Every household must boil or treat its water before drinking. This is not the time for complacency.”",
          "direct", "she", "Ifeoma Nwachukwu-Bello", speaker_at="she said"),
        Q("the state had activated its Emergency Operations Centre and deployed rapid response teams to Lagos "
          "Island, Eti-Osa and Kosofe local government areas", "indirect", "Olufemi Adebayo-Lawal",
          "Olufemi Adebayo-Lawal"),
        Q("laboratory tests had traced some of the infections to drinking water sold in sachets by unregistered "
          "producers", "indirect", "the commissioner", "Olufemi Adebayo-Lawal"),
        Q("“profuse watery stooling and vomiting”", "partial", "He", "Olufemi Adebayo-Lawal", speaker_at="He urged"),
        Q("they had little choice but to drink from shallow wells", "indirect", "residents", None,
          speaker_at="residents said"),
        Q("“Where else will we get water? The borehole is far and they sell one jerrycan for N200,”", "direct",
          "Bisi Oyelaran", "Bisi Oyelaran"),
        Q("“When the rain falls, everything from the gutters enters the well.”", "direct", "Bisi Oyelaran",
          "Bisi Oyelaran"),
        Q("that at least three residents had died in the past week, but that families were reluctant to take the "
          "sick to hospital because of the cost", "indirect", "Sunday Agbomeji", "Sunday Agbomeji"),
        Q("it was monitoring 38 confirmed cases of mpox reported in 12 states since January", "indirect",
          "The NCDC", "Nigeria Centre for Disease Control and Prevention", speaker_at="The NCDC also said"),
        Q("that there was no link between the two outbreaks", "indirect", "The NCDC",
          "Nigeria Centre for Disease Control and Prevention", speaker_at="The NCDC also said"),
        Q("that Nigeria's cholera burden will not ease without sustained investment in water and sanitation",
          "indirect", "Public health experts", None),
        Q("Last year, the country recorded more than 3,600 suspected cases and 100 deaths", "indirect",
          "official figures", None),
    ], source="blind"),

    # The Mirror: boxing.
    Case("blind16-wembley-boxing", """Kieran 'The Hurricane' O'Shaughnessy vows to 'shut up' Delgado Ruiz at Wembley

Kieran O'Shaughnessy has promised to make Mexican rival Alejandro Delgado Ruiz "pay for every word" when the pair finally meet at Wembley next month.

The unbeaten Liverpudlian, 29, came face to face with the champion at a heated press conference in London yesterday, where security staff had to step in after the two men went head to head on stage.

"He's been running his mouth for two years and now he's got nowhere to hide," O'Shaughnessy said. "I'm going to shut him up in front of 90,000 people, then I'm going home for a brew."

Delgado Ruiz, the WBA super-middleweight champion, laughed off the threats through an interpreter.

"He talks like a champion, but he has never fought one," he said. "On the night, the talking stops."

Promoter Barry-John Fenwick said more than 80,000 tickets had been sold within 24 hours, and billed the bout as "the biggest night in British boxing for a generation".

O'Shaughnessy's dad and trainer, Dessie O'Shaughnessy, told the Mirror his son had spent eight weeks sparring with "bigger, nastier lads than Delgado" at their gym in Kirkby.

Dessie, 58, added: "People forget where Kieran came from. He was training in a freezing shed with no heating when he was 12 years old.

"He's not losing this one. Not a chance. I'd put the house on it."

The British Boxing Board of Control said it was reviewing footage of the scuffle and could not rule out fines for both camps.

Delgado Ruiz, 32, has won 31 of his 33 professional fights, 24 by knockout. He will be making the fourth defence of his title.

Asked whether the bad blood was real or just for the cameras, O'Shaughnessy grinned. "Ask him on fight night," he said.""", [
        Q("'shut up'", "partial", "O'Shaughnessy", "Kieran O'Shaughnessy", speaker_at="O'Shaughnessy vows"),
        Q('"pay for every word"', "partial", "Kieran O'Shaughnessy", "Kieran O'Shaughnessy"),
        Q('"He\'s been running his mouth for two years and now he\'s got nowhere to hide,"', "direct",
          "O'Shaughnessy", "Kieran O'Shaughnessy", speaker_at="O'Shaughnessy said"),
        Q('"I\'m going to shut him up in front of 90,000 people, then I\'m going home for a brew."', "direct",
          "O'Shaughnessy", "Kieran O'Shaughnessy", speaker_at="O'Shaughnessy said"),
        Q('"He talks like a champion, but he has never fought one,"', "direct", "he", "Alejandro Delgado Ruiz",
          speaker_at='one," he said'),
        Q('"On the night, the talking stops."', "direct", "he", "Alejandro Delgado Ruiz",
          speaker_at='one," he said'),
        Q("more than 80,000 tickets had been sold within 24 hours", "indirect", "Barry-John Fenwick",
          "Barry-John Fenwick"),
        Q('"the biggest night in British boxing for a generation"', "partial", "Barry-John Fenwick",
          "Barry-John Fenwick"),
        Q('"bigger, nastier lads than Delgado"', "partial", "Dessie O'Shaughnessy", "Dessie O'Shaughnessy"),
        Q('"People forget where Kieran came from. He was training in a freezing shed with no heating when he was 12 '
          'years old.', "direct", "Dessie", "Dessie O'Shaughnessy", speaker_at="Dessie, 58"),
        Q('"He\'s not losing this one. Not a chance. I\'d put the house on it."', "direct", "Dessie",
          "Dessie O'Shaughnessy", speaker_at="Dessie, 58"),
        Q("it was reviewing footage of the scuffle and could not rule out fines for both camps", "indirect",
          "The British Boxing Board of Control", "British Boxing Board of Control"),
        Q('"Ask him on fight night,"', "direct", "he", "Kieran O'Shaughnessy", speaker_at='night," he said'),
    ], source="blind"),

    # The Herald (Glasgow): council tax and school closures.
    Case("blind16-glasgow-budget", """Council tax to rise 7.5% as Glasgow votes to close three primary schools

HOUSEHOLDERS in Glasgow face a 7.5 per cent rise in council tax from April after councillors voted through a budget that also confirms the closure of three primary schools in the east end of the city.

The SNP-led administration's spending plans were passed by 43 votes to 39 at a sometimes ill-tempered meeting of Glasgow City Council in the City Chambers on Thursday.

Council leader Morag MacLeod-Ferguson said the authority had been left with “no good options” after more than a decade of what she called “real-terms cuts” from Holyrood.

“Nobody comes into local government to close schools or put up bills,” she told the chamber. “But I will not set an illegal budget, and I will not stand here and pretend the money is there when it isn’t.”

The rise means a Band D property in the city will pay £1,617 a year, an increase of about £113.

Under the plans, Barlanark, Greenfield and St Columba’s primaries will close in the summer of 2025, with pupils moving to a new ‘community campus’ in Easterhouse.

Labour group leader Eamonn Docherty accused the administration of “balancing the books on the backs of children in the east end”.

“These are schools that have served their communities for generations,” he said. “They are being closed not because they are failing but because they are cheap to close.”

Parents at Barlanark Primary, who have campaigned against the closure for more than a year, said they were “devastated but not surprised”.

Kirsty Ng, whose two children attend the school, said the new campus would mean a 40-minute walk along a busy road.

“They keep telling us it’s about giving kids better facilities,” she said. “Nobody has asked how a six-year-old is supposed to get there in the dark in February.”

A council spokesperson said free transport would be provided for any pupil living more than two miles from the new campus, and that the three existing buildings would be “repurposed for community use wherever possible”.

A Scottish Government spokesperson said councils had received “a record funding settlement” of more than £14 billion this year and were free to set their own council tax rates.

The Greens, who abstained on the closures, said they would table a motion next month calling for an independent review of the school estate.""", [
        Q("“no good options”", "partial", "Morag MacLeod-Ferguson", "Morag MacLeod-Ferguson"),
        Q("“real-terms cuts”", "partial", "she", "Morag MacLeod-Ferguson", speaker_at="what she called"),
        Q("“Nobody comes into local government to close schools or put up bills,”", "direct", "she",
          "Morag MacLeod-Ferguson", speaker_at="she told the chamber"),
        Q("“But I will not set an illegal budget, and I will not stand here and pretend the money is there when it "
          "isn’t.”", "direct", "she", "Morag MacLeod-Ferguson", speaker_at="she told the chamber"),
        Q("“balancing the books on the backs of children in the east end”", "partial", "Eamonn Docherty",
          "Eamonn Docherty"),
        Q("“These are schools that have served their communities for generations,”", "direct", "he",
          "Eamonn Docherty", speaker_at="he said"),
        Q("“They are being closed not because they are failing but because they are cheap to close.”", "direct",
          "he", "Eamonn Docherty", speaker_at="he said"),
        Q("“devastated but not surprised”", "partial", "Parents at Barlanark Primary", None),
        Q("the new campus would mean a 40-minute walk along a busy road", "indirect", "Kirsty Ng", "Kirsty Ng"),
        Q("“They keep telling us it’s about giving kids better facilities,”", "direct", "she", "Kirsty Ng",
          speaker_at="facilities,” she said"),
        Q("“Nobody has asked how a six-year-old is supposed to get there in the dark in February.”", "direct", "she",
          "Kirsty Ng", speaker_at="facilities,” she said"),
        Q("free transport would be provided for any pupil living more than two miles from the new campus",
          "indirect", "A council spokesperson", None),
        Q("“repurposed for community use wherever possible”", "partial", "A council spokesperson", None),
        Q("“a record funding settlement”", "partial", "A Scottish Government spokesperson", None),
        Q("they would table a motion next month calling for an independent review of the school estate", "indirect",
          "The Greens", "Greens"),
    ], source="blind"),

    # Irish News: sentencing after extradition. British single quotes.
    Case("blind16-newry-sentence", """Newry man extradited from Spain jailed over £2.4m cannabis plot

A Co Down man who was extradited from Spain after more than two years on the run has been jailed for eight years for his part in a plot to smuggle cannabis worth £2.4 million through Belfast Harbour.

Declan Mac an tSaoir (41), formerly of Carnagat Road in Newry, was arrested in Marbella in 2022 on a European arrest warrant and was returned to Northern Ireland last March after losing a challenge to his extradition in the Spanish courts.

He had earlier pleaded guilty at Belfast Crown Court to being knowingly concerned in the fraudulent evasion of a prohibition on the importation of a controlled drug.

Prosecuting counsel Ruairí Ó Murchú KC told the court that the drugs were found hidden in a consignment of ceramic tiles on a lorry that arrived on a ferry from Cairnryan in August 2021.

Passing sentence, Mr Justice Owen Fitzsimons said Mac an tSaoir had been ‘the trusted local man’ for an organised crime group operating between Spain, the Netherlands and Ireland.

‘You were not the head of this organisation, but nor were you a mere courier,’ the judge said. ‘You knew exactly what was coming into this port and you knew the harm it would do in communities across the north.’

He said the fact that the defendant had fled to Spain, knowing police wished to interview him, was an aggravating factor that had to be reflected in the sentence.

Defence barrister Niamh Ní Bhriain said her client had turned his life around in Spain, where he worked in a bar and coached a youth football team. He was, she said, ‘genuinely remorseful’ and had written a letter of apology to the court.

Mac an tSaoir will serve half of the sentence in custody and the remainder on licence.

Speaking outside court, Detective Chief Inspector Gary Loughran of the PSNI’s Organised Crime Branch said: ‘Today’s sentence sends a clear message that there is no hiding place for those who bring drugs into our communities.

‘Distance is no barrier. We will work with our partners here and abroad for as long as it takes to bring people back to face justice.’

He said the investigation had involved close co-operation with the Guardia Civil and the National Crime Agency.

Two co-accused, a lorry driver from Lisburn and a businessman from Dundalk, were jailed for a total of 11 years in 2023.""", [
        Q("that the drugs were found hidden in a consignment of ceramic tiles on a lorry that arrived on a ferry "
          "from Cairnryan in August 2021", "indirect", "Ruairí Ó Murchú", "Ruairí Ó Murchú"),
        Q("‘the trusted local man’", "partial", "Owen Fitzsimons", "Owen Fitzsimons"),
        Q("‘You were not the head of this organisation, but nor were you a mere courier,’", "direct", "the judge",
          "Owen Fitzsimons"),
        Q("‘You knew exactly what was coming into this port and you knew the harm it would do in communities across "
          "the north.’", "direct", "the judge", "Owen Fitzsimons"),
        Q("the fact that the defendant had fled to Spain, knowing police wished to interview him, was an aggravating "
          "factor that had to be reflected in the sentence", "indirect", "He", "Owen Fitzsimons",
          speaker_at="He said the fact"),
        Q("her client had turned his life around in Spain, where he worked in a bar and coached a youth football "
          "team", "indirect", "Niamh Ní Bhriain", "Niamh Ní Bhriain"),
        Q("‘genuinely remorseful’", "partial", "she", "Niamh Ní Bhriain", speaker_at="He was, she said"),
        Q("‘Today’s sentence sends a clear message that there is no hiding place for those who bring drugs into our "
          "communities.", "direct", "Gary Loughran", "Gary Loughran"),
        Q("‘Distance is no barrier. We will work with our partners here and abroad for as long as it takes to bring "
          "people back to face justice.’", "direct", "Gary Loughran", "Gary Loughran"),
        Q("the investigation had involved close co-operation with the Guardia Civil and the National Crime Agency",
          "indirect", "He", "Gary Loughran", speaker_at="He said the investigation"),
    ], source="blind"),

    # The West Australian: heatwave, cycling stage cut short.
    Case("blind16-perth-heatwave", """Perth swelters through record sixth straight day above 40C

Perth has sweltered through a sixth consecutive day above 40C for the first time on record, with the mercury reaching 43.2C at Perth Airport just after 3pm yesterday.

Bureau of Meteorology senior meteorologist Jessica Lingard-Whyte said the run had smashed the previous record of four consecutive days, set in February 2016.

"We've never seen anything like this in Perth's records, which go back to 1897," she said. "There is some relief on the way, but not until Tuesday at the earliest."

A DFES spokeswoman said crews had attended more than 40 bushfires across the metropolitan area and the South West since Friday, most of which were quickly contained.

Western Power said demand on the network hit an all-time high of 4,501 megawatts at 5.30pm on Saturday, and about 6,000 homes in the eastern suburbs lost power for several hours when a substation in Forrestfield tripped.

Royal Perth Hospital emergency physician Dr Tran Van Minh said the hospital had treated dozens of people for heat-related illness since Thursday, most of them elderly.

"Heatstroke can kill, and it can come on much faster than people think," Dr Tran said. "If you have an older neighbour living on their own, please knock on their door today."

The heat also forced organisers to cut the final stage of the Tour of the South West from 142km to 85km, with riders setting off at 6.30am to avoid the worst of the afternoon sun.

Race director Pieter de Vries-Hannam said rider safety had to come first.

"Nobody wanted to make this call," he said, "but when the road surface is hitting 60 degrees you don't really have a choice."

Bunbury's Bella Kiriwina-Moore, 23, who won the stage and the overall title, described the conditions as "brutal".

"I went through six bottles in the last hour and I still felt like I was cooking," she said, laughing. "My mum was handing me ice at every feed zone."

The State Government has extended opening hours at 12 cooling centres across the metropolitan area, including libraries and community halls in Midland, Armadale and Joondalup.""", [
        Q("the run had smashed the previous record of four consecutive days, set in February 2016", "indirect",
          "Jessica Lingard-Whyte", "Jessica Lingard-Whyte"),
        Q('"We\'ve never seen anything like this in Perth\'s records, which go back to 1897,"', "direct", "she",
          "Jessica Lingard-Whyte", speaker_at='1897," she said'),
        Q('"There is some relief on the way, but not until Tuesday at the earliest."', "direct", "she",
          "Jessica Lingard-Whyte", speaker_at='1897," she said'),
        Q("crews had attended more than 40 bushfires across the metropolitan area and the South West since Friday, "
          "most of which were quickly contained", "indirect", "A DFES spokeswoman", None),
        Q("demand on the network hit an all-time high of 4,501 megawatts at 5.30pm on Saturday, and about 6,000 "
          "homes in the eastern suburbs lost power for several hours when a substation in Forrestfield tripped",
          "indirect", "Western Power", "Western Power"),
        Q("the hospital had treated dozens of people for heat-related illness since Thursday, most of them elderly",
          "indirect", "Tran Van Minh", "Tran Van Minh"),
        Q('"Heatstroke can kill, and it can come on much faster than people think,"', "direct", "Tran",
          "Tran Van Minh", speaker_at="Tran said"),
        Q('"If you have an older neighbour living on their own, please knock on their door today."', "direct",
          "Tran", "Tran Van Minh", speaker_at="Tran said"),
        Q("rider safety had to come first", "indirect", "Pieter de Vries-Hannam", "Pieter de Vries-Hannam"),
        Q('"Nobody wanted to make this call,"', "direct", "he", "Pieter de Vries-Hannam",
          speaker_at='call," he said'),
        Q('"but when the road surface is hitting 60 degrees you don\'t really have a choice."', "direct", "he",
          "Pieter de Vries-Hannam", speaker_at='call," he said'),
        Q('"brutal"', "partial", "Bella Kiriwina-Moore", "Bella Kiriwina-Moore"),
        Q('"I went through six bottles in the last hour and I still felt like I was cooking,"', "direct", "she",
          "Bella Kiriwina-Moore", speaker_at="she said, laughing"),
        Q('"My mum was handing me ice at every feed zone."', "direct", "she", "Bella Kiriwina-Moore",
          speaker_at="she said, laughing"),
    ], source="blind"),

    # Otago Daily Times: netball.
    Case("blind16-steel-netball", """Steel edge Tactix in thriller to keep play-off hopes alive

The Southern Steel kept their ANZ Premiership play-off hopes alive with a gutsy 54-52 win over the Mainland Tactix at the Edgar Centre in Dunedin last night.

Trailing by four goals at three-quarter time, the Steel clawed their way back behind goal shoot Aleisha Tupou-Henderson, who finished with 39 from 42 attempts, including three “super shots” in the final five minutes.

“We talked at the break about just trusting each other and not panicking,” Tupou-Henderson said.

“The crowd got us over the line tonight, honestly. You could feel it every time we had the ball in the circle.”

Steel coach Mereana Potae-Williamson said she was “really proud” of the way her side defended in the last quarter, singling out 19-year-old wing defence Ella Brasch.

“She’s only 19 and she played like she’s been doing this for ten years,” Potae-Williamson said. “She read the game beautifully.”

For the Tactix, it was a third loss in four matches. Coach Kiri Whaanga was blunt in her assessment.

“We lost our composure and we lost the game,” she told the Otago Daily Times. “That’s on us, not on the umpires.”

Whaanga said the side’s shooters had been “rushed” under pressure. They would spend the week working on their movement in the circle, she said.

Steel captain Georgia Heffernan left the court in the second quarter with an ankle injury. A team spokeswoman said she would be assessed this morning, but early indications were that the injury was not serious.

The win lifts the Steel to fourth on the ladder, a point ahead of the Northern Stars, with two rounds remaining. They travel to Auckland to face the Stars next Sunday in what is shaping up as a ‘must-win’ match.""", [
        Q("“We talked at the break about just trusting each other and not panicking,”", "direct", "Tupou-Henderson",
          "Aleisha Tupou-Henderson", speaker_at="Tupou-Henderson said"),
        Q("“The crowd got us over the line tonight, honestly. You could feel it every time we had the ball in the "
          "circle.”", "direct", "Tupou-Henderson", "Aleisha Tupou-Henderson", speaker_at="Tupou-Henderson said"),
        Q("“really proud”", "partial", "Mereana Potae-Williamson", "Mereana Potae-Williamson"),
        Q("“She’s only 19 and she played like she’s been doing this for ten years,”", "direct", "Potae-Williamson",
          "Mereana Potae-Williamson", speaker_at="years,” Potae-Williamson said"),
        Q("“She read the game beautifully.”", "direct", "Potae-Williamson", "Mereana Potae-Williamson",
          speaker_at="years,” Potae-Williamson said"),
        Q("“We lost our composure and we lost the game,”", "direct", "she", "Kiri Whaanga",
          speaker_at="she told the Otago Daily Times"),
        Q("“That’s on us, not on the umpires.”", "direct", "she", "Kiri Whaanga",
          speaker_at="she told the Otago Daily Times"),
        Q("“rushed”", "partial", "Whaanga", "Kiri Whaanga", speaker_at="Whaanga said"),
        Q("They would spend the week working on their movement in the circle", "indirect", "she", "Kiri Whaanga",
          speaker_at="circle, she said"),
        Q("she would be assessed this morning, but early indications were that the injury was not serious",
          "indirect", "A team spokeswoman", None),
    ], source="blind"),

    # CTV News: pilots' strike.
    Case("blind16-aurora-pilots", """Aurora Air pilots walk off the job, stranding thousands of travellers

Thousands of travellers were stranded at airports across Canada on Saturday after pilots at Calgary-based Aurora Air walked off the job, in the first pilots' strike at a major Canadian carrier in more than a decade.

The airline said it had cancelled 412 flights scheduled for the weekend and that passengers should not go to the airport unless they had a confirmed booking with another carrier.

"We are deeply disappointed that the union has chosen to strike rather than accept the most generous offer in this company's history," Aurora Air president and CEO Marc-André Gélinas said in a video statement posted early Saturday.

The Air Line Pilots Association, which represents about 1,600 Aurora Air pilots, said the company had refused to close a wage gap of up to 40 per cent with comparable U.S. carriers.

Capt. Harjit Sandhu, who chairs the union's Aurora Air council, told CTV News the pilots had been "left with no choice."

"This isn't about greed," Sandhu said. "It's about keeping experienced pilots in this country instead of watching them leave for jobs south of the border."

At Calgary International Airport, lines at the Aurora Air counters stretched past the security gates by mid-morning.

Edmonton resident Priya Ramaswamy, who was trying to reach her father's funeral in Halifax, said she had been on hold with the airline for more than four hours.

"Nobody can tell me anything. I've got a funeral on Monday and I don't even know if I'll be there," she said, fighting back tears.

Federal Labour Minister Nathalie Beaulieu-Tremblay said she was "closely monitoring" the situation. Both sides needed to get back to the bargaining table, she said, adding that she would not speculate on whether Ottawa would intervene.

Business groups were less patient. The Canadian Chamber of Commerce called on the government to act "within days, not weeks," warning that the shutdown was costing the economy tens of millions of dollars a day.

According to the airline, passengers whose flights have been cancelled can request a full refund or rebook for free once service resumes.""", [
        Q("it had cancelled 412 flights scheduled for the weekend and that passengers should not go to the airport "
          "unless they had a confirmed booking with another carrier", "indirect", "The airline", "Aurora Air"),
        Q('"We are deeply disappointed that the union has chosen to strike rather than accept the most generous '
          'offer in this company\'s history,"', "direct", "Marc-André Gélinas", "Marc-André Gélinas"),
        Q("the company had refused to close a wage gap of up to 40 per cent with comparable U.S. carriers",
          "indirect", "The Air Line Pilots Association", "Air Line Pilots Association"),
        Q('"left with no choice."', "partial", "Harjit Sandhu", "Harjit Sandhu"),
        Q('"This isn\'t about greed,"', "direct", "Sandhu", "Harjit Sandhu", speaker_at="Sandhu said"),
        Q('"It\'s about keeping experienced pilots in this country instead of watching them leave for jobs south of '
          'the border."', "direct", "Sandhu", "Harjit Sandhu", speaker_at="Sandhu said"),
        Q("she had been on hold with the airline for more than four hours", "indirect", "Priya Ramaswamy",
          "Priya Ramaswamy"),
        Q('"Nobody can tell me anything. I\'ve got a funeral on Monday and I don\'t even know if I\'ll be there,"',
          "direct", "she", "Priya Ramaswamy", speaker_at="she said, fighting"),
        Q('"closely monitoring"', "partial", "Nathalie Beaulieu-Tremblay", "Nathalie Beaulieu-Tremblay"),
        Q("Both sides needed to get back to the bargaining table", "indirect", "she", "Nathalie Beaulieu-Tremblay",
          speaker_at="table, she said"),
        Q("she would not speculate on whether Ottawa would intervene", "indirect", "she",
          "Nathalie Beaulieu-Tremblay", speaker_at="table, she said"),
        Q('"within days, not weeks,"', "partial", "The Canadian Chamber of Commerce", "Canadian Chamber of Commerce"),
        Q("the shutdown was costing the economy tens of millions of dollars a day", "indirect",
          "The Canadian Chamber of Commerce", "Canadian Chamber of Commerce"),
        Q("passengers whose flights have been cancelled can request a full refund or rebook for free once service "
          "resumes", "indirect", "the airline", "Aurora Air", speaker_at="According to the airline"),
    ], source="blind"),

    # Standard Digital (Kenya): teachers' strike.
    Case("blind16-kenya-teachers", """Teachers' strike enters second week as unions reject TSC offer

Learning in public schools remained paralysed for a second week yesterday after teachers' unions rejected a fresh offer from the Teachers Service Commission (TSC) and vowed to stay away from classrooms until the 2021-2025 collective bargaining agreement is implemented in full.

Kenya National Union of Teachers (Knut) Secretary General Wilson Kiprono arap Chebet said the union would not call off the strike on the strength of "verbal promises" from the government.

"We have been patient for two years. Our members have been taken round in circles by the TSC and the Treasury, and they are tired," Chebet told journalists in Nakuru. "This time, we want to see the money in the payslips."

His Kuppet counterpart Omar Abdi Hassan said the Sh8.5 billion tabled on Friday was "a drop in the ocean". Hassan told The Standard that at least 64,000 post-primary teachers were still waiting for promotions promised in 2022.

But in a statement yesterday, TSC said the Sh8.5 billion was "all that is available" in the current financial year and that the rest would be paid in phases.

Acting chief executive Dr Grace Njeri Kamau warned that teachers who failed to report to work would not be paid for the days they were absent.

"The law is very clear. No work, no pay," she said.

Education Cabinet Secretary Prof Amina Juma Wekesa on Sunday said the government remained "committed to dialogue".

In Kisumu, parents expressed frustration as children roamed the streets during school hours.

"He just sits at home watching TV the whole day. Who will compensate for the time lost?" posed a parent at Kondele Primary School, who asked not to be named.

Another parent, Mr Peter Ouma Odhiambo, said private schools had remained open, widening the gap between children from rich and poor families.

"Those who can afford it are learning. Ours are losing a whole term," he said.

Meanwhile, the Employment and Labour Relations Court will on Thursday hear an application by a parents' lobby seeking to have the strike declared illegal. In court papers, the lobby argues that the strike violates children's constitutional right to education.""", [
        Q('"verbal promises"', "partial", "Wilson Kiprono arap Chebet", "Wilson Kiprono arap Chebet"),
        Q('"We have been patient for two years. Our members have been taken round in circles by the TSC and the '
          'Treasury, and they are tired,"', "direct", "Chebet", "Wilson Kiprono arap Chebet",
          speaker_at="Chebet told journalists"),
        Q('"This time, we want to see the money in the payslips."', "direct", "Chebet", "Wilson Kiprono arap Chebet",
          speaker_at="Chebet told journalists"),
        Q('"a drop in the ocean"', "partial", "Omar Abdi Hassan", "Omar Abdi Hassan"),
        Q("that at least 64,000 post-primary teachers were still waiting for promotions promised in 2022", "indirect",
          "Hassan", "Omar Abdi Hassan", speaker_at="Hassan told The Standard"),
        Q('"all that is available"', "partial", "TSC", "Teachers Service Commission", speaker_at="TSC said"),
        Q("that the rest would be paid in phases", "indirect", "TSC", "Teachers Service Commission",
          speaker_at="TSC said"),
        Q("that teachers who failed to report to work would not be paid for the days they were absent", "indirect",
          "Grace Njeri Kamau", "Grace Njeri Kamau"),
        Q('"The law is very clear. No work, no pay,"', "direct", "she", "Grace Njeri Kamau",
          speaker_at='pay," she said'),
        Q('"committed to dialogue"', "partial", "Amina Juma Wekesa", "Amina Juma Wekesa"),
        Q('"He just sits at home watching TV the whole day. Who will compensate for the time lost?"', "direct",
          "a parent at Kondele Primary School", None),
        Q("private schools had remained open, widening the gap between children from rich and poor families",
          "indirect", "Peter Ouma Odhiambo", "Peter Ouma Odhiambo"),
        Q('"Those who can afford it are learning. Ours are losing a whole term,"', "direct", "he",
          "Peter Ouma Odhiambo", speaker_at='term," he said'),
        Q("that the strike violates children's constitutional right to education", "indirect", "the lobby", None,
          speaker_at="the lobby argues"),
    ], source="blind"),

    # Kyodo News: train derailment. Japanese names family name first.
    Case("blind16-nagano-derailment", """Local train derails in Nagano after heavy rain, 14 injured

NAGANO, Japan (Kyodo) -- A two-car local train derailed Tuesday morning in Nagano Prefecture after running into mud and rocks washed onto the tracks by heavy rain, injuring 14 people including the driver, police and the operator said.

The train, carrying 38 passengers, came off the rails shortly after leaving Kamishiro Station at around 7:40 a.m., according to Chikuma Kogen Railway Co. None of the injuries were life-threatening, local firefighters said.

"We felt a big jolt and then the carriage tilted to the left. People were screaming," a 67-year-old woman who was on her way to a hospital appointment told Kyodo News.

Among the injured was a South Korean tourist, Park Ji-hoon, 31, who suffered a broken wrist. "I thought the train was going to roll over," Park told reporters at a hospital in the city of Omachi.

At a press conference in the afternoon, company president Kobayashi Hiroshi bowed deeply and apologized.

"We have caused tremendous trouble and anxiety to our passengers and their families. I am truly sorry," Kobayashi said, adding that the company would cooperate fully with investigators.

Kobayashi said the section of track had been inspected on Oct. 3 and no problems had been found.

The Japan Transport Safety Board, an arm of the transport ministry, dispatched three investigators to the site, and public broadcaster NHK reported that the board was examining whether the operator should have suspended services earlier.

The Japan Meteorological Agency said up to 180 millimeters of rain had fallen in parts of northern Nagano in the 24 hours to Tuesday morning, and warned of the risk of further landslides.

Nagano Gov. Miyazawa Keiko told reporters the prefecture would ask the railway and the central government to review rules on running trains during heavy rain warnings.

Services on the line are expected to remain suspended for at least a week, the company said.""", [
        Q("A two-car local train derailed Tuesday morning in Nagano Prefecture after running into mud and rocks "
          "washed onto the tracks by heavy rain, injuring 14 people including the driver", "indirect",
          "police and the operator", None),
        Q("The train, carrying 38 passengers, came off the rails shortly after leaving Kamishiro Station at around "
          "7:40 a.m.", "indirect", "Chikuma Kogen Railway Co.", "Chikuma Kogen Railway Co."),
        Q("None of the injuries were life-threatening", "indirect", "local firefighters", None),
        Q('"We felt a big jolt and then the carriage tilted to the left. People were screaming,"', "direct",
          "a 67-year-old woman who was on her way to a hospital appointment", None),
        Q('"I thought the train was going to roll over,"', "direct", "Park", "Park Ji-hoon",
          speaker_at="Park told reporters"),
        Q('"We have caused tremendous trouble and anxiety to our passengers and their families. I am truly sorry,"',
          "direct", "Kobayashi", "Kobayashi Hiroshi", speaker_at="Kobayashi said, adding"),
        Q("that the company would cooperate fully with investigators", "indirect", "Kobayashi", "Kobayashi Hiroshi",
          speaker_at="Kobayashi said, adding"),
        Q("the section of track had been inspected on Oct. 3 and no problems had been found", "indirect",
          "Kobayashi", "Kobayashi Hiroshi", speaker_at="Kobayashi said the section"),
        Q("that the board was examining whether the operator should have suspended services earlier", "indirect",
          "NHK", "NHK"),
        Q("up to 180 millimeters of rain had fallen in parts of northern Nagano in the 24 hours to Tuesday morning",
          "indirect", "The Japan Meteorological Agency", "Japan Meteorological Agency"),
        Q("the prefecture would ask the railway and the central government to review rules on running trains "
          "during heavy rain warnings", "indirect", "Miyazawa Keiko", "Miyazawa Keiko"),
        Q("Services on the line are expected to remain suspended for at least a week", "indirect", "the company",
          "Chikuma Kogen Railway Co.", speaker_at="week, the company said"),
    ], source="blind"),

    # Malay Mail: factory fire.
    Case("blind16-kapar-fire", """Fire guts glove factory in Kapar, 200 night-shift workers escape unhurt

KLANG, May 14 — A fire destroyed about 80 per cent of a rubber glove factory in Kapar near here early today, but all 200 workers on the night shift managed to escape unhurt, according to the Selangor Fire and Rescue Department.

Its assistant director of operations, Mohd Hafiz bin Abdul Rahman, said the department received an emergency call at 2.47am and 48 firefighters from five stations were rushed to the scene.

"When we arrived, the fire had already spread to the chemical storage area and the production lines. Our priority was to stop it from reaching the workers' hostel next door," he said in a statement.

"The fire was fully put out at 6.10am. The cause of the fire and the total losses are still under investigation," Mohd Hafiz added.

State executive councillor for human resources Datuk Lim Siew Ling, who visited the scene this morning, said the state government would work with the company to make sure the workers, most of them from Nepal and Bangladesh, continued to receive their wages while the plant was closed.

"These workers did nothing wrong. They should not be the ones to suffer," Lim told reporters.

A Nepali worker who gave his name only as Raj said he was woken by shouting in the hostel at about 3am.

"We ran out with nothing, not even our passports. Everything is still inside," said the 26-year-old, who has worked at the factory for three years.

In a filing with Bursa Malaysia, the factory's parent company Perdana Glove Bhd said operations at its five other plants in Selangor and Kedah were not affected and the damaged plant was fully insured.

The Department of Occupational Safety and Health (DOSH) said it would investigate whether the factory had complied with fire safety regulations.

Residents in nearby Taman Kapar Indah said it was the second fire in the area, dubbed the "glove belt" of Selangor, in less than a year.

"We could see the flames from our house. The smoke was so thick we had to close all the windows," said housewife Norazlina Ismail, 45.""", [
        Q("A fire destroyed about 80 per cent of a rubber glove factory in Kapar near here early today, but all 200 "
          "workers on the night shift managed to escape unhurt", "indirect",
          "the Selangor Fire and Rescue Department", "Selangor Fire and Rescue Department"),
        Q("the department received an emergency call at 2.47am and 48 firefighters from five stations were rushed "
          "to the scene", "indirect", "Mohd Hafiz bin Abdul Rahman", "Mohd Hafiz bin Abdul Rahman"),
        Q('"When we arrived, the fire had already spread to the chemical storage area and the production lines. Our '
          'priority was to stop it from reaching the workers\' hostel next door,"', "direct", "he",
          "Mohd Hafiz bin Abdul Rahman", speaker_at='door," he said'),
        Q('"The fire was fully put out at 6.10am. The cause of the fire and the total losses are still under '
          'investigation,"', "direct", "Mohd Hafiz", "Mohd Hafiz bin Abdul Rahman", speaker_at="Mohd Hafiz added"),
        Q("the state government would work with the company to make sure the workers, most of them from Nepal and "
          "Bangladesh, continued to receive their wages while the plant was closed", "indirect", "Lim Siew Ling",
          "Lim Siew Ling"),
        Q('"These workers did nothing wrong. They should not be the ones to suffer,"', "direct", "Lim",
          "Lim Siew Ling", speaker_at="Lim told reporters"),
        Q("he was woken by shouting in the hostel at about 3am", "indirect", "Raj", "Raj"),
        Q('"We ran out with nothing, not even our passports. Everything is still inside,"', "direct",
          "the 26-year-old", "Raj"),
        Q("operations at its five other plants in Selangor and Kedah were not affected and the damaged plant was "
          "fully insured", "indirect", "Perdana Glove Bhd", "Perdana Glove Bhd"),
        Q("it would investigate whether the factory had complied with fire safety regulations", "indirect",
          "The Department of Occupational Safety and Health", "Department of Occupational Safety and Health"),
        Q('it was the second fire in the area, dubbed the "glove belt" of Selangor, in less than a year', "indirect",
          "Residents in nearby Taman Kapar Indah", None),
        Q('"We could see the flames from our house. The smoke was so thick we had to close all the windows,"',
          "direct", "Norazlina Ismail", "Norazlina Ismail"),
    ], source="blind"),

    # The Daily Star (Bangladesh): landslides.
    Case("blind16-coxs-bazar-landslide", """Landslides kill nine in Cox's Bazar Rohingya camps

At least nine people, including five children, were killed as landslides triggered by incessant rain hit two Rohingya camps in Ukhiya upazila of Cox's Bazar early yesterday.

Md Abu Taher Chowdhury, additional refugee relief and repatriation commissioner, told The Daily Star that the victims were buried under mud when hillsides collapsed onto their shelters at around 3:00am.

Among the dead were a mother and her three children in Camp 9, said Rafiqul Islam, an official at the camp-in-charge office. The bodies were recovered by fire service personnel and volunteers after a four-hour search, he said.

“The hill was being cut away little by little for days. We told the majhis, but where can we go? There is no flat land here,” said Nur Begum, 38, whose neighbour's shelter was flattened.

“My children are sleeping at the mosque now. We are afraid to go back.”

According to the Bangladesh Meteorological Department (BMD), Cox's Bazar recorded 378mm of rain in the 24 hours till 9:00am yesterday, the highest in the country.

BMD meteorologist Shahnaz Sultana Ruma said heavy to very heavy rainfall was likely to continue for at least another 48 hours. She warned that landslides could also hit hilly areas of Chattogram, Bandarban and Rangamati.

Cox's Bazar Deputy Commissioner Tahmina Akter Lopa said around 1,200 families living at the foot of hills outside the camps had been moved to cyclone shelters, and that announcements were being made through loudspeakers urging others to leave.

In a statement, UNHCR said nearly 2,000 shelters in the camps had been damaged or destroyed by rain since Sunday, and that it was working with the authorities to relocate families from the most dangerous slopes.

Rights groups have long warned that deforestation and hill-cutting to make room for the camps, which house more than a million Rohingya refugees from Myanmar, have left the area highly vulnerable to landslides during the monsoon.""", [
        Q("that the victims were buried under mud when hillsides collapsed onto their shelters at around 3:00am",
          "indirect", "Md Abu Taher Chowdhury", "Md Abu Taher Chowdhury"),
        Q("Among the dead were a mother and her three children in Camp 9", "indirect", "Rafiqul Islam",
          "Rafiqul Islam"),
        Q("The bodies were recovered by fire service personnel and volunteers after a four-hour search", "indirect",
          "he", "Rafiqul Islam", speaker_at="search, he said"),
        Q("“The hill was being cut away little by little for days. We told the majhis, but where can we go? There "
          "is no flat land here,”", "direct", "Nur Begum", "Nur Begum"),
        Q("“My children are sleeping at the mosque now. We are afraid to go back.”", "direct", "Nur Begum",
          "Nur Begum"),
        Q("Cox's Bazar recorded 378mm of rain in the 24 hours till 9:00am yesterday, the highest in the country",
          "indirect", "the Bangladesh Meteorological Department", "Bangladesh Meteorological Department"),
        Q("heavy to very heavy rainfall was likely to continue for at least another 48 hours", "indirect",
          "Shahnaz Sultana Ruma", "Shahnaz Sultana Ruma"),
        Q("that landslides could also hit hilly areas of Chattogram, Bandarban and Rangamati", "indirect", "She",
          "Shahnaz Sultana Ruma", speaker_at="She warned"),
        Q("around 1,200 families living at the foot of hills outside the camps had been moved to cyclone shelters, "
          "and that announcements were being made through loudspeakers urging others to leave", "indirect",
          "Tahmina Akter Lopa", "Tahmina Akter Lopa"),
        Q("nearly 2,000 shelters in the camps had been damaged or destroyed by rain since Sunday, and that it was "
          "working with the authorities to relocate families from the most dangerous slopes", "indirect", "UNHCR",
          "UNHCR"),
        Q("that deforestation and hill-cutting to make room for the camps, which house more than a million Rohingya "
          "refugees from Myanmar, have left the area highly vulnerable to landslides during the monsoon", "indirect",
          "Rights groups", None),
    ], source="blind"),

    # The Nation (Pakistan): field hockey.
    Case("blind16-pakistan-hockey", """Pakistan stun Malaysia 3-2 to reach Asian Champions Trophy semis

LAHORE - Pakistan hockey team stormed into the semi-finals of the Asian Champions Trophy with a thrilling 3-2 victory over Malaysia in Hulunbuir, China on Friday.

Drag-flicker Sufyan bin Tariq struck twice from penalty corners in the third quarter before forward Waqas Ahmed Chaudhry slotted home the winner with four minutes left on the clock.

"The boys showed tremendous character today. We were 2-1 down and nobody panicked," head coach Jeroen van den Heuvel said after the match. "This is what we have been working on for the last six months, staying calm under pressure."

The Dutch coach, who took charge of the Green Shirts last year, said the team still had "a lot to improve" in defence, particularly in conceding penalty corners.

Sufyan, 22, who was named player of the match, dedicated his goals to his late father. "He always told me that one day I would play for Pakistan in a big tournament. I wish he was here to see it," he said while talking to the media.

Captain Zeeshan Haider Bhatti said the win would lift the confidence of the young side ahead of the semi-final against hosts China on Sunday.

Malaysia coach Kevin Ramasamy admitted his side had "switched off" after taking the lead. "Pakistan punished every mistake we made. Credit to them," he said.

Pakistan Hockey Federation (PHF) President Naveed Alam Khattak congratulated the team and announced a cash reward of Rs1 million for each player. In a statement, the PHF said the performance was "a sign that Pakistan hockey is on its way back to where it belongs".

Pakistan, three-time champions, last lifted the trophy in 2013.""", [
        Q('"The boys showed tremendous character today. We were 2-1 down and nobody panicked,"', "direct",
          "Jeroen van den Heuvel", "Jeroen van den Heuvel"),
        Q('"This is what we have been working on for the last six months, staying calm under pressure."', "direct",
          "Jeroen van den Heuvel", "Jeroen van den Heuvel"),
        Q('"a lot to improve"', "partial", "The Dutch coach", "Jeroen van den Heuvel"),
        Q('"He always told me that one day I would play for Pakistan in a big tournament. I wish he was here to see '
          'it,"', "direct", "he", "Sufyan bin Tariq", speaker_at='it," he said'),
        Q("the win would lift the confidence of the young side ahead of the semi-final against hosts China on "
          "Sunday", "indirect", "Zeeshan Haider Bhatti", "Zeeshan Haider Bhatti"),
        Q('"switched off"', "partial", "Kevin Ramasamy", "Kevin Ramasamy"),
        Q('"Pakistan punished every mistake we made. Credit to them,"', "direct", "he", "Kevin Ramasamy",
          speaker_at='them," he said'),
        Q('"a sign that Pakistan hockey is on its way back to where it belongs"', "partial", "the PHF",
          "Pakistan Hockey Federation", speaker_at="the PHF said"),
    ], source="blind"),

    # Trinidad Guardian: obituary of a trade unionist.
    Case("blind16-unionist-obituary", """Labour movement mourns 'Comrade Vernon' Baptiste-Joseph

Veteran trade unionist Vernon Baptiste-Joseph, who led thousands of oil workers off the job in the 1981 refinery strike and later helped draft the country's first occupational safety legislation, died at his home in San Fernando on Sunday. He was 84.

His daughter, Dr Ann-Marie Baptiste-Joseph, a paediatrician at the San Fernando General Hospital, said he died peacefully, surrounded by his family, after a long illness.

“Daddy fought for other people's children the same way he fought for us,” she said yesterday. “He never stopped believing that a man who works with his hands deserves dignity.”

Born in Fyzabad in 1940, Baptiste-Joseph started work as a pipefitter at the age of 16 and rose to become president general of the National Petroleum and Allied Workers' Union (NPAWU), a post he held for 19 years.

Current NPAWU president general Ramesh Maharaj-Clarke described him as “a giant on whose shoulders every one of us stands”.

“When the companies wanted to talk, they called Vernon. When the workers were in trouble, they called Vernon,” Maharaj-Clarke said. “He never sent anybody else to do the hard work for him.”

Rev Winston Alleyne, who was detained alongside Baptiste-Joseph for six days during the 1981 strike, said the two men had remained close friends for more than 40 years.

“They put us in a cell in Golden Grove with twelve men and one bucket,” Alleyne recalled with a laugh. “Vernon spent the whole six days organising the prisoners.

“By the time they let us out, he had a list of demands for the prison superintendent.”

In a statement, the Ministry of Labour said Baptiste-Joseph had “left an indelible mark on industrial relations in Trinidad and Tobago”.

His role in the strike was immortalised in the calypso “Comrade Vernon”, sung by the late Lord Cascadura at the 1982 Dimanche Gras show.

Baptiste-Joseph is survived by his wife of 58 years, Gloria, three children and seven grandchildren. Funeral arrangements are to be announced.""", [
        Q("he died peacefully, surrounded by his family, after a long illness", "indirect",
          "Ann-Marie Baptiste-Joseph", "Ann-Marie Baptiste-Joseph"),
        Q("“Daddy fought for other people's children the same way he fought for us,”", "direct", "she",
          "Ann-Marie Baptiste-Joseph", speaker_at="she said yesterday"),
        Q("“He never stopped believing that a man who works with his hands deserves dignity.”", "direct", "she",
          "Ann-Marie Baptiste-Joseph", speaker_at="she said yesterday"),
        Q("“a giant on whose shoulders every one of us stands”", "partial", "Ramesh Maharaj-Clarke",
          "Ramesh Maharaj-Clarke"),
        Q("“When the companies wanted to talk, they called Vernon. When the workers were in trouble, they called "
          "Vernon,”", "direct", "Maharaj-Clarke", "Ramesh Maharaj-Clarke", speaker_at="Maharaj-Clarke said"),
        Q("“He never sent anybody else to do the hard work for him.”", "direct", "Maharaj-Clarke",
          "Ramesh Maharaj-Clarke", speaker_at="Maharaj-Clarke said"),
        Q("the two men had remained close friends for more than 40 years", "indirect", "Winston Alleyne",
          "Winston Alleyne"),
        Q("“They put us in a cell in Golden Grove with twelve men and one bucket,”", "direct", "Alleyne",
          "Winston Alleyne", speaker_at="Alleyne recalled"),
        Q("“Vernon spent the whole six days organising the prisoners.", "direct", "Alleyne", "Winston Alleyne",
          speaker_at="Alleyne recalled"),
        Q("“By the time they let us out, he had a list of demands for the prison superintendent.”", "direct",
          "Alleyne", "Winston Alleyne", speaker_at="Alleyne recalled"),
        Q("“left an indelible mark on industrial relations in Trinidad and Tobago”", "partial", "the Ministry of Labour",
          "Ministry of Labour"),
    ], source="blind"),

    # US suburban weekly: state senate primary and village board election.
    Case("blind16-suburban-elections", """Okonkwo-Reyes ousts Kowalczyk in state Senate primary; newcomers win two village board seats

Township trustee Adaeze Okonkwo-Reyes won the Democratic primary for the 24th state Senate district on Tuesday, unseating two-term incumbent Sen. Dale Kowalczyk by fewer than 900 votes, according to unofficial results from the Lake County Clerk's office.

Okonkwo-Reyes, 44, a nurse practitioner and mother of three, took 51.8% of the vote in the three-way race. Kowalczyk finished with 44.6%, and first-time candidate Bryce Hollander with 3.6%.

"Tonight the voters of this district said they want somebody who will show up," Okonkwo-Reyes told about 150 supporters at the VFW hall on Center Street. "I intend to keep showing up, every single day."

Kowalczyk conceded shortly before midnight. In a statement, he said he had called Okonkwo-Reyes to congratulate her, and that he would "do everything I can" to keep the seat in Democratic hands in November.

She will face Republican Mark Brandt, a Hawthorn Woods business owner who ran unopposed, in the general election.

In the Elmhurst Park village election, political newcomers Tomás de la Cruz and Lakshmi Venkataraman-Hale won the two open trustee seats, edging out incumbent trustee Roger Pfeiffer.

De la Cruz, the longtime varsity baseball coach at Elmhurst Park High School, said flooding on the village's east side was the issue he heard about most while knocking on doors.

"People are tired of bailing out their basements every spring," he said. "They don't want another study. They want the storm sewers fixed."

Venkataraman-Hale, a CPA, said her first priority would be a line-by-line review of the village budget.

Mayor Patricia Gorman, who is not up for re-election until 2027, called the results "a clear message that people want some new energy on the board."

Voters also rejected a referendum on a $12 million bond to build a new public library, 54% to 46%. Library board president Gerald Fink said the board was "disappointed but not discouraged." Trustees would meet next month to look at a smaller project, he said.

County Clerk Maureen Fitzpatrick-Lowe said turnout across the county was just under 23%, one of the lowest for a primary in two decades. Results will be certified on April 9.""", [
        Q("Township trustee Adaeze Okonkwo-Reyes won the Democratic primary for the 24th state Senate district on "
          "Tuesday, unseating two-term incumbent Sen. Dale Kowalczyk by fewer than 900 votes", "indirect",
          "unofficial results from the Lake County Clerk's office", None),
        Q('"Tonight the voters of this district said they want somebody who will show up,"', "direct",
          "Okonkwo-Reyes", "Adaeze Okonkwo-Reyes", speaker_at="Okonkwo-Reyes told"),
        Q('"I intend to keep showing up, every single day."', "direct", "Okonkwo-Reyes", "Adaeze Okonkwo-Reyes",
          speaker_at="Okonkwo-Reyes told"),
        Q("he had called Okonkwo-Reyes to congratulate her", "indirect", "he", "Dale Kowalczyk",
          speaker_at="In a statement, he said"),
        Q('"do everything I can"', "partial", "he", "Dale Kowalczyk", speaker_at="In a statement, he said"),
        Q("flooding on the village's east side was the issue he heard about most while knocking on doors",
          "indirect", "De la Cruz", "Tomás de la Cruz", speaker_at="De la Cruz, the longtime"),
        Q('"People are tired of bailing out their basements every spring,"', "direct", "he", "Tomás de la Cruz",
          speaker_at='spring," he said'),
        Q('"They don\'t want another study. They want the storm sewers fixed."', "direct", "he", "Tomás de la Cruz",
          speaker_at='spring," he said'),
        Q("her first priority would be a line-by-line review of the village budget", "indirect",
          "Venkataraman-Hale", "Lakshmi Venkataraman-Hale", speaker_at="Venkataraman-Hale, a CPA"),
        Q('"a clear message that people want some new energy on the board."', "partial", "Patricia Gorman",
          "Patricia Gorman"),
        Q('"disappointed but not discouraged."', "partial", "Gerald Fink", "Gerald Fink"),
        Q("Trustees would meet next month to look at a smaller project", "indirect", "he", "Gerald Fink",
          speaker_at="project, he said"),
        Q("turnout across the county was just under 23%, one of the lowest for a primary in two decades",
          "indirect", "Maureen Fitzpatrick-Lowe", "Maureen Fitzpatrick-Lowe"),
    ], source="blind"),
]
