"""Blind gold (set 67): short news articles written once, blind to the pretagger.

Wire copy and regional papers from many countries (DPA, Antara, British,
Irish, Scottish, New Zealand, Canadian, African, Gulf, Malaysian, Philippine,
Pakistani and US house styles), curly, straight and British single quotes.
See build_gold.py for the case format.
"""

from __future__ import annotations

from gold_format import Case, Q

CASES = [
    Case("blind67-shipping", """Hamburg container line swings back to profit on Red Sea detours

Hamburg (dpa) - Hamburg-based container shipping group Nordhafen Reederei returned to profit in the first half, helped by higher freight rates as ships continued to avoid the Red Sea, the company said on Thursday.

Net income reached 412 million euros (446 million dollars) after a loss of 58 million euros a year earlier, while revenue rose 19 per cent to 6.8 billion euros, according to the group's interim report.

"The detours around the Cape of Good Hope have absorbed a lot of capacity, and that has supported rates," chief executive Hendrik van der Laan told analysts in a conference call. "But nobody should mistake this for a lasting recovery."

Van der Laan said the company expected rates to soften in the second half as new vessels ordered during the pandemic boom were delivered. He kept the full-year forecast unchanged, describing it as "deliberately cautious."

Chief financial officer Dr. Annette Schulte-Brinkmann said the group would use part of the windfall to cut debt. Nordhafen had no plans to return to the share buyback it suspended last year, she told dpa.

Shares in the company, which is controlled by the city of Hamburg and the Chilean investor family Errázuriz, rose 3.4 per cent in Frankfurt trading.

Analysts were less convinced. "The first half flatters everybody in this industry," said Prof. Karl-Heinz Overbeck, a shipping economist at the Kühne Logistics University. The market was "heading for overcapacity again," he warned, with the global orderbook at its highest level since 2008.

The ver.di union, which represents dock and office workers, welcomed the figures but said staff should share in the gains. "A record half-year cannot be followed by another round of 'efficiency measures'," union secretary Maike Jansen said.

Asked about the group's bid for a stake in a terminal operator in the Chinese port of Ningbo, Van der Laan declined to give details. Talks with partner Zhou Jianguo's Eastport Holdings were "constructive," he said.

Nordhafen operates 142 ships and employs around 9,800 people worldwide.""", [
        Q("Hamburg-based container shipping group Nordhafen Reederei returned to profit in the first half, helped by "
          "higher freight rates as ships continued to avoid the Red Sea", "indirect", "the company", "Nordhafen Reederei",
          speaker_at="the company said"),
        Q("Net income reached 412 million euros (446 million dollars) after a loss of 58 million euros a year earlier, "
          "while revenue rose 19 per cent to 6.8 billion euros", "indirect", "the group's interim report",
          "Nordhafen Reederei"),
        Q('"The detours around the Cape of Good Hope have absorbed a lot of capacity, and that has supported rates,"',
          "direct", "Hendrik van der Laan", "Hendrik van der Laan"),
        Q('"But nobody should mistake this for a lasting recovery."', "direct", "Hendrik van der Laan",
          "Hendrik van der Laan"),
        Q("the company expected rates to soften in the second half as new vessels ordered during the pandemic boom "
          "were delivered", "indirect", "Van der Laan", "Hendrik van der Laan", speaker_at="Van der Laan said"),
        Q('"deliberately cautious."', "partial", "He", "Hendrik van der Laan", speaker_at="He kept"),
        Q("the group would use part of the windfall to cut debt", "indirect", "Annette Schulte-Brinkmann",
          "Annette Schulte-Brinkmann"),
        Q("Nordhafen had no plans to return to the share buyback it suspended last year", "indirect", "she",
          "Annette Schulte-Brinkmann", speaker_at="she told dpa"),
        Q('"The first half flatters everybody in this industry,"', "direct", "Karl-Heinz Overbeck",
          "Karl-Heinz Overbeck"),
        Q('"heading for overcapacity again,"', "partial", "he", "Karl-Heinz Overbeck", speaker_at="he warned"),
        Q("staff should share in the gains", "indirect", "The ver.di union", "ver.di"),
        Q('"A record half-year cannot be followed by another round of \'efficiency measures\',"', "direct",
          "Maike Jansen", "Maike Jansen"),
        Q('"constructive,"', "partial", "he", "Hendrik van der Laan", speaker_at="he said"),
    ], source="blind"),
    Case("blind67-birdflu", """West Java on alert after bird flu kills hundreds of chickens in Garut

Bandung, W Java (ANTARA) - The West Java provincial administration has put health and livestock officers on alert after an outbreak of avian influenza killed more than 600 backyard chickens in three villages in Garut District over the past week.

Laboratory tests at the Subang Disease Investigation Center had confirmed the H5N1 subtype, head of the provincial Food Security and Livestock Office, Dr. Mohamad Arif Wiranatakusumah, said here on Tuesday.

"We have culled the remaining birds in the affected hamlets and sprayed disinfectant on all poultry farms within a radius of one kilometer," he noted.

According to Wiranatakusumah, no human cases had been detected so far, but health workers were monitoring 14 villagers who had handled dead birds.

The head of the Garut District Health Office, Hj. Ratna Kusumawardani, said residents should not slaughter or eat sick poultry and should report sudden bird deaths to village officials immediately.

"If someone develops a fever after touching sick or dead chickens, please go straight to the nearest community health center (puskesmas). Do not wait," she stated.

Meanwhile, the Ministry of Agriculture's Director General of Livestock and Animal Health, Sri Mulyaningsih, said in Jakarta that the ministry had sent 50,000 doses of vaccine to the province.

She said regional governments should tighten controls on the movement of live birds ahead of the Eid al-Adha holiday, when demand for poultry usually rises.

A poultry trader at Garut's Guntur market, Asep, said prices had dropped sharply since the outbreak was announced. "People are scared. I used to sell 200 chickens a day, now maybe 50," he told ANTARA.

Indonesia has recorded 200 human cases of H5N1 since 2005, 168 of them fatal, according to the World Health Organization.

The province's last major outbreak, in 2017, led to the culling of more than 30,000 birds in Bekasi and Karawang.""", [
        Q("Laboratory tests at the Subang Disease Investigation Center had confirmed the H5N1 subtype", "indirect",
          "Mohamad Arif Wiranatakusumah", "Mohamad Arif Wiranatakusumah"),
        Q('"We have culled the remaining birds in the affected hamlets and sprayed disinfectant on all poultry farms '
          'within a radius of one kilometer,"', "direct", "he", "Mohamad Arif Wiranatakusumah",
          speaker_at="he noted"),
        Q("no human cases had been detected so far, but health workers were monitoring 14 villagers who had handled "
          "dead birds", "indirect", "Wiranatakusumah", "Mohamad Arif Wiranatakusumah",
          speaker_at="According to Wiranatakusumah"),
        Q("residents should not slaughter or eat sick poultry and should report sudden bird deaths to village "
          "officials immediately", "indirect", "Ratna Kusumawardani", "Ratna Kusumawardani"),
        Q('"If someone develops a fever after touching sick or dead chickens, please go straight to the nearest '
          'community health center (puskesmas). Do not wait,"', "direct", "she", "Ratna Kusumawardani",
          speaker_at="she stated"),
        Q("that the ministry had sent 50,000 doses of vaccine to the province", "indirect", "Sri Mulyaningsih",
          "Sri Mulyaningsih"),
        Q("regional governments should tighten controls on the movement of live birds ahead of the Eid al-Adha "
          "holiday, when demand for poultry usually rises", "indirect", "She", "Sri Mulyaningsih",
          speaker_at="She said regional"),
        Q("prices had dropped sharply since the outbreak was announced", "indirect", "Asep", "Asep",
          speaker_at="Asep, said"),
        Q('"People are scared. I used to sell 200 chickens a day, now maybe 50,"', "direct", "he", "Asep",
          speaker_at="he told ANTARA"),
        Q("Indonesia has recorded 200 human cases of H5N1 since 2005, 168 of them fatal", "indirect",
          "the World Health Organization", "World Health Organization"),
    ], source="blind"),
    Case("blind67-binstrike", """Bin strike to go ahead after talks collapse

Plymouth's bin collectors will walk out for a fortnight from Monday after last-ditch talks between the city council and the GMB union broke down.

Around 180 refuse and recycling workers based at the Chelson Meadow depot voted by 87 per cent to strike in a dispute over pay and a new four-day rota which the union says will leave crews working 10-hour shifts.

GMB regional organiser Kerry-Ann Pengelly said members had been 'pushed to the brink'.

'Nobody goes into this job to get rich, but our members can't keep doing more rounds for less money,' she said. 'The council has had months to sort this out. It chose not to.'

Plymouth City Council said it had made a 'fair and affordable' offer, worth 4.5 per cent over two years, and accused the union of walking away from the table.

Councillor Tom Abiodun-Briggs, cabinet member for environment and street scene, said: 'I'm disappointed. We value our crews enormously and we want them to be fairly rewarded, but we have to balance that against every other pressure on our budget.'

He added that contingency plans were in place and that household waste collections would be prioritised over garden waste and recycling. Residents are being asked to keep bins inside their property until further notice, and the council's 'Bin It Right' leaflets will not be delivered this month.

A council spokesperson said the city's household waste recycling centres would open for longer hours during the strike.

Opposition leader Cllr Andrea de Souza-Hart said the administration had 'sleepwalked' into the dispute. 'People in Stonehouse are already living with overflowing communal bins. Two weeks of this in a heatwave is a public health problem,' she told The Herald.

On the Plymouth Herald Facebook page, readers were divided. One Efford mum wrote that she backed the crews 'one hundred per cent', while a St Budeaux man said he would be 'asking for a council tax refund'.

The last bin strike in the city, in 2021, lasted nine days and left an estimated 2,000 tonnes of waste uncollected.""", [
        Q("will leave crews working 10-hour shifts", "indirect", "the union", "GMB",
          speaker_at="which the union says"),
        Q("'pushed to the brink'", "partial", "Kerry-Ann Pengelly", "Kerry-Ann Pengelly"),
        Q("'Nobody goes into this job to get rich, but our members can't keep doing more rounds for less money,'",
          "direct", "she", "Kerry-Ann Pengelly", speaker_at="she said"),
        Q("'The council has had months to sort this out. It chose not to.'", "direct", "she", "Kerry-Ann Pengelly",
          speaker_at="she said"),
        Q("'fair and affordable'", "partial", "Plymouth City Council", "Plymouth City Council"),
        Q("'I'm disappointed. We value our crews enormously and we want them to be fairly rewarded, but we have to "
          "balance that against every other pressure on our budget.'", "direct", "Tom Abiodun-Briggs",
          "Tom Abiodun-Briggs"),
        Q("that contingency plans were in place and that household waste collections would be prioritised over garden "
          "waste and recycling", "indirect", "He", "Tom Abiodun-Briggs", speaker_at="He added"),
        Q("the city's household waste recycling centres would open for longer hours during the strike", "indirect",
          "A council spokesperson", None),
        Q("'sleepwalked'", "partial", "Andrea de Souza-Hart", "Andrea de Souza-Hart"),
        Q("'People in Stonehouse are already living with overflowing communal bins. Two weeks of this in a heatwave "
          "is a public health problem,'", "direct", "she", "Andrea de Souza-Hart", speaker_at="she told The Herald"),
        Q("'one hundred per cent'", "partial", "One Efford mum", None),
        Q("'asking for a council tax refund'", "partial", "a St Budeaux man", None),
    ], source="blind"),
    Case("blind67-quarry", """Community council votes to oppose Rogart quarry expansion

Rogart Community Council has voted to formally object to plans to extend a hard-rock quarry near the village, despite concerns over the future of local jobs.

Members voted five to two at a packed meeting in the village hall on Monday evening to oppose the application by Caithness & Sutherland Aggregates Ltd (CSAL), which wants to extend Achnaluachrach quarry by 14 hectares and increase blasting to four days a week.

Chairman Hamish MacKay-Ross said the decision had not been taken lightly. "We recognise the quarry has been part of this strath for 40 years and has provided good local employment," he said. "But what's proposed is a different scale of operation altogether, and the roads simply weren't built for it."

Several residents told the meeting that lorries already queued on the single-track A839 in the mornings. One woman, who lives beside the quarry access road, said her house "shakes like a ferry in a swell" whenever there is blasting.

CSAL managing director Gordon Sinclair said the company was "disappointed but not surprised" by the vote.

"We've listened to the community and reduced the extension by a third from our original plans," he told the Northern Times. "We've also offered to fund passing places on the A839 and to restrict lorry movements at school times."

He said the expansion would secure 22 existing jobs and create six more, and that without it the quarry would run out of consented rock within three years.

Local Highland councillor Dr Morag NicLeòid, who attended as an observer, said she would take residents' concerns to the council's north planning committee, which is expected to consider the application in the autumn.

NatureScot said in its consultation response that it had no objection in principle, but that further survey work was needed on nesting merlin and black-throated divers.

The community council's objection does not bind the planners, though they are required to take it into account.

"Jobs matter as much as anything here," said Mr MacKay-Ross, "but so does being able to sleep at night.\"""", [
        Q("the decision had not been taken lightly", "indirect", "Hamish MacKay-Ross", "Hamish MacKay-Ross"),
        Q('"We recognise the quarry has been part of this strath for 40 years and has provided good local '
          'employment,"', "direct", "he", "Hamish MacKay-Ross", speaker_at='he said. "But'),
        Q('"But what\'s proposed is a different scale of operation altogether, and the roads simply weren\'t built '
          'for it."', "direct", "he", "Hamish MacKay-Ross", speaker_at='he said. "But'),
        Q("that lorries already queued on the single-track A839 in the mornings", "indirect", "Several residents",
          None),
        Q('"shakes like a ferry in a swell"', "partial", "One woman", None),
        Q('"disappointed but not surprised"', "partial", "Gordon Sinclair", "Gordon Sinclair"),
        Q('"We\'ve listened to the community and reduced the extension by a third from our original plans,"',
          "direct", "he", "Gordon Sinclair", speaker_at="he told the Northern Times"),
        Q('"We\'ve also offered to fund passing places on the A839 and to restrict lorry movements at school times."',
          "direct", "he", "Gordon Sinclair", speaker_at="he told the Northern Times"),
        Q("the expansion would secure 22 existing jobs and create six more, and that without it the quarry would run "
          "out of consented rock within three years", "indirect", "He", "Gordon Sinclair",
          speaker_at="He said the expansion"),
        Q("she would take residents' concerns to the council's north planning committee, which is expected to "
          "consider the application in the autumn", "indirect", "Morag NicLeòid", "Morag NicLeòid"),
        Q("that it had no objection in principle, but that further survey work was needed on nesting merlin and "
          "black-throated divers", "indirect", "NatureScot", "NatureScot"),
        Q('"Jobs matter as much as anything here,"', "direct", "MacKay-Ross", "Hamish MacKay-Ross",
          speaker_at="Mr MacKay-Ross"),
        Q('"but so does being able to sleep at night."', "direct", "MacKay-Ross", "Hamish MacKay-Ross",
          speaker_at="Mr MacKay-Ross"),
    ], source="blind"),
    Case("blind67-camogie", """Ní Chonaill inspires Sixmilebridge to county camogie title

Sixmilebridge 2-14 Inagh-Kilnamona 1-11

Síle Ní Chonaill scored 1-7 as Sixmilebridge claimed their first senior camogie championship since 2016 with a deserved win over Inagh-Kilnamona at Cusack Park on Sunday.

The Bridge led 1-8 to 0-6 at the break, with Ní Chonaill’s 22nd-minute goal the highlight of a half in which they hit only three wides.

“We’ve had a lot of heartbreak in the last few years, losing two finals by a point, so this one means everything,” said Ní Chonaill, who also captained the side. “The girls just refused to lose today.”

Inagh-Kilnamona rallied after the restart and a goal from Orla Mac Mahon-Keane cut the gap to four points with ten minutes left, but Sixmilebridge finished strongly with a second goal from corner-forward Aisling de Barra.

Sixmilebridge manager Pádraig Ó hAodha paid tribute to his backroom team and to the club’s underage structures. Eleven of the starting fifteen came up through the club’s own nursery, he pointed out.

“People talk about one or two players, but this was a thirty-woman effort,” he said. “Some of those who didn’t get on the pitch today trained harder than anyone all year.

“When we lost the final two years ago, a few of the older girls could have walked away. They didn’t, and today is their reward.”

Inagh-Kilnamona manager Ger Hehir was gracious in defeat. “Fair play to them, they were the better team on the day,” he told the Champion. “We left ourselves too much to do after a poor first half.”

He said his side, who had beaten the Bridge in the group stages, would “regroup and come back stronger”.

Clare Camogie Board chairperson Bernadette Considine presented the Dr Daly Cup and described the final as “a great advertisement for the game in the county”.

Sixmilebridge now go forward to the Munster club championship, where they will meet the Cork champions in a quarter-final on October 13.""", [
        Q("“We’ve had a lot of heartbreak in the last few years, losing two finals by a point, so this one means "
          "everything,”", "direct", "Ní Chonaill", "Síle Ní Chonaill", speaker_at="said Ní Chonaill"),
        Q("“The girls just refused to lose today.”", "direct", "Ní Chonaill", "Síle Ní Chonaill",
          speaker_at="said Ní Chonaill"),
        Q("Eleven of the starting fifteen came up through the club’s own nursery", "indirect", "he",
          "Pádraig Ó hAodha", speaker_at="he pointed out"),
        Q("“People talk about one or two players, but this was a thirty-woman effort,”", "direct", "he",
          "Pádraig Ó hAodha", speaker_at="he said"),
        Q("“Some of those who didn’t get on the pitch today trained harder than anyone all year.", "direct", "he",
          "Pádraig Ó hAodha", speaker_at="he said"),
        Q("“When we lost the final two years ago, a few of the older girls could have walked away. They didn’t, and "
          "today is their reward.”", "direct", "he", "Pádraig Ó hAodha", speaker_at="he said"),
        Q("“Fair play to them, they were the better team on the day,”", "direct", "he", "Ger Hehir",
          speaker_at="he told the Champion"),
        Q("“We left ourselves too much to do after a poor first half.”", "direct", "he", "Ger Hehir",
          speaker_at="he told the Champion"),
        Q("“regroup and come back stronger”", "partial", "He", "Ger Hehir", speaker_at="He said his side"),
        Q("“a great advertisement for the game in the county”", "partial", "Bernadette Considine",
          "Bernadette Considine"),
    ], source="blind"),
    Case("blind67-storm", """Tairāwhiti clean-up begins after storm cuts SH35

Civil Defence crews and farmers across Tairāwhiti were counting the cost yesterday after a storm dumped more than 200mm of rain on parts of the East Coast in 24 hours, cutting State Highway 35 in at least three places and isolating communities north of Tolaga Bay.

MetService said the heaviest falls were recorded at Hikuwai, where 246mm fell between Tuesday morning and Wednesday morning.

Tairāwhiti Civil Defence controller Ben Hunt-Wairoa said no one had been seriously hurt, but several families in Tokomaru Bay had self-evacuated overnight as the Mangahauini River rose.

"We had people ringing us at 2am saying the water was at their back steps," he said. "The community stepped up like it always does — the marae opened its doors and by daylight everyone was accounted for."

NZ Transport Agency Waka Kotahi regional manager Ngaire Waititi-Brown said crews were assessing slips at Mangatuna and near Hatea-a-Rangi, and it was "too early to say" when the road would reopen.

"Some of these slips are enormous. We'll need geotechnical engineers on site before we can put machinery in," she said.

Te Rūnanganui o Ngāti Porou chief executive Teepa Harawira-Nikora said the iwi had sent supplies by helicopter to Ruatōria and was coordinating food and water deliveries with local marae.

Farmers in the Waiapu Valley have been left with fences washed out and stock stranded on river flats. Sheep and beef farmer Rawiri "Rob" Kohere, whose property near Ruatōria lost three bridges, said it was the third major flood in two years.

"You rebuild, you get your fences back up, and then it all goes again. Some of us are asking how many more times we can do this," Mr Kohere said.

Mayor Linda Pōtae-Kemp said the council would seek government support for the road repairs. She said the region could not keep relying on "patch and pray" fixes every time it rained.

MetService forecaster Heather Okeroa-Lind said more showers were expected on Friday, though nothing like the volumes of the past two days.

Residents can check road closures on the council's website or by calling 0800 653 800.""", [
        Q("the heaviest falls were recorded at Hikuwai, where 246mm fell between Tuesday morning and Wednesday "
          "morning", "indirect", "MetService", "MetService", speaker_at="MetService said"),
        Q("no one had been seriously hurt, but several families in Tokomaru Bay had self-evacuated overnight as the "
          "Mangahauini River rose", "indirect", "Ben Hunt-Wairoa", "Ben Hunt-Wairoa"),
        Q('"We had people ringing us at 2am saying the water was at their back steps,"', "direct", "he",
          "Ben Hunt-Wairoa", speaker_at="he said"),
        Q('"The community stepped up like it always does — the marae opened its doors and by daylight everyone was '
          'accounted for."', "direct", "he", "Ben Hunt-Wairoa", speaker_at="he said"),
        Q("crews were assessing slips at Mangatuna and near Hatea-a-Rangi", "indirect", "Ngaire Waititi-Brown",
          "Ngaire Waititi-Brown"),
        Q('"too early to say"', "partial", "Ngaire Waititi-Brown", "Ngaire Waititi-Brown"),
        Q('"Some of these slips are enormous. We\'ll need geotechnical engineers on site before we can put machinery '
          'in,"', "direct", "she", "Ngaire Waititi-Brown", speaker_at="she said"),
        Q("the iwi had sent supplies by helicopter to Ruatōria and was coordinating food and water deliveries with "
          "local marae", "indirect", "Teepa Harawira-Nikora", "Teepa Harawira-Nikora"),
        Q("it was the third major flood in two years", "indirect", 'Rawiri "Rob" Kohere', "Rawiri Kohere"),
        Q('"You rebuild, you get your fences back up, and then it all goes again. Some of us are asking how many more '
          'times we can do this,"', "direct", "Kohere", "Rawiri Kohere", speaker_at="Mr Kohere said"),
        Q("the council would seek government support for the road repairs", "indirect", "Linda Pōtae-Kemp",
          "Linda Pōtae-Kemp"),
        Q('"patch and pray"', "partial", "She", "Linda Pōtae-Kemp", speaker_at="She said the region"),
        Q("more showers were expected on Friday, though nothing like the volumes of the past two days", "indirect",
          "Heather Okeroa-Lind", "Heather Okeroa-Lind"),
    ], source="blind"),
    Case("blind67-obituary", """Red Deer mourns family doctor who delivered thousands of babies

Dr. Harjit Kaur Sandhu-Bains, who practised family medicine in Red Deer for almost 40 years and delivered an estimated 3,000 babies at Red Deer Regional Hospital, died Sunday at the age of 81.

Her family said she died peacefully at home in the Anders neighbourhood, surrounded by her children and grandchildren.

Born in Jalandhar, Punjab, Sandhu-Bains trained in Chandigarh and London, Ont., before moving to central Alberta in 1977 with her husband, the late engineer Gurdev Singh Bains. She opened a practice on Gaetz Avenue the following year and kept it until her retirement in 2016.

“She never once made a patient feel rushed,” said her daughter, Dr. Simran Bains-Lefebvre, herself a pediatrician in Calgary. “When we were kids, we’d sit in the car outside the hospital doing homework because Mom had been called in for a delivery. We thought every mother worked like that.”

Former patients flooded social media with tributes this week. Many said she had delivered two and even three generations of their families.

Mayor Dianne Wickstrom called Sandhu-Bains “one of the people who quietly built this city.” Flags at City Hall will fly at half-mast on Friday, according to a city spokesperson.

Dr. Marcel Okonkwo-Tremblay, who joined her practice as a young physician in 1994, said she had insisted on keeping evening clinics long after most doctors in the city stopped offering them.

“She used to say that people don’t get sick between nine and five,” he recalled. “She had a stubborn streak, and thank God for it.”

Sandhu-Bains was a founding member of the Central Alberta Sikh Society and sat on the board of the Red Deer Hospice Society for a decade. In 2009 she received the Alberta Medical Association’s Medal for Distinguished Service.

Alberta Medical Association president Dr. Rui Castro-Whitfield said in a statement that she represented “the very best of rural and small-city medicine in this province.”

She is survived by three children, seven grandchildren and a great-grandson born in March.

A celebration of life will be held at the Gurdwara Sahib on 55th Street on Saturday at 11 a.m. In lieu of flowers, donations may be made to the Red Deer Hospice Society.""", [
        Q("she died peacefully at home in the Anders neighbourhood, surrounded by her children and grandchildren",
          "indirect", "Her family", None),
        Q("“She never once made a patient feel rushed,”", "direct", "Simran Bains-Lefebvre", "Simran Bains-Lefebvre"),
        Q("“When we were kids, we’d sit in the car outside the hospital doing homework because Mom had been called in "
          "for a delivery. We thought every mother worked like that.”", "direct", "Simran Bains-Lefebvre",
          "Simran Bains-Lefebvre"),
        Q("she had delivered two and even three generations of their families", "indirect", "Many", None),
        Q("“one of the people who quietly built this city.”", "partial", "Dianne Wickstrom", "Dianne Wickstrom"),
        Q("Flags at City Hall will fly at half-mast on Friday", "indirect", "a city spokesperson", None),
        Q("she had insisted on keeping evening clinics long after most doctors in the city stopped offering them",
          "indirect", "Marcel Okonkwo-Tremblay", "Marcel Okonkwo-Tremblay"),
        Q("“She used to say that people don’t get sick between nine and five,”", "direct", "he",
          "Marcel Okonkwo-Tremblay", speaker_at="he recalled"),
        Q("“She had a stubborn streak, and thank God for it.”", "direct", "he", "Marcel Okonkwo-Tremblay",
          speaker_at="he recalled"),
        Q("“the very best of rural and small-city medicine in this province.”", "partial", "Rui Castro-Whitfield",
          "Rui Castro-Whitfield"),
    ], source="blind"),
    Case("blind67-fraud", """N4.2bn fraud: Court admits bank statements against ex-pension firm director

By Adekunle Okafor-Daniels

LAGOS — A Federal High Court sitting in Ikoyi, Lagos, yesterday admitted in evidence bank statements tendered by the Economic and Financial Crimes Commission, EFCC, in the ongoing trial of a former director of a pension fund administrator, Chief Olumide Bankole-Adeyemi, over an alleged N4.2 billion fraud.

Bankole-Adeyemi is standing trial alongside his company, Greenhill Asset Partners Ltd, on a 19-count charge bordering on conspiracy, obtaining by false pretence and money laundering. He pleaded not guilty to all the counts.

At the resumed hearing, the fourth prosecution witness, an EFCC investigator, Aisha Mohammed-Lawal, told the court that N1.6 billion was moved from the pension fund's accounts into three private companies within 11 days in 2019.

"My lord, our findings showed that the defendant was the sole signatory to the accounts of all three companies," the witness said while being led in evidence by the prosecution counsel, Mr. Rotimi Oyedepo-Ibrahim.

Counsel to the defendant, Chief Emeka Nwachukwu-Obi, SAN, objected to the admissibility of the statements, arguing that they had not been properly certified under Section 84 of the Evidence Act.

"These are computer-generated documents, my lord. The law is settled that they must be accompanied by a certificate of authentication, and there is none before this court," Nwachukwu-Obi said.

But Oyedepo-Ibrahim countered that the certificate had been filed with the proof of evidence in March and was "in the court's file for all to see."

In a short ruling, Justice Ngozi Abubakar-Ekwueme overruled the objection and admitted the documents, which were marked as Exhibits P14 to P19.

"The objection is misconceived. The certificate is in the file, and the defence was duly served," the judge held.

Under cross-examination, the witness agreed that some of the transfers were described as "investment advisory fees" in the company's books, but insisted that no such services were ever rendered to the pension fund.

The judge adjourned the case till June 18 for continuation of trial.""", [
        Q("that N1.6 billion was moved from the pension fund's accounts into three private companies within 11 days "
          "in 2019", "indirect", "Aisha Mohammed-Lawal", "Aisha Mohammed-Lawal"),
        Q('"My lord, our findings showed that the defendant was the sole signatory to the accounts of all three '
          'companies,"', "direct", "the witness", "Aisha Mohammed-Lawal", speaker_at="the witness said"),
        Q("that they had not been properly certified under Section 84 of the Evidence Act", "indirect",
          "Emeka Nwachukwu-Obi", "Emeka Nwachukwu-Obi"),
        Q('"These are computer-generated documents, my lord. The law is settled that they must be accompanied by a '
          'certificate of authentication, and there is none before this court,"', "direct", "Nwachukwu-Obi",
          "Emeka Nwachukwu-Obi", speaker_at="Nwachukwu-Obi said"),
        Q("that the certificate had been filed with the proof of evidence in March", "indirect", "Oyedepo-Ibrahim",
          "Rotimi Oyedepo-Ibrahim", speaker_at="But Oyedepo-Ibrahim"),
        Q('"in the court\'s file for all to see."', "partial", "Oyedepo-Ibrahim", "Rotimi Oyedepo-Ibrahim",
          speaker_at="But Oyedepo-Ibrahim"),
        Q('"The objection is misconceived. The certificate is in the file, and the defence was duly served,"',
          "direct", "the judge", "Ngozi Abubakar-Ekwueme", speaker_at="the judge held"),
        Q('that some of the transfers were described as "investment advisory fees" in the company\'s books',
          "indirect", "the witness", "Aisha Mohammed-Lawal", speaker_at="the witness agreed"),
        Q("that no such services were ever rendered to the pension fund", "indirect", "the witness",
          "Aisha Mohammed-Lawal", speaker_at="the witness agreed"),
    ], source="blind"),
    Case("blind67-poaching", """Three jailed 20 years each for killing elephant near Ruaha

Iringa. The Resident Magistrate's Court in Iringa has sentenced three men to 20 years in prison each after convicting them of killing an elephant and unlawful possession of government trophies worth Sh98 million.

The convicts, Juma Mussa Lyimo, 42, Emmanuel Kisanga alias Baba Neema, 35, and Hamisi Abdallah Mwakalinga, 29, were arrested in July 2022 in Pawaga Division, near Ruaha National Park, with two tusks weighing 31 kilogrammes.

Delivering judgment on Wednesday, Senior Resident Magistrate Rehema Mkwawa-Sanga said the prosecution had proved its case beyond reasonable doubt through the testimony of nine witnesses.

"The accused persons were found with the tusks hidden in a maize store. Their explanation that the store belonged to a relative who had travelled to Mbeya is an afterthought and I reject it," she said.

The magistrate said poaching was robbing the nation of its heritage and a vital source of foreign exchange, and that the court had a duty to pass a sentence that would deter others.

Before sentencing, the convicts pleaded for leniency, telling the court that they had young families and were first offenders. Lyimo told the court he was the sole breadwinner for his elderly mother.

But State Attorney Neema Kitundu told the court that Tanzania had lost more than 60 percent of its elephants between 2009 and 2014, mostly to organised poaching networks, and asked for the maximum sentence.

Defence advocate Baraka Mwakyusa said his clients would appeal to the High Court.

Speaking outside the court, the Tanzania National Parks (Tanapa) assistant conservation commissioner for the southern zone, Mr Ahmed Salim bin Said, said the ruling sent "a clear message" to poachers.

"Our rangers risk their lives every day. When the courts support them like this, it gives them morale," he said.

According to Tanapa, elephant numbers in the Ruaha-Rungwa ecosystem have risen to about 15,800 since the 2014 census, thanks to increased patrols and intelligence-led operations.

The court also ordered the forfeiture of a motorcycle and two muzzle-loading guns used in the offence.""", [
        Q("the prosecution had proved its case beyond reasonable doubt through the testimony of nine witnesses",
          "indirect", "Rehema Mkwawa-Sanga", "Rehema Mkwawa-Sanga"),
        Q('"The accused persons were found with the tusks hidden in a maize store. Their explanation that the store '
          'belonged to a relative who had travelled to Mbeya is an afterthought and I reject it,"', "direct", "she",
          "Rehema Mkwawa-Sanga", speaker_at="she said"),
        Q("poaching was robbing the nation of its heritage and a vital source of foreign exchange, and that the court "
          "had a duty to pass a sentence that would deter others", "indirect", "The magistrate",
          "Rehema Mkwawa-Sanga"),
        Q("that they had young families and were first offenders", "indirect", "the convicts", None,
          speaker_at="the convicts pleaded"),
        Q("he was the sole breadwinner for his elderly mother", "indirect", "Lyimo", "Juma Mussa Lyimo",
          speaker_at="Lyimo told"),
        Q("that Tanzania had lost more than 60 percent of its elephants between 2009 and 2014, mostly to organised "
          "poaching networks", "indirect", "Neema Kitundu", "Neema Kitundu"),
        Q("his clients would appeal to the High Court", "indirect", "Baraka Mwakyusa", "Baraka Mwakyusa"),
        Q('"a clear message"', "partial", "Ahmed Salim bin Said", "Ahmed Salim bin Said"),
        Q('"Our rangers risk their lives every day. When the courts support them like this, it gives them morale,"',
          "direct", "he", "Ahmed Salim bin Said", speaker_at="he said"),
        Q("elephant numbers in the Ruaha-Rungwa ecosystem have risen to about 15,800 since the 2014 census, thanks to "
          "increased patrols and intelligence-led operations", "indirect", "Tanapa", "Tanzania National Parks",
          speaker_at="According to Tanapa"),
    ], source="blind"),
    Case("blind67-buscrash", """Seven dead as bus overturns on N1 near Polokwane

Seven people were killed and 34 injured when a long-distance bus carrying passengers from Johannesburg to Zimbabwe overturned on the N1 north of Polokwane in the early hours of yesterday.

Limpopo department of transport and community safety spokesperson Mashudu Ramaano-Ndou said the bus, which was operated by a Harare-based company, left the road on a bend near Ramokgopa at about 3am and rolled several times down an embankment.

“Six people died on the scene and one more passed away in hospital. Among the injured are two children,” she said.

The injured were taken to Pietersburg and Mankweng hospitals, where four remain in a critical condition, according to provincial health department spokesperson Thabang Mathebula-Sithole.

MEC Tshilidzi Mudau-Mathye, who visited the scene, said speed was suspected to have played a role. She said the department would be “going after” operators who put unroadworthy buses on the road during the festive season.

“We cannot continue to bury our people every December because of reckless driving and vehicles that should never have left the depot,” Mudau-Mathye said.

Survivor Tendai Chikowore, 31, who was travelling home to Masvingo to visit her mother, told Sowetan that passengers had complained to the driver about his speed shortly before the crash.

“We were shouting at him to slow down. He just laughed and turned up the music,” she said from her hospital bed. “Then I felt the bus lifting and everything went dark.”

Police spokesperson Col Mokgadi Ledwaba-Phala said the driver, who survived with minor injuries, had been arrested and would face seven counts of culpable homicide.

The Road Traffic Management Corporation (RTMC) said its crash investigation unit had been sent to the scene. The so-called “cross-border express” operators, who charge as little as R450 a seat, have been under scrutiny since a similar crash near Musina in March claimed 11 lives.

Zimbabwe’s consulate in Johannesburg said it was working with South African authorities to identify the dead and contact their families.""", [
        Q("the bus, which was operated by a Harare-based company, left the road on a bend near Ramokgopa at about 3am "
          "and rolled several times down an embankment", "indirect", "Mashudu Ramaano-Ndou", "Mashudu Ramaano-Ndou"),
        Q("“Six people died on the scene and one more passed away in hospital. Among the injured are two children,”",
          "direct", "she", "Mashudu Ramaano-Ndou", speaker_at="she said."),
        Q("The injured were taken to Pietersburg and Mankweng hospitals, where four remain in a critical condition",
          "indirect", "Thabang Mathebula-Sithole", "Thabang Mathebula-Sithole"),
        Q("speed was suspected to have played a role", "indirect", "Tshilidzi Mudau-Mathye", "Tshilidzi Mudau-Mathye"),
        Q("“going after”", "partial", "She", "Tshilidzi Mudau-Mathye", speaker_at="She said the department"),
        Q("“We cannot continue to bury our people every December because of reckless driving and vehicles that should "
          "never have left the depot,”", "direct", "Mudau-Mathye", "Tshilidzi Mudau-Mathye",
          speaker_at="Mudau-Mathye said"),
        Q("that passengers had complained to the driver about his speed shortly before the crash", "indirect",
          "Tendai Chikowore", "Tendai Chikowore"),
        Q("“We were shouting at him to slow down. He just laughed and turned up the music,”", "direct", "she",
          "Tendai Chikowore", speaker_at="she said from"),
        Q("“Then I felt the bus lifting and everything went dark.”", "direct", "she", "Tendai Chikowore",
          speaker_at="she said from"),
        Q("the driver, who survived with minor injuries, had been arrested and would face seven counts of culpable "
          "homicide", "indirect", "Mokgadi Ledwaba-Phala", "Mokgadi Ledwaba-Phala"),
        Q("its crash investigation unit had been sent to the scene", "indirect",
          "The Road Traffic Management Corporation", "Road Traffic Management Corporation"),
        Q("it was working with South African authorities to identify the dead and contact their families", "indirect",
          "Zimbabwe’s consulate in Johannesburg", None),
    ], source="blind"),
    Case("blind67-dairy", """Midlands dairy co-op lifts milk intake 23pc

THE Gweru-based Midlands Dairy Producers Cooperative (MDPC) has reported a 23 percent rise in milk intake for the half-year to June 30, as improved pastures and a heifer import programme began to pay off, chairperson Dr Rutendo Chiwenga-Moyo said this week.

Speaking at the cooperative's mid-year review in Gweru, Chiwenga-Moyo said members delivered 14,2 million litres over the period, up from 11,5 million litres in the same period last year.

"This is the best half-year in the cooperative's history. Our farmers have done the hard work, and we are now seeing the results in the tank," she said.

Revenue rose to US$8,4 million, while surplus after tax more than doubled to US$612 000, according to the cooperative's unaudited financial statements.

However, MDPC chief executive Tafadzwa Nyamadzawo cautioned that rising power tariffs and foreign currency shortages remained a threat to processing margins.

"We run our plant for at least 20 hours a day. Every hour of load-shedding means we are burning diesel, and diesel is paid for in hard currency," Nyamadzawo told the Financial Gazette.

He said the cooperative would spend US$1,1 million on a solar plant at its Mkoba processing site, to be commissioned by March next year.

Smallholder farmers, who make up two-thirds of the co-op's 640 members, said a higher producer price of US$0,52 per litre had made dairying viable again.

"Three years ago I was ready to sell my cows. Now I am planning to buy two more," said Mrs Sithembile Ndlovu-Gumbo, a farmer from Shurugwi.

National milk output is expected to pass 100 million litres this year for the first time since 2000, according to the Zimbabwe Association of Dairy Farmers (ZADF).

ZADF chief executive Solomon Matanhire said the sector was "finally on the road to recovery" but warned that the country still imported about 30 percent of its dairy requirements.

Harare-based economist Farai Mutambara-Sibanda said cooperative models had proved more resilient than large commercial operations during the currency turbulence of the past decade.

"Members share the risk and they share the reward. That keeps farmers loyal when times are tough," he said.""", [
        Q("THE Gweru-based Midlands Dairy Producers Cooperative (MDPC) has reported a 23 percent rise in milk intake "
          "for the half-year to June 30, as improved pastures and a heifer import programme began to pay off",
          "indirect", "Rutendo Chiwenga-Moyo", "Rutendo Chiwenga-Moyo"),
        Q("members delivered 14,2 million litres over the period, up from 11,5 million litres in the same period last "
          "year", "indirect", "Chiwenga-Moyo", "Rutendo Chiwenga-Moyo", speaker_at="Chiwenga-Moyo said members"),
        Q('"This is the best half-year in the cooperative\'s history. Our farmers have done the hard work, and we are '
          'now seeing the results in the tank,"', "direct", "she", "Rutendo Chiwenga-Moyo", speaker_at="she said"),
        Q("Revenue rose to US$8,4 million, while surplus after tax more than doubled to US$612 000", "indirect",
          "the cooperative's unaudited financial statements", "Midlands Dairy Producers Cooperative"),
        Q("that rising power tariffs and foreign currency shortages remained a threat to processing margins",
          "indirect", "Tafadzwa Nyamadzawo", "Tafadzwa Nyamadzawo"),
        Q('"We run our plant for at least 20 hours a day. Every hour of load-shedding means we are burning diesel, '
          'and diesel is paid for in hard currency,"', "direct", "Nyamadzawo", "Tafadzwa Nyamadzawo",
          speaker_at="Nyamadzawo told"),
        Q("the cooperative would spend US$1,1 million on a solar plant at its Mkoba processing site, to be "
          "commissioned by March next year", "indirect", "He", "Tafadzwa Nyamadzawo",
          speaker_at="He said the cooperative"),
        Q("a higher producer price of US$0,52 per litre had made dairying viable again", "indirect",
          "Smallholder farmers", None),
        Q('"Three years ago I was ready to sell my cows. Now I am planning to buy two more,"', "direct",
          "Sithembile Ndlovu-Gumbo", "Sithembile Ndlovu-Gumbo"),
        Q("National milk output is expected to pass 100 million litres this year for the first time since 2000",
          "indirect", "the Zimbabwe Association of Dairy Farmers", "Zimbabwe Association of Dairy Farmers"),
        Q('"finally on the road to recovery"', "partial", "Solomon Matanhire", "Solomon Matanhire"),
        Q("that the country still imported about 30 percent of its dairy requirements", "indirect",
          "Solomon Matanhire", "Solomon Matanhire"),
        Q("cooperative models had proved more resilient than large commercial operations during the currency "
          "turbulence of the past decade", "indirect", "Farai Mutambara-Sibanda", "Farai Mutambara-Sibanda"),
        Q('"Members share the risk and they share the reward. That keeps farmers loyal when times are tough,"',
          "direct", "he", "Farai Mutambara-Sibanda", speaker_at="he said"),
    ], source="blind"),
    Case("blind67-heat", """Midday work ban in force as mercury tops 50°C

MUSCAT, JUNE 18 — The Ministry of Labour has reminded employers that outdoor work at construction sites is banned between 12.30 pm and 3.30 pm during June, July and August, as temperatures in several wilayats crossed 50°C on Monday.

The Directorate General of Meteorology said the highest temperature in the Sultanate was recorded in Fahud at 50.6°C, followed by Adam at 49.9°C and Ibri at 49.4°C.

“A low-pressure system over the interior and north-westerly winds are pushing up temperatures, and this pattern will continue until at least Thursday,” said Saif bin Nasser al Rashdi, a forecaster at the directorate. “Coastal areas will be humid, which makes the heat feel even worse.”

Sheikh Nasr bin Amer al Hosni, Director General of Labour Welfare at the ministry, said inspectors had visited more than 1,200 work sites since the ban came into effect and recorded 87 violations.

Violators face fines of between RO 50 and RO 100 per worker, and the penalty doubles for repeat offences, he said.

“The health and safety of workers is not a matter for negotiation. Employers must provide shade, cool drinking water and first aid at every site,” he added.

Dr Fatma bint Mohammed al Ajmi, a senior consultant in emergency medicine at the Royal Hospital, said the hospital had treated a number of heat exhaustion cases in recent days, most of them among construction workers and elderly people.

She said residents should avoid going out in the afternoon, drink water regularly even when not thirsty and check on elderly neighbours.

Ramesh Kumar, a site supervisor from Kerala working on a housing project in Al Amerat, welcomed the ban. “Before the rule, we used to work straight through. Now the men rest in the cabin with the AC and start again at four,” he told the Observer.

The Civil Defence and Ambulance Authority (CDAA) also urged motorists not to leave children or pets in parked vehicles, warning that temperatures inside a closed car “can become deadly within minutes”.

Weather forecasters expect some relief at the weekend, when temperatures in the interior are likely to fall to around 45°C.""", [
        Q("that outdoor work at construction sites is banned between 12.30 pm and 3.30 pm during June, July and August",
          "indirect", "The Ministry of Labour", "Ministry of Labour"),
        Q("the highest temperature in the Sultanate was recorded in Fahud at 50.6°C, followed by Adam at 49.9°C and "
          "Ibri at 49.4°C", "indirect", "The Directorate General of Meteorology", "Directorate General of Meteorology"),
        Q("“A low-pressure system over the interior and north-westerly winds are pushing up temperatures, and this "
          "pattern will continue until at least Thursday,”", "direct", "Saif bin Nasser al Rashdi",
          "Saif bin Nasser al Rashdi"),
        Q("“Coastal areas will be humid, which makes the heat feel even worse.”", "direct", "Saif bin Nasser al Rashdi",
          "Saif bin Nasser al Rashdi"),
        Q("inspectors had visited more than 1,200 work sites since the ban came into effect and recorded 87 "
          "violations", "indirect", "Nasr bin Amer al Hosni", "Nasr bin Amer al Hosni"),
        Q("Violators face fines of between RO 50 and RO 100 per worker, and the penalty doubles for repeat offences",
          "indirect", "he", "Nasr bin Amer al Hosni", speaker_at="he said"),
        Q("“The health and safety of workers is not a matter for negotiation. Employers must provide shade, cool "
          "drinking water and first aid at every site,”", "direct", "he", "Nasr bin Amer al Hosni",
          speaker_at="he added"),
        Q("the hospital had treated a number of heat exhaustion cases in recent days, most of them among construction "
          "workers and elderly people", "indirect", "Fatma bint Mohammed al Ajmi", "Fatma bint Mohammed al Ajmi"),
        Q("residents should avoid going out in the afternoon, drink water regularly even when not thirsty and check "
          "on elderly neighbours", "indirect", "She", "Fatma bint Mohammed al Ajmi", speaker_at="She said"),
        Q("“Before the rule, we used to work straight through. Now the men rest in the cabin with the AC and start "
          "again at four,”", "direct", "he", "Ramesh Kumar", speaker_at="he told the Observer"),
        Q("“can become deadly within minutes”", "partial", "The Civil Defence and Ambulance Authority",
          "Civil Defence and Ambulance Authority"),
    ], source="blind"),
    Case("blind67-malaria", """Sabah sees rise in monkey malaria cases

KOTA KINABALU: Sabah recorded 1,146 cases of Plasmodium knowlesi malaria, a strain transmitted from macaques to humans through mosquito bites, in the first eight months of the year, an 18% increase from the same period in 2023.

State health director Datuk Dr Juhaida binti Mohd Yusof said most of the patients were plantation workers, farmers and people living near forest fringes in the interior districts of Keningau, Tenom, Ranau and Kudat.

"Knowlesi is now the main cause of malaria in Sabah. Human malaria has been almost eliminated, but we cannot use the same approach for a parasite that lives in monkeys," she said in a statement yesterday.

She said land clearing for agriculture had brought people and long-tailed macaques into closer contact, making it harder to break the chain of transmission.

Five deaths were recorded this year, compared with two last year, according to the Sabah Health Department.

Universiti Malaysia Sabah parasitologist Prof Lim Wei Jie said the official figures were "the tip of the iceberg" as many infections in rural areas went undiagnosed.

"Knowlesi can multiply very fast in the blood. A patient can look fine in the morning and be critically ill by evening. Early testing is everything," Lim told FMT.

He said Malaysia's push for malaria-free status was complicated by knowlesi, which is not counted towards elimination targets but still has to be controlled.

Tenom assemblyman Rayner Gansalis Moujing said rural clinics needed more rapid test kits and mosquito nets, adding that some villagers had to travel two hours to reach the nearest hospital.

"Villagers here don't see mosquitoes as dangerous. They see them as part of life," he said.

A spokesperson for Borneo Palm Holdings Bhd said workers on its estates were given repellent and long-sleeved clothing, and that medical teams conducted regular screening.

The health department has also launched a "Jauhi Nyamuk" (keep away from mosquitoes) awareness campaign in 40 villages in the interior, with mobile clinics offering free blood tests.""", [
        Q("most of the patients were plantation workers, farmers and people living near forest fringes in the "
          "interior districts of Keningau, Tenom, Ranau and Kudat", "indirect", "Juhaida binti Mohd Yusof",
          "Juhaida binti Mohd Yusof"),
        Q('"Knowlesi is now the main cause of malaria in Sabah. Human malaria has been almost eliminated, but we '
          'cannot use the same approach for a parasite that lives in monkeys,"', "direct", "she",
          "Juhaida binti Mohd Yusof", speaker_at="she said in a statement"),
        Q("land clearing for agriculture had brought people and long-tailed macaques into closer contact, making it "
          "harder to break the chain of transmission", "indirect", "She", "Juhaida binti Mohd Yusof",
          speaker_at="She said land"),
        Q("Five deaths were recorded this year, compared with two last year", "indirect", "the Sabah Health Department",
          "Sabah Health Department"),
        Q('"the tip of the iceberg"', "partial", "Lim Wei Jie", "Lim Wei Jie"),
        Q('"Knowlesi can multiply very fast in the blood. A patient can look fine in the morning and be critically '
          'ill by evening. Early testing is everything,"', "direct", "Lim", "Lim Wei Jie", speaker_at="Lim told FMT"),
        Q("Malaysia's push for malaria-free status was complicated by knowlesi, which is not counted towards "
          "elimination targets but still has to be controlled", "indirect", "He", "Lim Wei Jie",
          speaker_at="He said Malaysia's"),
        Q("rural clinics needed more rapid test kits and mosquito nets", "indirect", "Rayner Gansalis Moujing",
          "Rayner Gansalis Moujing"),
        Q("that some villagers had to travel two hours to reach the nearest hospital", "indirect",
          "Rayner Gansalis Moujing", "Rayner Gansalis Moujing"),
        Q('"Villagers here don\'t see mosquitoes as dangerous. They see them as part of life,"', "direct", "he",
          "Rayner Gansalis Moujing", speaker_at="he said"),
        Q("workers on its estates were given repellent and long-sleeved clothing, and that medical teams conducted "
          "regular screening", "indirect", "A spokesperson for Borneo Palm Holdings Bhd", None),
    ], source="blind"),
    Case("blind67-boxing", """Dela Cruz stops Thai foe, eyes world title shot

Jerwin “Bam-Bam” Dela Cruz kept his unbeaten record intact with a seventh-round stoppage of Thailand’s Petchsiam Kiatmongkol at the Ynares Center in Antipolo on Saturday night, setting up a possible shot at a world minimumweight crown.

The 24-year-old southpaw from General Santos City dropped Petchsiam with a left hook to the body in the sixth round and forced referee Bong Villaruel to wave the fight off at 1:47 of the seventh after a barrage against the ropes.

“I knew the body shot hurt him. In the corner my trainer told me, ‘Go back to the body, he’s finished,’ and that’s what I did,” Dela Cruz said after improving to 17-0 with 12 knockouts.

Trainer Ramon “Monching” Aquino-Santos said his ward was ready for a title fight. “Give us any of the champions. Bam is ready now, not next year,” he declared.

Promoter Ma. Cristina Villanueva-Tan of Kamao Promotions said talks were under way with the camp of the reigning WBO titleholder and that a fight could happen in the first quarter of next year.

“We have the venue, we have the sponsors. All we need is a date,” she told the Daily Tribune.

Petchsiam’s manager, Khun Somchai Wongsawat, said through an interpreter that his fighter had been “caught cold” by the body shot. The Thai would return to the ring after a rest, he added.

Sen. Maria Lourdes Tolentino-Reyes, who watched from ringside, congratulated the fighter on social media, calling him “the next pride of Mindanao.”

In the co-main event, Kristine “Kitkat” Bautista-Ong outpointed Indonesia’s Dewi Sartika Rahayu over eight rounds to retain her Philippine flyweight title.

“She was tough, she kept coming. I had to use my jab the whole fight,” said Bautista-Ong, who is now 11-1-1.

The card drew a crowd of about 6,500, the biggest at the venue since before the pandemic, organizers said.""", [
        Q("“I knew the body shot hurt him. In the corner my trainer told me, ‘Go back to the body, he’s finished,’ and "
          "that’s what I did,”", "direct", "Dela Cruz", "Jerwin Dela Cruz", speaker_at="Dela Cruz said"),
        Q("his ward was ready for a title fight", "indirect", "Ramon “Monching” Aquino-Santos", "Ramon Aquino-Santos"),
        Q("“Give us any of the champions. Bam is ready now, not next year,”", "direct", "he", "Ramon Aquino-Santos",
          speaker_at="he declared"),
        Q("talks were under way with the camp of the reigning WBO titleholder and that a fight could happen in the "
          "first quarter of next year", "indirect", "Ma. Cristina Villanueva-Tan", "Ma. Cristina Villanueva-Tan"),
        Q("“We have the venue, we have the sponsors. All we need is a date,”", "direct", "she",
          "Ma. Cristina Villanueva-Tan", speaker_at="she told the Daily Tribune"),
        Q("“caught cold”", "partial", "Somchai Wongsawat", "Somchai Wongsawat"),
        Q("The Thai would return to the ring after a rest", "indirect", "he", "Somchai Wongsawat",
          speaker_at="he added"),
        Q("“the next pride of Mindanao.”", "partial", "Maria Lourdes Tolentino-Reyes", "Maria Lourdes Tolentino-Reyes"),
        Q("“She was tough, she kept coming. I had to use my jab the whole fight,”", "direct", "Bautista-Ong",
          "Kristine Bautista-Ong", speaker_at="said Bautista-Ong"),
        Q("The card drew a crowd of about 6,500, the biggest at the venue since before the pandemic", "indirect",
          "organizers", None),
    ], source="blind"),
    Case("blind67-poststrike", """Postal strike disrupts mail, pension deliveries across Punjab

LAHORE: Mail and money-order deliveries were disrupted across Punjab on Wednesday as employees of Pakistan Post stayed away from work for a third consecutive day in protest against a plan to hand over hundreds of post offices to private franchisees.

The All Pakistan Postal Employees Union (APPEU) president, Malik Mushtaq Ahmed Awan, told The News that the strike would continue until the government withdrew the plan, under which around 2,500 post offices would be run by private operators.

"We are not against reform. We are against the sale of an institution that our fathers and grandfathers served for 75 years," Awan said while addressing protesting workers outside the General Post Office on The Mall.

The union's general secretary, Rana Tariq Mehmood, said more than 18,000 workers had joined the strike nationwide. The union would stage a sit-in outside Parliament House in Islamabad next week if its demands were not met, he said.

Pensioners were among the worst affected. Bashir Ahmed, 74, a retired schoolteacher who had come from Shahdara to collect his pension, said he had been told to return next week. "I have no other income. What am I supposed to eat until then?" he asked.

A spokesperson for Pakistan Post said only "a minority" of staff had joined the strike and that pension payments in Lahore, Gujranwala and Faisalabad were being made through alternative counters.

Postmaster General Punjab Dr Ayesha Farooq Siddiqui said the franchise model was aimed at "saving the network, not selling it". The organisation had lost Rs12 billion last year and could not survive without reform, according to Siddiqui.

Federal Minister for Communications Sardar Ahsan Iqbal Chandio, talking to reporters in Islamabad, said no employee would lose his job under the plan.

"Every single permanent employee will be protected. Those who want to work with the franchisees will be given that option," the minister said.

Traders in Urdu Bazaar, the city's book market, said parcels of books and documents had piled up at the GPO since Monday.

The last nationwide postal strike, in 2019, ended after five days when the government agreed to set up a committee to review the employees' demands.""", [
        Q("that the strike would continue until the government withdrew the plan, under which around 2,500 post "
          "offices would be run by private operators", "indirect", "Malik Mushtaq Ahmed Awan",
          "Malik Mushtaq Ahmed Awan"),
        Q('"We are not against reform. We are against the sale of an institution that our fathers and grandfathers '
          'served for 75 years,"', "direct", "Awan", "Malik Mushtaq Ahmed Awan", speaker_at="Awan said"),
        Q("more than 18,000 workers had joined the strike nationwide", "indirect", "Rana Tariq Mehmood",
          "Rana Tariq Mehmood"),
        Q("The union would stage a sit-in outside Parliament House in Islamabad next week if its demands were not met",
          "indirect", "he", "Rana Tariq Mehmood", speaker_at="he said"),
        Q("he had been told to return next week", "indirect", "Bashir Ahmed", "Bashir Ahmed"),
        Q('"I have no other income. What am I supposed to eat until then?"', "direct", "he", "Bashir Ahmed",
          speaker_at="he asked"),
        Q('"a minority"', "partial", "A spokesperson for Pakistan Post", None),
        Q("that pension payments in Lahore, Gujranwala and Faisalabad were being made through alternative counters",
          "indirect", "A spokesperson for Pakistan Post", None),
        Q('"saving the network, not selling it"', "partial", "Ayesha Farooq Siddiqui", "Ayesha Farooq Siddiqui"),
        Q("The organisation had lost Rs12 billion last year and could not survive without reform", "indirect",
          "Siddiqui", "Ayesha Farooq Siddiqui", speaker_at="according to Siddiqui"),
        Q("no employee would lose his job under the plan", "indirect", "Ahsan Iqbal Chandio", "Ahsan Iqbal Chandio"),
        Q('"Every single permanent employee will be protected. Those who want to work with the franchisees will be '
          'given that option,"', "direct", "the minister", "Ahsan Iqbal Chandio"),
        Q("parcels of books and documents had piled up at the GPO since Monday", "indirect", "Traders in Urdu Bazaar",
          None),
    ], source="blind"),
    Case("blind67-runoff", """Hollister-Price wins Blue Ridge mayoral runoff by 65 votes

BLUE RIDGE, Ga. — Retired schoolteacher Dana Hollister-Price was elected mayor of Blue Ridge on Tuesday, edging hardware store owner J.T. Dockery by 65 votes in a runoff dominated by a proposed highway bypass.

Hollister-Price received 1,046 votes to Dockery's 981, according to unofficial results from the Fannin County Board of Elections and Registration. Turnout was just under 41 percent, high for a municipal runoff.

"I think people were ready for someone who'll listen before deciding," Hollister-Price told supporters gathered at the Swan Drive-In. "This town doesn't belong to the state DOT and it doesn't belong to me. It belongs to the people who live here."

Dockery, who led the first round by 112 votes, conceded shortly after 10 p.m. In a Facebook post, he said he had called Hollister-Price to congratulate her.

"The voters have spoken, and I respect that. I hope she'll remember the businesses on East Main that need that traffic off their doorstep," he wrote.

The bypass, which the Georgia Department of Transportation says would take up to 9,000 vehicles a day off downtown streets, would cut across farmland and the Aska Road community east of town. Opponents have organized under the banner "Keep Aska Rural," and their yard signs have been a fixture along the route for months.

The Rev. Lonnie McAfee, pastor of Mount Zion Baptist Church on Aska Road, said his congregation had prayed for "a mayor with the courage to say no."

"We've got families who have been on this land since before there was a Blue Ridge," McAfee said. "You can't put a four-lane highway through that and call it progress.

"We're not against anybody. We just want to be left alone."

State Sen. Carl Whitmore, R-Blue Ridge, said he had spoken with Hollister-Price and would arrange a meeting with GDOT officials before the end of the year.

A GDOT spokeswoman said no final route had been chosen and that the agency would hold a public hearing in Blue Ridge in the spring.

Several voters leaving the polls at the Fannin County Recreation Center said the bypass was the main reason they turned out. "I don't care who the mayor is as long as they don't pave over Aska," said Wanda Sue Ledford, 67.

Hollister-Price will be sworn in Jan. 6.""", [
        Q("Hollister-Price received 1,046 votes to Dockery's 981", "indirect",
          "the Fannin County Board of Elections and Registration", "Fannin County Board of Elections and Registration"),
        Q('"I think people were ready for someone who\'ll listen before deciding,"', "direct", "Hollister-Price",
          "Dana Hollister-Price", speaker_at="Hollister-Price told supporters"),
        Q('"This town doesn\'t belong to the state DOT and it doesn\'t belong to me. It belongs to the people who live '
          'here."', "direct", "Hollister-Price", "Dana Hollister-Price", speaker_at="Hollister-Price told supporters"),
        Q("he had called Hollister-Price to congratulate her", "indirect", "he", "J.T. Dockery",
          speaker_at="post, he said"),
        Q('"The voters have spoken, and I respect that. I hope she\'ll remember the businesses on East Main that need '
          'that traffic off their doorstep,"', "direct", "he", "J.T. Dockery", speaker_at="he wrote"),
        Q("would take up to 9,000 vehicles a day off downtown streets", "indirect",
          "the Georgia Department of Transportation", "Georgia Department of Transportation"),
        Q('"a mayor with the courage to say no."', "partial", "Lonnie McAfee", "Lonnie McAfee"),
        Q('"We\'ve got families who have been on this land since before there was a Blue Ridge,"', "direct", "McAfee",
          "Lonnie McAfee", speaker_at="McAfee said"),
        Q('"You can\'t put a four-lane highway through that and call it progress.', "direct", "McAfee",
          "Lonnie McAfee", speaker_at="McAfee said"),
        Q('"We\'re not against anybody. We just want to be left alone."', "direct", "McAfee", "Lonnie McAfee",
          speaker_at="McAfee said"),
        Q("he had spoken with Hollister-Price and would arrange a meeting with GDOT officials before the end of the "
          "year", "indirect", "Carl Whitmore", "Carl Whitmore"),
        Q("no final route had been chosen and that the agency would hold a public hearing in Blue Ridge in the spring",
          "indirect", "A GDOT spokeswoman", None),
        Q("the bypass was the main reason they turned out", "indirect", "Several voters", None),
        Q('"I don\'t care who the mayor is as long as they don\'t pave over Aska,"', "direct", "Wanda Sue Ledford",
          "Wanda Sue Ledford"),
    ], source="blind"),
]
