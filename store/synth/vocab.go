package synth

// Names shared by every language: the articles, like the corpus, are news
// from Vietnam translated into several languages, so people and places keep
// their Vietnamese names. Combining family, middle and given names gives
// thousands of distinct people.
var (
	familyNames  = []string{"Nguyen", "Tran", "Le", "Pham", "Hoang", "Huynh", "Phan", "Vu", "Vo", "Dang", "Bui", "Do", "Ho", "Ngo", "Duong", "Ly", "Trinh", "Dinh", "Lam", "Truong"}
	middleNames  = []string{"Van", "Thi", "Minh", "Duc", "Quang", "Ngoc", "Thanh", "Huu", "Xuan", "Anh", "Hong", "Cong"}
	givenNames   = []string{"An", "Binh", "Chung", "Dung", "Hai", "Hanh", "Hieu", "Hung", "Khanh", "Lan", "Linh", "Long", "Mai", "Nam", "Phong", "Phuong", "Son", "Tam", "Thao", "Thu", "Tien", "Trang", "Tuan", "Tung", "Viet", "Yen"}
	foreignNames = []string{"Marco Rubio", "Sergueï Lavrov", "Antonio Guterres", "Ursula von der Leyen", "Kim Jong-un", "Olaf Scholz", "Narendra Modi", "Anthony Albanese", "Philippe Troussier", "Kim Sang-sik"}

	places = []string{"Dong Nai", "Bien Hoa", "Da Nang", "Khanh Hoa", "Nha Trang", "Hanoi", "Hue", "Can Tho", "Quang Ngai", "Lao Cai", "Tuyen Quang", "Thanh Hoa", "Nghe An", "Ha Tinh", "Quang Tri", "Binh Dinh", "Phu Yen", "Gia Lai", "Dak Lak", "Lam Dong", "Ca Mau", "Kien Giang", "An Giang", "Ben Tre", "Vinh Long", "Soc Trang", "Hai Phong", "Quang Ninh", "Thai Nguyen", "Son La", "Dien Bien", "Lai Chau", "Yen Bai", "Ha Giang", "Cao Bang", "Long An", "Tay Ninh", "Binh Duong", "Vung Tau", "Phu Quoc"}
	rivers = []string{"La Nga", "Dong Nai", "Saigon", "Huong", "Thu Bon", "Ma", "Lam", "Da", "Lo", "Cau"}
	abroad = []string{"Laos", "Cambodge", "Thaïlande", "Japon", "Corée du Sud", "Singapour", "Australie", "Inde", "Chine", "Philippines"}

	agencies = []string{"VNA", "AFP", "Reuters", "AP", "VOV", "Xinhua", "Kyodo", "Bernama"}
	domains  = []string{"baodongnai.com.vn", "thanhnien.vn", "tienphong.vn", "www.qdnd.vn", "www.vietnamplus.vn", "vovworld.vn", "www.sggp.org.vn", "nhandan.vn", "tuoitre.vn", "vnexpress.net", "baotintuc.vn", "laodong.vn"}
	sections = []string{"xa-hoi", "thoi-su", "kinh-te", "the-thao", "van-hoa", "the-gioi", "moi-truong", "giao-duc", "suc-khoe"}
	slugs    = []string{"mua-lon", "ngap-ung", "sat-lo", "bao-so", "giao-thong", "doi-tuyen", "kinh-te", "du-an", "khoi-cong", "le-hoi", "gia-xang", "dong-nai", "da-nang", "canh-bao", "lu-quet", "hop-tac", "dau-tu", "xuat-khau", "benh-vien", "truong-hoc"}
)
