"""Negation and modality: is a relation denied, or only possible or planned?

Scope rule: a negation word counts when it stands at most three words before
the trigger in the same clause (لم يلتق، لن يزور، لا تمثل، عدم توقيع، وقف
الدعم، تعليق المساعدات); a
denial verb (نفى) counts anywhere before the trigger in the clause. A modal
word counts anywhere before the trigger in the same clause (قد + present,
ربما، من المتوقع، من المقرر، يعتزم، إذا، لو...), and a future prefix (سـ، سوف)
on the trigger itself. قد before a past verb is emphasis (it did happen), not
modality.

Example
-------
>>> flags_for(["لم", "يلتق"], 1, "present")
(True, False)
>>> flags_for(["من", "المقرر", "ان", "يزور"], 3, "present")
(False, True)
>>> flags_for(["قد", "التقى"], 1, "past")
(False, False)
"""

from __future__ import annotations

import re

from ..text import normalize

__all__ = ["flags_for", "NEGATORS", "MODALS"]

# Verbs that suspend or cut what their object noun names (علّقت إيران تعاونها مع
# الوكالة، أوقفت X دعمها لـY): like the nouns تعليق / وقف, they negate a noun only.
_SUSPENDING_VERBS = ("علق", "علقت", "وعلقت", "وعلق", "أوقف", "أوقفت", "وأوقفت", "جمد", "جمدت", "وجمدت",
                     "قطع", "قطعت", "وقطعت", "وقطع", "يعلق", "تعلق", "يوقف", "توقف", "يجمد", "تجمد")
_CANCELLED = ("ألغى", "ألغت", "وألغى", "وألغت")
NEGATORS = frozenset({"تعليق", "وقف", "قطع", "تجميد", "انهاء", "الغاء", "سحب", "لم", "لن", "ما", "لا", "ليس", "ليست", "لسنا", "عدم", "دون", "بدون",
                      "غير", "ولم", "ولن", "ولا", "فلم", "فلن", "فلا", "لما",
                      # رفضت ألمانيا إرسال جنود: a refusal denies what follows
                      "رفض", "رفضت", "يرفض", "ترفض", "ورفض", "ورفضت", "رفضه", "رفضها",
                      *_CANCELLED,  # ألغت X زيارتها: cancelled
                      *_SUSPENDING_VERBS})
_CANCELLING = frozenset(normalize(w) for w in (*_CANCELLED, "يلغي", "تلغي"))
DENIALS = frozenset({"نفي", "نفت", "ينفي", "تنفي", "نفوا", "نفيا", "انكر", "انكرت", "ينكر",
                     "تنكر", "كذب", "كذبت", "ونفي", "ونفت",
                     "نافيا", "نافية", "نافين", "نافيين",  # (، نافيا أن يكون X قد ...)
                     # جددت X نفيها تقديم أي دعم لـY: her denial, a noun with its pronoun
                     "نفيها", "نفيه", "نفيهم", "نفيهما", "ونفيها", "ونفيه"})
# Calls and demands (دعا X إلى ...، طالب X بـ ...): what is called for has not happened.
_CALLING_FOR = frozenset(normalize(w) for w in (
    "طالب", "طالبت", "يطالب", "تطالب", "وطالب", "وطالبت", "مطالبا", "مطالبة", "مطالبين",
    "داعيا", "داعية", "ودعا", "ودعت", "دعا", "دعت", "يدعو", "تدعو", "حث", "حثت", "حاثا", "يحث", "تحث",
    "ناشد", "ناشدت", "مناشدا"))  # (shared with relations.py: the one who calls)
MODALS = frozenset({
    "ربما", "لعل", "سوف", "وسوف", "المتوقع", "المقرر", "المرتقب", "المرتقبه", "المنتظر",
    "بد", "مناص", "مفر",  # لا بد أن / لا مناص من: a necessity, not yet a fact
    "يرتقب", "ترتقب", "يترقب", "تترقب", "مرتقب", "مرتقبه",  # يُرتقب أن يعقد X لقاء: awaited
    "خطط", "خططها", "خططه", "خطتها", "خطته",  # بسبب خططها لتمويل X: plans, not yet done
    "ينتظر", "تنتظر", "يعتزم", "تعتزم", "يعتزمون", "يعتزمان", "تعتزمان", "المستبعد",
    "اذا", "واذا", "لو", "ولو", "ان", "يرجح", "ترجح",
    "المرجح", "مرجح", "الارجح",  # من المرجح أن يوقع البلدان / على الأرجح: likely, not done
    "ترجيحات", "تكهنات", "توقعات",  # وسط ترجيحات بأن تزوّد واشنطن المملكة: speculation
    "قادر", "قادرة", "قادران", "قادرتان", "قادرون", "قادرين", "قادرتين",  # able to: not yet done
    "رجح", "يبدو", "ويبدو", "المحتمل", "المحتمله", "المحتملة", "محتمل", "محتمله", "امل",
    "يامل", "تامل", "يأمل", "امله", "يعول", "تعول", "يعولون", "قيل", "يقال", "يخطط", "تخطط",
    # معربا عن تطلعه إلى العمل معه لتعزيز العلاقات: looked forward to, not yet done
    "املها", "املهما", "املهم", "املنا", "نامل", "يتطلع", "تتطلع", "نتطلع", "يتطلعون", "تطلعه", "تطلعها", "تطلعهم", "متطلعا",
    "متطلعه", "متطلعين", "يتطلعان", "تتطلعان", "يأملان", "تأملان",  # (البلدان يتطلعان إلى تعزيز التعاون)
    "تطلع", "وتطلع", "تطلعات", "تطلعنا", "تطلعهما",  # (معربا عن تطلع مصر إلى تعزيز التعاون مع X)
    "يسعي", "تسعي", "تستعد", "يستعد", "تستعدان", "يستعدان",  # (تستعد الحكومتان لعقد الاجتماع: preparing, not held)
    "مفترض", "المفترض", "يفترض", "يتوقع", "تتوقع", "متوقع", "متوقعه",
    # وتوقع X أن يوقع Y اتفاقا: "expected" (the same letters as تُوقّع, "she signs")
    "توقع", "وتوقع", "توقعت", "وتوقعت", "توقعوا",
    "اتهم", "اتهمت", "يتهم", "تتهم", "اتهام", "اتهامات", "مزاعم", "يزعم", "تزعم", "زعم", "زعمت",
    "مزاعم", "ادعت", "ادعى", "تدعي", "يدعي", "ادعاءات",
    "متهما", "متهمة", "متهمين", "متهمه", "اتهامه", "اتهامها", "باتهام",
    "امكانيه", "احتمال", "احتمالات", "تحويل", "يريد", "تريد", "يرغب", "ترغب",
    "دعوة", "دعوه", "دعاه", "دعاها", "يدعو", "تدعو", "الدعوة", "الدعوه", "دعوته", "دعوتها",
    "تدرس", "يدرس", "تنوي", "ينوي", "يعتزمون", "تبحث إمكانية",
    "مرجحا", "مرجحه", "مرجحين", "رجحت", "يرجحون", "متوقعا", "متوقعين", "مستبعدا",
    # أجلت كينيا زيارة الرئيس الصومالي: a postponed event has not happened
    "أجل", "أجلت", "تأجيل", "تأجيلها", "تأجيله", "أرجأ", "أرجأت", "إرجاء",
    "أرجئ", "أرجئت", "أرجئا", "يرجأ", "ترجأ", "أجلت", "تأجلت", "تأجل",  # (passives: أُرجئت زيارة الوزير)
    # حصل X على وعود روسية بدعم: a promise is not yet the support
    "وعود", "وعودا", "بوعود", "تعهدات", "بتعهدات",
    # طالب X Y بالضغط على Z: a demanded act has not happened
    *_CALLING_FOR,
    # قال X ...، وذلك عشية استقباله Y: on the eve of it, not yet held
    "عشية",
})
# "ان" alone is too common (أنّ "that"); it is modal only as إن "if" — drop it.
MODALS = MODALS - {"ان"}
SCOPE = 15
# "his / her / their expectation" (عن توقعه أن ...): the same letters as تُوقّعه "signs it",
# so only after عن
_EXPECTATIONS = frozenset({"توقعه", "توقعها", "توقعهم", "توقعهما", "توقعاته", "توقعاتها", "توقعاتهم"})
_WILL_NOT = frozenset({"لن", "ولن", "فلن"})  # لن يزور: a denied plan, so also not yet a fact
_ONLY = frozenset({"الوحيد", "الوحيده", "الوحيدين", "الوحيدون", "الاوحد", "فقط", "وحدها", "وحده", "فحسب",
                   # لا تقدم دعمها ... مجانا: "not for free", the support is given
                   "مجانا", "بالمجان"})
