# UI strings of the udha theme in Turkish. Machine translation: not yet checked by a native speaker.
# A site overrides any of them in its own locales/<lang>/*.ftl.

chooser-prompt = Bu siteyi Türkçe okuyun

skip-to-content = İçeriğe geç
emergency-label = Acil numaralar
languages-label = Dil
sections-label = Konular
breadcrumbs-label = Buradasınız
home-link = Ana sayfa

translation-missing = Bu sayfa henüz çevrilmedi. Burada { $source } dilinde okuyabilirsiniz.
translation-machine = Bu çeviriyi bir makine yaptı. Henüz bir insan kontrol etmedi.
translation-machine-original = Anlaşılmadı mı? Aslını okuyun: { $source }
translation-draft = Bu çeviri bir taslak. Hatalar olabilir.

page-code = Sayfa numarası { $code }. Bu sayfayı yeniden açmak için şunu yazın:
poster-address = Kodu okutun ya da bu adresi yazın:
poster-code = Telefonda { $code } numaralı sayfayı isteyin.
last-reviewed = Sayfanın son kontrol tarihi: { $date }
sources-label = Kaynaklar
source-year = { $year } yılında yayımlandı
source-undated = tarihsiz web sayfası, { $date } tarihinde bakıldı
# Between the title, the publisher and the date of a source (a space follows).
source-separator = ,
in-this-section = Bu konuda
section-pages = { $count ->
    [one] Bu konuda { $count } sayfa
   *[other] Bu konuda { $count } sayfa
}

not-found-title = Sayfa bulunamadı
not-found-text = Bu sayfa yok. Ana sayfaya gidin ya da bir konu seçin.
not-found-code = Sayfa numaranız mı var? Sitenin adresini, bir eğik çizgi ve numarayı şöyle yazın: { $example }

footer-about = Bu site hakkında
footer-privacy = Gizlilik: çerez yok, takip yok, hiçbir şey saklanmaz.

code-page-title = Sayfa { $code }

# Dates: `date` puts day, month name and year in this language's order.
date = { $day } { $month } { $year }
month-1 = Ocak
month-2 = Şubat
month-3 = Mart
month-4 = Nisan
month-5 = Mayıs
month-6 = Haziran
month-7 = Temmuz
month-8 = Ağustos
month-9 = Eylül
month-10 = Ekim
month-11 = Kasım
month-12 = Aralık

# Dated pages, notices and the feed.
page-date = Yayımlanma tarihi: { $date }
page-updated = Güncellenme tarihi: { $date }
notices-title = Haberler ve duyurular
notices-all = Eskiler de dahil tüm duyurular
notices-archive = Eski duyurular (artık geçerli değil)
notice-urgent = Acil
notice-expires = { $date } tarihine kadar geçerli
notice-archived = Bu duyuru artık geçerli değil. { $date } tarihine kadar geçerliydi.
feed-title = Yeni ve değişen sayfalar
feed-link = Yeni ve değişen sayfaları takip edin (Atom beslemesi)
feed-notice = Duyuru
# A list of pages split over several pages.
pagination-label = Bu listenin diğer sayfaları
pagination-previous = Önceki
pagination-next = Sonraki
pagination-page = Sayfa { $current } / { $total }

# The info-line's directory of every page (/directory/), for staff.
directory-title = Sayfa listesi
directory-intro = Her sayfa; numarası, her dildeki başlığı ve açıklaması, her çevirinin ne kadar kontrol edildiği ve SMS ya da WhatsApp ile gönderilecek bir mesajla birlikte. Mesajdaki bağlantı, sayfayı arayan kişinin dilinde açar.
directory-code = Numara
directory-page = Her dilde sayfa
directory-not-answered = arayanların sorduğu ama kaynaklarımızın yanıtlamadığı sorular ve bu soruların nereye yönlendirileceği.
directory-filter = Sayfa bulun (herhangi bir dilde)
directory-message = Gönderilecek mesaj
directory-message-size = { $length ->
    [one] { $length } karakter
   *[other] { $length } karakter
} ({ $encoding }), { $segments ->
    [one] { $segments } SMS
   *[other] { $segments } SMS parçası
}
directory-copy = Kopyala
directory-copied = Kopyalandı
footer-directory = Sayfa listesi (çalışanlar için)
# A phone number the page gives, in its ready message: the name the source register gives it in this language, and the number.
message-contact = { $name }: { $number }
status-source = orijinal
status-machine = makine çevirisi, kontrol edilmedi
status-draft = taslak çeviri
status-reviewed = bu dili ana dili olarak konuşan biri kontrol etti
status-missing = henüz çevrilmedi
poster-link = Bu sayfanın afişini yazdırın

