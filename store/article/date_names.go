package article

// monthNames are the month names (and English abbreviations) of the
// aggregator's languages, lower case, in the forms a date takes: Russian and
// Ukrainian write the genitive ("14 марта"). No two languages give one
// spelling different months, so one table serves them all. Vietnamese
// writes "tháng 3" and is read by its own pattern.
var monthNames = map[string]int{
	// fr
	"janvier": 1, "février": 2, "fevrier": 2, "mars": 3, "avril": 4, "mai": 5, "juin": 6,
	"juillet": 7, "août": 8, "aout": 8, "septembre": 9, "octobre": 10, "novembre": 11,
	"décembre": 12, "decembre": 12,
	// en
	"january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
	"august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
	"jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
	"sept": 9, "oct": 10, "nov": 11, "dec": 12,
	// de
	"januar": 1, "jänner": 1, "februar": 2, "märz": 3, "juni": 6, "juli": 7,
	"oktober": 10, "dezember": 12,
	// es
	"enero": 1, "febrero": 2, "marzo": 3, "abril": 4, "mayo": 5, "junio": 6, "julio": 7,
	"agosto": 8, "septiembre": 9, "setiembre": 9, "octubre": 10, "noviembre": 11, "diciembre": 12,
	// it
	"gennaio": 1, "febbraio": 2, "aprile": 4, "maggio": 5, "giugno": 6, "luglio": 7,
	"settembre": 9, "ottobre": 10, "dicembre": 12,
	// pt
	"janeiro": 1, "fevereiro": 2, "março": 3, "maio": 5, "junho": 6, "julho": 7,
	"setembro": 9, "outubro": 10, "dezembro": 12,
	// ru (genitive)
	"января": 1, "февраля": 2, "марта": 3, "апреля": 4, "мая": 5, "июня": 6, "июля": 7,
	"августа": 8, "сентября": 9, "октября": 10, "ноября": 11, "декабря": 12,
	// uk (genitive)
	"січня": 1, "лютого": 2, "березня": 3, "квітня": 4, "травня": 5, "червня": 6,
	"липня": 7, "серпня": 8, "вересня": 9, "жовтня": 10, "листопада": 11, "грудня": 12,
	// id
	"januari": 1, "februari": 2, "maret": 3, "mei": 5, "agustus": 8, "desember": 12,
	// abbreviations of the other languages, where no common word of the
	// folder's languages shares the spelling: not pt "out" (16 out of 20),
	// es/it "ago" (16 ago…), it/pt "set" (a 5 set match)
	"janv": 1, "févr": 2, "fevr": 2, "avr": 4, "juil": 7, "déc": 12, // fr
	"mär": 3, "okt": 10, "dez": 12, // de, pt
	"ene": 1, "abr": 4, "dic": 12, // es, pt, it
	"gen": 1, "mag": 5, "giu": 6, "lug": 7, "ott": 10, // it
	"fev": 2, // pt
}

// weekdays are the weekday names, lower case, as time.Weekday numbers them
// (Sunday 0): a weekday beside a year-less date tells its year.
var weekdays = map[string]int{
	// fr
	"dimanche": 0, "lundi": 1, "mardi": 2, "mercredi": 3, "jeudi": 4, "vendredi": 5, "samedi": 6,
	// en
	"sunday": 0, "monday": 1, "tuesday": 2, "wednesday": 3, "thursday": 4, "friday": 5, "saturday": 6,
	// de
	"sonntag": 0, "montag": 1, "dienstag": 2, "mittwoch": 3, "donnerstag": 4, "freitag": 5, "samstag": 6,
	// es, pt
	"domingo": 0, "lunes": 1, "martes": 2, "miércoles": 3, "jueves": 4, "viernes": 5, "sábado": 6,
	"segunda-feira": 1, "terça-feira": 2, "quarta-feira": 3, "quinta-feira": 4, "sexta-feira": 5,
	// it
	"domenica": 0, "lunedì": 1, "martedì": 2, "mercoledì": 3, "giovedì": 4, "venerdì": 5, "sabato": 6,
	// ru
	"воскресенье": 0, "понедельник": 1, "вторник": 2, "среду": 3, "среда": 3, "четверг": 4,
	"пятницу": 5, "пятница": 5, "субботу": 6, "суббота": 6,
	// uk
	"неділю": 0, "неділя": 0, "понеділок": 1, "вівторок": 2, "середу": 3, "середа": 3, "четвер": 4,
	"п'ятницю": 5, "п’ятницю": 5, "п'ятниця": 5, "п’ятниця": 5, "суботу": 6, "субота": 6,
	// id
	"minggu": 0, "senin": 1, "selasa": 2, "rabu": 3, "kamis": 4, "jumat": 5, "sabtu": 6,
	// vi
	"chủ nhật": 0, "thứ hai": 1, "thứ ba": 2, "thứ tư": 3, "thứ năm": 4, "thứ sáu": 5, "thứ bảy": 6,
}
