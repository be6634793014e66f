"""Blind gold, batch 24: sixteen short news articles written without sight of the pretagger.

Wire copy (AFP, AP) and local papers from Britain, Ireland, Australia, New Zealand,
the US farm belt, Uganda, Nigeria, South Africa, Zambia, Qatar, Malaysia, Mongolia
and India, in their own house styles: straight and curly double quotes, British single
quotes, quotes continued across paragraphs, titles and scare quotes that are not
quotes. See build_gold.py for the case format and gold_format.py for the lookups.
"""

from __future__ import annotations

from gold_format import Case, Q

CASES = [
    Case("blind24-ferry", """Dozens missing after overloaded ferry capsizes on Bangladesh river

DHAKA, Bangladesh (AFP) - At least 23 people drowned and dozens more were missing after an overloaded ferry capsized in a storm on the swollen Meghna river in central Bangladesh on Sunday, officials said.

The triple-decker vessel, the MV Sonar Tori, was carrying more than 150 passengers from Chandpur to the capital Dhaka when it was hit by strong winds near Munshiganj, police said.

"So far we have recovered 23 bodies, including seven children," local police chief Mohammad Abdur Rahim told AFP by telephone. "Divers are still searching but the current is very strong."

Rescuers said dozens of passengers had swum to shore or been picked up by fishing boats. Survivors said the ferry had been visibly overcrowded when it left Chandpur.

"There was no space even to stand. When the wind came the boat tilted to one side and then it just turned over," said Nasrin Akter, 34, who was travelling with her two sons. One of the boys is still missing, she said.

Bangladesh's shipping ministry said it had formed a five-member committee to investigate the accident and ordered it to report within seven days.

State minister for shipping Shafiqul Islam Bhuiyan said the owner of the vessel would "face the full force of the law" if it was found to have been overloaded. The owner, Abul Kalam Sarkar, told the Bengali-language daily Prothom Alo that the ferry had been carrying "no more than the usual number" and blamed the weather.

According to the Bangladesh Inland Water Transport Authority, the ferry was licensed to carry 110 passengers and had passed a fitness inspection in January.

Ferry accidents are common in Bangladesh, a low-lying delta nation crisscrossed by some 230 rivers, where safety standards are often poor and vessels are routinely overloaded, particularly during the monsoon.

"Every year we see the same pattern: a tragedy, a committee, and then nothing changes," said Professor Mizanur Rahman Talukder, a transport specialist at the Bangladesh University of Engineering and Technology.

"Owners know the fines are small and the inspections are weak," he added.

Hundreds of relatives gathered on the riverbank at Munshiganj on Monday morning, some wailing as bodies wrapped in white cloth were brought ashore.

"My father was going to Dhaka to see a doctor," said one young man, who did not want to give his name. "Now we are waiting here to take his body home."

The meteorological department had issued a storm warning for river vessels on Sunday afternoon, a local official said, but it was not clear whether the ferry's crew had received it.""", [
        Q("At least 23 people drowned and dozens more were missing after an overloaded ferry capsized in a storm on "
          "the swollen Meghna river in central Bangladesh on Sunday", "indirect", "officials", None),
        Q("The triple-decker vessel, the MV Sonar Tori, was carrying more than 150 passengers from Chandpur to the "
          "capital Dhaka when it was hit by strong winds near Munshiganj", "indirect", "police", None,
          speaker_at="Munshiganj, police said"),
        Q('"So far we have recovered 23 bodies, including seven children,"', "direct", "Mohammad Abdur Rahim",
          "Mohammad Abdur Rahim"),
        Q('"Divers are still searching but the current is very strong."', "direct", "Mohammad Abdur Rahim",
          "Mohammad Abdur Rahim"),
        Q("dozens of passengers had swum to shore or been picked up by fishing boats", "indirect", "Rescuers", None),
        Q("the ferry had been visibly overcrowded when it left Chandpur", "indirect", "Survivors", None),
        Q('"There was no space even to stand. When the wind came the boat tilted to one side and then it just '
          'turned over,"', "direct", "Nasrin Akter", "Nasrin Akter"),
        Q("One of the boys is still missing", "indirect", "she", "Nasrin Akter", speaker_at="missing, she said"),
        Q("it had formed a five-member committee to investigate the accident and ordered it to report within seven "
          "days", "indirect", "Bangladesh's shipping ministry", None),
        Q('"face the full force of the law"', "partial", "Shafiqul Islam Bhuiyan", "Shafiqul Islam Bhuiyan"),
        Q('"no more than the usual number"', "partial", "Abul Kalam Sarkar", "Abul Kalam Sarkar"),
        Q("the ferry was licensed to carry 110 passengers and had passed a fitness inspection in January", "indirect",
          "the Bangladesh Inland Water Transport Authority", "Bangladesh Inland Water Transport Authority"),
        Q('"Every year we see the same pattern: a tragedy, a committee, and then nothing changes,"', "direct",
          "Mizanur Rahman Talukder", "Mizanur Rahman Talukder"),
        Q('"Owners know the fines are small and the inspections are weak,"', "direct", "he",
          "Mizanur Rahman Talukder", speaker_at="he added"),
        Q('"My father was going to Dhaka to see a doctor,"', "direct", "one young man", None),
        Q('"Now we are waiting here to take his body home."', "direct", "one young man", None),
        Q("The meteorological department had issued a storm warning for river vessels on Sunday afternoon",
          "indirect", "a local official", None),
    ], source="blind"),

    Case("blind24-kidnap-trial", """Former police officer tells Mexican court he guarded kidnapped American engineer

MONTERREY, Mexico (AP) \u2014 A former state police officer testified Tuesday that he was paid to guard an American engineer held captive for 41 days in 2022, in the first trial of suspects in a kidnapping that strained relations between the U.S. and Mexico.

Ernesto Villarreal Garza, 38, told a federal court in Monterrey that a man he knew only as "El G\u00fcero" had offered him 20,000 pesos a week to watch over a safe house on the outskirts of the city.

"I knew it was wrong, but I had three children and they had not paid us in months," Villarreal Garza said, his voice breaking. He is one of five defendants and has agreed to cooperate with prosecutors in exchange for a reduced sentence.

The engineer, Thomas J. Kowalczyk of Houston, was abducted in March 2022 as he left a steel plant where he worked as a consultant. He was freed in a raid by Mexican marines that April.

Kowalczyk, who did not attend the hearing, said in a statement read by his attorney that he hoped the trial would "bring some measure of peace" to his family.

Prosecutor Mar\u00eda Fernanda de la Cruz Ibarra told the three-judge panel that the gang had demanded $2 million from the engineer's employer and had threatened to send his fingers to his wife.

"This was not an improvised crime," de la Cruz said in her opening statement. "It was planned down to the last detail, by people who knew exactly what they were doing."

Lawyers for the alleged ringleader, Jes\u00fas Alberto Ochoa Sandoval, argued that their client had been tortured into confessing.

"My client was beaten for two days before he signed anything," attorney Rogelio Mendoza Trevi\u00f1o told reporters outside the courthouse. "That confession is worthless."

The Nuevo Le\u00f3n Attorney General's Office said it had opened an investigation into the torture allegations.

At least 550 U.S. citizens have been reported kidnapped in Mexico since 2018, according to the U.S. Embassy in Mexico City. An embassy spokesperson said the United States was following the trial closely but declined to comment further, citing the ongoing proceedings.

The trial is expected to last at least three months. If convicted, the defendants face up to 140 years in prison.""", [
        Q("he was paid to guard an American engineer held captive for 41 days in 2022", "indirect",
          "A former state police officer", "Ernesto Villarreal Garza"),
        Q('a man he knew only as "El G\u00fcero" had offered him 20,000 pesos a week to watch over a safe house on '
          'the outskirts of the city', "indirect", "Ernesto Villarreal Garza", "Ernesto Villarreal Garza"),
        Q('"I knew it was wrong, but I had three children and they had not paid us in months,"', "direct",
          "Villarreal Garza", "Ernesto Villarreal Garza", speaker_at="Villarreal Garza said"),
        Q('"bring some measure of peace"', "partial", "Kowalczyk", "Thomas J. Kowalczyk",
          speaker_at="Kowalczyk, who did not attend"),
        Q("the gang had demanded $2 million from the engineer's employer and had threatened to send his fingers to "
          "his wife", "indirect", "Mar\u00eda Fernanda de la Cruz Ibarra", "Mar\u00eda Fernanda de la Cruz Ibarra"),
        Q('"This was not an improvised crime,"', "direct", "de la Cruz", "Mar\u00eda Fernanda de la Cruz Ibarra",
          speaker_at="de la Cruz said"),
        Q('"It was planned down to the last detail, by people who knew exactly what they were doing."', "direct",
          "de la Cruz", "Mar\u00eda Fernanda de la Cruz Ibarra", speaker_at="de la Cruz said"),
        Q("their client had been tortured into confessing", "indirect", "Lawyers for the alleged ringleader", None),
        Q('"My client was beaten for two days before he signed anything,"', "direct", "Rogelio Mendoza Trevi\u00f1o",
          "Rogelio Mendoza Trevi\u00f1o"),
        Q('"That confession is worthless."', "direct", "Rogelio Mendoza Trevi\u00f1o", "Rogelio Mendoza Trevi\u00f1o"),
        Q("it had opened an investigation into the torture allegations", "indirect",
          "The Nuevo Le\u00f3n Attorney General's Office", "Nuevo Le\u00f3n Attorney General's Office"),
        Q("At least 550 U.S. citizens have been reported kidnapped in Mexico since 2018", "indirect",
          "the U.S. Embassy in Mexico City", "U.S. Embassy in Mexico City"),
        Q("the United States was following the trial closely", "indirect", "An embassy spokesperson", None),
    ], source="blind"),

    Case("blind24-bin-strike", """Bin strike: rubbish piles up across Bristol as pay talks collapse

Rubbish is piling up on streets across Bristol after talks to end a strike by refuse collectors broke down on Thursday night.

Around 180 crews employed by Bristol Waste Company walked out on Monday in a row over pay, and the GMB union has warned the action could run until the end of the month.

Residents in Easton, Bedminster and Southmead have told the Post some black bins have not been emptied for more than a fortnight.

\u2018The smell is unbearable, and we\u2019ve seen rats in the back lane,\u2019 said Halima Yusuf-Warsame, who lives off Stapleton Road with her four children. \u2018We pay our council tax like everyone else.\u2019

GMB regional organiser Kevin O\u2019Driscoll said members had been offered a rise of 4.5 per cent, which he called \u2018an insult\u2019 at a time when rents in the city were soaring.

\u2018Nobody wants to be stood on a picket line in the rain,\u2019 he told the Post outside the Avonmouth depot. \u2018But our members keep this city clean, and they deserve to be able to afford to live in it.\u2019

Bristol Waste said it had made a \u2018fair and affordable\u2019 offer and was disappointed the union had walked away from the table.

A spokesperson for the company added: \u2018We remain ready to meet at any time, and we are doing everything we can to keep the most essential services running.\u2019

The city council, which owns the company, has drafted in agency staff to collect clinical waste and extended opening hours at its recycling centres at Avonmouth and Hartcliffe Way.

Cllr Tessa Fitzgerald-Bowen, who chairs the council\u2019s environment and sustainability committee, urged both sides to get back round the table.

\u2018I understand the frustration on every side,\u2019 she said. \u2018But families in this city cannot be left living next to mountains of rubbish while this drags on.\u2019

She said residents should not leave bags on the pavement, where they could attract vermin, and should check the council\u2019s \u2018bin strike\u2019 webpage for updates on collections.

Not everyone is sympathetic to the council. Pensioner Derek Ashworth, 78, from Southmead, said the authority had \u2018seen this coming for months and done nothing\u2019.

A further round of talks, brokered by the conciliation service Acas, is expected early next week.""", [
        Q("the action could run until the end of the month", "indirect", "the GMB union", "GMB"),
        Q("some black bins have not been emptied for more than a fortnight", "indirect",
          "Residents in Easton, Bedminster and Southmead", None),
        Q("\u2018The smell is unbearable, and we\u2019ve seen rats in the back lane,\u2019", "direct",
          "Halima Yusuf-Warsame", "Halima Yusuf-Warsame"),
        Q("\u2018We pay our council tax like everyone else.\u2019", "direct", "Halima Yusuf-Warsame",
          "Halima Yusuf-Warsame"),
        Q("members had been offered a rise of 4.5 per cent", "indirect", "Kevin O\u2019Driscoll",
          "Kevin O\u2019Driscoll"),
        Q("\u2018an insult\u2019", "partial", "he", "Kevin O\u2019Driscoll", speaker_at="which he called"),
        Q("\u2018Nobody wants to be stood on a picket line in the rain,\u2019", "direct", "he", "Kevin O\u2019Driscoll",
          speaker_at="he told the Post"),
        Q("\u2018But our members keep this city clean, and they deserve to be able to afford to live in it.\u2019",
          "direct", "he", "Kevin O\u2019Driscoll", speaker_at="he told the Post"),
        Q("\u2018fair and affordable\u2019", "partial", "Bristol Waste", "Bristol Waste Company",
          speaker_at="Bristol Waste said"),
        Q("the union had walked away from the table", "indirect", "Bristol Waste", "Bristol Waste Company",
          speaker_at="Bristol Waste said"),
        Q("\u2018We remain ready to meet at any time, and we are doing everything we can to keep the most essential "
          "services running.\u2019", "direct", "A spokesperson for the company", None),
        Q("\u2018I understand the frustration on every side,\u2019", "direct", "she", "Tessa Fitzgerald-Bowen",
          speaker_at="side,\u2019 she said"),
        Q("\u2018But families in this city cannot be left living next to mountains of rubbish while this drags "
          "on.\u2019", "direct", "she", "Tessa Fitzgerald-Bowen", speaker_at="side,\u2019 she said"),
        Q("residents should not leave bags on the pavement, where they could attract vermin, and should check the "
          "council\u2019s \u2018bin strike\u2019 webpage for updates on collections", "indirect", "She",
          "Tessa Fitzgerald-Bowen", speaker_at="She said residents"),
        Q("\u2018seen this coming for months and done nothing\u2019", "partial", "Derek Ashworth", "Derek Ashworth"),
    ], source="blind"),

    Case("blind24-opera", """Gaelic opera about Lewis clearances wins standing ovation at premiere

A new opera telling the story of the 19th-century clearances on the Isle of Lewis received a standing ovation at its world premiere in Glasgow on Saturday night.

\u2018The Cailleach\u2019s Daughter\u2019, composed by Morag NicLe\u00f2id-Ferguson with a libretto in English and Gaelic by the poet Ruairidh MacAmhlaigh, is the first full-length work Scottish Opera has commissioned from a Gaelic-speaking composer.

Speaking after the performance at the Theatre Royal, NicLe\u00f2id-Ferguson said she had spent six years on the score.

\u2018My grandmother used to sing me the songs her own grandmother had carried from Uig,\u2019 she said. \u2018This opera is, in a way, her story.\u2019

The production, directed by Anneke van der Heijden, sets much of the action on a bare, tilted stage that slowly disappears beneath sheets of grey cloth. Van der Heijden said she wanted audiences to feel \u2018the ground being pulled from under people\u2019s feet\u2019.

Scottish Opera\u2019s general director, Alasdair Buchanan-Reid, described the commission as \u2018a statement of intent\u2019.

\u2018Gaelic culture is not a museum piece,\u2019 he said. \u2018It is alive, and it belongs on our main stage as much as Verdi or Puccini.\u2019

Mezzo-soprano Catriona Nic a\u2019 Phearsain, who sings the title role, drew the loudest cheers of the night. Among those on their feet was Professor Donald Ross Macleod of the University of the Highlands and Islands, who said the work dealt with a painful period of history \u2018with great honesty and no sentimentality\u2019.

Not everyone was won over. One critic in the stalls, who asked not to be named, said the second act \u2018drags badly\u2019 and the bilingual surtitles were hard to follow.

B\u00f2rd na G\u00e0idhlig, the public body responsible for the language, said it hoped the production would encourage more young people to learn Gaelic. Its chief executive, Iain Mac an t-Saoir, said: \u2018To hear Gaelic sung by a full orchestra and chorus in the Theatre Royal is something many of us thought we would never see.

\u2018Tonight there were teenagers in the audience hearing their own language on one of the great stages of Europe. That matters more than any review.\u2019

The opera tours to Inverness, Stornoway and Aberdeen next month before a run at the Edinburgh International Festival in August.""", [
        Q("she had spent six years on the score", "indirect", "NicLe\u00f2id-Ferguson", "Morag NicLe\u00f2id-Ferguson",
          speaker_at="NicLe\u00f2id-Ferguson said"),
        Q("\u2018My grandmother used to sing me the songs her own grandmother had carried from Uig,\u2019", "direct",
          "she", "Morag NicLe\u00f2id-Ferguson", speaker_at="Uig,\u2019 she said"),
        Q("\u2018This opera is, in a way, her story.\u2019", "direct", "she", "Morag NicLe\u00f2id-Ferguson",
          speaker_at="Uig,\u2019 she said"),
        Q("\u2018the ground being pulled from under people\u2019s feet\u2019", "partial", "Van der Heijden",
          "Anneke van der Heijden"),
        Q("\u2018a statement of intent\u2019", "partial", "Alasdair Buchanan-Reid", "Alasdair Buchanan-Reid"),
        Q("\u2018Gaelic culture is not a museum piece,\u2019", "direct", "he", "Alasdair Buchanan-Reid",
          speaker_at="piece,\u2019 he said"),
        Q("\u2018It is alive, and it belongs on our main stage as much as Verdi or Puccini.\u2019", "direct", "he",
          "Alasdair Buchanan-Reid", speaker_at="piece,\u2019 he said"),
        Q("\u2018with great honesty and no sentimentality\u2019", "partial", "Donald Ross Macleod",
          "Donald Ross Macleod"),
        Q("\u2018drags badly\u2019", "partial", "One critic in the stalls", None),
        Q("the bilingual surtitles were hard to follow", "indirect", "One critic in the stalls", None),
        Q("it hoped the production would encourage more young people to learn Gaelic", "indirect",
          "B\u00f2rd na G\u00e0idhlig", "B\u00f2rd na G\u00e0idhlig"),
        Q("\u2018To hear Gaelic sung by a full orchestra and chorus in the Theatre Royal is something many of us "
          "thought we would never see.", "direct", "Iain Mac an t-Saoir", "Iain Mac an t-Saoir"),
        Q("\u2018Tonight there were teenagers in the audience hearing their own language on one of the great stages "
          "of Europe. That matters more than any review.\u2019", "direct", "Iain Mac an t-Saoir",
          "Iain Mac an t-Saoir"),
    ], source="blind"),

    Case("blind24-labour-leadership", """Cork TD enters Labour leadership race as contest takes shape

Cork South-Central TD Siobh\u00e1n N\u00ed Bhriain has formally entered the race to lead the Labour Party, setting up a head-to-head contest with Dublin Bay North deputy Declan Fitzpatrick-Moran.

Launching her campaign at the Metropole Hotel in Cork city yesterday, Ms N\u00ed Bhriain said the party had \u201clost its way\u201d and needed to reconnect with working people outside the capital.

\u201cFor too long, Labour has been talking to itself,\u201d she told supporters. \u201cPeople in Mallow, in Clonakilty, in Ballincollig are crying out for a party that will fight for decent housing and decent wages. I intend to give them one.\u201d

The contest was triggered last month when the previous leader stepped down after the party lost 11 council seats in the local elections.

Mr Fitzpatrick-Moran, a former Siptu official, is regarded as the frontrunner and has the backing of eight of the party\u2019s 15 Oireachtas members.

Speaking on RT\u00c9\u2019s Morning Ireland, he said he welcomed the contest. \u201cMembers deserve a choice, and I look forward to a respectful debate,\u201d he said.

However, a senior party source told the Irish Examiner there was \u201creal nervousness\u201d in the parliamentary party about the tone the campaign could take.

\u201cNobody wants a repeat of the last time, when we spent the whole summer knifing each other,\u201d the source said.

Ms N\u00ed Bhriain, a 39-year-old former secondary school teacher, was first elected to the D\u00e1il in 2020. She was endorsed yesterday by Senator P\u00e1draig \u00d3 S\u00failleabh\u00e1in, who described her as \u201cthe most gifted communicator of her generation\u201d.

Under party rules, candidates need nominations from at least four members of the parliamentary party. General secretary Ruth McAuliffe confirmed both candidates had met the threshold.

Ballot papers will be sent to around 3,500 members next week, with the result due on September 14.

According to Dr Fionnuala Kiely-Hanrahan, a political scientist at University College Cork, the outcome could decide whether Labour survives as a serious force in Irish politics.

\u201cThis is not just about who leads the party,\u201d she said. \u201cIt is about whether the party has a future at all.\u201d""", [
        Q("\u201clost its way\u201d", "partial", "N\u00ed Bhriain", "Siobh\u00e1n N\u00ed Bhriain",
          speaker_at="Ms N\u00ed Bhriain said"),
        Q("needed to reconnect with working people outside the capital", "indirect", "N\u00ed Bhriain",
          "Siobh\u00e1n N\u00ed Bhriain", speaker_at="Ms N\u00ed Bhriain said"),
        Q("\u201cFor too long, Labour has been talking to itself,\u201d", "direct", "she", "Siobh\u00e1n N\u00ed Bhriain",
          speaker_at="she told supporters"),
        Q("\u201cPeople in Mallow, in Clonakilty, in Ballincollig are crying out for a party that will fight for "
          "decent housing and decent wages. I intend to give them one.\u201d", "direct", "she",
          "Siobh\u00e1n N\u00ed Bhriain", speaker_at="she told supporters"),
        Q("he welcomed the contest", "indirect", "he", "Declan Fitzpatrick-Moran", speaker_at="Ireland, he said"),
        Q("\u201cMembers deserve a choice, and I look forward to a respectful debate,\u201d", "direct", "he",
          "Declan Fitzpatrick-Moran", speaker_at="debate,\u201d he said"),
        Q("\u201creal nervousness\u201d", "partial", "a senior party source", None),
        Q("\u201cNobody wants a repeat of the last time, when we spent the whole summer knifing each other,\u201d",
          "direct", "the source", None),
        Q("\u201cthe most gifted communicator of her generation\u201d", "partial",
          "P\u00e1draig \u00d3 S\u00failleabh\u00e1in", "P\u00e1draig \u00d3 S\u00failleabh\u00e1in"),
        Q("both candidates had met the threshold", "indirect", "Ruth McAuliffe", "Ruth McAuliffe"),
        Q("the outcome could decide whether Labour survives as a serious force in Irish politics", "indirect",
          "Fionnuala Kiely-Hanrahan", "Fionnuala Kiely-Hanrahan"),
        Q("\u201cThis is not just about who leads the party,\u201d", "direct", "she", "Fionnuala Kiely-Hanrahan",
          speaker_at="party,\u201d she said"),
        Q("\u201cIt is about whether the party has a future at all.\u201d", "direct", "she", "Fionnuala Kiely-Hanrahan",
          speaker_at="party,\u201d she said"),
    ], source="blind"),

    Case("blind24-epsom", """Kiwi outsider stuns favourites in rain-soaked Epsom

A $41 outsider from New Zealand has upset the favourites in the Group 1 Epsom Handicap, surging through a gap on the rail in the final 100 metres to win on a heavy track at Randwick on Saturday.

Little K\u014dwhai, trained at Matamata by Bernadette Tuhiwai-Hart and ridden by Sydney apprentice Jayden Nguyen, beat the favourite, Copper Crown, by a long neck.

\u201cI honestly didn\u2019t think she\u2019d handle the ground,\u201d Tuhiwai-Hart said. \u201cShe\u2019d never raced on anything worse than a soft six. But she\u2019s tough, this one. Tougher than me.\u201d

Nguyen, 19, who was having only his fourth Group 1 ride, said his instructions had been to \u201csit and wait\u201d, and he had never panicked even when the gap was slow to come.

\u201cWhen it opened,\u201d he said, \u201cI just went for it. I\u2019m still shaking.\u201d

The result was a blow to punters, with Copper Crown having been backed into $3.20 favourite. His trainer, Anthony Castellano, blamed the going.

\u201cHe just couldn\u2019t get a grip on it. You can\u2019t take anything away from the winner, though,\u201d Castellano said.

Stewards later questioned Nguyen over his use of the whip in the closing stages but took no further action, according to a Racing NSW statement.

About 14,500 racegoers braved the conditions, the Australian Turf Club said, down from 21,000 last year.

The winning owners, a syndicate of 12 dairy farmers from the Waikato, flew in on Friday morning. Their spokesman, Hemi Walker, said the group had paid just $NZ45,000 for the mare as a yearling.

\u201cWe\u2019re cow cockies, not millionaires,\u201d he said, laughing. \u201cTonight we might drink like millionaires.\u201d

Tuhiwai-Hart said Little K\u014dwhai would now be aimed at the Cox Plate at Moonee Valley \u201cif she pulls up well\u201d.""", [
        Q("\u201cI honestly didn\u2019t think she\u2019d handle the ground,\u201d", "direct", "Tuhiwai-Hart",
          "Bernadette Tuhiwai-Hart", speaker_at="ground,\u201d Tuhiwai-Hart said"),
        Q("\u201cShe\u2019d never raced on anything worse than a soft six. But she\u2019s tough, this one. Tougher than "
          "me.\u201d", "direct", "Tuhiwai-Hart", "Bernadette Tuhiwai-Hart",
          speaker_at="ground,\u201d Tuhiwai-Hart said"),
        Q("\u201csit and wait\u201d", "partial", "Nguyen", "Jayden Nguyen", speaker_at="Nguyen, 19"),
        Q("he had never panicked even when the gap was slow to come", "indirect", "Nguyen", "Jayden Nguyen",
          speaker_at="Nguyen, 19"),
        Q("\u201cWhen it opened,\u201d", "direct", "he", "Jayden Nguyen", speaker_at="he said, \u201cI just"),
        Q("\u201cI just went for it. I\u2019m still shaking.\u201d", "direct", "he", "Jayden Nguyen",
          speaker_at="he said, \u201cI just"),
        Q("\u201cHe just couldn\u2019t get a grip on it. You can\u2019t take anything away from the winner, "
          "though,\u201d", "direct", "Castellano", "Anthony Castellano", speaker_at="Castellano said"),
        Q("Stewards later questioned Nguyen over his use of the whip in the closing stages but took no further "
          "action", "indirect", "Racing NSW", "Racing NSW"),
        Q("About 14,500 racegoers braved the conditions", "indirect", "the Australian Turf Club",
          "Australian Turf Club"),
        Q("the group had paid just $NZ45,000 for the mare as a yearling", "indirect", "Hemi Walker", "Hemi Walker"),
        Q("\u201cWe\u2019re cow cockies, not millionaires,\u201d", "direct", "he", "Hemi Walker",
          speaker_at="he said, laughing"),
        Q("\u201cTonight we might drink like millionaires.\u201d", "direct", "he", "Hemi Walker",
          speaker_at="he said, laughing"),
        Q("Little K\u014dwhai would now be aimed at the Cox Plate at Moonee Valley", "indirect", "Tuhiwai-Hart",
          "Bernadette Tuhiwai-Hart", speaker_at="Tuhiwai-Hart said Little"),
        Q("\u201cif she pulls up well\u201d", "partial", "Tuhiwai-Hart", "Bernadette Tuhiwai-Hart",
          speaker_at="Tuhiwai-Hart said Little"),
    ], source="blind"),

    Case("blind24-netball", """Steel pip Tactix in thriller to keep playoff hopes alive

The Southern Steel kept their ANZ Premiership playoff hopes alive with a nail-biting 52-51 win over the Mainland Tactix at ILT Stadium Southland last night, with shooter Georgia Tuilagi-Brown landing the winning goal with four seconds left.

"I just told myself, 'You've done this a thousand times at training,'" Tuilagi-Brown said afterwards. "My hands were shaking, to be honest."

The Steel trailed by five goals at three-quarter time but turned the match around after coach Reinga P\u014dtae-Macdonald made three changes, bringing on young defender Aroha Whaanga and moving captain Shannon Kerr-Doyle into wing defence.

P\u014dtae-Macdonald admitted afterwards the changes had been "a bit of a gamble".

"We were getting beaten on the turnovers, so something had to give," she said. "The girls responded magnificently. I'm really proud of them."

The Tactix, who remain second on the table, had led for most of the night through the accuracy of Jamaican shooter Shanique Reid-Campbell, who finished with 38 goals from 40 attempts.

Tactix coach Marianne Delaney said her side had "switched off" in the final quarter and paid the price.

"It's disappointing, but we'll learn from it. We've got to be better at closing games out," she said.

Whaanga, who turned 20 on Saturday, said the win was the best birthday present she could have asked for. She picked up three intercepts in the last quarter, including one with 40 seconds to go.

A crowd of 2,700 packed into the stadium, and Steel general manager Ngaire K\u014dkiri said the franchise was "stoked" with the turnout, the best of the season.

The Steel play the Northern Stars in Auckland on Sunday and must win to stay in contention for a top-three finish.""", [
        Q("\"I just told myself, 'You've done this a thousand times at training,'\"", "direct", "Tuilagi-Brown",
          "Georgia Tuilagi-Brown", speaker_at="Tuilagi-Brown said afterwards"),
        Q('"My hands were shaking, to be honest."', "direct", "Tuilagi-Brown", "Georgia Tuilagi-Brown",
          speaker_at="Tuilagi-Brown said afterwards"),
        Q('"a bit of a gamble"', "partial", "P\u014dtae-Macdonald", "Reinga P\u014dtae-Macdonald",
          speaker_at="P\u014dtae-Macdonald admitted"),
        Q('"We were getting beaten on the turnovers, so something had to give,"', "direct", "she",
          "Reinga P\u014dtae-Macdonald", speaker_at='give," she said'),
        Q('"The girls responded magnificently. I\'m really proud of them."', "direct", "she",
          "Reinga P\u014dtae-Macdonald", speaker_at='give," she said'),
        Q('"switched off"', "partial", "Marianne Delaney", "Marianne Delaney"),
        Q('"It\'s disappointing, but we\'ll learn from it. We\'ve got to be better at closing games out,"', "direct",
          "she", "Marianne Delaney", speaker_at='out," she said'),
        Q("the win was the best birthday present she could have asked for", "indirect", "Whaanga", "Aroha Whaanga",
          speaker_at="Whaanga, who turned"),
        Q('"stoked"', "partial", "Ngaire K\u014dkiri", "Ngaire K\u014dkiri"),
    ], source="blind"),

    Case("blind24-recall", """Prairie Center mayor faces Nov. 5 recall vote over feedlot water deal

PRAIRIE CENTER \u2014 Voters in this Arkalon County town of 2,300 will decide Nov. 5 whether to remove Mayor Dale Vandenberg from office, after a petition drive over a proposed feedlot expansion gathered more than enough signatures to force a recall election.

County Clerk Rosa Elena M\u00e1rquez-Holt said Tuesday her office had verified 412 signatures, well above the 278 required under state law.

"The petitions were in good order. Now it goes to the voters," M\u00e1rquez-Holt said.

The recall effort was launched in June by a group calling itself Prairie Center Citizens for Clean Water, after Vandenberg cast the tie-breaking vote on a city council decision to extend water service to a 30,000-head cattle feedlot east of town.

Group organizer LaVonne Schroeder, a retired schoolteacher whose family has farmed west of town for four generations, said residents were worried the feedlot would draw down the Ogallala Aquifer, which supplies the town's wells and most of the irrigated ground in the county.

"This isn't about Dale as a person. We've all known him for years," Schroeder said. "It's about who gets the water when there isn't enough to go around."

Vandenberg, a third-term mayor who owns the hardware store on Main Street, said he would not resign. He told the Courier the feedlot would bring 45 jobs and new property tax revenue to a town whose population has fallen by a fifth since 2000.

"I was elected to make hard decisions, and I made one," he said. "If folks want somebody else, that's their right."

The dispute has drawn attention beyond the county. State Sen. Marvin J. Kettleman, R-Arkalon, said in a statement the Legislature should look at "giving small towns more say" over large water users.

A spokeswoman for Gov. Theresa Ochs-Whitfield said the governor's office was "monitoring the situation" but would not take sides in a local election.

The feedlot's owner, Tri-State Cattle Feeders LLC, did not return calls seeking comment Wednesday.

At the Arkalon County Fair's craft barn over the weekend, where quilts and hand-turned bowls shared space with yard signs, feelings ran both ways. "I signed the petition, but I'll probably still buy my bolts from Dale," said Wilma Esparza-Koehn, 71, who was selling crocheted potholders. "That's small-town life."

Advance voting begins Oct. 21 at the county courthouse.""", [
        Q("her office had verified 412 signatures, well above the 278 required under state law", "indirect",
          "Rosa Elena M\u00e1rquez-Holt", "Rosa Elena M\u00e1rquez-Holt"),
        Q('"The petitions were in good order. Now it goes to the voters,"', "direct", "M\u00e1rquez-Holt",
          "Rosa Elena M\u00e1rquez-Holt", speaker_at='voters," M\u00e1rquez-Holt said'),
        Q("residents were worried the feedlot would draw down the Ogallala Aquifer, which supplies the town's wells "
          "and most of the irrigated ground in the county", "indirect", "LaVonne Schroeder", "LaVonne Schroeder"),
        Q('"This isn\'t about Dale as a person. We\'ve all known him for years,"', "direct", "Schroeder",
          "LaVonne Schroeder", speaker_at="Schroeder said"),
        Q('"It\'s about who gets the water when there isn\'t enough to go around."', "direct", "Schroeder",
          "LaVonne Schroeder", speaker_at="Schroeder said"),
        Q("he would not resign", "indirect", "Vandenberg", "Dale Vandenberg", speaker_at="Vandenberg, a third-term"),
        Q("the feedlot would bring 45 jobs and new property tax revenue to a town whose population has fallen by a "
          "fifth since 2000", "indirect", "He", "Dale Vandenberg", speaker_at="He told the Courier"),
        Q('"I was elected to make hard decisions, and I made one,"', "direct", "he", "Dale Vandenberg",
          speaker_at='one," he said'),
        Q('"If folks want somebody else, that\'s their right."', "direct", "he", "Dale Vandenberg",
          speaker_at='one," he said'),
        Q('"giving small towns more say"', "partial", "Marvin J. Kettleman", "Marvin J. Kettleman"),
        Q('"monitoring the situation"', "partial", "A spokeswoman for Gov. Theresa Ochs-Whitfield", None),
        Q("would not take sides in a local election", "indirect", "A spokeswoman for Gov. Theresa Ochs-Whitfield",
          None),
        Q('"I signed the petition, but I\'ll probably still buy my bolts from Dale,"', "direct",
          "Wilma Esparza-Koehn", "Wilma Esparza-Koehn"),
        Q('"That\'s small-town life."', "direct", "Wilma Esparza-Koehn", "Wilma Esparza-Koehn"),
    ], source="blind"),

    Case("blind24-clan-elder", """Clan elder laid to rest as Mityana land wrangle simmers

MITYANA. Hundreds of mourners on Saturday gathered at Kalongo village in Mityana District to bury Omutaka Yokana Ssekandi Kiwanuka, the long-serving head of the Mpologoma clan, whose death last week has reignited a bitter dispute over land on the clan\u2019s ancestral estate.

Mzee Kiwanuka, who died at Mengo Hospital aged 94, led the clan for 41 years. He was remembered as a peacemaker who settled family quarrels under the mango tree at his home and made sure every child in the village went to school.

\u201cHe was our father, our judge and our library,\u201d said Mr Godfrey Lubega Mukasa, the clan\u2019s deputy head, who read the eulogy.

\u201cWhatever you wanted to know about our history, you went to Jjajja. Now that library has closed its doors.\u201d

The funeral service was led by Rev Canon Emmanuel Kyeyune of Namirembe Diocese, who told mourners the elder had \u201clived the gospel without preaching it\u201d.

But the burial was overshadowed by a row over about 300 acres at Kalongo. The clan says the land was fraudulently titled to a private company in 2019, while the late elder was in hospital.

Clan members accuse officials at the Mityana land registry of issuing the titles without consulting Mzee Kiwanuka, who they say held the land in trust for more than 600 families.

\u201cOur Jjajja died fighting for this land. We shall not let it go,\u201d Ms Proscovia Nankya, a resident, told The Citizen.

The Ministry of Lands, Housing and Urban Development said in a statement on Friday it had received the clan\u2019s complaint and asked the Commissioner for Land Registration to review the titles.

Speaking at the burial, the Buganda Kingdom\u2019s Minister for Culture, Owek. Sarah Nabukeera Ssenfuma, said the Kabaka had been \u201cdeeply saddened\u201d by the elder\u2019s death. She urged the government to cancel what she called \u201cpaper titles\u201d obtained through backdoor dealings.

The company, Kalongo Agro Estates Ltd, denies any wrongdoing. Its lawyer, Mr Ibrahim Ssemujju Kato, told this newspaper his client had bought the land legally from registered owners and had the documents to prove it.

\u201cWe have nothing to hide. If anyone has a complaint, let them go to court,\u201d he said.

The matter is already before the High Court Land Division, where Lady Justice Margaret Akello-Namuli last month issued an order stopping any further transactions on the land until the case is determined.

Mzee Kiwanuka is survived by 11 children, 46 grandchildren and, according to his family, \u201cmore great-grandchildren than anyone can count\u201d.""", [
        Q("\u201cHe was our father, our judge and our library,\u201d", "direct", "Godfrey Lubega Mukasa",
          "Godfrey Lubega Mukasa"),
        Q("\u201cWhatever you wanted to know about our history, you went to Jjajja. Now that library has closed its "
          "doors.\u201d", "direct", "Godfrey Lubega Mukasa", "Godfrey Lubega Mukasa"),
        Q("\u201clived the gospel without preaching it\u201d", "partial", "Emmanuel Kyeyune", "Emmanuel Kyeyune"),
        Q("the land was fraudulently titled to a private company in 2019, while the late elder was in hospital",
          "indirect", "The clan", "Mpologoma clan", speaker_at="The clan says"),
        Q("held the land in trust for more than 600 families", "indirect", "they", None, speaker_at="who they say"),
        Q("\u201cOur Jjajja died fighting for this land. We shall not let it go,\u201d", "direct", "Proscovia Nankya",
          "Proscovia Nankya"),
        Q("it had received the clan\u2019s complaint and asked the Commissioner for Land Registration to review the "
          "titles", "indirect", "The Ministry of Lands, Housing and Urban Development",
          "Ministry of Lands, Housing and Urban Development"),
        Q("\u201cdeeply saddened\u201d", "partial", "Sarah Nabukeera Ssenfuma", "Sarah Nabukeera Ssenfuma"),
        Q("\u201cpaper titles\u201d", "partial", "she", "Sarah Nabukeera Ssenfuma", speaker_at="what she called"),
        Q("his client had bought the land legally from registered owners and had the documents to prove it",
          "indirect", "Ibrahim Ssemujju Kato", "Ibrahim Ssemujju Kato"),
        Q("\u201cWe have nothing to hide. If anyone has a complaint, let them go to court,\u201d", "direct", "he",
          "Ibrahim Ssemujju Kato", speaker_at="court,\u201d he said"),
        Q("\u201cmore great-grandchildren than anyone can count\u201d", "partial", "his family", None,
          speaker_at="according to his family"),
    ], source="blind"),

    Case("blind24-tax-trial", """Court admits bank records in N4.2bn tax evasion trial of Lagos businessman

A Federal High Court sitting in Ikoyi, Lagos, yesterday admitted in evidence bank statements tendered by the Federal Inland Revenue Service (FIRS) in the trial of businessman, Chief Babatunde Adeyemi-Coker, who is accused of evading N4.2 billion in company income tax and value added tax.

Adeyemi-Coker, chairman of Lekki Shore Logistics Limited, is standing trial on a 17-count charge alongside the company and its former finance director, Mrs Ngozi Okonkwo-Eze. The defendants have pleaded not guilty.

At the resumed hearing, counsel to the defendants, Mr Olumide Fashola-Bello (SAN), objected to the admissibility of the documents, arguing they had been obtained without a court order.

\u201cThese documents were procured in flagrant breach of my clients\u2019 constitutional right to privacy. They ought to be expunged from the record of this court,\u201d Fashola-Bello told the court.

But Justice Hadiza Abubakar-Tsafe held that the FIRS had acted within its powers under the Federal Inland Revenue Service (Establishment) Act, which empowers the service to demand information from banks for tax purposes.

\u201cThe objection lacks merit and is hereby overruled,\u201d the judge said, before admitting the statements as Exhibits P14 to P22.

The prosecution\u2019s second witness, a tax investigator with the FIRS, Mr Emeka Uchenna Nwosu, told the court the company had declared a turnover of N1.3 billion in its returns for 2019 to 2021, while its bank accounts showed inflows of more than N19 billion within the same period.

Under cross-examination, Nwosu conceded he had not visited the company\u2019s offices during the investigation, but insisted that the figures \u201cspeak for themselves\u201d.

Speaking with journalists after the proceedings, the prosecuting counsel, Mr Aminu Bello Danjuma, said the service was determined to see the case through to its conclusion.

\u201cNobody is above the tax laws of this country, no matter how highly placed. That is the message we want to send,\u201d he said.

In a statement issued on Tuesday, the company\u2019s spokesman described the charges as \u201cpolitically motivated\u201d and said Adeyemi-Coker had \u201cfully complied with all his tax obligations\u201d.

Justice Abubakar-Tsafe adjourned the case till October 23 for continuation of trial.""", [
        Q("they had been obtained without a court order", "indirect", "Olumide Fashola-Bello", "Olumide Fashola-Bello"),
        Q("\u201cThese documents were procured in flagrant breach of my clients\u2019 constitutional right to privacy. "
          "They ought to be expunged from the record of this court,\u201d", "direct", "Fashola-Bello",
          "Olumide Fashola-Bello", speaker_at="Fashola-Bello told the court"),
        Q("the FIRS had acted within its powers under the Federal Inland Revenue Service (Establishment) Act, which "
          "empowers the service to demand information from banks for tax purposes", "indirect",
          "Hadiza Abubakar-Tsafe", "Hadiza Abubakar-Tsafe"),
        Q("\u201cThe objection lacks merit and is hereby overruled,\u201d", "direct", "the judge",
          "Hadiza Abubakar-Tsafe"),
        Q("the company had declared a turnover of N1.3 billion in its returns for 2019 to 2021, while its bank "
          "accounts showed inflows of more than N19 billion within the same period", "indirect",
          "Emeka Uchenna Nwosu", "Emeka Uchenna Nwosu"),
        Q("he had not visited the company\u2019s offices during the investigation", "indirect", "Nwosu",
          "Emeka Uchenna Nwosu", speaker_at="Nwosu conceded"),
        Q("\u201cspeak for themselves\u201d", "partial", "Nwosu", "Emeka Uchenna Nwosu", speaker_at="Nwosu conceded"),
        Q("the service was determined to see the case through to its conclusion", "indirect", "Aminu Bello Danjuma",
          "Aminu Bello Danjuma"),
        Q("\u201cNobody is above the tax laws of this country, no matter how highly placed. That is the message we "
          "want to send,\u201d", "direct", "he", "Aminu Bello Danjuma", speaker_at="send,\u201d he said"),
        Q("\u201cpolitically motivated\u201d", "partial", "the company\u2019s spokesman", None),
        Q("\u201cfully complied with all his tax obligations\u201d", "partial", "the company\u2019s spokesman", None),
    ], source="blind"),

    Case("blind24-bus-strike", """Bus strike leaves thousands of Cape Town commuters stranded

Cape Town - Tens of thousands of commuters were left stranded on Monday morning as bus drivers across the metro downed tools in a wage strike, with long queues forming at taxi ranks in Khayelitsha, Mitchells Plain and Bellville.

The South African Transport and Allied Workers Union (Satawu) said about 1,600 of its members at the Cape Metro Bus Company (CMBC) had joined the strike after wage talks deadlocked last week.

Satawu provincial secretary Mzwandile Gqirana said workers were demanding an 11% increase, while the company had offered 5.2%.

"Our members drive for 12 hours a day on dangerous roads, and still they cannot afford to feed their families," Gqirana said. "We are not going back until the employer comes with a serious offer."

CMBC spokesperson Bronwyn van der Merwe said the company "deeply regretted" the inconvenience to passengers but could not afford the union's demands.

"Diesel costs have gone up by almost 30% in two years. An 11% increase would put the future of the company, and the jobs of our drivers, at risk," Van der Merwe said.

She said the company had approached the Commission for Conciliation, Mediation and Arbitration (CCMA) and hoped talks could resume this week.

At the Bellville taxi rank, domestic worker Nomvula Dlamini-Sithole, 52, said she had left home at 4.30am and would still be late for work. "I spent R60 today, just to get to town. That's money for bread," she said.

Western Cape mobility MEC Pieter-Jan Hendricks called on both parties to settle the dispute quickly. According to Hendricks, the provincial government had asked Metrorail to add carriages on the Northern Line to ease the pressure.

Police said the strike had been largely peaceful, although two buses parked at the Philippi depot had been stoned on Sunday night. No arrests have been made.

The City of Cape Town's MyCiTi service was operating as normal, the city said.""", [
        Q("about 1,600 of its members at the Cape Metro Bus Company (CMBC) had joined the strike after wage talks "
          "deadlocked last week", "indirect", "The South African Transport and Allied Workers Union",
          "South African Transport and Allied Workers Union"),
        Q("workers were demanding an 11% increase, while the company had offered 5.2%", "indirect",
          "Mzwandile Gqirana", "Mzwandile Gqirana"),
        Q('"Our members drive for 12 hours a day on dangerous roads, and still they cannot afford to feed their '
          'families,"', "direct", "Gqirana", "Mzwandile Gqirana", speaker_at='families," Gqirana said'),
        Q('"We are not going back until the employer comes with a serious offer."', "direct", "Gqirana",
          "Mzwandile Gqirana", speaker_at='families," Gqirana said'),
        Q('"deeply regretted"', "partial", "Bronwyn van der Merwe", "Bronwyn van der Merwe"),
        Q("could not afford the union's demands", "indirect", "Bronwyn van der Merwe", "Bronwyn van der Merwe"),
        Q('"Diesel costs have gone up by almost 30% in two years. An 11% increase would put the future of the '
          'company, and the jobs of our drivers, at risk,"', "direct", "Van der Merwe", "Bronwyn van der Merwe"),
        Q("the company had approached the Commission for Conciliation, Mediation and Arbitration (CCMA) and hoped "
          "talks could resume this week", "indirect", "She", "Bronwyn van der Merwe", speaker_at="She said the company"),
        Q("she had left home at 4.30am and would still be late for work", "indirect", "Nomvula Dlamini-Sithole",
          "Nomvula Dlamini-Sithole"),
        Q('"I spent R60 today, just to get to town. That\'s money for bread,"', "direct", "she",
          "Nomvula Dlamini-Sithole", speaker_at='bread," she said'),
        Q("the provincial government had asked Metrorail to add carriages on the Northern Line to ease the pressure",
          "indirect", "Hendricks", "Pieter-Jan Hendricks", speaker_at="According to Hendricks"),
        Q("the strike had been largely peaceful, although two buses parked at the Philippi depot had been stoned on "
          "Sunday night", "indirect", "Police", None, speaker_at="Police said"),
        Q("The City of Cape Town's MyCiTi service was operating as normal", "indirect", "the city",
          "City of Cape Town", speaker_at="the city said"),
    ], source="blind"),

    Case("blind24-typhoid", """Typhoid cases rise to 214 in Lusaka as row over water concession deepens

The Ministry of Health says the number of confirmed typhoid cases in Lusaka has risen to 214, with four deaths recorded since the outbreak was declared three weeks ago.

Health Minister Dr Mwansa Chileshe-Banda told journalists at a briefing in Lusaka yesterday that most of the cases had been recorded in Kanyama, Chawama and George compounds, where many households depend on shallow wells.

"We are urging members of the public to boil or chlorinate all drinking water and to wash their hands with soap," Dr Chileshe-Banda said. "Typhoid is preventable, and we can stop this outbreak if everyone plays their part."

She said the ministry had opened two treatment centres and that 40,000 bottles of chlorine had been distributed to affected households.

The outbreak has added fuel to the debate over government's plan to hand the management of Lusaka Water Supply and Sanitation Company (LWSC) to a private operator under a 25-year concession.

Opposition lawmaker Hon. Bwalya Mulenga Phiri said the plan would lead to higher tariffs and leave the poorest residents even more dependent on unsafe wells. "You cannot sell water to the highest bidder when children in Kanyama are dying of typhoid," he told Parliament on Tuesday.

Water Development Minister Eng. Kelvin Mutale Sichone has rejected the claims, saying the concession would bring in US$300 million of investment to replace pipes that are more than 50 years old.

"This is not privatisation. The water remains the property of the Zambian people," Eng. Sichone said on Wednesday. "What we are bringing in is expertise and capital," the minister added.

LWSC managing director Mrs Chanda Kasonde-Mwale said the utility was currently able to meet only 60 percent of the city's demand. According to Mrs Kasonde-Mwale, about 400,000 residents have no piped water connection at all.

Civil society group Water Watch Zambia has described the concession as "a deal done in the dark" and called for the contract to be made public.

Residents of Kanyama who spoke to Lusaka Times said they had little choice. "The taps are dry for three, four days. So we use the well, even if we know it is not clean," said Mwaka Tembo, a mother of three.""", [
        Q("the number of confirmed typhoid cases in Lusaka has risen to 214, with four deaths recorded since the "
          "outbreak was declared three weeks ago", "indirect", "The Ministry of Health", "Ministry of Health"),
        Q("most of the cases had been recorded in Kanyama, Chawama and George compounds, where many households "
          "depend on shallow wells", "indirect", "Mwansa Chileshe-Banda", "Mwansa Chileshe-Banda"),
        Q('"We are urging members of the public to boil or chlorinate all drinking water and to wash their hands '
          'with soap,"', "direct", "Chileshe-Banda", "Mwansa Chileshe-Banda", speaker_at="Dr Chileshe-Banda said"),
        Q('"Typhoid is preventable, and we can stop this outbreak if everyone plays their part."', "direct",
          "Chileshe-Banda", "Mwansa Chileshe-Banda", speaker_at="Dr Chileshe-Banda said"),
        Q("the ministry had opened two treatment centres and that 40,000 bottles of chlorine had been distributed to "
          "affected households", "indirect", "She", "Mwansa Chileshe-Banda", speaker_at="She said the ministry"),
        Q("the plan would lead to higher tariffs and leave the poorest residents even more dependent on unsafe wells",
          "indirect", "Bwalya Mulenga Phiri", "Bwalya Mulenga Phiri"),
        Q('"You cannot sell water to the highest bidder when children in Kanyama are dying of typhoid,"', "direct",
          "he", "Bwalya Mulenga Phiri", speaker_at="he told Parliament"),
        Q("the concession would bring in US$300 million of investment to replace pipes that are more than 50 years "
          "old", "indirect", "Kelvin Mutale Sichone", "Kelvin Mutale Sichone"),
        Q('"This is not privatisation. The water remains the property of the Zambian people,"', "direct", "Sichone",
          "Kelvin Mutale Sichone", speaker_at="Sichone said on Wednesday"),
        Q('"What we are bringing in is expertise and capital,"', "direct", "the minister", "Kelvin Mutale Sichone",
          speaker_at="the minister added"),
        Q("the utility was currently able to meet only 60 percent of the city's demand", "indirect",
          "Chanda Kasonde-Mwale", "Chanda Kasonde-Mwale"),
        Q("about 400,000 residents have no piped water connection at all", "indirect", "Kasonde-Mwale",
          "Chanda Kasonde-Mwale", speaker_at="According to Mrs Kasonde-Mwale"),
        Q('"a deal done in the dark"', "partial", "Water Watch Zambia", "Water Watch Zambia"),
        Q("they had little choice", "indirect", "Residents of Kanyama", None),
        Q('"The taps are dry for three, four days. So we use the well, even if we know it is not clean,"', "direct",
          "Mwaka Tembo", "Mwaka Tembo"),
    ], source="blind"),

    Case("blind24-telecom", """Sahel Telecom net profit jumps 18% on 5G, fibre growth

Doha: Sahel Telecom Qatar has reported a net profit of QR412m for the first half of 2024, up 18 percent on the same period last year, driven by strong growth in 5G subscriptions and home fibre connections.

Revenue rose 7 percent to QR1.56bn, the company said in a disclosure to the Qatar Stock Exchange yesterday, while earnings before interest, tax, depreciation and amortisation (EBITDA) climbed to QR640m.

Chairman H E Sheikh Faisal bin Hamad bin Jassim Al Thani said the results reflected \u201cthe continued confidence of our customers and the soundness of our strategy\u201d.

\u201cWe have invested heavily in our network over the past three years, and we are now seeing the returns,\u201d Sheikh Faisal said. \u201cQatar deserves world-class connectivity, and we are determined to deliver it.\u201d

The board approved an interim dividend of QR0.05 per share, to be paid to shareholders registered on August 12.

Chief Executive Officer Eng. Rashid Mubarak Al-Marri told a press conference at the company\u2019s headquarters in Lusail that mobile postpaid customers had increased by 11 percent to 742,000. He added that the company planned to extend its fibre network to a further 60,000 homes by the end of the year.

\u201cOur enterprise business is growing faster than ever, especially in cloud and cybersecurity services,\u201d Al-Marri said, adding that demand from the hospitality sector had remained strong.

Chief Financial Officer Marco De Santis said the company had cut its net debt by QR200m during the period.

Analysts welcomed the figures. \u201cThese numbers were comfortably ahead of consensus,\u201d said Dr Priya Raghunathan-Iyer, head of research at Doha Capital Markets. \u201cThe question now is whether they can keep up this pace as the market becomes more saturated.\u201d

Sahel Telecom shares closed 2.3 percent higher at QR2.41 yesterday, according to data from the Qatar Stock Exchange.""", [
        Q("Revenue rose 7 percent to QR1.56bn", "indirect", "the company", "Sahel Telecom Qatar",
          speaker_at="the company said in a disclosure"),
        Q("\u201cthe continued confidence of our customers and the soundness of our strategy\u201d", "partial",
          "Faisal bin Hamad bin Jassim Al Thani", "Faisal bin Hamad bin Jassim Al Thani"),
        Q("\u201cWe have invested heavily in our network over the past three years, and we are now seeing the "
          "returns,\u201d", "direct", "Faisal", "Faisal bin Hamad bin Jassim Al Thani",
          speaker_at="Sheikh Faisal said"),
        Q("\u201cQatar deserves world-class connectivity, and we are determined to deliver it.\u201d", "direct",
          "Faisal", "Faisal bin Hamad bin Jassim Al Thani", speaker_at="Sheikh Faisal said"),
        Q("mobile postpaid customers had increased by 11 percent to 742,000", "indirect", "Rashid Mubarak Al-Marri",
          "Rashid Mubarak Al-Marri"),
        Q("the company planned to extend its fibre network to a further 60,000 homes by the end of the year",
          "indirect", "He", "Rashid Mubarak Al-Marri", speaker_at="He added"),
        Q("\u201cOur enterprise business is growing faster than ever, especially in cloud and cybersecurity "
          "services,\u201d", "direct", "Al-Marri", "Rashid Mubarak Al-Marri", speaker_at="Al-Marri said"),
        Q("demand from the hospitality sector had remained strong", "indirect", "Al-Marri", "Rashid Mubarak Al-Marri",
          speaker_at="Al-Marri said"),
        Q("the company had cut its net debt by QR200m during the period", "indirect", "Marco De Santis",
          "Marco De Santis"),
        Q("\u201cThese numbers were comfortably ahead of consensus,\u201d", "direct", "Priya Raghunathan-Iyer",
          "Priya Raghunathan-Iyer"),
        Q("\u201cThe question now is whether they can keep up this pace as the market becomes more saturated.\u201d",
          "direct", "Priya Raghunathan-Iyer", "Priya Raghunathan-Iyer"),
        Q("Sahel Telecom shares closed 2.3 percent higher at QR2.41 yesterday", "indirect", "the Qatar Stock Exchange",
          "Qatar Stock Exchange", speaker_at="data from the Qatar Stock Exchange"),
    ], source="blind"),

    Case("blind24-dengue", """Selangor dengue cases up almost 40pc, Petaling district worst hit

SHAH ALAM, July 8 \u2014 Dengue cases in Selangor have risen by almost 40 per cent compared with the same period last year, with Petaling district accounting for nearly half of the 21,480 cases recorded so far, the state government said today.

State public health committee chairman Datuk Dr Ahmad Fadzli Abdul Rahman said 11 people had died of dengue in the state since January, compared with seven in the same period last year.

\u201cThe situation is worrying but under control. What we need now is for every household to spend ten minutes a week checking for stagnant water,\u201d he told reporters after launching a gotong-royong clean-up in Kota Damansara.

He said the recent spell of afternoon thunderstorms followed by hot weather had created ideal breeding conditions for the Aedes mosquito.

According to Ahmad Fadzli, enforcement officers had inspected more than 38,000 premises and issued 1,214 compounds to owners found with Aedes larvae since January. Construction sites accounted for a large share of the offences, he said.

Subang Jaya City Council (MBSJ) mayor Datuk Tan Mei Ling said the council would carry out fogging in 120 housing areas this week and was stepping up checks on abandoned houses.

\u201cSome of these abandoned properties are like mosquito farms,\u201d Tan said. \u201cWe will trace the owners and take action against them.\u201d

Dr Kavitha Ramasamy, a consultant infectious diseases physician at a private hospital in Petaling Jaya, told Malay Mail many patients were coming to hospital too late.

\u201cPeople think it is just a normal fever and take painkillers at home. By the time they come in, some of them are already in the critical phase,\u201d she said, urging anyone with a high fever lasting more than two days to get a blood test.

Residents of the SS2 neighbourhood, where three cases were detected last week, said they had complained repeatedly about a clogged monsoon drain behind their houses.

\u201cWe called the council many times. Only after people fell sick, then they came,\u201d said retiree Lim Ah Kow, 67.

\u201cMy son was in hospital for five days. I don\u2019t want to go through that again,\u201d said Rosnah, 45, who runs a nasi lemak stall at the end of the row.""", [
        Q("Dengue cases in Selangor have risen by almost 40 per cent compared with the same period last year, with "
          "Petaling district accounting for nearly half of the 21,480 cases recorded so far", "indirect",
          "the state government", None),
        Q("11 people had died of dengue in the state since January, compared with seven in the same period last year",
          "indirect", "Ahmad Fadzli Abdul Rahman", "Ahmad Fadzli Abdul Rahman"),
        Q("\u201cThe situation is worrying but under control. What we need now is for every household to spend ten "
          "minutes a week checking for stagnant water,\u201d", "direct", "he", "Ahmad Fadzli Abdul Rahman",
          speaker_at="he told reporters"),
        Q("the recent spell of afternoon thunderstorms followed by hot weather had created ideal breeding conditions "
          "for the Aedes mosquito", "indirect", "He", "Ahmad Fadzli Abdul Rahman", speaker_at="He said the recent"),
        Q("enforcement officers had inspected more than 38,000 premises and issued 1,214 compounds to owners found "
          "with Aedes larvae since January", "indirect", "Ahmad Fadzli", "Ahmad Fadzli Abdul Rahman",
          speaker_at="According to Ahmad Fadzli"),
        Q("Construction sites accounted for a large share of the offences", "indirect", "he",
          "Ahmad Fadzli Abdul Rahman", speaker_at="offences, he said"),
        Q("the council would carry out fogging in 120 housing areas this week and was stepping up checks on "
          "abandoned houses", "indirect", "Tan Mei Ling", "Tan Mei Ling"),
        Q("\u201cSome of these abandoned properties are like mosquito farms,\u201d", "direct", "Tan", "Tan Mei Ling",
          speaker_at="Tan said"),
        Q("\u201cWe will trace the owners and take action against them.\u201d", "direct", "Tan", "Tan Mei Ling",
          speaker_at="Tan said"),
        Q("many patients were coming to hospital too late", "indirect", "Kavitha Ramasamy", "Kavitha Ramasamy"),
        Q("\u201cPeople think it is just a normal fever and take painkillers at home. By the time they come in, some "
          "of them are already in the critical phase,\u201d", "direct", "she", "Kavitha Ramasamy",
          speaker_at="she said, urging"),
        Q("they had complained repeatedly about a clogged monsoon drain behind their houses", "indirect",
          "Residents of the SS2 neighbourhood", None),
        Q("\u201cWe called the council many times. Only after people fell sick, then they came,\u201d", "direct",
          "Lim Ah Kow", "Lim Ah Kow"),
        Q("\u201cMy son was in hospital for five days. I don\u2019t want to go through that again,\u201d", "direct",
          "Rosnah", "Rosnah"),
    ], source="blind"),

    Case("blind24-judo", """Mongolian judokas claim two golds at Astana Grand Slam

Ulaanbaatar /MONTSAME/. Mongolian judokas won two gold medals and a bronze at the Astana Grand Slam held in Kazakhstan on June 28-30, the Mongolian Judo Association reported.

In the women's -52kg category, Ganbold Munkhzaya defeated Japan's Sato Haruka by ippon in the final to claim her first Grand Slam title. In the men's -73kg, Ts.Erdenebayar took gold after beating Azerbaijan's Rashad Mammadli, while B.Naranbaatar won bronze in the men's -90kg.

"I dedicate this medal to my parents and my coach. Sato is a very strong athlete, so we prepared especially for her grip fighting," Munkhzaya told MONTSAME after the final.

Japanese team coach Suzuki Kenta told reporters that Sato had been carrying a shoulder injury into the tournament.

Erdenebayar, who won silver at last year's World Championships, said the victory had given him confidence ahead of the Olympic Games in Paris. "Every competition now is preparation for Paris. I want to bring the gold medal home to Mongolia," he said.

Head coach of the national team, State Honored Coach D.Ganzorig, said the team had focused on physical conditioning during a month-long training camp in Khuvsgul province. "Our athletes are in good shape. But the Olympics is a different level, and we must not relax," he noted.

According to the International Judo Federation, Mongolia finished third in the medal standings behind Japan and Kazakhstan.

Secretary-General of the Mongolian Judo Association Sh.Bolor-Erdene noted that 14 Mongolian judokas had so far secured Olympic quota places, "the most in our history".

The national team will depart for Paris on July 20.""", [
        Q("Mongolian judokas won two gold medals and a bronze at the Astana Grand Slam held in Kazakhstan on June "
          "28-30", "indirect", "the Mongolian Judo Association", "Mongolian Judo Association",
          speaker_at="the Mongolian Judo Association reported"),
        Q('"I dedicate this medal to my parents and my coach. Sato is a very strong athlete, so we prepared '
          'especially for her grip fighting,"', "direct", "Munkhzaya", "Ganbold Munkhzaya",
          speaker_at="Munkhzaya told MONTSAME"),
        Q("Sato had been carrying a shoulder injury into the tournament", "indirect", "Suzuki Kenta", "Suzuki Kenta"),
        Q("the victory had given him confidence ahead of the Olympic Games in Paris", "indirect", "Erdenebayar",
          "Ts.Erdenebayar", speaker_at="Erdenebayar, who won"),
        Q('"Every competition now is preparation for Paris. I want to bring the gold medal home to Mongolia,"',
          "direct", "he", "Ts.Erdenebayar", speaker_at='Mongolia," he said'),
        Q("the team had focused on physical conditioning during a month-long training camp in Khuvsgul province",
          "indirect", "D.Ganzorig", "D.Ganzorig"),
        Q('"Our athletes are in good shape. But the Olympics is a different level, and we must not relax,"',
          "direct", "he", "D.Ganzorig", speaker_at='relax," he noted'),
        Q("Mongolia finished third in the medal standings behind Japan and Kazakhstan", "indirect",
          "the International Judo Federation", "International Judo Federation"),
        Q("14 Mongolian judokas had so far secured Olympic quota places", "indirect", "Sh.Bolor-Erdene",
          "Sh.Bolor-Erdene"),
        Q('"the most in our history"', "partial", "Sh.Bolor-Erdene", "Sh.Bolor-Erdene"),
    ], source="blind"),

    Case("blind24-dust-storm", """Dust storm lashes Delhi-NCR; six labourers killed as building collapses in Ghaziabad

New Delhi: A severe dust storm with wind speeds of up to 78 km/h swept across Delhi and its neighbouring cities on Friday evening, uprooting trees, disrupting flights and killing at least eight people, including six labourers who died when an under-construction building collapsed in Ghaziabad.

According to the India Meteorological Department (IMD), the storm was triggered by a western disturbance interacting with the intense heat over northwest India, where temperatures had touched 45\u00b0C earlier in the week.

"Strong surface winds picked up dust from Rajasthan and carried it towards the capital. Visibility at Palam dropped to 300 metres within minutes," said Dr Sunita Balakrishnan-Rao, a senior scientist at the IMD's regional forecasting centre.

In Ghaziabad, a three-storey structure under construction in Loni's Ashok Vihar caved in at around 7.15pm, trapping labourers who had taken shelter on the ground floor. Six of them died and four were injured, Ghaziabad police said.

"The labourers had run inside to escape the dust. Nobody expected the walls to give way," said Vikram Singh Chauhan, a resident who helped pull survivors out of the debris.

Deputy commissioner of police (rural zone) Abhinav Tyagi-Sharma told HT that the builder, identified as Rajesh Goyal, had been booked for culpable homicide not amounting to murder, and that construction had been carried out without an approved map. "He is absconding. Teams have been sent to trace him," Tyagi-Sharma said.

The Uttar Pradesh chief minister's office said in a post on X that the chief minister had ordered an inquiry and announced an ex gratia payment of \u20b94 lakh each to the families of the deceased.

In Delhi, two people were killed by falling trees in Dwarka and Shahdara, police said. The fire department received 152 calls related to the storm, including 41 about fallen trees, a Delhi Fire Services official said.

At least 17 flights bound for Indira Gandhi International Airport were diverted to Jaipur, Lucknow and Amritsar, a Delhi airport spokesperson said.

The IMD has issued a yellow alert for Saturday, warning of "gusty winds and isolated thunderstorms". Dr Balakrishnan-Rao said temperatures were expected to fall by 3-4 degrees over the weekend, bringing "some relief" to residents.""", [
        Q("the storm was triggered by a western disturbance interacting with the intense heat over northwest India, "
          "where temperatures had touched 45\u00b0C earlier in the week", "indirect",
          "the India Meteorological Department", "India Meteorological Department"),
        Q('"Strong surface winds picked up dust from Rajasthan and carried it towards the capital. Visibility at '
          'Palam dropped to 300 metres within minutes,"', "direct", "Sunita Balakrishnan-Rao",
          "Sunita Balakrishnan-Rao"),
        Q("Six of them died and four were injured", "indirect", "Ghaziabad police", None),
        Q('"The labourers had run inside to escape the dust. Nobody expected the walls to give way,"', "direct",
          "Vikram Singh Chauhan", "Vikram Singh Chauhan"),
        Q("the builder, identified as Rajesh Goyal, had been booked for culpable homicide not amounting to murder, "
          "and that construction had been carried out without an approved map", "indirect", "Abhinav Tyagi-Sharma",
          "Abhinav Tyagi-Sharma"),
        Q('"He is absconding. Teams have been sent to trace him,"', "direct", "Tyagi-Sharma", "Abhinav Tyagi-Sharma",
          speaker_at="Tyagi-Sharma said"),
        Q("the chief minister had ordered an inquiry and announced an ex gratia payment of \u20b94 lakh each to the "
          "families of the deceased", "indirect", "The Uttar Pradesh chief minister's office", None),
        Q("two people were killed by falling trees in Dwarka and Shahdara", "indirect", "police", None,
          speaker_at="Shahdara, police said"),
        Q("The fire department received 152 calls related to the storm, including 41 about fallen trees",
          "indirect", "a Delhi Fire Services official", None),
        Q("At least 17 flights bound for Indira Gandhi International Airport were diverted to Jaipur, Lucknow and "
          "Amritsar", "indirect", "a Delhi airport spokesperson", None),
        Q('"gusty winds and isolated thunderstorms"', "partial", "The IMD", "India Meteorological Department",
          speaker_at="The IMD has issued"),
        Q("temperatures were expected to fall by 3-4 degrees over the weekend", "indirect", "Balakrishnan-Rao",
          "Sunita Balakrishnan-Rao", speaker_at="Dr Balakrishnan-Rao said"),
        Q('"some relief"', "partial", "Balakrishnan-Rao", "Sunita Balakrishnan-Rao",
          speaker_at="Dr Balakrishnan-Rao said"),
    ], source="blind"),
]