# Verbs of mentioning or dwelling on a topic: «لم يتطرق إلى ...» denies the mention only.
_MENTIONING = frozenset(normalize(w) for w in (
    "يتطرق", "تتطرق", "يتطرقا", "يتطرقوا", "يشر", "تشر", "يشيرا", "يذكر", "تذكر", "يتحدث", "تتحدث",
    "يأت", "تأت", "يتناول", "تتناول", "يخض", "تخض"))
_CONCLUDED = frozenset(normalize(w) for w in (
    "الموقع", "الموقعة", "المبرم", "المبرمة", "وقعته", "وقعتها", "أبرمته", "أبرمتها", "وقعها", "وقعه"))
_QAD = frozenset({"قد", "وقد", "فقد"})
_KANA = frozenset(normalize(w) for w in ("كان", "كانت", "كانوا", "وكان", "وكانت", "وكانوا",
                                          "فكان", "فكانت"))
FUTURE_TIME = frozenset({"غدا", "المقبل", "المقبله", "القادم", "القادمه", "غد"})  # (غد: بعد غد)
_TOMORROW = frozenset({"غدا", "غد"})
_TODAY = normalize("اليوم")
_ORDINALS = frozenset(normalize(w) for w in ("الأول", "الثاني", "الثالث", "الرابع", "الأخير", "التالي", "نفسه"))
_WHEN_PAST = frozenset(normalize(w) for w in ("أمس", "امس", "الماضي", "الماضية"))
_TO_BE = frozenset(normalize(w) for w in ("يكون", "تكون", "يكونوا", "يكونا", "تكونا"))
_BELIEVING = frozenset(normalize(w) for w in ("يظن", "يعتقد", "يتصور", "يتوهم", "يحسب", "الظن", "الاعتقاد",
                                              "التصور", "التوهم"))
_ERRING = frozenset(normalize(w) for w in ("يخطئ", "مخطئ", "واهم"))  # (يخطئ من يظن أن ...)
_MISTAKE = frozenset(normalize(w) for w in ("الخطأ", "الوهم"))  # (من الخطأ الاعتقاد أن ...)
_RULE_OUT = frozenset(normalize(w) for w in ("يستبعد", "تستبعد", "يستبعدون", "نستبعد", "أستبعد",
                                              "استبعد", "استبعدت"))
_GATHERINGS = frozenset(normalize(w) for w in ("لقاء", "اجتماع", "قمة", "محادثات", "مباحثات", "مشاورات"))


def _gathering(word: str) -> bool:
    """لقاء، الاجتماع، اجتماعا: a meeting noun, with or without the article or the accusative alif."""
    stem = word.removeprefix("و").removeprefix("ال")
    return stem in _GATHERINGS or (stem.endswith("ا") and stem[:-1] in _GATHERINGS)


# Documents and grants whose purpose (لدعم ...) is as planned as they are.
_DOCUMENTS = frozenset(normalize(w) for w in ("اتفاقية", "اتفاق", "منحة", "قرض", "مذكرة", "اتفاقيات", "مذكرات"))
_BE_HELD = frozenset(normalize(w) for w in ("يعقد", "تعقد", "ينعقد", "تنعقد", "يلتئم", "تلتئم"))
_TO_BE_HELD = frozenset(normalize(w) for w in (
    "ستعقد", "سيعقد", "ستنعقد", "سينعقد", "ستجري", "سيجري", "ستقام", "سيقام", "ستلتئم", "ستبدأ",
    "ستنطلق", "سينطلق", "ستستأنف", "سيستأنف"))  # (المفاوضات بين X وY ستنطلق الشهر المقبل)
_WHAT_BEFORE = frozenset(normalize(w) for w in (
    "وهو", "وهي", "هو", "هي", "وهذا", "هذا", "وذلك", "ذلك", "بحسب", "حسب", "وفق", "وفق", "كل", "وكل",
    "مثل", "بعد", "عكس", "خلاف", "بخلاف", "في", "وفي"))  # (في ما سيكون أول زيارة: "in what")
_PROSPECTS = frozenset(normalize(w) for w in ("آفاق", "وآفاق", "فرص", "وفرص"))
_REACHING = frozenset(normalize(w) for w in ("التوصل", "توقيع", "إبرام"))
_TO_REACH = frozenset(normalize(w) for w in ("للتوصل", "وللتوصل"))  # (a purpose: "so as to reach")
_EFFORTS = frozenset(normalize(w) for w in ("جهود", "الجهود", "بالجهود", "جهودها", "جهوده", "بجهود", "لجهود"))
_AIMING = frozenset(normalize(w) for w in ("بغية", "أملا"))  # (with _AIMING_AT: بهدف التوصل إلى, the same)
# Words of deepening ties (تعزيز التعاون، تطوير العلاقات), shared with relations.py.
DEEPENING = frozenset(normalize(w) for w in ("تعزيز", "تطوير", "توسيع", "تعميق", "تنمية", "تفعيل", "توطيد",
                                             "زيادة", "تمتين"))
_WAYS = frozenset(normalize(w) for w in ("سبل", "وسبل", "سبيل", "إمكانية", "امكانيه", "آليات"))
# Verbs of belief or expectation: under a negator (لا يعتقد أن ...) they deny
# what follows, as an opinion.
_BELIEF = frozenset(normalize(w) for w in (
    "يعتقد", "تعتقد", "أعتقد", "نعتقد", "يعتقدون", "يتوقع", "تتوقع", "أتوقع", "نتوقع", "يتوقعون",
    "يظن", "تظن", "أظن", "نظن", "يرجح", "ترجح", "نرجح", "يرى", "ترى", "أرى", "نرى"))
# "It does not mean that ...": its complement is denied.
_MEANING = frozenset(normalize(w) for w in ("يعني", "تعني", "يعنى"))
# What المقبل / القادم must follow to date the event: a span of time or a day.
_TIME_NOUNS = frozenset(normalize(w) for w in (
    "الأسبوع", "الشهر", "العام", "السنة", "الأيام", "الأسابيع", "الأشهر", "الشهور", "الفترة",
    "الساعات", "اليوم", "الأحد", "الاثنين", "الإثنين", "الثلاثاء", "الأربعاء", "الخميس",
    "الجمعة", "السبت", "يناير", "فبراير", "مارس", "أبريل", "إبريل", "مايو", "يونيو", "يوليو",
    "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر", "الربيع", "الصيف", "الخريف", "الشتاء",
    "المرحلة", "الموسم", "المساء", "الصباح"))
# Predicates that leave an event only possible (لقاء بين الرئيسين ممكن).
_POSSIBLE = frozenset(normalize(w) for w in (
    "ممكن", "ممكنا", "ممكنة", "واردا", "وارد", "واردة", "محتملا"))
_PREVENTED = frozenset(normalize(w) for w in ("تعذر", "يتعذر", "وتعذر", "تعذرت", "استحال", "تعطل", "تعطلت"))
_WILL_SEE = frozenset(normalize(w) for w in (
    "ستشهد", "سيشهد", "ستتضمن", "سيتضمن", "ستتناول", "سيتناول", "ستتخلل", "سيتخلل", "سيتم", "ستتم",
    "ستجري", "سيجري", "ستشمل", "سيشمل", "سترافق", "سيرافق", "يتوقع", "يرتقب", "يرتقب", "ينتظر"))
