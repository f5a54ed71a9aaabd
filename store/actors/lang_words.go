package actors

// langFunctionWords are conjunctions, prepositions and adverbs that begin
// sentences and that functionWords lacks: capitalized first in a
// sentence, they were read as the first word of a name ("Though Mariam
// said", "Біля Верховної Ради", "Ahora Bustos").
var langFunctionWords = set(`though although whereas unless despite
	ahora luego después entonces incluso
	ora poi quindi inoltre
	agora depois então ainda
	около после через перед под над при для без между среди возле
	біля після через перед під над при для без між серед поруч`)
