package synth

// lang holds what an article needs in one language. Templates take slots:
// {P} a person, {L} a place, {R} a river, {O} an organization, {A} an
// agency, {X} a country abroad, {F} a foreign person, {N} a number, {H} an hour, {D} a date, {W} a benchmark
// word (only in the templates of common and rare).
type lang struct {
	code      string
	share     int // articles in 100 written in this language
	sentences []string
	titles    []string
	captions  []string
	orgs      []string
	months    []string
	photo     string   // how a caption credits its photographer
	video     string   // a caption that announces a video
	common    []string // sentences that carry CommonWord
	rare      string   // a sentence that carries a rare word
	sources   []string // source labels, most usual first
	footers   []string // comment footer labels, most usual first
	leftovers []string // page debris: related headlines, "see more"
}

var langs = []lang{french, english, russian, ukrainian}

var french = lang{
	code:  "fr",
	share: 55,
	sentences: []string{
		"Le {D}, {P}, vice-président du {O}, a informé qu'un glissement de terrain venait de se produire dans la région de {L}, mais qu'heureusement il n'y avait pas de victimes.",
		"Selon le {O}, le niveau de l'eau de la rivière {R} à la station de {L} a atteint le niveau d'alerte {N} et devrait continuer de monter lentement au cours des prochaines 24 heures.",
		"Les autorités de la province de {L} ont mobilisé plus de {N} soldats, policiers et membres des milices pour aider les habitants à évacuer leurs biens vers des zones sûres.",
		"L'agence {A} a rapporté que le {O} avait approuvé un budget de {N} milliards de dongs pour réparer les routes et les digues endommagées par les crues.",
		"{P} a déclaré que la ville de {L} accorderait la priorité à la construction de nouvelles écoles et de centres de santé dans les communes les plus pauvres.",
		"Lors de la réunion, les représentants du {O} et de leurs homologues du {X} ont convenu de renforcer la coopération dans le commerce, l'investissement et l'éducation.",
		"Il est nécessaire de se prémunir contre le risque de fortes pluies combinées à des inondations pouvant provoquer des submersions dans les zones basses de {L}.",
		"Le {D}, l'équipe de {L} a battu celle de {X} {N}-1 au stade de {L}, devant plus de {N} mille spectateurs enthousiastes.",
		"D'après {P}, directeur du {O}, le nombre de touristes étrangers venus à {L} a augmenté de {N} % par rapport à la même période de l'année dernière.",
		"Les prix de l'essence ont augmenté de {N} dôngs le litre à partir de 15h00 le {D}, selon un communiqué conjoint du {O}.",
		"Plus de {N} ménages des communes riveraines de la rivière {R} ont été relogés temporairement chez des proches ou dans des écoles.",
		"{P} a souligné que les localités devaient surveiller de près l'évolution de la situation et informer rapidement la population de {L}.",
		"Le projet, d'un coût total de {N} milliards de dongs, doit être achevé avant la fin de l'année prochaine, a précisé le {O}.",
		"En conséquence, vers {H} heures le même jour, de nombreuses routes de {L} étaient encore inondées et la circulation était très difficile.",
		"Les experts du {O} estiment que la croissance économique de {L} pourrait atteindre {N} % cette année grâce aux exportations.",
		"Le président {P} a reçu une délégation du {X} conduite par {F}, qui effectue une visite officielle au Vietnam du {D} au {D}.",
	},
	titles: []string{
		"{L} : des pluies torrentielles inondent de nombreuses routes",
		"Le Vietnam bat le {X} {N}-0 en match amical",
		"{P} au chevet des victimes des crues à {L}",
		"Hausse légère du prix de l'essence à partir du {D}",
		"Coopération renforcée entre {L} et le {X}",
		"Alerte aux crues sur la rivière {R}",
	},
	captions: []string{
		"Des gens se déplacent sous la pluie sur la route nationale 1 à travers la commune de {L}",
		"Le niveau d'eau en aval de la rivière {R}, à la station de {L}",
		"Des soldats aident les habitants de {L} à évacuer leurs biens",
		"{P} s'entretient avec des habitants de {L}",
		"Vue d'ensemble du chantier à {L}",
		"Les joueurs de l'équipe de {L} célèbrent leur victoire",
	},
	orgs:      []string{"Comité populaire de la province de {L}", "ministère des Ressources naturelles et de l'Environnement", "ministère de l'Industrie et du Commerce", "Centre hydrométéorologique de {L}", "Commandement militaire de {L}", "ministère des Affaires étrangères", "Fédération vietnamienne de football", "département du Tourisme de {L}", "hôpital général de {L}", "Croix-Rouge de {L}"},
	months:    []string{"janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"},
	photo:     "Photo : ",
	video:     ">>> Vidéo : ",
	common:    []string{"Les habitants du delta du {W} ont été appelés à renforcer les digues avant la grande marée.", "Les provinces du delta du {W} ont enregistré une production record de riz et de fruits cette saison.", "Selon les experts, le débit du {W} a fortement baissé en raison de la sécheresse."},
	rare:      "Une délégation de {W} a également assisté à la cérémonie, selon les organisateurs.",
	sources:   []string{"Source : ", "Source: ", "    Source : ", "Fuente: ", "Quelle: ", "Zdroj : ", "Source", "Lien source", "source"},
	footers:   []string{"Comment", "Kommentar", "Komentář"},
	leftovers: []string{"Voir plus", "Sur le même sujet", "Commentaires", "Autres", "Kim Lieu", "(VOVWORLD) -", "- VNA"},
}