# The search page (/<lang>/search/).
search-link = Ara
search-title = Bu sitede arayın
search-label = Aranacak kelimeler
search-button = Ara
search-searching = Aranıyor…
search-no-results = Hiçbir şey bulunamadı. Başka kelimeler deneyin ya da aşağıdan bir konu seçin.
search-failed = Arama şu anda çalışmıyor. Aşağıdan bir konu seçin.
search-needs-script = Arama için JavaScript gerekli, ama bu tarayıcıda kapalı. Bunun yerine aşağıdan bir konu seçin.

# Keeping the site on the phone for reading without network.
offline-button = Bu siteyi telefonuma kaydet
offline-confirm = Bu, { $kb } KB veri kullanır. Kaydetmek için yeniden dokunun.
offline-working = Kaydediliyor…
offline-done = Kaydedildi. Bu sayfalar artık internet olmadan açılır.
offline-failed = Kaydedilemedi. İnternet bağlantınız olduğunda yeniden deneyin.
not-saved-title = Bu sayfa bu telefona kaydedilmedi
not-saved-text = İnternete bağlı değilsiniz ve bu sayfa kaydedilmedi. Kaydettiğiniz sayfalar internet olmadan açılır: ana sayfadan başlayın ya da bir konu seçin.

# The editors' translation status report (/status/).
status-title = Çeviri durumu
status-intro = Her dilde her sayfa: eksik, güncel değil (çeviri yapıldıktan sonra kaynak değişti), taslak, makine çevirisi ya da bu dili ana dili olarak konuşan biri kontrol etti. Komut satırında: udha status.
status-outdated = güncel değil: kaynak değişti

# The whole site in one file (/<lang>/udha-<lang>.html), to pass on.
edition-title = { site-name }: sitenin tamamı tek dosyada
edition-label = Sitenin tamamı tek dosyada
edition-made = Bu kopyadaki bilgiler { $date } tarihli.
edition-version = Sürüm
edition-offline = Her telefonda internet olmadan açılır. WhatsApp, Bluetooth ya da USB ile başkalarına gönderebilirsiniz.
edition-newer = İnternete bağlıyken en yeni kopyayı buradan alın:
edition-contents = İçindekiler
edition-back = İçindekilere dön
edition-download = Sitenin tamamını tek dosya olarak indirin ({ $kb } KB)
edition-share = Bu dosyayı paylaşın
edition-share-failed = Paylaşılamadı. Bunun yerine indirme bağlantısını kullanın.

# The translation review workbench in `udha serve` (/__udha/review/...).
review-link = Bu çeviriyi gözden geçirin
review-title = Bu çeviriyi gözden geçirin
review-source = Orijinal
review-translation = Çeviri
review-changed = Bu çeviri yapıldıktan sonra değişenler:
review-changed-intro = Orijinal, bu çeviri yapıldıktan sonra değişti. Değişen paragraflar işaretli: çeviriyi onlara göre güncelleyin.
review-no-history = Orijinal, bu çeviri yapıldıktan sonra değişti, ama önceki hâli bu klasörün geçmişinde yok; bu yüzden değişiklikler işaretlenemiyor. Metnin tamamını karşılaştırın.
review-refused = Kaydedilmedi: site bu değişiklikle oluşturulamıyor. Hiçbir şey yazılmadı. Şunu düzeltip yeniden kaydedin:
review-conflict = Kaydedilmedi: siz bu sayfayı açtıktan sonra dosya diskte değişti. Metniniz hâlâ aşağıdaki formda. Dosyanın şimdiki hâli şu:
review-conflict-disk = Gerekenleri kopyalayın, sonra bu sayfayı yeniden açın.
review-edit = Çeviriyi düzeltin
review-field-title = Başlık
review-field-description = Kısa açıklama (bir cümle)
review-field-text = Metin (Markdown)
review-save = Kaydet
review-mark = İşaretle: bu dili ana dili olarak konuşan biri kontrol etti
review-mark-intro = Bunu yalnızca bu dil ana dilinizse ve çevirinin tamamını orijinaliyle karşılaştırarak okuduysanız yapın.
review-reviewer = Adınız ya da adınızın baş harfleri
review-preview = Sayfanın şimdiki görünümü

# A page that was removed: shown at its number and its old address.
gone-title = Bu sayfa kaldırıldı
gone-text = Aradığınız sayfa (numara { $code }) artık bu sitede yok.
gone-see = Bunun yerine buraya bakın:
