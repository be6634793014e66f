"""Blind gold, set 64: sixteen short news articles written without sight of the pretagger.

Wire copy and local papers from many countries (datelines, house styles with
curly, straight and British single quotes), many naming traditions, and the
ordinary range of attribution. See gold_format.py for the case format.
"""

from __future__ import annotations

from gold_format import Case, Q

CASES = [
    Case("blind64-polio", """Polio case confirmed in Bannu as vaccination drive resumes

PESHAWAR (AFP) — Pakistan confirmed a new wild poliovirus case in the northwestern district of Bannu on Tuesday, bringing the country’s tally this year to 19, as health workers prepared to launch a week-long vaccination campaign under police guard.

The infected child, a 14-month-old girl, developed paralysis in both legs last month, the National Emergency Operations Centre (NEOC) said in a statement. Her parents had refused the oral vaccine on at least three occasions, it said.

“Every refusal is a door we leave open for the virus,” said Dr Shahzad Baig, who heads the NEOC in Islamabad. “This little girl will carry the consequences for the rest of her life.”

Environmental samples from Peshawar, Bannu and Lakki Marwat have also tested positive in recent weeks, according to the provincial health department.

Khyber Pakhtunkhwa health minister Syed Qasim Ali Shah told AFP that more than 6.5 million children under five would be targeted in the campaign, which begins on Monday. About 28,000 policemen would accompany the vaccination teams, he said.

Polio teams have repeatedly been attacked by militants, who claim the vaccine is a Western plot to sterilise Muslim children. In January, a constable guarding a team in Bajaur was shot dead.

“We are not afraid,” said Naseem Bibi, a 34-year-old vaccinator in Peshawar who has worked on campaigns since 2012. “But when you knock on a door, you never know who will open it.”

The World Health Organization says Pakistan and neighbouring Afghanistan are the only two countries where wild polio remains endemic.

A WHO official in Islamabad, who asked not to be named because he was not authorised to speak to the media, said the return of the virus to sewage in cities that had been clear for two years was “deeply worrying”.

Tribal elders in Bannu have been asked to help persuade reluctant parents. Haji Gul Rehman, a jirga member from the Janikhel area, said many families distrusted the teams. The vaccinators, he said, “only come for polio, never for clean water or a clinic”.

“Give us a doctor and we will give you our children,” the elder said.""", [
        Q("The infected child, a 14-month-old girl, developed paralysis in both legs last month", "indirect",
          "the National Emergency Operations Centre", "National Emergency Operations Centre"),
        Q("Her parents had refused the oral vaccine on at least three occasions", "indirect", "it",
          "National Emergency Operations Centre", speaker_at="it said"),
        Q("“Every refusal is a door we leave open for the virus,”", "direct", "Shahzad Baig", "Shahzad Baig"),
        Q("“This little girl will carry the consequences for the rest of her life.”", "direct", "Shahzad Baig",
          "Shahzad Baig"),
        Q("Environmental samples from Peshawar, Bannu and Lakki Marwat have also tested positive in recent weeks",
          "indirect", "the provincial health department", None),
        Q("that more than 6.5 million children under five would be targeted in the campaign, which begins on Monday",
          "indirect", "Syed Qasim Ali Shah", "Syed Qasim Ali Shah"),
        Q("About 28,000 policemen would accompany the vaccination teams", "indirect", "he", "Syed Qasim Ali Shah",
          speaker_at="teams, he said"),
        Q("the vaccine is a Western plot to sterilise Muslim children", "indirect", "militants", None),
        Q("“We are not afraid,”", "direct", "Naseem Bibi", "Naseem Bibi"),
        Q("“But when you knock on a door, you never know who will open it.”", "direct", "Naseem Bibi",
          "Naseem Bibi"),
        Q("Pakistan and neighbouring Afghanistan are the only two countries where wild polio remains endemic",
          "indirect", "The World Health Organization", "World Health Organization"),
        Q("“deeply worrying”", "partial", "A WHO official in Islamabad", None),
        Q("many families distrusted the teams", "indirect", "Gul Rehman", "Gul Rehman"),
        Q("“only come for polio, never for clean water or a clinic”", "partial", "he", "Gul Rehman",
          speaker_at="he said, “only"),
        Q("“Give us a doctor and we will give you our children,”", "direct", "the elder", "Gul Rehman"),
    ], source="blind"),
    Case("blind64-boat", """Seven missing as boat capsizes in Ganga

Patna, Sept. 14 (PTI): Seven people, including three children, were missing after an overloaded country boat capsized in the Ganga near Maner in Patna district on Saturday evening, officials said.

The boat, carrying about 35 people back from a village fair on a diara island, overturned midstream when a sudden gust of wind hit it, said Patna district magistrate Chandrashekhar Singh.

"Twenty-six people have been rescued so far and four of them have been admitted to the Danapur sub-divisional hospital. Search operations by the NDRF and SDRF are on and will continue through the night," Singh told PTI.

He said the boatman had been carrying more than double the permitted load. "Clear instructions were issued to all ghats after the Bakhtiyarpur incident last year. Strict action will be taken against those responsible," the DM said.

The boatman, identified as Lakhan Sahni, swam to safety and is absconding, police said.

Eyewitness Ramashish Paswan, who swam ashore holding his nephew, said the boat "started rocking the moment the wind picked up".

"People were screaming. I grabbed the boy and jumped into the water. After that I could not see my sister-in-law anywhere," the 45-year-old farmer said, breaking down.

Local MLA Sudhakar Prasad Yadav alleged that the administration had ignored repeated complaints about overcrowded ferries at the ghat. "This is not an accident, this is criminal negligence. Every Sunday the same boats go with sixty, seventy people," he told reporters at the spot.

Villagers blocked the Patna-Buxar road for nearly three hours, alleging that the rescue teams reached the spot long after the boat went down.

Maner SHO Dilip Kumar Jha said the blockade was lifted after senior officials assured the protesters of compensation.

According to the state disaster management department, an ex gratia of Rs 4 lakh each will be paid to the families of the deceased once the bodies are recovered.

Divers recovered the body of a 10-year-old girl late on Saturday night, an official said.""", [
        Q("Seven people, including three children, were missing after an overloaded country boat capsized in the "
          "Ganga near Maner in Patna district on Saturday evening", "indirect", "officials", None,
          speaker_at="evening, officials said"),
        Q("The boat, carrying about 35 people back from a village fair on a diara island, overturned midstream when "
          "a sudden gust of wind hit it", "indirect", "Chandrashekhar Singh", "Chandrashekhar Singh"),
        Q('"Twenty-six people have been rescued so far and four of them have been admitted to the Danapur '
          'sub-divisional hospital. Search operations by the NDRF and SDRF are on and will continue through the '
          'night,"', "direct", "Singh", "Chandrashekhar Singh", speaker_at="Singh told PTI"),
        Q("the boatman had been carrying more than double the permitted load", "indirect", "He",
          "Chandrashekhar Singh", speaker_at="He said the boatman"),
        Q('"Clear instructions were issued to all ghats after the Bakhtiyarpur incident last year. Strict action '
          'will be taken against those responsible,"', "direct", "the DM", "Chandrashekhar Singh"),
        Q("The boatman, identified as Lakhan Sahni, swam to safety and is absconding", "indirect", "police", None,
          speaker_at="absconding, police said"),
        Q('"started rocking the moment the wind picked up"', "partial", "Ramashish Paswan", "Ramashish Paswan"),
        Q('"People were screaming. I grabbed the boy and jumped into the water. After that I could not see my '
          'sister-in-law anywhere,"', "direct", "the 45-year-old farmer", "Ramashish Paswan"),
        Q("that the administration had ignored repeated complaints about overcrowded ferries at the ghat", "indirect",
          "Sudhakar Prasad Yadav", "Sudhakar Prasad Yadav"),
        Q('"This is not an accident, this is criminal negligence. Every Sunday the same boats go with sixty, seventy '
          'people,"', "direct", "he", "Sudhakar Prasad Yadav", speaker_at="he told reporters"),
        Q("that the rescue teams reached the spot long after the boat went down", "indirect", "Villagers", None),
        Q("the blockade was lifted after senior officials assured the protesters of compensation", "indirect",
          "Dilip Kumar Jha", "Dilip Kumar Jha"),
        Q("an ex gratia of Rs 4 lakh each will be paid to the families of the deceased once the bodies are "
          "recovered", "indirect", "the state disaster management department", None),
        Q("Divers recovered the body of a 10-year-old girl late on Saturday night", "indirect", "an official", None),
    ], source="blind"),
    Case("blind64-busstrike", """Bus drivers to walk out for ten days in pay row

Bus passengers across Sunderland and Wearside face major disruption next month after drivers voted to strike in a long-running row over pay.

Members of the Unite union employed at Wearline Buses’ depots in Deptford and Washington will stage ten days of action from Monday, November 4, the union has confirmed.

Unite said 87 per cent of members who took part in the ballot backed a walkout, on a turnout of 74 per cent.

Regional officer Kelly-Anne Dobson said drivers had been ‘left with no choice’.

‘Our members kept this city moving through snow, through Covid, through everything,’ she said. ‘They’ve been offered a below-inflation deal by a company that made £6.1million in profit last year. That is simply not acceptable.’

Wearline managing director Jan-Willem de Vries said the firm was ‘disappointed’ and had put forward what he called ‘a fair and generous offer’ worth 7.5 per cent over two years.

‘We remain at the table and we would urge Unite to come back and talk to us before any action takes place,’ he added. ‘Our priority is to keep disruption to passengers to an absolute minimum.’

Mr de Vries said a reduced timetable would run on key routes, including the 20 and 56 services, with details published on the company’s website.

Passengers at Park Lane Interchange told the Echo they were worried about getting to work and to hospital appointments.

Pensioner Doreen McAllister, 71, from Hendon, said: ‘I don’t drive, so the bus is everything to me. I’ve got an appointment at the Royal next week and I don’t know how I’ll get there now.’

Student nurse Amir Haddad, 22, who is on a placement in Washington, said he would have to pay for taxis. ‘It’ll cost me a fortune,’ he said. ‘I understand why they’re striking, but it’s people like us who get caught in the middle.’

Cllr Patricia Okonkwo-Reid, the city council’s cabinet member for transport, called on both sides to ‘get back round the table and sort this out’ before the first walkout.

A spokesperson for Nexus, which runs the Tyne and Wear Metro, said Metro services would run as normal and extra staff would be on hand at the busiest interchanges.""", [
        Q("Members of the Unite union employed at Wearline Buses’ depots in Deptford and Washington will stage ten "
          "days of action from Monday, November 4", "indirect", "the union", "Unite"),
        Q("87 per cent of members who took part in the ballot backed a walkout, on a turnout of 74 per cent",
          "indirect", "Unite", "Unite", speaker_at="Unite said"),
        Q("‘left with no choice’", "partial", "Kelly-Anne Dobson", "Kelly-Anne Dobson"),
        Q("‘Our members kept this city moving through snow, through Covid, through everything,’", "direct", "she",
          "Kelly-Anne Dobson", speaker_at="she said"),
        Q("‘They’ve been offered a below-inflation deal by a company that made £6.1million in profit last year. "
          "That is simply not acceptable.’", "direct", "she", "Kelly-Anne Dobson", speaker_at="she said"),
        Q("‘disappointed’", "partial", "Jan-Willem de Vries", "Jan-Willem de Vries"),
        Q("‘a fair and generous offer’", "partial", "he", "Jan-Willem de Vries", speaker_at="he called"),
        Q("‘We remain at the table and we would urge Unite to come back and talk to us before any action takes "
          "place,’", "direct", "he", "Jan-Willem de Vries", speaker_at="he added"),
        Q("‘Our priority is to keep disruption to passengers to an absolute minimum.’", "direct", "he",
          "Jan-Willem de Vries", speaker_at="he added"),
        Q("a reduced timetable would run on key routes, including the 20 and 56 services, with details published on "
          "the company’s website", "indirect", "de Vries", "Jan-Willem de Vries", speaker_at="Mr de Vries said"),
        Q("they were worried about getting to work and to hospital appointments", "indirect",
          "Passengers at Park Lane Interchange", None),
        Q("‘I don’t drive, so the bus is everything to me. I’ve got an appointment at the Royal next week and I "
          "don’t know how I’ll get there now.’", "direct", "Doreen McAllister", "Doreen McAllister"),
        Q("he would have to pay for taxis", "indirect", "Amir Haddad", "Amir Haddad"),
        Q("‘It’ll cost me a fortune,’", "direct", "he", "Amir Haddad", speaker_at="fortune,’ he said"),
        Q("‘I understand why they’re striking, but it’s people like us who get caught in the middle.’", "direct",
          "he", "Amir Haddad", speaker_at="fortune,’ he said"),
        Q("‘get back round the table and sort this out’", "partial", "Patricia Okonkwo-Reid",
          "Patricia Okonkwo-Reid"),
        Q("Metro services would run as normal and extra staff would be on hand at the busiest interchanges",
          "indirect", "A spokesperson for Nexus", None),
    ], source="blind"),
    Case("blind64-byelection", """Rendall wins West Mainland by-election at third stage

Independent candidate Ingrid Rendall has been elected to Orkney Islands Council in the West Mainland by-election, securing the seat at the third stage of the count in Kirkwall on Friday.

The by-election was called after the death in June of long-serving councillor Jimmy Isbister.

Turnout was 41.3 per cent, down from 52 per cent at the full council election in 2022.

Mrs Rendall, who runs a B&B and a knitwear business in Stromness, received 612 first-preference votes, ahead of Scottish Green candidate Magnus Tulloch on 447 and independent Dr Hamish Heddle-Linklater on 298.

Speaking after the declaration, Mrs Rendall paid tribute to her predecessor.

“Jimmy served this community for 20 years and he will be a very hard act to follow,” she said. “I want to thank everyone who came out to vote on a wet Thursday in September. I promise you’ll still see me knocking on doors long after today.”

She said her priorities would be the replacement of the inter-isles ferries and affordable housing for young families, adding that the cost of living in the isles was “the issue I heard about on every single doorstep”.

Mr Tulloch, who had campaigned hard against the council’s “Islands Deal” spending plans, congratulated the winner but said the result showed “a real appetite for change” in the parish.

“We more than doubled our vote from 2022, and that’s something to build on,” he told The Orcadian.

Dr Heddle-Linklater, a retired GP from Dounby, said he had no regrets about standing.

“Somebody had to talk about the state of health care in the West Mainland, and I think we did that,” he said. “Whether anybody was listening is another matter.”

Returning officer Gillian Morrison said the count had gone “very smoothly”, and thanked council staff and volunteers for their work through the night.

Council convener Harald Spence said he looked forward to working with Mrs Rendall, and that she would bring “a strong business head” to the chamber.

Mrs Rendall will take her seat at the meeting of the full council on October 1.""", [
        Q("“Jimmy served this community for 20 years and he will be a very hard act to follow,”", "direct", "she",
          "Ingrid Rendall", speaker_at="follow,” she said"),
        Q("“I want to thank everyone who came out to vote on a wet Thursday in September. I promise you’ll still see "
          "me knocking on doors long after today.”", "direct", "she", "Ingrid Rendall",
          speaker_at="follow,” she said"),
        Q("her priorities would be the replacement of the inter-isles ferries and affordable housing for young "
          "families", "indirect", "She", "Ingrid Rendall", speaker_at="She said her"),
        Q("“the issue I heard about on every single doorstep”", "partial", "She", "Ingrid Rendall",
          speaker_at="She said her"),
        Q("“a real appetite for change”", "partial", "Tulloch", "Magnus Tulloch",
          speaker_at="Mr Tulloch, who"),
        Q("“We more than doubled our vote from 2022, and that’s something to build on,”", "direct", "he",
          "Magnus Tulloch", speaker_at="he told The Orcadian"),
        Q("he had no regrets about standing", "indirect", "Heddle-Linklater", "Hamish Heddle-Linklater",
          speaker_at="Dr Heddle-Linklater, a retired"),
        Q("“Somebody had to talk about the state of health care in the West Mainland, and I think we did that,”",
          "direct", "he", "Hamish Heddle-Linklater", speaker_at="that,” he said"),
        Q("“Whether anybody was listening is another matter.”", "direct", "he", "Hamish Heddle-Linklater",
          speaker_at="that,” he said"),
        Q("“very smoothly”", "partial", "Gillian Morrison", "Gillian Morrison"),
        Q("he looked forward to working with Mrs Rendall", "indirect", "Harald Spence", "Harald Spence"),
        Q("“a strong business head”", "partial", "Harald Spence", "Harald Spence"),
    ], source="blind"),
    Case("blind64-hurling", """Kilconly end 37-year wait for intermediate crown

Kilconly 1-19 Ballinderreen 2-14

There were scenes of unbridled joy at Kenny Park, Athenry on Sunday as Kilconly claimed the county intermediate hurling title for the first time since 1987, holding off a late Ballinderreen rally in a thrilling decider.

Darragh Ó Flatharta was the hero, the corner-forward firing 0-9, five from frees, while full-back Shane Mac Giolla Rua produced a goal-saving block in the 62nd minute that will be talked about in the parish for years.

Kilconly led by 1-14 to 0-7 at the break, but two Ballinderreen goals in the space of three minutes early in the second half set up a nervy finish.

'I'm not sure it's sunk in yet,' said Kilconly manager Tommy 'Bomber' Kilkelly. 'There are men in that dressing room whose fathers were on the team in '87. That's what this club is about.'

Kilkelly admitted his side had 'rode our luck' in the closing minutes, when Ballinderreen cut the gap to a single point.

'They threw everything at us. Fair play to them, they never gave up,' he said. 'But our lads dug deep. Shane's block won us the match, no question.'

Captain Cormac Ó Ceallaigh dedicated the victory to the late Fr Michael Burke, the former curate who trained the club's under-age teams for two decades.

'Father Mick would have loved today,' Ó Ceallaigh told the supporters from the steps of the stand. 'This one is for him, and for everyone who kept hurling going in this parish when it wasn't easy.'

Ballinderreen boss Enda Fahy said his side had simply left it too late.

'We gave them a ten-point start and you can't do that in a county final,' he said. 'I'm proud of the way the lads came back, but we'll have to regroup and come back stronger next year.'

Kilconly now go on to represent Galway in the Connacht championship, with a date against the Mayo champions pencilled in for November 17.

According to club secretary Bríd Nic an Iomaire, tickets for Friday night's celebration in the community hall have already sold out.""", [
        Q("'I'm not sure it's sunk in yet,'", "direct", "Tommy 'Bomber' Kilkelly", "Tommy Kilkelly"),
        Q("'There are men in that dressing room whose fathers were on the team in '87. That's what this club is "
          "about.'", "direct", "Tommy 'Bomber' Kilkelly", "Tommy Kilkelly"),
        Q("'rode our luck'", "partial", "Kilkelly", "Tommy Kilkelly", speaker_at="Kilkelly admitted"),
        Q("'They threw everything at us. Fair play to them, they never gave up,'", "direct", "he", "Tommy Kilkelly",
          speaker_at="up,' he said"),
        Q("'But our lads dug deep. Shane's block won us the match, no question.'", "direct", "he", "Tommy Kilkelly",
          speaker_at="up,' he said"),
        Q("'Father Mick would have loved today,'", "direct", "Ó Ceallaigh", "Cormac Ó Ceallaigh",
          speaker_at="Ó Ceallaigh told"),
        Q("'This one is for him, and for everyone who kept hurling going in this parish when it wasn't easy.'",
          "direct", "Ó Ceallaigh", "Cormac Ó Ceallaigh", speaker_at="Ó Ceallaigh told"),
        Q("his side had simply left it too late", "indirect", "Enda Fahy", "Enda Fahy"),
        Q("'We gave them a ten-point start and you can't do that in a county final,'", "direct", "he", "Enda Fahy",
          speaker_at="final,' he said"),
        Q("'I'm proud of the way the lads came back, but we'll have to regroup and come back stronger next year.'",
          "direct", "he", "Enda Fahy", speaker_at="final,' he said"),
        Q("tickets for Friday night's celebration in the community hall have already sold out", "indirect",
          "Bríd Nic an Iomaire", "Bríd Nic an Iomaire"),
    ], source="blind"),
    Case("blind64-obituary", """Valley farewells dairy pioneer Gino Zanetti

Giovanni ‘Gino’ Zanetti, who arrived in the Goulburn Valley from the Veneto with a cardboard suitcase and built one of the district’s biggest dairy herds, has died aged 86.

Mr Zanetti died peacefully at GV Health in Shepparton on Tuesday, surrounded by family, his son Luca Zanetti said.

Born in Castelfranco Veneto in 1938, he came to Australia as a 17-year-old, picking tomatoes at Kyabram and cutting cane in north Queensland before buying 40 hectares at Tallygaroopna in 1962.

“He came with nothing but his two hands and his stubbornness,” Luca said. “He used to tell us the cows don’t know it’s Christmas. I think he took one day off in sixty years, and that was for his own wedding.”

At its peak the Zanetti farm milked 650 cows. He was a founding member of the local irrigators’ group and a fierce critic of water buybacks under the Murray-Darling Basin Plan, which he once described as “selling the river out from under our feet”.

Greater Shepparton Mayor Adem Kaya said Mr Zanetti belonged to a generation of migrants who “built this valley with their bare hands”.

“Gino was a mentor to half the young farmers in the district, including me,” said Tatura dairy farmer Bernadette O’Halloran, a regional councillor with the United Dairyfarmers of Victoria. “If your pump broke at two in the morning, he was the one you rang.”

Neighbour Jaswinder Singh Gill remembers the day his family moved onto the next-door block.

“When we came from Punjab in 1985, Gino was the first one to knock on our door, with a box of tomatoes and a bottle of grappa,” Mr Gill said.

“He told my father, ‘Now you are Tallygaroopna people.’ We have never forgotten that.”

Mr Zanetti is survived by Maria, his wife of 61 years, children Luca, Rosa and Stefano, and 11 grandchildren.

His daughter, Rosa Zanetti-Burns, said the family had been overwhelmed by the messages and meals that had arrived since Tuesday.

A requiem mass will be celebrated at Sacred Heart Church, Tatura, on Friday at 11am. Parish priest Fr Joseph Nguyen said Mr Zanetti had “never missed the eight o’clock mass unless a cow was calving”.

The family has asked that, instead of flowers, donations be made to the Royal Flying Doctor Service.""", [
        Q("Mr Zanetti died peacefully at GV Health in Shepparton on Tuesday, surrounded by family", "indirect",
          "Luca Zanetti", "Luca Zanetti"),
        Q("“He came with nothing but his two hands and his stubbornness,”", "direct", "Luca", "Luca Zanetti",
          speaker_at="Luca said"),
        Q("“He used to tell us the cows don’t know it’s Christmas. I think he took one day off in sixty years, and "
          "that was for his own wedding.”", "direct", "Luca", "Luca Zanetti", speaker_at="Luca said"),
        Q("“selling the river out from under our feet”", "partial", "he", "Giovanni Zanetti",
          speaker_at="which he once described"),
        Q("“built this valley with their bare hands”", "partial", "Adem Kaya", "Adem Kaya"),
        Q("“Gino was a mentor to half the young farmers in the district, including me,”", "direct",
          "Bernadette O’Halloran", "Bernadette O’Halloran"),
        Q("“If your pump broke at two in the morning, he was the one you rang.”", "direct",
          "Bernadette O’Halloran", "Bernadette O’Halloran"),
        Q("“When we came from Punjab in 1985, Gino was the first one to knock on our door, with a box of tomatoes "
          "and a bottle of grappa,”", "direct", "Gill", "Jaswinder Singh Gill", speaker_at="Mr Gill said"),
        Q("“He told my father, ‘Now you are Tallygaroopna people.’ We have never forgotten that.”", "direct",
          "Gill", "Jaswinder Singh Gill", speaker_at="Mr Gill said"),
        Q("the family had been overwhelmed by the messages and meals that had arrived since Tuesday", "indirect",
          "Rosa Zanetti-Burns", "Rosa Zanetti-Burns"),
        Q("“never missed the eight o’clock mass unless a cow was calving”", "partial", "Joseph Nguyen",
          "Joseph Nguyen"),
    ], source="blind"),
    Case("blind64-surfing", """Mahia teen claims national junior crown

Mahia's Kahu Te Huia-Walker has been crowned under-18 boys national champion after a near-perfect final at Ocean Beach on Sunday.

The 17-year-old posted a two-wave total of 17.40 out of a possible 20 in solid head-high surf, beating Raglan's Finn O'Sullivan-Hart and Gisborne's Tama Nikora.

"I've been dreaming about this since I was about eight," Te Huia-Walker said on the beach, still dripping, his medal around his neck. "To do it at home, in front of my whānau, it's just unreal."

He said the shifting north-east swell had made the first half of the final tricky.

"It was a bit of a lottery out there, to be honest. Then that set came through with five minutes left and I just thought, 'this is it'."

His coach, Mereana Pōtae, said the title had been years in the making.

"Kahu's the first one in the water and the last one out, every single day," she said. "People see the good heats. They don't see the 5am sessions in the middle of winter."

In the under-18 girls' division, Papamoa's Ruby-Jean Kotze won her second straight title despite a shoulder injury. Kotze told Hawke's Bay Today she had "nearly pulled out" on Friday after aggravating the injury in training.

"My physio is going to kill me, but it was worth it," she laughed.

According to Surfing New Zealand, this year's championships drew a record 214 entries across 14 divisions, with more than a third of competitors aged under 16.

Event director Jarrod van Rooyen said organisers had considered moving Sunday's finals to Waimārama because of the swell direction but decided to stay put.

"The forecast looked a bit sketchy on Saturday night, but Ocean Beach turned it on for us," van Rooyen said. "You couldn't have asked for a better showcase."

Te Huia-Walker's mother, Aroha Te Huia, said the whānau had driven down from Mahia before dawn for the finals.

"We weren't going to miss this for anything. His koro would have been so proud," she said.

Te Huia-Walker will now be considered for the New Zealand junior team for next year's world championships in El Salvador.""", [
        Q('"I\'ve been dreaming about this since I was about eight,"', "direct", "Te Huia-Walker",
          "Kahu Te Huia-Walker", speaker_at="Te Huia-Walker said on the beach"),
        Q('"To do it at home, in front of my whānau, it\'s just unreal."', "direct", "Te Huia-Walker",
          "Kahu Te Huia-Walker", speaker_at="Te Huia-Walker said on the beach"),
        Q("the shifting north-east swell had made the first half of the final tricky", "indirect", "He",
          "Kahu Te Huia-Walker", speaker_at="He said the shifting"),
        Q('"It was a bit of a lottery out there, to be honest. Then that set came through with five minutes left '
          'and I just thought, \'this is it\'."', "direct", "He", "Kahu Te Huia-Walker",
          speaker_at="He said the shifting"),
        Q("the title had been years in the making", "indirect", "Mereana Pōtae", "Mereana Pōtae"),
        Q('"Kahu\'s the first one in the water and the last one out, every single day,"', "direct", "she",
          "Mereana Pōtae", speaker_at="day,\" she said"),
        Q('"People see the good heats. They don\'t see the 5am sessions in the middle of winter."', "direct", "she",
          "Mereana Pōtae", speaker_at="day,\" she said"),
        Q('"nearly pulled out"', "partial", "Kotze", "Ruby-Jean Kotze", speaker_at="Kotze told"),
        Q('"My physio is going to kill me, but it was worth it,"', "direct", "she", "Ruby-Jean Kotze",
          speaker_at="she laughed"),
        Q("this year's championships drew a record 214 entries across 14 divisions, with more than a third of "
          "competitors aged under 16", "indirect", "Surfing New Zealand", "Surfing New Zealand"),
        Q("organisers had considered moving Sunday's finals to Waimārama because of the swell direction but decided "
          "to stay put", "indirect", "Jarrod van Rooyen", "Jarrod van Rooyen"),
        Q('"The forecast looked a bit sketchy on Saturday night, but Ocean Beach turned it on for us,"', "direct",
          "van Rooyen", "Jarrod van Rooyen", speaker_at="us,\" van Rooyen said"),
        Q('"You couldn\'t have asked for a better showcase."', "direct", "van Rooyen", "Jarrod van Rooyen",
          speaker_at="us,\" van Rooyen said"),
        Q("the whānau had driven down from Mahia before dawn for the finals", "indirect", "Aroha Te Huia",
          "Aroha Te Huia"),
        Q('"We weren\'t going to miss this for anything. His koro would have been so proud,"', "direct", "she",
          "Aroha Te Huia", speaker_at="proud,\" she said"),
    ], source="blind"),
    Case("blind64-school", """Parents vow to fight plan to close Assiniboine Heights School

Brandon School Division trustees voted 5-2 Monday night to begin the formal process of closing Assiniboine Heights School at the end of June 2026, a decision that left many of the roughly 80 parents in the gallery in tears.

Superintendent Mathieu Lévesque told trustees that enrolment at the 1950s-era school had fallen to 112 students, less than half its capacity, and that the building needs an estimated $7.8 million in repairs, including a new roof and boiler.

"We cannot in good conscience ask taxpayers to put almost $8 million into a building that is half empty," Lévesque said.

Under the plan, students would be moved to Valleyview and Meadows schools, about three kilometres away.

Board chair Ramona Tétrault-Whitford stressed that Monday's vote was not final, and that the division is required by provincial regulation to hold public consultations before any closure.

"This is the start of a conversation, not the end of one," she said.

Trustees Pam Wiebe and Gord Ballantyne voted against the motion. Wiebe accused the division of "rushing" a decision that would hit low-income families in the city's east end hardest.

"Once a school closes, it doesn't come back," she said. "Ask any small town in this province."

Parent Marcus Okeke, whose two children attend the school, helped gather more than 900 signatures on a petition opposing the closure.

"They keep saying 'consultation,' but it feels like they've already made up their minds," said Okeke, a paramedic. "Half the kids at Assiniboine walk to school. Now they're going to be on a bus for forty minutes a day."

Okeke told the Sun that parents plan to attend every consultation meeting and have already spoken to a lawyer.

Brandon Teachers' Association president Shauna Bear said staff at the school first learned of the recommendation from a division news release.

"That is not how you treat people who have given twenty years to a building," Bear said.

A spokesperson for Manitoba's Department of Education and Early Childhood Learning said school closures are decisions for locally elected boards, and that the province expects "meaningful" consultation with families.

Public meetings are scheduled for Nov. 18 and Dec. 2 in the school gym. Trustees are expected to make a final decision in the spring.""", [
        Q("that enrolment at the 1950s-era school had fallen to 112 students, less than half its capacity, and that "
          "the building needs an estimated $7.8 million in repairs, including a new roof and boiler", "indirect",
          "Mathieu Lévesque", "Mathieu Lévesque"),
        Q('"We cannot in good conscience ask taxpayers to put almost $8 million into a building that is half '
          'empty,"', "direct", "Lévesque", "Mathieu Lévesque", speaker_at="Lévesque said"),
        Q("that Monday's vote was not final, and that the division is required by provincial regulation to hold "
          "public consultations before any closure", "indirect", "Ramona Tétrault-Whitford",
          "Ramona Tétrault-Whitford"),
        Q('"This is the start of a conversation, not the end of one,"', "direct", "she", "Ramona Tétrault-Whitford",
          speaker_at="one,\" she said"),
        Q('"rushing"', "partial", "Wiebe", "Pam Wiebe", speaker_at="Wiebe accused"),
        Q('"Once a school closes, it doesn\'t come back,"', "direct", "she", "Pam Wiebe",
          speaker_at="back,\" she said"),
        Q('"Ask any small town in this province."', "direct", "she", "Pam Wiebe", speaker_at="back,\" she said"),
        Q('"They keep saying \'consultation,\' but it feels like they\'ve already made up their minds,"', "direct",
          "Okeke", "Marcus Okeke", speaker_at="said Okeke"),
        Q('"Half the kids at Assiniboine walk to school. Now they\'re going to be on a bus for forty minutes a day."',
          "direct", "Okeke", "Marcus Okeke", speaker_at="said Okeke"),
        Q("that parents plan to attend every consultation meeting and have already spoken to a lawyer", "indirect",
          "Okeke", "Marcus Okeke", speaker_at="Okeke told the Sun"),
        Q("staff at the school first learned of the recommendation from a division news release", "indirect",
          "Shauna Bear", "Shauna Bear"),
        Q('"That is not how you treat people who have given twenty years to a building,"', "direct", "Bear",
          "Shauna Bear", speaker_at="building,\" Bear said"),
        Q("school closures are decisions for locally elected boards", "indirect",
          "A spokesperson for Manitoba's Department of Education and Early Childhood Learning", None),
        Q('"meaningful"', "partial",
          "A spokesperson for Manitoba's Department of Education and Early Childhood Learning", None),
    ], source="blind"),
    Case("blind64-murdertrial", """Watchman tells court how transporter was shot at his gate

ELDORET — A watchman yesterday told the High Court in Eldoret that he saw two men on a motorcycle open fire on transporter Peter Wafula Wekesa as he waited for his gate to be opened on the night of March 14 last year.

Testifying before Justice Joel arap Ngeno, Hillary Kiprono Sang, 52, said he had worked at the Elgon View home for three years and knew the deceased well.

“I heard three shots. I ducked behind the gate. When I looked again, the motorcycle was going towards the main road and Mzee was lying across the seat of his car,” Sang told the court.

Kipchumba Rotich, 34, and Abdirahman Hassan Farah, 29, have denied murdering Wekesa, a former chairman of the Uasin Gishu branch of the Kenya National Chamber of Commerce and Industry.

Under cross-examination by defence lawyer Zablon Mokua, Sang conceded that the security light at the gate had not been working that night.

“So you are telling this court that you identified two men in helmets, in the dark, from 20 metres away?” Mokua asked.

“I saw the one at the back. He removed his helmet to shoot,” the witness replied.

The deceased’s widow, Everlyne Nafula Wekesa, wept as she told the court that her husband had received threatening calls in the weeks before his death over a disputed fuel supply contract.

“He told me, ‘If anything happens to me, look at the people from the depot,’” she said.

Prosecution counsel Caroline Achieng Odhiambo said the State intends to call 14 witnesses, including a ballistics expert from the Directorate of Criminal Investigations (DCI) who matched cartridges found at the scene to a pistol recovered in Kitale.

Justice Ngeno declined an application by the defence to have the accused released on bond, saying the two were “a flight risk” and that two prosecution witnesses had reported being intimidated.

“The court cannot ignore the affidavits before it. The accused shall remain in custody until the conclusion of the trial,” the judge ruled.

Outside court, Wekesa’s younger brother, Fred Barasa, said the family had waited long enough.

“We just want justice for our brother. It has been a year and a half and we are still coming to this court every month,” he said.

The hearing continues on October 28.""", [
        Q("that he saw two men on a motorcycle open fire on transporter Peter Wafula Wekesa as he waited for his gate "
          "to be opened on the night of March 14 last year", "indirect", "A watchman", "Hillary Kiprono Sang"),
        Q("he had worked at the Elgon View home for three years and knew the deceased well", "indirect",
          "Hillary Kiprono Sang", "Hillary Kiprono Sang"),
        Q("“I heard three shots. I ducked behind the gate. When I looked again, the motorcycle was going towards the "
          "main road and Mzee was lying across the seat of his car,”", "direct", "Sang", "Hillary Kiprono Sang",
          speaker_at="Sang told the court"),
        Q("that the security light at the gate had not been working that night", "indirect", "Sang",
          "Hillary Kiprono Sang", speaker_at="Sang conceded"),
        Q("“So you are telling this court that you identified two men in helmets, in the dark, from 20 metres "
          "away?”", "direct", "Mokua", "Zablon Mokua", speaker_at="Mokua asked"),
        Q("“I saw the one at the back. He removed his helmet to shoot,”", "direct", "the witness",
          "Hillary Kiprono Sang"),
        Q("that her husband had received threatening calls in the weeks before his death over a disputed fuel supply "
          "contract", "indirect", "Everlyne Nafula Wekesa", "Everlyne Nafula Wekesa"),
        Q("“He told me, ‘If anything happens to me, look at the people from the depot,’”", "direct", "she",
          "Everlyne Nafula Wekesa", speaker_at="she said"),
        Q("the State intends to call 14 witnesses, including a ballistics expert from the Directorate of Criminal "
          "Investigations (DCI) who matched cartridges found at the scene to a pistol recovered in Kitale",
          "indirect", "Caroline Achieng Odhiambo", "Caroline Achieng Odhiambo"),
        Q("“a flight risk”", "partial", "Ngeno", "Joel arap Ngeno", speaker_at="Justice Ngeno declined"),
        Q("that two prosecution witnesses had reported being intimidated", "indirect", "Ngeno", "Joel arap Ngeno",
          speaker_at="Justice Ngeno declined"),
        Q("“The court cannot ignore the affidavits before it. The accused shall remain in custody until the "
          "conclusion of the trial,”", "direct", "the judge", "Joel arap Ngeno"),
        Q("the family had waited long enough", "indirect", "Fred Barasa", "Fred Barasa"),
        Q("“We just want justice for our brother. It has been a year and a half and we are still coming to this "
          "court every month,”", "direct", "he", "Fred Barasa", speaker_at="month,” he said"),
    ], source="blind"),
    Case("blind64-chieftaincy", """Kingmakers pick Lagos accountant as new Olu of Iyin-Oke

ADO-EKITI — Kingmakers in Iyin-Oke, Ido-Osi Local Government Area of Ekiti State, on Thursday selected Prince Adebayo Adeyemi-Falade as the new Olu of Iyin-Oke, ending a 19-month interregnum that followed the death of Oba Samuel Adeyemi II.

Prince Adeyemi-Falade, a 58-year-old chartered accountant based in Lagos, polled five of the seven votes of the kingmakers at a meeting held in the palace under heavy security.

Head of the kingmakers, the Ajiroba of Iyin-Oke, Chief Michael Aladesanmi, said the process had followed "the tradition handed down by our forefathers" and the chieftaincy declaration of 1958.

He said: "Ifa has spoken, the kingmakers have spoken, and the people of Iyin-Oke have a new father. We urge everybody to put the past behind us and support the new Oba."

But the Aromolaran ruling house, whose candidate, Prince Femi Adegoroye, got two votes, has rejected the outcome.

Speaking with Daily Independent on phone, Adegoroye alleged that the selection was "predetermined" and that his family would challenge it in court.

"By the rotation agreed in 1958, it is the turn of the Aromolaran house. Everybody in this town knows that. We will not fold our arms and watch injustice," he said.

Chief Aladesanmi, however, dismissed the claim, insisting there was "no rotation anywhere" in the chieftaincy declaration.

The Commissioner for Local Government and Chieftaincy Affairs, Mrs. Titilayo Ogunleye-Bamidele, told our correspondent that the ministry had received the report of the kingmakers and would examine all petitions before forwarding its recommendation to the governor.

"Government has no candidate in Iyin-Oke. Our only interest is peace and due process," the commissioner said.

The Police Public Relations Officer in the state, DSP Olumide Fasanmi, said security had been beefed up in the community to forestall any breakdown of law and order.

Some youths who spoke with our correspondent at the palace said they welcomed the choice. One of them, Tunde Ojo, said: "We have waited too long. The town needs roads and water, not court cases."

The monarch-elect, who is expected to begin the traditional rites in the coming weeks, thanked the kingmakers and appealed to the Aromolaran family to "come and let us build Iyin-Oke together"."""
, [
        Q('"the tradition handed down by our forefathers"', "partial", "Michael Aladesanmi", "Michael Aladesanmi"),
        Q('"Ifa has spoken, the kingmakers have spoken, and the people of Iyin-Oke have a new father. We urge '
          'everybody to put the past behind us and support the new Oba."', "direct", "He", "Michael Aladesanmi",
          speaker_at="He said: \"Ifa"),
        Q('"predetermined"', "partial", "Adegoroye", "Femi Adegoroye", speaker_at="phone, Adegoroye alleged"),
        Q("that his family would challenge it in court", "indirect", "Adegoroye", "Femi Adegoroye",
          speaker_at="phone, Adegoroye alleged"),
        Q('"By the rotation agreed in 1958, it is the turn of the Aromolaran house. Everybody in this town knows '
          'that. We will not fold our arms and watch injustice,"', "direct", "he", "Femi Adegoroye",
          speaker_at="injustice,\" he said"),
        Q('"no rotation anywhere"', "partial", "Aladesanmi", "Michael Aladesanmi",
          speaker_at="Chief Aladesanmi, however"),
        Q("that the ministry had received the report of the kingmakers and would examine all petitions before "
          "forwarding its recommendation to the governor", "indirect", "Titilayo Ogunleye-Bamidele",
          "Titilayo Ogunleye-Bamidele"),
        Q('"Government has no candidate in Iyin-Oke. Our only interest is peace and due process,"', "direct",
          "the commissioner", "Titilayo Ogunleye-Bamidele"),
        Q("security had been beefed up in the community to forestall any breakdown of law and order", "indirect",
          "Olumide Fasanmi", "Olumide Fasanmi"),
        Q("they welcomed the choice", "indirect", "Some youths who spoke with our correspondent at the palace", None),
        Q('"We have waited too long. The town needs roads and water, not court cases."', "direct", "Tunde Ojo",
          "Tunde Ojo"),
        Q('"come and let us build Iyin-Oke together"', "partial", "The monarch-elect", "Adebayo Adeyemi-Falade"),
    ], source="blind"),
    Case("blind64-taxtrial", """Tax trial of Sandton developer hears of R48m in 'consulting fees'

SARS forensic investigator Nomvula Sithole has told the Specialised Commercial Crimes Court in Johannesburg that a Sandton property developer channelled more than R48 million through shell companies disguised as “consulting fees” over six years.

Willem Jacobus van Zyl, 58, and his former financial manager, Thandeka Mhlongo-Dube, 44, face 37 counts of tax evasion, fraud and money laundering. Both have pleaded not guilty.

Testifying on Tuesday, Sithole said the money had been paid to four companies registered at the same address in Centurion, none of which had employees or an office.

“In my 17 years at SARS, I have not seen consultants who produce no reports, attend no meetings and have no staff, yet are paid R800 000 a month,” she said.

She told the court that most of the money had later been transferred to a family trust of which Van Zyl is a trustee.

Under cross-examination, Van Zyl’s counsel, Advocate Mpho Kekana-Ledwaba, put it to Sithole that the companies had provided “legitimate project-management services”, and that the South African Revenue Service had ignored documents submitted by the defence in 2021.

Sithole replied that she had examined every document she was given. “Paper is patient, advocate. The bank statements tell a different story,” she said.

Kekana-Ledwaba told The Star outside court: “My client has always maintained that these were genuine business expenses, and we will show that when we present our case.”

Mhlongo-Dube’s attorney, Riaan du Preez, said his client had “simply processed payments on instruction” and had not benefited from any of the transactions.

National Prosecuting Authority regional spokesperson Lumka Ngqola said the State would call 22 witnesses, among them two former employees of the accused’s company, Highveld Crest Developments.

“This case is about ensuring that everyone pays their fair share, no matter how well connected they are,” Ngqola said.

According to the charge sheet, the alleged scheme cost the fiscus more than R13 million in income tax and VAT between 2015 and 2021.

Magistrate Ashwin Naidoo postponed the matter to February 12. He warned both sides that he would “not tolerate” any further delays, noting that the trial had already been postponed five times.

Van Zyl, who is out on R500 000 bail, declined to comment as he left the court.""", [
        Q("that a Sandton property developer channelled more than R48 million through shell companies disguised as "
          "“consulting fees” over six years", "indirect", "Nomvula Sithole", "Nomvula Sithole"),
        Q("the money had been paid to four companies registered at the same address in Centurion, none of which had "
          "employees or an office", "indirect", "Sithole", "Nomvula Sithole", speaker_at="Tuesday, Sithole said"),
        Q("“In my 17 years at SARS, I have not seen consultants who produce no reports, attend no meetings and have "
          "no staff, yet are paid R800 000 a month,”", "direct", "she", "Nomvula Sithole",
          speaker_at="month,” she said"),
        Q("that most of the money had later been transferred to a family trust of which Van Zyl is a trustee",
          "indirect", "She", "Nomvula Sithole", speaker_at="She told the court"),
        Q("“legitimate project-management services”", "partial", "Mpho Kekana-Ledwaba", "Mpho Kekana-Ledwaba"),
        Q("that the South African Revenue Service had ignored documents submitted by the defence in 2021",
          "indirect", "Mpho Kekana-Ledwaba", "Mpho Kekana-Ledwaba"),
        Q("that she had examined every document she was given", "indirect", "Sithole", "Nomvula Sithole",
          speaker_at="Sithole replied"),
        Q("“Paper is patient, advocate. The bank statements tell a different story,”", "direct", "she",
          "Nomvula Sithole", speaker_at="story,” she said"),
        Q("“My client has always maintained that these were genuine business expenses, and we will show that when we "
          "present our case.”", "direct", "Kekana-Ledwaba", "Mpho Kekana-Ledwaba",
          speaker_at="Kekana-Ledwaba told The Star"),
        Q("“simply processed payments on instruction”", "partial", "Riaan du Preez", "Riaan du Preez"),
        Q("had not benefited from any of the transactions", "indirect", "Riaan du Preez", "Riaan du Preez"),
        Q("the State would call 22 witnesses, among them two former employees of the accused’s company, Highveld "
          "Crest Developments", "indirect", "Lumka Ngqola", "Lumka Ngqola"),
        Q("“This case is about ensuring that everyone pays their fair share, no matter how well connected they "
          "are,”", "direct", "Ngqola", "Lumka Ngqola", speaker_at="are,” Ngqola said"),
        Q("the alleged scheme cost the fiscus more than R13 million in income tax and VAT between 2015 and 2021",
          "indirect", "the charge sheet", None),
        Q("“not tolerate”", "partial", "He", "Ashwin Naidoo", speaker_at="He warned"),
        Q("that the trial had already been postponed five times", "indirect", "He", "Ashwin Naidoo",
          speaker_at="He warned"),
    ], source="blind"),
    Case("blind64-brewery", """Matopos Breweries lifts half-year revenue as lager drinkers return

MATOPOS Breweries Limited (MBL) has reported a 14% rise in revenue for the half-year to September 30, as a recovery in lager volumes offset a slump in sales of its traditional sorghum beer.

In its interim results statement, published on the Zimbabwe Stock Exchange (ZSE) on Monday, the group said revenue rose to US$212 million from US$186 million in the comparable period, while operating profit climbed 11% to US$41,3 million.

Lager volumes rose 9%, but sorghum beer volumes fell 3%, which the group attributed to the El Niño-induced drought that hit rural incomes in the first half of the year.

Chief executive Rutendo Nyamayaro said: "Consumers are returning to our mainstream lager brands as disposable incomes stabilise. We have also benefited from a more predictable foreign currency market since the introduction of the ZiG."

She, however, said power cuts remained a major drag on the business.

"Load-shedding is our single biggest operational headache," Nyamayaro told analysts at a briefing in Harare on Tuesday. "We are running diesel generators for up to 14 hours a day at some of our plants, and that is money we would rather invest elsewhere."

According to the company, capital expenditure for the full year is expected to reach US$38 million, most of it for a new solar plant at its Bulawayo brewery.

In his statement, board chairman Dr Lovemore Chidzikwe said the board had declared an interim dividend of 1,2 US cents per share. He cautioned that the sugar tax imposed in January "continues to weigh heavily" on the soft drinks division, where volumes fell 6%.

Treasury officials have previously said the tax is a public health measure rather than a revenue grab.

Tafadzwa Mlambo, an equities analyst at Harare-based Kudzai Securities, described the numbers as "solid, if unspectacular".

"The real story is the sorghum beer business. Volumes there are a good proxy for rural incomes, and they are going the wrong way," Mlambo said.

He added that the group's balance sheet remained strong, with net cash of US$27 million at the end of the period.

MBL shares closed 2,1% firmer on the ZSE on Tuesday.""", [
        Q("revenue rose to US$212 million from US$186 million in the comparable period, while operating profit "
          "climbed 11% to US$41,3 million", "indirect", "the group", "Matopos Breweries Limited",
          speaker_at="Monday, the group said"),
        Q('"Consumers are returning to our mainstream lager brands as disposable incomes stabilise. We have also '
          'benefited from a more predictable foreign currency market since the introduction of the ZiG."', "direct",
          "Rutendo Nyamayaro", "Rutendo Nyamayaro"),
        Q("power cuts remained a major drag on the business", "indirect", "She", "Rutendo Nyamayaro",
          speaker_at="She, however"),
        Q('"Load-shedding is our single biggest operational headache,"', "direct", "Nyamayaro", "Rutendo Nyamayaro",
          speaker_at="Nyamayaro told analysts"),
        Q('"We are running diesel generators for up to 14 hours a day at some of our plants, and that is money we '
          'would rather invest elsewhere."', "direct", "Nyamayaro", "Rutendo Nyamayaro",
          speaker_at="Nyamayaro told analysts"),
        Q("capital expenditure for the full year is expected to reach US$38 million, most of it for a new solar "
          "plant at its Bulawayo brewery", "indirect", "the company", "Matopos Breweries Limited",
          speaker_at="According to the company"),
        Q("the board had declared an interim dividend of 1,2 US cents per share", "indirect", "Lovemore Chidzikwe",
          "Lovemore Chidzikwe"),
        Q('"continues to weigh heavily"', "partial", "He", "Lovemore Chidzikwe", speaker_at="He cautioned"),
        Q("the tax is a public health measure rather than a revenue grab", "indirect", "Treasury officials", None),
        Q('"solid, if unspectacular"', "partial", "Tafadzwa Mlambo", "Tafadzwa Mlambo"),
        Q('"The real story is the sorghum beer business. Volumes there are a good proxy for rural incomes, and they '
          'are going the wrong way,"', "direct", "Mlambo", "Tafadzwa Mlambo", speaker_at="Mlambo said"),
        Q("that the group's balance sheet remained strong, with net cash of US$27 million at the end of the period",
          "indirect", "He", "Tafadzwa Mlambo", speaker_at="He added"),
    ], source="blind"),
    Case("blind64-bookfair", """Fujairah International Book Fair opens with 1,150 publishers from 62 countries

FUJAIRAH, 6th November, 2024 (WAM) -- H.H. Sheikh Rashid bin Saeed Al Mazrouei, Chairman of the Fujairah Culture and Media Authority (FCMA), today inaugurated the third edition of the Fujairah International Book Fair at the Fujairah Exhibition Centre.

Speaking at the opening ceremony, Sheikh Rashid said, "Books remain the bridge between peoples and between generations. This fair is our invitation to the world to read with us, and to our children to read with the world."

He added that the fair embodies the vision of the UAE leadership to make reading a daily habit for every citizen and resident.

H.E. Dr. Mariam bint Ahmed Al Hammadi, Director-General of the FCMA, noted that this year's edition features 1,150 publishers from 62 countries and more than 900 cultural events over 11 days, including workshops, book signings and poetry evenings.

She added, "We have dedicated a full hall to children and young adults this year, because the future of reading is being decided now, in their hands."

Indonesia is the Guest of Honour of this year's edition. H.E. Rahmat Hidayat Siregar, Ambassador of the Republic of Indonesia to the UAE, said the participation of more than 40 Indonesian publishers reflected "the deep and growing cultural ties" between the two nations.

According to the Emirates Publishers Association (EPA), Arabic children's titles account for nearly 40 percent of the books on display, the highest share since the fair was launched.

"For years, writers on the east coast had to travel to Sharjah or Abu Dhabi to meet their readers," said Emirati poet Khalid Al Badour. "Now the readers come to us."

Korean novelist Park Seo-yeon, whose novel "The Salt Garden" was recently translated into Arabic, will hold a reading session on Friday evening.

"I did not expect to find so many young readers here who had already read my book in Arabic," Park told WAM. "It makes me want to learn the language."

Several visitors told WAM that they appreciated the discounts offered by publishers, which reach 50 percent on some titles.

The fair runs until 16th November and is open daily from 10 am to 10 pm.""", [
        Q('"Books remain the bridge between peoples and between generations. This fair is our invitation to the world '
          'to read with us, and to our children to read with the world."', "direct", "Sheikh Rashid",
          "Rashid bin Saeed Al Mazrouei", speaker_at="Sheikh Rashid said"),
        Q("that the fair embodies the vision of the UAE leadership to make reading a daily habit for every citizen "
          "and resident", "indirect", "He", "Rashid bin Saeed Al Mazrouei", speaker_at="He added that"),
        Q("that this year's edition features 1,150 publishers from 62 countries and more than 900 cultural events "
          "over 11 days, including workshops, book signings and poetry evenings", "indirect",
          "Mariam bint Ahmed Al Hammadi", "Mariam bint Ahmed Al Hammadi"),
        Q('"We have dedicated a full hall to children and young adults this year, because the future of reading is '
          'being decided now, in their hands."', "direct", "She", "Mariam bint Ahmed Al Hammadi",
          speaker_at="She added"),
        Q('"the deep and growing cultural ties"', "partial", "Rahmat Hidayat Siregar", "Rahmat Hidayat Siregar"),
        Q("Arabic children's titles account for nearly 40 percent of the books on display, the highest share since "
          "the fair was launched", "indirect", "the Emirates Publishers Association", "Emirates Publishers Association"),
        Q('"For years, writers on the east coast had to travel to Sharjah or Abu Dhabi to meet their readers,"',
          "direct", "Khalid Al Badour", "Khalid Al Badour"),
        Q('"Now the readers come to us."', "direct", "Khalid Al Badour", "Khalid Al Badour"),
        Q('"I did not expect to find so many young readers here who had already read my book in Arabic,"', "direct",
          "Park", "Park Seo-yeon", speaker_at="Park told WAM"),
        Q('"It makes me want to learn the language."', "direct", "Park", "Park Seo-yeon", speaker_at="Park told WAM"),
        Q("that they appreciated the discounts offered by publishers, which reach 50 percent on some titles",
          "indirect", "Several visitors", None),
    ], source="blind"),
    Case("blind64-airline", """Nusantara Air 3Q net profit jumps 38% on fuller planes

NUSANTARA Air Bhd’s net profit rose 38% to RM212.4 million in the third quarter ended Sept 30, 2024 (3Q24), from RM153.9 million a year earlier, on the back of a higher passenger load factor and firmer yields.

In a filing with Bursa Malaysia yesterday, the group said revenue for the quarter grew 21% to RM2.86 billion, while its load factor improved to 87% from 82% in 3Q23.

Speaking at a media briefing yesterday, group CEO Datuk Captain Lim Chee Keong said the airline had benefited from strong demand on routes to China and India following the visa-free arrangements introduced last December.

“We are flying fuller planes at better fares, and our cost discipline is starting to show in the numbers,” Lim said.

However, he cautioned that growth next year would be constrained by delays in aircraft deliveries from Airbus, with four A321neo jets now only expected in the second half of 2025.

“Every aircraft that arrives late is revenue we cannot capture. We are in talks to wet-lease two aircraft to cover the year-end peak,” he said.

Group CFO Nur Farahin Mohd Yusof told The Malaysian Reserve (TMR) the airline had hedged about 45% of its 2025 fuel requirements at an average of US$85 per barrel.

“We are comfortable with that level. If prices fall further, we still have room to benefit,” she said.

In a statement accompanying the results, chairman Tan Sri Dr Ramachandran Krishnan said the board remained “cautiously optimistic” about the final quarter, traditionally the group’s strongest.

Bukit Capital Research analyst Ong Wei Ming said in a note that the results were above expectations, with nine-month earnings accounting for 82% of the research house’s full-year forecast. It maintained its “outperform” call with a target price of RM3.40.

He also flagged the stronger ringgit as a tailwind, noting that about 60% of the group’s costs are denominated in US dollars.

A Transport Ministry official, who declined to be named, said the government was reviewing the passenger service charge at klia2 and would announce a decision before the end of the year.

Nusantara Air shares closed six sen or 2.1% higher at RM2.94 yesterday, valuing the group at RM7.3 billion.""", [
        Q("revenue for the quarter grew 21% to RM2.86 billion, while its load factor improved to 87% from 82% in "
          "3Q23", "indirect", "the group", "Nusantara Air Bhd", speaker_at="yesterday, the group said"),
        Q("the airline had benefited from strong demand on routes to China and India following the visa-free "
          "arrangements introduced last December", "indirect", "Lim Chee Keong", "Lim Chee Keong"),
        Q("“We are flying fuller planes at better fares, and our cost discipline is starting to show in the "
          "numbers,”", "direct", "Lim", "Lim Chee Keong", speaker_at="Lim said"),
        Q("that growth next year would be constrained by delays in aircraft deliveries from Airbus, with four A321neo "
          "jets now only expected in the second half of 2025", "indirect", "he", "Lim Chee Keong",
          speaker_at="he cautioned"),
        Q("“Every aircraft that arrives late is revenue we cannot capture. We are in talks to wet-lease two aircraft "
          "to cover the year-end peak,”", "direct", "he", "Lim Chee Keong", speaker_at="peak,” he said"),
        Q("the airline had hedged about 45% of its 2025 fuel requirements at an average of US$85 per barrel",
          "indirect", "Nur Farahin Mohd Yusof", "Nur Farahin Mohd Yusof"),
        Q("“We are comfortable with that level. If prices fall further, we still have room to benefit,”", "direct",
          "she", "Nur Farahin Mohd Yusof", speaker_at="she said"),
        Q("“cautiously optimistic”", "partial", "Ramachandran Krishnan", "Ramachandran Krishnan"),
        Q("that the results were above expectations, with nine-month earnings accounting for 82% of the research "
          "house’s full-year forecast", "indirect", "Ong Wei Ming", "Ong Wei Ming"),
        Q("that about 60% of the group’s costs are denominated in US dollars", "indirect", "He", "Ong Wei Ming",
          speaker_at="He also flagged"),
        Q("the government was reviewing the passenger service charge at klia2 and would announce a decision before "
          "the end of the year", "indirect", "A Transport Ministry official", None),
    ], source="blind"),
    Case("blind64-dengue", """CHO raises dengue alert in 14 barangays

DAVAO CITY — The City Health Office (CHO) has raised a dengue alert in 14 barangays after recording 2,317 cases from January to the first week of August, 61 percent higher than in the same period last year.

CHO head Dr. Rosalinda dela Cruz-Bantayan said eight deaths had been recorded so far, five of them children below 10 years old.

"We are not yet in an outbreak, but we are very close. This is the time for every household to do the 4S," Bantayan told Mindanao Times on Monday, referring to the Department of Health's "search and destroy, self-protection, seek early consultation, support fogging" campaign.

She said most of the cases were in the Talomo, Buhangin and Toril districts, where clogged canals and water stored in open drums have become breeding grounds for mosquitoes.

According to the CHO, children aged 5 to 14 account for almost half of all cases this year.

At the Southern Philippines Medical Center (SPMC), Dr. Arnel Tampus, head of the pediatrics department, said the hospital opened an additional ward for dengue patients last week.

"Our pediatric beds are at 120 percent occupancy. Some children are already sharing beds," he said.

Jennelyn Sumalinog, 29, of Barangay Bago Aplaya, has been at the hospital for four days with her six-year-old son.

"Akala nako ordinaryong hilanat lang (I thought it was just an ordinary fever)," Sumalinog said. "When he started vomiting and his gums bled, that's when I panicked."

Bago Aplaya Punong Barangay Rolando "Dodong" Magsaysay said the barangay holds clean-up drives every weekend.

"Every Saturday we have 'Oplan Limpyo,' but some households just close their gates when we pass," he said.

City Councilor Maria Lourdes Ong-Dizon, chair of the committee on health, said she would file a resolution asking the city government to release P15 million from its quick response fund for fogging and dengue test kits.

Some residents of Toril, however, complained that fogging operations had yet to reach their puroks.

"They fogged the main road twice, but not inside. The mosquitoes are inside," said Ernesto Cabahug, a tricycle driver from Purok 7.

The Department of Health-Davao Region (DOH-Davao) said in a separate advisory that Davao de Oro and Davao del Norte have also reported rising cases.""", [
        Q("eight deaths had been recorded so far, five of them children below 10 years old", "indirect",
          "Rosalinda dela Cruz-Bantayan", "Rosalinda dela Cruz-Bantayan"),
        Q('"We are not yet in an outbreak, but we are very close. This is the time for every household to do the '
          '4S,"', "direct", "Bantayan", "Rosalinda dela Cruz-Bantayan", speaker_at="Bantayan told"),
        Q("most of the cases were in the Talomo, Buhangin and Toril districts, where clogged canals and water stored "
          "in open drums have become breeding grounds for mosquitoes", "indirect", "She",
          "Rosalinda dela Cruz-Bantayan", speaker_at="She said most"),
        Q("children aged 5 to 14 account for almost half of all cases this year", "indirect", "the CHO",
          "City Health Office", speaker_at="According to the CHO"),
        Q("the hospital opened an additional ward for dengue patients last week", "indirect", "Arnel Tampus",
          "Arnel Tampus"),
        Q('"Our pediatric beds are at 120 percent occupancy. Some children are already sharing beds,"', "direct",
          "he", "Arnel Tampus", speaker_at="beds,\" he said"),
        Q('"Akala nako ordinaryong hilanat lang (I thought it was just an ordinary fever),"', "direct", "Sumalinog",
          "Jennelyn Sumalinog", speaker_at="Sumalinog said"),
        Q('"When he started vomiting and his gums bled, that\'s when I panicked."', "direct", "Sumalinog",
          "Jennelyn Sumalinog", speaker_at="Sumalinog said"),
        Q("the barangay holds clean-up drives every weekend", "indirect", 'Rolando "Dodong" Magsaysay',
          "Rolando Magsaysay"),
        Q('"Every Saturday we have \'Oplan Limpyo,\' but some households just close their gates when we pass,"',
          "direct", "he", "Rolando Magsaysay", speaker_at="pass,\" he said"),
        Q("she would file a resolution asking the city government to release P15 million from its quick response "
          "fund for fogging and dengue test kits", "indirect", "Maria Lourdes Ong-Dizon", "Maria Lourdes Ong-Dizon"),
        Q("that fogging operations had yet to reach their puroks", "indirect", "Some residents of Toril", None),
        Q('"They fogged the main road twice, but not inside. The mosquitoes are inside,"', "direct",
          "Ernesto Cabahug", "Ernesto Cabahug"),
        Q("that Davao de Oro and Davao del Norte have also reported rising cases", "indirect",
          "The Department of Health-Davao Region", "Department of Health-Davao Region"),
    ], source="blind"),
    Case("blind64-dam", """Sage Creek dam plan clears committee, but divides Fremont County

LANDER — A proposed $142 million dam on Sage Creek southwest of Lander cleared its first legislative hurdle Thursday, but the project continues to divide ranchers, anglers and the Eastern Shoshone Tribe.

The Legislature’s Select Water Committee voted 9-3 to send a bill funding the next phase of design work to the full Legislature, which convenes in January.

The 140-foot earthen dam would create a reservoir holding about 28,000 acre-feet of water, according to a 2023 feasibility study commissioned by the Wyoming Water Development Office.

“Every year we watch water we’re entitled to run right past us into Montana,” said state Sen. Darlene Etcheverry, R-Lander, who sponsored the bill. “If we don’t store it, somebody downstream will use it.”

Etcheverry said the reservoir would firm up late-season irrigation for about 60 ranches and provide a backup municipal water supply for Lander.

Rancher Ed Villarreal, whose family has run cattle along Sage Creek since 1911, is among those who stand to benefit.

“By the end of July the creek’s a trickle,” he said. “My grandfather was talking about this dam when I was in diapers.”

But opponents, who have dubbed the project the “dam to nowhere,” say it would flood 6 miles of one of the best wild trout streams in the state.

“You’re spending $142 million of public money to drown a blue-ribbon fishery for the benefit of a few dozen irrigators,” said Jake Runninghorse of the Wind River Waterkeepers, a conservation group. “The math just doesn’t work.”

Kari Lindqvist-Moore, director of the water development office, told the committee the cost per acre-foot was “in line with” other reservoirs built in Wyoming over the past two decades.

A spokesperson for the Eastern Shoshone Tribe said the tribe had not been formally consulted about sites of cultural significance along the creek and would oppose the project until it was.

Former Gov. Harlan Whitcomb, who first floated a Sage Creek reservoir in 1986, told the Star-Tribune he was glad to see the idea revived.

“It was a good idea 40 years ago and it’s a good idea now,” the 88-year-old said by phone from his home in Riverton.

The governor’s office declined to say whether the project would be included in the supplemental budget request due in December.""", [
        Q("The 140-foot earthen dam would create a reservoir holding about 28,000 acre-feet of water", "indirect",
          "a 2023 feasibility study commissioned by the Wyoming Water Development Office", None),
        Q("“Every year we watch water we’re entitled to run right past us into Montana,”", "direct",
          "Darlene Etcheverry", "Darlene Etcheverry"),
        Q("“If we don’t store it, somebody downstream will use it.”", "direct", "Darlene Etcheverry",
          "Darlene Etcheverry"),
        Q("the reservoir would firm up late-season irrigation for about 60 ranches and provide a backup municipal "
          "water supply for Lander", "indirect", "Etcheverry", "Darlene Etcheverry", speaker_at="Etcheverry said"),
        Q("“By the end of July the creek’s a trickle,”", "direct", "he", "Ed Villarreal",
          speaker_at="trickle,” he said"),
        Q("“My grandfather was talking about this dam when I was in diapers.”", "direct", "he", "Ed Villarreal",
          speaker_at="trickle,” he said"),
        Q("“dam to nowhere,”", "partial", "opponents", None),
        Q("it would flood 6 miles of one of the best wild trout streams in the state", "indirect", "opponents",
          None),
        Q("“You’re spending $142 million of public money to drown a blue-ribbon fishery for the benefit of a few "
          "dozen irrigators,”", "direct", "Jake Runninghorse", "Jake Runninghorse"),
        Q("“The math just doesn’t work.”", "direct", "Jake Runninghorse", "Jake Runninghorse"),
        Q("“in line with”", "partial", "Kari Lindqvist-Moore", "Kari Lindqvist-Moore"),
        Q("the tribe had not been formally consulted about sites of cultural significance along the creek and would "
          "oppose the project until it was", "indirect", "A spokesperson for the Eastern Shoshone Tribe", None),
        Q("he was glad to see the idea revived", "indirect", "Harlan Whitcomb", "Harlan Whitcomb"),
        Q("“It was a good idea 40 years ago and it’s a good idea now,”", "direct", "the 88-year-old",
          "Harlan Whitcomb"),
    ], source="blind"),
]
