"""Blind gold: short news articles written without sight of the pretagger.

Written once from a brief alone, in many house styles (wire copy, regional
and national dailies across several continents), with curly, straight and
British single quotes. Never tuned on. See gold_format.py for the format.
"""

from __future__ import annotations

from gold_format import Case, Q

CASES = [
    Case("blind25-platinum-strike", """South African platinum miners strike after wage talks collapse

JOHANNESBURG, March 12 (Reuters) - More than 9,000 workers at Leeukop Platinum's mines near Rustenburg went on strike on Tuesday after wage talks collapsed, the Association of Mineworkers and Construction Union (AMCU) said, halting most output at the country's fifth-largest producer of the metal.

AMCU is demanding a basic monthly wage of 17,500 rand ($935) for entry-level underground workers, up from about 14,200 rand now. The company has offered increases of 6% a year over three years.

“Our members cannot feed their families on promises,” AMCU regional organiser Sipho Mokoena-Dlamini told Reuters by phone from the mine. “We gave management every chance. They chose to walk away from the table.”

Leeukop said in a statement that the strike was unprotected because the union had not followed the procedures set out in its recognition agreement, and that it would apply to the Labour Court for an interdict.

Chief executive Hendrik van der Westhuizen said the company's offer was “the best that the business can afford” with platinum prices down almost a third from their 2022 peak.

“We are losing around 1,200 ounces a day,” he told analysts on a call. “Nobody wins from a long strike, least of all the communities around our shafts.”

Police said about 300 strikers had gathered outside the No. 4 shaft on Tuesday morning but that the protest had been peaceful. A spokesperson for the provincial police, Captain Aobakwe Sebego, said officers would remain at the site “as long as necessary”.

The stoppage is the first at a major platinum producer since a five-month strike in 2014. That strike cost the industry an estimated 24 billion rand in lost revenue, according to the Minerals Council South Africa.

Analysts at Nedbank said in a note that a strike lasting more than a month could push the global platinum market deeper into deficit this year. Platinum rose 1.8% to $948 an ounce in London.

The Department of Mineral Resources and Energy said the minister was monitoring the situation closely and had urged both sides to return to talks.

Mokoena-Dlamini said the union would meet the company “any time, any place”. But he insisted it would not accept less than its original demand.

(Reporting by Zandile Khumalo; Editing by Kirsten Dunmore)""", [
        Q("More than 9,000 workers at Leeukop Platinum's mines near Rustenburg went on strike on Tuesday after wage "
          "talks collapsed", "indirect", "the Association of Mineworkers and Construction Union",
          "Association of Mineworkers and Construction Union"),
        Q("“Our members cannot feed their families on promises,”", "direct", "Sipho Mokoena-Dlamini",
          "Sipho Mokoena-Dlamini"),
        Q("“We gave management every chance. They chose to walk away from the table.”", "direct",
          "Sipho Mokoena-Dlamini", "Sipho Mokoena-Dlamini"),
        Q("that the strike was unprotected because the union had not followed the procedures set out in its "
          "recognition agreement, and that it would apply to the Labour Court for an interdict", "indirect",
          "Leeukop", "Leeukop Platinum", speaker_at="Leeukop said"),
        Q("“the best that the business can afford”", "partial", "Hendrik van der Westhuizen",
          "Hendrik van der Westhuizen"),
        Q("“We are losing around 1,200 ounces a day,”", "direct", "he", "Hendrik van der Westhuizen",
          speaker_at="he told analysts"),
        Q("“Nobody wins from a long strike, least of all the communities around our shafts.”", "direct", "he",
          "Hendrik van der Westhuizen", speaker_at="he told analysts"),
        Q("about 300 strikers had gathered outside the No. 4 shaft on Tuesday morning but that the protest had been "
          "peaceful", "indirect", "Police", None, speaker_at="Police said"),
        Q("“as long as necessary”", "partial", "Aobakwe Sebego", "Aobakwe Sebego"),
        Q("That strike cost the industry an estimated 24 billion rand in lost revenue", "indirect",
          "the Minerals Council South Africa", "Minerals Council South Africa"),
        Q("that a strike lasting more than a month could push the global platinum market deeper into deficit this "
          "year", "indirect", "Analysts at Nedbank", None),
        Q("the minister was monitoring the situation closely and had urged both sides to return to talks",
          "indirect", "The Department of Mineral Resources and Energy", "Department of Mineral Resources and Energy"),
        Q("“any time, any place”", "partial", "Mokoena-Dlamini", "Sipho Mokoena-Dlamini",
          speaker_at="Mokoena-Dlamini said the union"),
        Q("it would not accept less than its original demand", "indirect", "he", "Sipho Mokoena-Dlamini",
          speaker_at="he insisted"),
    ]),
    Case("blind25-grocer-results", """Dutch Grocer Versland Jumps Most Since 2020 as Price Cuts Win Back Shoppers

AMSTERDAM (Bloomberg) -- Versland Groep NV shares rose the most in more than three years after the Dutch supermarket chain reported higher-than-expected first-half profit, saying price cuts on thousands of products had lured back shoppers from discounters.

The stock climbed as much as 11% in Amsterdam trading on Wednesday, the biggest intraday gain since March 2020. Underlying operating profit rose 14% to EUR412 million ($446 million) in the six months through June, beating the EUR371 million average estimate of analysts surveyed by Bloomberg.

"Customers are telling us with their feet that they noticed," Chief Executive Officer Marieke de Vries-Hoekstra said in an interview with Bloomberg Television. "We invested in price when others were protecting margins, and now the volumes are coming back."

Comparable sales in the Netherlands rose 4.2%, while the Belgian business, which has struggled since a strike by store staff last year, returned to growth for the first time in six quarters.

De Vries-Hoekstra said the company would keep a "very close eye" on costs as new wage agreements in both countries kick in. She declined to say whether Versland would raise its full-year outlook, which it will update in November.

The results "put to rest any fears that the price investment would destroy margins," Jeroen van den Broek, an analyst at Kepler Cheuvreux, wrote in a note to clients. He raised his price target to EUR31 from EUR27.

Not everyone is convinced. Ahmed El Khatib, who follows the company for ABN Amro Bank NV, said the second half would be tougher because the comparison with last year's results was less favorable.

Chief Financial Officer Tobias ter Horst told analysts on a conference call that the chain expected to open about 25 stores in Belgium by the end of next year, mostly in Flanders, and would spend EUR150 million upgrading its distribution centers.

"We are not going to chase volume at any price," ter Horst said.

Versland, which started as a single grocery store in Zwolle in 1911, is the second-largest Dutch supermarket chain after Albert Heijn, which is owned by Ahold Delhaize NV.

--With assistance from Lotte Brink.

To contact the reporter on this story:
Sanne Visser in Amsterdam""", [
        Q("price cuts on thousands of products had lured back shoppers from discounters", "indirect",
          "the Dutch supermarket chain", "Versland Groep NV"),
        Q('"Customers are telling us with their feet that they noticed,"', "direct", "Marieke de Vries-Hoekstra",
          "Marieke de Vries-Hoekstra"),
        Q('"We invested in price when others were protecting margins, and now the volumes are coming back."',
          "direct", "Marieke de Vries-Hoekstra", "Marieke de Vries-Hoekstra"),
        Q('"very close eye"', "partial", "De Vries-Hoekstra", "Marieke de Vries-Hoekstra",
          speaker_at="De Vries-Hoekstra said"),
        Q('"put to rest any fears that the price investment would destroy margins,"', "partial",
          "Jeroen van den Broek", "Jeroen van den Broek"),
        Q("the second half would be tougher because the comparison with last year's results was less favorable",
          "indirect", "Ahmed El Khatib", "Ahmed El Khatib"),
        Q("that the chain expected to open about 25 stores in Belgium by the end of next year, mostly in Flanders, "
          "and would spend EUR150 million upgrading its distribution centers", "indirect", "Tobias ter Horst",
          "Tobias ter Horst"),
        Q('"We are not going to chase volume at any price,"', "direct", "ter Horst", "Tobias ter Horst",
          speaker_at="ter Horst said"),
    ]),
    Case("blind25-braunstone-arson", """Man set fire to ex-partner's home as she slept with her children, jury told

A man poured petrol through the letterbox of his former partner's house in Braunstone and set it alight while she and her two children slept upstairs, a jury has heard.

Kieran Aldous-Whitby, 34, of Fosse Road North, denies arson with intent to endanger life. He is on trial at Leicester Crown Court.

Opening the prosecution case on Monday, Miss Priya Lakhani said the fire had been started at about 3.15am on April 9 last year, days after Leanne Grocott told the defendant she no longer wanted to see him.

'This was not a prank or a moment of madness,' Miss Lakhani told the jury. 'The Crown say it was a deliberate act, planned in advance, by a man who could not accept that the relationship was over.'

Ms Grocott woke to the smell of smoke and managed to get her son, then aged nine, and her six-year-old daughter out through a back bedroom window onto the flat roof of a kitchen extension, the court heard.

Firefighters from Leicestershire Fire and Rescue Service arrived within six minutes and the family were treated for smoke inhalation at the Leicester Royal Infirmary.

A neighbour, Harjit Sandhu, told police in a statement read to the court that he had seen a man in a dark hooded top 'jogging away towards the park' moments before he heard Ms Grocott screaming.

CCTV from a petrol station on Hinckley Road showed Aldous-Whitby buying £10 of unleaded fuel in a plastic container shortly before 2am, the prosecutor said.

In a police interview, he said he had bought the petrol for his lawnmower.

Ms Grocott, giving evidence from behind a screen, said she had been 'terrified for weeks' before the fire because of messages the defendant had sent her.

'He told me that if he couldn't have us, nobody would,' she said. 'I didn't think he meant it literally.'

Cross-examined by Owen Marchetti, defending, she agreed she had not reported the messages to police at the time.

The trial, before Judge Timothy Brennan KC, is expected to last five days.""", [
        Q("A man poured petrol through the letterbox of his former partner's house in Braunstone and set it alight "
          "while she and her two children slept upstairs", "indirect", None, None),
        Q("the fire had been started at about 3.15am on April 9 last year, days after Leanne Grocott told the "
          "defendant she no longer wanted to see him", "indirect", "Priya Lakhani", "Priya Lakhani"),
        Q("'This was not a prank or a moment of madness,'", "direct", "Miss Lakhani", "Priya Lakhani"),
        Q("'The Crown say it was a deliberate act, planned in advance, by a man who could not accept that the "
          "relationship was over.'", "direct", "Miss Lakhani", "Priya Lakhani"),
        Q("Ms Grocott woke to the smell of smoke and managed to get her son, then aged nine, and her six-year-old "
          "daughter out through a back bedroom window onto the flat roof of a kitchen extension", "indirect",
          None, None),
        Q("'jogging away towards the park'", "partial", "Harjit Sandhu", "Harjit Sandhu"),
        Q("CCTV from a petrol station on Hinckley Road showed Aldous-Whitby buying £10 of unleaded fuel in a "
          "plastic container shortly before 2am", "indirect", "the prosecutor", "Priya Lakhani"),
        Q("he had bought the petrol for his lawnmower", "indirect", "he", "Kieran Aldous-Whitby",
          speaker_at="In a police interview, he"),
        Q("'terrified for weeks'", "partial", "Ms Grocott", "Leanne Grocott", speaker_at="Ms Grocott, giving"),
        Q("'He told me that if he couldn't have us, nobody would,'", "direct", "she", "Leanne Grocott",
          speaker_at="she said"),
        Q("'I didn't think he meant it literally.'", "direct", "she", "Leanne Grocott", speaker_at="she said"),
        Q("she had not reported the messages to police at the time", "indirect", "she", "Leanne Grocott",
          speaker_at="she agreed"),
    ]),
    Case("blind25-glen-school", """Parents vow to fight plans to mothball glen's only primary

Parents in Lochaber have vowed to fight plans to mothball a village primary school that has served its community for more than 140 years.

Highland Council is consulting on proposals to close Inverlair Primary, near Roy Bridge, which has 11 pupils, and transfer them to a school eight miles away from August.

Officials say the roll has fallen by almost half in five years and that the building needs £600,000 of repairs.

But at a packed meeting in the village hall on Tuesday night, parents said the closure would rip the heart out of the glen.

Parent council chairwoman Màiri NicLeòid-Grant said: 'We have young families moving here precisely because there is a school on the doorstep. Take that away and the glen dies.

'Nobody from the council has been able to tell us how an eight-year-old is supposed to cope with a 40-minute bus journey on that road in January.'

Local councillor Angus MacKinnon said he had 'serious reservations' about the consultation, which closes on March 28.

'I will be asking officers some very hard questions about these figures,' he said. 'The repair bill seems to have appeared out of nowhere.'

The council's executive chief officer for education, Dr Hugh Rennie, told the P&J last month that small rural schools would be assessed 'one by one, on their own merits'.

A Highland Council spokeswoman said: 'No decision has been taken. We would encourage everyone with an interest to take part in the consultation so that their views can be considered by members.'

Former pupil Ewan Campbell, 82, who attended the school in the 1940s, said it had 'always been the centre of everything - the ceilidhs, the elections, the Christmas plays'.

'My mother taught there, and her father before her,' he added. 'If it shuts, it won't open again. Everybody knows that.'

Campaigners plan to hand a petition with more than 1,200 signatures to council headquarters in Inverness next week. A report on the consultation is due to go before the education committee in May.""", [
        Q("the roll has fallen by almost half in five years and that the building needs £600,000 of repairs",
          "indirect", "Officials", None),
        Q("the closure would rip the heart out of the glen", "indirect", "parents", None,
          speaker_at="parents said"),
        Q("'We have young families moving here precisely because there is a school on the doorstep. Take that away "
          "and the glen dies.", "direct", "Màiri NicLeòid-Grant", "Màiri NicLeòid-Grant"),
        Q("'Nobody from the council has been able to tell us how an eight-year-old is supposed to cope with a "
          "40-minute bus journey on that road in January.'", "direct", "Màiri NicLeòid-Grant",
          "Màiri NicLeòid-Grant"),
        Q("'serious reservations'", "partial", "Angus MacKinnon", "Angus MacKinnon"),
        Q("'I will be asking officers some very hard questions about these figures,'", "direct", "he",
          "Angus MacKinnon", speaker_at="he said. 'The"),
        Q("'The repair bill seems to have appeared out of nowhere.'", "direct", "he", "Angus MacKinnon",
          speaker_at="he said. 'The"),
        Q("'one by one, on their own merits'", "partial", "Hugh Rennie", "Hugh Rennie"),
        Q("'No decision has been taken. We would encourage everyone with an interest to take part in the "
          "consultation so that their views can be considered by members.'", "direct",
          "A Highland Council spokeswoman", None),
        Q("'always been the centre of everything - the ceilidhs, the elections, the Christmas plays'", "partial",
          "Ewan Campbell", "Ewan Campbell"),
        Q("'My mother taught there, and her father before her,'", "direct", "he", "Ewan Campbell",
          speaker_at="he added"),
        Q("'If it shuts, it won't open again. Everybody knows that.'", "direct", "he", "Ewan Campbell",
          speaker_at="he added"),
    ]),
    Case("blind25-county-hurling", """Gaels end 31-year wait as Hogan's late point sinks Glenroe

BALLINACURRA Gaels are Limerick senior hurling champions for the first time since 1993 after a dramatic one-point win over Glenroe at the TUS Gaelic Grounds on Sunday.

Substitute Cathal Hogan's point from the sideline deep in injury time settled a final that swung one way and then the other in front of a crowd of 9,412.

"I just said to myself, don't think about it, just hit it," Hogan, 19, said afterwards. "I didn't even see it go over. I only knew by the roar."

Gaels manager Liam Fitzgibbon-Ryan admitted his side had ridden their luck at times, particularly in the third quarter when Glenroe hit four points without reply to lead by two.

"We were hanging on there for ten minutes, no question," he said. "But this group has been knocking on the door for four years. They've lost two finals and a semi-final. They deserved one to go their way."

Captain Darragh Ó Súilleabháin, who scored 0-9, dedicated the win to clubman Seánie Moloney, who died in a farm accident in March.

"Seánie would have been the first man on the pitch today," Ó Súilleabháin said, his voice breaking. "This one is for his family."

Glenroe boss Ger Mac Mahon said his players had "nothing left to give" and refused to blame referee Johnny Murphy for a late free that was waved away.

"The lads emptied themselves. You can't ask for more than that," Mac Mahon said. "It will hurt for a while, but we'll be back."

County board chairman Michael Hayes-O'Dea said the attendance was the highest for a county final in more than a decade and showed that the club game in Limerick was "in rude health".

Celebrations continued long into the night in Ballinacurra, where a bonfire was lit at the crossroads and the team bus was met by a lone piper playing 'The Boys of Wexford'.

Gaels will face the Clare champions in the Munster club quarter-final on November 3.""", [
        Q('"I just said to myself, don\'t think about it, just hit it,"', "direct", "Hogan", "Cathal Hogan",
          speaker_at="Hogan, 19"),
        Q('"I didn\'t even see it go over. I only knew by the roar."', "direct", "Hogan", "Cathal Hogan",
          speaker_at="Hogan, 19"),
        Q("his side had ridden their luck at times, particularly in the third quarter when Glenroe hit four points "
          "without reply to lead by two", "indirect", "Liam Fitzgibbon-Ryan", "Liam Fitzgibbon-Ryan"),
        Q('"We were hanging on there for ten minutes, no question,"', "direct", "he", "Liam Fitzgibbon-Ryan",
          speaker_at='he said. "But'),
        Q('"But this group has been knocking on the door for four years. They\'ve lost two finals and a semi-final. '
          'They deserved one to go their way."', "direct", "he", "Liam Fitzgibbon-Ryan",
          speaker_at='he said. "But'),
        Q('"Seánie would have been the first man on the pitch today,"', "direct", "Ó Súilleabháin",
          "Darragh Ó Súilleabháin", speaker_at="Ó Súilleabháin said"),
        Q('"This one is for his family."', "direct", "Ó Súilleabháin", "Darragh Ó Súilleabháin",
          speaker_at="Ó Súilleabháin said"),
        Q('"nothing left to give"', "partial", "Ger Mac Mahon", "Ger Mac Mahon"),
        Q('"The lads emptied themselves. You can\'t ask for more than that,"', "direct", "Mac Mahon",
          "Ger Mac Mahon", speaker_at='that," Mac Mahon said'),
        Q('"It will hurt for a while, but we\'ll be back."', "direct", "Mac Mahon", "Ger Mac Mahon",
          speaker_at='that," Mac Mahon said'),
        Q("the attendance was the highest for a county final in more than a decade", "indirect",
          "Michael Hayes-O'Dea", "Michael Hayes-O'Dea"),
        Q('"in rude health"', "partial", "Michael Hayes-O'Dea", "Michael Hayes-O'Dea"),
    ]),
    Case("blind25-knights-bunker", """Carmody fumes over bunker call as Knights’ finals hopes fade

NEWCASTLE Knights coach Brett Carmody has called for an overhaul of the bunker after a contentious no-try decision helped Cronulla to a 20-18 win at McDonald Jones Stadium on Saturday night that leaves Newcastle’s finals hopes hanging by a thread.

Winger Tevita Fifita-Hopoate appeared to have scored the match-winner in the 76th minute when he grounded Kalyn Ah Mau’s grubber, but the bunker disallowed the try for offside against Ah Mau at the play-the-ball.

“I’ve looked at it five or six times and I still can’t see it,” Carmody said. “If that’s offside then every second try in the competition is offside.

“I’m not going to get fined for it, but the people who make these calls need to front up and explain them, because the fans deserve better.”

An NRL spokesman said on Sunday the bunker had made the correct call under the rules and that the decision would not be reviewed.

Ah Mau, who had a hand in both Knights tries, said the playing group could not afford to dwell on it.

“It’s gone now,” the halfback said. “We’ve got three games left and we probably need to win all three. That’s the only thing in our control.”

Sharks coach Mark O’Halloran conceded his side had been “lucky in a few spots” but praised their defence in the final 20 minutes, when they made 94 tackles without missing one.

“We found a way, and that’s what good sides do,” he said.

Knights fullback Jayden Walker-Briggs was taken from the field for a head injury assessment in the first half and did not return. Carmody said he had failed the HIA and would miss next week’s clash with the Dolphins in Redcliffe.

Fifita-Hopoate, who finished with 187 running metres, was named man of the match by the Channel Nine commentators despite the loss.

The crowd of 24,105 was the biggest home attendance of the season, according to the Knights.

Newcastle sit 10th on the ladder, two points behind eighth-placed Canterbury with three rounds remaining.""", [
        Q("“I’ve looked at it five or six times and I still can’t see it,”", "direct", "Carmody", "Brett Carmody",
          speaker_at="Carmody said. “If"),
        Q("“If that’s offside then every second try in the competition is offside.", "direct", "Carmody",
          "Brett Carmody", speaker_at="Carmody said. “If"),
        Q("“I’m not going to get fined for it, but the people who make these calls need to front up and explain "
          "them, because the fans deserve better.”", "direct", "Carmody", "Brett Carmody",
          speaker_at="Carmody said. “If"),
        Q("the bunker had made the correct call under the rules and that the decision would not be reviewed",
          "indirect", "An NRL spokesman", None),
        Q("the playing group could not afford to dwell on it", "indirect", "Ah Mau", "Kalyn Ah Mau",
          speaker_at="Ah Mau, who had"),
        Q("“It’s gone now,”", "direct", "the halfback", "Kalyn Ah Mau"),
        Q("“We’ve got three games left and we probably need to win all three. That’s the only thing in our "
          "control.”", "direct", "the halfback", "Kalyn Ah Mau"),
        Q("“lucky in a few spots”", "partial", "Mark O’Halloran", "Mark O’Halloran"),
        Q("“We found a way, and that’s what good sides do,”", "direct", "he", "Mark O’Halloran",
          speaker_at="do,” he said"),
        Q("he had failed the HIA and would miss next week’s clash with the Dolphins in Redcliffe", "indirect",
          "Carmody", "Brett Carmody", speaker_at="Carmody said he"),
        Q("The crowd of 24,105 was the biggest home attendance of the season", "indirect", "the Knights",
          "Newcastle Knights", speaker_at="according to the Knights"),
    ]),
    Case("blind25-kihew-chief", """Kihew Lake First Nation elects first woman chief in its history

Members of Kihew Lake First Nation, about 90 kilometres west of Edmonton, have elected a woman as chief for the first time in the nation’s history.

Rosalie Cardinal-Bearhead, a 46-year-old social worker and former band councillor, won 412 of the 1,037 votes cast in Friday’s election, electoral officer Darlene Okimaw said Saturday. Outgoing chief Wilfred Nepoose, who had led the nation for 12 years, finished second with 338 votes.

“I’m humbled, and honestly a little terrified,” Cardinal-Bearhead said in an interview with Postmedia on Sunday. “Our grandmothers held this community together for generations. It’s about time one of us sat in that chair.”

She said her priorities would be housing, where she estimates the nation is short about 140 homes, and a long-delayed water treatment plant that has left some families under a boil-water advisory since 2019.

Nepoose congratulated his successor in a post on the nation’s Facebook page and promised to “help in any way I can” during the transition.

“The people have spoken and that’s how it should be,” he wrote.

Six councillors were also elected, four of them for the first time. Turnout was 61 per cent, up from 48 per cent in 2021, when the election was held under pandemic restrictions.

Elder Margaret Alexis, 81, who cast her ballot at the community hall with the help of a great-grandson, said she had waited her whole life to see the day.

“When I was a girl, women weren’t even allowed to vote in band elections,” she said. “Now look.”

Grand Chief Arthur Loonskin of the Confederacy of Treaty Six First Nations called the result “a signal to every young Indigenous woman in this province” and said he looked forward to working with the new chief.

Indigenous Services Canada said in a statement it would meet the new leadership “in the coming weeks” to discuss the water plant, which was first promised in 2016.

Under the nation’s custom election code, the chief and council serve four-year terms. Cardinal-Bearhead will be sworn in on Oct. 1.""", [
        Q("Rosalie Cardinal-Bearhead, a 46-year-old social worker and former band councillor, won 412 of the 1,037 "
          "votes cast in Friday’s election", "indirect", "Darlene Okimaw", "Darlene Okimaw"),
        Q("“I’m humbled, and honestly a little terrified,”", "direct", "Cardinal-Bearhead",
          "Rosalie Cardinal-Bearhead", speaker_at="Cardinal-Bearhead said in"),
        Q("“Our grandmothers held this community together for generations. It’s about time one of us sat in that "
          "chair.”", "direct", "Cardinal-Bearhead", "Rosalie Cardinal-Bearhead",
          speaker_at="Cardinal-Bearhead said in"),
        Q("her priorities would be housing, where she estimates the nation is short about 140 homes, and a "
          "long-delayed water treatment plant that has left some families under a boil-water advisory since 2019",
          "indirect", "She", "Rosalie Cardinal-Bearhead", speaker_at="She said her"),
        Q("“help in any way I can”", "partial", "Nepoose", "Wilfred Nepoose", speaker_at="Nepoose congratulated"),
        Q("“The people have spoken and that’s how it should be,”", "direct", "he", "Wilfred Nepoose",
          speaker_at="he wrote"),
        Q("she had waited her whole life to see the day", "indirect", "Margaret Alexis", "Margaret Alexis"),
        Q("“When I was a girl, women weren’t even allowed to vote in band elections,”", "direct", "she",
          "Margaret Alexis", speaker_at="she said. “Now"),
        Q("“Now look.”", "direct", "she", "Margaret Alexis", speaker_at="she said. “Now"),
        Q("“a signal to every young Indigenous woman in this province”", "partial", "Arthur Loonskin",
          "Arthur Loonskin"),
        Q("he looked forward to working with the new chief", "indirect", "Arthur Loonskin", "Arthur Loonskin"),
        Q("“in the coming weeks”", "partial", "Indigenous Services Canada", "Indigenous Services Canada"),
    ]),
    Case("blind25-kween-anthrax", """Anthrax: Kween bans sale of meat as three die

Authorities in Kween District have banned the slaughter and sale of cattle, goats and sheep after three people died of suspected anthrax in the past two weeks.

The district health officer, Dr Patience Nakato-Mugisha, said 27 other people, most of them from Kaproron and Binyiny sub-counties, had been admitted with symptoms including skin sores, fever and diarrhoea after eating meat from animals that had died.

"Samples were sent to the Central Public Health Laboratories in Kampala and two of them have tested positive for anthrax," Dr Nakato-Mugisha told Daily Monitor on Monday. "We are asking people not to touch, skin or eat any animal found dead. Report it to the veterinary officer."

The district veterinary officer, Dr Moses Kiprotich, said at least 40 head of cattle had died in the affected villages since late January. He said the spread was being driven by residents who sell meat from dead animals at low prices.

"Some people think that if you boil the meat for long enough it becomes safe. That is not true," Dr Kiprotich said.

The district LC5 chairperson, Mr Bosco Chemutai, said the quarantine would remain in place "until the ministry tells us it is safe", and that anyone found selling meat would be arrested.

Residents of Kaproron, however, said the ban had hit them hard ahead of the Easter season.

"Meat is how we get school fees. If we cannot sell, how do we pay?" asked Ms Sarah Chelangat, a trader at Binyiny market.

Another resident, who preferred not to be named, claimed that some butchers were still selling meat at night. "The police come in the day. At night, business continues," he said.

The Ministry of Health spokesperson, Mr Ronald Twinomugisha, said a team of epidemiologists had been dispatched to the district and that livestock vaccination would start this week.

Anthrax is caused by bacteria whose spores can survive in soil for decades. Outbreaks have previously been reported in Kiruhura, Isingiro and Arua districts, according to the ministry.""", [
        Q("27 other people, most of them from Kaproron and Binyiny sub-counties, had been admitted with symptoms "
          "including skin sores, fever and diarrhoea after eating meat from animals that had died", "indirect",
          "Patience Nakato-Mugisha", "Patience Nakato-Mugisha"),
        Q('"Samples were sent to the Central Public Health Laboratories in Kampala and two of them have tested '
          'positive for anthrax,"', "direct", "Nakato-Mugisha", "Patience Nakato-Mugisha",
          speaker_at="Nakato-Mugisha told"),
        Q('"We are asking people not to touch, skin or eat any animal found dead. Report it to the veterinary '
          'officer."', "direct", "Nakato-Mugisha", "Patience Nakato-Mugisha", speaker_at="Nakato-Mugisha told"),
        Q("at least 40 head of cattle had died in the affected villages since late January", "indirect",
          "Moses Kiprotich", "Moses Kiprotich"),
        Q("the spread was being driven by residents who sell meat from dead animals at low prices", "indirect",
          "He", "Moses Kiprotich", speaker_at="He said the spread"),
        Q('"Some people think that if you boil the meat for long enough it becomes safe. That is not true,"',
          "direct", "Kiprotich", "Moses Kiprotich", speaker_at="Dr Kiprotich said"),
        Q('"until the ministry tells us it is safe"', "partial", "Bosco Chemutai", "Bosco Chemutai"),
        Q("that anyone found selling meat would be arrested", "indirect", "Bosco Chemutai", "Bosco Chemutai"),
        Q("the ban had hit them hard ahead of the Easter season", "indirect", "Residents of Kaproron", None),
        Q('"Meat is how we get school fees. If we cannot sell, how do we pay?"', "direct", "Sarah Chelangat",
          "Sarah Chelangat"),
        Q("that some butchers were still selling meat at night", "indirect", "Another resident", None),
        Q('"The police come in the day. At night, business continues,"', "direct", "he", None,
          speaker_at='continues," he said'),
        Q("a team of epidemiologists had been dispatched to the district and that livestock vaccination would "
          "start this week", "indirect", "Ronald Twinomugisha", "Ronald Twinomugisha"),
        Q("Outbreaks have previously been reported in Kiruhura, Isingiro and Arua districts", "indirect",
          "the ministry", "Ministry of Health", speaker_at="according to the ministry"),
    ]),

    Case("blind25-edendale-nurses", """Nurses down tools at Edendale over unpaid overtime

Patients at Edendale Hospital were turned away or left waiting for hours on Wednesday as about 400 nurses downed tools in a dispute over unpaid overtime.

The Democratic Nursing Organisation of South Africa (Denosa) said some of its members had not been paid for overtime worked since February, with individual nurses owed as much as R38 000.

Singing and carrying placards, the nurses gathered outside the hospital’s main gate from 7 am.

Denosa KwaZulu-Natal provincial secretary Mandla Shabalala-Ndlovu said the strike would continue until every nurse had been paid.

“Our members have been patient. They have written letters, they have attended meetings, they have been given dates, and every date has come and gone,” he told The Witness. “Nurses are exhausted. Some of them are working double shifts to cover vacancies and then they are not paid for it.”

A nurse in the maternity ward, who asked not to be named for fear of victimisation, said she was owed for 22 extra shifts.

“I have a child at university. I borrowed money to pay the registration fee because I was sure the overtime would come,” she said.

Inside the hospital, the outpatients department was run by a skeleton staff of managers and agency nurses. Thandeka Mkhize (67), from Imbali, said she had arrived at 5 am for her monthly blood pressure tablets and was still waiting at noon.

“They are fighting for their money, I understand that. But what about us?” she asked.

KwaZulu-Natal Department of Health spokesperson Zanele Mbatha-Cele said the department had identified “system errors” in the payroll and that payments to about 60% of affected staff would be processed by the end of the month.

The department said the strike was unprotected and that the “no work, no pay” principle would apply.

Health MEC Dr Sibongile Khathi-Mabaso visited the hospital on Wednesday afternoon and met union leaders behind closed doors. Afterwards, the MEC told journalists she had “heard the nurses loud and clear”.

“Nobody should work and not be paid. That is not negotiable,” Khathi-Mabaso said. “But I also appeal to our nurses to think of the patients, many of whom have nowhere else to go.”

Shabalala-Ndlovu said the union would meet department officials again on Friday, but warned that nurses at Northdale and Grey’s hospitals could join the action “within days” if there was no breakthrough.""", [
        Q("some of its members had not been paid for overtime worked since February, with individual nurses owed as "
          "much as R38 000", "indirect", "The Democratic Nursing Organisation of South Africa",
          "Democratic Nursing Organisation of South Africa"),
        Q("the strike would continue until every nurse had been paid", "indirect", "Mandla Shabalala-Ndlovu",
          "Mandla Shabalala-Ndlovu"),
        Q("“Our members have been patient. They have written letters, they have attended meetings, they have been "
          "given dates, and every date has come and gone,”", "direct", "he", "Mandla Shabalala-Ndlovu",
          speaker_at="he told The Witness"),
        Q("“Nurses are exhausted. Some of them are working double shifts to cover vacancies and then they are not "
          "paid for it.”", "direct", "he", "Mandla Shabalala-Ndlovu", speaker_at="he told The Witness"),
        Q("she was owed for 22 extra shifts", "indirect", "A nurse in the maternity ward", None),
        Q("“I have a child at university. I borrowed money to pay the registration fee because I was sure the "
          "overtime would come,”", "direct", "she", None, speaker_at="come,” she said"),
        Q("she had arrived at 5 am for her monthly blood pressure tablets and was still waiting at noon", "indirect",
          "Thandeka Mkhize", "Thandeka Mkhize"),
        Q("“They are fighting for their money, I understand that. But what about us?”", "direct", "she",
          "Thandeka Mkhize", speaker_at="she asked"),
        Q("“system errors”", "partial", "Zanele Mbatha-Cele", "Zanele Mbatha-Cele"),
        Q("that payments to about 60% of affected staff would be processed by the end of the month", "indirect",
          "Zanele Mbatha-Cele", "Zanele Mbatha-Cele"),
        Q("the strike was unprotected and that the “no work, no pay” principle would apply", "indirect",
          "The department", "KwaZulu-Natal Department of Health", speaker_at="The department said"),
        Q("“heard the nurses loud and clear”", "partial", "the MEC", "Sibongile Khathi-Mabaso"),
        Q("“Nobody should work and not be paid. That is not negotiable,”", "direct", "Khathi-Mabaso",
          "Sibongile Khathi-Mabaso", speaker_at="Khathi-Mabaso said"),
        Q("“But I also appeal to our nurses to think of the patients, many of whom have nowhere else to go.”",
          "direct", "Khathi-Mabaso", "Sibongile Khathi-Mabaso", speaker_at="Khathi-Mabaso said"),
        Q("the union would meet department officials again on Friday", "indirect", "Shabalala-Ndlovu",
          "Mandla Shabalala-Ndlovu", speaker_at="Shabalala-Ndlovu said the union"),
        Q("“within days”", "partial", "Shabalala-Ndlovu", "Mandla Shabalala-Ndlovu",
          speaker_at="Shabalala-Ndlovu said the union"),
    ]),
    Case("blind25-ncube-obituary", """Veteran railway unionist Ncube dies at 78

VETERAN trade unionist and former Zimbabwe Amalgamated Railway Workers' Union (Zarwu) secretary-general Cde Sithembiso Gilbert Ncube has died. He was 78.

Ncube died at Mater Dei Hospital in Bulawayo on Sunday morning after a long illness, his son Mr Lindani Ncube said.

"Our father fought for workers until the very end. Even last week, lying in hospital, he was asking about the railway pensioners," the younger Ncube said.

Born in Nkayi in 1946, Ncube joined Rhodesia Railways as a fireman in 1964 and rose to become an engine driver before being elected to the union's leadership in 1982. Known to generations of railway workers as "Baba Loco", he led the 1996 strike that brought rail traffic in the southern region to a standstill and won workers a 40 percent pay rise.

In a 2014 interview with The Chronicle, Ncube described the strike as the proudest moment of his life.

"We stopped every train between Bulawayo and Victoria Falls for nine days. Nobody thought we could do it," he said at the time. "The managers said we would be fired. In the end they came to us."

Zimbabwe Congress of Trade Unions (ZCTU) Western Region chairperson Ms Rudo Ndlovu-Sibanda described him as "a fearless man who never forgot where he came from".

"He could sit with ministers in the morning and with shunters in the canteen at lunchtime, and he spoke to both in the same way," she said. "Workers trusted him because he never lied to them."

Former National Railways of Zimbabwe (NRZ) general manager Engineer Tichaona Mushonga-Bvuma said that although the two men had often clashed across the negotiating table, Ncube was "a gentleman who kept his word".

In a statement, the ZCTU said the labour movement had lost "one of its last links to the generation that built trade unionism in the railways". The federation called on the Government to settle pension arrears owed to former NRZ employees, a cause Ncube championed in his final years.

Family spokesperson Mr Nkosana Tshuma said burial arrangements would be announced once relatives from South Africa and the United Kingdom had arrived. Mourners are gathered at the family home in Luveve suburb.

Ncube is survived by his wife, MaKhumalo, five children and 14 grandchildren.""", [
        Q("Ncube died at Mater Dei Hospital in Bulawayo on Sunday morning after a long illness", "indirect",
          "Lindani Ncube", "Lindani Ncube"),
        Q('"Our father fought for workers until the very end. Even last week, lying in hospital, he was asking about '
          'the railway pensioners,"', "direct", "the younger Ncube", "Lindani Ncube"),
        Q('"We stopped every train between Bulawayo and Victoria Falls for nine days. Nobody thought we could do '
          'it,"', "direct", "he", "Sithembiso Gilbert Ncube", speaker_at="he said at the time"),
        Q('"The managers said we would be fired. In the end they came to us."', "direct", "he",
          "Sithembiso Gilbert Ncube", speaker_at="he said at the time"),
        Q('"a fearless man who never forgot where he came from"', "partial", "Rudo Ndlovu-Sibanda",
          "Rudo Ndlovu-Sibanda"),
        Q('"He could sit with ministers in the morning and with shunters in the canteen at lunchtime, and he spoke '
          'to both in the same way,"', "direct", "she", "Rudo Ndlovu-Sibanda", speaker_at="she said"),
        Q('"Workers trusted him because he never lied to them."', "direct", "she", "Rudo Ndlovu-Sibanda",
          speaker_at="she said"),
        Q('"a gentleman who kept his word"', "partial", "Tichaona Mushonga-Bvuma", "Tichaona Mushonga-Bvuma"),
        Q('"one of its last links to the generation that built trade unionism in the railways"', "partial",
          "the ZCTU", "Zimbabwe Congress of Trade Unions", speaker_at="the ZCTU said"),
        Q("burial arrangements would be announced once relatives from South Africa and the United Kingdom had "
          "arrived", "indirect", "Nkosana Tshuma", "Nkosana Tshuma"),
    ]),
    Case("blind25-ibra-museum", """Bait al Qalaa Museum reopens in Ibra after four-year restoration

IBRA, MARCH 4 — The Bait al Qalaa Museum in the Wilayat of Ibra has reopened to the public after a four-year restoration costing RO 1.8 million, the Ministry of Heritage and Tourism announced on Monday.

The opening ceremony was held under the auspices of HE Sheikh Khalid bin Hamad al Rawahi, Under-Secretary of the Ministry of Heritage and Tourism for Heritage, in the presence of a number of walis, sheikhs and citizens.

In his speech, HE Sheikh Khalid said the museum would “tell the story of North Al Sharqiyah to Omanis and visitors alike”, adding that it formed part of the ministry’s plan to develop cultural tourism in the governorates.

The two-storey fortified house, built in the late 18th century, was used as the seat of the wali of Ibra until the 1970s and had been closed since 2019 after parts of its upper floor collapsed during heavy rain.

The museum’s director, Dr Aisha bint Saif al Hinai, told the Observer that more than 600 objects were on display, including manuscripts, silver jewellery and a collection of khanjars, many of them donated by local families.

“People came to us with things that had been kept in boxes for three generations,” she said. “A grandmother brought her wedding jewellery and told us, ‘It should be seen, not hidden.’ That is the spirit of this museum.”

The restoration was carried out by Omani craftsmen working with a team from the Technical University of Dresden, using traditional sarooj mortar and ceilings of palm trunks and woven mats. Prof Katrin Müller-Hoffmann, who led the German team, said the building had been “in a very fragile state” when work began.

“Much of the upper floor was close to collapse. We decided very early that we would not replace what could be saved,” Müller-Hoffmann said.

Visitors who queued from early morning were full of praise for the result. Salim bin Nasser al Amri, a retired teacher from Ibra, said he had played in the courtyard as a boy.

“It was a ruin then, full of pigeons. Today I brought my grandchildren to see it. It is like a dream,” he said.

The museum will be open daily except Fridays from 9 am to 1 pm and from 4 pm to 8 pm, according to the Oman News Agency (ONA). Entry is free for Omanis, while foreign residents and tourists will pay RO 2.""", [
        Q("The Bait al Qalaa Museum in the Wilayat of Ibra has reopened to the public after a four-year restoration "
          "costing RO 1.8 million", "indirect", "the Ministry of Heritage and Tourism",
          "Ministry of Heritage and Tourism", speaker_at="the Ministry of Heritage and Tourism announced"),
        Q("“tell the story of North Al Sharqiyah to Omanis and visitors alike”", "partial", "Khalid",
          "Khalid bin Hamad al Rawahi", speaker_at="Sheikh Khalid said"),
        Q("that it formed part of the ministry’s plan to develop cultural tourism in the governorates", "indirect",
          "Khalid", "Khalid bin Hamad al Rawahi", speaker_at="Sheikh Khalid said"),
        Q("that more than 600 objects were on display, including manuscripts, silver jewellery and a collection of "
          "khanjars, many of them donated by local families", "indirect", "Aisha bint Saif al Hinai",
          "Aisha bint Saif al Hinai"),
        Q("“People came to us with things that had been kept in boxes for three generations,”", "direct", "she",
          "Aisha bint Saif al Hinai", speaker_at="she said"),
        Q("“A grandmother brought her wedding jewellery and told us, ‘It should be seen, not hidden.’ That is the "
          "spirit of this museum.”", "direct", "she", "Aisha bint Saif al Hinai", speaker_at="she said"),
        Q("“in a very fragile state”", "partial", "Katrin Müller-Hoffmann", "Katrin Müller-Hoffmann"),
        Q("“Much of the upper floor was close to collapse. We decided very early that we would not replace what "
          "could be saved,”", "direct", "Müller-Hoffmann", "Katrin Müller-Hoffmann",
          speaker_at="Müller-Hoffmann said"),
        Q("he had played in the courtyard as a boy", "indirect", "Salim bin Nasser al Amri",
          "Salim bin Nasser al Amri"),
        Q("“It was a ruin then, full of pigeons. Today I brought my grandchildren to see it. It is like a dream,”",
          "direct", "he", "Salim bin Nasser al Amri", speaker_at="he said"),
        Q("The museum will be open daily except Fridays from 9 am to 1 pm and from 4 pm to 8 pm", "indirect",
          "the Oman News Agency", "Oman News Agency"),
    ]),
    Case("blind25-east-coast-floods", """Over 12,000 evacuated as floods hit Kelantan and Terengganu

KOTA BARU: More than 12,000 people from 3,400 families have been evacuated to 118 relief centres in Kelantan and Terengganu as heavy monsoon rain continued to lash the east coast.

According to the National Disaster Management Agency (Nadma), Kelantan is the worst hit with 9,212 evacuees in seven districts, with Pasir Mas and Tumpat accounting for more than half of them.

The Malaysian Meteorological Department (MetMalaysia) has issued a danger-level continuous rain warning for Kelantan, Terengganu and parts of Pahang until Sunday.

State disaster management committee chairman Datuk Mohd Rosli Abdul Ghani said the number of evacuees was expected to rise as water levels at several rivers, including Sungai Golok, had exceeded the danger level.

“We have prepared 360 relief centres throughout the state and food supplies are sufficient for at least two weeks,” he told reporters after visiting a relief centre at SK Kampung Laut yesterday.

“I urge residents in low-lying areas not to wait until the water enters their homes. Move early when the authorities tell you to,” he added.

Kelantan police chief Datuk M. Kumarasamy said 14 roads, including a stretch of the Kota Baru-Kuala Krai road, had been closed to light vehicles.

In Tumpat, rubber tapper Nor Azizah Mat Daud, 54, said water in her house had risen to waist level within three hours on Tuesday night.

“We managed to save only our documents and some clothes. Everything else is under water,” said the mother of four, who is now staying at a relief centre with 300 others.

In Kemaman, Terengganu, hardware shop owner Tan Kok Wai said traders in the town centre had learned their lesson from the 2014 floods.

“This year we moved our stock upstairs on Monday night. In 2014, we lost nearly RM200,000 because nobody believed the water would come so high,” said Tan, 61.

Coastal areas are also bracing for a “king tide” expected over the weekend, which could slow the flow of floodwater into the sea.

Meanwhile, Nadma said it had deployed 4,800 personnel from the police, Fire and Rescue Department, Civil Defence Force and armed forces to the affected states, along with 260 boats.""", [
        Q("Kelantan is the worst hit with 9,212 evacuees in seven districts, with Pasir Mas and Tumpat accounting for "
          "more than half of them", "indirect", "the National Disaster Management Agency",
          "National Disaster Management Agency"),
        Q("the number of evacuees was expected to rise as water levels at several rivers, including Sungai Golok, "
          "had exceeded the danger level", "indirect", "Mohd Rosli Abdul Ghani", "Mohd Rosli Abdul Ghani"),
        Q("“We have prepared 360 relief centres throughout the state and food supplies are sufficient for at least "
          "two weeks,”", "direct", "he", "Mohd Rosli Abdul Ghani", speaker_at="he told reporters"),
        Q("“I urge residents in low-lying areas not to wait until the water enters their homes. Move early when the "
          "authorities tell you to,”", "direct", "he", "Mohd Rosli Abdul Ghani", speaker_at="he added"),
        Q("14 roads, including a stretch of the Kota Baru-Kuala Krai road, had been closed to light vehicles",
          "indirect", "M. Kumarasamy", "M. Kumarasamy"),
        Q("water in her house had risen to waist level within three hours on Tuesday night", "indirect",
          "Nor Azizah Mat Daud", "Nor Azizah Mat Daud"),
        Q("“We managed to save only our documents and some clothes. Everything else is under water,”", "direct",
          "the mother of four", "Nor Azizah Mat Daud"),
        Q("traders in the town centre had learned their lesson from the 2014 floods", "indirect", "Tan Kok Wai",
          "Tan Kok Wai"),
        Q("“This year we moved our stock upstairs on Monday night. In 2014, we lost nearly RM200,000 because nobody "
          "believed the water would come so high,”", "direct", "Tan", "Tan Kok Wai", speaker_at="said Tan"),
        Q("it had deployed 4,800 personnel from the police, Fire and Rescue Department, Civil Defence Force and "
          "armed forces to the affected states, along with 260 boats", "indirect", "Nadma",
          "National Disaster Management Agency", speaker_at="Nadma said"),
    ]),
    Case("blind25-romblon-ferry", """7 dead, 15 missing as ferry capsizes off Romblon

ODIONGAN, Romblon—Seven people were killed and at least 15 others remain missing after a passenger ferry capsized in rough seas off Romblon province early Saturday, the Philippine Coast Guard (PCG) said.

The MV Santa Rosita II, carrying 112 passengers and 18 crew members, was bound for Batangas port when it was hit by big waves about 8 kilometers off Tablas Island shortly after 2 a.m., according to PCG spokesperson Commodore Ma. Teresa Villanueva-Santos.

"The vessel listed to starboard and capsized within minutes. Most of the survivors were wearing life jackets, and that saved many lives," Villanueva-Santos said in a radio interview.

She said 108 people had been rescued by coast guard, Navy and fishing boats, and that the search would continue through the night with the help of an Air Force helicopter.

The ferry should never have been allowed to leave port with a gale warning in effect, several survivors claimed.

But Maritime Industry Authority (Marina) Mimaropa director Antonio dela Paz Jr. said the vessel had been cleared to sail at 10 p.m. Friday, "before the gale warning was raised."

"We will investigate whether the captain and the shipping company followed all the rules," Dela Paz said, adding that the ship's owner, San Lorenzo Shipping Lines, had been ordered to suspend its operations pending the investigation.

The company did not respond to the Inquirer's calls and text messages as of press time.

Survivor Marites Bautista-Lim, 38, a vendor from Odiongan, said she clung to a floating bench for almost three hours with her 10-year-old son before a fishing boat found them.

"Akala ko mamamatay na kami (I thought we were going to die). I just kept praying and telling my son to hold on," she told the Inquirer at the Romblon Provincial Hospital, where 23 survivors were being treated.

Romblon Gov. Leonardo "Nards" Fabella placed the province under a state of calamity on Saturday afternoon. Fabella said the provincial government would shoulder the burial expenses of the victims and give P10,000 in cash aid to each survivor.

Relatives waited for news at the Odiongan port, where the names of the rescued were written on a whiteboard. Among them was Jocelyn Manalastas, whose husband and daughter were on the ferry. Her daughter was on the list; her husband was not.

"I'm still hoping. The Coast Guard told us some people may have drifted to the other islands," she said.""", [
        Q("Seven people were killed and at least 15 others remain missing after a passenger ferry capsized in rough "
          "seas off Romblon province early Saturday", "indirect", "the Philippine Coast Guard",
          "Philippine Coast Guard"),
        Q("The MV Santa Rosita II, carrying 112 passengers and 18 crew members, was bound for Batangas port when it "
          "was hit by big waves about 8 kilometers off Tablas Island shortly after 2 a.m.", "indirect",
          "Ma. Teresa Villanueva-Santos", "Ma. Teresa Villanueva-Santos"),
        Q('"The vessel listed to starboard and capsized within minutes. Most of the survivors were wearing life '
          'jackets, and that saved many lives,"', "direct", "Villanueva-Santos", "Ma. Teresa Villanueva-Santos",
          speaker_at="Villanueva-Santos said"),
        Q("108 people had been rescued by coast guard, Navy and fishing boats, and that the search would continue "
          "through the night with the help of an Air Force helicopter", "indirect", "She",
          "Ma. Teresa Villanueva-Santos", speaker_at="She said 108"),
        Q("The ferry should never have been allowed to leave port with a gale warning in effect", "indirect",
          "several survivors", None),
        Q("the vessel had been cleared to sail at 10 p.m. Friday", "indirect", "Antonio dela Paz Jr.",
          "Antonio dela Paz Jr."),
        Q('"before the gale warning was raised."', "partial", "Antonio dela Paz Jr.", "Antonio dela Paz Jr."),
        Q('"We will investigate whether the captain and the shipping company followed all the rules,"', "direct",
          "Dela Paz", "Antonio dela Paz Jr."),
        Q("that the ship's owner, San Lorenzo Shipping Lines, had been ordered to suspend its operations pending the "
          "investigation", "indirect", "Dela Paz", "Antonio dela Paz Jr."),
        Q("she clung to a floating bench for almost three hours with her 10-year-old son before a fishing boat found "
          "them", "indirect", "Marites Bautista-Lim", "Marites Bautista-Lim"),
        Q('"Akala ko mamamatay na kami (I thought we were going to die). I just kept praying and telling my son to '
          'hold on,"', "direct", "she", "Marites Bautista-Lim", speaker_at="she told the Inquirer"),
        Q("the provincial government would shoulder the burial expenses of the victims and give P10,000 in cash aid "
          "to each survivor", "indirect", "Fabella", "Leonardo Fabella", speaker_at="Fabella said"),
        Q('"I\'m still hoping. The Coast Guard told us some people may have drifted to the other islands,"',
          "direct", "she", "Jocelyn Manalastas", speaker_at='islands," she said'),
    ]),
    Case("blind25-agra-diphtheria", """Six kids die of suspected diphtheria in Agra village, door-to-door vaccination drive launched

AGRA: Six children aged between three and 11 have died of suspected diphtheria in two villages of Fatehabad block in the past 10 days, prompting the health department to launch a door-to-door vaccination drive in the area.

Chief medical officer (CMO) Dr Arun Kumar Srivastava said throat swab samples of nine children with symptoms had been sent to the microbiology department of SN Medical College, and reports of three had come back positive.

"Most of the children who died had not received the full course of the DPT vaccine. Some had not been vaccinated at all," the CMO said. "Our teams have surveyed 1,140 households so far and will cover every house in a five-kilometre radius."

According to officials, the first death was reported on October 19 from Nagla Kheri village, where a four-year-old girl died on the way to the district hospital. Five more deaths followed in Nagla Kheri and neighbouring Rampur Chandrasen over the next week.

Shyam Singh Kushwaha, whose seven-year-old son Ankit died on October 24, said the family had first taken the boy to a local quack who treated him for a sore throat. "By the time we reached Agra he could not breathe. The doctors said it was too late," he said.

Dr Meenakshi Iyer-Raghunathan, professor of paediatrics at SN Medical College, told TOI that diphtheria cases had been rising in western UP since the Covid-19 pandemic disrupted routine immunisation. "Diphtheria is entirely preventable. Every death is a failure of the system, not of the family," she said.

She added that the hospital had enough stock of diphtheria antitoxin (DAT) for now, but that it had asked the state for more.

Villagers, however, alleged that ASHA and ANM workers rarely visited the area. "In two years, nobody came to tell us about injections," said Ramkali, a grandmother in Nagla Kheri.

District magistrate Ravindra Kumar Yadav has ordered an inquiry into the immunisation records of the block and sought a report within a week. Sources said at least two health workers were likely to face action.

The district immunisation officer, Dr Sanjeev Verma, said more than 600 children had been given booster doses since Saturday and that a special camp would be held at the Fatehabad community health centre on Sunday.""", [
        Q("throat swab samples of nine children with symptoms had been sent to the microbiology department of SN "
          "Medical College, and reports of three had come back positive", "indirect", "Arun Kumar Srivastava",
          "Arun Kumar Srivastava"),
        Q('"Most of the children who died had not received the full course of the DPT vaccine. Some had not been '
          'vaccinated at all,"', "direct", "the CMO", "Arun Kumar Srivastava", speaker_at="the CMO said"),
        Q('"Our teams have surveyed 1,140 households so far and will cover every house in a five-kilometre radius."',
          "direct", "the CMO", "Arun Kumar Srivastava", speaker_at="the CMO said"),
        Q("the first death was reported on October 19 from Nagla Kheri village, where a four-year-old girl died on "
          "the way to the district hospital", "indirect", "officials", None, speaker_at="According to officials"),
        Q("the family had first taken the boy to a local quack who treated him for a sore throat", "indirect",
          "Shyam Singh Kushwaha", "Shyam Singh Kushwaha"),
        Q('"By the time we reached Agra he could not breathe. The doctors said it was too late,"', "direct", "he",
          "Shyam Singh Kushwaha", speaker_at='late," he said'),
        Q("that diphtheria cases had been rising in western UP since the Covid-19 pandemic disrupted routine "
          "immunisation", "indirect", "Meenakshi Iyer-Raghunathan", "Meenakshi Iyer-Raghunathan"),
        Q('"Diphtheria is entirely preventable. Every death is a failure of the system, not of the family,"',
          "direct", "she", "Meenakshi Iyer-Raghunathan", speaker_at="she said"),
        Q("that the hospital had enough stock of diphtheria antitoxin (DAT) for now, but that it had asked the state "
          "for more", "indirect", "She", "Meenakshi Iyer-Raghunathan", speaker_at="She added"),
        Q("that ASHA and ANM workers rarely visited the area", "indirect", "Villagers", None),
        Q('"In two years, nobody came to tell us about injections,"', "direct", "Ramkali", "Ramkali"),
        Q("at least two health workers were likely to face action", "indirect", "Sources", None),
        Q("more than 600 children had been given booster doses since Saturday and that a special camp would be held "
          "at the Fatehabad community health centre on Sunday", "indirect", "Sanjeev Verma", "Sanjeev Verma"),
    ]),
    Case("blind25-kohsar-cement", """Kohsar Cement profit jumps 41% on export surge

KARACHI: Kohsar Cement Company Limited's net profit rose 41% year-on-year to Rs4.2 billion in the first half of fiscal year 2024-25 as higher exports to Afghanistan, Sri Lanka and East Africa offset weak local demand, the company said in a filing with the Pakistan Stock Exchange (PSX) on Tuesday.

Earnings per share stood at Rs12.60, compared with Rs8.94 in the same period last year. The company also announced an interim cash dividend of Rs3 per share. Net sales rose 9% to Rs31.8 billion.

Sana Tariq Sheikh, an analyst at Topline Securities, said the result was well above market expectations of around Rs3.7 billion, mainly because of lower coal costs. "The company switched to local Thar and Afghan coal early, and that decision is paying off now," she said.

The All Pakistan Cement Manufacturers Association (APCMA) said last week that domestic cement despatches fell 7.8% to 18.9 million tonnes in July-December, while exports rose 31%.

An APCMA spokesperson blamed the federal excise duty and high sales tax on cement, saying the industry was "being taxed out of its own market".

Kohsar chief executive Asad Raza Naqvi told The Express Tribune that the company planned to commission a 12-megawatt waste heat recovery plant at its Hattar factory by June, which would cut its electricity bill by about a fifth.

"Exports have kept our kilns running. Without them, we would have had to shut down one line," Naqvi said. "But shipping through Karachi is getting expensive, so we are looking at rail for Afghan cargo."

Not everyone is convinced the export boom will last. Dr Hafsa Qureshi-Malik, an economist at the Lahore School of Economics, warned that cement exports "cannot be a long-term substitute for a construction revival at home", particularly as the government has slashed development spending.

Finance ministry officials have said there is no room to cut the excise duty before the budget in June.

Kohsar's shares closed 3.4% higher at Rs186.50 at the PSX, outperforming the benchmark KSE-100 index, which gained 0.8%.""", [
        Q("Kohsar Cement Company Limited's net profit rose 41% year-on-year to Rs4.2 billion in the first half of "
          "fiscal year 2024-25 as higher exports to Afghanistan, Sri Lanka and East Africa offset weak local "
          "demand", "indirect", "the company", "Kohsar Cement Company Limited", speaker_at="the company said"),
        Q("the result was well above market expectations of around Rs3.7 billion, mainly because of lower coal "
          "costs", "indirect", "Sana Tariq Sheikh", "Sana Tariq Sheikh"),
        Q('"The company switched to local Thar and Afghan coal early, and that decision is paying off now,"',
          "direct", "she", "Sana Tariq Sheikh", speaker_at="she said"),
        Q("that domestic cement despatches fell 7.8% to 18.9 million tonnes in July-December, while exports rose "
          "31%", "indirect", "The All Pakistan Cement Manufacturers Association",
          "All Pakistan Cement Manufacturers Association"),
        Q('"being taxed out of its own market"', "partial", "An APCMA spokesperson", None),
        Q("that the company planned to commission a 12-megawatt waste heat recovery plant at its Hattar factory by "
          "June, which would cut its electricity bill by about a fifth", "indirect", "Asad Raza Naqvi",
          "Asad Raza Naqvi"),
        Q('"Exports have kept our kilns running. Without them, we would have had to shut down one line,"', "direct",
          "Naqvi", "Asad Raza Naqvi", speaker_at="Naqvi said"),
        Q('"But shipping through Karachi is getting expensive, so we are looking at rail for Afghan cargo."',
          "direct", "Naqvi", "Asad Raza Naqvi", speaker_at="Naqvi said"),
        Q('"cannot be a long-term substitute for a construction revival at home"', "partial",
          "Hafsa Qureshi-Malik", "Hafsa Qureshi-Malik"),
        Q("there is no room to cut the excise duty before the budget in June", "indirect",
          "Finance ministry officials", None),
    ]),
    Case("blind25-rockford-mayor", """Herrera wins Rockford mayor’s race, becoming first Latina to lead city

Ana Lucía Herrera will be Rockford’s next mayor after defeating Ald. Kevin Schroeder in Tuesday’s election, becoming the first Latina to lead the city.

Herrera, a 44-year-old former school board president, won 54% of the vote to Schroeder’s 46%, the Rockford Board of Election Commissioners reported early Wednesday with all precincts counted.

“Tonight Rockford chose to believe in itself again,” Herrera told several hundred supporters packed into a downtown brewery. “We knocked on 40,000 doors. We listened to people who had stopped believing anyone at City Hall was listening to them.

“Now the work starts.”

Her campaign, run under the slogan “Rockford Rising,” drew heavily on volunteers from the city’s southeast and west sides, where turnout rose sharply compared with the last mayoral election.

In a statement, Schroeder said he had called Herrera to congratulate her and promised “whatever help she needs” during the transition.

“The voters have spoken, and I respect their decision,” Schroeder said. “I love this city, and I’m not going anywhere.”

The race centered on public safety and a proposed $38 million downtown sports complex, which Schroeder backed and Herrera called “a shiny toy for developers.”

State Sen. Darnell Okafor-Price, D-Rockford, who endorsed Herrera in January, said the result showed that voters wanted “a fresh start and a mayor who shows up.”

At Auburn High School, retired machinist Gary Lindqvist, 71, said he had voted for Schroeder because of his experience on the council.

“He’s been around. He knows how the city works, where the money goes,” Lindqvist said.

Yesenia Ortiz, 29, a nurse who voted at the same school, said she had backed Herrera because of her work on school funding.

“She actually answered my email,” Ortiz said, laughing. “That was enough for me.”

Turnout was about 27%, election officials said, up from 22% four years ago.

The city’s outgoing mayor, who did not seek a third term, said in a statement that he looked forward to “a smooth and professional handover.”

Herrera will be sworn in May 5. Her first budget is due to the City Council in the fall.""", [
        Q("Herrera, a 44-year-old former school board president, won 54% of the vote to Schroeder’s 46%",
          "indirect", "the Rockford Board of Election Commissioners", "Rockford Board of Election Commissioners"),
        Q("“Tonight Rockford chose to believe in itself again,”", "direct", "Herrera", "Ana Lucía Herrera",
          speaker_at="Herrera told"),
        Q("“We knocked on 40,000 doors. We listened to people who had stopped believing anyone at City Hall was "
          "listening to them.", "direct", "Herrera", "Ana Lucía Herrera", speaker_at="Herrera told"),
        Q("“Now the work starts.”", "direct", "Herrera", "Ana Lucía Herrera", speaker_at="Herrera told"),
        Q("he had called Herrera to congratulate her", "indirect", "Schroeder", "Kevin Schroeder",
          speaker_at="Schroeder said he had"),
        Q("“whatever help she needs”", "partial", "Schroeder", "Kevin Schroeder",
          speaker_at="Schroeder said he had"),
        Q("“The voters have spoken, and I respect their decision,”", "direct", "Schroeder", "Kevin Schroeder",
          speaker_at="decision,” Schroeder said"),
        Q("“I love this city, and I’m not going anywhere.”", "direct", "Schroeder", "Kevin Schroeder",
          speaker_at="decision,” Schroeder said"),
        Q("“a shiny toy for developers.”", "partial", "Herrera", "Ana Lucía Herrera", speaker_at="Herrera called"),
        Q("“a fresh start and a mayor who shows up.”", "partial", "Darnell Okafor-Price", "Darnell Okafor-Price"),
        Q("he had voted for Schroeder because of his experience on the council", "indirect", "Gary Lindqvist",
          "Gary Lindqvist"),
        Q("“He’s been around. He knows how the city works, where the money goes,”", "direct", "Lindqvist",
          "Gary Lindqvist", speaker_at="Lindqvist said"),
        Q("she had backed Herrera because of her work on school funding", "indirect", "Yesenia Ortiz",
          "Yesenia Ortiz"),
        Q("“She actually answered my email,”", "direct", "Ortiz", "Yesenia Ortiz", speaker_at="Ortiz said"),
        Q("“That was enough for me.”", "direct", "Ortiz", "Yesenia Ortiz", speaker_at="Ortiz said"),
        Q("Turnout was about 27%", "indirect", "election officials", None),
        Q("“a smooth and professional handover.”", "partial", "The city’s outgoing mayor", None),
    ]),
]
