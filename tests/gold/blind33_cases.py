"""Blind gold, set 33: short news articles written once, blind to the pretagger.

Regional and wire copy from many places (Britain, Ireland, Japan, Australia,
Ghana, Nigeria, Scotland, the Philippines and more), with curly double quotes,
straight quotes and British single quotes, and a wide spread of names, titles
and attribution styles. See build_gold.py for the case format.
"""

from __future__ import annotations

from gold_format import Case, Q

CASES = [
    Case("blind33-grimsby-arson", """Jealous ex set fire to Cleethorpes flat as mother and children slept, jury told

A man poured petrol through the letterbox of his former partner's flat in Cleethorpes and set it alight while she and her two young children were asleep upstairs, a prosecutor told Grimsby Crown Court on Monday.

Liam Ashworth-Pike, 34, of Nunsthorpe, denies arson with intent to endanger life at the property in Grimsby Road in the early hours of March 3 last year.

Opening the case, Rachel Oduya KC told jurors the defendant had been 'consumed by jealousy' after the couple split up six weeks earlier.

'This was not a moment of madness,' she said. 'The Crown says this was planned, and planned by this defendant.'

Miss Oduya said CCTV from a petrol station in Weelsby Road showed a man matching Ashworth-Pike's description filling a green plastic can about 40 minutes before the fire was reported.

Retired postman Derek Fenwick, who lives next door, was woken by the smell of smoke and helped the woman and her children climb out of a back bedroom window onto the roof of his shed.

Giving evidence, Mr Fenwick, 71, said: 'I just shouted at them to jump and I'd catch them. I don't know how I did it, to be honest. You don't think about it, you just do it.'

He told the court the flames in the hallway were 'as tall as a man' by the time the first fire engine arrived.

In a written statement read to the jury, Humberside Fire and Rescue Service crew manager Joanne Tuplin said the fire had been started at the front door and had spread up the staircase 'within minutes'.

The woman, who cannot be identified for legal reasons, is expected to give evidence from behind a screen later this week.

Ashworth-Pike, who wore a grey suit and spoke only to confirm his name and enter his plea, claims he was at his brother's house in Scartho all night.

His barrister, Simon Greaves, urged jurors to keep 'an open mind' until they had heard all of the evidence.

'There is no forensic evidence that puts my client at that door. None at all,' Mr Greaves said. 'The prosecution case is built on a grainy video and a grudge.'

After the fire, friends of the family set up the 'Safe Home Grimsby' appeal, which has since raised more than £6,000 for women's refuges in North East Lincolnshire.

The trial, which is expected to last eight days, continues.""", [
        Q("A man poured petrol through the letterbox of his former partner's flat in Cleethorpes and set it alight "
          "while she and her two young children were asleep upstairs", "indirect", "a prosecutor", "Rachel Oduya"),
        Q("'consumed by jealousy'", "partial", "Rachel Oduya", "Rachel Oduya"),
        Q("'This was not a moment of madness,'", "direct", "she", "Rachel Oduya", speaker_at="she said"),
        Q("'The Crown says this was planned, and planned by this defendant.'", "direct", "she", "Rachel Oduya",
          speaker_at="she said"),
        Q("CCTV from a petrol station in Weelsby Road showed a man matching Ashworth-Pike's description filling a "
          "green plastic can about 40 minutes before the fire was reported", "indirect", "Oduya", "Rachel Oduya",
          speaker_at="Miss Oduya said"),
        Q("'I just shouted at them to jump and I'd catch them. I don't know how I did it, to be honest. You don't "
          "think about it, you just do it.'", "direct", "Fenwick", "Derek Fenwick", speaker_at="Mr Fenwick, 71"),
        Q("'as tall as a man'", "partial", "He", "Derek Fenwick", speaker_at="He told the court"),
        Q("the fire had been started at the front door", "indirect", "Joanne Tuplin", "Joanne Tuplin"),
        Q("'within minutes'", "partial", "Joanne Tuplin", "Joanne Tuplin"),
        Q("he was at his brother's house in Scartho all night", "indirect", "Ashworth-Pike", "Liam Ashworth-Pike",
          speaker_at="Ashworth-Pike, who wore"),
        Q("'an open mind'", "partial", "Simon Greaves", "Simon Greaves"),
        Q("'There is no forensic evidence that puts my client at that door. None at all,'", "direct", "Greaves",
          "Simon Greaves", speaker_at="Mr Greaves said"),
        Q("'The prosecution case is built on a grainy video and a grudge.'", "direct", "Greaves", "Simon Greaves",
          speaker_at="Mr Greaves said"),
    ]),
    Case("blind33-reuters-sumo", """Sumo-Terunoyama wins ninth Emperor's Cup as Kiribayashi's promotion bid falls short

TOKYO, July 27 (Reuters) - Mongolian-born yokozuna Terunoyama won the Nagoya Grand Sumo Tournament on Sunday, toppling ozeki Kiribayashi on the final day to finish with a 13-2 record and lift his ninth Emperor’s Cup.

The 31-year-old, who sat out two tournaments last year with a left knee injury, drove his rival over the straw bales in under ten seconds in front of a sell-out crowd at the IG Arena.

“I honestly wasn’t sure my knee would last fifteen days,” Terunoyama told public broadcaster NHK in his victory interview. “Today I just told myself to stay low and keep going forward.”

He said he would dedicate the title to his late father, who had travelled from Ulaanbaatar to watch him wrestle as a teenager and died in March.

Kiribayashi, who needed a win to force a playoff, said he had been “too hasty” at the initial charge.

“I have nobody to blame but myself,” the 26-year-old told reporters in the dressing room. “I will go back to the stable and train harder.”

The defeat is likely to end Kiribayashi’s hopes of promotion to yokozuna, sumo’s highest rank, for at least another tournament. The Japan Sumo Association had said before the event that a championship with 13 or more wins would be needed for him to be considered.

Sadogatake, the head of the association’s judging division and a former komusubi, said the panel would “look at the whole picture” when it meets on Wednesday, but added that two straight runner-up finishes were “not the same as a title”.

The tournament was the first held at the new 7,500-seat arena, which replaced the ageing Aichi Prefectural Gymnasium and its notoriously sweltering stands, and which some local media have taken to calling the “air-conditioned basho”.

Fans welcomed the change. “In the old building you sat in your own sweat for eight hours,” said Keiko Yamamoto, a 68-year-old retired nurse from Gifu who has attended the July tournament for four decades.

Among the visitors waving Mongolian flags was Ganbold Batbayar, an engineer who had flown in from Ulaanbaatar for the final weekend. “For us he is bigger than any footballer,” Batbayar said.

The Autumn Grand Sumo Tournament opens at the Ryogoku Kokugikan in Tokyo on Sept. 14.

(Reporting by Rikako Maruyama; Editing by Ken Ferris)""", [
        Q("“I honestly wasn’t sure my knee would last fifteen days,”", "direct", "Terunoyama", "Terunoyama",
          speaker_at="Terunoyama told"),
        Q("“Today I just told myself to stay low and keep going forward.”", "direct", "Terunoyama", "Terunoyama",
          speaker_at="Terunoyama told"),
        Q("he would dedicate the title to his late father, who had travelled from Ulaanbaatar to watch him wrestle "
          "as a teenager and died in March", "indirect", "He", "Terunoyama", speaker_at="He said he would"),
        Q("“too hasty”", "partial", "Kiribayashi", "Kiribayashi", speaker_at="Kiribayashi, who needed"),
        Q("“I have nobody to blame but myself,”", "direct", "the 26-year-old", "Kiribayashi"),
        Q("“I will go back to the stable and train harder.”", "direct", "the 26-year-old", "Kiribayashi"),
        Q("that a championship with 13 or more wins would be needed for him to be considered", "indirect",
          "The Japan Sumo Association", "Japan Sumo Association"),
        Q("“look at the whole picture”", "partial", "Sadogatake", "Sadogatake"),
        Q("“not the same as a title”", "partial", "Sadogatake", "Sadogatake"),
        Q("“In the old building you sat in your own sweat for eight hours,”", "direct", "Keiko Yamamoto",
          "Keiko Yamamoto"),
        Q("“For us he is bigger than any footballer,”", "direct", "Batbayar", "Ganbold Batbayar",
          speaker_at="Batbayar said"),
    ]),
    Case("blind33-mayo-football", """Breaffy hold their nerve to reach first senior final

Breaffy 1-14 Ballintubber 1-12

BREAFFY are through to their first Mayo senior football championship final after a gutsy two-point win over Ballintubber in a rain-lashed semi-final at MacHale Park on Sunday afternoon.

Substitute Ruairí Mac Donncha kicked the decisive points in the 61st and 63rd minutes, and his side survived a late Ballintubber penalty appeal to set up a decider against Castlebar Mitchels in a fortnight’s time.

It is a landmark result for a club that has spent much of the last decade carrying the tag of ‘nearly men’, and Breaffy manager Noel Prendergast-Kelly admitted afterwards that his side had ‘lived on the edge’ for much of the second half.

‘We didn’t play well, and I’m not going to pretend we did,’ he told The Mayo News. ‘But there’s a savage spirit in that dressing room. When things were going against us, nobody hid.’

Ballintubber led by three points at half-time, 1-7 to 0-7, after full-forward Cathal Ó Gallchóir fired home a goal in the 22nd minute following a quick free from Dónal Walsh.

But Breaffy responded within a minute of the restart when corner-back Shane de Búrca soloed through the middle and buried a low shot to the corner of the net.

‘I just kept going and nobody came near me,’ de Búrca said with a grin. ‘I’d say the lads will be slagging me about that one for years.’

Mac Donncha, introduced in the 45th minute, then levelled matters twice before landing the two late scores that separated the sides.

Ballintubber boss Pádraic Moran was unhappy with the decision not to award a penalty when Ó Gallchóir went down under a heavy challenge deep in stoppage time.

‘It was a penalty all day long,’ Moran said. ‘I’ve looked at it on the phone already. The referee was five yards away and he’s waved it on. That’s a big call in a county semi-final.’

He added that he had no complaints about the overall result, however, and described Breaffy as ‘a serious outfit’.

Mayo GAA confirmed on Monday that the final will be played at MacHale Park on Sunday, October 19 at 3.30pm.""", [
        Q("‘lived on the edge’", "partial", "Noel Prendergast-Kelly", "Noel Prendergast-Kelly"),
        Q("‘We didn’t play well, and I’m not going to pretend we did,’", "direct", "he", "Noel Prendergast-Kelly",
          speaker_at="he told The Mayo News"),
        Q("‘But there’s a savage spirit in that dressing room. When things were going against us, nobody hid.’",
          "direct", "he", "Noel Prendergast-Kelly", speaker_at="he told The Mayo News"),
        Q("‘I just kept going and nobody came near me,’", "direct", "de Búrca", "Shane de Búrca",
          speaker_at="de Búrca said"),
        Q("‘I’d say the lads will be slagging me about that one for years.’", "direct", "de Búrca", "Shane de Búrca",
          speaker_at="de Búrca said"),
        Q("‘It was a penalty all day long,’", "direct", "Moran", "Pádraic Moran", speaker_at="Moran said"),
        Q("‘I’ve looked at it on the phone already. The referee was five yards away and he’s waved it on. That’s a "
          "big call in a county semi-final.’", "direct", "Moran", "Pádraic Moran", speaker_at="Moran said"),
        Q("that he had no complaints about the overall result, however", "indirect", "He", "Pádraic Moran",
          speaker_at="He added"),
        Q("‘a serious outfit’", "partial", "He", "Pádraic Moran", speaker_at="He added"),
        Q("that the final will be played at MacHale Park on Sunday, October 19 at 3.30pm", "indirect", "Mayo GAA",
          "Mayo GAA"),
    ]),
    Case("blind33-wagga-league", """Kangaroos keep finals hopes alive with gritty win over Tigers

WAGGA Kangaroos have kept their Group 9 finals hopes alive with a hard-fought 22-16 win over Gundagai at Equex Centre on Sunday.

Second-rower Tevita Fifita crossed twice, including the match-winner with six minutes remaining, as the Roos came from 16-10 down at the break to move within two points of the top five.

Kangaroos coach Brad van der Linden said the response from his players after half-time was "the best forty minutes we've put together all year".

"We spoke at the break about just completing our sets and making them come at us from their own end," van der Linden said.

"The boys did that. We completed something like 16 from 17 in the second half, and when you do that against a side like Gundagai, you give yourself a chance.

"I'm proud of them. There's a lot of young blokes in that team who've copped a bit of criticism this year, and they stood up."

Fifita, 23, who moved to Wagga from Auckland last year to work as a shearer, played down his own contribution.

"It was an easy one for me, I just had to fall over the line," he said with a laugh. "The middles did all the hard work."

Gundagai captain-coach Jarrod Kennedy-Moore said his side had "switched off" for the final quarter and paid the price.

"We had it there for the taking and we let it go," he said. "We'll have a good look at ourselves this week."

The Tigers are also sweating on the fitness of fullback Mitchell O'Brien, who left the field with a shoulder injury in the 55th minute. Kennedy-Moore said O'Brien would have scans on Monday but the club feared he could miss the rest of the season.

Off the field, Kangaroos president Sue McAlister told The Daily Advertiser the club was thrilled with a crowd of more than 1200, its biggest since the 2019 grand final.

Meanwhile, Group 9 officials have confirmed the "Battle of the Bridge" clash between Tumut and Gundagai will be played under lights at Twickenham Oval next month.

The Kangaroos travel to Young next Sunday.""", [
        Q('"the best forty minutes we\'ve put together all year"', "partial", "Brad van der Linden",
          "Brad van der Linden"),
        Q('"We spoke at the break about just completing our sets and making them come at us from their own end,"',
          "direct", "van der Linden", "Brad van der Linden", speaker_at="van der Linden said."),
        Q('"The boys did that. We completed something like 16 from 17 in the second half, and when you do that '
          'against a side like Gundagai, you give yourself a chance.', "direct", "van der Linden",
          "Brad van der Linden", speaker_at="van der Linden said."),
        Q('"I\'m proud of them. There\'s a lot of young blokes in that team who\'ve copped a bit of criticism this '
          'year, and they stood up."', "direct", "van der Linden", "Brad van der Linden",
          speaker_at="van der Linden said."),
        Q('"It was an easy one for me, I just had to fall over the line,"', "direct", "he", "Tevita Fifita",
          speaker_at="he said with a laugh"),
        Q('"The middles did all the hard work."', "direct", "he", "Tevita Fifita", speaker_at="he said with a laugh"),
        Q('"switched off"', "partial", "Jarrod Kennedy-Moore", "Jarrod Kennedy-Moore"),
        Q('"We had it there for the taking and we let it go,"', "direct", "he", "Jarrod Kennedy-Moore",
          speaker_at='he said. "We\'ll'),
        Q('"We\'ll have a good look at ourselves this week."', "direct", "he", "Jarrod Kennedy-Moore",
          speaker_at='he said. "We\'ll'),
        Q("O'Brien would have scans on Monday but the club feared he could miss the rest of the season", "indirect",
          "Kennedy-Moore", "Jarrod Kennedy-Moore", speaker_at="Kennedy-Moore said O'Brien"),
        Q("the club was thrilled with a crowd of more than 1200, its biggest since the 2019 grand final", "indirect",
          "Sue McAlister", "Sue McAlister"),
        Q('the "Battle of the Bridge" clash between Tumut and Gundagai will be played under lights at Twickenham '
          'Oval next month', "indirect", "Group 9 officials", None),
    ]),
    Case("blind33-graphic-stool", """Police deployed as Nsuaem stool dispute turns violent

From Kofi Asante-Mensah, Nsuaem

A heavy police presence has been mounted at Nsuaem-Adankwame in the Asante Akyem Central Municipality after clashes between two factions laying claim to the vacant stool left at least six people injured and two houses torched on Saturday.

The violence erupted when supporters of one of the claimants, Nana Kwaku Agyemang Duah, attempted to perform rites at the stool house, according to the Ashanti Regional Police Command.

The Regional Police Public Relations Officer, Deputy Superintendent of Police (DSP) Abena Serwaa Owusu-Ansah, said in a statement that 14 suspects had been arrested and would be arraigned before a Konongo court on Monday.

“The command wishes to warn that anybody who takes the law into his or her own hands will be dealt with severely,” DSP Owusu-Ansah added.

The Municipal Chief Executive (MCE), Mr Yaw Sarpong-Manu, who visited the town on Sunday, said the Municipal Security Council had imposed a dusk-to-dawn curfew on the town with immediate effect.

“We cannot allow a chieftaincy matter to set brothers against brothers. Those who have a case should go to the Asanteman Council or the courts, not to the streets,” he told the Daily Graphic.

The other claimant, Opanin Kwabena Adjei-Frimpong, who was installed by a section of the kingmakers last year, insisted that he was the rightful occupant of the stool.

His spokesman, Okyeame Kwame Nsiah, said the Queenmother, Nana Afua Pokuaa II, had duly nominated Opanin Adjei-Frimpong in line with custom, and accused the rival faction of “acting on the orders of politicians”.

But the Agyemang Duah camp dismissed the claim. “Custom is clear. The stool belongs to the Bretuo family of Nsuaem, and no amount of noise will change that,” said Mr Kwadwo Ampofo Barimah, a family head.

When the Daily Graphic visited the town yesterday, most shops were shut and a burnt-out pick-up truck lay near the palace. Residents said many people had fled to neighbouring villages.

A 52-year-old trader, Madam Akosua Donkor, said: “Since Saturday we sleep with one eye open. The children are not going to school and the market is empty.”

The Asanteman Council is expected to take up the case at its next sitting in Kumasi.""", [
        Q("The violence erupted when supporters of one of the claimants, Nana Kwaku Agyemang Duah, attempted to "
          "perform rites at the stool house", "indirect", "the Ashanti Regional Police Command",
          "Ashanti Regional Police Command"),
        Q("that 14 suspects had been arrested and would be arraigned before a Konongo court on Monday", "indirect",
          "Abena Serwaa Owusu-Ansah", "Abena Serwaa Owusu-Ansah"),
        Q("“The command wishes to warn that anybody who takes the law into his or her own hands will be dealt with "
          "severely,”", "direct", "Owusu-Ansah", "Abena Serwaa Owusu-Ansah", speaker_at="DSP Owusu-Ansah added"),
        Q("the Municipal Security Council had imposed a dusk-to-dawn curfew on the town with immediate effect",
          "indirect", "Yaw Sarpong-Manu", "Yaw Sarpong-Manu"),
        Q("“We cannot allow a chieftaincy matter to set brothers against brothers. Those who have a case should go "
          "to the Asanteman Council or the courts, not to the streets,”", "direct", "he", "Yaw Sarpong-Manu",
          speaker_at="he told the Daily Graphic"),
        Q("that he was the rightful occupant of the stool", "indirect", "Kwabena Adjei-Frimpong",
          "Kwabena Adjei-Frimpong"),
        Q("the Queenmother, Nana Afua Pokuaa II, had duly nominated Opanin Adjei-Frimpong in line with custom",
          "indirect", "Kwame Nsiah", "Kwame Nsiah"),
        Q("“acting on the orders of politicians”", "partial", "Kwame Nsiah", "Kwame Nsiah"),
        Q("“Custom is clear. The stool belongs to the Bretuo family of Nsuaem, and no amount of noise will change "
          "that,”", "direct", "Kwadwo Ampofo Barimah", "Kwadwo Ampofo Barimah"),
        Q("many people had fled to neighbouring villages", "indirect", "Residents", None),
        Q("“Since Saturday we sleep with one eye open. The children are not going to school and the market is "
          "empty.”", "direct", "Akosua Donkor", "Akosua Donkor"),
    ]),
    Case("blind33-premium-lassa", """Lassa fever: Death toll rises to 112 as NCDC warns of spread to new states

The Nigeria Centre for Disease Control and Prevention (NCDC) says the death toll from this year's Lassa fever outbreak has risen to 112, with confirmed cases now recorded in 21 states and 98 local government areas.

According to the agency's latest situation report, published on Tuesday, 614 cases have been confirmed since January, with Ondo, Edo and Bauchi states accounting for 71 per cent of the total.

The case fatality rate stands at 18.2 per cent, higher than the 17.4 per cent recorded in the same period last year, the agency said.

In a statement on Wednesday, the Director-General of the NCDC, Ifeoma Nwachukwu-Adeyemi, said the agency had activated its national emergency operations centre to coordinate the response across the affected states.

"We are particularly concerned about late presentation. Many of the patients who died arrived at treatment centres when it was already too late to save them," she said.

Mrs Nwachukwu-Adeyemi urged Nigerians to store food in rodent-proof containers, keep their surroundings clean and report to the nearest health facility if they develop a fever that does not respond to anti-malarial drugs.

She added that 14 health workers had been infected so far this year, and warned clinicians to maintain "a high index of suspicion" for all febrile patients.

In Ondo State, the Commissioner for Health, Olumide Fagbemi, told PREMIUM TIMES on Wednesday that the state had recorded 203 cases and 31 deaths since January, and that the Federal Medical Centre in Owo was "overstretched but coping".

"We have deployed rapid response teams to all 18 local government areas and the state government is paying for the treatment of every confirmed case," Mr Fagbemi said.

Residents of Ijebu-Owo told our reporter that refuse heaps in several parts of the town had not been cleared for weeks.

"The rats are everywhere. We kill them in the evening, and by morning there are more," said Chief Adebayo Olanrewaju-Bello, a community leader in the town.

In Bauchi, the Executive Secretary of the State Primary Health Care Development Agency, Hauwa'u Abubakar Danladi, said the state had recorded 58 cases, most of them in Toro and Tafawa Balewa local government areas.

Mrs Danladi said the agency had trained more than 300 community volunteers to carry out house-to-house sensitisation.

Lassa fever is an acute viral haemorrhagic illness transmitted to humans through contact with food or household items contaminated by the urine or faeces of infected multimammate rats. It can also spread from person to person through contact with body fluids.""", [
        Q("the death toll from this year's Lassa fever outbreak has risen to 112, with confirmed cases now recorded "
          "in 21 states and 98 local government areas", "indirect",
          "The Nigeria Centre for Disease Control and Prevention", "Nigeria Centre for Disease Control and Prevention"),
        Q("614 cases have been confirmed since January, with Ondo, Edo and Bauchi states accounting for 71 per cent "
          "of the total", "indirect", "the agency", "Nigeria Centre for Disease Control and Prevention",
          speaker_at="the agency's latest"),
        Q("The case fatality rate stands at 18.2 per cent, higher than the 17.4 per cent recorded in the same period "
          "last year", "indirect", "the agency", "Nigeria Centre for Disease Control and Prevention",
          speaker_at="the agency said"),
        Q("the agency had activated its national emergency operations centre to coordinate the response across the "
          "affected states", "indirect", "Ifeoma Nwachukwu-Adeyemi", "Ifeoma Nwachukwu-Adeyemi"),
        Q('"We are particularly concerned about late presentation. Many of the patients who died arrived at '
          'treatment centres when it was already too late to save them,"', "direct", "she",
          "Ifeoma Nwachukwu-Adeyemi", speaker_at="she said"),
        Q("that 14 health workers had been infected so far this year", "indirect", "She", "Ifeoma Nwachukwu-Adeyemi",
          speaker_at="She added"),
        Q('"a high index of suspicion"', "partial", "She", "Ifeoma Nwachukwu-Adeyemi", speaker_at="She added"),
        Q("that the state had recorded 203 cases and 31 deaths since January", "indirect", "Olumide Fagbemi",
          "Olumide Fagbemi"),
        Q('"overstretched but coping"', "partial", "Olumide Fagbemi", "Olumide Fagbemi"),
        Q('"We have deployed rapid response teams to all 18 local government areas and the state government is '
          'paying for the treatment of every confirmed case,"', "direct", "Fagbemi", "Olumide Fagbemi",
          speaker_at="Mr Fagbemi said"),
        Q("that refuse heaps in several parts of the town had not been cleared for weeks", "indirect",
          "Residents of Ijebu-Owo", None),
        Q('"The rats are everywhere. We kill them in the evening, and by morning there are more,"', "direct",
          "Adebayo Olanrewaju-Bello", "Adebayo Olanrewaju-Bello"),
        Q("the state had recorded 58 cases, most of them in Toro and Tafawa Balewa local government areas",
          "indirect", "Hauwa'u Abubakar Danladi", "Hauwa'u Abubakar Danladi"),
        Q("the agency had trained more than 300 community volunteers to carry out house-to-house sensitisation",
          "indirect", "Danladi", "Hauwa'u Abubakar Danladi", speaker_at="Mrs Danladi said"),
    ]),
    Case("blind33-scotsman-obituary", """Obituary: Murdo Maclennan, Gaelic poet who gave voice to the crofting townships of Lewis

Born: 14 May 1937 in Shawbost, Isle of Lewis. Died: 2 February 2025 in Stornoway, aged 87.

Murdo Maclennan, who has died aged 87, was one of the last of a generation of poets who wrote with equal force in Gaelic and English, and whose work carried the voices of the crofting townships of the west side of Lewis to audiences far beyond the Hebrides.

His best-known collection, 'Rathad na Mòna' ('The Peat Road'), published in 1974, is still set for Higher Gaelic, and its title poem has been translated into more than a dozen languages.

The youngest of seven children of a weaver and a herring gutter, he left the Nicolson Institute at 17 to work on the Glasgow docks before a night-school tutor persuaded him to apply to the University of Aberdeen, where he read Celtic and English.

He once told this newspaper that he had written his first poem 'on the back of a Harris Tweed docket' while waiting for the ferry at Ullapool.

For almost 30 years he taught at Hillhead High School in Glasgow, writing in the early mornings before classes. In a 1998 interview he was characteristically modest about his gifts.

'I am a man who listens,' he said. 'The old women at the fank and the men at the fishing did the hard work. I only wrote it down.'

Later collections, including 'Clachan' (1986) and 'Salt Wind, Slow Light' (2003), won the Saltire Society's poetry prize, and in 2011 he was awarded an honorary doctorate by the University of the Highlands and Islands.

The Gaelic poet and broadcaster Iain Mac a' Phearsain, who first met him at a ceilidh in Partick in 1969, said Maclennan had been a mentor to two generations of younger writers.

'Murdo was the conscience of our literature,' he said. 'He never wrote a lazy line, and he never forgot where he came from.'

His longtime publisher, Clò Hallaig, described him as 'a giant of Gaelic letters and a kind, funny, stubborn man'.

A spokesperson for Comhairle nan Eilean Siar said the council would fly the Saltire at half-mast over its Stornoway offices on the day of the funeral.

He returned to Lewis on his retirement in 1997 and spent his last years in a cottage within sight of the house where he was born. His daughter, Mòrag Maclennan-Stewart, said he had spent his final weeks 'still correcting proofs in bed, and still arguing about commas'.

He is survived by his wife Peigi, their daughters Anna and Mòrag, and five grandchildren.""", [
        Q("'on the back of a Harris Tweed docket'", "partial", "He", "Murdo Maclennan", speaker_at="He once told"),
        Q("'I am a man who listens,'", "direct", "he", "Murdo Maclennan", speaker_at="he said. 'The old women"),
        Q("'The old women at the fank and the men at the fishing did the hard work. I only wrote it down.'", "direct",
          "he", "Murdo Maclennan", speaker_at="he said. 'The old women"),
        Q("Maclennan had been a mentor to two generations of younger writers", "indirect", "Iain Mac a' Phearsain",
          "Iain Mac a' Phearsain"),
        Q("'Murdo was the conscience of our literature,'", "direct", "he", "Iain Mac a' Phearsain",
          speaker_at="he said. 'He never"),
        Q("'He never wrote a lazy line, and he never forgot where he came from.'", "direct", "he",
          "Iain Mac a' Phearsain", speaker_at="he said. 'He never"),
        Q("'a giant of Gaelic letters and a kind, funny, stubborn man'", "partial", "Clò Hallaig", "Clò Hallaig"),
        Q("the council would fly the Saltire at half-mast over its Stornoway offices on the day of the funeral",
          "indirect", "A spokesperson for Comhairle nan Eilean Siar", None),
        Q("'still correcting proofs in bed, and still arguing about commas'", "partial", "Mòrag Maclennan-Stewart",
          "Mòrag Maclennan-Stewart"),
    ]),
    Case("blind33-manila-ferry", """Senators press MARINA to suspend Batangas-Mindoro ferry fare hike

Senators on Monday pressed the Maritime Industry Authority (MARINA) to suspend a 22-percent increase in ferry fares on routes between Batangas and Mindoro, saying the hike was approved without proper public consultation.

Sen. Maria Lourdes dela Cruz-Villanueva, chairman of the Senate committee on public services, said the increase would hit "ordinary commuters, students and small traders who have no other way to cross."

"MARINA approved this in a hearing that lasted less than an hour, with no representatives from the riding public. That is not consultation. That is a formality," she said during the committee hearing.

Dela Cruz-Villanueva said she would file a resolution seeking a full Senate inquiry into how fares for roll-on, roll-off vessels are set.

MARINA Administrator Rommel Soriano, a retired vice admiral, defended the increase, noting that base fares on the route had not been adjusted since 2018.

"Fuel prices have gone up by more than 60 percent in the same period," Soriano told the senators. "If we do not allow a reasonable increase, the operators will simply cut trips, and the passengers will suffer more."

He added that the mandatory 20-percent discount for students, senior citizens and persons with disabilities would remain in place.

In a position paper submitted to the committee, the Philippine Inter-Island Shipping Association (PISA) said several of its members had been operating at a loss on the Calapan and Abra de Ilog runs since the start of the year.

Oriental Mindoro Rep. Jose Ma. Sarmiento III said in a separate statement that the province's economy "literally floats on these ferries," and asked the Department of Transportation to consider a fuel subsidy for operators instead.

At the Batangas International Port on Monday morning, passengers waiting for the 9 a.m. trip to Calapan said they had learned of the new fares only when they reached the ticket counter.

"It used to be P280. Now it's P342. Where are we supposed to get that?" said Aling Rosario Manalastas, 58, a fish vendor who crosses to Batangas twice a week to buy stock.

A ticketing clerk, who asked not to be named because she was not authorized to speak to the media, said some passengers had turned back after seeing the new rates.

The committee is expected to resume its hearing next week.""", [
        Q("the hike was approved without proper public consultation", "indirect", "Senators", None,
          speaker_at="Senators on Monday"),
        Q('"ordinary commuters, students and small traders who have no other way to cross."', "partial",
          "Maria Lourdes dela Cruz-Villanueva", "Maria Lourdes dela Cruz-Villanueva"),
        Q('"MARINA approved this in a hearing that lasted less than an hour, with no representatives from the riding '
          'public. That is not consultation. That is a formality,"', "direct", "she",
          "Maria Lourdes dela Cruz-Villanueva", speaker_at="she said during"),
        Q("she would file a resolution seeking a full Senate inquiry into how fares for roll-on, roll-off vessels "
          "are set", "indirect", "Dela Cruz-Villanueva", "Maria Lourdes dela Cruz-Villanueva",
          speaker_at="Dela Cruz-Villanueva said"),
        Q("that base fares on the route had not been adjusted since 2018", "indirect", "Rommel Soriano",
          "Rommel Soriano"),
        Q('"Fuel prices have gone up by more than 60 percent in the same period,"', "direct", "Soriano",
          "Rommel Soriano", speaker_at="Soriano told"),
        Q('"If we do not allow a reasonable increase, the operators will simply cut trips, and the passengers will '
          'suffer more."', "direct", "Soriano", "Rommel Soriano", speaker_at="Soriano told"),
        Q("that the mandatory 20-percent discount for students, senior citizens and persons with disabilities would "
          "remain in place", "indirect", "He", "Rommel Soriano", speaker_at="He added"),
        Q("several of its members had been operating at a loss on the Calapan and Abra de Ilog runs since the start "
          "of the year", "indirect", "the Philippine Inter-Island Shipping Association",
          "Philippine Inter-Island Shipping Association"),
        Q('"literally floats on these ferries,"', "partial", "Jose Ma. Sarmiento III", "Jose Ma. Sarmiento III"),
        Q("they had learned of the new fares only when they reached the ticket counter", "indirect",
          "passengers waiting for the 9 a.m. trip to Calapan", None),
        Q('"It used to be P280. Now it\'s P342. Where are we supposed to get that?"', "direct", "Rosario Manalastas",
          "Rosario Manalastas"),
        Q("some passengers had turned back after seeing the new rates", "indirect", "A ticketing clerk", None),
    ]),
    Case("blind33-ap-derailment", """Dutch commuter train derails after hitting fallen crane, killing 1 and injuring 30

VOORSCHOTEN, Netherlands (AP) — A commuter train derailed after slamming into a construction crane that had toppled onto the tracks near the Dutch town of Voorschoten early Tuesday, killing the crane operator and injuring about 30 passengers, authorities said.

Two of the injured were in serious condition, according to the regional emergency services organization. Most of the others suffered cuts and bruises and were treated at the scene.

The double-decker train, carrying about 50 passengers from Leiden to The Hague, ran off the rails at around 4 a.m. and came to rest partly on its side in a field beside the line. Photos from the scene showed the front carriage tilted at a sharp angle, its windows shattered.

"We heard a huge bang and then the carriage was leaning over and everybody was screaming," passenger Marjolein de Vries, 29, told Dutch broadcaster NOS. "I was sure we were going to tip over."

Rail infrastructure manager ProRail said the crane had been used for overnight maintenance work beside the line and fell shortly before the train arrived, for reasons that were not yet clear.

Infrastructure Minister Pieter van den Berg, who visited the scene Tuesday morning, called the crash "a black day for our railways" and said investigators would look closely at safety procedures at the site.

"Everyone in the Netherlands takes the train. People must be able to trust that it is safe," Van den Berg told reporters.

The Dutch Safety Board, an independent body that investigates major accidents, said it had opened an inquiry.

Voorschoten Mayor Nadia Bouchtaoui-Verhoeven said the town's thoughts were with the family of the crane operator, a 43-year-old man from Leiden. His name was not released.

"This is a small community, and many people here use this line every day," she said. "It could have been any of us."

A spokesperson for the construction company involved in the work declined to comment, citing the ongoing investigation.

National rail operator Nederlandse Spoorwegen, or NS, said services between Leiden and The Hague would be suspended until at least Wednesday evening and that buses would replace trains.

Associated Press writer Sanne Koolhaas in Amsterdam contributed.""", [
        Q("A commuter train derailed after slamming into a construction crane that had toppled onto the tracks near "
          "the Dutch town of Voorschoten early Tuesday, killing the crane operator and injuring about 30 passengers",
          "indirect", "authorities", None),
        Q("Two of the injured were in serious condition", "indirect", "the regional emergency services organization",
          None),
        Q('"We heard a huge bang and then the carriage was leaning over and everybody was screaming,"', "direct",
          "Marjolein de Vries", "Marjolein de Vries"),
        Q('"I was sure we were going to tip over."', "direct", "Marjolein de Vries", "Marjolein de Vries"),
        Q("the crane had been used for overnight maintenance work beside the line and fell shortly before the train "
          "arrived, for reasons that were not yet clear", "indirect", "ProRail", "ProRail"),
        Q('"a black day for our railways"', "partial", "Pieter van den Berg", "Pieter van den Berg"),
        Q("investigators would look closely at safety procedures at the site", "indirect", "Pieter van den Berg",
          "Pieter van den Berg"),
        Q('"Everyone in the Netherlands takes the train. People must be able to trust that it is safe,"', "direct",
          "Van den Berg", "Pieter van den Berg", speaker_at="Van den Berg told"),
        Q("it had opened an inquiry", "indirect", "The Dutch Safety Board", "Dutch Safety Board"),
        Q("the town's thoughts were with the family of the crane operator, a 43-year-old man from Leiden", "indirect",
          "Nadia Bouchtaoui-Verhoeven", "Nadia Bouchtaoui-Verhoeven"),
        Q('"This is a small community, and many people here use this line every day,"', "direct", "she",
          "Nadia Bouchtaoui-Verhoeven", speaker_at="she said"),
        Q('"It could have been any of us."', "direct", "she", "Nadia Bouchtaoui-Verhoeven", speaker_at="she said"),
        Q("services between Leiden and The Hague would be suspended until at least Wednesday evening and that buses "
          "would replace trains", "indirect", "Nederlandse Spoorwegen", "Nederlandse Spoorwegen"),
    ]),
    Case("blind33-plains-heat", """Heat dome pushes Haymarket beer festival into the night

A sprawling dome of high pressure parked over the central Plains will send heat index values as high as 112 degrees across eastern Nebraska through the weekend, forecasters said Wednesday, prompting organizers of one of the state’s biggest craft-beer festivals to move the party to after dark.

The National Weather Service office in Valley issued an extreme heat warning for Lancaster, Douglas, Sarpy and Saunders counties from noon Thursday until 9 p.m. Sunday.

“This is the kind of heat that doesn’t let up overnight, and that’s what makes it so dangerous,” said Brianna Two Bulls-Ferreira, a meteorologist with the weather service. “Lows are only going to drop into the upper 70s, so people without air conditioning never get a chance to recover.”

Gov. Dale Whitcomb signed an emergency declaration Wednesday afternoon freeing up state funds for cooling centers and bottled water. In a statement, the governor said state agencies would keep the centers open around the clock in the hardest-hit counties.

State Sen. Ramona Gutiérrez-Hale of Omaha called the declaration “a good first step” but said many low-income renters still had no way to stay cool.

“We passed a bill two years ago to stop utilities from cutting off power during heat emergencies, and it still hasn’t been fully implemented,” Gutiérrez-Hale said. “That’s not acceptable when it’s 105 in the shade.”

In Lincoln, the Haymarket Hop Fest, which drew about 6,000 people last year, will now run from 6 p.m. to midnight Saturday instead of its usual afternoon slot, organizers announced.

“We had a choice between moving it or canceling it, and nobody wanted to cancel,” festival director Kyle Vondracek said. “Honestly, a cold beer under the stars might be the better product anyway.”

Vondracek said volunteers would hand out free water at every gate and that the festival had rented a dozen misting fans.

Some of the 40 participating breweries were still bracing for a long night. Marisol Dietz, co-owner of Prairie Ghost Brewing in Grand Island, said her biggest worry was keeping kegs cold.

“We’re bringing twice the ice we normally would, and I’m still nervous,” she said.

Lincoln Fire and Rescue Chief Lorraine Pickering said crews had already responded to 14 heat-related calls since Monday, most involving older residents and outdoor workers.

A cold front is expected to bring relief, and possibly severe storms, by Monday night.""", [
        Q("A sprawling dome of high pressure parked over the central Plains will send heat index values as high as "
          "112 degrees across eastern Nebraska through the weekend", "indirect", "forecasters", None,
          speaker_at="forecasters said Wednesday"),
        Q("“This is the kind of heat that doesn’t let up overnight, and that’s what makes it so dangerous,”",
          "direct", "Brianna Two Bulls-Ferreira", "Brianna Two Bulls-Ferreira"),
        Q("“Lows are only going to drop into the upper 70s, so people without air conditioning never get a chance to "
          "recover.”", "direct", "Brianna Two Bulls-Ferreira", "Brianna Two Bulls-Ferreira"),
        Q("state agencies would keep the centers open around the clock in the hardest-hit counties", "indirect",
          "the governor", "Dale Whitcomb"),
        Q("“a good first step”", "partial", "Ramona Gutiérrez-Hale", "Ramona Gutiérrez-Hale"),
        Q("many low-income renters still had no way to stay cool", "indirect", "Ramona Gutiérrez-Hale",
          "Ramona Gutiérrez-Hale"),
        Q("“We passed a bill two years ago to stop utilities from cutting off power during heat emergencies, and it "
          "still hasn’t been fully implemented,”", "direct", "Gutiérrez-Hale", "Ramona Gutiérrez-Hale",
          speaker_at="Gutiérrez-Hale said"),
        Q("“That’s not acceptable when it’s 105 in the shade.”", "direct", "Gutiérrez-Hale", "Ramona Gutiérrez-Hale",
          speaker_at="Gutiérrez-Hale said"),
        Q("the Haymarket Hop Fest, which drew about 6,000 people last year, will now run from 6 p.m. to midnight "
          "Saturday instead of its usual afternoon slot", "indirect", "organizers", None,
          speaker_at="organizers announced"),
        Q("“We had a choice between moving it or canceling it, and nobody wanted to cancel,”", "direct",
          "Kyle Vondracek", "Kyle Vondracek"),
        Q("“Honestly, a cold beer under the stars might be the better product anyway.”", "direct", "Kyle Vondracek",
          "Kyle Vondracek"),
        Q("volunteers would hand out free water at every gate and that the festival had rented a dozen misting fans",
          "indirect", "Vondracek", "Kyle Vondracek", speaker_at="Vondracek said volunteers"),
        Q("her biggest worry was keeping kegs cold", "indirect", "Marisol Dietz", "Marisol Dietz"),
        Q("“We’re bringing twice the ice we normally would, and I’m still nervous,”", "direct", "she",
          "Marisol Dietz", speaker_at="she said"),
        Q("crews had already responded to 14 heat-related calls since Monday, most involving older residents and "
          "outdoor workers", "indirect", "Lorraine Pickering", "Lorraine Pickering"),
    ]),
    Case("blind33-advocate-rates", """Ratepayers vent fury as Whangārei council eyes 14.9 per cent rates rise

Angry ratepayers packed the Whangārei District Council chamber yesterday as councillors began hearing submissions on a draft annual plan that would lift average residential rates by 14.9 per cent.

More than 1800 written submissions were received, the vast majority opposing the increase, according to council staff.

Mayor Hemi Tautahi said the council had "no good options left" after years of under-investment in water pipes, roads and flood protection.

"Nobody around this table wants to put rates up by this much. But the pipes under Whangārei don't care that it's an election year, and they're not going to fix themselves," he told the Northern Advocate before the hearing.

Graeme van Heerden, chairman of the Whangārei Ratepayers' Association, told councillors that many pensioners in the district were already choosing between paying their rates and heating their homes.

"You are asking people on fixed incomes to find another $500 a year. Where exactly do you think that is going to come from?" he asked.

Van Heerden said the association would campaign against any councillor who voted for the increase at October's local body elections.

Councillor Aroha Te Whata-Morrison, who is challenging Tautahi for the mayoralty, said the rise was "the price of a decade of kicking the can down the road".

"I'm not going to pretend there's a painless way out of this," she said. "But we can be smarter. We don't need a new $30 million civic centre right now."

Speaking on behalf of Te Parawhau hapū, kaumātua Matiu Herewini urged the council not to cut funding for the Hātea River restoration project, which he described as "the one good news story in this whole document".

Several submitters said the council should sell its shareholding in Northport rather than lean so heavily on ratepayers.

Council chief executive Deborah Ngata-Lowe said staff would present options for a lower rise, including deferring some roading projects, when councillors deliberate next month. She said a final decision would be made by June 26.

Hearings continue today and on Friday.""", [
        Q("More than 1800 written submissions were received, the vast majority opposing the increase", "indirect",
          "council staff", None),
        Q('"no good options left"', "partial", "Hemi Tautahi", "Hemi Tautahi"),
        Q('"Nobody around this table wants to put rates up by this much. But the pipes under Whangārei don\'t care '
          'that it\'s an election year, and they\'re not going to fix themselves,"', "direct", "he", "Hemi Tautahi",
          speaker_at="he told the Northern Advocate"),
        Q("that many pensioners in the district were already choosing between paying their rates and heating their "
          "homes", "indirect", "Graeme van Heerden", "Graeme van Heerden"),
        Q('"You are asking people on fixed incomes to find another $500 a year. Where exactly do you think that is '
          'going to come from?"', "direct", "he", "Graeme van Heerden", speaker_at="he asked"),
        Q("the association would campaign against any councillor who voted for the increase at October's local body "
          "elections", "indirect", "Van Heerden", "Graeme van Heerden", speaker_at="Van Heerden said"),
        Q('"the price of a decade of kicking the can down the road"', "partial", "Aroha Te Whata-Morrison",
          "Aroha Te Whata-Morrison"),
        Q('"I\'m not going to pretend there\'s a painless way out of this,"', "direct", "she",
          "Aroha Te Whata-Morrison", speaker_at='she said. "But'),
        Q('"But we can be smarter. We don\'t need a new $30 million civic centre right now."', "direct", "she",
          "Aroha Te Whata-Morrison", speaker_at='she said. "But'),
        Q('"the one good news story in this whole document"', "partial", "he", "Matiu Herewini",
          speaker_at="which he described"),
        Q("the council should sell its shareholding in Northport rather than lean so heavily on ratepayers",
          "indirect", "Several submitters", None),
        Q("staff would present options for a lower rise, including deferring some roading projects, when councillors "
          "deliberate next month", "indirect", "Deborah Ngata-Lowe", "Deborah Ngata-Lowe"),
        Q("a final decision would be made by June 26", "indirect", "She", "Deborah Ngata-Lowe",
          speaker_at="She said a final"),
    ]),
    Case("blind33-observer-fire", """Fire guts plastics factory in Sohar; no casualties

SOHAR, April 14 — A huge fire broke out at a plastics factory in Sohar Industrial City on Monday afternoon, sending thick black smoke over parts of North Al Batinah Governorate, the Civil Defence and Ambulance Authority (CDAA) said, adding that no casualties had been reported.

Firefighting teams from the CDAA’s North Al Batinah directorate, supported by teams from Sohar Port and neighbouring factories, brought the blaze under control after nearly five hours, the authority said in a statement carried by the Oman News Agency (ONA). All 63 workers on duty at the time were evacuated safely.

Lt Col Eng Saif bin Hamad al Shukaili, Director of Civil Defence and Ambulance in North Al Batinah, told the Observer that the first teams reached the site within nine minutes of the emergency call.

“The presence of large quantities of raw plastic and solvents made the fire difficult to contain, and our priority was to stop it spreading to the neighbouring units,” he said.

Al Shukaili said the cause of the fire was still being investigated by the competent authorities.

Sheikh Khalid bin Ali al Maqbali, chairman of Al Maqbali Polymers, which owns the factory, thanked the civil defence teams for their swift response.

“Thank God no one was hurt. Machines can be replaced; people cannot,” Sheikh Khalid said, adding that the company would continue to pay the salaries of all its employees while the plant is rebuilt.

The Public Establishment for Industrial Estates (Madayn), which manages Sohar Industrial City, said neighbouring factories had suspended operations as a precaution and would be inspected before resuming work.

Residents of nearby Falaj Al Qabail said the smoke could be seen from several kilometres away.

“We closed all the windows, but the smell of burning plastic was everywhere,” said Mohammed Salim al Balushi, who lives about three kilometres from the industrial city.

The Environment Authority said it had sent a team to monitor air quality in the surrounding areas and that readings would be published on its website.

Sohar Industrial City is home to more than 200 factories producing steel, aluminium, chemicals and plastics, many of them linked to Sohar Port and Freezone.""", [
        Q("A huge fire broke out at a plastics factory in Sohar Industrial City on Monday afternoon, sending thick "
          "black smoke over parts of North Al Batinah Governorate", "indirect",
          "the Civil Defence and Ambulance Authority", "Civil Defence and Ambulance Authority"),
        Q("that no casualties had been reported", "indirect", "the Civil Defence and Ambulance Authority",
          "Civil Defence and Ambulance Authority"),
        Q("Firefighting teams from the CDAA’s North Al Batinah directorate, supported by teams from Sohar Port and "
          "neighbouring factories, brought the blaze under control after nearly five hours", "indirect",
          "the authority", "Civil Defence and Ambulance Authority", speaker_at="the authority said"),
        Q("that the first teams reached the site within nine minutes of the emergency call", "indirect",
          "Saif bin Hamad al Shukaili", "Saif bin Hamad al Shukaili"),
        Q("“The presence of large quantities of raw plastic and solvents made the fire difficult to contain, and our "
          "priority was to stop it spreading to the neighbouring units,”", "direct", "he",
          "Saif bin Hamad al Shukaili", speaker_at="he said"),
        Q("the cause of the fire was still being investigated by the competent authorities", "indirect",
          "Al Shukaili", "Saif bin Hamad al Shukaili", speaker_at="Al Shukaili said"),
        Q("“Thank God no one was hurt. Machines can be replaced; people cannot,”", "direct", "Khalid",
          "Khalid bin Ali al Maqbali", speaker_at="Sheikh Khalid said"),
        Q("that the company would continue to pay the salaries of all its employees while the plant is rebuilt",
          "indirect", "Khalid", "Khalid bin Ali al Maqbali", speaker_at="Sheikh Khalid said"),
        Q("neighbouring factories had suspended operations as a precaution and would be inspected before resuming "
          "work", "indirect", "The Public Establishment for Industrial Estates",
          "Public Establishment for Industrial Estates"),
        Q("the smoke could be seen from several kilometres away", "indirect", "Residents of nearby Falaj Al Qabail",
          None),
        Q("“We closed all the windows, but the smell of burning plastic was everywhere,”", "direct",
          "Mohammed Salim al Balushi", "Mohammed Salim al Balushi"),
        Q("it had sent a team to monitor air quality in the surrounding areas and that readings would be published "
          "on its website", "indirect", "The Environment Authority", "Environment Authority"),
    ]),
    Case("blind33-argus-refuse", """Rubbish piles up as Samwu strike enters second week

Rotting rubbish is piling up on pavements across Cape Town as a strike by municipal refuse collectors enters its second week, with no sign of a breakthrough in wage talks between the City and the SA Municipal Workers’ Union (Samwu).

In Bo-Kaap, Woodstock and parts of Khayelitsha, bags and bins have not been collected since last Monday, and residents say rats have become a daily sight.

“The smell is unbearable. The rats are having a party and the children can’t play outside,” said Fatima Abrahams, 63, who has lived in Bo-Kaap all her life.

Samwu regional secretary Luvuyo Makhanya told about 2 000 marchers outside the Civic Centre on Wednesday that the union would not call off the strike until the City tabled “a serious offer”.

“Our members clean up this city’s dirt every day for wages that cannot feed a family,” he said. “We are not going back for crumbs.”

In a statement, the union accused the City of “bad faith bargaining” and said it had referred the dispute to the South African Local Government Bargaining Council.

Mayoral committee member for urban waste management, Alderman Riaan de Kock, said the City had offered a 6.5% increase, above the national public-sector settlement, and could not afford more without raising rates.

“We respect the right to strike, but this strike is unprotected, and the intimidation of workers who want to do their jobs is criminal,” De Kock said.

He said the City had obtained an interdict on Tuesday barring strikers from blocking depots, and that private contractors had been brought in to clear the worst-affected areas.

Informal waste pickers, known on the Cape Flats as “bin reclaimers”, have been working through the uncollected bags for recyclables, often leaving the contents strewn across the road.

The City’s acting executive director for community services and health, Dr Sipho Nkosi-Bezuidenhout, said clinics had not yet seen an increase in diarrhoeal illness, but warned that the risk would rise sharply if the strike continued into the hot weekend forecast for the peninsula.

Residents are asked to keep refuse on their properties and not to dump it on the street.""", [
        Q("rats have become a daily sight", "indirect", "residents", None, speaker_at="residents say"),
        Q("“The smell is unbearable. The rats are having a party and the children can’t play outside,”", "direct",
          "Fatima Abrahams", "Fatima Abrahams"),
        Q("“a serious offer”", "partial", "Luvuyo Makhanya", "Luvuyo Makhanya"),
        Q("“Our members clean up this city’s dirt every day for wages that cannot feed a family,”", "direct", "he",
          "Luvuyo Makhanya", speaker_at="he said"),
        Q("“We are not going back for crumbs.”", "direct", "he", "Luvuyo Makhanya", speaker_at="he said"),
        Q("“bad faith bargaining”", "partial", "the union", "SA Municipal Workers’ Union",
          speaker_at="the union accused"),
        Q("it had referred the dispute to the South African Local Government Bargaining Council", "indirect",
          "the union", "SA Municipal Workers’ Union", speaker_at="the union accused"),
        Q("the City had offered a 6.5% increase, above the national public-sector settlement, and could not afford "
          "more without raising rates", "indirect", "Riaan de Kock", "Riaan de Kock"),
        Q("“We respect the right to strike, but this strike is unprotected, and the intimidation of workers who want "
          "to do their jobs is criminal,”", "direct", "De Kock", "Riaan de Kock", speaker_at="De Kock said"),
        Q("the City had obtained an interdict on Tuesday barring strikers from blocking depots, and that private "
          "contractors had been brought in to clear the worst-affected areas", "indirect", "He", "Riaan de Kock",
          speaker_at="He said the City"),
        Q("clinics had not yet seen an increase in diarrhoeal illness", "indirect", "Sipho Nkosi-Bezuidenhout",
          "Sipho Nkosi-Bezuidenhout"),
        Q("that the risk would rise sharply if the strike continued into the hot weekend forecast for the peninsula",
          "indirect", "Sipho Nkosi-Bezuidenhout", "Sipho Nkosi-Bezuidenhout"),
    ]),
    Case("blind33-dailymail-lecturers", """UNZA lecturers down tools over delayed salaries

LECTURERS at the University of Zambia (UNZA) yesterday withdrew their labour over delayed salaries, leaving thousands of students stranded two weeks before the end-of-semester examinations.

University of Zambia Lecturers and Researchers Union (UNZALARU) president Dr Mwansa Chileshe-Mulenga said members had not been paid their June and July salaries and could no longer afford to report for work.

"Our members are borrowing money just to buy fuel to come to work. You cannot expect someone to teach on an empty stomach," Dr Chileshe-Mulenga said in an interview in Lusaka yesterday.

She said the union had written to management three times since May without receiving a response.

"We are not asking for an increment. We are simply asking to be paid for work we have already done," she said.

But UNZA public relations manager Chilufya Kasonde said in a statement that the university had received part of its July grant from the Treasury and that June salaries would be paid "before the end of this week".

Mr Kasonde said management regretted the inconvenience caused to students and remained open to dialogue with the unions.

Speaking when she toured Mulungushi University in Kabwe yesterday, Minister of Education Precious Mweemba-Phiri said Government had released K48 million to public universities last week to clear salary arrears.

"Government is aware of the challenges and we are working around the clock. I appeal to our lecturers to go back to class while we resolve this matter," the minister said.

University of Zambia Students' Union (UNZASU) president Bupe Kalaba said students were worried the strike could push back examinations and delay graduation.

"Some of us are in our final year. Every week lost is a week we have to pay for in accommodation and meals," Mr Kalaba said.

A check by the Daily Mail at the Great East Road campus yesterday found lecture theatres empty, while some students were seen revising on their own in the library.

This is the second time this year that UNZA lecturers have withdrawn their labour over salary delays.""", [
        Q("members had not been paid their June and July salaries and could no longer afford to report for work",
          "indirect", "Mwansa Chileshe-Mulenga", "Mwansa Chileshe-Mulenga"),
        Q('"Our members are borrowing money just to buy fuel to come to work. You cannot expect someone to teach on an '
          'empty stomach,"', "direct", "Chileshe-Mulenga", "Mwansa Chileshe-Mulenga",
          speaker_at="Dr Chileshe-Mulenga said"),
        Q("the union had written to management three times since May without receiving a response", "indirect",
          "She", "Mwansa Chileshe-Mulenga", speaker_at="She said the union"),
        Q('"We are not asking for an increment. We are simply asking to be paid for work we have already done,"',
          "direct", "she", "Mwansa Chileshe-Mulenga", speaker_at='done," she said'),
        Q("that the university had received part of its July grant from the Treasury", "indirect",
          "Chilufya Kasonde", "Chilufya Kasonde"),
        Q('"before the end of this week"', "partial", "Chilufya Kasonde", "Chilufya Kasonde"),
        Q("management regretted the inconvenience caused to students and remained open to dialogue with the unions",
          "indirect", "Kasonde", "Chilufya Kasonde", speaker_at="Mr Kasonde said"),
        Q("Government had released K48 million to public universities last week to clear salary arrears", "indirect",
          "Precious Mweemba-Phiri", "Precious Mweemba-Phiri"),
        Q('"Government is aware of the challenges and we are working around the clock. I appeal to our lecturers to '
          'go back to class while we resolve this matter,"', "direct", "the minister", "Precious Mweemba-Phiri"),
        Q("students were worried the strike could push back examinations and delay graduation", "indirect",
          "Bupe Kalaba", "Bupe Kalaba"),
        Q('"Some of us are in our final year. Every week lost is a week we have to pay for in accommodation and '
          'meals,"', "direct", "Kalaba", "Bupe Kalaba", speaker_at="Mr Kalaba said"),
    ]),
    Case("blind33-malaymail-laundering", """Bank officer tells court RM4.2m moved through 17 mule accounts in ex-director's money-laundering trial

KUALA LUMPUR, March 11 — A bank compliance manager told the Sessions Court here today that more than RM4.2 million was channelled through 17 mule accounts linked to former construction company director Datuk Tan Kok Wai over a two-year period.

Tan, 58, is facing 12 charges under Section 4(1) of the Anti-Money Laundering, Anti-Terrorism Financing and Proceeds of Unlawful Activities Act 2001 involving RM4.27 million, allegedly committed at two banks in Kuala Lumpur and Petaling Jaya between January 2019 and December 2020.

Nurul Huda Kamaruddin, 34, the 11th prosecution witness, said most of the accounts were opened in the names of foreign workers and elderly villagers in Kedah, and that large deposits were typically withdrawn "within hours, sometimes within minutes".

"These patterns are typical of what we call mule accounts, where the account holder is not the person who actually controls the money," she said when examined by deputy public prosecutor Nik Haslinda Nik Hussein.

She told the court that the bank had lodged suspicious transaction reports on all 17 accounts with Bank Negara Malaysia between 2020 and 2021.

Under cross-examination by Tan's counsel, Datuk Harpal Singh Sandhu, the witness agreed that none of the accounts was held in the accused's own name.

"So you cannot tell this court that my client ever touched a single ringgit from these accounts?" Harpal Singh asked.

"Not from the bank records alone, no," Nurul Huda replied.

On Monday, a former site supervisor at Tan's company, Lim Mei Ling, 41, testified that she had handed over her ATM card and online banking details to Tan's personal assistant in 2019 in exchange for RM500 a month.

Lim told the court she had been "too scared to ask questions" because she was worried about losing her job.

The Malaysian Anti-Corruption Commission (MACC), which investigated the case, said in a statement when Tan was charged in 2022 that it had frozen 23 bank accounts and seized two luxury vehicles linked to him.

Judge Rozilah Salleh fixed March 25 for continued trial. Tan is out on RM200,000 bail with one surety.

If convicted, he faces up to 15 years' jail and a fine of not less than five times the amount involved.""", [
        Q("that more than RM4.2 million was channelled through 17 mule accounts linked to former construction company "
          "director Datuk Tan Kok Wai over a two-year period", "indirect", "A bank compliance manager",
          "Nurul Huda Kamaruddin"),
        Q("most of the accounts were opened in the names of foreign workers and elderly villagers in Kedah",
          "indirect", "Nurul Huda Kamaruddin", "Nurul Huda Kamaruddin"),
        Q('"within hours, sometimes within minutes"', "partial", "Nurul Huda Kamaruddin", "Nurul Huda Kamaruddin"),
        Q('"These patterns are typical of what we call mule accounts, where the account holder is not the person who '
          'actually controls the money,"', "direct", "she", "Nurul Huda Kamaruddin", speaker_at="she said when"),
        Q("that the bank had lodged suspicious transaction reports on all 17 accounts with Bank Negara Malaysia "
          "between 2020 and 2021", "indirect", "She", "Nurul Huda Kamaruddin", speaker_at="She told the court"),
        Q("that none of the accounts was held in the accused's own name", "indirect", "the witness",
          "Nurul Huda Kamaruddin", speaker_at="the witness agreed"),
        Q('"So you cannot tell this court that my client ever touched a single ringgit from these accounts?"',
          "direct", "Harpal Singh", "Harpal Singh Sandhu", speaker_at="Harpal Singh asked"),
        Q('"Not from the bank records alone, no,"', "direct", "Nurul Huda", "Nurul Huda Kamaruddin",
          speaker_at="Nurul Huda replied"),
        Q("that she had handed over her ATM card and online banking details to Tan's personal assistant in 2019 in "
          "exchange for RM500 a month", "indirect", "Lim Mei Ling", "Lim Mei Ling"),
        Q('"too scared to ask questions"', "partial", "Lim", "Lim Mei Ling", speaker_at="Lim told the court"),
        Q("that it had frozen 23 bank accounts and seized two luxury vehicles linked to him", "indirect",
          "The Malaysian Anti-Corruption Commission", "Malaysian Anti-Corruption Commission"),
    ]),
    Case("blind33-recorder-telecom", """ZCL posts Rs9.4bn half-year profit as data revenue surges

KARACHI: Zarnet Communications Limited (ZCL) has posted a profit after tax of Rs9.4 billion for the half-year ended June 30, 2025, up 37 percent from Rs6.86 billion in the same period last year, the company said in a notice to the Pakistan Stock Exchange (PSX) on Tuesday.

Earnings per share came in at Rs5.12, compared with Rs3.74 in the corresponding period. The board also announced an interim cash dividend of Rs2 per share, or 20 percent.

Revenue rose 24 percent year-on-year to Rs118.6 billion, driven mainly by mobile data and the company’s ZarPay digital wallet, while finance costs fell 18 percent after last year’s refinancing of its syndicated loans.

“Data is now more than half of our service revenue, and that share will keep growing as 4G handsets become more affordable,” Chief Executive Officer Farrukh Zaman Qureshi said in a statement accompanying the results.

Qureshi said the company had added 2.1 million subscribers during the period, taking its base to 41.3 million.

He, however, cautioned that rupee depreciation and high spectrum fees continued to weigh on the sector, describing the tax burden on telecom users as “among the highest in the region”.

Speaking at a corporate briefing for analysts on Wednesday, Chief Financial Officer Ayesha Noor-ul-Ain Malik said capital expenditure for 2025 would be around $180 million, most of it on expanding 4G coverage in Balochistan and Khyber Pakhtunkhwa ahead of the expected 5G spectrum auction.

“We will be disciplined. We are not going to overpay for spectrum just to say we were first,” she said when asked about the company’s plans for the auction.

According to the Pakistan Telecommunication Authority (PTA), the country’s cellular subscriber base stood at 195 million at the end of May, while broadband subscriptions crossed 140 million.

Muhammad Awais Ashraf, director research at Indus Capital Securities, said the results were above market expectations, mainly due to lower finance costs and a one-off tax reversal.

“The balance sheet looks much healthier after the refinancing. If the rupee holds, we could see a higher payout in the second half,” he told Business Recorder.

ZCL’s shares closed 3.8 percent higher at Rs71.45 on the PSX on Wednesday, against a 0.6 percent gain in the benchmark KSE-100 index.""", [
        Q("Zarnet Communications Limited (ZCL) has posted a profit after tax of Rs9.4 billion for the half-year ended "
          "June 30, 2025, up 37 percent from Rs6.86 billion in the same period last year", "indirect", "the company",
          "Zarnet Communications Limited", speaker_at="the company said"),
        Q("“Data is now more than half of our service revenue, and that share will keep growing as 4G handsets "
          "become more affordable,”", "direct", "Farrukh Zaman Qureshi", "Farrukh Zaman Qureshi"),
        Q("the company had added 2.1 million subscribers during the period, taking its base to 41.3 million",
          "indirect", "Qureshi", "Farrukh Zaman Qureshi", speaker_at="Qureshi said the company"),
        Q("that rupee depreciation and high spectrum fees continued to weigh on the sector", "indirect", "He",
          "Farrukh Zaman Qureshi", speaker_at="He, however"),
        Q("“among the highest in the region”", "partial", "He", "Farrukh Zaman Qureshi", speaker_at="He, however"),
        Q("capital expenditure for 2025 would be around $180 million, most of it on expanding 4G coverage in "
          "Balochistan and Khyber Pakhtunkhwa ahead of the expected 5G spectrum auction", "indirect",
          "Ayesha Noor-ul-Ain Malik", "Ayesha Noor-ul-Ain Malik"),
        Q("“We will be disciplined. We are not going to overpay for spectrum just to say we were first,”", "direct",
          "she", "Ayesha Noor-ul-Ain Malik", speaker_at="she said"),
        Q("the country’s cellular subscriber base stood at 195 million at the end of May, while broadband "
          "subscriptions crossed 140 million", "indirect", "the Pakistan Telecommunication Authority",
          "Pakistan Telecommunication Authority"),
        Q("the results were above market expectations, mainly due to lower finance costs and a one-off tax reversal",
          "indirect", "Muhammad Awais Ashraf", "Muhammad Awais Ashraf"),
        Q("“The balance sheet looks much healthier after the refinancing. If the rupee holds, we could see a higher "
          "payout in the second half,”", "direct", "he", "Muhammad Awais Ashraf", speaker_at="he told Business Recorder"),
    ]),
]
