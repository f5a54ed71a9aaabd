package actors

// Country names that CLDR lacks but the news of kiosk's languages write:
// abbreviations ("США", "EE.UU.", "EUA"), official and older names
// ("Российская Федерация", "Белоруссия"), and the cases of names whose
// endings the stemmer leaves on purpose ("Соединенных Штатов": a noun's
// "-ов" looks like the end of "Вьетнам").
var langCountryAliases = map[string]string{
	"сша": "US", "америка": "US", "соединенных штатов": "US", "соединенным штатам": "US",
	"соединенными штатами": "US", "соединенных штатах": "US",
	"сполучених штатів": "US", "сполученим штатам": "US", "сполученими штатами": "US", "сполучених штатах": "US",
	"eeuu": "US", "eua": "US", "amerika serikat": "US",
	"российская федерация": "RU", "російська федерація": "RU",
	"белоруссия": "BY", "молдавия": "MD", "киргизия": "KG", "туркмения": "TM",
	"британия": "GB", "британія": "GB", "англия": "GB", "англія": "GB",
	"юар": "ZA", "кнр": "CN", "фрг": "DE", "фрн": "DE", "brd": "DE",
	"северная корея": "KP", "палестина": "PS", "ватикан": "VA",
}