# Setting off for a purpose (توجه X إلى Y لإجراء محادثات): what he left for is still to come.
_DEPARTED = frozenset(normalize(w) for w in ("توجه", "توجهت", "غادر", "غادرت", "سافر", "سافرت",
                                             "متوجها", "متوجهة"))
_DEPARTING = frozenset(normalize(w) for w in ("توجه", "توجهت", "يتوجه", "تتوجه", "غادر", "غادرت", "يغادر", "تغادر",
                                              "سافر", "سافرت", "متوجها", "متوجهة",
                                              # سيتوجه الأحد إلى مسقط للقاء نظيره: a trip still to come
                                              "سيتوجه", "ستتوجه", "سيغادر", "ستغادر", "يسافر", "تسافر",
                                              "سيسافر", "ستسافر"))
_FOR_HOLDING = frozenset(normalize(w) for w in ("لإجراء", "لعقد"))
# "Until" before a verbal noun (إلى حين وصول X، لحين توقيع الاتفاق، ريثما ...): not yet.
_UNTIL = frozenset(normalize(w) for w in ("لحين", "ريثما", "حتى", "وحتى"))
_TO = normalize("إلى")
# "Come close to" before a verbal noun (يقتربان من اتفاق، باتا قريبين من التوقيع): not yet.
_NEARING = frozenset(normalize(w) for w in (
    "اقترب", "اقتربت", "اقتربا", "اقتربتا", "اقتربوا", "يقترب", "تقترب", "يقتربان", "تقتربان", "يقتربون",
    "نقترب", "قريب", "قريبة", "قريبان", "قريبين", "قريبون", "قريبتان", "قريبتين", "مقتربين", "مقتربا"))
# "Will be" before a reception phrase (سيكون X في استقباله): the host still to greet.
_FUTURE_TO_BE = frozenset(normalize(w) for w in ("سيكون", "ستكون", "سيكونان", "ستكونان", "سيكونون"))
# "As soon as / upon / after" before a verbal noun, and a future verb before them.
_UPON = frozenset(normalize(w) for w in ("فور", "بمجرد", "عند", "حال", "بعد", "عقب", "إثر", "لدى"))
_FUTURE_PREFIXED = re.compile(r"^و?س[يتن][^ ]{3,}$")
_THEN = frozenset(normalize(w) for w in ("بعدها", "بعده", "ثم", "لاحقا", "بعد"))
# Light verbs in the future before a verbal noun, past its subject (ستجري مصر وتركيا
# مناورات مشتركة، سيعقد البلدان تمرينا): the event is still to come.
_FUTURE_LIGHT_VERBS = frozenset(normalize(w) for w in (
    "ستجري", "سيجري", "ستجريان", "سيجريان", "سيجرون", "ستعقد", "سيعقد", "ستعقدان", "سيعقدان", "ستنفذ",
    "سينفذ", "ستنفذان", "سينفذان", "ستنظم", "سينظم", "ستنظمان", "سينظمان", "ستطلق", "سيطلق", "ستبدأ",
    "سيبدأ", "ستبدآن", "سيبدآن",
    "سيكون", "ستكون",  # وهو ما سيكون أول لقاء بينهما: a meeting still to be
    # عودة السفارة ستسهم في تعزيز العلاقات، الخطوة ستعزز التعاون: a gain still to come
    "ستسهم", "سيسهم", "ستساهم", "سيساهم", "ستعزز", "سيعزز", "ستمهد", "سيمهد", "ستفتح", "سيفتح",
    "ستدفع", "سيدفع",
    # العلاقات ستشهد مزيدا من التعاون: more cooperation still to be seen
    "ستشهد", "سيشهد", "ستشهدان", "سيشهدان",
    # ستعيد فتح سفارتها في دمشق: an embassy still to be reopened
    "ستعيد", "سيعيد", "ستعيدان", "سيعيدان",
    # ستحتضن تونس الشهر المقبل اجتماعا ثلاثيا: a gathering still to be hosted
    "ستحتضن", "سيحتضن", "ستستضيف", "سيستضيف"))
# Will take over a task (سيتولى X مواصلة دعم Y): the task is still to come, past a long subject.
_TAKING_OVER = frozenset(normalize(w) for w in ("سيتولى", "ستتولى", "سيتوليان", "ستتوليان", "سيتولون"))
_PLEDGES = frozenset(normalize(w) for w in ("مستعد", "مستعدة", "مستعدون", "استعداد", "استعدادها", "استعداده",
                                            "استعدادهم", "تعهد", "تعهدت", "تعهده", "تعهدها"))
# A plan (خطط لتدريب) makes its verbal noun planned, unless the plan was agreed on
# (اتفق مع Y على خطة لتنسيق ...). Shared with relations.py.
_AGREED = frozenset(normalize(w) for w in ("اتفق", "اتفقا", "اتفقت", "اتفقوا", "وقع", "وقعا", "وقعت", "أقر",
                                          "أقرت", "اعتمد", "اعتمدت", "تبنى", "تبنت"))
_PLANS = frozenset(normalize(w) for w in ("خطط", "خططا", "خطة", "مخطط", "مخططا", "مقترح", "مقترحا",
                                          "مقترحات", "والخطط", "الخطط"))
_AWAITED = frozenset(normalize(w) for w in (
    "مرتقبة", "المرتقبة", "مرتقب", "المرتقب", "المقبلة", "المقبل", "مقبلة", "المزمعة", "مزمعة", "المنتظرة",
    "منتظرة", "المحتملة", "محتملة", "المحتمل", "محتمل", "المرتقبين",
    "مرتقبا", "مقررا", "منتظرا", "مزمعا"))  # (لقاء ثنائيا كان مرتقبا بين X وY: it was only due)
_PROPOSED = frozenset(normalize(w) for w in ("المقترحة", "المقترح", "مقترحة", "المنشودة", "المنشود"))
# Due, then the event's own verbal noun with "its" (المتوقع إبرامها، المزمع توقيعها، المقرر عقدها).
_DUE = frozenset(normalize(w) for w in ("المتوقع", "المزمع", "المقرر", "المنتظر", "المرتقب", "المأمول"))
# Expected, after the event's noun (زيارة يتوقع أن يقوم بها X).
_EXPECTED = frozenset(normalize(w) for w in ("يتوقع", "يرتقب", "ينتظر", "يفترض", "يؤمل", "يرجح"))
# A present "takes place" with "during / at the end of it" (يتم في ختامها التوقيع): the
# programme of an event, still to come (a told event takes the past: تم في ختامها).
_TO_HAPPEN = frozenset(normalize(w) for w in ("يتم", "تتم", "يجري", "تجري"))
_DURING_IT = frozenset(normalize(w) for w in ("خلالها", "خلاله", "خلالهما"))  # (shared with relations.py)
_DURING_IT_WORDS = _DURING_IT | frozenset(normalize(w) for w in ("ختامها", "ختامه", "نهايتها", "نهايته"))
# Heading toward a tie (البلدان يتجهان إلى شراكة أوسع): not there yet.
_HEADING = frozenset(normalize(w) for w in ("يتجه", "تتجه", "يتجهان", "تتجهان", "يتجهون", "ويتجه", "وتتجه"))
# What a meeting yields (أسفر اللقاء عن اتفاق، لم تتمخض المحادثات عن أي اتفاق).
_RESULTED = frozenset(normalize(w) for w in ("أسفر", "أسفرت", "يسفر", "تسفر", "تمخض", "تمخضت", "يتمخض",
                                             "تتمخض"))