var english = lang{
	code:  "en",
	share: 25,
	sentences: []string{
		"On {D}, {P}, vice chairman of the {O}, said that a landslide had just occurred in {L}, but fortunately there were no casualties.",
		"According to the {O}, the water level of the {R} River at {L} station reached alert level {N} and is expected to keep rising slowly over the next 24 hours.",
		"Authorities in {L} province mobilized more than {N} soldiers, police officers and militia members to help residents move their belongings to safe areas.",
		"The {A} news agency reported that the {O} had approved a budget of {N} billion VND to repair roads and dykes damaged by the floods.",
		"{P} said that {L} city would give priority to building new schools and health centres in the poorest communes.",
		"At the meeting, representatives of the {O} and their counterparts from {X} agreed to strengthen cooperation in trade, investment and education.",
		"People are advised to guard against heavy rain combined with floods that may cause inundation in low-lying areas of {L}.",
		"On {D}, the {L} team beat {X} {N}-1 at {L} stadium in front of more than {N} thousand enthusiastic fans.",
		"According to {P}, director of the {O}, the number of foreign tourists visiting {L} rose by {N} percent compared with the same period last year.",
		"Petrol prices rose by {N} VND per litre from 3 pm on {D}, according to a joint statement by the {O}.",
		"More than {N} households in communes along the {R} River have been temporarily moved to relatives' homes or schools.",
		"{P} stressed that localities must closely monitor the situation and promptly inform the people of {L}.",
		"The project, with a total cost of {N} billion VND, is due to be completed before the end of next year, the {O} said.",
		"As a result, at around {H} o'clock the same day, many roads in {L} were still flooded and traffic was very difficult.",
		"Experts from the {O} estimate that the economic growth of {L} could reach {N} percent this year thanks to exports.",
		"President {P} received a delegation from {X} led by {F}, who is paying an official visit to Vietnam from {D} to {D}.",
	},
	titles: []string{
		"{L} braces for heavy rains, inundation",
		"Vietnam beat {X} {N}-0 in a friendly match",
		"{P} visits flood victims in {L}",
		"Petrol prices edge up from {D}",
		"{L} and {X} step up cooperation",
	},
	captions: []string{
		"People move in the rain on National Highway 1 through {L} commune",
		"The water level downstream of the {R} River at {L} station",
		"Soldiers help residents of {L} move their belongings",
		"{P} talks with residents of {L}",
		"Some photos show waterlogged streets in {L} this morning",
	},
	orgs:      []string{"People's Committee of {L} province", "Ministry of Natural Resources and Environment", "Ministry of Industry and Trade", "{L} Hydro-Meteorological Centre", "{L} Military Command", "Ministry of Foreign Affairs", "Vietnam Football Federation", "{L} Department of Tourism", "{L} General Hospital", "{L} Red Cross"},
	months:    []string{"January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"},
	photo:     "Photo: ",
	video:     ">>> Video: ",
	common:    []string{"Residents of the {W} Delta were urged to reinforce dykes before the spring tide.", "Provinces in the {W} Delta recorded a record harvest of rice and fruit this season.", "According to experts, the flow of the {W} has dropped sharply because of the drought."},
	rare:      "A delegation from {W} also attended the ceremony, the organizers said.",
	sources:   []string{"Source: ", "Source : ", "Source", "Sumber"},
	footers:   []string{"Comment", "Komen"},
	leftovers: []string{"According to Traffic", "SGGPO", "By staff writers", "Related news", "Weather"},
}

var russian = lang{
	code:  "ru",
	share: 10,
	sentences: []string{
		"{D} {P}, заместитель председателя {O}, сообщил, что в районе {L} произошёл оползень, но, к счастью, жертв нет.",
		"По данным {O}, уровень воды в реке {R} у станции {L} достиг {N}-го уровня тревоги и в ближайшие сутки продолжит медленно расти.",
		"Власти провинции {L} мобилизовали более {N} военных, полицейских и ополченцев, чтобы помочь жителям вывезти имущество в безопасные места.",
		"Агентство {A} сообщило, что {O} выделил {N} миллиардов донгов на ремонт дорог и дамб, повреждённых наводнением.",
		"{P} заявил, что город {L} уделит первоочередное внимание строительству новых школ и медицинских центров в самых бедных коммунах.",
		"На встрече представители {O} и их коллеги из страны {X} договорились укреплять сотрудничество в торговле, инвестициях и образовании.",
		"Необходимо остерегаться сильных дождей в сочетании с паводками, которые могут вызвать подтопление низменных районов {L}.",
		"По словам {P}, директора {O}, число иностранных туристов, посетивших {L}, выросло на {N} процентов по сравнению с тем же периодом прошлого года.",
		"Более {N} семей из коммун на берегах реки {R} временно переселены к родственникам или в школы.",
		"{P} подчеркнул, что местные власти должны внимательно следить за ситуацией и своевременно информировать жителей {L}.",
		"Проект общей стоимостью {N} миллиардов донгов должен быть завершён до конца следующего года, сообщили в {O}.",
		"Эксперты {O} считают, что экономический рост {L} в этом году может достичь {N} процентов благодаря экспорту.",
	},
	titles: []string{
		"{L}: сильные дожди затопили многие улицы",
		"{P} посетил пострадавших от наводнения в {L}",
		"Начало строительства нового моста в {L}",
	},
	captions: []string{
		"Жители {L} передвигаются под дождём по национальному шоссе 1",
		"Уровень воды в реке {R} у станции {L}",
		"Военные помогают жителям {L} вывозить имущество",
	},
	orgs:      []string{"Народного комитета провинции {L}", "Министерства природных ресурсов и окружающей среды", "Министерства промышленности и торговли", "Гидрометеорологического центра {L}", "Военного командования {L}", "Министерства иностранных дел", "Федерации футбола Вьетнама"},
	months:    []string{"января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября", "ноября", "декабря"},
	photo:     "Фото: ",
	video:     ">>> Видео: ",
	common:    []string{"Жителей дельты реки {W} призвали укрепить дамбы до начала большого прилива.", "Провинции дельты {W} собрали в этом сезоне рекордный урожай риса и фруктов."},
	rare:      "На церемонии также присутствовала делегация {W}, сообщили организаторы.",
	sources:   []string{"Source: ", "Source : ", "Source"},
	footers:   []string{"Комментарий"},
	leftovers: []string{"Vnews", "Читайте также"},
}

var ukrainian = lang{
	code:  "uk",
	share: 10,
	sentences: []string{
		"{D} {P}, заступник голови {O}, повідомив, що в районі {L} стався зсув ґрунту, але, на щастя, жертв немає.",
		"За даними {O}, рівень води в річці {R} біля станції {L} досяг {N}-го рівня тривоги і протягом доби повільно зростатиме.",
		"Влада провінції {L} мобілізувала понад {N} військових, поліцейських та ополченців, щоб допомогти мешканцям вивезти майно в безпечні місця.",
		"Агентство {A} повідомило, що {O} виділив {N} мільярдів донгів на ремонт доріг і дамб, пошкоджених повінню.",
		"{P} заявив, що місто {L} надасть пріоритет будівництву нових шкіл і медичних центрів у найбідніших громадах.",
		"Тривалі зливові дощі спричинили зсуви в багатьох місцях перевалу поблизу {L}, що спричинило затори.",
		"Необхідно остерігатися сильних дощів разом із паводками, які можуть спричинити підтоплення низинних районів {L}.",
		"За словами {P}, директора {O}, кількість іноземних туристів у {L} зросла на {N} відсотків порівняно з тим самим періодом минулого року.",
		"Понад {N} родин із громад на берегах річки {R} тимчасово переселено до родичів або до шкіл.",
		"{P} наголосив, що місцева влада має уважно стежити за ситуацією та вчасно інформувати мешканців {L}.",
		"Проєкт загальною вартістю {N} мільярдів донгів має бути завершений до кінця наступного року, повідомили в {O}.",
	},
	titles: []string{
		"{L}: зливи затопили багато вулиць",
		"Перевал поблизу {L} заблоковано через зсуви",
	},
	captions: []string{
		"Мешканці {L} пересуваються під дощем національним шосе 1",
		"Рівень води в річці {R} біля станції {L}",
	},
	orgs:      []string{"Народного комітету провінції {L}", "Міністерства природних ресурсів і довкілля", "Міністерства промисловості та торгівлі", "Гідрометеорологічного центру {L}", "Військового командування {L}"},
	months:    []string{"січня", "лютого", "березня", "квітня", "травня", "червня", "липня", "серпня", "вересня", "жовтня", "листопада", "грудня"},
	photo:     "Фото: ",
	video:     ">>> Відео: ",
	common:    []string{"Мешканців дельти річки {W} закликали зміцнити дамби до початку великого припливу.", "Провінції дельти {W} зібрали цього сезону рекордний урожай рису та фруктів."},
	rare:      "На церемонії також була присутня делегація {W}, повідомили організатори.",
	sources:   []string{"Джерело: ", "Джерело : ", "Source: "},
	footers:   []string{"Коментар"},
	leftovers: []string{"Vnews", "Читайте також"},
}