_EXCEPT = normalize("إلا")
_THAT_FORMS = frozenset(normalize(w) for w in ("أن", "أنه", "أنها", "أنهم"))  # (إلا أن: "however")
_MERELY = frozenset(normalize(w) for w in ("مجرد", "فقط"))
_LATER = normalize("لاحقا")
_WEEKDAYS = frozenset(normalize(w) for w in ("الأحد", "الاثنين", "الإثنين", "الثلاثاء", "الأربعاء", "الخميس",
                                            "الجمعة", "السبت"))
_ANY = normalize("أي")
_ANY_FORMS = frozenset({_ANY, "لاي", "باي", "واي"})  # (لأي اتفاق، بأي دعم)
_PRESS = frozenset(normalize(w) for w in ("صحف", "صحيفة", "وسائل", "مصادر", "تقارير", "أنباء"))
_THE_CLAIM = frozenset(normalize(w) for w in ("ذلك", "هذه", "تلك", "الخبر", "الأنباء", "التقارير", "النبأ"))
_WHO = frozenset(normalize(w) for w in ("الذي", "التي", "الذين", "اللذين", "اللتين"))
_PAST_NEGATORS = frozenset(normalize(w) for w in ("لم", "ولم", "فلم", "لما"))  # (لم يلتق: did not meet)
_FAILED = frozenset(normalize(w) for w in ("فشل", "فشلت", "فشلا", "فشلتا", "فشلوا", "أخفق", "أخفقت",
                                             "أخفقا", "تعثر", "تعثرت"))
_DURING_THE_VISIT = frozenset(normalize(w) for w in ("خلال", "أثناء"))
NEGATORS = frozenset(normalize(w) for w in NEGATORS)
# Negating nouns (تعليق الدعم، وقف التعاون): they negate the noun they govern only.
_NOMINAL_NEGATORS = frozenset(normalize(w) for w in (
    "تعليق", "وقف", "قطع", "تجميد", "انهاء", "إنهاء", "الغاء", "إلغاء", "سحب", "عدم", *_SUSPENDING_VERBS))
DENIALS = frozenset(normalize(w) for w in DENIALS)
_SUSPENDING = frozenset(normalize(w) for w in _SUSPENDING_VERBS)
_TRUTH = frozenset(normalize(w) for w in ("صحة", "بصحة", "صحه"))
_TRIPS = ("زيار", "جول")  # قطع X زيارته / جولته: cut short, it took place
MODALS = frozenset(normalize(w) for w in MODALS)


# Words that stand between a negator and the negated noun without widening the
# scope: لم تتلق حتى الآن أي مساعدات، لم يعقد بعد أي لقاء.
_FILLERS = frozenset(normalize(w) for w in ("حتى", "الآن", "بعد", "أي", "قط", "يوما", "أبدا", "مطلقا"))


# Verbs of a guess before their أن-clause (يرجّح X أن ...): what follows is likely, not told.
_LIKELY = frozenset(normalize(w) for w in ("يرجح", "ترجح", "رجح", "رجحت", "يرجحون", "المرجح", "مرجح"))
_ACCUSING = frozenset(normalize(w) for w in ("اتهم", "اتهمت", "يتهم", "تتهم", "واتهم", "واتهمت", "متهما",
                                              "متهمة", "اتهام"))
_CLAIMS = frozenset(normalize(w) for w in ("زعمت", "زعم", "تزعم", "يزعم", "ادعت", "ادعى", "تدعي", "يدعي"))
_REPORTS = frozenset(normalize(w) for w in ("تقارير", "أنباء", "التقارير", "الأنباء", "ادعاءات", "مزاعم",
                                              "شائعات", "معلومات",
                                              # نفى X ما أوردته صحيفة عن زيارة ...: what a paper carried
                                              "أوردته", "أوردتها", "نشرته", "نشرتها", "تداولته", "تداولتها",
                                              "نقلته", "ذكرته"))
# ردا على تصريحات / اتهامات / تقارير: what the claims rebutted by a denial say is not told as fact.
_IN_REPLY = frozenset(normalize(w) for w in ("ردا", "رداً", "وردا"))
_REBUTTED_CLAIMS = frozenset(normalize(w) for w in ("تصريحات", "اتهامات", "تقارير", "مزاعم", "ادعاءات", "أنباء",
                                                      "ما"))
_UNLIKELY = frozenset(normalize(w) for w in ("المستبعد", "مستبعد", "المستبعدة", "مستبعدا",
                                               "المستغرب", "مستغرب",
                                               "بد", "مناص", "مفر"))  # لا بد أن تدعم X: "must", a need, no denial
# Verbs that negate what follows them: under a negator the relation holds.
_NEGATIVE_VERBS = frozenset(normalize(w) for w in (
    "تخفي", "يخفي", "تخف", "يخف", "تتوقف", "يتوقف", "تتوقفا", "تكف", "يكف", "تتردد", "يتردد",
    "تنكر", "ينكر", "تتوانى", "يتوانى", "تتوان", "يتوان", "تتأخر", "يتأخر", "تتخل", "يتخل",
    # لا تزال، ما زال، لم يزل، لا تنفك، لا يبرح: "still" (the negator is part of the verb)
    "تزال", "يزال", "زال", "زالت", "تزل", "يزل", "تنفك", "ينفك", "انفك", "انفكت", "تبرح", "يبرح",
    "برح", "برحت", "ترفض", "يرفض",  # (لم ترفض: "did not refuse")
    "يلغ", "تلغ", "يلغي", "تلغي",  # (لم يُلغِ مذكرة التفاهم: it stands)
    "توقف", "يوقف", "توقفه", "يوقفه", "تعلق", "يعلق", "تقطع", "يقطع", "تجمد", "يجمد",  # لم توقف تعاونها
    # لا تقتصر الشراكة بين X وY على ...، بل: "not only", the partnership holds
    "تقتصر", "يقتصر", "تنحصر", "ينحصر",
    # لم تعد تكتفي بدعم X، لا يكتفي بتقديم الدعم: "no longer content with" it, it goes on
    "تكتفي", "يكتفي", "تكتف", "يكتف", "نكتفي", "نكتف",
    # لم تغير ولن تغير موقفها الداعم للمغرب: the stance stands
    "تغير", "يغير", "تبدل", "يبدل",
    # لن يمس بالتعاون القائم، لن يؤثر على الشراكة: the tie is left unharmed, it stands
    "يمس", "تمس", "يضر", "تضر", "يؤثر", "تؤثر"))


def _framed(words: list[str], trigger: int) -> bool:
    """نفى X أن يكون (Y) قد التقى / أن يلتقي: the denial's complement frame."""
    return trigger >= 1 and (words[trigger - 1] == "ان" or (
        words[trigger - 1] in _QAD and any(
            words[k] in _TO_BE and words[k - 1] == "ان" for k in range(max(1, trigger - 16), trigger - 1))) or (
        trigger >= 2 and words[trigger - 1] in _TO_BE and words[trigger - 2] == "ان"))


_HAPPENED_BEFORE = frozenset(normalize(w) for w in ("يسبق", "سبق"))


# Relations resumed or normalised (استئناف العلاقات، تطبيع العلاقات) are news only when
# done; after a word of discussion they are the subject of talks, still to come.
_RESUMPTIONS = frozenset(normalize(w) for w in ("استئناف", "إعادة", "تطبيع"))
_AIMING_AT = frozenset(normalize(w) for w in ("تمهيدا", "تمهيدًا", "بهدف", "سعيا", "وصولا", "محادثات",
                                              "مفاوضات", "مباحثات", "حوار", "خطوات", "خطة"))
_DISCUSSING = frozenset(normalize(w) for w in ("لبحث", "بحث", "لمناقشة", "مناقشة", "حول", "بشأن",
                                               "لدراسة", "دراسة", "إمكانية", "إمكانيه"))


def _has_own_object(words: list[str], k: int) -> bool:
    """The verb at ``k`` takes an object of its own subject's (ستعقد دورتها): it dates
    another act than the trigger's."""
    return k + 1 < len(words) and words[k + 1].endswith(("ها", "هما"))


def flags_for(words: list[str], trigger: int, tense: str, clause_start: int = 0) -> tuple[bool, bool]:
    """``(negated, hypothetical)`` for the trigger at ``words[trigger]``.

    ``words`` are normalized words; ``clause_start`` is where the trigger's
    clause begins; ``tense`` is the trigger's ("past", "present", "future",
    "noun").
    """
    # Scope is the clause, but never more than SCOPE words (long unpunctuated
    # text would otherwise make this quadratic, and scope that far is noise).
    deny_start = clause_start
    clause_start = max(clause_start, trigger - SCOPE)
    negated = False
    near, counted = trigger, 0
    while near > clause_start and counted < 3 and trigger - near < 7:
        near -= 1  # لم تتلق حتى الآن أي مساعدات: adverbs do not count
        counted += words[near] not in _FILLERS and not (
            words[near] in ("الي", "علي") and trigger - near <= 2)  # لم تتوصل X إلى (أي) اتفاق
    cancelled: set[int] = set()
    for k in range(max(clause_start, near), trigger):
        if k in cancelled:
            continue  # (لم ترفض: the refusal is itself negated)
        if words[k] == "ما" and k > 0 and words[k - 1] in _WHAT_BEFORE:
            continue  # وهو ما أشاد به X، بحسب ما أعلن: "what", not "not"
        if words[k] in _SUSPENDING and words[trigger].startswith(_TRIPS):
            continue  # قطع مودي زيارته إلى السعودية: cut short, the visit took place
        if words[k] in _NOMINAL_NEGATORS and tense != "noun":
            continue  # في أول تعليق، حذّر X: "comment", not the suspension of a verb's act
        if words[k] in ("لا", "ولا") and k + 1 < len(words) and words[k + 1] == "سيما":
            continue  # ولا سيما استقبال X له: "especially", not "not"
        if words[k] == "غير" and k + 1 < len(words) and words[k + 1] in ("ان", "انه", "انها", "انهم"):
            continue  # غير أن X حذرت ...: "however", not "not"
        if words[k] == "غير" and k + 1 != trigger:
            continue  # زيارة غير معلنة ...، التقى خلالها: "un-" on the adjective after it, not the event
        if words[k] in ("لم", "ليس", "ليست") and any(w in _MERELY for w in words[trigger + 1:trigger + 14]) \
                and (words[k] != "لم" or (k + 1 < len(words) and words[k + 1] in ("يكن", "تكن"))):
            continue  # لم تكن جولة X ...، مجرد زيارة اقتصادية: "not merely", the tour took place
        if tense == "noun" and k == trigger - 1 and words[k][:1] in "بل" and words[k][1:] in _NOMINAL_NEGATORS:
            negated = True  # قانون يقضي بتعليق تعاون إيران مع الوكالة: the cooperation suspended
            continue
        if words[k] in _NOMINAL_NEGATORS and tense == "noun" and any(
                words[x][:1] == "و" and len(words[x]) > 3 for x in range(k + 2, trigger)):
            continue  # سبل وقف الحرب وتعزيز التعاون: the stop governs the war, not the cooperation
        if words[k] in NEGATORS and tense == "noun" and any(words[i] in _MENTIONING for i in range(k + 1, trigger)) \
                and any(words[i] in _CONCLUDED for i in range(trigger + 1, min(len(words), trigger + 5))):
            continue  # لم يتطرق الوزير إلى الاتفاق الموقع بين X وY: the mention is denied, not the deal
            # (لم يتطرق الجانبان إلى صفقة الطائرات: no deal said to be signed, none asserted)
        if words[k] in NEGATORS and not (k + 1 < len(words) and words[k + 1] in _UNLIKELY):
            negated = True  # (من غير المستبعد: "not unlikely" is a possibility, not a denial)
            second = [i for i in range(k + 1, trigger) if words[i] in _NEGATIVE_VERBS
                      or (tense == "noun" and words[i] in _NOMINAL_NEGATORS and words[k] not in _NOMINAL_NEGATORS)]
            # (لا يعني تجميد التعاون العسكري مع الهند: the freeze is denied, the cooperation stands)
            if second:
                negated = False  # لم تعد تخفي تعاونها، لم يتوقف عن دعم: two negatives
                cancelled.update(second)
    if not negated and any(words[k] in _HAPPENED_BEFORE and words[k - 1] in NEGATORS and "ان" in words[k + 1:trigger]
                           for k in range(max(1, trigger - 8), trigger)):
        negated = True  # لم يسبق لبيترو أن التقى X: never once
    if not negated and tense == "noun" and any(words[k] in _CANCELLING for k in range(max(clause_start, trigger - 14), trigger)):
        negated = True  # ألغى وزير الخارجية الفرنسي X زيارته إلى الجزائر: cancelled, past a long subject
    if not negated and tense == "noun" and any(words[k] in _PREVENTED for k in range(max(clause_start, trigger - 2), trigger)):
        negated = True  # تعذّر وصول الأخير إلى القاهرة: the arrival could not happen
    if not negated and tense == "noun" and not words[trigger].startswith(_TRIPS) and any(
            words[k] in _SUSPENDING and not (k > 0 and words[k - 1] in NEGATORS)
            for k in range(max(clause_start, trigger - 6), max(clause_start, near))):
        # (لم تعلّق يورو واحداً من تمويلها للوكالة: not suspended, the funding goes on)
        negated = True  # علّقت كوريا الشمالية رسمياً تعاونها: a suspending verb, its subject between
    if not negated and any("توصل" in words[x] and any(
            words[k] in NEGATORS or words[k].removeprefix("و") in _FAILED
            for k in range(max(clause_start, x - 6), x))
            for x in range(max(clause_start + 1, trigger - 10), trigger + 1)) or any(
            "توصل" in words[x] and words[x - 1] in NEGATORS and "الي" in words[max(x + 1, trigger - 2):trigger]
            for x in range(max(deny_start + 1, trigger - SCOPE), trigger - 10)):
        # (لم يتوصل وزير الصيد الموريتاني X ونظيره السنغالي Y إلى اتفاق: past a long subject)
        negated = True  # لم يتوصلا إلى اتفاق بشأن إقامة علاقات، فشلوا في التوصل إلى اتفاق على الدعم
    if not negated and trigger >= 2 and words[trigger - 1] == _ANY and any(
            words[k] in NEGATORS for k in range(max(clause_start, trigger - 8), trigger - 1)):
        negated = True  # لم توجه الخارجية الجزائرية أي انتقاد: "no criticism at all"
    if tense == "present" and not any(words[k] in _PAST_NEGATORS for k in range(max(0, trigger - 3), trigger)) and any(words[k] in _DURING_THE_VISIT and words[k + 1][:5] in ("الزيا", "زيارت", "الجول", "جولته")
                                  for k in range(max(clause_start, trigger - 6), min(len(words) - 1, trigger + 8))):
        hypothetical_program = True  # ويلتقي X خلال الزيارة Y: the visit's programme
    elif tense == "present" and trigger >= 1 and words[trigger - 1] in _WHO and any(
            words[k] in _TOMORROW for k in range(max(0, trigger - 20), trigger - 1)):
        hypothetical_program = True  # يستقبل غدا X، التي تحل بالجزائر: she arrives tomorrow too
    else:
        hypothetical_program = False
    ruled_in = any(words[k] in _RULE_OUT and k > 0 and words[k - 1] in NEGATORS
                   for k in range(max(clause_start, trigger - 6), trigger))
    if not ruled_in:
        # لم يستبعد مصدر، تحدث لموقع ...، أن يعقد X لقاء: the أن-clause of the verb past an aside
        that = next((k for k in range(trigger - 1, max(clause_start, trigger - 10) - 1, -1) if words[k] == "ان"), None)
        ruled_in = that is not None and any(words[k] in _RULE_OUT and words[k - 1] in NEGATORS
                                            for k in range(max(1, that - SCOPE), that))
    if ruled_in:
        negated = False  # لم يستبعد X عقد جولة: "did not rule out" is a possibility
    that = next((k for k in range(trigger - 1, max(deny_start, trigger - 12) - 1, -1) if words[k] == "ان"), None)
    likely = that is not None and any(words[k].removeprefix("و") in _LIKELY for k in range(max(0, that - 10), that))
    # (يرجّح الباحث في مركز ... X أن تكون تشاد قد تحولت إلى ممر لإمدادات Y: a guess, past its speaker)
    if not negated and any(words[k] == "ان" and words[k - 1] in _BELIEVING and (
            (words[k - 2] == "من" and words[k - 3].removeprefix("و") in _ERRING)
            or words[k - 2].removeprefix("و").removeprefix("من") in _MISTAKE)
            for k in range(max(3, clause_start, trigger - 12), trigger)):
        negated = True  # يخطئ من يظن أن الصين باتت حليفا لمصر: the belief is called wrong
    # A denial governs its complement: نفى X أن يكون (قد) التقى — with that
    # frame right before the verb, a long title between denial and verb does
    # not end its reach (SCOPE words otherwise).
    head = trigger - 2 if trigger >= 3 and words[trigger - 1] in ("الي", "علي") else trigger
    framed = _framed(words, head) or _framed(words, trigger) or any(  # (أن يكون قد توصل إلى اتفاق)
        words[k] in _QAD and any(words[b] in _TO_BE and words[b - 1] == "ان" for b in range(max(1, k - 6), k))
        for k in range(max(0, trigger - 4), trigger - 1)) or any(  # (أن تكون الجزائر قد قدمت أي دعم)
        words[b] in _TO_BE and words[b - 1] == "ان" for b in range(max(1, trigger - 6), trigger))
    # (نفى X، الذي ...، أن تكون منظمة Y تتلقى أي تمويل: "that it be" opens the denied complement)
    reported = any(words[k] in _REPORTS for k in range(max(deny_start, trigger - 2 * SCOPE), trigger))
    reach = max(deny_start, trigger - 2 * SCOPE) if framed or reported else clause_start
    if any(words[k] in _TRUTH and k + 1 < trigger and words[k + 1] in _REPORTS
           for k in range(max(0, trigger - 2 * SCOPE), trigger)):
        # نفى مصدر، في تصريحات لقناة ...، صحة الأنباء عن وصول وفد: the denial reaches past the aside
        reach = max(0, trigger - 2 * SCOPE)
    for k in range(reach, trigger):
        if words[k] in DENIALS:
            negated = True  # (نفى صحة تقارير زعمت أن X التقى Y: the reported meeting is denied)
    denied_at = max((k for k in range(reach, trigger) if words[k] in DENIALS), default=-1)
    if denied_at >= 0 and any(words[k] in _NOMINAL_NEGATORS for k in range(denied_at + 1, trigger)):
        negated = False  # نفت X ما أوردته صحيفة عن تجميد الاتحاد مساعداته: a denied freeze, the aid goes on
    if not negated and (reported or any(w in _PRESS for w in words[max(0, trigger - 12):trigger])) and any(
            words[k] in DENIALS and words[k + 1] in _THE_CLAIM
            for k in range(trigger + 1, min(len(words) - 1, trigger + 30))):
        negated = True  # تحدثت صحف عن لقاء X بـY، غير أن المتحدث نفى ذلك: the report is denied
    at = trigger - 2 if trigger >= 2 and words[trigger - 1] == _ANY else trigger - 1
    if not negated and tense == "noun" and at >= 1 and words[at] == "عن" and any(
            words[k].removeprefix("و") in _RESULTED and words[k - 1] in NEGATORS
            for k in range(max(1, trigger - 2 * SCOPE), at)):
        negated = True  # لم يسفر اللقاء الذي جمع X بـY عن أي اتفاق: no agreement came of it
    if negated and any(w in _ONLY for w in words[trigger + 1:trigger + 4]):
        negated = False  # ليست الداعم الوحيد: denies "the only one", not the support
    if negated and any(words[k] == _EXCEPT and (k + 1 == len(words) or words[k + 1] not in _THAT_FORMS)
                       and any(words[x] in _PAST_NEGATORS or words[x] in ("لا", "ما") for x in range(max(0, trigger - 3), trigger))
                       for k in range(trigger + 1, min(len(words), trigger + 3))):
        negated = False  # لم يجتمع إلا برئيس المفوضية: "met only", the meeting took place
    disbelieved = any(words[k] in _BELIEF and words[k - 1] in NEGATORS and "ان" in words[k + 1:k + 3]
                      for k in range(max(1, clause_start, trigger - SCOPE), trigger))
    # ولا يعني ذلك، بحسب المحلل X، أن القاهرة أصبحت حليفاً لبكين: the "that" clause is denied
    meant = next((k for k in range(max(1, deny_start, trigger - 2 * SCOPE), trigger)
                  if words[k] in _MEANING and words[k - 1] in NEGATORS), None)
    if not disbelieved and not ruled_in:
        # لكن صقر يستبعد أن يلتقي الرئيس الإيراني العاهل السعودي: ruled out — not done, nor expected
        disbelieved = any((words[k] in _RULE_OUT or (words[k][:1] == "و" and words[k][1:] in _RULE_OUT))
                          and "ان" in words[k + 1:k + 3] and not (k > 0 and words[k - 1] in NEGATORS)
                          and _NEGATIVE_VERBS.isdisjoint(words[k + 1:trigger])  # (يستبعد أن تؤثر على علاقاته: they hold)
                          for k in range(max(0, clause_start, trigger - SCOPE), trigger))  # (ويستبعد، first word)
    if disbelieved or (meant is not None and "ان" in words[meant + 1:trigger]):
        negated = True  # لا يعتقد أن أنقرة قد تتحالف مع طهران: the view that it will not
    hypothetical = disbelieved or tense == "future" or ruled_in or hypothetical_program or likely or any(
        words[k] in _WILL_NOT and not (k + 1 < trigger and words[k + 1] in _NEGATIVE_VERBS)
        for k in range(max(clause_start, trigger - 3), trigger))  # (لن تغير موقفها الداعم: it stands)
    accused_act = words[trigger].removeprefix("و")[:1] == "ب" or (
        trigger >= 1 and words[trigger - 1].removeprefix("و")[:1] == "ب" and len(words[trigger - 1]) >= 5)
    # (اتهمتها بـ"رعاية الإرهاب" وبتقديم الدعم لـY: the second charge, joined by و)
    if accused_act and any(words[k] in _ACCUSING or (words[k].endswith(("ها", "هم")) and words[k][:-2] in _ACCUSING)
                           or (words[k].endswith("ه") and words[k][:-1] in _ACCUSING)
                           for k in range(max(deny_start, trigger - 2 * SCOPE), trigger)):
        # (الإمارات التي تتهمها الخرطوم بتسليح Y: "accuses her of")
        hypothetical = True  # اتهم X، خلال جلسة ...، Y بتزويد Z / بتلقي دعم من Z: the accused act, however far
    accused_at = max((k for k in range(max(deny_start, trigger - SCOPE), trigger) if words[k] in _ACCUSING
                      or (words[k].endswith(("ها", "هم")) and words[k][:-2] in _ACCUSING)
                      or (words[k].endswith("ه") and words[k][:-1] in _ACCUSING)), default=-1)
    # (تشاد، التي يتهمها الجيش بتسهيل مرور الإمدادات: "accuses her")
    if accused_at >= 0 and any(words[k].removeprefix("و")[:1] == "ب" and len(words[k]) >= 5
                               for k in range(max(accused_at + 1, trigger - 3), trigger)):
        hypothetical = True  # اتهم X كوريا الشمالية بإرسال جنود إلى روسيا: the act the accusation names
    for k in range(clause_start, trigger):
        w = words[k]
        if negated and reported and w in _CLAIMS:
            continue  # نفى صحة تقارير زعمت أن X التقى Y: the denial settles the claim
        if w == "اجل" and k > 0 and words[k - 1] == "من":
            continue  # من أجل تعزيز ...: "in order to", not "postponed"
        if (w in _CALLING_FOR or w.removeprefix("و") in _CALLING_FOR) and tense == "noun" \
                and words[trigger - 1] in _DURING_THE_VISIT:
            continue  # دعا خلال اللقاء إلى ...: the meeting is where the call was made, it took place
        if w in MODALS or (w[:1] in "وف" and w[1:] in MODALS):
            hypothetical = True
        elif w in _EXPECTATIONS and k > 0 and words[k - 1] == "عن":
            hypothetical = True  # أعرب عن توقعه أن تشهد القمة توقيع اتفاقية: expected, not yet signed
        elif w in _QAD and k + 1 < len(words) and words[k + 1][:1] in "يتن" \
                and not (k + 1 == trigger and tense == "past") \
                and not any(words[b] in _KANA for b in range(max(0, deny_start, k - 12), k)) \
                and not any(words[b] in _TO_BE and words[b - 1] == "ان" for b in range(max(1, k - 16), k)):
            # (أن يكون X قد توصل: the perfect of a reported act, not "may")
            # قد + present verb: may; قد + past verb: has; كان (X) قد توصل: had
            hypothetical = True
    rebutted = next((k for k in range(max(0, trigger - 2 * SCOPE), trigger - 2) if words[k] in _IN_REPLY
                     and words[k + 1] == "علي" and words[k + 2] in _REBUTTED_CLAIMS), None)
    if rebutted is not None and any(words[k] in DENIALS for k in range(max(0, rebutted - 2 * SCOPE), rebutted)):
        hypothetical = True  # نفت X ...، ردا على تصريحات Y التي تحدثت عن صفقة أبرمتها باريس مع Z: a claim rebutted
    if any(words[k] in _PROSPECTS and words[k + 1] in _REACHING for k in range(max(clause_start, trigger - 4), trigger)):
        hypothetical = True  # بحث X مع Y آفاق التوصل إلى اتفاقية: the prospects of a deal, not yet one
    if any(words[k + 1] == "الي" and (words[k] in _TO_REACH or (words[k] == "التوصل" and (words[k - 1] in _AIMING or words[k - 1] in _AIMING_AT)))
           and _EFFORTS.isdisjoint(words[max(0, k - 5):k])  # (أشادت بالجهود التي بذلتها X للتوصل إلى: praised as done)
           for k in range(max(clause_start, trigger - 4, 1), trigger - 1)):
        hypothetical = True  # تسريع المفاوضات للتوصل إلى اتفاقية شراكة: the aim of the talks, not yet reached
    if tense == "noun" and any(words[k] in _HEADING and words[k + 1] == "الي"
                               for k in range(max(clause_start, trigger - 4), trigger - 1)):
        hypothetical = True  # يتجهان إلى شراكة اقتصادية أوسع: heading toward it
    if trigger >= 1 and words[trigger - 1] in _WAYS and words[trigger] not in DEEPENING:
        hypothetical = True  # بحث سبل الدعم من الصندوق: the ways to a support, not yet one
        # (بحث سبل تعزيز العلاقات: ties that stand, to be strengthened, as سبل تعزيز التعاون)
    if trigger >= 1 and words[trigger].removeprefix("و") in _RESUMPTIONS and words[trigger - 1] in _DISCUSSING:
        hypothetical = True  # محادثات لبحث استئناف العلاقات: a resumption talked about, not yet made
    if trigger >= 1 and words[trigger][:1] == "ل" and words[trigger][1:] in _RESUMPTIONS \
            and words[trigger - 1] in _AIMING_AT:
        hypothetical = True  # محادثات تمهيدا لاستئناف العلاقات: the resumption the talks aim at
    # على أن يبحث ...: "with the plan that" (a clause of the arrangements to come)
    for k in range(clause_start, trigger - 1):
        if words[k] == "علي" and words[k + 1] == "ان" and k + 2 <= trigger \
                and words[k + 2][:1] in "يت" and len(words[k + 2]) >= 4 and not words[k + 2].endswith("يا"):
            # (شدد على أن تركيا حليف: a state's name, no verb of a plan)
            hypothetical = True  # (دلالة على أن روسيا ...: "that", no plan)
    # A future time word in the clause (غدا، الأسبوع المقبل) makes it a plan.
    if tense == "noun" and any(w in _POSSIBLE for w in words[trigger + 1:trigger + 15]):
        hypothetical = True  # إن لقاء بين الرئيس X والرئيس Y ممكن: the meeting is only possible
    if tense == "noun" and trigger >= 1 and (words[trigger - 1] in _FOR_HOLDING or words[trigger][:1] == "ل") \
            and any(words[k].removeprefix("و") in _DEPARTING and not (
                        _THEN.intersection(words[k + 1:trigger]) and words[k].removeprefix("و") in _DEPARTED)
                    for k in range(max(clause_start, trigger - 15), trigger)):
        hypothetical = True  # توجه X إلى الرياض لإجراء محادثات مع Y: the talks he left for, not yet held
        # (but توجه بعدها إلى السراي للقاء Y: the next stop of the day told, it took place;
        # أن يتوجه بعد ذلك إلى مسقط لإجراء مباحثات: a next stop still to come)
    if tense == "noun" and any(words[k].removeprefix("و") in _FUTURE_LIGHT_VERBS
                               for k in range(max(clause_start, trigger - 6), trigger)):
        hypothetical = True  # ستجري مصر وتركيا مناورات مشتركة: exercises still to be held
    if tense == "noun" and trigger >= 1 and (words[trigger - 1] in _UNTIL or (
            trigger >= 2 and words[trigger - 2] == _TO and words[trigger - 1] == "حين")) \
            and any(_FUTURE_PREFIXED.match(words[k]) for k in range(max(0, trigger - 15), trigger - 1)):
        hypothetical = True  # ستدير البعثة إلى حين وصول X إلى طرابلس: an arrival still waited for
        # (but ظل في المطار إلى حين وصول الوزير: told of the past, the arrival took place)
    if tense == "noun" and any((words[k].removeprefix("و") in _NEARING and words[k + 1] == "من")
                               or (words[k] == "علي" and words[k + 1] == "وشك")
                               for k in range(max(clause_start, trigger - 5), trigger - 1)):
        hypothetical = True  # إن الطرفين يقتربان من اتفاق نهائي، على وشك توقيع: nearly, not yet
    if tense == "past" and any(words[k].removeprefix("و") in _FUTURE_TO_BE
                               for k in range(max(clause_start, trigger - 6), trigger)):
        hypothetical = True  # حيث سيكون في استقباله X: a reception still to come
    if tense == "noun" and trigger >= 2 and words[trigger - 1] in _UPON and any(
            _FUTURE_PREFIXED.match(words[k]) for k in range(max(clause_start, trigger - 4), trigger - 1)):
        hypothetical = True  # التطبيع سيتحقق فور توقيع معاهدة السلام: a signing the future waits on
    if tense == "noun" and any(words[k].removeprefix("و") in _TAKING_OVER for k in range(max(clause_start, trigger - 10), trigger)):
        hypothetical = True  # سيتولى الفيلق ... مواصلة دعم الجيش: a task it is to take over
    if tense == "noun" and any(words[k] in _TO_HAPPEN and (words[k + 1] in _DURING_IT_WORDS or (
            words[k + 1] == "في" and words[k + 2] in _DURING_IT_WORDS))
            for k in range(max(clause_start, trigger - 9), trigger - 1)):
        hypothetical = True  # جلسة مباحثات ...، يتم في ختامها / خلالها التوقيع على اتفاقيات: what it is to bring
    if tense == "noun" and not hypothetical and words[trigger][:1] == "ل" and len(words[trigger]) > 3:
        # اجتماعا ثلاثيا (الشهر المقبل) لوزراء خارجية A وB لبحث ...: the purpose of a
        # gathering is as planned as the gathering
        held = next((k for k in range(trigger - 1, max(clause_start, trigger - 9) - 1, -1)
                     if _gathering(words[k]) or (k >= trigger - 2 and words[k].removeprefix("ال") in _DOCUMENTS)), None)
        while held is not None and held > clause_start and not _gathering(words[held]) \
                and words[held - 1].removeprefix("ال") in _DOCUMENTS:
            held -= 1  # (اتفاقية منحة: the document's first noun carries the verb before it)
        # (ستشهد توقيع اتفاقية منحة لدعم قطاع التعليم: a grant still to be signed, and what it is for)
        if held is not None and flags_for(words, held, "noun", clause_start)[1]:
            hypothetical = True
    if tense == "noun" and not negated and trigger >= 1 and words[trigger - 1] in _ANY_FORMS:
        hypothetical = True  # شرط أساسي لأي اتفاق بين لبنان والصندوق: "any" deal is none made yet
    if tense == "noun" and any(words[k] in _WILL_SEE for k in range(max(clause_start, trigger - 2), trigger)):
        hypothetical = True  # الزيارة ستشهد توقيع مذكرة تفاهم: what the visit is to bring
    if tense == "noun" and not hypothetical and trigger > clause_start + 1 \
            and words[trigger - 1].removeprefix("ال") in _DOCUMENTS and flags_for(words, trigger - 1, "noun", clause_start)[1]:
        hypothetical = True  # ستشهد توقيع اتفاقية منحة: the grant of a document still to be signed
    if tense == "noun" and any(words[k] in _PLANS for k in range(max(clause_start, trigger - 3), trigger)) \
            and not any(words[k] in _AGREED or words[k].removeprefix("و") in _AGREED for k in range(clause_start, trigger)):
        hypothetical = True  # بحثا خططا تركية لتدريب الجيش السوري: a plan for it, not yet done
    if tense == "noun" and (any(w in _AWAITED for w in words[trigger + 1:trigger + 3]) or any(
            words[k] in _KANA and words[k + 1] in _AWAITED for k in range(trigger + 1, min(len(words) - 1, trigger + 3)))):
        hypothetical = True  # زيارة مرتقبة للرئيس X، القمة المقبلة، لقاء ثنائيا كان مرتقبا: still awaited
    if tense == "noun" and any(w in _PROPOSED for w in words[trigger + 1:trigger + 5]) \
            and all(w.startswith("ال") for w in words[trigger + 1:trigger + 4] if w not in _PROPOSED):
        hypothetical = True  # اتفاقية التجارة الحرة المقترحة: only proposed (its adjectives between)
    if tense == "noun" and any(words[k] in _DUE and words[k + 1].endswith(("ها", "ه")) and len(words[k + 1]) >= 5
                               and not words[k + 1].startswith(("ل", "ال"))  # (المرتقب لإعادة الإعمار: a purpose)
                               for k in range(trigger + 1, min(len(words) - 1, trigger + 8))):
        hypothetical = True  # اتفاقية الشراكة ... بين البلدين المتوقع إبرامها، القمة المقرر عقدها: still due
    if tense == "noun" and any(words[k] in _EXPECTED and words[k + 1] == "ان"
                               for k in range(trigger + 1, min(len(words) - 1, trigger + 3))):
        hypothetical = True  # زيارة يُتوقع أن يقوم بها X، اللقاء الذي يُنتظر أن يجمع: still expected
    if tense == "noun" and any(
            words[k + 1] in ("بها", "به") and (words[k][:2] in ("سي", "ست") and len(words[k]) >= 5
                                               or (words[k - 1] in ("قد", "ربما") and words[k][:1] in "يت"))
            for k in range(trigger + 1, min(len(words) - 1, trigger + 4))):
        hypothetical = True  # الزيارة التي سيقوم / قد يقوم بها X: a visit still to be paid
    if tense == "noun" and not negated and _gathering(words[trigger]) and any(
            words[k] in _PAST_NEGATORS and words[k + 1] in _BE_HELD and words[k - 1] not in _WHO
            and (k + 2 == len(words) or not words[k + 2].startswith("خلال"))
            for k in range(trigger + 1, min(len(words) - 1, trigger + 16))):
        negated, hypothetical = True, False  # لقاء كان مرتقبا بين X وY لم يعقد: it was not held
    for k in range(trigger + 1, min(len(words), trigger + 9)):
        if words[k] == _LATER and k + 1 < len(words) and k - 1 > trigger and tense != "past" \
                and words[k - 1][:1] in "يت" and len(words[k - 1]) >= 4:
            # (وصل إلى بيروت في مستهل جولة تقوده لاحقا إلى دمشق: the arrival is told)
            hypothetical = True  # جولة تشمل لاحقا فيتنام: stops still to come
            break
        if words[k] in _TO_BE_HELD:
            if tense != "past" and not _has_own_object(words, k):
                # (but اتفقا على إحداث لجنة ستعقد دورتها الأولى: the committee's session is to come)
                hypothetical = True  # القمة بين X و Y ستُعقد في الرياض: a meeting still to be held
            break
    reach = 13 if tense == "present" and not any(  # (يتوجه X، الأحد المقبل: a long name between)
        words[k] in _PAST_NEGATORS for k in range(max(0, trigger - 3), trigger)) else 9
    pledged = any(words[k] in _PLEDGES for k in range(max(clause_start, trigger - 4), trigger))
    for k in range(max(clause_start, trigger - 4), min(len(words), trigger + reach)):
        if pledged and k > trigger:
            break  # مستعدة لتقديم كل الدعم ... في المرحلة المقبلة: a pledge made now (NOTES)
        if k > trigger and words[k] in ("قبل", "بعد") and k + 1 < len(words) and words[k + 1] == "ان":
            break  # الذي يزور إيطاليا قبل أن يتوجه غدا إلى مدريد: the next clause's time
        if tense == "past" and k > trigger + 1:
            break  # اتفقا على استئناف المحادثات الشهر المقبل: the time of what was agreed
        if k > trigger and (words[k] in _TO_BE_HELD or words[k] in _FUTURE_LIGHT_VERBS) and _has_own_object(words, k):
            break  # لجنة مشتركة ستعقد دورتها الأولى السنة المقبلة: the time of the committee's session
        if words[k] in FUTURE_TIME and (tense != "past" or k > trigger) and (words[k] in _TOMORROW or (
                k > 0 and words[k - 1].removeprefix("و") in _TIME_NOUNS) or k - 1 == trigger):
            # الأسبوع المقبل، زيارته المقبلة (الدورة المقبلة: the next session
            # of something else, not the time of the event; اتفاقية لموسم حج العام المقبل،
            # وقّعها: a past verb's time is told after it, never before)
            hypothetical = True
        if tense == "present" and words[k] == _TODAY and k > trigger and not _WHEN_PAST.intersection(words) \
                and not any(words[x] in _PAST_NEGATORS for x in range(max(0, trigger - 3), trigger)) \
                and words[k - 1] != "في" and (k + 1 == len(words) or words[k + 1] not in _ORDINALS):
            # (في اليوم الأول: "on the first day", not "today")
            hypothetical = True  # ويلتقي الوزير الضيف اليوم نظيره: today's programme, not yet told
        if tense == "present" and words[k] in _WEEKDAYS and trigger < k <= trigger + 12 \
                and words[trigger - 1] not in ("التي", "الذي") \
                and words[k - 1] not in ("في", "منذ") and not _WHEN_PAST.intersection(words) \
                and not any(words[x] in _PAST_NEGATORS for x in range(max(0, trigger - 3), trigger)):
            hypothetical = True  # ويبحث X مع Y، الثلاثاء، ...: a day's programme, not yet told
            # (but X، التي تقوم بزيارة ...، الثلاثاء، أشرفت: a relative clause; the day is the main clause's)
    return negated, hypothetical
