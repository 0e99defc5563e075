<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
  <context>
    <name>Caseworker</name>
    <message>
      <location filename="caseworker/ui/dialogs/case_dialogs.py" line="420" />
      <source> (inactive)</source>
      <translation> (غير نشط)</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/service_quality.py" line="100" />
      <source> (left)</source>
      <translation> (غادر)</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/meeting_detail.py" line="360" />
      <source> and every occurrence</source>
      <translation> وكل تكرار</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/case_dialogs.py" line="378" />
      <source> business days</source>
      <translation> أيام عمل</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/organigram_page.py" line="353" />
      <source> business days before</source>
      <translation> أيام عمل قبل</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/organigram_page.py" line="280" />
      <source> business days before it is due</source>
      <translation> أيام عمل قبل موعد الاستحقاق</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/care_dialogs.py" line="336" />
      <location filename="caseworker/ui/dialogs/policy_dialog.py" line="107" />
      <location filename="caseworker/ui/sections/administration.py" line="172" />
      <source> days</source>
      <translation> يومًا</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/mail_server.py" line="72" />
      <source> hours</source>
      <translation> ساعة</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/administration.py" line="907" />
      <source> minutes</source>
      <translation> دقيقة</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/case_dialogs.py" line="283" />
      <source> of 5</source>
      <translation> من 5</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/meeting_dialogs.py" line="168" />
      <source> times</source>
      <translation> مرات</translation>
    </message>
    <message>
      <location filename="caseworker/ui/main_window.py" line="147" />
      <source>&amp;About Caseworker</source>
      <translation>&amp;حول Caseworker</translation>
    </message>
    <message>
      <location filename="caseworker/ui/my_work/cases.py" line="101" />
      <source>&amp;Accept</source>
      <translation>&amp;قبول</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/grant_dialogs.py" line="153" />
      <source>&amp;Active:</source>
      <translation>&amp;نشط:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/organigram_page.py" line="107" />
      <source>&amp;Add team</source>
      <translation>&amp;إضافة فريق</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/client_dialog.py" line="103" />
      <location filename="caseworker/ui/dialogs/donor_dialog.py" line="92" />
      <location filename="caseworker/ui/dialogs/donor_dialog.py" line="423" />
      <source>&amp;Address:</source>
      <translation>&amp;العنوان:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/client_records.py" line="135" />
      <source>&amp;Agency:</source>
      <translation>&amp;الجهة:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/case_dialogs.py" line="262" />
      <source>&amp;Alone</source>
      <translation>&amp;بمفرده</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/gift_dialog.py" line="70" />
      <source>&amp;Amount ({currency}):</source>
      <translation>&amp;المبلغ ({currency}):</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/aid_dialogs.py" line="79" />
      <location filename="caseworker/ui/dialogs/grant_dialogs.py" line="432" />
      <location filename="caseworker/ui/dialogs/grant_dialogs.py" line="459" />
      <source>&amp;Amount:</source>
      <translation>&amp;المبلغ:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/aid.py" line="242" />
      <source>&amp;Approve</source>
      <translation>&amp;اعتماد</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/care_dialogs.py" line="292" />
      <source>&amp;Asked:</source>
      <translation>&amp;طريقة السؤال:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/meeting_dialogs.py" line="575" />
      <source>&amp;Attendance:</source>
      <translation>&amp;الحضور:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/organigram_page.py" line="119" />
      <location filename="caseworker/ui/views/organigram_page.py" line="208" />
      <source>&amp;Backup:</source>
      <translation>&amp;النسخ الاحتياطي:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/correspondence.py" line="513" />
      <source>&amp;Body:</source>
      <translation>&amp;النص:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/aid_dialogs.py" line="244" />
      <source>&amp;Budget:</source>
      <translation>&amp;الميزانية:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/care_dialogs.py" line="338" />
      <source>&amp;By:</source>
      <translation>&amp;عبر:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/aid_dialogs.py" line="246" />
      <source>&amp;Cap per client:</source>
      <translation>&amp;الحد الأقصى لكل مستفيد:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/grant_dialogs.py" line="430" />
      <source>&amp;Category:</source>
      <translation>&amp;الفئة:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/aid_dialogs.py" line="64" />
      <location filename="caseworker/ui/dialogs/case_dialogs.py" line="137" />
      <location filename="caseworker/ui/dialogs/grant_dialogs.py" line="229" />
      <source>&amp;Client:</source>
      <translation>&amp;المستفيد:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/case_detail.py" line="251" />
      <source>&amp;Close</source>
      <translation>&amp;إغلاق</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/client_records.py" line="109" />
      <source>&amp;Consent to:</source>
      <translation>&amp;الموافقة على:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/care_dialogs.py" line="156" />
      <source>&amp;Contact by:</source>
      <translation>&amp;التواصل عبر:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/gift_aid_dialog.py" line="36" />
      <source>&amp;Covers:</source>
      <translation>&amp;يغطي:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/administration.py" line="146" />
      <source>&amp;Currency:</source>
      <translation>&amp;العملة:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/password_dialog.py" line="48" />
      <source>&amp;Current password:</source>
      <translation>&amp;كلمة المرور الحالية:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/administration.py" line="904" />
      <source>&amp;Database:</source>
      <translation>&amp;قاعدة البيانات:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/aid_dialogs.py" line="81" />
      <location filename="caseworker/ui/dialogs/care_dialogs.py" line="247" />
      <location filename="caseworker/ui/dialogs/case_dialogs.py" line="339" />
      <source>&amp;Date:</source>
      <translation>&amp;التاريخ:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/client_records.py" line="113" />
      <source>&amp;Decision:</source>
      <translation>&amp;القرار:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/meeting_dialogs.py" line="582" />
      <location filename="caseworker/ui/dialogs/meeting_dialogs.py" line="674" />
      <source>&amp;Decisions:</source>
      <translation>&amp;القرارات:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/case_dialogs.py" line="386" />
      <location filename="caseworker/ui/dialogs/grant_dialogs.py" line="185" />
      <location filename="caseworker/ui/views/organigram_page.py" line="117" />
      <source>&amp;Description:</source>
      <translation>&amp;الوصف:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/donor_dialog.py" line="322" />
      <source>&amp;Do not contact:</source>
      <translation>&amp;عدم التواصل:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/care_dialogs.py" line="129" />
      <location filename="caseworker/ui/dialogs/meeting_dialogs.py" line="816" />
      <source>&amp;Due:</source>
      <translation>&amp;موعد الاستحقاق:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/client_dialog.py" line="102" />
      <location filename="caseworker/ui/dialogs/donor_dialog.py" line="90" />
      <location filename="caseworker/ui/views/organigram_page.py" line="121" />
      <source>&amp;E-mail:</source>
      <translation>&amp;البريد الإلكتروني:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/client_detail.py" line="177" />
      <source>&amp;Edit</source>
      <translation>&amp;تعديل</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/grant_detail.py" line="129" />
      <location filename="caseworker/ui/views/grant_detail.py" line="494" />
      <location filename="caseworker/ui/views/meeting_detail.py" line="97" />
      <source>&amp;Edit…</source>
      <translation>&amp;تعديل…</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/grant_dialogs.py" line="149" />
      <location filename="caseworker/ui/dialogs/user_dialog.py" line="53" />
      <source>&amp;Email:</source>
      <translation>&amp;البريد الإلكتروني:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/meeting_dialogs.py" line="173" />
      <source>&amp;Ends:</source>
      <translation>&amp;ينتهي:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/case_detail.py" line="271" />
      <source>&amp;Escalate…</source>
      <translation>&amp;تصعيد…</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/gift_dialog.py" line="195" />
      <source>&amp;Every:</source>
      <translation>&amp;كل:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/export.py" line="184" />
      <source>&amp;Export as</source>
      <translation>&amp;تصدير بصيغة</translation>
    </message>
    <message>
      <location filename="caseworker/ui/main_window.py" line="122" />
      <source>&amp;File</source>
      <translation>&amp;ملف</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/client_dialog.py" line="70" />
      <location filename="caseworker/ui/dialogs/donor_dialog.py" line="83" />
      <source>&amp;First name:</source>
      <translation>&amp;الاسم الأول:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/gift_dialog.py" line="199" />
      <source>&amp;First on:</source>
      <translation>&amp;أول مرة في:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/administration.py" line="150" />
      <source>&amp;Fiscal year starts in:</source>
      <translation>&amp;تبدأ السنة المالية في:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/care_dialogs.py" line="134" />
      <location filename="caseworker/ui/sections/correspondence.py" line="503" />
      <source>&amp;For:</source>
      <translation>&amp;لـ:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/case_dialogs.py" line="409" />
      <location filename="caseworker/ui/dialogs/donor_dialog.py" line="380" />
      <location filename="caseworker/ui/views/organigram_page.py" line="203" />
      <source>&amp;From:</source>
      <translation>&amp;من:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/aid_dialogs.py" line="71" />
      <location filename="caseworker/ui/dialogs/gift_dialog.py" line="76" />
      <source>&amp;Fund:</source>
      <translation>&amp;الصندوق:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/grant_dialogs.py" line="219" />
      <source>&amp;Funder:</source>
      <translation>&amp;الجهة المانحة:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/gift_aid_dialog.py" line="46" />
      <source>&amp;Gift:</source>
      <translation>&amp;التبرع:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/main_window.py" line="133" />
      <source>&amp;Go</source>
      <translation>&amp;انتقال</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/case_detail.py" line="249" />
      <source>&amp;Hand off…</source>
      <translation>&amp;تسليم…</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/organigram_page.py" line="212" />
      <source>&amp;Hand on their work…</source>
      <translation>&amp;تسليم عمله…</translation>
    </message>
    <message>
      <location filename="caseworker/ui/main_window.py" line="145" />
      <source>&amp;Help</source>
      <translation>&amp;مساعدة</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/gift_aid_dialog.py" line="41" />
      <source>&amp;How made:</source>
      <translation>&amp;طريقة الإقرار:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/care_dialogs.py" line="243" />
      <location filename="caseworker/ui/dialogs/client_records.py" line="117" />
      <location filename="caseworker/ui/dialogs/meeting_dialogs.py" line="146" />
      <source>&amp;How:</source>
      <translation>&amp;الطريقة:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/client_dialog.py" line="92" />
      <source>&amp;Interpreter needed:</source>
      <translation>&amp;يحتاج إلى مترجم:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/case_detail.py" line="274" />
      <source>&amp;Introduce the team to the client</source>
      <translation>&amp;تعريف المستفيد بالفريق</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/case_detail.py" line="286" />
      <source>&amp;Introduction letter</source>
      <translation>&amp;خطاب تعريف</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/client_dialog.py" line="115" />
      <source>&amp;Key worker:</source>
      <translation>&amp;الأخصائي المسؤول:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/main_window.py" line="146" />
      <source>&amp;Keyboard shortcuts</source>
      <translation>&amp;اختصارات لوحة المفاتيح</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/aid_dialogs.py" line="76" />
      <location filename="caseworker/ui/dialogs/case_dialogs.py" line="335" />
      <location filename="caseworker/ui/dialogs/client_records.py" line="89" />
      <source>&amp;Kind:</source>
      <translation>&amp;النوع:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/correspondence.py" line="322" />
      <source>&amp;Labels…</source>
      <translation>&amp;ملصقات…</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/client_dialog.py" line="76" />
      <location filename="caseworker/ui/sections/correspondence.py" line="508" />
      <source>&amp;Language:</source>
      <translation>&amp;اللغة:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/administration.py" line="169" />
      <source>&amp;Lapsed after no gift for:</source>
      <translation>&amp;يُعدّ منقطعًا بعد انقطاع التبرع لمدة:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/gift_dialog.py" line="200" />
      <source>&amp;Last on:</source>
      <translation>&amp;آخر مرة في:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/administration.py" line="910" />
      <source>&amp;Lock when idle for:</source>
      <translation>&amp;القفل عند الخمول لمدة:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/my_work/tasks.py" line="146" />
      <location filename="caseworker/ui/views/client_care_tab.py" line="79" />
      <source>&amp;Log a contact…</source>
      <translation>&amp;تسجيل تواصل…</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/gift_aid_dialog.py" line="34" />
      <source>&amp;Made on:</source>
      <translation>&amp;تاريخ الإقرار:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/administration.py" line="165" />
      <source>&amp;Major donor from one gift of:</source>
      <translation>&amp;متبرع كبير بتبرع واحد قدره:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/donor_dialog.py" line="429" />
      <location filename="caseworker/ui/views/organigram_page.py" line="122" />
      <source>&amp;Members:</source>
      <translation>&amp;الأعضاء:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/gift_dialog.py" line="73" />
      <location filename="caseworker/ui/dialogs/gift_dialog.py" line="203" />
      <source>&amp;Method:</source>
      <translation>&amp;الطريقة:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/cases.py" line="85" />
      <source>&amp;Mine</source>
      <translation>&amp;الخاصة بي</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/meeting_dialogs.py" line="579" />
      <source>&amp;Minutes:</source>
      <translation>&amp;المحضر:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/meeting_detail.py" line="98" />
      <source>&amp;Minutes…</source>
      <translation>&amp;المحضر…</translation>
    </message>
    <message>
      <location filename="caseworker/ui/export.py" line="171" />
      <source>&amp;Month</source>
      <translation>&amp;شهر</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/grant_detail.py" line="130" />
      <source>&amp;Move stage…</source>
      <translation>&amp;نقل المرحلة…</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/grant_dialogs.py" line="392" />
      <source>&amp;Move to:</source>
      <translation>&amp;نقل إلى:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/aid_dialogs.py" line="238" />
      <location filename="caseworker/ui/dialogs/case_dialogs.py" line="375" />
      <location filename="caseworker/ui/dialogs/donor_dialog.py" line="420" />
      <source>&amp;Name:</source>
      <translation>&amp;الاسم:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/grant_dialogs.py" line="554" />
      <source>&amp;Narrative:</source>
      <translation>&amp;السرد:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/donor_dialog.py" line="324" />
      <source>&amp;Never by:</source>
      <translation>&amp;ليس عبر:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/password_dialog.py" line="49" />
      <source>&amp;New password:</source>
      <translation>&amp;كلمة المرور الجديدة:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/main_window.py" line="124" />
      <source>&amp;New record</source>
      <translation>&amp;سجل جديد</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/correspondence.py" line="493" />
      <source>&amp;New template</source>
      <translation>&amp;قالب جديد</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/administration.py" line="167" />
      <source>&amp;New while the first gift is within:</source>
      <translation>&amp;يُعدّ جديدًا ما دام التبرع الأول خلال:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/case_detail.py" line="309" />
      <source>&amp;Note</source>
      <translation>&amp;ملاحظة</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/gift_aid_dialog.py" line="49" />
      <location filename="caseworker/ui/dialogs/grant_dialogs.py" line="397" />
      <source>&amp;Note:</source>
      <translation>&amp;ملاحظة:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/care_dialogs.py" line="165" />
      <source>&amp;Notes:</source>
      <translation>&amp;ملاحظات:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/client_records.py" line="92" />
      <source>&amp;Number or address:</source>
      <translation>&amp;الرقم أو العنوان:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/client_records.py" line="116" />
      <location filename="caseworker/ui/dialogs/client_records.py" line="158" />
      <source>&amp;On:</source>
      <translation>&amp;بتاريخ:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/care_dialogs.py" line="361" />
      <source>&amp;Only while a case is open:</source>
      <translation>&amp;فقط أثناء وجود حالة مفتوحة:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/aid_dialogs.py" line="255" />
      <source>&amp;Open for new aid:</source>
      <translation>&amp;متاح لمساعدات جديدة:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/case_dialogs.py" line="157" />
      <source>&amp;Opened on:</source>
      <translation>&amp;تاريخ الفتح:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/donor_dialog.py" line="85" />
      <location filename="caseworker/ui/dialogs/sign_in.py" line="124" />
      <source>&amp;Organisation:</source>
      <translation>&amp;المنظمة:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/case_dialogs.py" line="261" />
      <location filename="caseworker/ui/dialogs/client_records.py" line="154" />
      <source>&amp;Outcome:</source>
      <translation>&amp;النتيجة:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/grant_dialogs.py" line="542" />
      <source>&amp;Outcomes:</source>
      <translation>&amp;النتائج:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/grant_dialogs.py" line="233" />
      <source>&amp;Owner:</source>
      <translation>&amp;المالك:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/sign_in.py" line="64" />
      <location filename="caseworker/ui/dialogs/sign_in.py" line="137" />
      <location filename="caseworker/ui/dialogs/user_dialog.py" line="79" />
      <source>&amp;Password:</source>
      <translation>&amp;كلمة المرور:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/aid_dialogs.py" line="85" />
      <source>&amp;Payee:</source>
      <translation>&amp;المستفيد من الدفعة:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/organigram_page.py" line="94" />
      <source>&amp;People</source>
      <translation>&amp;الأشخاص</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/meeting_dialogs.py" line="180" />
      <source>&amp;People:</source>
      <translation>&amp;الأشخاص:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/grant_dialogs.py" line="150" />
      <source>&amp;Phone:</source>
      <translation>&amp;الهاتف:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/my_work/tasks.py" line="143" />
      <source>&amp;Plan a contact…</source>
      <translation>&amp;تخطيط تواصل…</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/case_dialogs.py" line="383" />
      <source>&amp;Point of contact:</source>
      <translation>&amp;جهة الاتصال:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/mail_server.py" line="41" />
      <source>&amp;Port:</source>
      <translation>&amp;المنفذ:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/donor_dialog.py" line="325" />
      <source>&amp;Preferably by:</source>
      <translation>&amp;يُفضَّل عبر:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/client_dialog.py" line="72" />
      <source>&amp;Preferred name:</source>
      <translation>&amp;الاسم المفضل:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/care_dialogs.py" line="283" />
      <source>&amp;Print the form for a visit…</source>
      <translation>&amp;طباعة نموذج الزيارة…</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/correspondence.py" line="319" />
      <source>&amp;Print waiting letters…</source>
      <translation>&amp;طباعة الرسائل المنتظرة…</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/care_dialogs.py" line="130" />
      <location filename="caseworker/ui/dialogs/case_dialogs.py" line="145" />
      <source>&amp;Priority:</source>
      <translation>&amp;الأولوية:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/grant_dialogs.py" line="220" />
      <source>&amp;Programme:</source>
      <translation>&amp;البرنامج:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/correspondence.py" line="505" />
      <source>&amp;Purpose:</source>
      <translation>&amp;الغرض:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/main_window.py" line="123" />
      <source>&amp;Quick search…</source>
      <translation>&amp;بحث سريع…</translation>
    </message>
    <message>
      <location filename="caseworker/ui/main_window.py" line="132" />
      <source>&amp;Quit</source>
      <translation>&amp;خروج</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/meeting_dialogs.py" line="657" />
      <source>&amp;Quorum:</source>
      <translation>&amp;النصاب:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/aid_dialogs.py" line="317" />
      <location filename="caseworker/ui/dialogs/case_dialogs.py" line="242" />
      <location filename="caseworker/ui/dialogs/case_dialogs.py" line="412" />
      <source>&amp;Reason:</source>
      <translation>&amp;السبب:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/gift_dialog.py" line="72" />
      <source>&amp;Received on:</source>
      <translation>&amp;تاريخ الاستلام:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/client_detail.py" line="181" />
      <source>&amp;Refer</source>
      <translation>&amp;إحالة</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/client_records.py" line="137" />
      <source>&amp;Referred on:</source>
      <translation>&amp;تاريخ الإحالة:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/donor_dialog.py" line="95" />
      <location filename="caseworker/ui/dialogs/donor_dialog.py" line="426" />
      <source>&amp;Region:</source>
      <translation>&amp;المنطقة:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/administration.py" line="132" />
      <source>&amp;Registration number:</source>
      <translation>&amp;رقم التسجيل:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/correspondence.py" line="206" />
      <source>&amp;Reload</source>
      <translation>&amp;إعادة التحميل</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/organigram_page.py" line="95" />
      <source>&amp;Reminders</source>
      <translation>&amp;التذكيرات</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/password_dialog.py" line="50" />
      <source>&amp;Repeat it:</source>
      <translation>&amp;التكرار:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/sign_in.py" line="138" />
      <location filename="caseworker/ui/dialogs/user_dialog.py" line="80" />
      <source>&amp;Repeat password:</source>
      <translation>&amp;تأكيد كلمة المرور:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/care_dialogs.py" line="136" />
      <location filename="caseworker/ui/dialogs/meeting_dialogs.py" line="152" />
      <source>&amp;Repeat:</source>
      <translation>&amp;التكرار:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/mail_server.py" line="66" />
      <source>&amp;Replies to:</source>
      <translation>&amp;الرد على:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/case_detail.py" line="250" />
      <source>&amp;Resolve…</source>
      <translation>&amp;حل…</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/aid_dialogs.py" line="253" />
      <source>&amp;Restrictions:</source>
      <translation>&amp;القيود:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/client_dialog.py" line="90" />
      <source>&amp;Safeguarding:</source>
      <translation>&amp;الحماية:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/case_dialogs.py" line="280" />
      <source>&amp;Satisfaction:</source>
      <translation>&amp;الرضا:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/crash.py" line="51" />
      <source>&amp;Save report…</source>
      <translation>&amp;حفظ التقرير…</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/organigram_page.py" line="126" />
      <source>&amp;Save team</source>
      <translation>&amp;حفظ الفريق</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/donor_dialog.py" line="108" />
      <source>&amp;Segment:</source>
      <translation>&amp;الشريحة:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/correspondence.py" line="316" />
      <source>&amp;Send queued e-mail</source>
      <translation>&amp;إرسال البريد المنتظر</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/gift_dialog.py" line="90" />
      <source>&amp;Soft credit to:</source>
      <translation>&amp;نسب التبرع أيضًا إلى:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/case_dialogs.py" line="309" />
      <source>&amp;Specialist:</source>
      <translation>&amp;الأخصائي المتخصص:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/user_dialog.py" line="74" />
      <location filename="caseworker/ui/views/organigram_page.py" line="188" />
      <source>&amp;Specialties:</source>
      <translation>&amp;التخصصات:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/case_dialogs.py" line="380" />
      <source>&amp;Specialty:</source>
      <translation>&amp;التخصص:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/case_detail.py" line="246" />
      <source>&amp;Start work</source>
      <translation>&amp;بدء العمل</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/case_dialogs.py" line="142" />
      <location filename="caseworker/ui/sections/correspondence.py" line="510" />
      <source>&amp;Subject:</source>
      <translation>&amp;الموضوع:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/grant_dialogs.py" line="639" />
      <source>&amp;Submitted on:</source>
      <translation>&amp;قُدِّم في:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/gift_aid_dialog.py" line="98" />
      <source>&amp;Takes effect on:</source>
      <translation>&amp;يسري اعتبارًا من:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/case_dialogs.py" line="376" />
      <source>&amp;Target:</source>
      <translation>&amp;الهدف:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/grant_detail.py" line="131" />
      <source>&amp;Targets…</source>
      <translation>&amp;الأهداف…</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/user_dialog.py" line="73" />
      <source>&amp;Team:</source>
      <translation>&amp;الفريق:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/organigram_page.py" line="93" />
      <source>&amp;Teams</source>
      <translation>&amp;الفرق</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/case_dialogs.py" line="341" />
      <source>&amp;Text:</source>
      <translation>&amp;النص:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/correspondence.py" line="202" />
      <source>&amp;Thank selected</source>
      <translation>&amp;شكر المحدد</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/administration.py" line="142" />
      <source>&amp;Time zone:</source>
      <translation>&amp;المنطقة الزمنية:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/care_dialogs.py" line="128" />
      <location filename="caseworker/ui/dialogs/grant_dialogs.py" line="218" />
      <location filename="caseworker/ui/dialogs/meeting_dialogs.py" line="122" />
      <source>&amp;Title:</source>
      <translation>&amp;العنوان:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/case_dialogs.py" line="215" />
      <location filename="caseworker/ui/dialogs/case_dialogs.py" line="411" />
      <location filename="caseworker/ui/views/organigram_page.py" line="383" />
      <source>&amp;To:</source>
      <translation>&amp;إلى:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/gift_dialog.py" line="78" />
      <source>&amp;Towards:</source>
      <translation>&amp;لصالح:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/donor_dialog.py" line="94" />
      <location filename="caseworker/ui/dialogs/donor_dialog.py" line="425" />
      <source>&amp;Town or city:</source>
      <translation>&amp;المدينة أو البلدة:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/correspondence.py" line="330" />
      <source>&amp;Try again</source>
      <translation>&amp;إعادة المحاولة</translation>
    </message>
    <message>
      <location filename="caseworker/ui/idle_lock.py" line="48" />
      <source>&amp;Unlock</source>
      <translation>&amp;فتح القفل</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/donor_dialog.py" line="381" />
      <source>&amp;Until (inclusive):</source>
      <translation>&amp;حتى (شاملًا):</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/care_dialogs.py" line="357" />
      <location filename="caseworker/ui/views/organigram_page.py" line="204" />
      <source>&amp;Until:</source>
      <translation>&amp;حتى:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/care_dialogs.py" line="152" />
      <source>&amp;Use the next time that suits them</source>
      <translation>&amp;استخدام أقرب وقت يناسبهم</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/sign_in.py" line="63" />
      <location filename="caseworker/ui/dialogs/sign_in.py" line="136" />
      <location filename="caseworker/ui/dialogs/user_dialog.py" line="51" />
      <source>&amp;User name:</source>
      <translation>&amp;اسم المستخدم:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/case_detail.py" line="311" />
      <source>&amp;Visit</source>
      <translation>&amp;زيارة</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/grant_detail.py" line="212" />
      <source>&amp;Void spending…</source>
      <translation>&amp;إلغاء صرف…</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/aid.py" line="244" />
      <source>&amp;Void…</source>
      <translation>&amp;إلغاء…</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/meeting_detail.py" line="99" />
      <source>&amp;Votes and quorum…</source>
      <translation>&amp;الأصوات والنصاب…</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/case_detail.py" line="247" />
      <source>&amp;Wait…</source>
      <translation>&amp;انتظار…</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/grant_dialogs.py" line="148" />
      <source>&amp;Website:</source>
      <translation>&amp;الموقع الإلكتروني:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/case_dialogs.py" line="311" />
      <location filename="caseworker/ui/dialogs/grant_dialogs.py" line="461" />
      <source>&amp;What for:</source>
      <translation>&amp;لأجل:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/care_dialogs.py" line="252" />
      <source>&amp;What was said:</source>
      <translation>&amp;ما قيل:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/meeting_dialogs.py" line="801" />
      <source>&amp;What:</source>
      <translation>&amp;ماذا:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/meeting_dialogs.py" line="141" />
      <source>&amp;When:</source>
      <translation>&amp;متى:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/meeting_dialogs.py" line="149" />
      <source>&amp;Where:</source>
      <translation>&amp;أين:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/meeting_dialogs.py" line="802" />
      <source>&amp;Who:</source>
      <translation>&amp;من:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/client_records.py" line="93" />
      <source>&amp;Whose / which:</source>
      <translation>&amp;لمن / أيّ:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/client_records.py" line="136" />
      <source>&amp;Why:</source>
      <translation>&amp;لماذا:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/donor_dialog.py" line="329" />
      <source>&amp;Window (days):</source>
      <translation>&amp;النافذة (بالأيام):</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/case_dialogs.py" line="149" />
      <source>&amp;Worker:</source>
      <translation>&amp;الأخصائي:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/correspondence.py" line="407" />
      <source>&amp;Write to them</source>
      <translation>&amp;مراسلتهم</translation>
    </message>
    <message>
      <location filename="caseworker/ui/export.py" line="164" />
      <source>&amp;Year</source>
      <translation>&amp;سنة</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/meeting_dialogs.py" line="427" />
      <location filename="caseworker/ui/dialogs/meeting_dialogs.py" line="425" />
      <source>'{zone}' is not a known time zone.</source>
      <translation>‏'{zone}' ليست منطقة زمنية معروفة.</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/donor_detail.py" line="338" />
      <source>(by segment)</source>
      <translation>(حسب الشريحة)</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/meeting_detail.py" line="180" />
      <source>(cancelled)</source>
      <translation>(ملغى)</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/grant_detail.py" line="522" />
      <source>(inactive)</source>
      <translation>(غير نشط)</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/gift_dialog.py" line="288" />
      <location filename="caseworker/ui/views/supporters.py" line="86" />
      <source>(no appeal)</source>
      <translation>(بلا حملة)</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/crash.py" line="44" />
      <source>(no log file)</source>
      <translation>(لا يوجد ملف سجل)</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/crash.py" line="43" />
      <source>(not kept: save it below)</source>
      <translation>(غير محفوظ: احفظه أدناه)</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/donor_detail.py" line="319" />
      <source>(set by hand)</source>
      <translation>(محدد يدويًا)</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/policy_dialog.py" line="138" />
      <source>(the supporter's local time)</source>
      <translation>(التوقيت المحلي للداعم)</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/correspondence.py" line="80" />
      <source>({n} wait to be tried again)</source>
      <translation>({n} بانتظار إعادة المحاولة)</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/calendar.py" line="207" />
      <location filename="caseworker/ui/sections/calendar.py" line="304" />
      <source>+{n} more</source>
      <translation>+{n} أخرى</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/case_detail.py" line="544" />
      <source>, satisfaction {n}/5</source>
      <translation>، الرضا {n}/5</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/gift_dialog.py" line="89" />
      <source>0.00</source>
      <translation>0.00</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/clients.py" line="102" />
      <source>1 client</source>
      <translation>مستفيد واحد</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/donors.py" line="160" />
      <source>1 donor</source>
      <translation>متبرع واحد</translation>
    </message>
    <message>
      <location filename="caseworker/ui/export.py" line="183" />
      <source>A ZIP with one PDF per document</source>
      <translation>ملف ZIP يضم ملف PDF لكل مستند</translation>
    </message>
    <message>
      <location filename="caseworker/ui/backups_page.py" line="98" />
      <source>A backup is taken every day while Caseworker runs (the last week kept daily, then one a week for a month and one a month for a year), and before every upgrade. Each is checked after it is written. An encrypted database's backups need their .keys file, kept beside them.</source>
      <translation>تُؤخذ نسخة احتياطية كل يوم أثناء تشغيل Caseworker (يُحتفظ بنسخة يومية للأسبوع الأخير، ثم نسخة أسبوعية لمدة شهر، ونسخة شهرية لمدة سنة)، وقبل كل ترقية. ويُتحقق من كل نسخة بعد كتابتها. تحتاج النسخ الاحتياطية لقاعدة بيانات مشفرة إلى ملف ‎.keys الخاص بها، محفوظًا بجانبها.</translation>
    </message>
    <message>
      <location filename="caseworker/ui/my_work/tasks.py" line="147" />
      <source>A call, visit or message counts as the check-in</source>
      <translation>تُحتسب المكالمة أو الزيارة أو الرسالة متابعةً</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/grant_dialogs.py" line="228" />
      <source>A client</source>
      <translation>مستفيد</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/correspondence.py" line="543" />
      <source>A gift number for a donor's template, a case number for a client's</source>
      <translation>رقم تبرع لقالب متبرع، ورقم حالة لقالب مستفيد</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/case_detail.py" line="287" />
      <source>A letter introducing the client's worker and team, as a PDF</source>
      <translation>خطاب يعرّف المستفيد بالأخصائي المسؤول عنه وفريقه، بصيغة PDF</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/planner.py" line="171" />
      <source>A list of donor numbers</source>
      <translation>قائمة بأرقام المتبرعين</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/correspondence.py" line="680" />
      <source>A new template</source>
      <translation>قالب جديد</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/gift_dialog.py" line="79" />
      <source>A one-off gift</source>
      <translation>تبرع لمرة واحدة</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/organigram_page.py" line="213" />
      <source>A person leaving: their open cases and tasks go on in one step</source>
      <translation>شخص يغادر: تنتقل حالاته ومهامه المفتوحة في خطوة واحدة</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/administration.py" line="247" />
      <source>A picture is kept (encrypted with the database)</source>
      <translation>يُحتفظ بصورة (مشفرة مع قاعدة البيانات)</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/crash.py" line="45" />
      <source>A report for the people who look after Caseworker was kept on this computer: {report}. It holds no client or donor details. Save it to send it with a few words on what you were doing. The log file is {log}.</source>
      <translation>حُفظ على هذا الحاسوب تقرير للمسؤولين عن صيانة Caseworker: {report}. لا يتضمن أي بيانات عن المستفيدين أو المتبرعين. احفظه لإرساله مع بضع كلمات عمّا كنت تفعله. ملف السجل هو {log}.</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/meeting_dialogs.py" line="150" />
      <source>A room, an address, or the video link</source>
      <translation>غرفة أو عنوان أو رابط الفيديو</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/planner.py" line="170" />
      <source>A segment of the donor list</source>
      <translation>شريحة من قائمة المتبرعين</translation>
    </message>
    <message>
      <location filename="caseworker/ui/my_work/tasks.py" line="46" />
      <source>A task of your own (Ctrl+T makes one on the record in view)</source>
      <translation>مهمة خاصة بك (Ctrl+T تنشئ مهمة على السجل المعروض)</translation>
    </message>
    <message>
      <location filename="caseworker/ui/tasks_ui.py" line="24" />
      <source>A task on the record in view, or one of your own (Ctrl+T)</source>
      <translation>مهمة على السجل المعروض، أو مهمة خاصة بك (Ctrl+T)</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/client_dialog.py" line="94" />
      <source>A&amp;ccessibility needs:</source>
      <translation>&amp;احتياجات إمكانية الوصول:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/meeting_dialogs.py" line="184" />
      <source>A&amp;genda:</source>
      <translation>&amp;جدول الأعمال:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/gift_dialog.py" line="74" />
      <location filename="caseworker/ui/dialogs/gift_dialog.py" line="205" />
      <source>A&amp;ppeal code:</source>
      <translation>&amp;رمز الحملة:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/correspondence.py" line="525" />
      <source>A&amp;ppeal:</source>
      <translation>&amp;الحملة:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/client_detail.py" line="179" />
      <source>A&amp;ttach file</source>
      <translation>&amp;إرفاق ملف</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/correspondence.py" line="516" />
      <source>A&amp;ttach:</source>
      <translation>&amp;إرفاق:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/main_window.py" line="321" />
      <source>About Caseworker</source>
      <translation>حول Caseworker</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/meeting_dialogs.py" line="663" />
      <source>Abstained</source>
      <translation>ممتنع</translation>
    </message>
    <message>
      <location filename="caseworker/ui/my_work/cases.py" line="102" />
      <source>Accept the handoff</source>
      <translation>قبول التسليم</translation>
    </message>
    <message>
      <location filename="caseworker/ui/widgets/client_care_card.py" line="50" />
      <source>Acceptable
(client)</source>
      <translation>مقبول
(المستفيد)</translation>
    </message>
    <message>
      <location filename="caseworker/ui/widgets/client_care_card.py" line="50" />
      <source>Acceptable
(worker)</source>
      <translation>مقبول
(الأخصائي)</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/case_dialogs.py" line="276" />
      <source>Acceptable to the &amp;client:</source>
      <translation>&amp;مقبول لدى المستفيد:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/widgets/flag_strip.py" line="40" />
      <source>Access</source>
      <translation>الوصول</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/clients.py" line="74" />
      <source>Accessibility</source>
      <translation>إمكانية الوصول</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/client_detail.py" line="139" />
      <location filename="caseworker/ui/widgets/flag_strip.py" line="40" />
      <source>Accessibility: {text}</source>
      <translation>إمكانية الوصول: {text}</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/correspondence.py" line="528" />
      <source>Acti&amp;ve:</source>
      <translation>&amp;نشط:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/models/audit_table.py" line="69" />
      <source>Action</source>
      <translation>الإجراء</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/meeting_detail.py" line="139" />
      <location filename="caseworker/ui/views/meeting_detail.py" line="137" />
      <source>Action items</source>
      <translation>بنود العمل</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/administration.py" line="469" />
      <location filename="caseworker/ui/sections/administration.py" line="453" />
      <source>Active</source>
      <translation>نشط</translation>
    </message>
    <message>
      <location filename="caseworker/ui/main_window.py" line="176" />
      <source>Activity</source>
      <translation>النشاط</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/grant_dialogs.py" line="182" />
      <location filename="caseworker/ui/dialogs/grant_dialogs.py" line="424" />
      <location filename="caseworker/ui/dialogs/meeting_dialogs.py" line="263" />
      <source>Add</source>
      <translation>إضافة</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/meeting_detail.py" line="101" />
      <source>Add &amp;action…</source>
      <translation>&amp;إضافة إجراء…</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/grant_detail.py" line="187" />
      <source>Add &amp;document…</source>
      <translation>&amp;إضافة مستند…</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/grant_detail.py" line="496" />
      <source>Add &amp;programme…</source>
      <translation>&amp;إضافة برنامج…</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/donor_dialog.py" line="431" />
      <source>Add a &amp;member:</source>
      <translation>&amp;إضافة عضو:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/grant_dialogs.py" line="490" />
      <source>Add a budget line first.</source>
      <translation>أضف بند ميزانية أولًا.</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/case_detail.py" line="309" />
      <source>Add a note</source>
      <translation>إضافة ملاحظة</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/user_dialog.py" line="47" />
      <source>Add a user</source>
      <translation>إضافة مستخدم</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/administration.py" line="480" />
      <source>Add a user (Ctrl+N)</source>
      <translation>إضافة مستخدم (Ctrl+N)</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/meeting_dialogs.py" line="796" />
      <source>Add action item</source>
      <translation>إضافة بند عمل</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/policy_dialog.py" line="185" />
      <location filename="caseworker/ui/dialogs/policy_dialog.py" line="186" />
      <source>Add blackout</source>
      <translation>إضافة فترة حظر</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/grant_detail.py" line="210" />
      <source>Add budget &amp;line…</source>
      <translation>&amp;إضافة بند ميزانية…</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/grant_dialogs.py" line="424" />
      <source>Add budget line</source>
      <translation>إضافة بند ميزانية</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/case_dialogs.py" line="372" />
      <source>Add category</source>
      <translation>إضافة فئة</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/cases.py" line="132" />
      <source>Add category…</source>
      <translation>إضافة فئة…</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/client_dialog.py" line="138" />
      <location filename="caseworker/ui/dialogs/client_dialog.py" line="228" />
      <source>Add client</source>
      <translation>إضافة مستفيد</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/client_records.py" line="87" />
      <location filename="caseworker/ui/dialogs/client_records.py" line="87" />
      <location filename="caseworker/ui/views/client_detail.py" line="283" />
      <source>Add contact</source>
      <translation>إضافة جهة اتصال</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/grant_detail.py" line="418" />
      <source>Add document</source>
      <translation>إضافة مستند</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/donor_dialog.py" line="142" />
      <location filename="caseworker/ui/dialogs/donor_dialog.py" line="234" />
      <source>Add donor</source>
      <translation>إضافة متبرع</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/aid_dialogs.py" line="233" />
      <location filename="caseworker/ui/sections/aid.py" line="150" />
      <source>Add fund</source>
      <translation>إضافة صندوق</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/grant_dialogs.py" line="145" />
      <location filename="caseworker/ui/sections/grants.py" line="118" />
      <source>Add funder</source>
      <translation>إضافة جهة مانحة</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/donor_dialog.py" line="385" />
      <source>Add pause</source>
      <translation>إضافة توقف</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/grant_dialogs.py" line="182" />
      <source>Add programme</source>
      <translation>إضافة برنامج</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/case_dialogs.py" line="332" />
      <source>Add to the timeline</source>
      <translation>إضافة إلى السجل الزمني</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/user_dialog.py" line="89" />
      <location filename="caseworker/ui/sections/administration.py" line="479" />
      <source>Add user</source>
      <translation>إضافة مستخدم</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/administration.py" line="478" />
      <source>Add user…</source>
      <translation>إضافة مستخدم…</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/client_detail.py" line="300" />
      <source>Added</source>
      <translation>أُضيف</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/client_detail.py" line="267" />
      <location filename="caseworker/ui/views/donor_detail.py" line="185" />
      <source>Address</source>
      <translation>العنوان</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/donor_dialog.py" line="93" />
      <location filename="caseworker/ui/dialogs/donor_dialog.py" line="424" />
      <source>Address line &amp;2:</source>
      <translation>&amp;سطر العنوان 2:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/meeting_dialogs.py" line="160" />
      <source>After a number of times</source>
      <translation>بعد عدد من المرات</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/meeting_dialogs.py" line="663" />
      <source>Against</source>
      <translation>معارض</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/grant_outputs.py" line="59" />
      <source>Age on the last day of the period</source>
      <translation>العمر في آخر يوم من الفترة</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/grant_outputs.py" line="113" />
      <source>Age {band}</source>
      <translation>العمر {band}</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/client_detail.py" line="318" />
      <source>Agency</source>
      <translation>الجهة</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/meeting_detail.py" line="107" />
      <location filename="caseworker/ui/views/meeting_detail.py" line="123" />
      <source>Agenda</source>
      <translation>جدول الأعمال</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/client_records.py" line="114" />
      <location filename="caseworker/ui/views/client_detail.py" line="406" />
      <source>Agreed</source>
      <translation>متفق عليه</translation>
    </message>
    <message>
      <location filename="caseworker/ui/parts.py" line="104" />
      <location filename="caseworker/ui/sections/aid.py" line="136" />
      <location filename="caseworker/ui/sections/aid.py" line="353" />
      <source>Aid</source>
      <translation>المساعدات</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/grant_dialogs.py" line="466" />
      <source>Aid &amp;disbursement no.:</source>
      <translation>&amp;رقم صرف المساعدة:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/insight.py" line="137" />
      <source>Aid and grants</source>
      <translation>المساعدات والمنح</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/aid_grants.py" line="69" />
      <source>Aid by fund</source>
      <translation>المساعدات حسب الصندوق</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/grant_outputs.py" line="112" />
      <source>Aid from {fund}</source>
      <translation>مساعدة من {fund}</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/aid.py" line="58" />
      <source>Aid given to this client</source>
      <translation>المساعدات المقدمة لهذا المستفيد</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/grant_outputs.py" line="106" />
      <source>Aid paid</source>
      <translation>المساعدات المدفوعة</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/insight.py" line="106" />
      <source>Aid paid by fund</source>
      <translation>المساعدات المدفوعة حسب الصندوق</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/grant_outputs.py" line="110" />
      <source>Aid paid through its spending</source>
      <translation>المساعدات المدفوعة من خلال إنفاقها</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/grant_outputs.py" line="106" />
      <source>Aid payments</source>
      <translation>مدفوعات المساعدات</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/aid.py" line="56" />
      <source>Aid totals by fund</source>
      <translation>إجمالي المساعدات حسب الصندوق</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/cases.py" line="74" />
      <source>All cases</source>
      <translation>جميع الحالات</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/cases.py" line="174" />
      <location filename="caseworker/ui/views/service_quality.py" line="154" />
      <source>All categories</source>
      <translation>جميع الفئات</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/clients.py" line="72" />
      <source>All clients</source>
      <translation>جميع المستفيدين</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/correspondence.py" line="430" />
      <source>All contactable donors</source>
      <translation>جميع المتبرعين الممكن التواصل معهم</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/planner.py" line="174" />
      <source>All donors</source>
      <translation>جميع المتبرعين</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/aid.py" line="286" />
      <source>All funds</source>
      <translation>جميع الصناديق</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/correspondence.py" line="311" />
      <source>All messages</source>
      <translation>جميع الرسائل</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/administration.py" line="823" />
      <source>All records</source>
      <translation>جميع السجلات</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/donors.py" line="78" />
      <source>All segments</source>
      <translation>جميع الشرائح</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/aid.py" line="187" />
      <source>All statuses</source>
      <translation>جميع الأوضاع</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/planner.py" line="73" />
      <source>Allowed</source>
      <translation>مسموح</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/touchpoint_dialog.py" line="80" />
      <source>Allowed, with a warning — check before saving.</source>
      <translation>مسموح مع تحذير — تحقق قبل الحفظ.</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/donor_detail.py" line="360" />
      <source>Allowed, within the contact policy</source>
      <translation>مسموح، ضمن سياسة التواصل</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/batch_gifts.py" line="160" />
      <location filename="caseworker/ui/sections/aid.py" line="59" />
      <location filename="caseworker/ui/sections/aid.py" line="176" />
      <source>Amount</source>
      <translation>المبلغ</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/grant_dialogs.py" line="395" />
      <source>Amount &amp;awarded:</source>
      <translation>&amp;المبلغ الممنوح:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/grant_dialogs.py" line="238" />
      <source>Amount &amp;requested:</source>
      <translation>&amp;المبلغ المطلوب:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/administration.py" line="174" />
      <source>An amount in the organisation's currency</source>
      <translation>مبلغ بعملة المنظمة</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/client_detail.py" line="534" />
      <source>Anonymise</source>
      <translation>إخفاء الهوية</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/client_detail.py" line="527" />
      <location filename="caseworker/ui/views/client_detail.py" line="534" />
      <source>Anonymise client</source>
      <translation>إخفاء هوية المستفيد</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/client_detail.py" line="186" />
      <source>Anonymise…</source>
      <translation>إخفاء الهوية…</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/client_detail.py" line="528" />
      <source>Anonymising removes {name}'s name, birth date, contacts, notes and attachments for good. Cases and aid stay, without the name. Continue?</source>
      <translation>إخفاء الهوية يحذف نهائيًا اسم {name} وتاريخ ميلاده وبيانات التواصل والملاحظات والمرفقات. تبقى الحالات والمساعدات دون الاسم. هل تريد المتابعة؟</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/administration.py" line="129" />
      <source>Another country</source>
      <translation>بلد آخر</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/gift_dialog.py" line="91" />
      <source>Another donor to recognise, e.g. a spouse (name)</source>
      <translation>متبرع آخر يُنسب إليه التبرع، مثل الزوج أو الزوجة (الاسم)</translation>
    </message>
    <message>
      <location filename="caseworker/ui/application.py" line="247" />
      <source>Another user is saving — retrying…</source>
      <translation>مستخدم آخر يحفظ الآن — جارٍ إعادة المحاولة…</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/care_dialogs.py" line="339" />
      <source>Any channel</source>
      <translation>أي قناة</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/clients.py" line="72" />
      <source>Any flag</source>
      <translation>أي علامة</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/clients.py" line="80" />
      <source>Any key worker</source>
      <translation>أي أخصائي مسؤول</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/donors.py" line="92" />
      <source>Any manager</source>
      <translation>أي مدير</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/administration.py" line="473" />
      <source>Any role</source>
      <translation>أي دور</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/administration.py" line="826" />
      <source>Anyone</source>
      <translation>أي شخص</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/batch_gifts.py" line="160" />
      <location filename="caseworker/ui/dialogs/gift_dialog.py" line="277" />
      <location filename="caseworker/ui/views/donor_detail.py" line="249" />
      <source>Appeal</source>
      <translation>الحملة</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/planner.py" line="211" />
      <source>Appeal name</source>
      <translation>اسم الحملة</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/gift_dialog.py" line="274" />
      <location filename="caseworker/ui/dialogs/gift_dialog.py" line="281" />
      <location filename="caseworker/ui/sections/donors.py" line="109" />
      <source>Appeal response</source>
      <translation>الاستجابة للحملة</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/planner.py" line="234" />
      <source>Appeal:</source>
      <translation>الحملة:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/donors.py" line="107" />
      <source>Appeals</source>
      <translation>الحملات</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/grants.py" line="80" />
      <source>Application</source>
      <translation>الطلب</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/grant_detail.py" line="139" />
      <source>Application summary</source>
      <translation>ملخص الطلب</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/aid_grants.py" line="75" />
      <source>Applications</source>
      <translation>الطلبات</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/grant_dialogs.py" line="222" />
      <source>Applying &amp;for:</source>
      <translation>&amp;التقدم لأجل:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/grant_detail.py" line="150" />
      <source>Applying for</source>
      <translation>التقدم لأجل</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/aid.py" line="234" />
      <source>Approved by</source>
      <translation>اعتمده</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/grant_outputs.py" line="115" />
      <source>Area: {name}</source>
      <translation>المجال: {name}</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/correspondence.py" line="405" />
      <source>As letters</source>
      <translation>كرسائل</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/sign_in.py" line="125" />
      <source>As printed on letters and receipts</source>
      <translation>كما يُطبع على الرسائل والإيصالات</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/client_dialog.py" line="83" />
      <source>As the client states it, or leave empty</source>
      <translation>كما يذكره العميل، أو اتركه فارغًا</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/organigram_page.py" line="352" />
      <source>As the default</source>
      <translation>كالقيمة الافتراضية</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/administration.py" line="913" />
      <source>As this computer's system</source>
      <translation>حسب نظام هذا الحاسوب</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/care_dialogs.py" line="279" />
      <source>Ask the client, and write down their answers in their words. Your own verdict stays on the resolution.</source>
      <translation>اسأل المستفيد، ودوّن إجاباته بكلماته. يبقى تقييمك الخاص في قرار الحل.</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/donor_dialog.py" line="331" />
      <source>At &amp;least (days apart):</source>
      <translation>&amp;على الأقل (أيام بين كل تواصل):</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/donor_dialog.py" line="330" />
      <source>At &amp;most, per window:</source>
      <translation>&amp;على الأكثر في كل نافذة:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/client_detail.py" line="479" />
      <source>Attach a file</source>
      <translation>إرفاق ملف</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/correspondence.py" line="514" />
      <source>Attachment</source>
      <translation>مرفق</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/client_detail.py" line="300" />
      <location filename="caseworker/ui/views/client_detail.py" line="312" />
      <location filename="caseworker/ui/views/client_detail.py" line="419" />
      <source>Attachments</source>
      <translation>المرفقات</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/client_detail.py" line="418" />
      <source>Attachments ({n})</source>
      <translation>المرفقات ({n})</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/meeting_dialogs.py" line="560" />
      <source>Attendance</source>
      <translation>الحضور</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/meeting_dialogs.py" line="568" />
      <source>Attendance of {name}</source>
      <translation>حضور {name}</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/correspondence.py" line="502" />
      <source>Audience</source>
      <translation>الجمهور</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/administration.py" line="768" />
      <source>Audit entry</source>
      <translation>قيد التدقيق</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/administration.py" line="749" />
      <location filename="caseworker/ui/sections/administration.py" line="774" />
      <location filename="caseworker/ui/sections/administration.py" line="1072" />
      <source>Audit log</source>
      <translation>سجل التدقيق</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/gift_dialog.py" line="277" />
      <source>Average gift</source>
      <translation>متوسط التبرع</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/grants.py" line="80" />
      <location filename="caseworker/ui/views/aid_grants.py" line="78" />
      <location filename="caseworker/ui/views/aid_grants.py" line="81" />
      <source>Awarded</source>
      <translation>ممنوح</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/aid_grants.py" line="79" />
      <source>Awarded amount</source>
      <translation>المبلغ الممنوح</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/grant_detail.py" line="348" />
      <source>Awarded {awarded} · spent {spent} · remaining {remaining} · not yet budgeted {unallocated}</source>
      <translation>الممنوح {awarded} · المصروف {spent} · المتبقي {remaining} · غير المخصص بعد {unallocated}</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/import_wizard.py" line="112" />
      <source>Back</source>
      <translation>رجوع</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/import_wizard.py" line="113" />
      <source>Back to the previous step</source>
      <translation>العودة إلى الخطوة السابقة</translation>
    </message>
    <message>
      <location filename="caseworker/ui/backups_page.py" line="77" />
      <source>Back up now</source>
      <translation>نسخ احتياطي الآن</translation>
    </message>
    <message>
      <location filename="caseworker/ui/backups_page.py" line="78" />
      <source>Back up the database now</source>
      <translation>أخذ نسخة احتياطية من قاعدة البيانات الآن</translation>
    </message>
    <message>
      <location filename="caseworker/ui/backups_page.py" line="159" />
      <source>Backed up to {name} ({size}); its check passed.</source>
      <translation>نُسخ احتياطيًا إلى {name} ‏({size})؛ ونجح التحقق منها.</translation>
    </message>
    <message>
      <location filename="caseworker/ui/backups_page.py" line="161" />
      <source>Backed up to {name}, but its check failed: {problem}</source>
      <translation>نُسخ احتياطيًا إلى {name}، لكن التحقق منها فشل: {problem}</translation>
    </message>
    <message>
      <location filename="caseworker/ui/backups_page.py" line="153" />
      <source>Backing up…</source>
      <translation>جارٍ النسخ الاحتياطي…</translation>
    </message>
    <message>
      <location filename="caseworker/ui/backups_page.py" line="74" />
      <source>Backup result</source>
      <translation>نتيجة النسخ الاحتياطي</translation>
    </message>
    <message>
      <location filename="caseworker/ui/backups_page.py" line="57" />
      <location filename="caseworker/ui/sections/administration.py" line="1073" />
      <source>Backups</source>
      <translation>النسخ الاحتياطية</translation>
    </message>
    <message>
      <location filename="caseworker/ui/backups_page.py" line="63" />
      <source>Backups of this database</source>
      <translation>النسخ الاحتياطية لقاعدة البيانات هذه</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/import_wizard.py" line="505" />
      <source>Batch</source>
      <translation>الدفعة</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/batch_gifts.py" line="223" />
      <source>Batch &amp;label:</source>
      <translation>&amp;تسمية الدفعة:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/donors.py" line="102" />
      <source>Batch entry</source>
      <translation>إدخال دفعة</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/batch_gifts.py" line="219" />
      <location filename="caseworker/ui/sections/donors.py" line="104" />
      <source>Batch entry of gifts</source>
      <translation>إدخال دفعة من التبرعات</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/batch_gifts.py" line="238" />
      <source>Batch totals</source>
      <translation>إجماليات الدفعة</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/donor_detail.py" line="488" />
      <source>Batch: {label}</source>
      <translation>الدفعة: {label}</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/merge_dialog.py" line="176" />
      <source>Because of</source>
      <translation>بسبب</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/client_dialog.py" line="111" />
      <source>Best &amp;times:</source>
      <translation>&amp;أفضل الأوقات:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/client_detail.py" line="268" />
      <source>Best times</source>
      <translation>أفضل الأوقات</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/care_dialogs.py" line="355" />
      <source>Best times &amp;from:</source>
      <translation>&amp;أفضل الأوقات من:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/policy_dialog.py" line="221" />
      <source>Blackout ends</source>
      <translation>نهاية فترة الحظر</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/policy_dialog.py" line="224" />
      <source>Blackout purposes</source>
      <translation>أغراض فترة الحظر</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/policy_dialog.py" line="221" />
      <source>Blackout starts</source>
      <translation>بداية فترة الحظر</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/policy_dialog.py" line="177" />
      <source>Blackouts</source>
      <translation>فترات الحظر</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/policy_dialog.py" line="192" />
      <source>Blackouts: dates when the organisation pauses contact</source>
      <translation>فترات الحظر: تواريخ توقف فيها المنظمة التواصل</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/planner.py" line="73" />
      <location filename="caseworker/ui/views/supporters.py" line="38" />
      <source>Blocked</source>
      <translation>محظور</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/correspondence.py" line="470" />
      <source>Blocked: {name}: {reason}</source>
      <translation>محظور: {name}: {reason}</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/correspondence.py" line="271" />
      <source>Blocked: {name}: {reason} Next allowed: {when}</source>
      <translation>محظور: {name}: {reason} الموعد المسموح التالي: {when}</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/clients.py" line="51" />
      <source>Born</source>
      <translation>تاريخ الميلاد</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/service_quality.py" line="149" />
      <source>Break down by</source>
      <translation>التقسيم حسب</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/service_quality.py" line="174" />
      <source>Break down by:</source>
      <translation>التقسيم حسب:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/sign_in.py" line="142" />
      <source>Bring in our &amp;existing data once the window opens (a spreadsheet, or another donor or case system's export)</source>
      <translation>&amp;استيراد بياناتنا الحالية عند فتح النافذة (جدول بيانات، أو ملف مُصدَّر من نظام آخر للمتبرعين أو الحالات)</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/import_wizard.py" line="151" />
      <source>Browse…</source>
      <translation>استعراض…</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/aid_grants.py" line="70" />
      <location filename="caseworker/ui/views/grant_detail.py" line="206" />
      <location filename="caseworker/ui/views/grant_detail.py" line="203" />
      <source>Budget</source>
      <translation>الميزانية</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/grant_dialogs.py" line="455" />
      <source>Budget &amp;line:</source>
      <translation>&amp;بند الميزانية:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/aid_dialogs.py" line="241" />
      <source>Budget &amp;period:</source>
      <translation>&amp;فترة الميزانية:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/aid_grants.py" line="70" />
      <source>Budget per</source>
      <translation>الميزانية لكل</translation>
    </message>
    <message>
      <location filename="caseworker/ui/widgets/budget_bar.py" line="34" />
      <source>Budget use</source>
      <translation>استخدام الميزانية</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/correspondence.py" line="195" />
      <location filename="caseworker/ui/sections/correspondence.py" line="300" />
      <location filename="caseworker/ui/views/client_detail.py" line="301" />
      <source>By</source>
      <translation>بواسطة</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/meeting_dialogs.py" line="803" />
      <source>By a date</source>
      <translation>بحلول تاريخ</translation>
    </message>
    <message>
      <location filename="caseworker/ui/widgets/client_care_card.py" line="44" />
      <source>By category</source>
      <translation>حسب الفئة</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/planner.py" line="418" />
      <source>By fiscal year</source>
      <translation>حسب السنة المالية</translation>
    </message>
    <message>
      <location filename="caseworker/ui/widgets/client_care_card.py" line="44" />
      <source>By team</source>
      <translation>حسب الفريق</translation>
    </message>
    <message>
      <location filename="caseworker/ui/widgets/client_care_card.py" line="44" />
      <source>By worker</source>
      <translation>حسب الأخصائي</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/donor_detail.py" line="397" />
      <source>By year: </source>
      <translation>حسب السنة: </translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/case_detail.py" line="310" />
      <source>C&amp;all</source>
      <translation>&amp;اتصال</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/case_dialogs.py" line="141" />
      <source>C&amp;ategory:</source>
      <translation>&amp;الفئة:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/aid_dialogs.py" line="239" />
      <location filename="caseworker/ui/dialogs/grant_dialogs.py" line="235" />
      <location filename="caseworker/ui/dialogs/sign_in.py" line="133" />
      <source>C&amp;urrency:</source>
      <translation>&amp;العملة:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/meeting_detail.py" line="102" />
      <source>Ca&amp;ncel…</source>
      <translation>&amp;إلغاء…</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/calendar.py" line="372" />
      <location filename="caseworker/ui/sections/calendar.py" line="86" />
      <location filename="caseworker/ui/sections/calendar.py" line="531" />
      <source>Calendar</source>
      <translation>التقويم</translation>
    </message>
    <message>
      <location filename="caseworker/ui/demo_start.py" line="36" />
      <location filename="caseworker/ui/dialogs/import_wizard.py" line="108" />
      <location filename="caseworker/ui/dialogs/touchpoint_dialog.py" line="196" />
      <source>Cancel</source>
      <translation>إلغاء</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/gift_aid_dialog.py" line="96" />
      <source>Cancel Gift Aid declaration</source>
      <translation>إلغاء إقرار Gift Aid</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/donor_timeline.py" line="62" />
      <source>Cancel contact…</source>
      <translation>إلغاء التواصل…</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/gift_aid_dialog.py" line="101" />
      <source>Cancel declaration</source>
      <translation>إلغاء الإقرار</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/gift_aid_tab.py" line="49" />
      <source>Cancel declaration…</source>
      <translation>إلغاء الإقرار…</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/meeting_detail.py" line="359" />
      <location filename="caseworker/ui/views/meeting_detail.py" line="361" />
      <location filename="caseworker/ui/views/meeting_detail.py" line="339" />
      <source>Cancel meeting</source>
      <translation>إلغاء الاجتماع</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/planner.py" line="249" />
      <source>Cancel planning</source>
      <translation>إلغاء التخطيط</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/donor_timeline.py" line="212" />
      <source>Cancel the contact</source>
      <translation>إلغاء التواصل</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/import_wizard.py" line="109" />
      <source>Cancel the running import</source>
      <translation>إلغاء الاستيراد الجاري</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/meeting_detail.py" line="346" />
      <source>Cancel this occurrence</source>
      <translation>إلغاء هذا الموعد</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/meeting_detail.py" line="347" />
      <source>Cancel “{title}” on {when}? The rest of the series stays.</source>
      <translation>هل تريد إلغاء «{title}» في {when}؟ تبقى بقية السلسلة.</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/meeting_detail.py" line="359" />
      <source>Cancel “{title}”{series}? It stays on record as cancelled.</source>
      <translation>هل تريد إلغاء «{title}»{series}؟ سيبقى في السجل على أنه ملغى.</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/gift_aid_tab.py" line="56" />
      <source>Cancelled from</source>
      <translation>أُلغي اعتبارًا من</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/aid_dialogs.py" line="248" />
      <source>Cap &amp;counted:</source>
      <translation>&amp;الحد المحتسب:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/parts.py" line="103" />
      <source>Care</source>
      <translation>الرعاية</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/cases.py" line="53" />
      <location filename="caseworker/ui/views/case_detail.py" line="186" />
      <source>Case</source>
      <translation>الحالة</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/organigram_page.py" line="124" />
      <source>Case categories the team handles</source>
      <translation>فئات الحالات التي يتولاها الفريق</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/correspondence.py" line="436" />
      <source>Case numbers…</source>
      <translation>أرقام الحالات…</translation>
    </message>
    <message>
      <location filename="caseworker/ui/parts.py" line="102" />
      <location filename="caseworker/ui/sections/cases.py" line="46" />
      <location filename="caseworker/ui/sections/cases.py" line="64" />
      <source>Cases</source>
      <translation>الحالات</translation>
    </message>
    <message>
      <location filename="caseworker/ui/widgets/client_care_card.py" line="49" />
      <source>Cases
opened</source>
      <translation>الحالات
التي فُتحت</translation>
    </message>
    <message>
      <location filename="caseworker/ui/my_work/cases.py" line="91" />
      <location filename="caseworker/ui/my_work/cases.py" line="97" />
      <source>Cases handed to me</source>
      <translation>الحالات المسلَّمة إليّ</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/service_quality.py" line="153" />
      <source>Cases of category</source>
      <translation>حالات من فئة</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/grant_outputs.py" line="105" />
      <source>Cases opened</source>
      <translation>الحالات التي فُتحت</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/insight.py" line="102" />
      <source>Cases opened and resolved</source>
      <translation>الحالات المفتوحة والمحلولة</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/grant_outputs.py" line="105" />
      <source>Cases resolved</source>
      <translation>الحالات المحلولة</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/service_quality.py" line="174" />
      <source>Cases:</source>
      <translation>الحالات:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/service_quality.py" line="120" />
      <source>Cases…</source>
      <translation>الحالات…</translation>
    </message>
    <message>
      <location filename="caseworker/ui/application.py" line="109" />
      <location filename="caseworker/ui/application.py" line="261" />
      <location filename="caseworker/ui/demo_start.py" line="37" />
      <source>Caseworker</source>
      <translation>Caseworker</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/administration.py" line="960" />
      <source>Caseworker databases (*.db)</source>
      <translation>قواعد بيانات Caseworker (*.db)</translation>
    </message>
    <message>
      <location filename="caseworker/ui/idle_lock.py" line="34" />
      <location filename="caseworker/ui/idle_lock.py" line="36" />
      <source>Caseworker is locked</source>
      <translation>Caseworker مقفل</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/crash.py" line="40" />
      <source>Caseworker ran into a problem</source>
      <translation>واجه Caseworker مشكلة</translation>
    </message>
    <message>
      <location filename="caseworker/ui/widgets/reminder_bell.py" line="99" />
      <source>Caseworker reminder</source>
      <translation>تذكير من Caseworker</translation>
    </message>
    <message>
      <location filename="caseworker/ui/widgets/reminder_bell.py" line="68" />
      <source>Caseworker reminders</source>
      <translation>تذكيرات Caseworker</translation>
    </message>
    <message>
      <location filename="caseworker/ui/main_window.py" line="322" />
      <source>Caseworker {version}
Casework, aid, grants, meetings and donor stewardship for small nonprofits.

Icons: Lucide (ISC licence).</source>
      <translation>Caseworker {version}
إدارة الحالات والمساعدات والمنح والاجتماعات ورعاية المتبرعين للمنظمات غير الربحية الصغيرة.

الأيقونات: Lucide (ترخيص ISC).</translation>
    </message>
    <message>
      <location filename="caseworker/ui/main_window.py" line="207" />
      <source>Caseworker — {org}</source>
      <translation>Caseworker — {org}</translation>
    </message>
    <message>
      <location filename="caseworker/ui/widgets/reminder_bell.py" line="98" />
      <source>Caseworker: {n} reminders</source>
      <translation>Caseworker: ‏{n} تذكيرات</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/cases.py" line="57" />
      <location filename="caseworker/ui/views/case_detail.py" line="218" />
      <location filename="caseworker/ui/views/grant_detail.py" line="206" />
      <source>Category</source>
      <translation>الفئة</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/case_dialogs.py" line="372" />
      <location filename="caseworker/ui/sections/cases.py" line="133" />
      <source>Change category</source>
      <translation>تغيير الفئة</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/aid_dialogs.py" line="233" />
      <location filename="caseworker/ui/sections/aid.py" line="151" />
      <source>Change fund</source>
      <translation>تغيير الصندوق</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/grant_dialogs.py" line="145" />
      <source>Change funder</source>
      <translation>تغيير الجهة المانحة</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/grant_dialogs.py" line="208" />
      <source>Change grant application</source>
      <translation>تغيير طلب المنحة</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/meeting_dialogs.py" line="114" />
      <source>Change meeting</source>
      <translation>تغيير الاجتماع</translation>
    </message>
    <message>
      <location filename="caseworker/ui/main_window.py" line="128" />
      <source>Change my &amp;password…</source>
      <translation>&amp;تغيير كلمة المرور الخاصة بي…</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/password_dialog.py" line="33" />
      <source>Change password</source>
      <translation>تغيير كلمة المرور</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/donor_detail.py" line="230" />
      <source>Change preferences…</source>
      <translation>تغيير التفضيلات…</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/care_dialogs.py" line="118" />
      <source>Change task</source>
      <translation>تغيير المهمة</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/meeting_dialogs.py" line="112" />
      <source>Change the whole series</source>
      <translation>تغيير السلسلة كلها</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/meeting_dialogs.py" line="110" />
      <source>Change this occurrence</source>
      <translation>تغيير هذا الموعد</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/administration.py" line="541" />
      <source>Change user</source>
      <translation>تغيير المستخدم</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/password_dialog.py" line="33" />
      <source>Change your password</source>
      <translation>غيّر كلمة المرور الخاصة بك</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/client_dialog.py" line="65" />
      <location filename="caseworker/ui/dialogs/donor_dialog.py" line="75" />
      <location filename="caseworker/ui/dialogs/donor_dialog.py" line="417" />
      <source>Change {name}</source>
      <translation>تغيير {name}</translation>
    </message>
    <message>
      <location filename="caseworker/ui/models/audit_table.py" line="69" />
      <source>Changes</source>
      <translation>التغييرات</translation>
    </message>
    <message>
      <location filename="caseworker/ui/my_work/tasks.py" line="48" />
      <location filename="caseworker/ui/sections/administration.py" line="540" />
      <source>Change…</source>
      <translation>تغيير…</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/planner.py" line="202" />
      <location filename="caseworker/ui/views/supporters.py" line="36" />
      <source>Channel</source>
      <translation>القناة</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/touchpoint_dialog.py" line="178" />
      <source>Channel:</source>
      <translation>القناة:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/backups_page.py" line="64" />
      <source>Check</source>
      <translation>التحقق</translation>
    </message>
    <message>
      <location filename="caseworker/ui/backups_page.py" line="84" />
      <source>Check again</source>
      <translation>التحقق مرة أخرى</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/care_dialogs.py" line="334" />
      <source>Check in &amp;every:</source>
      <translation>&amp;المتابعة كل:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/my_work/tasks.py" line="133" />
      <source>Check-ins due</source>
      <translation>متابعات مستحقة</translation>
    </message>
    <message>
      <location filename="caseworker/ui/my_work/tasks.py" line="159" />
      <source>Check-ins due ({n})</source>
      <translation>متابعات مستحقة ({n})</translation>
    </message>
    <message>
      <location filename="caseworker/ui/widgets/client_care_card.py" line="51" />
      <source>Check-ins kept
(on rhythm)</source>
      <translation>متابعات تمت
(في موعدها)</translation>
    </message>
    <message>
      <location filename="caseworker/ui/widgets/client_care_card.py" line="48" />
      <source>Check-ins kept on rhythm</source>
      <translation>متابعات تمت في موعدها</translation>
    </message>
    <message>
      <location filename="caseworker/ui/widgets/client_care_card.py" line="73" />
      <source>Check-ins kept on the client's rhythm: {kept}</source>
      <translation>متابعات تمت وفق وتيرة المستفيد: {kept}</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/grant_detail.py" line="181" />
      <source>Checklist</source>
      <translation>قائمة التحقق</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/grant_detail.py" line="183" />
      <source>Checklist of documents</source>
      <translation>قائمة المستندات</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/gift_dialog.py" line="93" />
      <source>Cheque number, transaction id</source>
      <translation>رقم الشيك، رقم المعاملة</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/import_wizard.py" line="138" />
      <source>Choose a CSV or XLSX file exported from a spreadsheet or another donor system. Nothing is written until the last step, and an import can be undone as a whole.</source>
      <translation>اختر ملف CSV أو XLSX مُصدَّرًا من جدول بيانات أو من نظام متبرعين آخر. لا يُكتب شيء حتى الخطوة الأخيرة، ويمكن التراجع عن الاستيراد بأكمله.</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/case_detail.py" line="188" />
      <source>Choose a case on the left to see it here — or Ctrl+N to open one.</source>
      <translation>اختر حالة من القائمة لعرضها هنا — أو اضغط Ctrl+N لفتح حالة.</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/aid_dialogs.py" line="191" />
      <source>Choose a client from the list.</source>
      <translation>اختر مستفيدًا من القائمة.</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/clients.py" line="95" />
      <source>Choose a client on the left to see their file,
or press Ctrl+N to add one.</source>
      <translation>اختر مستفيدًا من القائمة لعرض ملفه،
أو اضغط Ctrl+N لإضافة مستفيد.</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/administration.py" line="901" />
      <source>Choose a database file</source>
      <translation>اختيار ملف قاعدة بيانات</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/aid.py" line="219" />
      <source>Choose a disbursement in the list to see it here and approve, pay or void it — or Ctrl+N to record one.</source>
      <translation>اختر صرفًا من القائمة لعرضه هنا واعتماده أو دفعه أو إلغائه — أو اضغط Ctrl+N لتسجيل صرف.</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/donors.py" line="153" />
      <source>Choose a donor on the left to see their record,
or press Ctrl+N to add one.</source>
      <translation>اختر متبرعًا من القائمة لعرض سجله،
أو اضغط Ctrl+N لإضافة متبرع.</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/correspondence.py" line="374" />
      <source>Choose a failed message first.</source>
      <translation>اختر رسالة فاشلة أولًا.</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/import_wizard.py" line="277" />
      <source>Choose a file.</source>
      <translation>اختر ملفًا.</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/aid_dialogs.py" line="193" />
      <source>Choose a fund.</source>
      <translation>اختر صندوقًا.</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/administration.py" line="281" />
      <source>Choose a logo</source>
      <translation>اختيار شعار</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/calendar.py" line="426" />
      <source>Choose a meeting to see it here.

Ctrl+← / Ctrl+→ move, T goes to today,
↑ / ↓ walk through the entries, Enter opens one.</source>
      <translation>اختر اجتماعًا لعرضه هنا.

Ctrl+← / Ctrl+→ للتنقل، وT للانتقال إلى اليوم،
↑ / ↓ للتنقل بين الإدخالات، وEnter لفتح أحدها.</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/password_dialog.py" line="42" />
      <source>Choose a new password for {name} and tell it to them in person. Their old password stops working at once.</source>
      <translation>اختر كلمة مرور جديدة لـ {name} وأبلغه بها شخصيًا. تتوقف كلمة المرور القديمة عن العمل فورًا.</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/password_dialog.py" line="34" />
      <source>Choose a password of at least 8 characters; a short sentence is easy to remember and hard to guess.</source>
      <translation>اختر كلمة مرور من 8 أحرف على الأقل؛ الجملة القصيرة سهلة التذكر وصعبة التخمين.</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/grant_detail.py" line="300" />
      <source>Choose a report that is not marked submitted yet.</source>
      <translation>اختر تقريرًا لم يُعلَّم بعدُ كمقدَّم.</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/administration.py" line="233" />
      <source>Choose a signature picture</source>
      <translation>اختيار صورة التوقيع</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/grant_detail.py" line="455" />
      <source>Choose a spending line that is not void first.</source>
      <translation>اختر أولًا بند إنفاق غير ملغى.</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/administration.py" line="546" />
      <source>Choose a user on the left to see and change their account.</source>
      <translation>اختر مستخدمًا من القائمة لعرض حسابه وتغييره.</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/grants.py" line="138" />
      <source>Choose an application or a funder to see it here.</source>
      <translation>اختر طلبًا أو جهة مانحة لعرضها هنا.</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/administration.py" line="769" />
      <source>Choose an entry to see every change it made.</source>
      <translation>اختر قيدًا لعرض كل تغيير أجراه.</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/planner.py" line="169" />
      <source>Choose donors by</source>
      <translation>اختيار المتبرعين حسب</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/planner.py" line="259" />
      <source>Choose donors, a time, a channel and a purpose, then Preview to see what the contact guard says about each donor.</source>
      <translation>اختر المتبرعين والوقت والقناة والغرض، ثم اضغط معاينة لترى ما يقوله حارس التواصل عن كل متبرع.</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/aid_dialogs.py" line="165" />
      <source>Choose the client and the fund to see what can still be given.</source>
      <translation>اختر المستفيد والصندوق لمعرفة ما يمكن تقديمه بعد.</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/grant_dialogs.py" line="349" />
      <source>Choose the client from the list.</source>
      <translation>اختر المستفيد من القائمة.</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/sign_in.py" line="178" />
      <source>Choose the country the organisation works in.</source>
      <translation>اختر البلد الذي تعمل فيه المنظمة.</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/administration.py" line="960" />
      <source>Choose the database file</source>
      <translation>اختيار ملف قاعدة البيانات</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/import_wizard.py" line="152" />
      <location filename="caseworker/ui/dialogs/import_wizard.py" line="270" />
      <source>Choose the file to import</source>
      <translation>اختيار الملف المراد استيراده</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/correspondence.py" line="262" />
      <source>Choose the gifts to thank first.</source>
      <translation>اختر التبرعات المراد الشكر عليها أولًا.</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/administration.py" line="346" />
      <source>Choose the organisation's logo</source>
      <translation>اختيار شعار المنظمة</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/administration.py" line="266" />
      <source>Choose the signature printed on receipts</source>
      <translation>اختيار التوقيع المطبوع على الإيصالات</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/case_dialogs.py" line="277" />
      <location filename="caseworker/ui/dialogs/sign_in.py" line="127" />
      <location filename="caseworker/ui/sections/administration.py" line="232" />
      <source>Choose…</source>
      <translation>اختيار…</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/correspondence.py" line="201" />
      <location filename="caseworker/ui/sections/correspondence.py" line="245" />
      <source>Chosen by rule (gift size, appeal)</source>
      <translation>يُختار وفق قاعدة (حجم التبرع، الحملة)</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/aid.py" line="172" />
      <location filename="caseworker/ui/sections/aid.py" line="232" />
      <location filename="caseworker/ui/sections/cases.py" line="54" />
      <source>Client</source>
      <translation>المستفيد</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/grant_dialogs.py" line="226" />
      <source>Client applied for</source>
      <translation>تقدّم المستفيد بطلب</translation>
    </message>
    <message>
      <location filename="caseworker/ui/widgets/client_care_card.py" line="38" />
      <source>Client care: what clients said, beside the worker's verdict</source>
      <translation>رعاية المستفيدين: ما قاله المستفيدون، بجانب تقييم الأخصائي</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/client_detail.py" line="255" />
      <source>Client details</source>
      <translation>بيانات العميل</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/client_detail.py" line="198" />
      <source>Client file</source>
      <translation>ملف المستفيد</translation>
    </message>
    <message>
      <location filename="caseworker/ui/widgets/flag_strip.py" line="104" />
      <source>Client flags: {flags}</source>
      <translation>علامات المستفيد: {flags}</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/meeting_dialogs.py" line="239" />
      <source>Client to invite</source>
      <translation>مستفيد لدعوته</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/case_detail.py" line="291" />
      <source>Client's &amp;feedback…</source>
      <translation>&amp;ملاحظات المستفيد…</translation>
    </message>
    <message>
      <location filename="caseworker/ui/widgets/client_care_card.py" line="54" />
      <source>Client-care figures</source>
      <translation>أرقام رعاية المستفيدين</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/case_detail.py" line="397" />
      <source>Client: &lt;a href='client'&gt;{name}&lt;/a&gt;</source>
      <translation>المستفيد: &lt;a href='client'&gt;{name}&lt;/a&gt;</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/meeting_dialogs.py" line="238" />
      <source>Client: type part of the name</source>
      <translation>المستفيد: اكتب جزءًا من الاسم</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/clients.py" line="44" />
      <location filename="caseworker/ui/sections/clients.py" line="58" />
      <location filename="caseworker/ui/views/aid_grants.py" line="70" />
      <source>Clients</source>
      <translation>المستفيدون</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/administration.py" line="702" />
      <source>Clients and donors now each have a file and a key of their own.</source>
      <translation>أصبح للعملاء والمتبرعين الآن ملف ومفتاح خاصان بكلٍّ منهم.</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/administration.py" line="682" />
      <source>Clients and their cases, and donors and their gifts, are moved into files of their own, each with a new key; everyone keeps their password, and each password then opens only what its roles may read. Every record is compared with the original. Everyone else must close Caseworker first. Backups taken before keep the old key: take a new backup afterwards.</source>
      <translation>يُنقل العملاء وقضاياهم، والمتبرعون وتبرعاتهم، إلى ملفات خاصة بهم، لكلٍّ منها مفتاح جديد؛ يحتفظ الجميع بكلمات مرورهم، ولا تفتح كل كلمة مرور بعد ذلك إلا ما تسمح أدوار صاحبها بقراءته. يُقارن كل سجل بالأصل. يجب على الجميع إغلاق Caseworker أولاً. النسخ الاحتياطية السابقة تحتفظ بالمفتاح القديم: أنشئ نسخة احتياطية جديدة بعد ذلك.</translation>
    </message>
    <message>
      <location filename="caseworker/ui/my_work/tasks.py" line="139" />
      <source>Clients due a check-in: Enter opens the client</source>
      <translation>مستفيدون مستحقة متابعتهم: Enter يفتح ملف المستفيد</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/correspondence.py" line="435" />
      <source>Clients of open cases</source>
      <translation>مستفيدو الحالات المفتوحة</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/import_wizard.py" line="119" />
      <source>Close</source>
      <translation>إغلاق</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/case_detail.py" line="473" />
      <source>Close case</source>
      <translation>إغلاق الحالة</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/import_wizard.py" line="120" />
      <source>Close the import</source>
      <translation>إغلاق الاستيراد</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/case_detail.py" line="473" />
      <source>Close {ref}? It can be reopened later.</source>
      <translation>هل تريد إغلاق {ref}؟ يمكن إعادة فتحها لاحقًا.</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/donor_dialog.py" line="97" />
      <location filename="caseworker/ui/dialogs/donor_dialog.py" line="428" />
      <location filename="caseworker/ui/sections/administration.py" line="131" />
      <source>Co&amp;untry:</source>
      <translation>&amp;البلد:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/meeting_dialogs.py" line="229" />
      <source>Colleague to invite</source>
      <translation>زميل لدعوته</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/import_wizard.py" line="191" />
      <location filename="caseworker/ui/dialogs/import_wizard.py" line="210" />
      <source>Column</source>
      <translation>العمود</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/import_wizard.py" line="190" />
      <source>Columns of the file and the field each fills</source>
      <translation>أعمدة الملف والحقل الذي يملؤه كل منها</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/import_wizard.py" line="306" />
      <source>Columns were matched by their names; choose a field for the others, or leave them ignored.</source>
      <translation>طُوبقت الأعمدة حسب أسمائها؛ اختر حقلًا للأعمدة الأخرى، أو اتركها متجاهلة.</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/case_dialogs.py" line="341" />
      <source>Confidential: readable by caseworkers and managers</source>
      <translation>سري: يطّلع عليه الأخصائيون والمديرون</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/gift_aid_dialog.py" line="44" />
      <source>Confirmation &amp;letter sent on:</source>
      <translation>&amp;تاريخ إرسال خطاب التأكيد:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/gift_aid_tab.py" line="56" />
      <source>Confirmation letter</source>
      <translation>خطاب التأكيد</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/mail_server.py" line="43" />
      <source>Connection security</source>
      <translation>أمان الاتصال</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/donor_dialog.py" line="119" />
      <source>Consent &amp;given on:</source>
      <translation>&amp;تاريخ إعطاء الموافقة:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/donor_dialog.py" line="115" />
      <source>Consent and status</source>
      <translation>الموافقة والحالة</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/donor_dialog.py" line="117" />
      <source>Consent so&amp;urce:</source>
      <translation>&amp;مصدر الموافقة:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/client_detail.py" line="292" />
      <source>Consent to</source>
      <translation>الموافقة على</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/client_detail.py" line="292" />
      <location filename="caseworker/ui/views/client_detail.py" line="294" />
      <location filename="caseworker/ui/views/client_detail.py" line="417" />
      <source>Consents</source>
      <translation>الموافقات</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/client_detail.py" line="417" />
      <source>Consents ({n})</source>
      <translation>الموافقات ({n})</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/client_dialog.py" line="99" />
      <location filename="caseworker/ui/views/donor_detail.py" line="221" />
      <source>Contact</source>
      <translation>التواصل</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/donor_dialog.py" line="89" />
      <source>Contact and address</source>
      <translation>بيانات التواصل والعنوان</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/supporters.py" line="37" />
      <source>Contact guard by staff member: blocks and overrides</source>
      <translation>حارس التواصل حسب الموظف: الحظر والتجاوزات</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/policy_dialog.py" line="78" />
      <source>Contact policy</source>
      <translation>سياسة التواصل</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/planner.py" line="577" />
      <source>Contact policy saved.</source>
      <translation>حُفظت سياسة التواصل.</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/planner.py" line="546" />
      <source>Contact policy…</source>
      <translation>سياسة التواصل…</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/donor_dialog.py" line="319" />
      <source>Contact preferences of {name}</source>
      <translation>تفضيلات التواصل لـ {name}</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/care_dialogs.py" line="332" />
      <location filename="caseworker/ui/views/client_care_tab.py" line="72" />
      <location filename="caseworker/ui/views/client_care_tab.py" line="75" />
      <source>Contact rhythm</source>
      <translation>وتيرة التواصل</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/donor_detail.py" line="128" />
      <source>Contact stopped</source>
      <translation>أُوقف التواصل</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/policy_dialog.py" line="109" />
      <source>Contact window in days</source>
      <translation>نافذة التواصل بالأيام</translation>
    </message>
    <message>
      <source>Contact-guard overrides by staff member</source>
      <translation type="obsolete">تجاوزات حارس التواصل حسب الموظف</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/planner.py" line="441" />
      <location filename="caseworker/ui/views/client_detail.py" line="289" />
      <source>Contacts</source>
      <translation>جهات الاتصال</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/supporters.py" line="82" />
      <source>Contacts per donor in {days} days (the policy allows {most})</source>
      <translation>التواصلات لكل متبرع في {days} يومًا (تسمح السياسة بـ {most})</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/supporters.py" line="80" />
      <source>Contacts the guard counts</source>
      <translation>التواصلات التي يحسبها الحارس</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/policy_dialog.py" line="110" />
      <source>Contacts, at most:</source>
      <translation>عدد مرات التواصل، على الأكثر:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/donor_detail.py" line="392" />
      <source>Correction</source>
      <translation>تصحيح</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/aid_grants.py" line="87" />
      <source>Count</source>
      <translation>العدد</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/planner.py" line="419" />
      <source>Count years as fiscal years</source>
      <translation>احتساب السنوات كسنوات مالية</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/service_quality.py" line="229" />
      <source>Counting…</source>
      <translation>جارٍ العد…</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/sign_in.py" line="130" />
      <source>Countr&amp;y:</source>
      <translation>&amp;البلد:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/donor_detail.py" line="278" />
      <location filename="caseworker/ui/views/gift_aid_tab.py" line="55" />
      <source>Covers</source>
      <translation>يغطي</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/sign_in.py" line="149" />
      <source>Create administrator</source>
      <translation>إنشاء مسؤول النظام</translation>
    </message>
    <message>
      <location filename="caseworker/ui/db_roles_ui.py" line="43" />
      <source>Create or update the groups, grants and row security, and every person's role. Needs this laptop's database URL to name the owner.</source>
      <translation>إنشاء المجموعات والصلاحيات وأمان الصفوف ودور كل شخص أو تحديثها. يلزم أن يسمّي عنوان قاعدة البيانات في هذا الجهاز المالكَ.</translation>
    </message>
    <message>
      <location filename="caseworker/ui/main_window.py" line="332" />
      <source>Ctrl+,  Settings</source>
      <translation>Ctrl+,  الإعدادات</translation>
    </message>
    <message>
      <location filename="caseworker/ui/main_window.py" line="331" />
      <source>Ctrl+1…9  Switch sections</source>
      <translation>Ctrl+1…9  التبديل بين الأقسام</translation>
    </message>
    <message>
      <location filename="caseworker/ui/main_window.py" line="328" />
      <source>Ctrl+K  Quick search</source>
      <translation>Ctrl+K  بحث سريع</translation>
    </message>
    <message>
      <location filename="caseworker/ui/main_window.py" line="329" />
      <source>Ctrl+N  New record in this section</source>
      <translation>Ctrl+N  سجل جديد في هذا القسم</translation>
    </message>
    <message>
      <location filename="caseworker/ui/main_window.py" line="335" />
      <source>Ctrl+Shift+Q  Sign out</source>
      <translation>Ctrl+Shift+Q  تسجيل الخروج</translation>
    </message>
    <message>
      <location filename="caseworker/ui/main_window.py" line="330" />
      <source>Ctrl+T  New task on the record in view</source>
      <translation>Ctrl+T  مهمة جديدة على السجل المعروض</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/administration.py" line="899" />
      <source>Database location</source>
      <translation>موقع قاعدة البيانات</translation>
    </message>
    <message>
      <location filename="caseworker/ui/db_roles_ui.py" line="36" />
      <source>Database role</source>
      <translation>دور قاعدة البيانات</translation>
    </message>
    <message>
      <location filename="caseworker/ui/db_roles_ui.py" line="30" />
      <source>Database roles</source>
      <translation>أدوار قاعدة البيانات</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/administration.py" line="496" />
      <source>Database roles on the server</source>
      <translation>أدوار قاعدة البيانات على الخادم</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/administration.py" line="495" />
      <source>Database roles…</source>
      <translation>أدوار قاعدة البيانات…</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/sign_in.py" line="59" />
      <location filename="caseworker/ui/main_window.py" line="172" />
      <source>Database: {location}</source>
      <translation>قاعدة البيانات: {location}</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/meeting_dialogs.py" line="129" />
      <location filename="caseworker/ui/sections/aid.py" line="59" />
      <location filename="caseworker/ui/sections/aid.py" line="171" />
      <source>Date</source>
      <translation>التاريخ</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/client_dialog.py" line="74" />
      <source>Date of &amp;birth:</source>
      <translation>&amp;تاريخ الميلاد:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/client_detail.py" line="242" />
      <source>Date of birth</source>
      <translation>تاريخ الميلاد</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/import_wizard.py" line="184" />
      <source>Dates</source>
      <translation>التواريخ</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/policy_dialog.py" line="114" />
      <source>Days between contacts</source>
      <translation>الأيام بين مرات التواصل</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/policy_dialog.py" line="115" />
      <source>Days between contacts, at least:</source>
      <translation>الأيام بين مرات التواصل، على الأقل:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/correspondence.py" line="193" />
      <source>Days waiting</source>
      <translation>أيام الانتظار</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/administration.py" line="545" />
      <source>Deactivate or reactivate</source>
      <translation>إيقاف التفعيل أو إعادة التفعيل</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/administration.py" line="634" />
      <source>Deactivate user</source>
      <translation>إيقاف تفعيل المستخدم</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/administration.py" line="638" />
      <source>Deactivate {name}</source>
      <translation>إيقاف تفعيل {name}</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/administration.py" line="469" />
      <location filename="caseworker/ui/sections/administration.py" line="453" />
      <source>Deactivated</source>
      <translation>موقوف</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/administration.py" line="590" />
      <source>Deactivated: cannot sign in.</source>
      <translation>موقوف: لا يمكنه تسجيل الدخول.</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/administration.py" line="592" />
      <source>Deactivate…</source>
      <translation>إيقاف التفعيل…</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/administration.py" line="642" />
      <source>Deactivating {name} and re-encrypting the database…</source>
      <translation>جارٍ إيقاف تفعيل {name} وإعادة تشفير قاعدة البيانات…</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/donor_dialog.py" line="128" />
      <source>Dec&amp;eased:</source>
      <translation>&amp;متوفى:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/donor_detail.py" line="320" />
      <source>Deceased</source>
      <translation>متوفى</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/meeting_dialogs.py" line="662" />
      <location filename="caseworker/ui/views/client_detail.py" line="292" />
      <source>Decision</source>
      <translation>القرار</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/grant_dialogs.py" line="243" />
      <source>Decision e&amp;xpected:</source>
      <translation>&amp;موعد القرار المتوقع:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/meeting_detail.py" line="133" />
      <source>Decisions</source>
      <translation>القرارات</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/meeting_dialogs.py" line="671" />
      <source>Decisions with their proposer, seconder and vote</source>
      <translation>القرارات مع مقترحيها والمثنّين عليها والتصويت</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/aid_grants.py" line="78" />
      <source>Declined</source>
      <translation>مرفوض</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/batch_gifts.py" line="225" />
      <source>Default &amp;appeal:</source>
      <translation>&amp;الحملة الافتراضية:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/donor_timeline.py" line="75" />
      <source>Details</source>
      <translation>التفاصيل</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/donor_dialog.py" line="129" />
      <source>Died &amp;on:</source>
      <translation>&amp;تاريخ الوفاة:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/aid.py" line="181" />
      <source>Disbursements</source>
      <translation>المصروفات</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/aid_grants.py" line="83" />
      <source>Disbursements refused over a cap or a budget</source>
      <translation>صرفيات رُفضت لتجاوز حدٍّ أو ميزانية</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/import_wizard.py" line="218" />
      <source>Do</source>
      <translation>الإجراء</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/donor_detail.py" line="320" />
      <source>Do not contact</source>
      <translation>عدم التواصل</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/grant_dialogs.py" line="255" />
      <source>Documents &amp;needed:</source>
      <translation>&amp;المستندات المطلوبة:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/meeting_dialogs.py" line="326" />
      <source>Does not repeat</source>
      <translation>لا يتكرر</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/batch_gifts.py" line="65" />
      <location filename="caseworker/ui/dialogs/batch_gifts.py" line="160" />
      <location filename="caseworker/ui/sections/correspondence.py" line="190" />
      <source>Donor</source>
      <translation>المتبرع</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/donor_detail.py" line="210" />
      <source>Donor details</source>
      <translation>بيانات المتبرع</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/planner.py" line="184" />
      <source>Donor numbers</source>
      <translation>أرقام المتبرعين</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/planner.py" line="183" />
      <source>Donor numbers, separated by spaces or commas</source>
      <translation>أرقام المتبرعين، مفصولة بمسافات أو فواصل</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/correspondence.py" line="433" />
      <source>Donor numbers…</source>
      <translation>أرقام المتبرعين…</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/donor_detail.py" line="152" />
      <source>Donor record</source>
      <translation>سجل المتبرع</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/administration.py" line="162" />
      <source>Donor segments</source>
      <translation>شرائح المتبرعين</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/donor_timeline.py" line="76" />
      <source>Donor timeline</source>
      <translation>السجل الزمني للمتبرع</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/meeting_dialogs.py" line="242" />
      <source>Donor to invite</source>
      <translation>متبرع لدعوته</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/meeting_dialogs.py" line="241" />
      <source>Donor: type part of the name</source>
      <translation>المتبرع: اكتب جزءًا من الاسم</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/gift_dialog.py" line="277" />
      <location filename="caseworker/ui/sections/donors.py" line="49" />
      <location filename="caseworker/ui/sections/donors.py" line="66" />
      <source>Donors</source>
      <translation>المتبرعون</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/supporters.py" line="31" />
      <source>Donors against the period before</source>
      <translation>المتبرعون مقارنة بالفترة السابقة</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/insight.py" line="107" />
      <source>Donors and retention</source>
      <translation>المتبرعون والاحتفاظ بهم</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/supporters.py" line="79" />
      <source>Donors contacted</source>
      <translation>المتبرعون الذين تم التواصل معهم</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/supporters.py" line="66" />
      <source>Donors in the period before</source>
      <translation>المتبرعون في الفترة السابقة</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/donors.py" line="113" />
      <source>Donors nobody has contacted within their cadence, LYBUNT and SYBUNT, in the Planner</source>
      <translation>متبرعون لم يتواصل معهم أحد ضمن وتيرتهم، وLYBUNT وSYBUNT، في المخطِّط</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/planner.py" line="226" />
      <source>Donors:</source>
      <translation>المتبرعون:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/meeting_dialogs.py" line="534" />
      <source>Double booking</source>
      <translation>حجز مزدوج</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/cases.py" line="61" />
      <location filename="caseworker/ui/views/case_detail.py" line="219" />
      <location filename="caseworker/ui/views/grant_detail.py" line="168" />
      <source>Due</source>
      <translation>الاستحقاق</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/meeting_dialogs.py" line="808" />
      <source>Due date</source>
      <translation>تاريخ الاستحقاق</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/meeting_detail.py" line="103" />
      <source>E&amp;xport .ics…</source>
      <translation>&amp;تصدير ‎.ics…</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/client_records.py" line="91" />
      <location filename="caseworker/ui/views/client_detail.py" line="267" />
      <location filename="caseworker/ui/views/client_detail.py" line="402" />
      <source>E-mail</source>
      <translation>البريد الإلكتروني</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/gift_dialog.py" line="194" />
      <source>Each &amp;instalment:</source>
      <translation>&amp;كل قسط:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/meeting_detail.py" line="208" />
      <source>Each occurrence has its own minutes: open one in the calendar.</source>
      <translation>لكل موعد محضره الخاص: افتح أحدها في التقويم.</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/administration.py" line="512" />
      <source>Each person signs in with their own account; their roles decide what they may see and do. A leaver is deactivated, never deleted, so their name stays on what they did.</source>
      <translation>يسجّل كل شخص الدخول بحسابه الخاص؛ وتحدد أدواره ما يمكنه رؤيته وفعله. يُوقف حساب من يغادر ولا يُحذف أبدًا، كي يبقى اسمه على ما قام به.</translation>
    </message>
    <message>
      <location filename="caseworker/ui/db_roles_ui.py" line="35" />
      <source>Each person's database role</source>
      <translation>دور قاعدة البيانات لكل شخص</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/donor_detail.py" line="132" />
      <source>Edit</source>
      <translation>تعديل</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/meeting_detail.py" line="300" />
      <source>Edit meeting</source>
      <translation>تعديل الاجتماع</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/planner.py" line="547" />
      <source>Edit the contact policy</source>
      <translation>تعديل سياسة التواصل</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/case_dialogs.py" line="331" />
      <source>Edit {kind}</source>
      <translation>تعديل {kind}</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/administration.py" line="586" />
      <source>Email: {email}</source>
      <translation>البريد الإلكتروني: {email}</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/donor_dialog.py" line="113" />
      <source>Empty: by segment (major 30, others 180)</source>
      <translation>فارغ: حسب الشريحة (الكبار 30، والآخرون 180)</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/donor_dialog.py" line="327" />
      <source>Empty: the organisation's</source>
      <translation>فارغ: إعداد المنظمة</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/donor_dialog.py" line="328" />
      <source>Empty: the organisation's policy</source>
      <translation>فارغ: سياسة المنظمة</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/gift_dialog.py" line="201" />
      <source>Empty: until cancelled</source>
      <translation>فارغ: حتى الإلغاء</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/import_wizard.py" line="178" />
      <source>Encoding</source>
      <translation>الترميز</translation>
    </message>
    <message>
      <location filename="caseworker/ui/context.py" line="66" />
      <source>Encrypted with one key that every staff password opens: an administrator can give clients and donors a file and a key of their own with 'caseworker encrypt'.</source>
      <translation>مشفّرة بمفتاح واحد تفتحه كل كلمات مرور الموظفين: يستطيع المسؤول أن يخصص للعملاء والمتبرعين ملفاً ومفتاحاً خاصين بهم باستخدام 'caseworker encrypt'.</translation>
    </message>
    <message>
      <location filename="caseworker/ui/context.py" line="70" />
      <source>Encrypted, with clients and donors each in a file and a key of their own. Your password opens: {parts}.</source>
      <translation>مشفّرة، والعملاء والمتبرعون كلٌّ في ملف وبمفتاح خاص به. كلمة مرورك تفتح: {parts}.</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/donor_detail.py" line="232" />
      <source>End pause</source>
      <translation>إنهاء التوقف</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/meeting_dialogs.py" line="135" />
      <source>Ends at</source>
      <translation>ينتهي في</translation>
    </message>
    <message>
      <location filename="caseworker/ui/main_window.py" line="333" />
      <source>Enter  Open the highlighted record</source>
      <translation>Enter  فتح السجل المحدد</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/administration.py" line="969" />
      <source>Enter a file path or a database server's address.</source>
      <translation>أدخل مسار ملف أو عنوان خادم قاعدة بيانات.</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/meeting_dialogs.py" line="735" />
      <source>Enter a number of votes (0 or more), or leave it empty.</source>
      <translation>أدخل عدد الأصوات (0 أو أكثر)، أو اتركه فارغًا.</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/batch_gifts.py" line="245" />
      <source>Enter moves to the next cell; after the last column a new row begins. Ctrl+S saves.</source>
      <translation>ينقل Enter إلى الخلية التالية؛ وبعد العمود الأخير يبدأ صف جديد. Ctrl+S للحفظ.</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/correspondence.py" line="450" />
      <source>Enter the numbers to write to.</source>
      <translation>أدخل الأرقام المراد مراسلتها.</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/meeting_dialogs.py" line="391" />
      <source>Enter the outside attendee's name first.</source>
      <translation>أدخل اسم الحاضر من خارج المنظمة أولًا.</translation>
    </message>
    <message>
      <location filename="caseworker/ui/person_data.py" line="27" />
      <location filename="caseworker/ui/person_data.py" line="34" />
      <location filename="caseworker/ui/person_data.py" line="65" />
      <source>Erase on request</source>
      <translation>المحو عند الطلب</translation>
    </message>
    <message>
      <location filename="caseworker/ui/person_data.py" line="90" />
      <source>Erase on request…</source>
      <translation>المحو عند الطلب…</translation>
    </message>
    <message>
      <location filename="caseworker/ui/person_data.py" line="28" />
      <source>Erasing removes {name}'s identity for good: names, contacts, addresses, notes, and the name wherever it was written. Gifts, receipts (with their numbers), cases and aid stay, without the name, and the audit trail keeps who did what and when. Continue?</source>
      <translation>المحو يزيل هوية {name} نهائيًا: الأسماء وبيانات التواصل والعناوين والملاحظات، والاسم أينما كُتب. تبقى التبرعات والإيصالات (بأرقامها) والحالات والمساعدات دون الاسم، ويحتفظ سجل التدقيق بمن فعل ماذا ومتى. هل تريد المتابعة؟</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/case_detail.py" line="488" />
      <source>Escalate</source>
      <translation>تصعيد</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/case_detail.py" line="486" />
      <source>Escalate {ref}</source>
      <translation>تصعيد {ref}</translation>
    </message>
    <message>
      <location filename="caseworker/ui/widgets/reminder_bell.py" line="39" />
      <source>Escalated: {title}</source>
      <translation>صُعّد: {title}</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/insight.py" line="104" />
      <source>Escalations</source>
      <translation>التصعيدات</translation>
    </message>
    <message>
      <location filename="caseworker/ui/main_window.py" line="334" />
      <source>Escape  Close a dialog</source>
      <translation>Escape  إغلاق مربع الحوار</translation>
    </message>
    <message>
      <location filename="caseworker/ui/my_work/tasks.py" line="178" />
      <source>Every client is in touch on their rhythm.</source>
      <translation>جميع المستفيدين على تواصل وفق وتيرتهم.</translation>
    </message>
    <message>
      <location filename="caseworker/ui/my_work/stewardship.py" line="68" />
      <source>Every donor you look after has been contacted within their cadence.</source>
      <translation>تم التواصل مع كل متبرع ترعاه ضمن وتيرته.</translation>
    </message>
    <message>
      <location filename="caseworker/ui/my_work/thank_yous.py" line="55" />
      <source>Every gift has been thanked.</source>
      <translation>تم الشكر على كل التبرعات.</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/grant_dialogs.py" line="71" />
      <source>Every month (last day)</source>
      <translation>كل شهر (آخر يوم)</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/meeting_dialogs.py" line="333" />
      <source>Every month on day {n} (months without it are skipped)</source>
      <translation>كل شهر في اليوم {n} (تُتخطى الأشهر التي لا تحتويه)</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/meeting_dialogs.py" line="335" />
      <source>Every month on the last day</source>
      <translation>كل شهر في آخر يوم</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/meeting_dialogs.py" line="330" />
      <source>Every month on the {ordinal} {day}</source>
      <translation>كل شهر في {day} {ordinal}</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/meeting_dialogs.py" line="328" />
      <source>Every other week on {day}</source>
      <translation>كل أسبوعين يوم {day}</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/grant_dialogs.py" line="70" />
      <source>Every quarter (last day of the month)</source>
      <translation>كل ربع سنة (آخر يوم من الشهر)</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/grant_dialogs.py" line="71" />
      <source>Every six months (last day of the month)</source>
      <translation>كل ستة أشهر (آخر يوم من الشهر)</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/meeting_dialogs.py" line="327" />
      <source>Every week on {day}</source>
      <translation>كل أسبوع يوم {day}</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/grant_dialogs.py" line="72" />
      <location filename="caseworker/ui/dialogs/meeting_dialogs.py" line="336" />
      <source>Every year</source>
      <translation>كل سنة</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/donor_detail.py" line="337" />
      <source>Every {days} days</source>
      <translation>كل {days} يومًا</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/client_care_tab.py" line="42" />
      <source>Every {n} days</source>
      <translation>كل {n} يومًا</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/administration.py" line="469" />
      <location filename="caseworker/ui/sections/donors.py" line="85" />
      <source>Everyone</source>
      <translation>الجميع</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/meeting_dialogs.py" line="576" />
      <source>Everyone &amp;attended</source>
      <translation>&amp;حضر الجميع</translation>
    </message>
    <message>
      <location filename="caseworker/ui/person_data.py" line="74" />
      <source>Everything held about this person, for them (JSON and PDF), or erased on request</source>
      <translation>كل ما هو محفوظ عن هذا الشخص، له (JSON وPDF)، أو المحو عند الطلب</translation>
    </message>
    <message>
      <location filename="caseworker/ui/export.py" line="59" />
      <location filename="caseworker/ui/export.py" line="73" />
      <location filename="caseworker/ui/export.py" line="88" />
      <source>Export PDF</source>
      <translation>تصدير PDF</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/insight.py" line="80" />
      <location filename="caseworker/ui/views/grant_outputs.py" line="37" />
      <source>Export PDF…</source>
      <translation>تصدير PDF…</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/donor_detail.py" line="291" />
      <source>Export a giving statement as PDF</source>
      <translation>تصدير كشف تبرعات بصيغة PDF</translation>
    </message>
    <message>
      <location filename="caseworker/ui/export.py" line="181" />
      <source>Export as</source>
      <translation>تصدير بصيغة</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/donors.py" line="139" />
      <location filename="caseworker/ui/views/donor_timeline.py" line="69" />
      <source>Export contacts…</source>
      <translation>تصدير سجل التواصل…</translation>
    </message>
    <message>
      <location filename="caseworker/ui/person_data.py" line="88" />
      <source>Export everything held…</source>
      <translation>تصدير كل المحفوظ…</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/donors.py" line="134" />
      <source>Export gifts…</source>
      <translation>تصدير التبرعات…</translation>
    </message>
    <message>
      <location filename="caseworker/ui/list_export.py" line="24" />
      <location filename="caseworker/ui/list_export.py" line="42" />
      <location filename="caseworker/ui/list_export.py" line="57" />
      <source>Export list</source>
      <translation>تصدير القائمة</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/calendar.py" line="589" />
      <source>Export meetings to a calendar file</source>
      <translation>تصدير الاجتماعات إلى ملف تقويم</translation>
    </message>
    <message>
      <location filename="caseworker/ui/export.py" line="218" />
      <source>Export progress</source>
      <translation>تقدم التصدير</translation>
    </message>
    <message>
      <location filename="caseworker/ui/export.py" line="155" />
      <source>Export receipts for a year</source>
      <translation>تصدير الإيصالات لسنة</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/donors.py" line="122" />
      <source>Export receipts for a year…</source>
      <translation>تصدير الإيصالات لسنة…</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/donors.py" line="120" />
      <source>Export receipts or statements for a year</source>
      <translation>تصدير الإيصالات أو الكشوف لسنة</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/donors.py" line="119" />
      <source>Export receipts or statements for a year as one PDF or a ZIP</source>
      <translation>تصدير الإيصالات أو الكشوف لسنة كملف PDF واحد أو ZIP</translation>
    </message>
    <message>
      <location filename="caseworker/ui/export.py" line="155" />
      <source>Export statements for a year</source>
      <translation>تصدير الكشوف لسنة</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/donors.py" line="123" />
      <source>Export statements for a year…</source>
      <translation>تصدير الكشوف لسنة…</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/service_quality.py" line="339" />
      <location filename="caseworker/ui/views/service_quality.py" line="361" />
      <source>Export table</source>
      <translation>تصدير الجدول</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/grant_outputs.py" line="40" />
      <location filename="caseworker/ui/views/service_quality.py" line="165" />
      <source>Export table…</source>
      <translation>تصدير الجدول…</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/meeting_detail.py" line="105" />
      <source>Export the agenda or minutes as PDF</source>
      <translation>تصدير جدول الأعمال أو المحضر بصيغة PDF</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/client_detail.py" line="185" />
      <source>Export the aid statement as PDF</source>
      <translation>تصدير كشف المساعدات بصيغة PDF</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/case_detail.py" line="282" />
      <source>Export the case summary as PDF</source>
      <translation>تصدير ملخص الحالة بصيغة PDF</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/donors.py" line="142" />
      <source>Export the contacts of the donors found to a spreadsheet</source>
      <translation>تصدير سجل التواصل مع المتبرعين الذين عُثر عليهم إلى جدول بيانات</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/donors.py" line="140" />
      <source>Export the contacts planned and made with the donors found, to Excel or CSV</source>
      <translation>تصدير التواصل المخطط والمنجز مع المتبرعين الذين عُثر عليهم، إلى Excel أو CSV</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/donors.py" line="135" />
      <source>Export the gifts of the donors found to a spreadsheet</source>
      <translation>تصدير تبرعات المتبرعين الذين عُثر عليهم إلى جدول بيانات</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/grant_detail.py" line="137" />
      <source>Export the grant as PDF</source>
      <translation>تصدير المنحة بصيغة PDF</translation>
    </message>
    <message>
      <location filename="caseworker/ui/export.py" line="156" />
      <source>Export the meetings of a month</source>
      <translation>تصدير اجتماعات شهر</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/calendar.py" line="417" />
      <source>Export the meetings of a month as PDF</source>
      <translation>تصدير اجتماعات شهر بصيغة PDF</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/calendar.py" line="413" />
      <source>Export the meetings shown to an .ics file</source>
      <translation>تصدير الاجتماعات المعروضة إلى ملف ‎.ics</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/grant_outputs.py" line="41" />
      <source>Export the outputs as a spreadsheet</source>
      <translation>تصدير المخرجات كجدول بيانات</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/donor_detail.py" line="288" />
      <source>Export the selected receipt as PDF</source>
      <translation>تصدير الإيصال المحدد بصيغة PDF</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/service_quality.py" line="166" />
      <source>Export the table as a spreadsheet</source>
      <translation>تصدير الجدول كجدول بيانات</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/service_quality.py" line="401" />
      <source>Export these cases as a spreadsheet</source>
      <translation>تصدير هذه الحالات كجدول بيانات</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/donor_timeline.py" line="70" />
      <source>Export this donor's contacts to Excel or CSV</source>
      <translation>تصدير سجل التواصل مع هذا المتبرع إلى Excel أو CSV</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/donor_timeline.py" line="71" />
      <source>Export this donor's contacts to a spreadsheet</source>
      <translation>تصدير سجل التواصل مع هذا المتبرع إلى جدول بيانات</translation>
    </message>
    <message>
      <location filename="caseworker/ui/list_export.py" line="67" />
      <source>Export this list to a spreadsheet</source>
      <translation>تصدير هذه القائمة إلى جدول بيانات</translation>
    </message>
    <message>
      <location filename="caseworker/ui/list_export.py" line="66" />
      <source>Export this list, as filtered, to Excel or CSV</source>
      <translation>تصدير هذه القائمة، بعد التصفية، إلى Excel أو CSV</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/meeting_detail.py" line="380" />
      <source>Export to calendar file</source>
      <translation>تصدير إلى ملف تقويم</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/aid_grants.py" line="49" />
      <source>Export {table} as a spreadsheet</source>
      <translation>تصدير {table} كجدول بيانات</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/calendar.py" line="602" />
      <source>Exported to {path}</source>
      <translation>صُدّر إلى {path}</translation>
    </message>
    <message>
      <location filename="caseworker/ui/list_export.py" line="41" />
      <source>Exporting…</source>
      <translation>جارٍ التصدير…</translation>
    </message>
    <message>
      <location filename="caseworker/ui/export.py" line="186" />
      <location filename="caseworker/ui/list_export.py" line="65" />
      <location filename="caseworker/ui/sections/calendar.py" line="412" />
      <source>Export…</source>
      <translation>تصدير…</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/gift_dialog.py" line="204" />
      <source>F&amp;und:</source>
      <translation>&amp;الصندوق:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/backups_page.py" line="127" />
      <source>Failed: {problem}</source>
      <translation>فشل: {problem}</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/client_dialog.py" line="71" />
      <location filename="caseworker/ui/dialogs/donor_dialog.py" line="84" />
      <source>Family &amp;name:</source>
      <translation>&amp;اسم العائلة:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/widgets/client_care_card.py" line="49" />
      <source>Feedback
given</source>
      <translation>الملاحظات
المقدمة</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/merge_dialog.py" line="111" />
      <source>Field</source>
      <translation>الحقل</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/import_wizard.py" line="314" />
      <source>Field filled by the column {name}</source>
      <translation>الحقل الذي يملؤه العمود {name}</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/grant_outputs.py" line="53" />
      <location filename="caseworker/ui/views/supporters.py" line="32" />
      <source>Figure</source>
      <translation>الرقم</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/service_quality.py" line="158" />
      <source>Figure shown in the chart</source>
      <translation>الرقم المعروض في الرسم البياني</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/service_quality.py" line="175" />
      <source>Figure:</source>
      <translation>الرقم:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/service_quality.py" line="332" />
      <source>Figures by {dimension}</source>
      <translation>الأرقام حسب {dimension}</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/import_wizard.py" line="157" />
      <location filename="caseworker/ui/dialogs/import_wizard.py" line="505" />
      <source>File</source>
      <translation>ملف</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/import_wizard.py" line="150" />
      <source>File to import</source>
      <translation>الملف المراد استيراده</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/batch_gifts.py" line="226" />
      <source>Filled into each new row, e.g. XMAS26</source>
      <translation>يُملأ في كل صف جديد، مثل XMAS26</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/import_wizard.py" line="191" />
      <source>Fills</source>
      <translation>يملأ</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/administration.py" line="728" />
      <source>Filter by action, record type or reason</source>
      <translation>التصفية حسب الإجراء أو نوع السجل أو السبب</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/aid.py" line="182" />
      <source>Filter by client, payee or purpose</source>
      <translation>التصفية حسب المستفيد أو المستلم أو الغرض</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/administration.py" line="457" />
      <source>Filter by name, user name or email</source>
      <translation>التصفية حسب الاسم أو اسم المستخدم أو البريد الإلكتروني</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/cases.py" line="65" />
      <source>Filter by reference, subject or client name</source>
      <translation>التصفية حسب المرجع أو الموضوع أو اسم المستفيد</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/grants.py" line="70" />
      <source>Filter by title or funder</source>
      <translation>التصفية حسب العنوان أو الجهة المانحة</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/planner.py" line="179" />
      <source>Filter donors by name</source>
      <translation>تصفية المتبرعين حسب الاسم</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/grants.py" line="72" />
      <source>Filter grant applications</source>
      <translation>تصفية طلبات المنح</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/administration.py" line="730" />
      <source>Filter the audit log</source>
      <translation>تصفية سجل التدقيق</translation>
    </message>
    <message>
      <location filename="caseworker/ui/widgets/record_list.py" line="49" />
      <source>Filter {name}</source>
      <translation>تصفية {name}</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/donors.py" line="67" />
      <source>Find by name (any word, from its start) or e-mail</source>
      <translation>البحث بالاسم (أي كلمة، من بدايتها) أو البريد الإلكتروني</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/clients.py" line="59" />
      <source>Find by name or phone (any part of a name, from its start)</source>
      <translation>البحث بالاسم أو الهاتف (أي جزء من الاسم، من بدايته)</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/cases.py" line="73" />
      <source>Finished cases</source>
      <translation>الحالات المنتهية</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/case_dialogs.py" line="159" />
      <source>First &amp;note:</source>
      <translation>&amp;الملاحظة الأولى:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/gift_dialog.py" line="277" />
      <source>First gift</source>
      <translation>أول تبرع</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/case_detail.py" line="412" />
      <source>First line</source>
      <translation>الخط الأول</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/grant_dialogs.py" line="246" />
      <source>First report &amp;due:</source>
      <translation>&amp;موعد التقرير الأول:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/widgets/client_care_card.py" line="49" />
      <source>First response
(days)</source>
      <translation>أول استجابة
(بالأيام)</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/import_wizard.py" line="191" />
      <source>First values</source>
      <translation>القيم الأولى</translation>
    </message>
    <message>
      <location filename="caseworker/ui/export.py" line="175" />
      <source>Fiscal year</source>
      <translation>السنة المالية</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/aid.py" line="173" />
      <location filename="caseworker/ui/sections/cases.py" line="55" />
      <location filename="caseworker/ui/sections/clients.py" line="53" />
      <source>Flags</source>
      <translation>العلامات</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/client_dialog.py" line="89" />
      <source>Flags every worker sees first</source>
      <translation>علامات يراها كل أخصائي أولًا</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/meeting_dialogs.py" line="662" />
      <source>For</source>
      <translation>مؤيد</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/organigram_page.py" line="287" />
      <source>For a category of its own:</source>
      <translation>لفئة خاصة بها:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/meeting_detail.py" line="242" />
      <source>For {f}, against {a}, abstentions {x}</source>
      <translation>مؤيد {f}، معارض {a}، ممتنع {x}</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/mail_server.py" line="53" />
      <location filename="caseworker/ui/views/mail_server.py" line="54" />
      <source>Forget the stored password</source>
      <translation>نسيان كلمة المرور المحفوظة</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/policy_dialog.py" line="176" />
      <location filename="caseworker/ui/sections/administration.py" line="735" />
      <location filename="caseworker/ui/sections/administration.py" line="741" />
      <source>From</source>
      <translation>من</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/correspondence.py" line="522" />
      <source>From a&amp;mount:</source>
      <translation>&amp;من مبلغ:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/client_detail.py" line="241" />
      <source>Full name</source>
      <translation>الاسم الكامل</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/aid.py" line="59" />
      <location filename="caseworker/ui/sections/aid.py" line="174" />
      <location filename="caseworker/ui/sections/aid.py" line="232" />
      <source>Fund</source>
      <translation>الصندوق</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/correspondence.py" line="192" />
      <source>Fund / appeal</source>
      <translation>الصندوق / الحملة</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/grants.py" line="80" />
      <location filename="caseworker/ui/views/aid_grants.py" line="78" />
      <location filename="caseworker/ui/views/aid_grants.py" line="81" />
      <source>Funder</source>
      <translation>الجهة المانحة</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/grant_dialogs.py" line="553" />
      <source>Funder asks for:</source>
      <translation>تطلب الجهة المانحة:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/grants.py" line="116" />
      <location filename="caseworker/ui/sections/grants.py" line="130" />
      <location filename="caseworker/ui/sections/insight.py" line="135" />
      <source>Funders</source>
      <translation>الجهات المانحة</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/aid.py" line="148" />
      <location filename="caseworker/ui/sections/aid.py" line="160" />
      <source>Funds</source>
      <translation>الصناديق</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/client_detail.py" line="243" />
      <source>Gender</source>
      <translation>الجنس</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/client_dialog.py" line="78" />
      <source>Gender, in their &amp;words:</source>
      <translation>&amp;الجنس بكلماتهم:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/grant_outputs.py" line="116" />
      <source>Gender: {name}</source>
      <translation>الجنس: {name}</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/donor_detail.py" line="491" />
      <source>Gift</source>
      <translation>التبرع</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/gift_dialog.py" line="84" />
      <source>Gift &amp;in kind:</source>
      <translation>&amp;تبرع عيني:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/parts.py" line="110" />
      <source>Gift Aid</source>
      <translation>Gift Aid</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/gift_aid_dialog.py" line="32" />
      <source>Gift Aid declaration from {name}</source>
      <translation>إقرار Gift Aid من {name}</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/gift_aid_tab.py" line="57" />
      <source>Gift Aid declarations</source>
      <translation>إقرارات Gift Aid</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/donor_dialog.py" line="124" />
      <source>Gift Aid declarations are recorded on the donor's Gift Aid tab.</source>
      <translation>تُسجَّل إقرارات Gift Aid في تبويب Gift Aid الخاص بالمتبرع.</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/donor_detail.py" line="187" />
      <source>Gift Aid declared</source>
      <translation>أُقر Gift Aid</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/donor_dialog.py" line="121" />
      <source>Gift Aid declared &amp;on:</source>
      <translation>&amp;تاريخ إقرار Gift Aid:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/correspondence.py" line="189" />
      <source>Gift date</source>
      <translation>تاريخ التبرع</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/gift_dialog.py" line="277" />
      <location filename="caseworker/ui/views/donor_detail.py" line="249" />
      <location filename="caseworker/ui/views/donor_detail.py" line="158" />
      <source>Gifts</source>
      <translation>التبرعات</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/batch_gifts.py" line="222" />
      <source>Gifts &amp;received on:</source>
      <translation>&amp;تاريخ استلام التبرعات:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/donors.py" line="108" />
      <source>Gifts and amounts per appeal code</source>
      <translation>التبرعات ومبالغها حسب رمز الحملة</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/supporters.py" line="33" />
      <source>Gifts by appeal</source>
      <translation>التبرعات حسب الحملة</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/supporters.py" line="35" />
      <source>Gifts by channel</source>
      <translation>التبرعات حسب القناة</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/batch_gifts.py" line="161" />
      <source>Gifts in this batch</source>
      <translation>التبرعات في هذه الدفعة</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/supporters.py" line="77" />
      <source>Gifts not thanked yet</source>
      <translation>تبرعات لم يُشكر عليها بعد</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/supporters.py" line="77" />
      <source>Gifts thanked</source>
      <translation>تبرعات شُكر عليها</translation>
    </message>
    <message>
      <location filename="caseworker/ui/my_work/thank_yous.py" line="24" />
      <source>Gifts to thank</source>
      <translation>تبرعات للشكر عليها</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/correspondence.py" line="197" />
      <source>Gifts waiting for a thank-you</source>
      <translation>تبرعات بانتظار رسالة شكر</translation>
    </message>
    <message>
      <location filename="caseworker/ui/my_work/thank_yous.py" line="30" />
      <source>Gifts waiting for a thank-you: Enter opens the queue</source>
      <translation>تبرعات بانتظار رسالة شكر: Enter يفتح القائمة</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/administration.py" line="489" />
      <source>Give clients and donors a file and a key of their own</source>
      <translation>خصّص للعملاء والمتبرعين ملفاً ومفتاحاً خاصين بهم</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/administration.py" line="497" />
      <source>Give each person a database role of their own, so the server itself refuses what their roles may not read</source>
      <translation>امنح كل شخص دورًا خاصًا به في قاعدة البيانات، ليرفض الخادم نفسه ما لا يجوز لأدواره قراءته</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/donor_dialog.py" line="116" />
      <source>Given</source>
      <translation>ممنوحة</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/supporters.py" line="75" />
      <source>Given by retained donors</source>
      <translation>ما قدّمه المتبرعون المستمرون</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/gift_dialog.py" line="86" />
      <source>Given in &amp;return:</source>
      <translation>&amp;المقدَّم في المقابل:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/donors.py" line="62" />
      <location filename="caseworker/ui/sections/planner.py" line="432" />
      <location filename="caseworker/ui/sections/planner.py" line="440" />
      <source>Given in all</source>
      <translation>الإجمالي المقدَّم</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/supporters.py" line="74" />
      <source>Given in the period</source>
      <translation>المقدَّم في الفترة</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/supporters.py" line="74" />
      <source>Given in the period before</source>
      <translation>المقدَّم في الفترة السابقة</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/aid.py" line="85" />
      <source>Given so far (voids excluded): {totals}</source>
      <translation>المقدَّم حتى الآن (باستثناء الملغى): {totals}</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/donor_detail.py" line="339" />
      <source>Given — {source}, {day}</source>
      <translation>مقدَّم — {source}، {day}</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/donor_detail.py" line="255" />
      <source>Giving by year</source>
      <translation>التبرعات حسب السنة</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/donor_detail.py" line="530" />
      <source>Giving statement</source>
      <translation>كشف التبرعات</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/donor_detail.py" line="289" />
      <source>Giving statement…</source>
      <translation>كشف التبرعات…</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/donor_detail.py" line="131" />
      <source>Giving summary</source>
      <translation>ملخص التبرعات</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/calendar.py" line="389" />
      <source>Go to today</source>
      <translation>الانتقال إلى اليوم</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/calendar.py" line="390" />
      <source>Go to today (T)</source>
      <translation>الانتقال إلى اليوم (T)</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/my_work.py" line="63" />
      <source>Good afternoon, {name}</source>
      <translation>نهارك سعيد، {name}</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/my_work.py" line="64" />
      <source>Good evening, {name}</source>
      <translation>مساء الخير، {name}</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/my_work.py" line="61" />
      <source>Good morning, {name}</source>
      <translation>صباح الخير، {name}</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/aid_grants.py" line="81" />
      <location filename="caseworker/ui/views/grant_outputs.py" line="35" />
      <source>Grant</source>
      <translation>المنحة</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/grant_detail.py" line="111" />
      <source>Grant application</source>
      <translation>طلب منحة</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/insight.py" line="108" />
      <source>Grant applications submitted in the period</source>
      <translation>طلبات المنح المقدمة في الفترة</translation>
    </message>
    <message>
      <location filename="caseworker/ui/my_work/deadlines.py" line="25" />
      <location filename="caseworker/ui/my_work/deadlines.py" line="42" />
      <source>Grant deadlines</source>
      <translation>مواعيد المنح النهائية</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/grant_outputs.py" line="136" />
      <source>Grant outputs</source>
      <translation>مخرجات المنحة</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/grant_detail.py" line="151" />
      <source>Grant period</source>
      <translation>فترة المنحة</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/grant_dialogs.py" line="244" />
      <source>Grant period &amp;from:</source>
      <translation>&amp;فترة المنحة من:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/grant_dialogs.py" line="245" />
      <source>Grant period &amp;to:</source>
      <translation>&amp;فترة المنحة إلى:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/grants.py" line="78" />
      <source>Grant pipeline</source>
      <translation>مسار المنح</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/aid_grants.py" line="74" />
      <source>Grant pipeline (all applications now)</source>
      <translation>مسار المنح (جميع الطلبات حاليًا)</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/grant_detail.py" line="140" />
      <source>Grant report for its reporting period</source>
      <translation>تقرير المنحة عن فترة التقرير الخاصة بها</translation>
    </message>
    <message>
      <source>Grant report for the grant period</source>
      <translation type="obsolete">تقرير المنحة عن فترة المنحة</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/aid_grants.py" line="86" />
      <source>Grant reports due in the period</source>
      <translation>تقارير المنح المستحقة في الفترة</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/grant_outputs.py" line="46" />
      <source>Grant:</source>
      <translation>المنحة:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/grants.py" line="57" />
      <location filename="caseworker/ui/views/grant_detail.py" line="436" />
      <source>Grants</source>
      <translation>المنح</translation>
    </message>
    <message>
      <location filename="caseworker/ui/widgets/client_care_card.py" line="49" />
      <source>Group</source>
      <translation>المجموعة</translation>
    </message>
    <message>
      <location filename="caseworker/ui/widgets/client_care_card.py" line="43" />
      <source>Group the client-care figures by</source>
      <translation>تجميع أرقام رعاية المستفيدين حسب</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/case_dialogs.py" line="210" />
      <source>Hand off</source>
      <translation>تسليم</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/case_dialogs.py" line="210" />
      <source>Hand off {ref}</source>
      <translation>تسليم {ref}</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/organigram_page.py" line="389" />
      <source>Hand on</source>
      <translation>نقل العمل</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/organigram_page.py" line="375" />
      <source>Hand on the work of {name}</source>
      <translation>نقل عمل {name}</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/case_detail.py" line="417" />
      <source>Handed to {name}, waiting for them to accept.</source>
      <translation>سُلّمت إلى {name}، بانتظار قبوله.</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/organigram_page.py" line="123" />
      <source>Handles &amp;categories:</source>
      <translation>&amp;يتولى الفئات:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/case_dialogs.py" line="216" />
      <source>Handoff &amp;note:</source>
      <translation>&amp;ملاحظة التسليم:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/donor_dialog.py" line="102" />
      <source>House&amp;hold:</source>
      <translation>&amp;الأسرة:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/donors.py" line="64" />
      <location filename="caseworker/ui/views/donor_detail.py" line="188" />
      <source>Household</source>
      <translation>الأسرة</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/donor_detail.py" line="415" />
      <source>Household giving by year: </source>
      <translation>تبرعات الأسرة حسب السنة: </translation>
    </message>
    <message>
      <source>Household of {size}</source>
      <translation type="obsolete">أسرة من {size}</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/client_dialog.py" line="84" />
      <source>Household si&amp;ze:</source>
      <translation>&amp;حجم الأسرة:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/client_detail.py" line="243" />
      <source>Household size</source>
      <translation>حجم الأسرة</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/grant_outputs.py" line="117" />
      <source>Household size: {size}</source>
      <translation>حجم الأسرة: {size}</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/donor_detail.py" line="197" />
      <location filename="caseworker/ui/views/donor_detail.py" line="345" />
      <source>Household…</source>
      <translation>الأسرة…</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/client_detail.py" line="292" />
      <source>How</source>
      <translation>الطريقة</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/donor_dialog.py" line="87" />
      <source>How letters begin, e.g. Dear Dr Okafor</source>
      <translation>كيف تبدأ الرسائل، مثل: عزيزي د. أوكافور</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/gift_aid_tab.py" line="55" />
      <source>How made</source>
      <translation>طريقة الإقرار</translation>
    </message>
    <message>
      <location filename="caseworker/ui/my_work/deadlines.py" line="33" />
      <source>How many days ahead</source>
      <translation>كم يومًا مقدمًا</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/client_dialog.py" line="87" />
      <source>How many people live in the household, the client included</source>
      <translation>عدد الأشخاص الذين يعيشون في الأسرة، بمن فيهم العميل</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/administration.py" line="950" />
      <source>How the database is protected</source>
      <translation>كيف تُحمى قاعدة البيانات</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/import_wizard.py" line="181" />
      <source>How the file writes dates</source>
      <translation>كيف يكتب الملف التواريخ</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/care_dialogs.py" line="289" />
      <source>How were you &amp;treated (1–5)?</source>
      <translation>&amp;كيف عوملت (1–5)؟</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/import_wizard.py" line="245" />
      <source>Import</source>
      <translation>استيراد</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/sign_in.py" line="144" />
      <source>Import existing data after signing in</source>
      <translation>استيراد البيانات الحالية بعد تسجيل الدخول</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/import_wizard.py" line="592" />
      <location filename="caseworker/ui/dialogs/import_wizard.py" line="91" />
      <source>Import from a spreadsheet</source>
      <translation>الاستيراد من جدول بيانات</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/import_wizard.py" line="591" />
      <source>Import from a spreadsheet or another system's export; undo past imports</source>
      <translation>الاستيراد من جدول بيانات أو من ملف مُصدَّر من نظام آخر؛ والتراجع عن عمليات استيراد سابقة</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/import_wizard.py" line="601" />
      <source>Import from a spreadsheet…</source>
      <translation>الاستيراد من جدول بيانات…</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/import_wizard.py" line="106" />
      <source>Import progress</source>
      <translation>تقدم الاستيراد</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/import_wizard.py" line="231" />
      <source>Import result</source>
      <translation>نتيجة الاستيراد</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/import_wizard.py" line="438" />
      <source>Imported as batch {batch}: {created} created, {updated} merged, {skipped} skipped, from {file}.</source>
      <translation>استُورد كدفعة {batch}: أُنشئ {created}، ودُمج {updated}، وتُخطي {skipped}، من {file}.</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/import_wizard.py" line="590" />
      <source>Import…</source>
      <translation>استيراد…</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/organigram_page.py" line="125" />
      <source>In &amp;use:</source>
      <translation>&amp;قيد الاستخدام:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/donor_detail.py" line="481" />
      <source>In kind: {what}</source>
      <translation>عيني: {what}</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/case_detail.py" line="276" />
      <source>In the client's language and by their channel: an e-mail or a letter in the outbox, or a call to make with its script</source>
      <translation>بلغة المستفيد وعبر قناته: بريد إلكتروني أو رسالة ورقية في صندوق الصادر، أو مكالمة يجب إجراؤها مع نصها</translation>
    </message>
    <message>
      <location filename="caseworker/ui/my_work/deadlines.py" line="31" />
      <source>In the next</source>
      <translation>خلال</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/touchpoint_dialog.py" line="177" />
      <source>In the time zone {zone}</source>
      <translation>بالمنطقة الزمنية {zone}</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/care_dialogs.py" line="295" />
      <source>In their &amp;words:</source>
      <translation>&amp;بكلماته:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/correspondence.py" line="526" />
      <source>In use</source>
      <translation>قيد الاستخدام</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/insight.py" line="67" />
      <location filename="caseworker/ui/sections/insight.py" line="84" />
      <source>Insight</source>
      <translation>رؤى</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/insight.py" line="124" />
      <source>Insight figures</source>
      <translation>أرقام الرؤى</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/insight.py" line="130" />
      <source>Insight views</source>
      <translation>عروض الرؤى</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/clients.py" line="73" />
      <location filename="caseworker/ui/widgets/flag_strip.py" line="36" />
      <source>Interpreter</source>
      <translation>مترجم</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/client_dialog.py" line="93" />
      <source>Interpreter la&amp;nguage:</source>
      <translation>&amp;لغة المترجم:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/client_detail.py" line="136" />
      <location filename="caseworker/ui/widgets/flag_strip.py" line="37" />
      <source>Interpreter needed: {language}</source>
      <translation>يحتاج إلى مترجم: {language}</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/meeting_dialogs.py" line="231" />
      <source>Invite colleague</source>
      <translation>دعوة زميل</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/case_dialogs.py" line="306" />
      <source>Involve</source>
      <translation>إشراك</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/case_dialogs.py" line="306" />
      <source>Involve a specialist in {ref}</source>
      <translation>إشراك أخصائي متخصص في {ref}</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/case_detail.py" line="272" />
      <source>Involve a specialist…</source>
      <translation>إشراك أخصائي متخصص…</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/donor_detail.py" line="278" />
      <location filename="caseworker/ui/views/donor_detail.py" line="412" />
      <source>Issued</source>
      <translation>صادر</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/gift_dialog.py" line="88" />
      <source>Its &amp;value:</source>
      <translation>&amp;قيمته:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/organigram_page.py" line="190" />
      <source>Job &amp;title:</source>
      <translation>&amp;المسمى الوظيفي:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/administration.py" line="490" />
      <source>Keep clients and donors each in a file with a key of its own, so a fundraiser's password opens nothing about clients, nor a caseworker's anything about donors</source>
      <translation>احفظ العملاء والمتبرعين كلاً في ملف بمفتاح خاص به، فلا تفتح كلمة مرور جامع التبرعات شيئاً عن العملاء، ولا كلمة مرور الأخصائي الاجتماعي شيئاً عن المتبرعين</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/donor_detail.py" line="186" />
      <source>Keep in touch</source>
      <translation>البقاء على تواصل</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/donor_dialog.py" line="112" />
      <source>Keep in touch every (&amp;days):</source>
      <translation>&amp;البقاء على تواصل كل (أيام):</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/gift_aid_dialog.py" line="102" />
      <source>Keep it</source>
      <translation>الإبقاء عليه</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/policy_dialog.py" line="149" />
      <source>Keep quiet days</source>
      <translation>مراعاة أيام الهدوء</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/merge_dialog.py" line="112" />
      <source>Kept record</source>
      <translation>السجل المحتفظ به</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/grant_detail.py" line="164" />
      <location filename="caseworker/ui/views/grant_detail.py" line="161" />
      <source>Key dates</source>
      <translation>التواريخ الرئيسية</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/donors.py" line="103" />
      <source>Key in a day's gifts</source>
      <translation>إدخال تبرعات يوم</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/clients.py" line="56" />
      <location filename="caseworker/ui/views/client_detail.py" line="244" />
      <source>Key worker</source>
      <translation>الأخصائي المسؤول</translation>
    </message>
    <message>
      <location filename="caseworker/ui/main_window.py" line="327" />
      <source>Keyboard shortcuts</source>
      <translation>اختصارات لوحة المفاتيح</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/aid.py" line="59" />
      <location filename="caseworker/ui/sections/aid.py" line="175" />
      <location filename="caseworker/ui/sections/correspondence.py" line="500" />
      <source>Kind</source>
      <translation>النوع</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/supporters.py" line="71" />
      <source>LYBUNT value (their giving the period before)</source>
      <translation>قيمة LYBUNT (تبرعاتهم في الفترة السابقة)</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/supporters.py" line="70" />
      <source>LYBUNT: gave in the period before, not this one</source>
      <translation>LYBUNT: تبرّع في الفترة السابقة، وليس في هذه الفترة</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/planner.py" line="392" />
      <source>LYBUNT: gave last year, not this year</source>
      <translation>LYBUNT: تبرّع العام الماضي، وليس هذا العام</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/correspondence.py" line="326" />
      <source>Label sheet</source>
      <translation>ورقة الملصقات</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/correspondence.py" line="388" />
      <source>Labels written to {path} ({pages} sheets).</source>
      <translation>كُتبت الملصقات إلى {path} ‏({pages} ورقة).</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/administration.py" line="923" />
      <source>Lan&amp;guage:</source>
      <translation>&amp;اللغة:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/client_detail.py" line="242" />
      <source>Language</source>
      <translation>اللغة</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/administration.py" line="912" />
      <source>Language of the window</source>
      <translation>لغة النافذة</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/grant_outputs.py" line="114" />
      <source>Language: {name}</source>
      <translation>اللغة: {name}</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/grant_outputs.py" line="60" />
      <source>Languages</source>
      <translation>اللغات</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/aid_grants.py" line="71" />
      <source>Largest to one client</source>
      <translation>أكبر مبلغ لمستفيد واحد</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/insight.py" line="76" />
      <source>Last 12 months</source>
      <translation>آخر 12 شهرًا</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/insight.py" line="77" />
      <source>Last calendar year</source>
      <translation>السنة الميلادية الماضية</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/planner.py" line="434" />
      <source>Last contact</source>
      <translation>آخر تواصل</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/meeting_dialogs.py" line="164" />
      <source>Last date</source>
      <translation>آخر تاريخ</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/gift_dialog.py" line="278" />
      <location filename="caseworker/ui/sections/donors.py" line="60" />
      <location filename="caseworker/ui/sections/planner.py" line="433" />
      <source>Last gift</source>
      <translation>آخر تبرع</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/administration.py" line="454" />
      <source>Last sign-in</source>
      <translation>آخر تسجيل دخول</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/administration.py" line="587" />
      <source>Last signed in: {when}</source>
      <translation>آخر تسجيل دخول: {when}</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/planner.py" line="391" />
      <source>Late against their own giving rhythm</source>
      <translation>متأخر عن وتيرة تبرعه المعتادة</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/meeting_dialogs.py" line="679" />
      <source>Leave the counts empty for a decision agreed without a vote.</source>
      <translation>اترك الأعداد فارغة للقرار المتفق عليه دون تصويت.</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/case_dialogs.py" line="150" />
      <source>Leave unassigned</source>
      <translation>ترك دون تعيين</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/correspondence.py" line="739" />
      <location filename="caseworker/ui/sections/correspondence.py" line="750" />
      <source>Letters and e-mail</source>
      <translation>المراسلات</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/mail_server.py" line="83" />
      <source>Letters and e-mail go out through the organisation's own mail server. The password is kept encrypted in the database.</source>
      <translation>تُرسل الرسائل والبريد الإلكتروني عبر خادم البريد الخاص بالمنظمة. تُحفظ كلمة المرور مشفرة في قاعدة البيانات.</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/planner.py" line="548" />
      <source>Limits, quiet hours, blackouts and exempt purposes for every supporter</source>
      <translation>الحدود وساعات الهدوء وفترات الحظر والأغراض المستثناة لكل داعم</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/import_wizard.py" line="210" />
      <location filename="caseworker/ui/dialogs/import_wizard.py" line="218" />
      <location filename="caseworker/ui/views/grant_detail.py" line="219" />
      <source>Line</source>
      <translation>السطر</translation>
    </message>
    <message>
      <location filename="caseworker/ui/backups_page.py" line="85" />
      <source>List and check the backups again</source>
      <translation>عرض النسخ الاحتياطية والتحقق منها مرة أخرى</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/service_quality.py" line="121" />
      <source>List the cases behind this figure</source>
      <translation>عرض الحالات وراء هذا الرقم</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/service_quality.py" line="122" />
      <source>List the cases: {figure}</source>
      <translation>عرض الحالات: {figure}</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/cases.py" line="143" />
      <location filename="caseworker/ui/sections/planner.py" line="506" />
      <source>Loading…</source>
      <translation>جارٍ التحميل…</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/care_dialogs.py" line="241" />
      <location filename="caseworker/ui/dialogs/touchpoint_dialog.py" line="187" />
      <source>Log</source>
      <translation>تسجيل</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/case_detail.py" line="310" />
      <source>Log a call</source>
      <translation>تسجيل مكالمة</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/care_dialogs.py" line="241" />
      <location filename="caseworker/ui/dialogs/touchpoint_dialog.py" line="160" />
      <source>Log a contact with {name}</source>
      <translation>تسجيل تواصل مع {name}</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/donor_timeline.py" line="59" />
      <source>Log a contact…</source>
      <translation>تسجيل تواصل…</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/case_detail.py" line="311" />
      <source>Log a visit</source>
      <translation>تسجيل زيارة</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/administration.py" line="279" />
      <source>Logo preview</source>
      <translation>معاينة الشعار</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/administration.py" line="134" />
      <source>Logo:</source>
      <translation>الشعار:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/sign_in.py" line="154" />
      <source>Look around a &amp;demo first</source>
      <translation>&amp;استكشاف نسخة تجريبية أولًا</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/sign_in.py" line="158" />
      <source>Look around a demo first</source>
      <translation>استكشاف نسخة تجريبية أولًا</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/correspondence.py" line="303" />
      <source>Made</source>
      <translation>تاريخ الإنشاء</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/gift_aid_tab.py" line="55" />
      <source>Made on</source>
      <translation>تاريخ الإقرار</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/mail_server.py" line="37" />
      <source>Mail &amp;server:</source>
      <translation>&amp;خادم البريد:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/correspondence.py" line="414" />
      <source>Mail merge:</source>
      <translation>دمج البريد:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/administration.py" line="1069" />
      <source>Mail server</source>
      <translation>خادم البريد</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/mail_server.py" line="126" />
      <source>Mail server settings saved.</source>
      <translation>حُفظت إعدادات خادم البريد.</translation>
    </message>
    <message>
      <location filename="caseworker/ui/demo_start.py" line="38" />
      <source>Making the demo database</source>
      <translation>إنشاء قاعدة البيانات التجريبية</translation>
    </message>
    <message>
      <location filename="caseworker/ui/demo_start.py" line="36" />
      <source>Making the demo database…</source>
      <translation>جارٍ إنشاء قاعدة البيانات التجريبية…</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/cases.py" line="124" />
      <source>Manage</source>
      <translation>إدارة</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/cases.py" line="125" />
      <source>Manage categories and assignments</source>
      <translation>إدارة الفئات والتعيينات</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/planner.py" line="436" />
      <source>Manager</source>
      <translation>مدير</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/aid_dialogs.py" line="251" />
      <source>Manager approval &amp;above:</source>
      <translation>&amp;يلزم اعتماد المدير فوق:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/touchpoint_dialog.py" line="193" />
      <source>Managers may let a blocked contact go ahead, with a reason.</source>
      <translation>يمكن للمديرين السماح بتواصل محظور، مع ذكر السبب.</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/aid.py" line="243" />
      <source>Mark &amp;paid</source>
      <translation>&amp;تعليم كمدفوع</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/donor_timeline.py" line="61" />
      <source>Mark done</source>
      <translation>تعليم كمنجز</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/grant_detail.py" line="173" />
      <source>Mark report su&amp;bmitted…</source>
      <translation>تعليم التقرير كمقدَّ&amp;م…</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/grant_dialogs.py" line="633" />
      <source>Mark submitted</source>
      <translation>تعليم كمقدَّم</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/donor_detail.py" line="261" />
      <source>Mark thanked</source>
      <translation>تعليم كمشكور</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/grant_detail.py" line="175" />
      <source>Mark the chosen report submitted</source>
      <translation>تعليم التقرير المختار كمقدَّم</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/donor_dialog.py" line="116" />
      <source>Marketing &amp;consent:</source>
      <translation>&amp;الموافقة على التسويق:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/donor_detail.py" line="187" />
      <source>Marketing consent</source>
      <translation>الموافقة على التسويق</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/import_wizard.py" line="218" />
      <source>May be</source>
      <translation>قد يكون</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/merge_dialog.py" line="176" />
      <source>May be the same as</source>
      <translation>قد يكون هو نفسه</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/care_dialogs.py" line="135" />
      <source>Me</source>
      <translation>أنا</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/supporters.py" line="76" />
      <source>Mean gift</source>
      <translation>متوسط التبرع</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/aid_grants.py" line="71" />
      <source>Mean per client</source>
      <translation>المتوسط لكل مستفيد</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/insight.py" line="103" />
      <source>Median days to resolve</source>
      <translation>الوسيط لأيام الحل</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/supporters.py" line="78" />
      <source>Median days to thank</source>
      <translation>الوسيط لأيام الشكر</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/supporters.py" line="76" />
      <source>Median gift</source>
      <translation>وسيط التبرع</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/meeting_detail.py" line="80" />
      <source>Meeting</source>
      <translation>الاجتماع</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/meeting_dialogs.py" line="872" />
      <location filename="caseworker/ui/parts.py" line="105" />
      <source>Meetings</source>
      <translation>الاجتماعات</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/calendar.py" line="415" />
      <source>Meetings of a month…</source>
      <translation>اجتماعات شهر…</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/meeting_detail.py" line="405" />
      <source>Meetings with this client</source>
      <translation>الاجتماعات مع هذا المستفيد</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/organigram_page.py" line="122" />
      <source>Members</source>
      <translation>الأعضاء</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/merge_dialog.py" line="89" />
      <source>Merge</source>
      <translation>دمج</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/merge_dialog.py" line="72" />
      <source>Merge duplicates</source>
      <translation>دمج السجلات المكررة</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/correspondence.py" line="577" />
      <source>Merge fields (Enter inserts):</source>
      <translation>حقول الدمج (Enter يُدرج):</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/correspondence.py" line="537" />
      <source>Merge fields: Enter inserts one</source>
      <translation>حقول الدمج: Enter يُدرج أحدها</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/merge_dialog.py" line="186" />
      <source>Merge the chosen pair</source>
      <translation>دمج الزوج المختار</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/merge_dialog.py" line="90" />
      <source>Merge the two records</source>
      <translation>دمج السجلين</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/merge_dialog.py" line="185" />
      <source>Merge…</source>
      <translation>دمج…</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/aid_grants.py" line="134" />
      <source>Met on time</source>
      <translation>المُنجَز في الموعد</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/batch_gifts.py" line="138" />
      <location filename="caseworker/ui/dialogs/batch_gifts.py" line="160" />
      <location filename="caseworker/ui/views/donor_detail.py" line="249" />
      <source>Method</source>
      <translation>الطريقة</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/meeting_detail.py" line="108" />
      <location filename="caseworker/ui/views/meeting_detail.py" line="131" />
      <location filename="caseworker/ui/views/meeting_detail.py" line="127" />
      <source>Minutes</source>
      <translation>المحضر</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/meeting_dialogs.py" line="553" />
      <source>Minutes: {title}</source>
      <translation>المحضر: {title}</translation>
    </message>
    <message>
      <location filename="caseworker/ui/export.py" line="166" />
      <location filename="caseworker/ui/sections/calendar.py" line="397" />
      <location filename="caseworker/ui/views/aid_grants.py" line="84" />
      <source>Month</source>
      <translation>الشهر</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/case_detail.py" line="267" />
      <source>More</source>
      <translation>المزيد</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/case_detail.py" line="268" />
      <source>More actions</source>
      <translation>إجراءات أخرى</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/policy_dialog.py" line="108" />
      <source>Most contacts in a window</source>
      <translation>أقصى عدد مرات تواصل في النافذة</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/supporters.py" line="81" />
      <source>Most contacts to one donor</source>
      <translation>أكثر التواصلات مع متبرع واحد</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/policy_dialog.py" line="111" />
      <source>Most requests for a gift in a window</source>
      <translation>أقصى عدد طلبات تبرع في النافذة</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/grant_dialogs.py" line="388" />
      <location filename="caseworker/ui/dialogs/touchpoint_dialog.py" line="187" />
      <source>Move</source>
      <translation>نقل</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/planner.py" line="215" />
      <location filename="caseworker/ui/sections/planner.py" line="218" />
      <source>Move blocked donors to their next allowed time</source>
      <translation>نقل المتبرعين المحظورين إلى موعدهم المسموح التالي</translation>
    </message>
    <message>
      <source>Move blocked donors to their next allowed time (otherwise leave them out)</source>
      <translation type="obsolete">نقل المتبرعين المحظورين إلى موعدهم المسموح التالي (وإلا يُستبعدون)</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/touchpoint_dialog.py" line="161" />
      <source>Move the contact with {name}</source>
      <translation>نقل التواصل مع {name}</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/grant_dialogs.py" line="388" />
      <source>Move “{title}”</source>
      <translation>نقل «{title}»</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/donor_timeline.py" line="60" />
      <source>Move…</source>
      <translation>نقل…</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/administration.py" line="688" />
      <source>Moving clients and donors into their own files…</source>
      <translation>جارٍ نقل العملاء والمتبرعين إلى ملفاتهم الخاصة…</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/administration.py" line="936" />
      <source>My &amp;time zone:</source>
      <translation>&amp;منطقتي الزمنية:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/my_work/action_items.py" line="27" />
      <source>My action items</source>
      <translation>بنود العمل الخاصة بي</translation>
    </message>
    <message>
      <location filename="caseworker/ui/my_work/action_items.py" line="33" />
      <source>My action items: tick one when it is done</source>
      <translation>بنود العمل الخاصة بي: علّم البند عند إنجازه</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/clients.py" line="81" />
      <source>My clients</source>
      <translation>مستفيديّ</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/donors.py" line="93" />
      <source>My donors</source>
      <translation>متبرعيّ</translation>
    </message>
    <message>
      <location filename="caseworker/ui/my_work/stewardship.py" line="46" />
      <source>My donors overdue for a contact: Enter opens the donor</source>
      <translation>متبرعيّ المتأخر التواصل معهم: Enter يفتح سجل المتبرع</translation>
    </message>
    <message>
      <location filename="caseworker/ui/my_work/stewardship.py" line="40" />
      <source>My donors to contact</source>
      <translation>متبرعيّ المطلوب التواصل معهم</translation>
    </message>
    <message>
      <location filename="caseworker/ui/my_work/cases.py" line="30" />
      <source>My open cases</source>
      <translation>حالاتي المفتوحة</translation>
    </message>
    <message>
      <location filename="caseworker/ui/my_work/cases.py" line="48" />
      <source>My open cases ({n})</source>
      <translation>حالاتي المفتوحة ({n})</translation>
    </message>
    <message>
      <location filename="caseworker/ui/my_work/cases.py" line="47" />
      <source>My open cases ({n}, {late} overdue)</source>
      <translation>حالاتي المفتوحة ({n}، منها {late} متأخرة)</translation>
    </message>
    <message>
      <location filename="caseworker/ui/my_work/cases.py" line="36" />
      <source>My open cases, soonest due first: Enter opens one</source>
      <translation>حالاتي المفتوحة، الأقرب استحقاقًا أولًا: Enter يفتح إحداها</translation>
    </message>
    <message>
      <location filename="caseworker/ui/my_work/tasks.py" line="33" />
      <source>My tasks</source>
      <translation>مهامي</translation>
    </message>
    <message>
      <location filename="caseworker/ui/my_work/tasks.py" line="63" />
      <source>My tasks ({n})</source>
      <translation>مهامي ({n})</translation>
    </message>
    <message>
      <location filename="caseworker/ui/my_work/tasks.py" line="62" />
      <source>My tasks ({n}, {late} overdue)</source>
      <translation>مهامي ({n}، منها {late} متأخرة)</translation>
    </message>
    <message>
      <location filename="caseworker/ui/my_work/tasks.py" line="39" />
      <source>My tasks, soonest due first: tick one when it is done, Enter opens its record</source>
      <translation>مهامي، الأقرب استحقاقًا أولًا: علّم المهمة عند إنجازها، وEnter يفتح سجلها</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/administration.py" line="934" />
      <location filename="caseworker/ui/sections/administration.py" line="935" />
      <source>My time zone</source>
      <translation>منطقتي الزمنية</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/my_work.py" line="23" />
      <source>My work</source>
      <translation>عملي</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/my_work.py" line="48" />
      <source>My work panels</source>
      <translation>لوحات عملي</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/client_records.py" line="120" />
      <location filename="caseworker/ui/dialogs/client_records.py" line="159" />
      <location filename="caseworker/ui/dialogs/gift_dialog.py" line="96" />
      <source>N&amp;ote:</source>
      <translation>&amp;ملاحظة:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/client_dialog.py" line="123" />
      <location filename="caseworker/ui/dialogs/grant_dialogs.py" line="151" />
      <location filename="caseworker/ui/dialogs/grant_dialogs.py" line="258" />
      <source>N&amp;otes:</source>
      <translation>&amp;ملاحظات:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/client_dialog.py" line="69" />
      <location filename="caseworker/ui/dialogs/import_wizard.py" line="218" />
      <location filename="caseworker/ui/sections/administration.py" line="449" />
      <source>Name</source>
      <translation>الاسم</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/grant_detail.py" line="418" />
      <source>Name a document the funder asks for.</source>
      <translation>سمِّ مستندًا تطلبه الجهة المانحة.</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/client_dialog.py" line="118" />
      <source>Nee&amp;ds:</source>
      <translation>&amp;الاحتياجات:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/client_detail.py" line="244" />
      <source>Needs</source>
      <translation>الاحتياجات</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/planner.py" line="457" />
      <source>Neglected</source>
      <translation>مهمَل</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/planner.py" line="543" />
      <source>Neglected and pestered</source>
      <translation>المهمَلون والمُثقَل عليهم</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/planner.py" line="445" />
      <source>Neglected supporters</source>
      <translation>داعمون مهمَلون</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/meeting_dialogs.py" line="158" />
      <source>Never</source>
      <translation>أبدًا</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/donor_detail.py" line="221" />
      <source>Never by</source>
      <translation>ليس عبر</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/donor_dialog.py" line="128" />
      <source>Never contact again</source>
      <translation>عدم التواصل مرة أخرى أبدًا</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/policy_dialog.py" line="119" />
      <source>Never count:</source>
      <translation>عدم الاحتساب أبدًا:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/donor_detail.py" line="358" />
      <source>Never — the donor asked for no contact</source>
      <translation>أبدًا — طلب المتبرع عدم التواصل</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/donor_detail.py" line="356" />
      <source>Never — the donor has died</source>
      <translation>أبدًا — المتبرع متوفى</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/grant_detail.py" line="498" />
      <source>New &amp;application…</source>
      <translation>&amp;طلب جديد…</translation>
    </message>
    <message>
      <location filename="caseworker/ui/tasks_ui.py" line="21" />
      <location filename="caseworker/ui/views/client_care_tab.py" line="93" />
      <location filename="caseworker/ui/views/record_tasks.py" line="30" />
      <source>New &amp;task…</source>
      <translation>&amp;مهمة جديدة…</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/grants.py" line="73" />
      <source>New application</source>
      <translation>طلب جديد</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/cases.py" line="91" />
      <location filename="caseworker/ui/sections/cases.py" line="93" />
      <source>New case</source>
      <translation>حالة جديدة</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/organigram_page.py" line="87" />
      <source>New cases go to the team that handles their category, to its specialists first, then to whoever has the fewest open cases. Changes apply to the next case.</source>
      <translation>تذهب الحالات الجديدة إلى الفريق الذي يتولى فئتها، إلى المتخصصين فيه أولًا، ثم إلى من لديه أقل عدد من الحالات المفتوحة. تسري التغييرات على الحالة التالية.</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/client_dialog.py" line="65" />
      <location filename="caseworker/ui/sections/clients.py" line="84" />
      <location filename="caseworker/ui/sections/clients.py" line="86" />
      <source>New client</source>
      <translation>مستفيد جديد</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/clients.py" line="85" />
      <source>New client (Ctrl+N)</source>
      <translation>مستفيد جديد (Ctrl+N)</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/donor_dialog.py" line="75" />
      <location filename="caseworker/ui/sections/donors.py" line="97" />
      <location filename="caseworker/ui/sections/donors.py" line="99" />
      <source>New donor</source>
      <translation>متبرع جديد</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/donors.py" line="98" />
      <source>New donor (Ctrl+N)</source>
      <translation>متبرع جديد (Ctrl+N)</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/supporters.py" line="69" />
      <source>New donors</source>
      <translation>متبرعون جدد</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/grant_dialogs.py" line="208" />
      <source>New grant application</source>
      <translation>طلب منحة جديد</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/grants.py" line="74" />
      <source>New grant application (Ctrl+N)</source>
      <translation>طلب منحة جديد (Ctrl+N)</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/donor_dialog.py" line="417" />
      <source>New household</source>
      <translation>أسرة جديدة</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/meeting_dialogs.py" line="108" />
      <location filename="caseworker/ui/sections/calendar.py" line="408" />
      <source>New meeting</source>
      <translation>اجتماع جديد</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/calendar.py" line="409" />
      <source>New meeting (Ctrl+N)</source>
      <translation>اجتماع جديد (Ctrl+N)</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/grant_outputs.py" line="104" />
      <source>New people served</source>
      <translation>أشخاص جدد خُدموا</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/care_dialogs.py" line="118" />
      <source>New task</source>
      <translation>مهمة جديدة</translation>
    </message>
    <message>
      <location filename="caseworker/ui/my_work/tasks.py" line="45" />
      <source>New task…</source>
      <translation>مهمة جديدة…</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/correspondence.py" line="494" />
      <source>New template</source>
      <translation>قالب جديد</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/import_wizard.py" line="115" />
      <location filename="caseworker/ui/dialogs/import_wizard.py" line="245" />
      <source>Next</source>
      <translation>التالي</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/calendar.py" line="392" />
      <source>Next (Ctrl+Right)</source>
      <translation>التالي (Ctrl+Right)</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/planner.py" line="271" />
      <source>Next allowed</source>
      <translation>الموعد المسموح التالي</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/correspondence.py" line="356" />
      <source>Next allowed: {when}</source>
      <translation>الموعد المسموح التالي: {when}</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/touchpoint_dialog.py" line="129" />
      <source>Next allowed: {when} ({zone}).</source>
      <translation>الموعد المسموح التالي: {when} ‏({zone}).</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/grants.py" line="80" />
      <source>Next date</source>
      <translation>التاريخ التالي</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/planner.py" line="443" />
      <source>Next planned</source>
      <translation>المخطط التالي</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/import_wizard.py" line="116" />
      <source>Next step</source>
      <translation>الخطوة التالية</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/correspondence.py" line="358" />
      <source>Next try: {when}</source>
      <translation>المحاولة التالية: {when}</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/insight.py" line="217" />
      <source>No</source>
      <translation>لا</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/gift_aid_tab.py" line="65" />
      <source>No Gift Aid declaration on file: receipts claim no Gift Aid for this donor. Record one when the donor makes it.</source>
      <translation>لا يوجد إقرار Gift Aid مسجل: لا تطالب الإيصالات بـ Gift Aid لهذا المتبرع. سجّل إقرارًا عندما يقدمه المتبرع.</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/meeting_detail.py" line="206" />
      <source>No agenda.</source>
      <translation>لا يوجد جدول أعمال.</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/aid.py" line="88" />
      <source>No aid has been given to this client yet.</source>
      <translation>لم تُقدَّم أي مساعدة لهذا المستفيد بعد.</translation>
    </message>
    <message>
      <location filename="caseworker/ui/backups_page.py" line="133" />
      <source>No backups yet — Back up now makes one.</source>
      <translation>لا توجد نسخ احتياطية بعد — «نسخ احتياطي الآن» ينشئ واحدة.</translation>
    </message>
    <message>
      <location filename="caseworker/ui/widgets/budget_bar.py" line="22" />
      <source>No budget limit · paid {paid} · committed {committed}</source>
      <translation>بلا حد للميزانية · المدفوع {paid} · الملتزم به {committed}</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/case_detail.py" line="628" />
      <source>No cases for this client yet — “Open a case…” starts one.</source>
      <translation>لا توجد حالات لهذا المستفيد بعد — «فتح حالة…» يبدأ واحدة.</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/cases.py" line="66" />
      <source>No cases here yet — Ctrl+N opens one.</source>
      <translation>لا توجد حالات هنا بعد — Ctrl+N يفتح واحدة.</translation>
    </message>
    <message>
      <location filename="caseworker/ui/widgets/flag_strip.py" line="105" />
      <source>No client flags</source>
      <translation>لا علامات للمستفيد</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/clients.py" line="60" />
      <source>No clients yet — Ctrl+N adds one.</source>
      <translation>لا يوجد مستفيدون بعد — Ctrl+N يضيف واحدًا.</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/policy_dialog.py" line="122" />
      <source>No contact by these channels between</source>
      <translation>لا تواصل عبر هذه القنوات بين</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/grant_detail.py" line="525" />
      <source>No contact details yet.</source>
      <translation>لا توجد بيانات تواصل بعد.</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/policy_dialog.py" line="147" />
      <source>No contact on these days (the supporter's local date):</source>
      <translation>لا تواصل في هذه الأيام (التاريخ المحلي للداعم):</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/client_care_tab.py" line="41" />
      <source>No contact rhythm yet: set one to see check-ins on the key worker's My work.</source>
      <translation>لا توجد وتيرة تواصل بعد: حدّد واحدة لتظهر المتابعات في «عملي» لدى الأخصائي المسؤول.</translation>
    </message>
    <message>
      <location filename="caseworker/ui/widgets/charts.py" line="140" />
      <location filename="caseworker/ui/widgets/charts.py" line="188" />
      <location filename="caseworker/ui/widgets/charts.py" line="258" />
      <source>No data for this period yet</source>
      <translation>لا توجد بيانات لهذه الفترة بعد</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/grant_detail.py" line="319" />
      <source>No dates yet.</source>
      <translation>لا توجد تواريخ بعد.</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/meeting_dialogs.py" line="675" />
      <source>No decisions in the minutes yet: record them with Minutes… first.</source>
      <translation>لا توجد قرارات في المحضر بعد: سجّلها أولًا عبر «المحضر…».</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/aid.py" line="183" />
      <source>No disbursements here yet — Ctrl+N records one.</source>
      <translation>لا توجد مصروفات هنا بعد — Ctrl+N يسجّل واحدة.</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/grant_detail.py" line="335" />
      <source>No documents listed — add the ones the funder asks for.</source>
      <translation>لا توجد مستندات مدرجة — أضف ما تطلبه الجهة المانحة.</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/batch_gifts.py" line="127" />
      <source>No donor matches “{text}”.</source>
      <translation>لا يوجد متبرع يطابق «{text}».</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/donor_dialog.py" line="477" />
      <location filename="caseworker/ui/dialogs/gift_dialog.py" line="161" />
      <source>No donor matches.</source>
      <translation>لا يوجد متبرع مطابق.</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/donors.py" line="68" />
      <source>No donors yet — Ctrl+N adds one.</source>
      <translation>لا يوجد متبرعون بعد — Ctrl+N يضيف واحدًا.</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/correspondence.py" line="519" />
      <source>No e-&amp;mail:</source>
      <translation>&amp;بلا بريد إلكتروني:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/client_detail.py" line="143" />
      <source>No flags</source>
      <translation>لا علامات</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/donor_detail.py" line="329" />
      <source>No gifts yet.</source>
      <translation>لا توجد تبرعات بعد.</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/grants.py" line="94" />
      <source>No grant applications yet — Ctrl+N starts one.</source>
      <translation>لا توجد طلبات منح بعد — Ctrl+N يبدأ واحدًا.</translation>
    </message>
    <message>
      <location filename="caseworker/ui/my_work/deadlines.py" line="66" />
      <source>No grant dates in this period.</source>
      <translation>لا توجد تواريخ منح في هذه الفترة.</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/grant_outputs.py" line="89" />
      <source>No grant has been awarded yet: outputs are reported for awarded grants.</source>
      <translation>لم تُمنح أي منحة بعد: تُسجَّل المخرجات للمنح الممنوحة.</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/administration.py" line="321" />
      <source>No logo</source>
      <translation>لا شعار</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/meeting_detail.py" line="408" />
      <source>No meetings with this client yet — plan one in the Calendar (Ctrl+N there).</source>
      <translation>لا توجد اجتماعات مع هذا المستفيد بعد — خطّط لواحد في التقويم (Ctrl+N هناك).</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/meeting_detail.py" line="210" />
      <source>No minutes yet.</source>
      <translation>لا يوجد محضر بعد.</translation>
    </message>
    <message>
      <location filename="caseworker/ui/my_work/action_items.py" line="57" />
      <source>No open action items.</source>
      <translation>لا توجد بنود عمل مفتوحة.</translation>
    </message>
    <message>
      <location filename="caseworker/ui/my_work/cases.py" line="67" />
      <source>No open cases are assigned to you.</source>
      <translation>لا توجد حالات مفتوحة مسندة إليك.</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/client_care_tab.py" line="145" />
      <source>No open tasks on this client.</source>
      <translation>لا توجد مهام مفتوحة لهذا المستفيد.</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/record_tasks.py" line="64" />
      <source>No open tasks. New task… (or Ctrl+T) makes one.</source>
      <translation>لا توجد مهام مفتوحة. «مهمة جديدة…» (أو Ctrl+T) ينشئ واحدة.</translation>
    </message>
    <message>
      <location filename="caseworker/ui/my_work/tasks.py" line="88" />
      <source>No open tasks. New task… or Ctrl+T on a record makes one.</source>
      <translation>لا توجد مهام مفتوحة. «مهمة جديدة…» أو Ctrl+T على سجل ينشئ واحدة.</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/grant_dialogs.py" line="221" />
      <location filename="caseworker/ui/dialogs/grant_dialogs.py" line="303" />
      <source>No particular programme</source>
      <translation>لا برنامج محدد</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/merge_dialog.py" line="183" />
      <source>No possible duplicates were found.</source>
      <translation>لم يُعثر على سجلات مكررة محتملة.</translation>
    </message>
    <message>
      <location filename="caseworker/ui/widgets/reminder_bell.py" line="138" />
      <source>No reminders since the app was opened.</source>
      <translation>لا توجد تذكيرات منذ فتح التطبيق.</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/grant_dialogs.py" line="529" />
      <source>No target</source>
      <translation>بلا هدف</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/user_dialog.py" line="70" />
      <source>No team</source>
      <translation>لا فريق</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/administration.py" line="458" />
      <source>No users match. Clear the filter, or press Ctrl+N to add one.</source>
      <translation>لا يوجد مستخدمون مطابقون. امسح التصفية، أو اضغط Ctrl+N لإضافة مستخدم.</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/donor_dialog.py" line="131" />
      <source>No&amp;tes:</source>
      <translation>&amp;ملاحظات:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/organigram_page.py" line="149" />
      <location filename="caseworker/ui/views/organigram_page.py" line="150" />
      <location filename="caseworker/ui/views/organigram_page.py" line="244" />
      <source>Nobody</source>
      <translation>لا أحد</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/grant_dialogs.py" line="234" />
      <source>Nobody in particular</source>
      <translation>لا أحد بعينه</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/meeting_detail.py" line="203" />
      <source>Nobody invited yet.</source>
      <translation>لم يُدعَ أحد بعد.</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/planner.py" line="516" />
      <source>Nobody is near their contact limits.</source>
      <translation>لا أحد قريب من حدود التواصل الخاصة به.</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/planner.py" line="514" />
      <source>Nobody on this list — well done.</source>
      <translation>لا أحد في هذه القائمة — أحسنت.</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/client_dialog.py" line="116" />
      <location filename="caseworker/ui/dialogs/donor_dialog.py" line="105" />
      <location filename="caseworker/ui/views/client_detail.py" line="389" />
      <source>Nobody yet</source>
      <translation>لا أحد بعد</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/client_care_tab.py" line="134" />
      <source>Nobody yet: the team is introduced when a case is assigned.</source>
      <translation>لا أحد بعد: يُعرَّف الفريق عند إسناد حالة.</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/case_dialogs.py" line="384" />
      <location filename="caseworker/ui/dialogs/donor_dialog.py" line="103" />
      <location filename="caseworker/ui/dialogs/grant_dialogs.py" line="464" />
      <source>None</source>
      <translation>لا شيء</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/mail_server.py" line="46" />
      <source>None (only inside the office network)</source>
      <translation>لا شيء (فقط داخل شبكة المكتب)</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/grant_detail.py" line="526" />
      <location filename="caseworker/ui/views/grant_detail.py" line="528" />
      <source>None listed.</source>
      <translation>لا شيء مدرج.</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/meeting_detail.py" line="224" />
      <source>None.</source>
      <translation>لا شيء.</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/care_dialogs.py" line="157" />
      <source>Not a contact</source>
      <translation>ليس تواصلًا</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/case_dialogs.py" line="282" />
      <source>Not asked</source>
      <translation>لم يُسأل</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/case_detail.py" line="401" />
      <source>Not assigned</source>
      <translation>غير مسند</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/aid_grants.py" line="133" />
      <source>Not due yet</source>
      <translation>لم يحن موعدها بعد</translation>
    </message>
    <message>
      <location filename="caseworker/ui/context.py" line="64" />
      <source>Not encrypted: an administrator can encrypt it with 'caseworker encrypt'.</source>
      <translation>غير مشفّرة: يستطيع المسؤول تشفيرها باستخدام 'caseworker encrypt'.</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/donor_detail.py" line="341" />
      <source>Not given</source>
      <translation>لم تُعطَ</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/client_dialog.py" line="86" />
      <location filename="caseworker/ui/views/grant_outputs.py" line="119" />
      <source>Not recorded</source>
      <translation>غير مسجل</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/administration.py" line="370" />
      <source>Not saved yet</source>
      <translation>لم يُحفظ بعد</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/aid_grants.py" line="133" />
      <source>Not submitted, overdue</source>
      <translation>غير مقدَّمة ومتأخرة</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/grant_dialogs.py" line="427" />
      <source>Not yet given a line: {amount}</source>
      <translation>لم يُخصص لبند بعد: {amount}</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/client_detail.py" line="293" />
      <source>Note</source>
      <translation>ملاحظة</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/client_detail.py" line="245" />
      <location filename="caseworker/ui/views/donor_detail.py" line="188" />
      <location filename="caseworker/ui/views/grant_detail.py" line="152" />
      <source>Notes</source>
      <translation>ملاحظات</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/touchpoint_dialog.py" line="180" />
      <source>Notes:</source>
      <translation>ملاحظات:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/correspondence.py" line="514" />
      <source>Nothing</source>
      <translation>لا شيء</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/quick_search.py" line="107" />
      <source>Nothing found.</source>
      <translation>لم يُعثر على شيء.</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/donor_timeline.py" line="88" />
      <source>Nothing here yet — plan or log a contact to start this supporter's history.</source>
      <translation>لا شيء هنا بعد — خطّط لتواصل أو سجّله لبدء سجل هذا الداعم.</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/administration.py" line="764" />
      <source>Nothing in the audit log matches. Widen the dates or clear the filter.</source>
      <translation>لا شيء في سجل التدقيق يطابق. وسّع نطاق التواريخ أو امسح التصفية.</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/case_detail.py" line="134" />
      <source>Nothing in the timeline yet.</source>
      <translation>لا شيء في السجل الزمني بعد.</translation>
    </message>
    <message>
      <location filename="caseworker/ui/widgets/record_list.py" line="222" />
      <source>Nothing matches “{text}”.</source>
      <translation>لا شيء يطابق «{text}».</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/my_work.py" line="33" />
      <source>Nothing needs you today.</source>
      <translation>لا شيء يحتاجك اليوم.</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/batch_gifts.py" line="328" />
      <source>Nothing was saved.</source>
      <translation>لم يُحفظ شيء.</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/case_detail.py" line="212" />
      <source>Notice</source>
      <translation>إشعار</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/grant_dialogs.py" line="390" />
      <source>Now: {stage}</source>
      <translation>الآن: {stage}</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/donor_detail.py" line="278" />
      <source>Number</source>
      <translation>الرقم</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/clients.py" line="96" />
      <source>Number of clients shown</source>
      <translation>عدد المستفيدين المعروضين</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/donors.py" line="154" />
      <source>Number of donors shown</source>
      <translation>عدد المتبرعين المعروضين</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/grant_dialogs.py" line="250" />
      <source>Number of reports:</source>
      <translation>عدد التقارير:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/meeting_dialogs.py" line="169" />
      <source>Number of times</source>
      <translation>عدد المرات</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/client_detail.py" line="280" />
      <source>Number or address</source>
      <translation>الرقم أو العنوان</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/cases.py" line="88" />
      <source>O&amp;verdue</source>
      <translation>&amp;متأخر</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/meeting_detail.py" line="369" />
      <source>Occurrence cancelled.</source>
      <translation>أُلغي الموعد.</translation>
    </message>
    <message>
      <location filename="caseworker/ui/db_roles_ui.py" line="62" />
      <source>Off: every laptop connects to the server as the one role in its database URL, so whoever has that URL and its password can read every table with psql. Set up, each person connects after signing in as a role of their own, and the server refuses a fundraiser's role the clients and a caseworker's the donors.</source>
      <translation>معطّل: يتصل كل جهاز بالخادم بالدور الوحيد الوارد في عنوان قاعدة البيانات، فمن يملك ذلك العنوان وكلمة مروره يقرأ كل الجداول عبر psql. بعد الإعداد يتصل كل شخص بعد تسجيل الدخول بدور خاص به، ويرفض الخادم العملاءَ لدور جامع التبرعات والمتبرعينَ لدور مسؤول الحالات.</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/client_detail.py" line="292" />
      <location filename="caseworker/ui/views/client_detail.py" line="319" />
      <source>On</source>
      <translation>التاريخ</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/organigram_page.py" line="281" />
      <source>On &amp;escalation:</source>
      <translation>&amp;عند التصعيد:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/meeting_dialogs.py" line="159" />
      <source>On a date</source>
      <translation>في تاريخ</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/client_detail.py" line="245" />
      <source>On file since</source>
      <translation>مسجل منذ</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/care_dialogs.py" line="354" />
      <source>On their &amp;days:</source>
      <translation>&amp;في أيامهم:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/person_data.py" line="34" />
      <source>On whose request, and why:</source>
      <translation>بناءً على طلب من، ولماذا:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/db_roles_ui.py" line="69" />
      <source>On: each person connects as their own role (prefix {prefix}); the laptops' URL should name a role of the group {prefix}_signin.</source>
      <translation>مفعّل: يتصل كل شخص بدوره الخاص (البادئة {prefix})؛ وينبغي أن يسمّي عنوان الأجهزة دورًا من المجموعة {prefix}_signin.</translation>
    </message>
    <message>
      <location filename="caseworker/ui/export.py" line="182" />
      <source>One PDF with every document</source>
      <translation>ملف PDF واحد يضم كل المستندات</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/meeting_dialogs.py" line="583" />
      <source>One decision per line</source>
      <translation>قرار واحد في كل سطر</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/meeting_dialogs.py" line="185" />
      <source>One item per line</source>
      <translation>بند واحد في كل سطر</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/meeting_detail.py" line="190" />
      <source>One occurrence of a repeating meeting</source>
      <translation>موعد واحد من اجتماع متكرر</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/grant_dialogs.py" line="256" />
      <source>One per line, e.g. Budget, Annual accounts</source>
      <translation>واحد في كل سطر، مثل: الميزانية، الحسابات السنوية</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/grant_dialogs.py" line="70" />
      <source>One report</source>
      <translation>تقرير واحد</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/grant_detail.py" line="267" />
      <source>One report, due {day}</source>
      <translation>تقرير واحد، مستحق في {day}</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/planner.py" line="180" />
      <location filename="caseworker/ui/sections/planner.py" line="181" />
      <location filename="caseworker/ui/sections/planner.py" line="420" />
      <source>Only donors I manage</source>
      <translation>فقط المتبرعون الذين أديرهم</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/calendar.py" line="405" />
      <source>Only mine</source>
      <translation>الخاصة بي فقط</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/cases.py" line="86" />
      <source>Only my cases</source>
      <translation>حالاتي فقط</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/cases.py" line="89" />
      <source>Only overdue cases</source>
      <translation>الحالات المتأخرة فقط</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/policy_dialog.py" line="170" />
      <source>Only warn for:</source>
      <translation>التحذير فقط من أجل:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/main_window.py" line="181" />
      <source>Open &amp;folder</source>
      <translation>فتح &amp;المجلد</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/case_dialogs.py" line="135" />
      <source>Open a case</source>
      <translation>فتح حالة</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/cases.py" line="92" />
      <source>Open a case (Ctrl+N)</source>
      <translation>فتح حالة (Ctrl+N)</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/case_detail.py" line="569" />
      <source>Open a case for this client</source>
      <translation>فتح حالة لهذا المستفيد</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/case_detail.py" line="568" />
      <source>Open a case…</source>
      <translation>فتح حالة…</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/case_dialogs.py" line="135" />
      <location filename="caseworker/ui/views/service_quality.py" line="397" />
      <source>Open case</source>
      <translation>فتح الحالة</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/cases.py" line="72" />
      <source>Open cases</source>
      <translation>الحالات المفتوحة</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/client_care_tab.py" line="92" />
      <source>Open tasks on this client</source>
      <translation>المهام المفتوحة لهذا المستفيد</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/record_tasks.py" line="28" />
      <source>Open tasks on this record: tick one when it is done</source>
      <translation>المهام المفتوحة على هذا السجل: علّم المهمة عند إنجازها</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/client_dialog.py" line="251" />
      <source>Open the existing record instead, or save anyway if this is a different person.</source>
      <translation>افتح السجل الموجود بدلًا من ذلك، أو احفظ على أي حال إن كان هذا شخصًا مختلفًا.</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/donor_dialog.py" line="255" />
      <source>Open the existing record instead, or save anyway if this is someone else.</source>
      <translation>افتح السجل الموجود بدلًا من ذلك، أو احفظ على أي حال إن كان هذا شخصًا آخر.</translation>
    </message>
    <message>
      <location filename="caseworker/ui/main_window.py" line="182" />
      <source>Open the folder of the file just saved</source>
      <translation>فتح مجلد الملف المحفوظ للتو</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/service_quality.py" line="398" />
      <source>Open the selected case</source>
      <translation>فتح الحالة المحددة</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/case_detail.py" line="219" />
      <source>Opened</source>
      <translation>تاريخ الفتح</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/sign_in.py" line="156" />
      <source>Opens a separate database of made-up people to try everything; this new database waits, untouched.</source>
      <translation>يفتح قاعدة بيانات منفصلة بأشخاص وهميين لتجربة كل شيء؛ وتبقى قاعدة البيانات الجديدة هذه بانتظارك دون أن تُمس.</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/donor_dialog.py" line="324" />
      <source>Opted out</source>
      <translation>غير مرغوب</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/planner.py" line="178" />
      <source>Optional: names starting with…</source>
      <translation>اختياري: أسماء تبدأ بـ…</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/grant_dialogs.py" line="398" />
      <source>Optional: why, for the audit log</source>
      <translation>اختياري: السبب، لسجل التدقيق</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/administration.py" line="192" />
      <location filename="caseworker/ui/sections/administration.py" line="1068" />
      <source>Organisation</source>
      <translation>المنظمة</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/administration.py" line="121" />
      <source>Organisation &amp;name:</source>
      <translation>&amp;اسم المنظمة:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/client_detail.py" line="277" />
      <location filename="caseworker/ui/views/client_detail.py" line="280" />
      <source>Other contacts</source>
      <translation>جهات اتصال أخرى</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/merge_dialog.py" line="113" />
      <source>Other record</source>
      <translation>السجل الآخر</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/planner.py" line="216" />
      <location filename="caseworker/ui/sections/planner.py" line="219" />
      <source>Otherwise donors the guard blocks are left out of the plan.</source>
      <translation>وإلا يُستبعد من الخطة المتبرعون الذين يحظرهم الحارس.</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/correspondence.py" line="308" />
      <location filename="caseworker/ui/sections/correspondence.py" line="756" />
      <source>Outbox</source>
      <translation>صندوق الصادر</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/correspondence.py" line="152" />
      <source>Outbox: {summary}</source>
      <translation>صندوق الصادر: {summary}</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/grant_dialogs.py" line="533" />
      <location filename="caseworker/ui/views/client_detail.py" line="318" />
      <source>Outcome</source>
      <translation>النتيجة</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/client_records.py" line="151" />
      <source>Outcome of the referral to {agency}</source>
      <translation>نتيجة الإحالة إلى {agency}</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/grant_dialogs.py" line="539" />
      <source>Outcomes with their targets</source>
      <translation>النتائج مع أهدافها</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/grant_outputs.py" line="53" />
      <source>Output</source>
      <translation>المُخرَج</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/meeting_dialogs.py" line="259" />
      <source>Outside attendee's name</source>
      <translation>اسم الحاضر من خارج المنظمة</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/meeting_dialogs.py" line="262" />
      <source>Outside attendee's organisation</source>
      <translation>منظمة الحاضر من خارج المنظمة</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/aid_grants.py" line="84" />
      <source>Over the budget</source>
      <translation>فوق الميزانية</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/aid_grants.py" line="84" />
      <source>Over the client's cap</source>
      <translation>فوق حدّ العميل</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/aid_dialogs.py" line="158" />
      <source>Over the fund's approval threshold: a manager approves it before it is paid.</source>
      <translation>يتجاوز حد الاعتماد في الصندوق: يعتمده مدير قبل دفعه.</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/donors.py" line="112" />
      <source>Overdue and lapsing…</source>
      <translation>المتأخرون والمنقطعون…</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/planner.py" line="390" />
      <source>Overdue for a contact</source>
      <translation>متأخر التواصل معه</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/override_dialog.py" line="36" />
      <location filename="caseworker/ui/dialogs/override_dialog.py" line="37" />
      <source>Override and save</source>
      <translation>تجاوز وحفظ</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/override_dialog.py" line="17" />
      <source>Override the contact guard</source>
      <translation>تجاوز حارس التواصل</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/touchpoint_dialog.py" line="192" />
      <source>Override the guard</source>
      <translation>تجاوز الحارس</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/supporters.py" line="38" />
      <source>Overrides</source>
      <translation>التجاوزات</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/touchpoint_dialog.py" line="191" />
      <source>Override…</source>
      <translation>تجاوز…</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/insight.py" line="133" />
      <source>Overview</source>
      <translation>نظرة عامة</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/donor_detail.py" line="222" />
      <source>Own limits</source>
      <translation>حدود خاصة</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/grant_detail.py" line="151" />
      <source>Owner</source>
      <translation>المالك</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/client_dialog.py" line="100" />
      <location filename="caseworker/ui/dialogs/donor_dialog.py" line="91" />
      <location filename="caseworker/ui/views/organigram_page.py" line="120" />
      <source>P&amp;hone:</source>
      <translation>&amp;الهاتف:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/aid_dialogs.py" line="89" />
      <source>P&amp;urpose:</source>
      <translation>&amp;الغرض:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/correspondence.py" line="161" />
      <location filename="caseworker/ui/sections/correspondence.py" line="382" />
      <source>PDF (*.pdf)</source>
      <translation>PDF (*.pdf)</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/administration.py" line="287" />
      <source>PNG or JPEG, up to 2 MB</source>
      <translation>PNG أو JPEG، حتى 2 ميغابايت</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/aid_grants.py" line="70" />
      <source>Paid</source>
      <translation>مدفوع</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/aid_grants.py" line="71" />
      <source>Paid by month</source>
      <translation>المدفوع حسب الشهر</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/aid_dialogs.py" line="84" />
      <source>Paid to a &amp;third party:</source>
      <translation>&amp;مدفوع لطرف ثالث:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/widgets/budget_bar.py" line="24" />
      <source>Paid {paid} · approved {approved} · requested {requested} · left {left} of {budget}</source>
      <translation>المدفوع {paid} · المعتمد {approved} · المطلوب {requested} · المتبقي {left} من {budget}</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/merge_dialog.py" line="175" />
      <source>Pairs of records that may be the same person</source>
      <translation>أزواج من السجلات قد تكون للشخص نفسه</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/insight.py" line="217" />
      <source>Partly</source>
      <translation>جزئيًا</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/mail_server.py" line="60" />
      <source>Pass&amp;word:</source>
      <translation>&amp;كلمة المرور:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/backups_page.py" line="127" />
      <source>Passed</source>
      <translation>اجتاز</translation>
    </message>
    <message>
      <location filename="caseworker/ui/idle_lock.py" line="43" />
      <location filename="caseworker/ui/views/mail_server.py" line="52" />
      <source>Password</source>
      <translation>كلمة المرور</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/import_wizard.py" line="499" />
      <location filename="caseworker/ui/dialogs/import_wizard.py" line="504" />
      <source>Past imports</source>
      <translation>عمليات الاستيراد السابقة</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/import_wizard.py" line="602" />
      <source>Past imports…</source>
      <translation>عمليات الاستيراد السابقة…</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/donor_dialog.py" line="378" />
      <source>Pause contact with {name}</source>
      <translation>إيقاف التواصل مع {name} مؤقتًا</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/donor_detail.py" line="231" />
      <source>Pause contact…</source>
      <translation>إيقاف التواصل مؤقتًا…</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/donor_detail.py" line="228" />
      <source>Pauses in contact</source>
      <translation>فترات التوقف عن التواصل</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/donor_detail.py" line="238" />
      <source>Pauses the donor asked for</source>
      <translation>فترات التوقف التي طلبها المتبرع</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/aid.py" line="60" />
      <location filename="caseworker/ui/sections/aid.py" line="179" />
      <location filename="caseworker/ui/sections/aid.py" line="233" />
      <source>Payee</source>
      <translation>المستلم</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/aid_grants.py" line="70" />
      <source>Payments</source>
      <translation>المدفوعات</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/aid_grants.py" line="71" />
      <source>Pending</source>
      <translation>معلق</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/grant_detail.py" line="513" />
      <location filename="caseworker/ui/views/meeting_detail.py" line="117" />
      <location filename="caseworker/ui/views/organigram_page.py" line="184" />
      <source>People</source>
      <translation>الأشخاص</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/meeting_detail.py" line="121" />
      <source>People and attendance</source>
      <translation>الأشخاص والحضور</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/meeting_dialogs.py" line="181" />
      <source>People invited</source>
      <translation>المدعوون</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/grant_outputs.py" line="109" />
      <source>People reached through its spending</source>
      <translation>الأشخاص الذين وصلهم إنفاقها</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/grant_outputs.py" line="104" />
      <source>People served</source>
      <translation>الأشخاص المخدومون</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/insight.py" line="75" />
      <source>Period</source>
      <translation>الفترة</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/insight.py" line="88" />
      <source>Period:</source>
      <translation>الفترة:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/person_data.py" line="50" />
      <location filename="caseworker/ui/person_data.py" line="55" />
      <source>Person's data</source>
      <translation>بيانات الشخص</translation>
    </message>
    <message>
      <location filename="caseworker/ui/person_data.py" line="73" />
      <source>Person's data…</source>
      <translation>بيانات الشخص…</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/planner.py" line="446" />
      <source>Pestered supporters</source>
      <translation>داعمون مُثقَل عليهم</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/planner.py" line="467" />
      <source>Pestered: near their contact limits</source>
      <translation>مُثقَل عليهم: قريبون من حدود التواصل</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/client_records.py" line="90" />
      <location filename="caseworker/ui/sections/clients.py" line="54" />
      <location filename="caseworker/ui/views/client_detail.py" line="267" />
      <source>Phone</source>
      <translation>الهاتف</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/administration.py" line="267" />
      <location filename="caseworker/ui/sections/administration.py" line="347" />
      <source>Pictures (*.png *.jpg *.jpeg)</source>
      <translation>الصور (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/grants.py" line="129" />
      <source>Pipeline</source>
      <translation>المسار</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/grants.py" line="131" />
      <source>Pipeline or funders</source>
      <translation>المسار أو الجهات المانحة</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/touchpoint_dialog.py" line="187" />
      <source>Plan</source>
      <translation>تخطيط</translation>
    </message>
    <message>
      <location filename="caseworker/ui/my_work/tasks.py" line="144" />
      <source>Plan a call or visit at a time that suits the client</source>
      <translation>تخطيط مكالمة أو زيارة في وقت يناسب المستفيد</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/touchpoint_dialog.py" line="160" />
      <source>Plan a contact with {name}</source>
      <translation>تخطيط تواصل مع {name}</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/donor_timeline.py" line="58" />
      <source>Plan a contact…</source>
      <translation>تخطيط تواصل…</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/planner.py" line="542" />
      <source>Plan an appeal</source>
      <translation>تخطيط حملة</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/planner.py" line="423" />
      <source>Plan an appeal for these donors</source>
      <translation>تخطيط حملة لهؤلاء المتبرعين</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/planner.py" line="422" />
      <source>Plan for these…</source>
      <translation>التخطيط لهؤلاء…</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/planner.py" line="274" />
      <source>Plan preview</source>
      <translation>معاينة الخطة</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/planner.py" line="262" />
      <source>Plan summary</source>
      <translation>ملخص الخطة</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/planner.py" line="533" />
      <location filename="caseworker/ui/sections/planner.py" line="539" />
      <source>Planner</source>
      <translation>المخطِّط</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/gift_dialog.py" line="193" />
      <location filename="caseworker/ui/dialogs/gift_dialog.py" line="82" />
      <location filename="caseworker/ui/views/donor_detail.py" line="401" />
      <source>Pledge</source>
      <translation>تعهد</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/gift_dialog.py" line="202" />
      <source>Pledged &amp;total:</source>
      <translation>&amp;إجمالي التعهد:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/organigram_page.py" line="118" />
      <source>Point of &amp;contact:</source>
      <translation>&amp;جهة الاتصال:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/client_dialog.py" line="130" />
      <location filename="caseworker/ui/dialogs/donor_dialog.py" line="138" />
      <location filename="caseworker/ui/dialogs/import_wizard.py" line="222" />
      <source>Possible duplicates</source>
      <translation>سجلات مكررة محتملة</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/import_wizard.py" line="217" />
      <source>Possible duplicates and what to do with each</source>
      <translation>السجلات المكررة المحتملة وما يُفعل بكل منها</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/import_wizard.py" line="608" />
      <source>Possible duplicates…</source>
      <translation>سجلات مكررة محتملة…</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/client_dialog.py" line="106" />
      <location filename="caseworker/ui/dialogs/donor_dialog.py" line="96" />
      <location filename="caseworker/ui/dialogs/donor_dialog.py" line="427" />
      <source>Post&amp;code:</source>
      <translation>&amp;الرمز البريدي:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/donor_detail.py" line="222" />
      <source>Preferably by</source>
      <translation>يُفضَّل عبر</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/donor_detail.py" line="156" />
      <source>Preferences</source>
      <translation>التفضيلات</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/donor_dialog.py" line="325" />
      <source>Preferred</source>
      <translation>مفضَّل</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/client_detail.py" line="241" />
      <source>Preferred name</source>
      <translation>الاسم المفضل</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/client_detail.py" line="268" />
      <source>Prefers</source>
      <translation>يفضّل</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/client_dialog.py" line="107" />
      <source>Prefers to be &amp;reached by:</source>
      <translation>&amp;يفضّل التواصل عبر:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/export.py" line="266" />
      <source>Preparing the giving statements of {year}…</source>
      <translation>جارٍ إعداد كشوف التبرعات لعام {year}…</translation>
    </message>
    <message>
      <location filename="caseworker/ui/export.py" line="267" />
      <source>Preparing the meetings of {year}-{month}…</source>
      <translation>جارٍ إعداد اجتماعات {year}-{month}…</translation>
    </message>
    <message>
      <location filename="caseworker/ui/export.py" line="265" />
      <source>Preparing the receipts of {year}…</source>
      <translation>جارٍ إعداد إيصالات عام {year}…</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/import_wizard.py" line="245" />
      <location filename="caseworker/ui/sections/correspondence.py" line="545" />
      <location filename="caseworker/ui/sections/planner.py" line="237" />
      <source>Preview</source>
      <translation>معاينة</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/correspondence.py" line="542" />
      <source>Preview on record number</source>
      <translation>المعاينة على السجل رقم</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/correspondence.py" line="582" />
      <source>Preview on:</source>
      <translation>المعاينة على:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/correspondence.py" line="547" />
      <source>Preview subject</source>
      <translation>معاينة الموضوع</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/planner.py" line="238" />
      <source>Preview the plan</source>
      <translation>معاينة الخطة</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/calendar.py" line="387" />
      <source>Previous (Ctrl+Left)</source>
      <translation>السابق (Ctrl+Left)</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/correspondence.py" line="323" />
      <source>Print address labels for the waiting letters</source>
      <translation>طباعة ملصقات العناوين للرسائل المنتظرة</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/correspondence.py" line="406" />
      <source>Print as letters even if the template is an e-mail</source>
      <translation>الطباعة كرسائل حتى لو كان القالب بريدًا إلكترونيًا</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/correspondence.py" line="382" />
      <source>Print labels to</source>
      <translation>طباعة الملصقات إلى</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/correspondence.py" line="161" />
      <source>Print letters to</source>
      <translation>طباعة الرسائل إلى</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/correspondence.py" line="320" />
      <source>Print the letters waiting in the outbox</source>
      <translation>طباعة الرسائل المنتظرة في صندوق الصادر</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/administration.py" line="193" />
      <source>Printed on letters and receipts, and shared by everyone who uses this database.</source>
      <translation>تُطبع على الرسائل والإيصالات، ويتشاركها كل من يستخدم قاعدة البيانات هذه.</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/correspondence.py" line="174" />
      <source>Printing stopped: nothing was recorded.</source>
      <translation>توقفت الطباعة: لم يُسجَّل شيء.</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/cases.py" line="58" />
      <location filename="caseworker/ui/views/case_detail.py" line="218" />
      <source>Priority</source>
      <translation>الأولوية</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/client_detail.py" line="259" />
      <location filename="caseworker/ui/views/donor_detail.py" line="155" />
      <source>Profile</source>
      <translation>الملف الشخصي</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/grant_detail.py" line="509" />
      <source>Programmes</source>
      <translation>البرامج</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/correspondence.py" line="97" />
      <location filename="caseworker/ui/sections/planner.py" line="245" />
      <source>Progress</source>
      <translation>التقدم</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/grant_dialogs.py" line="555" />
      <source>Progress this period, in your words, for the report</source>
      <translation>التقدم في هذه الفترة، بكلماتك، للتقرير</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/meeting_dialogs.py" line="662" />
      <source>Proposer</source>
      <translation>المقترح</translation>
    </message>
    <message>
      <location filename="caseworker/ui/context.py" line="61" />
      <source>Protected by the database server.</source>
      <translation>محمية بواسطة خادم قاعدة البيانات.</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/grant_dialogs.py" line="240" />
      <source>Pu&amp;rpose:</source>
      <translation>&amp;الغرض:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/aid.py" line="233" />
      <location filename="caseworker/ui/sections/correspondence.py" line="504" />
      <location filename="caseworker/ui/sections/planner.py" line="207" />
      <source>Purpose</source>
      <translation>الغرض</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/touchpoint_dialog.py" line="179" />
      <source>Purpose:</source>
      <translation>الغرض:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/policy_dialog.py" line="176" />
      <source>Purposes (empty: all)</source>
      <translation>الأغراض (فارغ: الكل)</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/policy_dialog.py" line="118" />
      <source>Purposes that never count</source>
      <translation>أغراض لا تُحتسب أبدًا</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/quick_search.py" line="38" />
      <location filename="caseworker/ui/main_window.py" line="154" />
      <source>Quick search</source>
      <translation>بحث سريع</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/policy_dialog.py" line="153" />
      <source>Quiet days</source>
      <translation>أيام الهدوء</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/policy_dialog.py" line="154" />
      <source>Quiet days:</source>
      <translation>أيام الهدوء:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/policy_dialog.py" line="127" />
      <source>Quiet hours end</source>
      <translation>نهاية ساعات الهدوء</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/policy_dialog.py" line="126" />
      <source>Quiet hours start</source>
      <translation>بداية ساعات الهدوء</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/policy_dialog.py" line="140" />
      <source>Quiet hours:</source>
      <translation>ساعات الهدوء:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/policy_dialog.py" line="157" />
      <source>Quiet-day channels</source>
      <translation>قنوات أيام الهدوء</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/policy_dialog.py" line="158" />
      <source>Quiet-day channels:</source>
      <translation>قنوات أيام الهدوء:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/policy_dialog.py" line="143" />
      <source>Quiet-hours channels</source>
      <translation>قنوات ساعات الهدوء</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/policy_dialog.py" line="144" />
      <source>Quiet-hours channels:</source>
      <translation>قنوات ساعات الهدوء:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/meeting_detail.py" line="246" />
      <source>Quorum {q}: {n} present, {verdict}.</source>
      <translation>النصاب {q}: حضر {n}، {verdict}.</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/meeting_dialogs.py" line="648" />
      <source>Quorum: people who must be present</source>
      <translation>النصاب: عدد الأشخاص الذين يجب حضورهم</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/gift_dialog.py" line="92" />
      <source>Re&amp;ference:</source>
      <translation>&amp;المرجع:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/care_dialogs.py" line="142" />
      <source>Re&amp;mind me:</source>
      <translation>&amp;ذكّرني:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/case_detail.py" line="252" />
      <source>Re&amp;open…</source>
      <translation>&amp;إعادة فتح…</translation>
    </message>
    <message>
      <location filename="caseworker/ui/my_work/cases.py" line="103" />
      <source>Re&amp;turn…</source>
      <translation>&amp;إعادة…</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/administration.py" line="484" />
      <source>Re-encrypt the database file with a new key that only active accounts can open</source>
      <translation>إعادة تشفير ملف قاعدة البيانات بمفتاح جديد لا تفتحه إلا الحسابات النشطة</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/administration.py" line="661" />
      <source>Re-encrypting the database with a new key…</source>
      <translation>جارٍ إعادة تشفير قاعدة البيانات بمفتاح جديد…</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/administration.py" line="421" />
      <source>Re-encryption progress</source>
      <translation>تقدم إعادة التشفير</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/grant_dialogs.py" line="533" />
      <source>Reached so far</source>
      <translation>المُحقَّق حتى الآن</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/password_dialog.py" line="37" />
      <location filename="caseworker/ui/sections/administration.py" line="592" />
      <source>Reactivate</source>
      <translation>إعادة التفعيل</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/password_dialog.py" line="37" />
      <source>Reactivate account</source>
      <translation>إعادة تفعيل الحساب</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/import_wizard.py" line="210" />
      <location filename="caseworker/ui/models/audit_table.py" line="69" />
      <location filename="caseworker/ui/views/donor_detail.py" line="228" />
      <source>Reason</source>
      <translation>السبب</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/override_dialog.py" line="28" />
      <source>Reason for the override</source>
      <translation>سبب التجاوز</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/administration.py" line="873" />
      <source>Reason: {reason}</source>
      <translation>السبب: {reason}</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/case_dialogs.py" line="408" />
      <source>Reassign a worker's cases</source>
      <translation>إعادة إسناد حالات أخصائي</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/cases.py" line="137" />
      <source>Reassign a worker's cases…</source>
      <translation>إعادة إسناد حالات أخصائي…</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/case_dialogs.py" line="408" />
      <source>Reassign all</source>
      <translation>إعادة إسناد الكل</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/donor_detail.py" line="250" />
      <source>Receipt</source>
      <translation>الإيصال</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/administration.py" line="154" />
      <source>Receipt &amp;style:</source>
      <translation>&amp;نمط الإيصال:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/donor_detail.py" line="281" />
      <source>Receipt last year's gifts</source>
      <translation>إصدار إيصالات لتبرعات العام الماضي</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/donor_detail.py" line="262" />
      <source>Receipt this gift</source>
      <translation>إصدار إيصال لهذا التبرع</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/donor_detail.py" line="279" />
      <source>Receiptable</source>
      <translation>قابل للإيصال</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/gift_dialog.py" line="101" />
      <source>Receiptable amount</source>
      <translation>المبلغ القابل للإيصال</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/gift_dialog.py" line="133" />
      <location filename="caseworker/ui/views/donor_detail.py" line="479" />
      <source>Receiptable: {amount}</source>
      <translation>قابل للإيصال: {amount}</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/donor_detail.py" line="278" />
      <location filename="caseworker/ui/views/donor_detail.py" line="159" />
      <source>Receipts</source>
      <translation>الإيصالات</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/donors.py" line="118" />
      <source>Receipts and statements…</source>
      <translation>الإيصالات والكشوف…</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/donor_detail.py" line="294" />
      <source>Receipts are paperwork owed by law, not contact: they go out even to donors who opted out of contact.</source>
      <translation>الإيصالات مستندات يوجبها القانون وليست تواصلًا: تُرسل حتى إلى المتبرعين الذين طلبوا عدم التواصل.</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/administration.py" line="155" />
      <source>Receipts issued &amp;at:</source>
      <translation>&amp;مكان إصدار الإيصالات:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/administration.py" line="157" />
      <source>Receipts si&amp;gned by:</source>
      <translation>&amp;الإيصالات موقعة من:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/donor_detail.py" line="483" />
      <source>Received in return: {what} ({value})</source>
      <translation>المستلَم في المقابل: {what} ‏({value})</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/aid_dialogs.py" line="96" />
      <location filename="caseworker/ui/dialogs/care_dialogs.py" line="277" />
      <location filename="caseworker/ui/dialogs/client_records.py" line="107" />
      <source>Record</source>
      <translation>تسجيل</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/client_detail.py" line="178" />
      <source>Record &amp;consent</source>
      <translation>&amp;تسجيل الموافقة</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/grant_detail.py" line="211" />
      <source>Record &amp;spending…</source>
      <translation>&amp;تسجيل إنفاق…</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/donor_detail.py" line="135" />
      <source>Record a gift from this donor</source>
      <translation>تسجيل تبرع من هذا المتبرع</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/gift_dialog.py" line="66" />
      <source>Record a gift from {name}</source>
      <translation>تسجيل تبرع من {name}</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/client_records.py" line="107" />
      <source>Record consent</source>
      <translation>تسجيل الموافقة</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/gift_aid_dialog.py" line="50" />
      <source>Record declaration</source>
      <translation>تسجيل إقرار</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/gift_aid_tab.py" line="48" />
      <source>Record declaration…</source>
      <translation>تسجيل إقرار…</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/aid_dialogs.py" line="59" />
      <location filename="caseworker/ui/sections/aid.py" line="193" />
      <source>Record disbursement</source>
      <translation>تسجيل صرف</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/aid.py" line="194" />
      <source>Record disbursement (Ctrl+N)</source>
      <translation>تسجيل صرف (Ctrl+N)</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/gift_dialog.py" line="106" />
      <location filename="caseworker/ui/views/donor_detail.py" line="134" />
      <source>Record gift</source>
      <translation>تسجيل تبرع</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/donor_detail.py" line="260" />
      <source>Record gift…</source>
      <translation>تسجيل تبرع…</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/correspondence.py" line="403" />
      <source>Record numbers</source>
      <translation>أرقام السجلات</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/client_detail.py" line="322" />
      <source>Record outcome…</source>
      <translation>تسجيل النتيجة…</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/client_records.py" line="133" />
      <source>Record referral</source>
      <translation>تسجيل الإحالة</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/grant_dialogs.py" line="452" />
      <source>Record spending</source>
      <translation>تسجيل إنفاق</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/administration.py" line="732" />
      <source>Record type</source>
      <translation>نوع السجل</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/client_detail.py" line="293" />
      <source>Recorded by</source>
      <translation>سجّله</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/donor_dialog.py" line="125" />
      <source>Recorded on the Gift Aid tab</source>
      <translation>مسجل في تبويب Gift Aid</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/supporters.py" line="69" />
      <source>Recovered donors</source>
      <translation>متبرعون عائدون</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/donor_detail.py" line="401" />
      <source>Recurring</source>
      <translation>متكرر</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/gift_dialog.py" line="192" />
      <location filename="caseworker/ui/dialogs/gift_dialog.py" line="82" />
      <source>Recurring gift</source>
      <translation>تبرع متكرر</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/gift_dialog.py" line="189" />
      <source>Recurring gift or pledge from {name}</source>
      <translation>تبرع متكرر أو تعهد من {name}</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/donor_detail.py" line="258" />
      <source>Recurring gifts and pledges</source>
      <translation>التبرعات المتكررة والتعهدات</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/donor_detail.py" line="263" />
      <source>Recurring or pledge…</source>
      <translation>متكرر أو تعهد…</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/client_records.py" line="133" />
      <source>Refer to an agency</source>
      <translation>إحالة إلى جهة</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/batch_gifts.py" line="160" />
      <source>Reference</source>
      <translation>المرجع</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/client_detail.py" line="318" />
      <location filename="caseworker/ui/views/client_detail.py" line="326" />
      <location filename="caseworker/ui/views/client_detail.py" line="420" />
      <source>Referrals</source>
      <translation>الإحالات</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/client_detail.py" line="420" />
      <source>Referrals ({n})</source>
      <translation>الإحالات ({n})</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/client_detail.py" line="318" />
      <source>Referred</source>
      <translation>محال</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/aid_grants.py" line="85" />
      <source>Refused</source>
      <translation>المرفوضة</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/donor_dialog.py" line="104" />
      <source>Relationship &amp;manager:</source>
      <translation>&amp;مسؤول العلاقة:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/donor_detail.py" line="186" />
      <source>Relationship manager</source>
      <translation>مسؤول العلاقة</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/correspondence.py" line="207" />
      <source>Reload the thank-you queue</source>
      <translation>إعادة تحميل قائمة الشكر</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/grant_detail.py" line="206" />
      <source>Remaining</source>
      <translation>المتبقي</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/organigram_page.py" line="278" />
      <source>Remind a case's &amp;worker:</source>
      <translation>&amp;تذكير أخصائي الحالة:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/organigram_page.py" line="282" />
      <source>Remind the worker at once</source>
      <translation>تذكير الأخصائي فورًا</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/organigram_page.py" line="354" />
      <source>Reminder for {category}</source>
      <translation>تذكير بشأن {category}</translation>
    </message>
    <message>
      <location filename="caseworker/ui/widgets/reminder_bell.py" line="127" />
      <source>Reminders</source>
      <translation>التذكيرات</translation>
    </message>
    <message>
      <location filename="caseworker/ui/widgets/reminder_bell.py" line="131" />
      <source>Reminders, newest first: Enter opens one</source>
      <translation>التذكيرات، الأحدث أولًا: Enter يفتح أحدها</translation>
    </message>
    <message>
      <location filename="caseworker/ui/widgets/reminder_bell.py" line="106" />
      <source>Reminders: none new</source>
      <translation>التذكيرات: لا جديد</translation>
    </message>
    <message>
      <location filename="caseworker/ui/widgets/reminder_bell.py" line="106" />
      <source>Reminders: {n} new</source>
      <translation>التذكيرات: {n} جديدة</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/policy_dialog.py" line="188" />
      <location filename="caseworker/ui/sections/administration.py" line="234" />
      <location filename="caseworker/ui/sections/administration.py" line="282" />
      <source>Remove</source>
      <translation>إزالة</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/client_detail.py" line="520" />
      <source>Remove attachment</source>
      <translation>إزالة المرفق</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/policy_dialog.py" line="189" />
      <source>Remove blackout</source>
      <translation>إزالة فترة الحظر</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/client_detail.py" line="458" />
      <source>Remove contact</source>
      <translation>إزالة جهة الاتصال</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/client_detail.py" line="284" />
      <source>Remove contact…</source>
      <translation>إزالة جهة الاتصال…</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/meeting_dialogs.py" line="265" />
      <source>Remove selected</source>
      <translation>إزالة المحدد</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/administration.py" line="283" />
      <source>Remove the logo</source>
      <translation>إزالة الشعار</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/administration.py" line="235" />
      <source>Remove the signature picture</source>
      <translation>إزالة صورة التوقيع</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/client_detail.py" line="411" />
      <source>Removed: {reason}</source>
      <translation>أُزيل: {reason}</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/client_detail.py" line="307" />
      <source>Remove…</source>
      <translation>إزالة…</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/case_detail.py" line="502" />
      <source>Reopen</source>
      <translation>إعادة الفتح</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/case_detail.py" line="500" />
      <source>Reopen {ref}</source>
      <translation>إعادة فتح {ref}</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/donor_detail.py" line="412" />
      <source>Replaces {number}</source>
      <translation>يحل محل {number}</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/grant_dialogs.py" line="549" />
      <source>Report people served by {what}</source>
      <translation>الإبلاغ عن الأشخاص المخدومين حسب {what}</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/grant_dialogs.py" line="633" />
      <source>Report submitted</source>
      <translation>تم تقديم التقرير</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/aid_grants.py" line="87" />
      <location filename="caseworker/ui/views/grant_detail.py" line="152" />
      <source>Reports</source>
      <translation>التقارير</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/grant_detail.py" line="169" />
      <location filename="caseworker/ui/views/grant_detail.py" line="167" />
      <location filename="caseworker/ui/views/grant_detail.py" line="299" />
      <source>Reports to the funder</source>
      <translation>التقارير إلى الجهة المانحة</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/grant_dialogs.py" line="247" />
      <source>Reports:</source>
      <translation>التقارير:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/policy_dialog.py" line="112" />
      <source>Request window in days</source>
      <translation>نافذة الطلبات بالأيام</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/grants.py" line="80" />
      <location filename="caseworker/ui/views/aid_grants.py" line="75" />
      <location filename="caseworker/ui/views/aid_grants.py" line="78" />
      <source>Requested</source>
      <translation>المطلوب</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/aid.py" line="234" />
      <source>Requested by</source>
      <translation>طلبه</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/planner.py" line="442" />
      <source>Requests</source>
      <translation>الطلبات</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/policy_dialog.py" line="113" />
      <source>Requests for a gift, at most:</source>
      <translation>طلبات التبرع، على الأكثر:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/case_detail.py" line="248" />
      <source>Res&amp;ume</source>
      <translation>&amp;استئناف</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/password_dialog.py" line="41" />
      <location filename="caseworker/ui/dialogs/password_dialog.py" line="41" />
      <location filename="caseworker/ui/sections/administration.py" line="543" />
      <source>Reset password</source>
      <translation>إعادة تعيين كلمة المرور</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/administration.py" line="542" />
      <source>Reset password…</source>
      <translation>إعادة تعيين كلمة المرور…</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/case_detail.py" line="220" />
      <source>Resolution</source>
      <translation>الحل</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/case_dialogs.py" line="259" />
      <source>Resolve</source>
      <translation>حل</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/case_dialogs.py" line="259" />
      <source>Resolve {ref}</source>
      <translation>حل {ref}</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/case_dialogs.py" line="274" />
      <source>Resolved by the worker alone or with a specialist</source>
      <translation>حلّها الأخصائي وحده أو مع متخصص</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/case_dialogs.py" line="275" />
      <source>Resolved:</source>
      <translation>الحل:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/backups_page.py" line="170" />
      <source>Restore a backup</source>
      <translation>استعادة نسخة احتياطية</translation>
    </message>
    <message>
      <location filename="caseworker/ui/application.py" line="110" />
      <source>Restore the backup now? The damaged file is kept beside it.</source>
      <translation>هل تريد استعادة النسخة الاحتياطية الآن؟ يُحتفظ بالملف التالف بجانبها.</translation>
    </message>
    <message>
      <location filename="caseworker/ui/backups_page.py" line="171" />
      <source>Restore the backup taken {when}? Everything saved since then is replaced by the backup's contents. The current database file is kept aside, renamed, so nothing is deleted.</source>
      <translation>هل تريد استعادة النسخة الاحتياطية المأخوذة في {when}؟ يُستبدل كل ما حُفظ منذ ذلك الحين بمحتوى النسخة الاحتياطية. يُحتفظ بملف قاعدة البيانات الحالي جانبًا بعد إعادة تسميته، فلا يُحذف شيء.</translation>
    </message>
    <message>
      <location filename="caseworker/ui/backups_page.py" line="81" />
      <source>Restore the chosen backup</source>
      <translation>استعادة النسخة الاحتياطية المختارة</translation>
    </message>
    <message>
      <location filename="caseworker/ui/backups_page.py" line="183" />
      <source>Restored. The replaced file is kept as {name}. Restart Caseworker so that every screen shows the restored data.</source>
      <translation>تمت الاستعادة. يُحتفظ بالملف المستبدَل باسم {name}. أعد تشغيل Caseworker لتعرض كل الشاشات البيانات المستعادة.</translation>
    </message>
    <message>
      <location filename="caseworker/ui/backups_page.py" line="80" />
      <source>Restore…</source>
      <translation>استعادة…</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/correspondence.py" line="94" />
      <source>Result</source>
      <translation>النتيجة</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/supporters.py" line="67" />
      <source>Retained (gave in both)</source>
      <translation>مستمرون (تبرعوا في الفترتين)</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/supporters.py" line="68" />
      <source>Retention</source>
      <translation>الاحتفاظ بالمتبرعين</translation>
    </message>
    <message>
      <location filename="caseworker/ui/my_work/cases.py" line="160" />
      <source>Return</source>
      <translation>إعادة</translation>
    </message>
    <message>
      <location filename="caseworker/ui/my_work/cases.py" line="104" />
      <source>Return the handoff with a reason</source>
      <translation>إعادة التسليم مع ذكر السبب</translation>
    </message>
    <message>
      <location filename="caseworker/ui/my_work/cases.py" line="158" />
      <source>Return {ref}</source>
      <translation>إعادة {ref}</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/administration.py" line="472" />
      <source>Role</source>
      <translation>الدور</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/user_dialog.py" line="66" />
      <location filename="caseworker/ui/sections/administration.py" line="451" />
      <source>Roles</source>
      <translation>الأدوار</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/user_dialog.py" line="67" />
      <source>Roles:</source>
      <translation>الأدوار:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/administration.py" line="584" />
      <source>Roles: {roles}</source>
      <translation>الأدوار: {roles}</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/administration.py" line="415" />
      <location filename="caseworker/ui/sections/administration.py" line="655" />
      <location filename="caseworker/ui/sections/administration.py" line="659" />
      <source>Rotate keys</source>
      <translation>تدوير المفاتيح</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/administration.py" line="482" />
      <source>Rotate keys…</source>
      <translation>تدوير المفاتيح…</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/administration.py" line="483" />
      <source>Rotate the database key</source>
      <translation>تدوير مفتاح قاعدة البيانات</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/case_dialogs.py" line="155" />
      <source>Routing suggestion</source>
      <translation>اقتراح التوجيه</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/grant_dialogs.py" line="607" />
      <source>Row {row}: {message}</source>
      <translation>الصف {row}: {message}</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/batch_gifts.py" line="324" />
      <source>Row {row}: {problem}</source>
      <translation>الصف {row}: {problem}</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/import_wizard.py" line="505" />
      <source>Rows</source>
      <translation>الصفوف</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/import_wizard.py" line="209" />
      <location filename="caseworker/ui/dialogs/import_wizard.py" line="214" />
      <source>Rows that would fail</source>
      <translation>الصفوف التي ستفشل</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/policy_dialog.py" line="169" />
      <source>Rules that only warn</source>
      <translation>قواعد تحذيرية فقط</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/mail_server.py" line="44" />
      <source>STARTTLS (usually port 587)</source>
      <translation>STARTTLS (عادة المنفذ 587)</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/supporters.py" line="73" />
      <source>SYBUNT value (their earlier giving)</source>
      <translation>قيمة SYBUNT (تبرعاتهم السابقة)</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/supporters.py" line="72" />
      <source>SYBUNT: gave earlier, in neither period</source>
      <translation>SYBUNT: تبرّع سابقًا، وليس في أيٍّ من الفترتين</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/planner.py" line="393" />
      <source>SYBUNT: gave some year, not last or this year</source>
      <translation>SYBUNT: تبرّع في سنة ما، وليس العام الماضي ولا هذا العام</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/donor_dialog.py" line="86" />
      <location filename="caseworker/ui/dialogs/donor_dialog.py" line="422" />
      <source>Sa&amp;lutation:</source>
      <translation>&amp;التحية:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/organigram_page.py" line="210" />
      <source>Sa&amp;ve person</source>
      <translation>&amp;حفظ الشخص</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/correspondence.py" line="529" />
      <source>Sa&amp;ve template</source>
      <translation>&amp;حفظ القالب</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/clients.py" line="73" />
      <location filename="caseworker/ui/widgets/flag_strip.py" line="32" />
      <source>Safeguarding</source>
      <translation>الحماية</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/client_detail.py" line="132" />
      <location filename="caseworker/ui/widgets/flag_strip.py" line="33" />
      <source>Safeguarding: {text}</source>
      <translation>الحماية: {text}</translation>
    </message>
    <message>
      <location filename="caseworker/ui/widgets/client_care_card.py" line="51" />
      <source>Satisfaction 1–5
(worker)</source>
      <translation>الرضا 1–5
(الأخصائي)</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/aid_dialogs.py" line="268" />
      <location filename="caseworker/ui/dialogs/care_dialogs.py" line="118" />
      <location filename="caseworker/ui/dialogs/care_dialogs.py" line="332" />
      <source>Save</source>
      <translation>حفظ</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/organigram_page.py" line="289" />
      <source>Save &amp;reminders</source>
      <translation>&amp;حفظ التذكيرات</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/client_detail.py" line="508" />
      <source>Save a copy</source>
      <translation>حفظ نسخة</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/client_detail.py" line="305" />
      <source>Save a copy…</source>
      <translation>حفظ نسخة…</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/client_dialog.py" line="254" />
      <location filename="caseworker/ui/dialogs/donor_dialog.py" line="258" />
      <location filename="caseworker/ui/dialogs/touchpoint_dialog.py" line="278" />
      <source>Save anyway</source>
      <translation>الحفظ على أي حال</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/batch_gifts.py" line="251" />
      <source>Save batch</source>
      <translation>حفظ الدفعة</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/meeting_dialogs.py" line="586" />
      <source>Save minutes</source>
      <translation>حفظ المحضر</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/client_records.py" line="152" />
      <source>Save outcome</source>
      <translation>حفظ النتيجة</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/administration.py" line="177" />
      <location filename="caseworker/ui/sections/administration.py" line="178" />
      <source>Save settings</source>
      <translation>حفظ الإعدادات</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/crash.py" line="52" />
      <location filename="caseworker/ui/dialogs/crash.py" line="59" />
      <source>Save the crash report</source>
      <translation>حفظ تقرير العطل</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/mail_server.py" line="75" />
      <source>Save the mail server settings</source>
      <translation>حفظ إعدادات خادم البريد</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/correspondence.py" line="530" />
      <source>Save the template</source>
      <translation>حفظ القالب</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/correspondence.py" line="445" />
      <source>Save the template first.</source>
      <translation>احفظ القالب أولًا.</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/administration.py" line="938" />
      <source>Save this computer's settings</source>
      <translation>حفظ إعدادات هذا الحاسوب</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/correspondence.py" line="698" />
      <source>Saved as version {n}.</source>
      <translation>حُفظ كالإصدار {n}.</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/donors.py" line="173" />
      <source>Saved {count} gifts, {total}.</source>
      <translation>حُفظ {count} تبرعًا، بإجمالي {total}.</translation>
    </message>
    <message>
      <location filename="caseworker/ui/main_window.py" line="193" />
      <source>Saved {name} in {folder}</source>
      <translation>حُفظ {name} في {folder}</translation>
    </message>
    <message>
      <location filename="caseworker/ui/application.py" line="222" />
      <location filename="caseworker/ui/sections/administration.py" line="393" />
      <source>Saved.</source>
      <translation>تم الحفظ.</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/administration.py" line="994" />
      <source>Saved. Caseworker opens the new database the next time it starts.</source>
      <translation>تم الحفظ. يفتح Caseworker قاعدة البيانات الجديدة عند تشغيله في المرة القادمة.</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/administration.py" line="996" />
      <source>Saved. Times are shown in {zone}; a list already open shows it when it is next refreshed.</source>
      <translation>تم الحفظ. تُعرض الأوقات بتوقيت {zone}؛ وتُظهر القائمة المفتوحة ذلك عند تحديثها التالي.</translation>
    </message>
    <message>
      <location filename="caseworker/ui/main_window.py" line="294" />
      <source>Saving…</source>
      <translation>جارٍ الحفظ…</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/override_dialog.py" line="24" />
      <source>Say why it should go ahead anyway. Your name and this reason are kept on the contact and in the audit log.</source>
      <translation>اذكر لماذا ينبغي المضي فيه على أي حال. يُحفظ اسمك وهذا السبب مع التواصل وفي سجل التدقيق.</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/aid_dialogs.py" line="327" />
      <source>Say why, for the audit log.</source>
      <translation>اذكر السبب، لسجل التدقيق.</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/planner.py" line="240" />
      <source>Schedule</source>
      <translation>جدولة</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/planner.py" line="241" />
      <source>Schedule the plan</source>
      <translation>جدولة الخطة</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/planner.py" line="374" />
      <source>Scheduled {scheduled} contacts as planned, moved {moved} to their next allowed time, left out {left}.</source>
      <translation>جُدول {scheduled} تواصلًا كما خُطط، ونُقل {moved} إلى موعدهم المسموح التالي، واستُبعد {left}.</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/mail_server.py" line="47" />
      <source>Se&amp;curity:</source>
      <translation>&amp;الأمان:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/main_window.py" line="153" />
      <source>Search   Ctrl+K</source>
      <translation>بحث   Ctrl+K</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/quick_search.py" line="50" />
      <source>Search results</source>
      <translation>نتائج البحث</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/quick_search.py" line="45" />
      <source>Search text</source>
      <translation>نص البحث</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/meeting_dialogs.py" line="662" />
      <source>Seconder</source>
      <translation>المثنّي</translation>
    </message>
    <message>
      <location filename="caseworker/ui/main_window.py" line="81" />
      <source>Sections</source>
      <translation>الأقسام</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/donors.py" line="57" />
      <location filename="caseworker/ui/sections/planner.py" line="173" />
      <location filename="caseworker/ui/views/donor_detail.py" line="124" />
      <source>Segment</source>
      <translation>الشريحة</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/mail_server.py" line="62" />
      <source>Send &amp;from:</source>
      <translation>&amp;الإرسال من:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/correspondence.py" line="517" />
      <source>Send a letter instead</source>
      <translation>إرسال رسالة ورقية بدلًا من ذلك</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/correspondence.py" line="518" />
      <source>Send nothing</source>
      <translation>عدم إرسال أي شيء</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/correspondence.py" line="317" />
      <source>Send the queued e-mail now</source>
      <translation>إرسال البريد المنتظر الآن</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/mail_server.py" line="64" />
      <source>Sender &amp;name:</source>
      <translation>&amp;اسم المرسل:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/correspondence.py" line="304" />
      <source>Sent</source>
      <translation>مُرسَل</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/correspondence.py" line="782" />
      <source>Sent from the outbox by itself: {summary}</source>
      <translation>أُرسل من صندوق الصادر تلقائيًا: {summary}</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/administration.py" line="686" />
      <source>Separate</source>
      <translation>افصل</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/administration.py" line="689" />
      <location filename="caseworker/ui/sections/administration.py" line="681" />
      <location filename="caseworker/ui/sections/administration.py" line="706" />
      <source>Separate clients and donors</source>
      <translation>افصل العملاء عن المتبرعين</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/administration.py" line="488" />
      <source>Separate clients and donors…</source>
      <translation>افصل العملاء عن المتبرعين…</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/client_dialog.py" line="122" />
      <source>Separated by commas, e.g. housing, food</source>
      <translation>مفصولة بفواصل، مثل: السكن، الغذاء</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/import_wizard.py" line="179" />
      <source>Separator</source>
      <translation>الفاصل</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/meeting_dialogs.py" line="157" />
      <source>Series ends</source>
      <translation>نهاية السلسلة</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/insight.py" line="131" />
      <source>Service quality</source>
      <translation>جودة الخدمة</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/client_care_tab.py" line="76" />
      <source>Set &amp;rhythm…</source>
      <translation>&amp;تحديد الوتيرة…</translation>
    </message>
    <message>
      <location filename="caseworker/ui/db_roles_ui.py" line="42" />
      <source>Set up database roles</source>
      <translation>إعداد أدوار قاعدة البيانات</translation>
    </message>
    <message>
      <location filename="caseworker/ui/db_roles_ui.py" line="41" />
      <source>Set up roles</source>
      <translation>إعداد الأدوار</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/administration.py" line="130" />
      <source>Sets the registration label, paper size and date style of the paperwork</source>
      <translation>يحدد تسمية التسجيل وحجم الورق ونمط التاريخ في المستندات</translation>
    </message>
    <message>
      <location filename="caseworker/ui/db_roles_ui.py" line="85" />
      <source>Setting up…</source>
      <translation>جارٍ الإعداد…</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/administration.py" line="1061" />
      <source>Settings</source>
      <translation>الإعدادات</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/administration.py" line="1078" />
      <source>Settings pages</source>
      <translation>صفحات الإعدادات</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/donor_dialog.py" line="478" />
      <location filename="caseworker/ui/dialogs/gift_dialog.py" line="162" />
      <source>Several donors match — type more of the name.</source>
      <translation>يطابق عدة متبرعين — اكتب المزيد من الاسم.</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/batch_gifts.py" line="128" />
      <source>Several donors match “{text}”: choose one from the list.</source>
      <translation>يطابق عدة متبرعين «{text}»: اختر واحدًا من القائمة.</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/aid_grants.py" line="81" />
      <source>Share spent</source>
      <translation>نسبة المصروف</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/organigram_page.py" line="384" />
      <source>Share them by routing and workload</source>
      <translation>توزيعها حسب التوجيه وحجم العمل</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/calendar.py" line="401" />
      <source>Show a {mode}</source>
      <translation>عرض {mode}</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/cases.py" line="71" />
      <source>Show cases by status</source>
      <translation>عرض الحالات حسب الوضع</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/cases.py" line="82" />
      <source>Show cases of a category</source>
      <translation>عرض حالات فئة</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/service_quality.py" line="286" />
      <source>Show chart</source>
      <translation>عرض الرسم البياني</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/clients.py" line="79" />
      <source>Show clients by key worker</source>
      <translation>عرض المستفيدين حسب الأخصائي المسؤول</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/clients.py" line="71" />
      <source>Show clients with a flag</source>
      <translation>عرض المستفيدين الذين لديهم علامة</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/aid.py" line="186" />
      <source>Show disbursements by status</source>
      <translation>عرض المصروفات حسب الوضع</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/donors.py" line="91" />
      <source>Show donors by relationship manager</source>
      <translation>عرض المتبرعين حسب مسؤول العلاقة</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/donors.py" line="77" />
      <source>Show donors of a segment</source>
      <translation>عرض متبرعي شريحة</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/donors.py" line="84" />
      <source>Show individuals or organisations</source>
      <translation>عرض الأفراد أو المنظمات</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/correspondence.py" line="310" />
      <source>Show messages</source>
      <translation>عرض الرسائل</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/donors.py" line="115" />
      <source>Show neglected donors</source>
      <translation>عرض المتبرعين المهمَلين</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/calendar.py" line="406" />
      <source>Show only my meetings, deadlines and actions</source>
      <translation>عرض اجتماعاتي ومواعيدي النهائية وإجراءاتي فقط</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/service_quality.py" line="161" />
      <location filename="caseworker/ui/views/service_quality.py" line="286" />
      <source>Show table</source>
      <translation>عرض الجدول</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/service_quality.py" line="163" />
      <source>Show the chart's table</source>
      <translation>عرض جدول الرسم البياني</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/administration.py" line="468" />
      <source>Show users</source>
      <translation>عرض المستخدمين</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/calendar.py" line="395" />
      <source>Shown period</source>
      <translation>الفترة المعروضة</translation>
    </message>
    <message>
      <location filename="caseworker/ui/main_window.py" line="130" />
      <source>Sign &amp;out</source>
      <translation>&amp;تسجيل الخروج</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/sign_in.py" line="68" />
      <source>Sign in</source>
      <translation>تسجيل الدخول</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/sign_in.py" line="56" />
      <source>Sign in to Caseworker</source>
      <translation>تسجيل الدخول إلى Caseworker</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/administration.py" line="160" />
      <source>Signature on receipts:</source>
      <translation>التوقيع على الإيصالات:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/main_window.py" line="171" />
      <source>Signed in as {name} ({roles})</source>
      <translation>مسجّل الدخول باسم {name} ‏({roles})</translation>
    </message>
    <message>
      <location filename="caseworker/ui/backups_page.py" line="64" />
      <location filename="caseworker/ui/views/client_detail.py" line="300" />
      <source>Size</source>
      <translation>الحجم</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/correspondence.py" line="275" />
      <source>Skipped: {reason}</source>
      <translation>تُخطي: {reason}</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/donor_detail.py" line="485" />
      <source>Soft credit: {name} ({amount})</source>
      <translation>نسب غير مباشر: {name} ‏({amount})</translation>
    </message>
    <message>
      <location filename="caseworker/ui/widgets/client_care_card.py" line="50" />
      <source>Solved
(client)</source>
      <translation>حُلّت
(المستفيد)</translation>
    </message>
    <message>
      <location filename="caseworker/ui/export.py" line="88" />
      <source>Some characters have no printed form and show as a box: {characters}</source>
      <translation>بعض الأحرف ليس لها شكل مطبوع وتظهر كمربع: {characters}</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/meeting_dialogs.py" line="258" />
      <source>Someone from outside: name</source>
      <translation>شخص من خارج المنظمة: الاسم</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/crash.py" line="41" />
      <source>Something went wrong inside Caseworker. Nothing half-done was saved: the action was rolled back.</source>
      <translation>حدث خطأ داخل Caseworker. لم يُحفظ شيء منقوص: أُلغي الإجراء بالكامل.</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/case_detail.py" line="220" />
      <source>Specialists</source>
      <translation>المتخصصون</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/grant_detail.py" line="219" />
      <location filename="caseworker/ui/views/grant_detail.py" line="218" />
      <source>Spending</source>
      <translation>الإنفاق</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/aid_grants.py" line="80" />
      <source>Spending against awards</source>
      <translation>الإنفاق مقابل المنح</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/aid_grants.py" line="81" />
      <location filename="caseworker/ui/views/grant_detail.py" line="206" />
      <source>Spent</source>
      <translation>المصروف</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/grant_outputs.py" line="108" />
      <source>Spent from this grant</source>
      <translation>المصروف من هذه المنحة</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/supporters.py" line="38" />
      <source>Staff member</source>
      <translation>الموظف</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/aid_grants.py" line="75" />
      <source>Stage</source>
      <translation>المرحلة</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/donor_detail.py" line="345" />
      <source>Start a household…</source>
      <translation>إنشاء أسرة…</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/meeting_dialogs.py" line="132" />
      <source>Starts at</source>
      <translation>يبدأ في</translation>
    </message>
    <message>
      <location filename="caseworker/ui/db_roles_ui.py" line="36" />
      <location filename="caseworker/ui/dialogs/import_wizard.py" line="506" />
      <location filename="caseworker/ui/views/client_detail.py" line="301" />
      <source>State</source>
      <translation>الوضع</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/donor_detail.py" line="530" />
      <source>Statement for the year:</source>
      <translation>كشف السنة:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/administration.py" line="453" />
      <location filename="caseworker/ui/sections/aid.py" line="59" />
      <location filename="caseworker/ui/sections/aid.py" line="178" />
      <source>Status</source>
      <translation>الوضع</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/donor_dialog.py" line="101" />
      <source>Stewardship</source>
      <translation>رعاية المتبرعين</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/correspondence.py" line="99" />
      <source>Stop</source>
      <translation>إيقاف</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/correspondence.py" line="100" />
      <source>Stop sending</source>
      <translation>إيقاف الإرسال</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/cases.py" line="56" />
      <location filename="caseworker/ui/sections/correspondence.py" line="302" />
      <source>Subject</source>
      <translation>الموضوع</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/correspondence.py" line="721" />
      <source>Subject: {subject}</source>
      <translation>الموضوع: {subject}</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/grant_dialogs.py" line="242" />
      <source>Submission &amp;deadline:</source>
      <translation>&amp;الموعد النهائي للتقديم:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/grant_detail.py" line="168" />
      <location filename="caseworker/ui/views/grant_detail.py" line="318" />
      <source>Submitted</source>
      <translation>مقدَّم</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/aid_grants.py" line="132" />
      <source>Submitted late</source>
      <translation>قُدِّم متأخرًا</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/aid_grants.py" line="132" />
      <source>Submitted on or before the due date</source>
      <translation>قُدِّمت في موعد الاستحقاق أو قبله</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/aid_grants.py" line="77" />
      <source>Success by funder (decided, submitted in the period)</source>
      <translation>النجاح حسب الجهة المانحة (المبتّ فيها، المقدمة في الفترة)</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/aid_grants.py" line="78" />
      <source>Success rate</source>
      <translation>نسبة النجاح</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/case_dialogs.py" line="188" />
      <source>Suggested: {reason}</source>
      <translation>مقترح: {reason}</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/client_dialog.py" line="114" />
      <source>Support</source>
      <translation>الدعم</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/case_detail.py" line="219" />
      <source>Support level</source>
      <translation>مستوى الدعم</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/insight.py" line="139" />
      <source>Supporters</source>
      <translation>الداعمون</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/gift_dialog.py" line="94" />
      <source>T&amp;hanked on:</source>
      <translation>&amp;تاريخ الشكر:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/mail_server.py" line="45" />
      <source>TLS from the start (usually port 465)</source>
      <translation>TLS من البداية (عادة المنفذ 465)</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/client_dialog.py" line="121" />
      <source>Ta&amp;gs:</source>
      <translation>&amp;الوسوم:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/client_detail.py" line="244" />
      <source>Tags</source>
      <translation>الوسوم</translation>
    </message>
    <message>
      <location filename="caseworker/ui/backups_page.py" line="64" />
      <source>Taken</source>
      <translation>وقت النسخ</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/grant_dialogs.py" line="533" />
      <source>Target</source>
      <translation>الهدف</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/grant_dialogs.py" line="518" />
      <location filename="caseworker/ui/views/grant_detail.py" line="132" />
      <source>Targets and outcomes</source>
      <translation>الأهداف والنتائج</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/grant_dialogs.py" line="522" />
      <source>Targets are for the whole grant. The grant report sets what was reached against them.</source>
      <translation>الأهداف للمنحة كاملة. ويقارن تقرير المنحة ما تحقق بها.</translation>
    </message>
    <message>
      <location filename="caseworker/ui/parts.py" line="111" />
      <location filename="caseworker/ui/views/grant_detail.py" line="194" />
      <location filename="caseworker/ui/views/meeting_detail.py" line="146" />
      <source>Tasks</source>
      <translation>المهام</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/case_detail.py" line="340" />
      <source>Tasks on this case</source>
      <translation>المهام على هذه الحالة</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/client_care_tab.py" line="90" />
      <source>Tasks on this client</source>
      <translation>المهام على هذا المستفيد</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/administration.py" line="452" />
      <source>Team</source>
      <translation>الفريق</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/care_dialogs.py" line="181" />
      <source>Team: {name}</source>
      <translation>الفريق: {name}</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/administration.py" line="585" />
      <source>Team: {team}</source>
      <translation>الفريق: {team}</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/organigram_page.py" line="105" />
      <source>Teams</source>
      <translation>الفرق</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/administration.py" line="1071" />
      <location filename="caseworker/ui/views/organigram_page.py" line="85" />
      <source>Teams and routing</source>
      <translation>الفرق والتوجيه</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/organigram_page.py" line="92" />
      <source>Teams, people and reminders</source>
      <translation>الفرق والأشخاص والتذكيرات</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/correspondence.py" line="534" />
      <source>Template status</source>
      <translation>حالة القالب</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/correspondence.py" line="220" />
      <source>Template:</source>
      <translation>القالب:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/correspondence.py" line="491" />
      <location filename="caseworker/ui/sections/correspondence.py" line="758" />
      <source>Templates</source>
      <translation>القوالب</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/crash.py" line="61" />
      <source>Text files (*.txt)</source>
      <translation>ملفات نصية (*.txt)</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/correspondence.py" line="204" />
      <source>Thank &amp;all</source>
      <translation>&amp;شكر الجميع</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/correspondence.py" line="205" />
      <source>Thank every gift in the queue</source>
      <translation>الشكر على كل التبرعات في القائمة</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/mail_server.py" line="73" />
      <source>Thank gifts &amp;within:</source>
      <translation>&amp;الشكر على التبرعات خلال:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/correspondence.py" line="203" />
      <source>Thank the selected gifts</source>
      <translation>الشكر على التبرعات المحددة</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/correspondence.py" line="754" />
      <source>Thank-you queue</source>
      <translation>قائمة الشكر</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/correspondence.py" line="200" />
      <source>Thank-you template</source>
      <translation>قالب الشكر</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/donor_detail.py" line="250" />
      <source>Thanked</source>
      <translation>تم الشكر</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/calendar.py" line="416" />
      <source>The agendas and minutes of a month's meetings as one PDF or a ZIP</source>
      <translation>جداول أعمال ومحاضر اجتماعات شهر كملف PDF واحد أو ZIP</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/case_detail.py" line="501" />
      <source>The case goes back to in progress and its resolution is cleared (the timeline keeps it).</source>
      <translation>تعود الحالة إلى «قيد العمل» ويُمسح حلها (يحتفظ به السجل الزمني).</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/case_detail.py" line="487" />
      <source>The case moves to support level {level}. Say why, for whoever picks it up.</source>
      <translation>تنتقل الحالة إلى مستوى الدعم {level}. اذكر السبب لمن سيتولاها.</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/case_dialogs.py" line="212" />
      <source>The case stays with you until the other worker accepts it in their My work.</source>
      <translation>تبقى الحالة معك حتى يقبلها الأخصائي الآخر في «عملي» لديه.</translation>
    </message>
    <message>
      <location filename="caseworker/ui/my_work/cases.py" line="159" />
      <source>The case stays with {name}. Tell them why you cannot take it.</source>
      <translation>تبقى الحالة مع {name}. أخبره لماذا لا يمكنك تولّيها.</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/case_detail.py" line="283" />
      <source>The case summary as a PDF (notes only for roles that may read them)</source>
      <translation>ملخص الحالة بصيغة PDF (الملاحظات فقط للأدوار المسموح لها بقراءتها)</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/client_detail.py" line="184" />
      <source>The client's aid statement for the last 12 months, as a PDF</source>
      <translation>كشف مساعدات المستفيد لآخر 12 شهرًا، بصيغة PDF</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/case_detail.py" line="564" />
      <source>The client's cases</source>
      <translation>حالات المستفيد</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/case_detail.py" line="566" />
      <source>The client's cases: Enter opens one</source>
      <translation>حالات المستفيد: Enter يفتح إحداها</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/care_dialogs.py" line="353" />
      <source>The client's days (none: any day)</source>
      <translation>أيام المستفيد (بلا تحديد: أي يوم)</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/care_dialogs.py" line="277" />
      <source>The client's feedback on {ref}</source>
      <translation>ملاحظات المستفيد على {ref}</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/case_detail.py" line="292" />
      <source>The client's own view of the outcome, beside your verdict</source>
      <translation>رأي المستفيد في النتيجة، بجانب تقييمك</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/client_care_tab.py" line="67" />
      <source>The client's team, with each person's role</source>
      <translation>فريق المستفيد، مع دور كل شخص</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/touchpoint_dialog.py" line="118" />
      <source>The contact guard's verdict</source>
      <translation>حكم حارس التواصل</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/client_detail.py" line="513" />
      <source>The copy could not be saved: {error}</source>
      <translation>تعذّر حفظ النسخة: {error}</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/insight.py" line="81" />
      <source>The dashboard as a PDF report for the board</source>
      <translation>لوحة المعلومات كتقرير PDF لمجلس الإدارة</translation>
    </message>
    <message>
      <source>The database file is re-encrypted with a new key that only active accounts can open; a copy of the key file taken before, with a former colleague's password, then opens nothing. Everyone else must close Caseworker first. Backups taken before keep the old key.</source>
      <translation type="obsolete">يُعاد تشفير ملف قاعدة البيانات بمفتاح جديد لا تفتحه إلا الحسابات النشطة؛ فلا تفتح نسخةٌ من ملف المفاتيح أُخذت سابقًا مع كلمة مرور زميل سابق أيَّ شيء. يجب على الجميع إغلاق Caseworker أولًا. تحتفظ النسخ الاحتياطية السابقة بالمفتاح القديم.</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/administration.py" line="656" />
      <source>The database files are re-encrypted with new keys that only active accounts can open, each only the files its roles may read; a copy of the key file taken before, with a former colleague's password, then opens nothing. Everyone else must close Caseworker first. Backups taken before keep the old keys.</source>
      <translation>يُعاد تشفير ملفات قاعدة البيانات بمفاتيح جديدة لا تفتحها إلا الحسابات النشطة، كلٌّ منها الملفات التي تسمح أدواره بقراءتها فقط؛ ونسخة من ملف المفاتيح أُخذت من قبل، مع كلمة مرور زميل سابق، لا تفتح بعد ذلك شيئاً. يجب على الجميع إغلاق Caseworker أولاً. النسخ الاحتياطية المأخوذة من قبل تحتفظ بالمفاتيح القديمة.</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/administration.py" line="672" />
      <source>The database now opens only with the active accounts' passwords.</source>
      <translation>لم تعد قاعدة البيانات تُفتح إلا بكلمات مرور الحسابات النشطة.</translation>
    </message>
    <message>
      <location filename="caseworker/ui/demo_start.py" line="71" />
      <source>The demo could not be made: {reason}</source>
      <translation>تعذّر إنشاء النسخة التجريبية: {reason}</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/donor_dialog.py" line="323" />
      <source>The donor asked for no contact at all</source>
      <translation>طلب المتبرع عدم التواصل مطلقًا</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/donor_detail.py" line="290" />
      <source>The donor's giving statement for a year, as a PDF</source>
      <translation>كشف تبرعات المتبرع لسنة، بصيغة PDF</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/service_quality.py" line="202" />
      <source>The figures of every group</source>
      <translation>أرقام كل مجموعة</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/client_detail.py" line="494" />
      <source>The file could not be read: {error}</source>
      <translation>تعذّرت قراءة الملف: {error}</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/administration.py" line="254" />
      <location filename="caseworker/ui/sections/administration.py" line="333" />
      <source>The file could not be read: {reason}</source>
      <translation>تعذّرت قراءة الملف: {reason}</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/import_wizard.py" line="148" />
      <source>The file holds</source>
      <translation>يحتوي الملف على</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/import_wizard.py" line="169" />
      <source>The file's encoding</source>
      <translation>ترميز الملف</translation>
    </message>
    <message>
      <location filename="caseworker/ui/export.py" line="174" />
      <source>The fiscal year starting in that year</source>
      <translation>السنة المالية التي تبدأ في تلك السنة</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/donor_detail.py" line="508" />
      <source>The gift stays on record, marked void. Why is it void (a refund, a bounced cheque, a mistake)?</source>
      <translation>يبقى التبرع في السجل، معلَّمًا كملغى. لماذا أُلغي (استرداد، شيك مرتجع، خطأ)؟</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/correspondence.py" line="514" />
      <source>The gift's receipt</source>
      <translation>إيصال التبرع</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/grant_outputs.py" line="56" />
      <source>The grant's outputs</source>
      <translation>مخرجات المنحة</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/grant_outputs.py" line="38" />
      <source>The grant's outputs as a PDF page for the grant report</source>
      <translation>مخرجات المنحة كصفحة PDF لتقرير المنحة</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/touchpoint_dialog.py" line="79" />
      <source>The guard allows this contact.</source>
      <translation>يسمح الحارس بهذا التواصل.</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/override_dialog.py" line="19" />
      <source>The guard blocked this contact because:</source>
      <translation>حظر الحارس هذا التواصل للأسباب التالية:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/touchpoint_dialog.py" line="81" />
      <source>The guard blocks this contact.</source>
      <translation>يحظر الحارس هذا التواصل.</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/import_wizard.py" line="566" />
      <location filename="caseworker/ui/dialogs/import_wizard.py" line="456" />
      <source>The import was undone.</source>
      <translation>تم التراجع عن الاستيراد.</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/correspondence.py" line="515" />
      <source>The letter as PDF</source>
      <translation>الرسالة بصيغة PDF</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/import_wizard.py" line="305" />
      <source>The mapping last used for a file with these columns.</source>
      <translation>المطابقة المستخدمة آخر مرة لملف بهذه الأعمدة.</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/care_dialogs.py" line="206" />
      <source>The next time that suits them: {when}.</source>
      <translation>أقرب وقت يناسبهم: {when}.</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/grant_dialogs.py" line="223" />
      <source>The organisation</source>
      <translation>المنظمة</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/donor_detail.py" line="335" />
      <source>The organisation's</source>
      <translation>إعداد المنظمة</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/administration.py" line="927" />
      <source>The organisation's ({zone})</source>
      <translation>منطقة المنظمة ({zone})</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/donor_detail.py" line="370" />
      <source>The organisation's policy</source>
      <translation>سياسة المنظمة</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/policy_dialog.py" line="172" />
      <source>The organisation's zone ({zone})</source>
      <translation>منطقة المنظمة الزمنية ({zone})</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/administration.py" line="338" />
      <source>The picture could not be read.</source>
      <translation>تعذّرت قراءة الصورة.</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/care_dialogs.py" line="284" />
      <source>The questions as a PDF the client fills in; type their answers here after</source>
      <translation>الأسئلة بصيغة PDF يملؤها المستفيد؛ ثم اكتب إجاباته هنا</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/meeting_detail.py" line="100" />
      <source>The quorum, and who proposed and seconded each decision and how the vote went</source>
      <translation>النصاب، ومن اقترح كل قرار ومن ثنّى عليه، وكيف جرى التصويت</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/donor_detail.py" line="540" />
      <source>The receipt is kept, marked void, and a new one names it. Why?</source>
      <translation>يُحتفظ بالإيصال معلَّمًا كملغى، ويُشير إليه إيصال جديد. لماذا؟</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/crash.py" line="84" />
      <source>The report could not be saved: {reason}</source>
      <translation>تعذّر حفظ التقرير: {reason}</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/grant_dialogs.py" line="635" />
      <source>The report due on {day}: when did it go to the funder?</source>
      <translation>التقرير المستحق في {day}: متى أُرسل إلى الجهة المانحة؟</translation>
    </message>
    <message>
      <location filename="caseworker/ui/db_roles_ui.py" line="89" />
      <source>The roles are set up.</source>
      <translation>تم إعداد الأدوار.</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/donor_detail.py" line="287" />
      <source>The selected receipt as a PDF</source>
      <translation>الإيصال المحدد بصيغة PDF</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/import_wizard.py" line="173" />
      <source>The separator between columns</source>
      <translation>الفاصل بين الأعمدة</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/administration.py" line="983" />
      <source>The settings could not be saved: {reason}</source>
      <translation>تعذّر حفظ الإعدادات: {reason}</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/care_dialogs.py" line="126" />
      <source>The task is about</source>
      <translation>المهمة تتعلق بـ</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/password_dialog.py" line="68" />
      <location filename="caseworker/ui/dialogs/sign_in.py" line="181" />
      <location filename="caseworker/ui/dialogs/user_dialog.py" line="125" />
      <source>The two passwords differ.</source>
      <translation>كلمتا المرور مختلفتان.</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/meeting_dialogs.py" line="863" />
      <source>The whole &amp;series</source>
      <translation>&amp;السلسلة كلها</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/donor_dialog.py" line="445" />
      <source>The {name} household</source>
      <translation>أسرة {name}</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/case_dialogs.py" line="171" />
      <source>There are no case categories yet: a manager adds them under Cases.</source>
      <translation>لا توجد فئات حالات بعد: يضيفها المدير في قسم الحالات.</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/aid.py" line="353" />
      <source>There is no open fund yet: a manager adds one first.</source>
      <translation>لا يوجد صندوق مفتوح بعد: يجب أن يضيف المدير صندوقًا أولًا.</translation>
    </message>
    <message>
      <location filename="caseworker/ui/main_window.py" line="273" />
      <source>There is nothing to create in this section.</source>
      <translation>لا يوجد ما يُنشأ في هذا القسم.</translation>
    </message>
    <message>
      <location filename="caseworker/ui/db_roles_ui.py" line="72" />
      <source>These people's roles have no password yet; they sign in once through the owner's URL, or you reset their password: {names}</source>
      <translation>أدوار هؤلاء الأشخاص بلا كلمة مرور بعد؛ يسجّلون الدخول مرة عبر عنوان المالك، أو تعيد أنت تعيين كلمة مرورهم: {names}</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/policy_dialog.py" line="82" />
      <source>These rules apply to every supporter, unless a supporter's own wishes say otherwise. Changes apply to contacts planned from now on.</source>
      <translation>تسري هذه القواعد على كل داعم، ما لم تنص رغبات الداعم الخاصة على غير ذلك. تسري التغييرات على التواصل المخطط من الآن فصاعدًا.</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/administration.py" line="947" />
      <source>These settings belong to this computer only. In use now: {location}</source>
      <translation>هذه الإعدادات خاصة بهذا الحاسوب فقط. المستخدم الآن: {location}</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/administration.py" line="674" />
      <location filename="caseworker/ui/sections/administration.py" line="704" />
      <source>These users need a new password before they can sign in: {names}</source>
      <translation>يحتاج هؤلاء المستخدمون إلى كلمة مرور جديدة قبل تسجيل الدخول: {names}</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/meeting_dialogs.py" line="862" />
      <source>This &amp;occurrence</source>
      <translation>&amp;هذا الموعد</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/grant_dialogs.py" line="409" />
      <source>This application has reached the end of the pipeline.</source>
      <translation>وصل هذا الطلب إلى نهاية المسار.</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/insight.py" line="76" />
      <source>This calendar year</source>
      <translation>هذه السنة الميلادية</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/administration.py" line="946" />
      <location filename="caseworker/ui/sections/administration.py" line="1074" />
      <source>This computer</source>
      <translation>هذا الحاسوب</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/sign_in.py" line="119" />
      <source>This database is new. Tell Caseworker about your organisation, and create the administrator account: you will use it to add your colleagues and choose what each may see.</source>
      <translation>قاعدة البيانات هذه جديدة. عرّف Caseworker بمنظمتك، وأنشئ حساب مسؤول النظام: ستستخدمه لإضافة زملائك واختيار ما يمكن لكل منهم رؤيته.</translation>
    </message>
    <message>
      <location filename="caseworker/ui/backups_page.py" line="103" />
      <source>This database is on a PostgreSQL server: back it up with the server's own tools, for example pg_dump -Fc caseworker &gt; caseworker.dump on a schedule, kept on an encrypted disk, and restore with pg_restore. Caseworker does not copy a server's database itself.</source>
      <translation>قاعدة البيانات هذه على خادم PostgreSQL: انسخها احتياطيًا بأدوات الخادم نفسه، مثل pg_dump -Fc caseworker &gt; caseworker.dump وفق جدول زمني، واحفظها على قرص مشفر، واستعدها باستخدام pg_restore. لا ينسخ Caseworker قاعدة بيانات الخادم بنفسه.</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/insight.py" line="77" />
      <source>This fiscal year</source>
      <translation>هذه السنة المالية</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/aid_dialogs.py" line="186" />
      <source>This fund has no cap or budget limit.</source>
      <translation>لا يوجد لهذا الصندوق حد أقصى أو حد للميزانية.</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/donor_dialog.py" line="252" />
      <source>This may be a supporter already on file:</source>
      <translation>قد يكون هذا داعمًا مسجلًا بالفعل:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/client_dialog.py" line="248" />
      <source>This may be someone already on file:</source>
      <translation>قد يكون هذا شخصًا مسجلًا بالفعل:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/meeting_dialogs.py" line="645" />
      <source>This meeting has a quorum of</source>
      <translation>نصاب هذا الاجتماع</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/meeting_dialogs.py" line="861" />
      <source>This meeting repeats. Change only this occurrence, or the whole series?</source>
      <translation>هذا الاجتماع متكرر. هل تغيّر هذا الموعد فقط أم السلسلة كلها؟</translation>
    </message>
    <message>
      <location filename="caseworker/ui/person_data.py" line="75" />
      <source>This person's data: export or erase</source>
      <translation>بيانات هذا الشخص: تصدير أو محو</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/donor_dialog.py" line="98" />
      <location filename="caseworker/ui/dialogs/donor_dialog.py" line="326" />
      <location filename="caseworker/ui/dialogs/meeting_dialogs.py" line="142" />
      <source>Time &amp;zone:</source>
      <translation>&amp;المنطقة الزمنية:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/administration.py" line="143" />
      <location filename="caseworker/ui/views/donor_detail.py" line="185" />
      <source>Time zone</source>
      <translation>المنطقة الزمنية</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/policy_dialog.py" line="173" />
      <source>Time zone for supporters without one:</source>
      <translation>المنطقة الزمنية للداعمين الذين ليست لهم منطقة:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/parts.py" line="108" />
      <location filename="caseworker/ui/views/case_detail.py" line="94" />
      <location filename="caseworker/ui/views/case_detail.py" line="300" />
      <source>Timeline</source>
      <translation>السجل الزمني</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/case_detail.py" line="579" />
      <source>Timeline of all the client's cases</source>
      <translation>السجل الزمني لكل حالات المستفيد</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/policy_dialog.py" line="176" />
      <location filename="caseworker/ui/sections/administration.py" line="736" />
      <location filename="caseworker/ui/sections/correspondence.py" line="301" />
      <source>To</source>
      <translation>إلى</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/calendar.py" line="388" />
      <source>Today</source>
      <translation>اليوم</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/case_dialogs.py" line="158" />
      <location filename="caseworker/ui/dialogs/case_dialogs.py" line="340" />
      <source>Today, or YYYY-MM-DD</source>
      <translation>اليوم، أو YYYY-MM-DD</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/gift_dialog.py" line="277" />
      <location filename="caseworker/ui/views/grant_detail.py" line="353" />
      <source>Total</source>
      <translation>الإجمالي</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/donors.py" line="59" />
      <source>Town</source>
      <translation>المدينة</translation>
    </message>
    <message>
      <location filename="caseworker/ui/widgets/client_care_card.py" line="51" />
      <source>Treated 1–5
(client)</source>
      <translation>المعاملة 1–5
(المستفيد)</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/correspondence.py" line="305" />
      <source>Tries</source>
      <translation>المحاولات</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/correspondence.py" line="331" />
      <source>Try the selected failed message again</source>
      <translation>إعادة محاولة الرسالة الفاشلة المحددة</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/client_detail.py" line="300" />
      <source>Type</source>
      <translation>النوع</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/donor_dialog.py" line="432" />
      <source>Type a donor's name and press Enter</source>
      <translation>اكتب اسم متبرع واضغط Enter</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/quick_search.py" line="44" />
      <source>Type a name…</source>
      <translation>اكتب اسمًا…</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/aid_dialogs.py" line="65" />
      <location filename="caseworker/ui/dialogs/case_dialogs.py" line="138" />
      <location filename="caseworker/ui/dialogs/grant_dialogs.py" line="225" />
      <source>Type part of the client's name</source>
      <translation>اكتب جزءًا من اسم المستفيد</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/quick_search.py" line="54" />
      <location filename="caseworker/ui/dialogs/quick_search.py" line="108" />
      <source>Type to search everything you may see.</source>
      <translation>اكتب للبحث في كل ما يُسمح لك برؤيته.</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/administration.py" line="180" />
      <location filename="caseworker/ui/sections/administration.py" line="181" />
      <source>Undo changes</source>
      <translation>التراجع عن التغييرات</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/import_wizard.py" line="485" />
      <location filename="caseworker/ui/dialogs/import_wizard.py" line="516" />
      <location filename="caseworker/ui/dialogs/import_wizard.py" line="452" />
      <source>Undo import</source>
      <translation>التراجع عن الاستيراد</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/import_wizard.py" line="486" />
      <source>Undo import batch {batch}? The records it created are removed and the fields it changed are put back. If anyone changed those records since, nothing is undone and you are told which.</source>
      <translation>هل تريد التراجع عن دفعة الاستيراد {batch}؟ تُزال السجلات التي أنشأتها وتُعاد الحقول التي غيّرتها. إن غيّر أحد تلك السجلات منذ ذلك الحين، فلن يُتراجع عن شيء وسيُذكر لك أيها.</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/import_wizard.py" line="515" />
      <source>Undo result</source>
      <translation>نتيجة التراجع</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/import_wizard.py" line="517" />
      <source>Undo the chosen import</source>
      <translation>التراجع عن الاستيراد المختار</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/import_wizard.py" line="233" />
      <location filename="caseworker/ui/dialogs/import_wizard.py" line="234" />
      <source>Undo this import</source>
      <translation>التراجع عن هذا الاستيراد</translation>
    </message>
    <message>
      <location filename="caseworker/ui/idle_lock.py" line="49" />
      <source>Unlock</source>
      <translation>فتح القفل</translation>
    </message>
    <message>
      <location filename="caseworker/ui/idle_lock.py" line="46" />
      <source>Unlock message</source>
      <translation>رسالة فتح القفل</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/mail_server.py" line="69" />
      <source>Unsu&amp;bscribe to:</source>
      <translation>&amp;إلغاء الاشتراك في:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/donor_detail.py" line="228" />
      <source>Until</source>
      <translation>حتى</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/aid_dialogs.py" line="181" />
      <source>Up to {amount} more for this client under the fund's cap.</source>
      <translation>حتى {amount} إضافية لهذا المستفيد ضمن الحد الأقصى للصندوق.</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/touchpoint_dialog.py" line="99" />
      <source>Use the next allowed time</source>
      <translation>استخدام الموعد المسموح التالي</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/touchpoint_dialog.py" line="101" />
      <source>Use the suggested channel</source>
      <translation>استخدام القناة المقترحة</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/touchpoint_dialog.py" line="143" />
      <source>Use {channel} instead</source>
      <translation>استخدام {channel} بدلًا من ذلك</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/touchpoint_dialog.py" line="139" />
      <source>Use {when}</source>
      <translation>استخدام {when}</translation>
    </message>
    <message>
      <location filename="caseworker/ui/db_roles_ui.py" line="36" />
      <location filename="caseworker/ui/sections/administration.py" line="450" />
      <source>User name</source>
      <translation>اسم المستخدم</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/administration.py" line="583" />
      <source>User name: {name}</source>
      <translation>اسم المستخدم: {name}</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/administration.py" line="456" />
      <source>Users</source>
      <translation>المستخدمون</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/administration.py" line="511" />
      <location filename="caseworker/ui/sections/administration.py" line="1070" />
      <source>Users and roles</source>
      <translation>المستخدمون والأدوار</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/supporters.py" line="32" />
      <source>Value</source>
      <translation>القيمة</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/planner.py" line="270" />
      <source>Verdict</source>
      <translation>الحكم</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/correspondence.py" line="665" />
      <source>Version {n}</source>
      <translation>الإصدار {n}</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/aid.py" line="397" />
      <location filename="caseworker/ui/views/grant_detail.py" line="462" />
      <source>Void</source>
      <translation>إلغاء</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/donor_detail.py" line="541" />
      <source>Void and reissue</source>
      <translation>إلغاء وإعادة إصدار</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/donor_detail.py" line="539" />
      <source>Void and reissue receipt</source>
      <translation>إلغاء الإيصال وإعادة إصداره</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/donor_detail.py" line="282" />
      <source>Void and reissue…</source>
      <translation>إلغاء وإعادة إصدار…</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/aid.py" line="394" />
      <source>Void disbursement</source>
      <translation>إلغاء الصرف</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/donor_detail.py" line="508" />
      <location filename="caseworker/ui/views/donor_detail.py" line="510" />
      <source>Void gift</source>
      <translation>إلغاء التبرع</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/aid.py" line="235" />
      <source>Void reason</source>
      <translation>سبب الإلغاء</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/grant_detail.py" line="458" />
      <location filename="caseworker/ui/views/grant_detail.py" line="455" />
      <source>Void spending</source>
      <translation>إلغاء الإنفاق</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/grant_detail.py" line="459" />
      <source>Void {amount} spent on {day} ({what})? It stays on record, marked void, and the line gets the money back.</source>
      <translation>هل تريد إلغاء {amount} المصروفة في {day} ‏({what})؟ تبقى في السجل معلَّمة كملغاة، ويُعاد المبلغ إلى البند.</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/aid.py" line="395" />
      <source>Void {amount} to {client} from {fund}? It stays on record, marked void, with your reason.</source>
      <translation>هل تريد إلغاء {amount} المصروفة إلى {client} من {fund}؟ تبقى في السجل معلَّمة كملغاة، مع سببك.</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/donor_detail.py" line="391" />
      <location filename="caseworker/ui/views/donor_detail.py" line="411" />
      <source>Void: {reason}</source>
      <translation>ملغى: {reason}</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/donor_detail.py" line="264" />
      <source>Void…</source>
      <translation>إلغاء…</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/meeting_dialogs.py" line="635" />
      <source>Votes and quorum</source>
      <translation>الأصوات والنصاب</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/touchpoint_dialog.py" line="132" />
      <source>Waiting will not help: no time in the next two years is allowed on this channel.</source>
      <translation>الانتظار لن يفيد: لا يُسمح بأي وقت خلال السنتين القادمتين على هذه القناة.</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/planner.py" line="73" />
      <source>Warning</source>
      <translation>تحذير</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/meeting_dialogs.py" line="196" />
      <source>Warnings</source>
      <translation>التحذيرات</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/care_dialogs.py" line="287" />
      <source>Was it &amp;solved?</source>
      <translation>&amp;هل حُلّت؟</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/care_dialogs.py" line="288" />
      <source>Was the outcome &amp;acceptable?</source>
      <translation>&amp;هل كانت النتيجة مقبولة؟</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/insight.py" line="105" />
      <source>Was the outcome acceptable to the client?</source>
      <translation>هل كانت النتيجة مقبولة لدى المستفيد؟</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/calendar.py" line="396" />
      <source>Week</source>
      <translation>الأسبوع</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/sign_in.py" line="116" />
      <source>Welcome to Caseworker</source>
      <translation>مرحبًا بك في Caseworker</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/donor_timeline.py" line="75" />
      <source>What</source>
      <translation>ماذا</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/grant_detail.py" line="219" />
      <source>What for</source>
      <translation>لأجل</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/grant_detail.py" line="133" />
      <source>What the application promised: targets, outcomes reached, the demographics the funder asks for and the report's narrative</source>
      <translation>ما وعد به الطلب: الأهداف، والنتائج المحققة، والفئات السكانية التي تطلبها الجهة المانحة، وسرد التقرير</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/case_dialogs.py" line="160" />
      <source>What the client told you (optional)</source>
      <translation>ما أخبرك به المستفيد (اختياري)</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/import_wizard.py" line="143" />
      <source>What the file holds</source>
      <translation>ما يحتويه الملف</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/import_wizard.py" line="206" />
      <source>What the import would do</source>
      <translation>ما سيفعله الاستيراد</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/aid_dialogs.py" line="94" />
      <source>What the limits still allow</source>
      <translation>ما تسمح به الحدود بعد</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/case_dialogs.py" line="217" />
      <source>What the next worker needs to know: where things stand, what is due</source>
      <translation>ما يحتاج الأخصائي التالي إلى معرفته: أين وصلت الأمور، وما المستحق</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/client_dialog.py" line="73" />
      <source>What they like to be called, if different</source>
      <translation>الاسم الذي يحب أن يُنادى به، إن كان مختلفًا</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/import_wizard.py" line="402" />
      <source>What to do with line {line}</source>
      <translation>ما يُفعل بالسطر {line}</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/case_dialogs.py" line="261" />
      <source>What was achieved for the client</source>
      <translation>ما تحقق للمستفيد</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/gift_dialog.py" line="85" />
      <source>What was given; the amount above is its value</source>
      <translation>ما قُدّم؛ والمبلغ أعلاه هو قيمته</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/import_wizard.py" line="505" />
      <location filename="caseworker/ui/dialogs/touchpoint_dialog.py" line="166" />
      <location filename="caseworker/ui/models/audit_table.py" line="69" />
      <source>When</source>
      <translation>متى</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/touchpoint_dialog.py" line="176" />
      <source>When ({zone} time):</source>
      <translation>الموعد (بتوقيت {zone}):</translation>
    </message>
    <message>
      <source>When ({zone}):</source>
      <translation type="obsolete">متى ({zone}):</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/grant_dialogs.py" line="467" />
      <source>When an aid payment is the spending, give its number: its amount is used, and it can be counted on one grant only.</source>
      <translation>عندما يكون الإنفاق دفعة مساعدة، أدخل رقمها: يُستخدم مبلغها، ولا يمكن احتسابها إلا على منحة واحدة.</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/planner.py" line="233" />
      <source>When and how:</source>
      <translation>متى وكيف:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/person_data.py" line="20" />
      <source>Where to save the person's data</source>
      <translation>مكان حفظ بيانات الشخص</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/meeting_dialogs.py" line="659" />
      <source>Whether the meeting was quorate</source>
      <translation>هل اكتمل نصاب الاجتماع</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/care_dialogs.py" line="150" />
      <source>Whether the time suits the client</source>
      <translation>ما إذا كان الوقت يناسب المستفيد</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/planner.py" line="413" />
      <source>Which neglected supporters</source>
      <translation>أي الداعمين المهمَلين</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/donor_dialog.py" line="79" />
      <location filename="caseworker/ui/dialogs/import_wizard.py" line="505" />
      <location filename="caseworker/ui/dialogs/meeting_dialogs.py" line="560" />
      <source>Who</source>
      <translation>من</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/client_detail.py" line="280" />
      <source>Whose</source>
      <translation>لمن</translation>
    </message>
    <message>
      <location filename="caseworker/ui/backups_page.py" line="64" />
      <location filename="caseworker/ui/sections/planner.py" line="272" />
      <location filename="caseworker/ui/sections/planner.py" line="435" />
      <source>Why</source>
      <translation>لماذا</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/correspondence.py" line="306" />
      <source>Why / next</source>
      <translation>السبب / التالي</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/donor_timeline.py" line="212" />
      <source>Why is it cancelled?</source>
      <translation>لماذا أُلغي؟</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/override_dialog.py" line="23" />
      <source>Why the contact was blocked</source>
      <translation>سبب حظر التواصل</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/case_dialogs.py" line="263" />
      <source>With a &amp;specialist</source>
      <translation>&amp;مع متخصص</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/meeting_dialogs.py" line="191" />
      <source>With donors, &amp;for:</source>
      <translation>&amp;مع المتبرعين، لأجل:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/policy_dialog.py" line="159" />
      <source>With no channel ticked, quiet days cover every channel.</source>
      <translation>إن لم تُحدَّد أي قناة، تشمل أيام الهدوء كل القنوات.</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/client_detail.py" line="406" />
      <source>Withdrew</source>
      <translation>انسحب</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/client_records.py" line="115" />
      <source>Withdrew or refused</source>
      <translation>انسحب أو رفض</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/service_quality.py" line="196" />
      <source>Within target</source>
      <translation>ضمن الهدف</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/correspondence.py" line="517" />
      <source>Without e-mail</source>
      <translation>بلا بريد إلكتروني</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/organigram_page.py" line="270" />
      <source>Work handed on</source>
      <translation>العمل المنقول</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/donor_dialog.py" line="109" />
      <source>Worked out from the giving</source>
      <translation>محسوب من التبرعات</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/cases.py" line="60" />
      <location filename="caseworker/ui/views/case_detail.py" line="218" />
      <source>Worker</source>
      <translation>الأخصائي</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/organigram_page.py" line="202" />
      <source>Working &amp;days:</source>
      <translation>&amp;أيام العمل:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/organigram_page.py" line="201" />
      <source>Working days</source>
      <translation>أيام العمل</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/correspondence.py" line="408" />
      <source>Write this template to the chosen people</source>
      <translation>مراسلة الأشخاص المختارين بهذا القالب</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/correspondence.py" line="401" />
      <source>Write to</source>
      <translation>مراسلة</translation>
    </message>
    <message>
      <location filename="caseworker/ui/person_data.py" line="50" />
      <source>Written: {json} and {pdf}.</source>
      <translation>كُتب: {json} و{pdf}.</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/service_quality.py" line="358" />
      <source>Wrote {file}</source>
      <translation>كُتب {file}</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/client_dialog.py" line="75" />
      <location filename="caseworker/ui/dialogs/client_records.py" line="74" />
      <location filename="caseworker/ui/dialogs/donor_dialog.py" line="120" />
      <source>YYYY-MM-DD</source>
      <translation>YYYY-MM-DD</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/gift_aid_dialog.py" line="45" />
      <source>YYYY-MM-DD (oral declarations)</source>
      <translation>YYYY-MM-DD (للإقرارات الشفهية)</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/donor_dialog.py" line="130" />
      <source>YYYY-MM-DD, if known</source>
      <translation>YYYY-MM-DD، إن كان معروفًا</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/gift_dialog.py" line="95" />
      <source>YYYY-MM-DD, once the thank-you went out</source>
      <translation>YYYY-MM-DD، بعد إرسال رسالة الشكر</translation>
    </message>
    <message>
      <location filename="caseworker/ui/export.py" line="163" />
      <source>Year</source>
      <translation>السنة</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/insight.py" line="217" />
      <source>Yes</source>
      <translation>نعم</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/sign_in.py" line="135" />
      <source>Your &amp;name:</source>
      <translation>&amp;اسمك:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/main_window.py" line="278" />
      <source>Your password was changed.</source>
      <translation>تم تغيير كلمة المرور الخاصة بك.</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/client_care_tab.py" line="65" />
      <source>Your team</source>
      <translation>فريقك</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/meeting_dialogs.py" line="787" />
      <source>abstained</source>
      <translation>الممتنعون</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/donor_detail.py" line="393" />
      <source>after {days} d</source>
      <translation>بعد {days} يوم</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/meeting_dialogs.py" line="787" />
      <source>against</source>
      <translation>المعارضون</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/insight.py" line="95" />
      <source>aid paid out</source>
      <translation>المساعدات المصروفة</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/case_detail.py" line="542" />
      <source>alone</source>
      <translation>بمفرده</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/policy_dialog.py" line="136" />
      <source>and</source>
      <translation>و</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/client_detail.py" line="376" />
      <source>anonymised</source>
      <translation>مُخفى الهوية</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/administration.py" line="801" />
      <source>any day</source>
      <translation>أي يوم</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/planner.py" line="289" />
      <source>as planned</source>
      <translation>كما خُطط</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/donor_detail.py" line="369" />
      <source>at least {days} days apart</source>
      <translation>بفاصل {days} يومًا على الأقل</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/donor_detail.py" line="365" />
      <source>at most {n} in {days} days</source>
      <translation>{n} على الأكثر في {days} يومًا</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/insight.py" line="223" />
      <source>awaiting a decision</source>
      <translation>بانتظار القرار</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/insight.py" line="222" />
      <source>awarded</source>
      <translation>ممنوح</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/client_care_tab.py" line="48" />
      <source>between {start} and {end}</source>
      <translation>بين {start} و{end}</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/client_dialog.py" line="249" />
      <source>born {day}</source>
      <translation>مولود في {day}</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/client_detail.py" line="372" />
      <source>born {day} (age {age})</source>
      <translation>مولود في {day} (العمر {age})</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/client_care_tab.py" line="44" />
      <source>by {channel}</source>
      <translation>عبر {channel}</translation>
    </message>
    <message>
      <location filename="caseworker/ui/db_roles_ui.py" line="78" />
      <source>can log in</source>
      <translation>يمكنه الاتصال</translation>
    </message>
    <message>
      <location filename="caseworker/ui/db_roles_ui.py" line="78" />
      <source>cannot log in (deactivated)</source>
      <translation>لا يمكنه الاتصال (معطّل)</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/insight.py" line="93" />
      <source>cases resolved</source>
      <translation>الحالات المحلولة</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/administration.py" line="133" />
      <source>charity or tax number printed on receipts</source>
      <translation>رقم الجمعية الخيرية أو الرقم الضريبي المطبوع على الإيصالات</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/meeting_dialogs.py" line="407" />
      <source>client</source>
      <translation>مستفيد</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/client_detail.py" line="377" />
      <source>client #{id}</source>
      <translation>المستفيد رقم {id}</translation>
    </message>
    <message>
      <location filename="caseworker/ui/context.py" line="68" />
      <source>clients and their cases</source>
      <translation>العملاء وقضاياهم</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/aid.py" line="114" />
      <source>closed</source>
      <translation>مغلقة</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/meeting_dialogs.py" line="407" />
      <source>colleague</source>
      <translation>زميل</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/user_dialog.py" line="75" />
      <source>comma-separated, e.g. housing, debt</source>
      <translation>مفصولة بفواصل، مثل: السكن، الديون</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/insight.py" line="222" />
      <source>declined</source>
      <translation>مرفوض</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/meeting_dialogs.py" line="408" />
      <source>donor</source>
      <translation>متبرع</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/insight.py" line="96" />
      <source>donor retention this year</source>
      <translation>الاحتفاظ بالمتبرعين هذا العام</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/insight.py" line="225" />
      <source>donors</source>
      <translation>متبرعون</translation>
    </message>
    <message>
      <location filename="caseworker/ui/context.py" line="69" />
      <source>donors and their gifts</source>
      <translation>المتبرعون وتبرعاتهم</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/meeting_detail.py" line="218" />
      <source>due</source>
      <translation>مستحق</translation>
    </message>
    <message>
      <location filename="caseworker/ui/my_work/action_items.py" line="49" />
      <location filename="caseworker/ui/my_work/cases.py" line="55" />
      <location filename="caseworker/ui/my_work/tasks.py" line="163" />
      <source>due {day}</source>
      <translation>مستحق في {day}</translation>
    </message>
    <message>
      <location filename="caseworker/ui/my_work/tasks.py" line="72" />
      <source>due {when}</source>
      <translation>مستحق {when}</translation>
    </message>
    <message>
      <source>e-mail</source>
      <translation type="obsolete">بريد إلكتروني</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/client_dialog.py" line="101" />
      <source>e.g. +44 7911 123456</source>
      <translation>مثل: ‎+44 7911 123456</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/gift_dialog.py" line="71" />
      <source>e.g. 50.00</source>
      <translation>مثل: 50.00</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/donor_dialog.py" line="384" />
      <source>e.g. Bereavement; not before March</source>
      <translation>مثل: فقدان عزيز؛ ليس قبل مارس</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/client_dialog.py" line="91" />
      <source>e.g. Do not visit alone</source>
      <translation>مثل: لا تزره بمفردك</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/donor_dialog.py" line="99" />
      <source>e.g. Europe/London — empty: the organisation's</source>
      <translation>مثل: Europe/London — فارغ: منطقة المنظمة</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/case_dialogs.py" line="143" />
      <source>e.g. Eviction notice</source>
      <translation>مثل: إشعار إخلاء</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/gift_dialog.py" line="87" />
      <source>e.g. Gala dinner ticket</source>
      <translation>مثل: تذكرة عشاء خيري</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/gift_dialog.py" line="77" />
      <source>e.g. General</source>
      <translation>مثل: عام</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/batch_gifts.py" line="224" />
      <source>e.g. Monday's post</source>
      <translation>مثل: بريد يوم الاثنين</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/gift_aid_dialog.py" line="100" />
      <source>e.g. No longer pays UK tax</source>
      <translation>مثل: لم يعد يدفع ضرائب في المملكة المتحدة</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/case_dialogs.py" line="412" />
      <source>e.g. Priya has left the organisation</source>
      <translation>مثل: غادرت بريا المنظمة</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/client_records.py" line="94" />
      <source>e.g. Sister, Support worker, Work</source>
      <translation>مثل: أخت، عامل دعم، العمل</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/grant_dialogs.py" line="431" />
      <source>e.g. Staff, Rent, Client aid</source>
      <translation>مثل: الموظفون، الإيجار، مساعدات المستفيدين</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/client_dialog.py" line="95" />
      <source>e.g. Step-free rooms only</source>
      <translation>مثل: غرف بلا درجات فقط</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/donor_dialog.py" line="421" />
      <source>e.g. The Duarte household</source>
      <translation>مثل: أسرة دوارتي</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/override_dialog.py" line="29" />
      <source>e.g. The supporter rang and asked us to call back today.</source>
      <translation>مثل: اتصل الداعم وطلب معاودة الاتصال اليوم.</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/donor_dialog.py" line="118" />
      <source>e.g. Website sign-up form</source>
      <translation>مثل: نموذج التسجيل على الموقع الإلكتروني</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/client_dialog.py" line="112" />
      <source>e.g. Weekday mornings</source>
      <translation>مثل: صباح أيام الأسبوع</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/planner.py" line="212" />
      <source>e.g. Winter appeal 2026</source>
      <translation>مثل: حملة الشتاء 2026</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/gift_dialog.py" line="75" />
      <source>e.g. XMAS26</source>
      <translation>مثل: XMAS26</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/case_dialogs.py" line="382" />
      <source>e.g. housing (empty: any caseworker)</source>
      <translation>مثل: السكن (فارغ: أي أخصائي)</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/aid_dialogs.py" line="86" />
      <source>e.g. the landlord or the energy supplier</source>
      <translation>مثل: المالك أو مورد الطاقة</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/case_detail.py" line="123" />
      <source>edited</source>
      <translation>معدَّل</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/aid_dialogs.py" line="252" />
      <source>empty: never needed</source>
      <translation>فارغ: غير مطلوب أبدًا</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/aid_dialogs.py" line="247" />
      <source>empty: no cap</source>
      <translation>فارغ: بلا حد أقصى</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/aid_dialogs.py" line="245" />
      <source>empty: no limit</source>
      <translation>فارغ: بلا حد</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/correspondence.py" line="507" />
      <source>empty: the organisation's language; or a code such as es</source>
      <translation>فارغ: لغة المنظمة؛ أو رمز مثل es</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/insight.py" line="215" />
      <source>escalations</source>
      <translation>التصعيدات</translation>
    </message>
    <message>
      <location filename="caseworker/ui/my_work/tasks.py" line="172" />
      <source>every {n} days</source>
      <translation>كل {n} يومًا</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/meeting_dialogs.py" line="786" />
      <source>for</source>
      <translation>المؤيدون</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/insight.py" line="226" />
      <source>gave again after the year before</source>
      <translation>تبرّعوا مجددًا بعد السنة السابقة</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/insight.py" line="95" />
      <source>grant success rate</source>
      <translation>نسبة نجاح المنح</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/organigram_page.py" line="189" />
      <source>housing, benefits</source>
      <translation>السكن، الإعانات</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/calendar.py" line="590" />
      <location filename="caseworker/ui/views/meeting_detail.py" line="381" />
      <source>iCalendar files (*.ics)</source>
      <translation>ملفات iCalendar ‏(*.ics)</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/policy_dialog.py" line="102" />
      <source>in any</source>
      <translation>في أي</translation>
    </message>
    <message>
      <location filename="caseworker/ui/my_work/deadlines.py" line="56" />
      <location filename="caseworker/ui/views/grant_detail.py" line="313" />
      <source>in {n} days</source>
      <translation>خلال {n} يومًا</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/client_detail.py" line="374" />
      <source>key worker {name}</source>
      <translation>الأخصائي المسؤول {name}</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/client_detail.py" line="137" />
      <location filename="caseworker/ui/widgets/flag_strip.py" line="38" />
      <source>language not recorded</source>
      <translation>اللغة غير مسجلة</translation>
    </message>
    <message>
      <location filename="caseworker/ui/my_work/stewardship.py" line="30" />
      <source>last contact {days} days ago</source>
      <translation>آخر تواصل قبل {days} يومًا</translation>
    </message>
    <message>
      <location filename="caseworker/ui/my_work/tasks.py" line="164" />
      <source>last contact {day}</source>
      <translation>آخر تواصل {day}</translation>
    </message>
    <message>
      <source>letter</source>
      <translation type="obsolete">رسالة ورقية</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/import_wizard.py" line="398" />
      <source>line {line} of this file</source>
      <translation>السطر {line} من هذا الملف</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/user_dialog.py" line="52" />
      <source>lower-case, e.g. maria</source>
      <translation>بأحرف لاتينية صغيرة، مثل: maria</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/insight.py" line="94" />
      <source>mean satisfaction (1–5)</source>
      <translation>متوسط الرضا (1–5)</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/insight.py" line="213" />
      <source>median days</source>
      <translation>الوسيط بالأيام</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/insight.py" line="97" />
      <source>median days to thank a gift (within target)</source>
      <translation>الوسيط لأيام الشكر على تبرع (ضمن الهدف)</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/administration.py" line="158" />
      <source>name and title</source>
      <translation>الاسم والمسمى</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/administration.py" line="562" />
      <location filename="caseworker/ui/sections/administration.py" line="908" />
      <location filename="caseworker/ui/sections/correspondence.py" line="355" />
      <source>never</source>
      <translation>أبدًا</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/planner.py" line="291" />
      <source>never (leave out)</source>
      <translation>أبدًا (يُستبعد)</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/correspondence.py" line="273" />
      <source>never (waiting will not help)</source>
      <translation>أبدًا (الانتظار لن يفيد)</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/donor_detail.py" line="403" />
      <source>next {day}</source>
      <translation>{day} القادم</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/merge_dialog.py" line="59" />
      <location filename="caseworker/ui/models/audit_table.py" line="36" />
      <location filename="caseworker/ui/views/service_quality.py" line="418" />
      <source>no</source>
      <translation>لا</translation>
    </message>
    <message>
      <location filename="caseworker/ui/my_work/stewardship.py" line="27" />
      <location filename="caseworker/ui/sections/planner.py" line="486" />
      <source>no contact on record</source>
      <translation>لا تواصل مسجل</translation>
    </message>
    <message>
      <location filename="caseworker/ui/my_work/tasks.py" line="165" />
      <source>no contact yet</source>
      <translation>لا تواصل بعد</translation>
    </message>
    <message>
      <location filename="caseworker/ui/my_work/action_items.py" line="47" />
      <location filename="caseworker/ui/my_work/tasks.py" line="68" />
      <location filename="caseworker/ui/views/client_care_tab.py" line="139" />
      <source>no date</source>
      <translation>بلا تاريخ</translation>
    </message>
    <message>
      <location filename="caseworker/ui/db_roles_ui.py" line="77" />
      <source>no password yet</source>
      <translation>بلا كلمة مرور بعد</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/organigram_page.py" line="269" />
      <source>nobody</source>
      <translation>لا أحد</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/administration.py" line="585" />
      <source>none</source>
      <translation>لا شيء</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/mail_server.py" line="107" />
      <source>none stored</source>
      <translation>لا شيء محفوظ</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/case_detail.py" line="623" />
      <source>not assigned</source>
      <translation>غير مسند</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/meeting_detail.py" line="247" />
      <source>not quorate</source>
      <translation>لم يكتمل النصاب</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/donor_detail.py" line="393" />
      <source>not yet</source>
      <translation>ليس بعد</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/correspondence.py" line="404" />
      <source>numbers, separated by commas</source>
      <translation>أرقام مفصولة بفواصل</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/client_care_tab.py" line="46" />
      <source>on {days}</source>
      <translation>في {days}</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/donor_detail.py" line="409" />
      <source>one gift</source>
      <translation>تبرع واحد</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/insight.py" line="94" />
      <source>open cases now (overdue)</source>
      <translation>الحالات المفتوحة الآن (المتأخرة)</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/insight.py" line="211" />
      <source>opened</source>
      <translation>مفتوحة</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/meeting_dialogs.py" line="261" />
      <source>organisation</source>
      <translation>منظمة</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/meeting_dialogs.py" line="408" />
      <source>outside</source>
      <translation>خارجي</translation>
    </message>
    <message>
      <location filename="caseworker/ui/my_work/action_items.py" line="48" />
      <location filename="caseworker/ui/my_work/cases.py" line="51" />
      <location filename="caseworker/ui/my_work/tasks.py" line="162" />
      <source>overdue since {day}</source>
      <translation>متأخر منذ {day}</translation>
    </message>
    <message>
      <location filename="caseworker/ui/my_work/tasks.py" line="70" />
      <source>overdue since {when}</source>
      <translation>متأخر منذ {when}</translation>
    </message>
    <message>
      <location filename="caseworker/ui/my_work/cases.py" line="53" />
      <source>paused, waiting on the client</source>
      <translation>متوقفة مؤقتًا بانتظار المستفيد</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/meeting_dialogs.py" line="655" />
      <source>people present</source>
      <translation>من الحاضرين</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/service_quality.py" line="135" />
      <source>period before: {value}</source>
      <translation>الفترة السابقة: {value}</translation>
    </message>
    <message>
      <location filename="caseworker/ui/my_work/tasks.py" line="171" />
      <source>prefers</source>
      <translation>يفضّل</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/meeting_detail.py" line="240" />
      <source>proposed by {p}, seconded by {s}</source>
      <translation>اقترحه {p}، وثنّى عليه {s}</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/meeting_dialogs.py" line="786" />
      <source>proposer</source>
      <translation>المقترح</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/meeting_detail.py" line="247" />
      <source>quorate</source>
      <translation>اكتمل النصاب</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/import_wizard.py" line="399" />
      <source>record {id}: {name}</source>
      <translation>السجل {id}: {name}</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/insight.py" line="212" />
      <source>resolved</source>
      <translation>محلولة</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/insight.py" line="93" />
      <source>resolved within their target</source>
      <translation>حُلّت ضمن هدفها</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/correspondence.py" line="639" />
      <source>retired</source>
      <translation>متقاعد</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/correspondence.py" line="541" />
      <source>sample values</source>
      <translation>قيم نموذجية</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/meeting_dialogs.py" line="786" />
      <source>seconder</source>
      <translation>المثنّي</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/correspondence.py" line="77" />
      <source>sent {sent}, blocked {blocked}, failed {failed}, skipped {skipped}</source>
      <translation>أُرسل {sent}، حُظر {blocked}، فشل {failed}، تُخطي {skipped}</translation>
    </message>
    <message>
      <location filename="caseworker/ui/context.py" line="68" />
      <source>shared records</source>
      <translation>السجلات المشتركة</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/donor_detail.py" line="402" />
      <source>still due {amount}</source>
      <translation>لا يزال مستحقًا {amount}</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/mail_server.py" line="107" />
      <source>stored — leave empty to keep it</source>
      <translation>محفوظة — اتركها فارغة للإبقاء عليها</translation>
    </message>
    <message>
      <location filename="caseworker/ui/my_work/tasks.py" line="75" />
      <source>team</source>
      <translation>فريق</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/correspondence.py" line="521" />
      <source>thank-you rule: gifts of at least this amount</source>
      <translation>قاعدة الشكر: التبرعات التي لا تقل عن هذا المبلغ</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/correspondence.py" line="524" />
      <source>thank-you rule: gifts to this appeal</source>
      <translation>قاعدة الشكر: التبرعات لهذه الحملة</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/service_quality.py" line="379" />
      <source>the first {shown} of {count} cases</source>
      <translation>أول {shown} من {count} حالة</translation>
    </message>
    <message>
      <location filename="caseworker/ui/widgets/charts.py" line="247" />
      <source>the period before</source>
      <translation>الفترة السابقة</translation>
    </message>
    <message>
      <location filename="caseworker/ui/widgets/charts.py" line="247" />
      <source>this period</source>
      <translation>هذه الفترة</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/administration.py" line="743" />
      <source>to</source>
      <translation>إلى</translation>
    </message>
    <message>
      <location filename="caseworker/ui/my_work/deadlines.py" line="56" />
      <location filename="caseworker/ui/views/grant_detail.py" line="313" />
      <source>today</source>
      <translation>اليوم</translation>
    </message>
    <message>
      <location filename="caseworker/ui/my_work/deadlines.py" line="56" />
      <source>tomorrow</source>
      <translation>غدًا</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/administration.py" line="156" />
      <source>town or city</source>
      <translation>المدينة أو البلدة</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/import_wizard.py" line="536" />
      <source>undone {when} by {who}</source>
      <translation>تراجع عنه {who} في {when}</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/planner.py" line="484" />
      <source>usually every {days} days; {late} days late</source>
      <translation>عادةً كل {days} يومًا؛ متأخر {late} يومًا</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/mail_server.py" line="68" />
      <source>where appeals' unsubscribe requests go (the sender when empty)</source>
      <translation>الجهة التي تصلها طلبات إلغاء الاشتراك في الحملات (المرسل إن تُركت فارغة)</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/client_care_tab.py" line="50" />
      <source>while a case is open</source>
      <translation>أثناء وجود حالة مفتوحة</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/case_detail.py" line="542" />
      <source>with a specialist</source>
      <translation>مع متخصص</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/merge_dialog.py" line="59" />
      <location filename="caseworker/ui/models/audit_table.py" line="36" />
      <location filename="caseworker/ui/views/service_quality.py" line="418" />
      <source>yes</source>
      <translation>نعم</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/aid_dialogs.py" line="184" />
      <source>{amount} left in the fund's budget for this period.</source>
      <translation>يتبقى {amount} في ميزانية الصندوق لهذه الفترة.</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/organigram_page.py" line="378" />
      <source>{cases} open cases and {tasks} open tasks will be handed on in one step; each client is introduced to their new worker.</source>
      <translation>ستُنقل {cases} حالة مفتوحة و{tasks} مهمة مفتوحة في خطوة واحدة؛ ويُعرَّف كل مستفيد بأخصائيه الجديد.</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/organigram_page.py" line="270" />
      <source>{cases} open cases and {tasks} tasks of {name} were handed on ({shared}).</source>
      <translation>نُقلت {cases} حالة مفتوحة و{tasks} مهمة لـ {name} ‏({shared}).</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/organigram_page.py" line="334" />
      <source>{cases} open cases, {tasks} tasks</source>
      <translation>{cases} حالة مفتوحة، {tasks} مهمة</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/grant_dialogs.py" line="457" />
      <source>{category} — {left} left</source>
      <translation>{category} — يتبقى {left}</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/service_quality.py" line="378" />
      <source>{count} cases</source>
      <translation>{count} حالة</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/batch_gifts.py" line="296" />
      <source>{count} gifts · {total}</source>
      <translation>التبرعات: {count} · {total}</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/donor_detail.py" line="325" />
      <source>{count} gifts, {total} in all · largest {largest} · last on {last}</source>
      <translation>التبرعات: {count}، بإجمالي {total} · الأكبر {largest} · الأخير في {last}</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/import_wizard.py" line="538" />
      <source>{created} created, {updated} merged, {skipped} skipped</source>
      <translation>أُنشئ {created}، دُمج {updated}، تُخطي {skipped}</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/service_quality.py" line="92" />
      <source>{days} d</source>
      <translation>{days} يوم</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/planner.py" line="487" />
      <source>{days} days past their {cadence}-day cadence</source>
      <translation>تجاوز وتيرته البالغة {cadence} يومًا بـ {days} يومًا</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/planner.py" line="325" />
      <source>{done} of {total} donors</source>
      <translation>{done} من {total} متبرع</translation>
    </message>
    <message>
      <location filename="caseworker/ui/my_work/thank_yous.py" line="45" />
      <source>{donor}: {amount} on {day} — {days} days waiting</source>
      <translation>{donor}: {amount} في {day} — ينتظر منذ {days} يومًا</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/case_detail.py" line="405" />
      <source>{due} (target {days} business days)</source>
      <translation>{due} (الهدف {days} أيام عمل)</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/case_detail.py" line="409" />
      <source>{due} — overdue</source>
      <translation>{due} — متأخر</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/case_detail.py" line="407" />
      <source>{due} — paused while waiting on the client</source>
      <translation>{due} — متوقف مؤقتًا بانتظار المستفيد</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/correspondence.py" line="268" />
      <location filename="caseworker/ui/sections/correspondence.py" line="468" />
      <source>{e} e-mails queued, {l} letters to print, {b} blocked, {s} skipped.</source>
      <translation>{e} رسالة بريد إلكتروني في الانتظار، {l} رسالة ورقية للطباعة، {b} محظورة، {s} متخطاة.</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/merge_dialog.py" line="124" />
      <source>{field}: keep {value}</source>
      <translation>{field}: الإبقاء على {value}</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/merge_dialog.py" line="126" />
      <source>{field}: take {value}</source>
      <translation>{field}: اعتماد {value}</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/calendar.py" line="496" />
      <source>{first} – {last}</source>
      <translation>{first} – {last}</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/service_quality.py" line="315" />
      <source>{group}: cases with a check-in missed</source>
      <translation>{group}: حالات فاتتها متابعة</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/service_quality.py" line="313" />
      <source>{group}: resolved cases that missed their target</source>
      <translation>{group}: حالات محلولة فاتها هدفها</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/service_quality.py" line="311" />
      <source>{group}: {figure}</source>
      <translation>{group}: {figure}</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/merge_dialog.py" line="107" />
      <source>{keep} (record {keep_id}) is kept; everything attached to {other} (record {other_id}) moves to it, and {other_id} stays only as a pointer. Where the two differ, choose the value to keep.</source>
      <translation>يُحتفظ بـ {keep} (السجل {keep_id})؛ وينتقل إليه كل ما يتعلق بـ {other} (السجل {other_id})، ويبقى {other_id} مجرد إشارة. حيث يختلف السجلان، اختر القيمة التي تُبقي عليها.</translation>
    </message>
    <message>
      <location filename="caseworker/ui/widgets/charts.py" line="238" />
      <source>{label}: {now} (before: {then})</source>
      <translation>{label}: {now} (سابقًا: {then})</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/insight.py" line="194" />
      <source>{median:g} d ({share:.0%} within {target:g} d)</source>
      <translation>{median:g} يوم ({share:.0%} ضمن {target:g} يوم)</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/grants.py" line="226" />
      <source>{name}
{n} applications</source>
      <translation>{name}
{n} طلب</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/service_quality.py" line="255" />
      <source>{name} (before)</source>
      <translation>{name} (سابقًا)</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/grants.py" line="225" />
      <source>{name} (inactive)</source>
      <translation>{name} (غير نشط)</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/organigram_page.py" line="325" />
      <source>{name} (not in use)</source>
      <translation>{name} (غير مستخدم)</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/grant_detail.py" line="326" />
      <source>{name} (optional)</source>
      <translation>{name} (اختياري)</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/password_dialog.py" line="38" />
      <source>{name} can sign in again with a new password: choose it and tell it to them in person. The password they had before does not come back.</source>
      <translation>يمكن لـ {name} تسجيل الدخول مجددًا بكلمة مرور جديدة: اخترها وأبلغه بها شخصيًا. لا تعود كلمة المرور السابقة.</translation>
    </message>
    <message>
      <location filename="caseworker/ui/idle_lock.py" line="38" />
      <source>{name} was away for a while, so the data is hidden. Enter the password to carry on: unsaved work is kept.</source>
      <translation>غاب {name} لبعض الوقت، لذا أُخفيت البيانات. أدخل كلمة المرور للمتابعة: يُحتفظ بالعمل غير المحفوظ.</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/administration.py" line="635" />
      <source>{name} will no longer be able to sign in, and their password stops opening the database file. Their name stays on everything they did; reactivating the account later gives it a new password.</source>
      <translation>لن يتمكن {name} من تسجيل الدخول بعد الآن، ولن تفتح كلمة مروره ملف قاعدة البيانات. يبقى اسمه على كل ما قام به؛ وتُمنح للحساب كلمة مرور جديدة إن أُعيد تفعيله لاحقًا.</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/case_dialogs.py" line="168" />
      <source>{name} — {days} business days</source>
      <translation>{name} — {days} أيام عمل</translation>
    </message>
    <message>
      <location filename="caseworker/ui/my_work/stewardship.py" line="31" />
      <source>{name} — {since} (every {cadence} days) · {given} given</source>
      <translation>{name} — {since} (كل {cadence} يومًا) · المقدَّم {given}</translation>
    </message>
    <message>
      <location filename="caseworker/ui/widgets/charts.py" line="285" />
      <source>{now} (was {then})</source>
      <translation>{now} (كان {then})</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/grant_detail.py" line="523" />
      <source>{n} applications · {amount} awarded</source>
      <translation>{n} طلب · الممنوح {amount}</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/clients.py" line="102" />
      <source>{n} clients</source>
      <translation>{n} مستفيد</translation>
    </message>
    <message>
      <location filename="caseworker/ui/my_work/deadlines.py" line="35" />
      <source>{n} days</source>
      <translation>{n} يومًا</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/donors.py" line="160" />
      <source>{n} donors</source>
      <translation>{n} متبرع</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/meeting_dialogs.py" line="506" />
      <source>{n} double booking(s): {who}. Save anyway?</source>
      <translation>{n} حجز مزدوج: {who}. هل تحفظ على أي حال؟</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/calendar.py" line="118" />
      <source>{n} entries shown</source>
      <translation>{n} إدخال معروض</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/quick_search.py" line="105" />
      <source>{n} found. Enter opens the highlighted one.</source>
      <translation>عُثر على {n}. Enter يفتح المحدد.</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/correspondence.py" line="252" />
      <source>{n} gifts wait for a thank-you; {late} are past the target of {days} days.</source>
      <translation>تبرعات بانتظار رسالة شكر: {n}؛ منها {late} تجاوزت الهدف ({days} يومًا).</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/correspondence.py" line="175" />
      <source>{n} letters written to {path} ({pages} pages).</source>
      <translation>كُتبت {n} رسالة إلى {path} ‏({pages} صفحة).</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/case_dialogs.py" line="118" />
      <source>{n} open</source>
      <translation>{n} مفتوحة</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/cases.py" line="160" />
      <source>{n} open cases reassigned.</source>
      <translation>أُعيد إسناد {n} حالة مفتوحة.</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/meeting_dialogs.py" line="719" />
      <source>{n} present: not quorate, so its decisions need confirming.</source>
      <translation>الحاضرون {n}: لم يكتمل النصاب، لذا تحتاج قراراته إلى تأكيد.</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/meeting_dialogs.py" line="717" />
      <source>{n} present: quorate.</source>
      <translation>الحاضرون {n}: اكتمل النصاب.</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/meeting_dialogs.py" line="715" />
      <source>{n} present; no quorum set.</source>
      <translation>الحاضرون {n}؛ لم يُحدَّد نصاب.</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/planner.py" line="515" />
      <source>{n} supporters near their limits.</source>
      <translation>{n} داعم قريبون من حدودهم.</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/planner.py" line="513" />
      <source>{n} supporters, largest givers first. Enter opens one.</source>
      <translation>{n} داعم، الأكبر تبرعًا أولًا. Enter يفتح أحدهم.</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/case_detail.py" line="545" />
      <source>{outcome} ({how}; acceptable: {acceptable}{score})</source>
      <translation>{outcome} ({how}؛ مقبولة: {acceptable}{score})</translation>
    </message>
    <message>
      <location filename="caseworker/ui/my_work/cases.py" line="122" />
      <source>{ref}  {title} — {client}, from {giver}</source>
      <translation>{ref}  {title} — {client}، من {giver}</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/import_wizard.py" line="417" />
      <source>{rows} rows read: {created} would be created, {updated} merged into existing records, {skipped} skipped. Press Import to write them.</source>
      <translation>قُرئ {rows} صف: سيُنشأ {created}، ويُدمج {updated} في سجلات موجودة، ويُتخطى {skipped}. اضغط «استيراد» لكتابتها.</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/import_wizard.py" line="414" />
      <source>{rows} rows read; {failing} would fail (below). Nothing can be imported until they are fixed in the file or the mapping (Back).</source>
      <translation>قُرئ {rows} صف؛ سيفشل {failing} (أدناه). لا يمكن استيراد شيء حتى تُصحَّح في الملف أو في المطابقة (رجوع).</translation>
    </message>
    <message>
      <location filename="caseworker/ui/list_export.py" line="53" />
      <source>{rows} rows written to {path}.</source>
      <translation>كُتب {rows} صف إلى {path}.</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/grant_detail.py" line="271" />
      <source>{schedule}, from {day}</source>
      <translation>{schedule}، بدءًا من {day}</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/correspondence.py" line="432" />
      <source>{segment} donors</source>
      <translation>متبرعو {segment}</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/grants.py" line="192" />
      <source>{stage}: {n} applications, {amount} requested</source>
      <translation>{stage}: {n} طلب، المطلوب {amount}</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/aid_grants.py" line="118" />
      <source>{start} to {end}</source>
      <translation>من {start} إلى {end}</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/service_quality.py" line="247" />
      <location filename="caseworker/ui/views/supporters.py" line="62" />
      <source>{start} to {end}, against {before_start} to {before_end}</source>
      <translation>من {start} إلى {end}، مقارنة بـ {before_start} إلى {before_end}</translation>
    </message>
    <message>
      <location filename="caseworker/ui/main_window.py" line="93" />
      <source>{title} ({key})</source>
      <translation>{title} ({key})</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/grant_outputs.py" line="101" />
      <source>{title} for {funder}, {start} to {end}</source>
      <translation>{title} لـ {funder}، من {start} إلى {end}</translation>
    </message>
    <message>
      <location filename="caseworker/ui/widgets/reminder_bell.py" line="41" />
      <source>{title} is due on {day}</source>
      <translation>{title} مستحق في {day}</translation>
    </message>
    <message>
      <location filename="caseworker/ui/widgets/reminder_bell.py" line="48" />
      <source>{title} is due {when}</source>
      <translation>{title} مستحق {when}</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/planner.py" line="351" />
      <source>{total} donors: {allowed} allowed, {warned} with a warning, {blocked} blocked ({movable} can move to their next allowed time). Schedule adds the contacts in one go.</source>
      <translation>{total} متبرع: {allowed} مسموح، {warned} مع تحذير، {blocked} محظور ({movable} يمكن نقلهم إلى موعدهم المسموح التالي). «جدولة» تضيف التواصل دفعة واحدة.</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/grant_detail.py" line="368" />
      <source>{what} (aid disbursement {n})</source>
      <translation>{what} (صرف مساعدة رقم {n})</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/grant_detail.py" line="370" />
      <source>{what} — void: {reason}</source>
      <translation>{what} — ملغى: {reason}</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/meeting_detail.py" line="183" />
      <source>{when} in {zone}</source>
      <translation>{when} بتوقيت {zone}</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/donor_detail.py" line="409" />
      <source>{year} gifts</source>
      <translation>تبرعات {year}</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/import_wizard.py" line="315" />
      <source>— ignore —</source>
      <translation>— تجاهل —</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/meeting_dialogs.py" line="768" />
      <source>“{decision}”, {what}: {message}</source>
      <translation>«{decision}»، {what}: {message}</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/administration.py" line="973" />
      <source>“{zone}” is not a known time zone.</source>
      <translation>«{zone}» ليست منطقة زمنية معروفة.</translation>
    </message>
    <message>
      <location filename="caseworker/ui/my_work/thank_yous.py" line="53" />
      <source>… and {n} more in the thank-you queue</source>
      <translation>… و{n} أخرى في قائمة الشكر</translation>
    </message>
    <message>
      <location filename="caseworker/ui/my_work/stewardship.py" line="64" />
      <source>…and {n} more in the Planner's Neglected list.</source>
      <translation>…و{n} آخرون في قائمة المهمَلين في المخطِّط.</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/administration.py" line="166" />
      <source>…or from giving in &amp;all:</source>
      <translation>…&amp;أو من إجمالي التبرعات:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/meeting_dialogs.py" line="475" />
      <source>⚠ Double booking: {who} is already busy at {n} of these times, first in “{title}” on {when}.</source>
      <translation>⚠ حجز مزدوج: {who} مشغول بالفعل في {n} من هذه الأوقات، أولها في «{title}» في {when}.</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/meeting_dialogs.py" line="472" />
      <source>⚠ Double booking: {who} is already in “{title}” on {when}.</source>
      <translation>⚠ حجز مزدوج: {who} مشارك بالفعل في «{title}» في {when}.</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/meeting_dialogs.py" line="483" />
      <source>⚠ The contact guard would block {n} of the {total} contacts with {donor} in the next 90 days ({days}); those are not planned. {reason}</source>
      <translation>⚠ سيحظر حارس التواصل {n} من أصل {total} تواصل مع {donor} خلال الـ 90 يومًا القادمة ({days})؛ ولم يُخطط لها. {reason}</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/meeting_dialogs.py" line="488" />
      <source>✓ The contact guard allows every contact with the donor in the next 90 days.</source>
      <translation>✓ يسمح حارس التواصل بكل تواصل مع المتبرع خلال الـ 90 يومًا القادمة.</translation>
    </message>
  </context>
  <context>
    <name>caseworker</name>
    <message>
      <location filename="caseworker/domain/recurrence.py" line="157" />
      <source> on day {day}</source>
      <translation> في اليوم {day}</translation>
    </message>
    <message>
      <location filename="caseworker/domain/recurrence.py" line="155" />
      <source> on the last day</source>
      <translation> في آخر يوم</translation>
    </message>
    <message>
      <location filename="caseworker/domain/recurrence.py" line="152" />
      <source> on the {ordinal} {days}</source>
      <translation> في {days} {ordinal}</translation>
    </message>
    <message>
      <location filename="caseworker/domain/recurrence.py" line="147" />
      <source> on {days}</source>
      <translation> في {days}</translation>
    </message>
    <message>
      <location filename="caseworker/domain/introductions.py" line="55" />
      <source> or </source>
      <translation> أو </translation>
    </message>
    <message>
      <location filename="caseworker/domain/mail.py" line="108" />
      <source>'{address}' is not an e-mail address.</source>
      <translation>‏'{address}' ليس عنوان بريد إلكتروني.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/donors.py" line="416" />
      <source>'{channel}' is not a channel.</source>
      <translation>‏'{channel}' ليست قناة.</translation>
    </message>
    <message>
      <location filename="caseworker/services/spreadsheets.py" line="78" />
      <source>'{encoding}' is not an encoding this import reads.</source>
      <translation>‏'{encoding}' ليس ترميزًا يقرؤه هذا الاستيراد.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/imports.py" line="300" />
      <source>'{field}' is not a field of a {kind} import; choose one of {known}.</source>
      <translation>‏'{field}' ليس حقلًا في استيراد {kind}؛ اختر أحد: {known}.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/mail.py" line="102" />
      <source>'{host}' is not a server name.</source>
      <translation>‏'{host}' ليس اسم خادم.</translation>
    </message>
    <message>
      <location filename="caseworker/exports.py" line="133" />
      <source>'{kind}' is not a kind of document: choose one of {kinds}.</source>
      <translation>‏'{kind}' ليس نوع مستند: اختر أحد: {kinds}.</translation>
    </message>
    <message>
      <location filename="caseworker/services/list_export.py" line="85" />
      <source>'{kind}' is not a list: choose one of {kinds}.</source>
      <translation>‏'{kind}' ليست قائمة: اختر إحدى: {kinds}.</translation>
    </message>
    <message>
      <location filename="caseworker/db/location.py" line="54" />
      <source>'{location}' is not a database URL: {detail}</source>
      <translation>‏'{location}' ليس عنوان URL لقاعدة بيانات: {detail}</translation>
    </message>
    <message>
      <location filename="caseworker/db/engine.py" line="58" />
      <source>'{location}' names a database this app cannot open: {detail}</source>
      <translation>‏'{location}' يشير إلى قاعدة بيانات لا يستطيع هذا التطبيق فتحها: {detail}</translation>
    </message>
    <message>
      <location filename="caseworker/db/db_roles.py" line="495" />
      <source>'{name}' is a role that may manage the server or its roles; the laptops' URL needs a role of its own.</source>
      <translation>'{name}' دور يمكنه إدارة الخادم أو أدواره؛ ويحتاج عنوان الأجهزة إلى دور خاص به.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/guard_scenario.py" line="282" />
      <source>'{name}' is not a known time zone.</source>
      <translation>‏'{name}' ليست منطقة زمنية معروفة.</translation>
    </message>
    <message>
      <location filename="caseworker/services/mail.py" line="607" />
      <source>'{name}' is not a template for {audience}.</source>
      <translation>‏'{name}' ليس قالبًا لـ {audience}.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/recurrence.py" line="114" />
      <location filename="caseworker/services/grants.py" line="282" />
      <source>'{rule}' is not a repeat rule this app understands.</source>
      <translation>‏'{rule}' ليست قاعدة تكرار يفهمها هذا التطبيق.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/gifts.py" line="171" />
      <source>'{rule}' is not a schedule rule.</source>
      <translation>‏'{rule}' ليست قاعدة جدولة.</translation>
    </message>
    <message>
      <location filename="caseworker/services/mail.py" line="870" />
      <source>'{segment}' is not a segment: major, regular, new or lapsed.</source>
      <translation>‏'{segment}' ليست شريحة: كبار، منتظمون، جدد، أو منقطعون.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/imports.py" line="420" />
      <source>'{text}' could be read two ways (day/month or month/day): name the date format in the mapping.</source>
      <translation>‏'{text}' يمكن قراءته بطريقتين (يوم/شهر أو شهر/يوم): حدّد صيغة التاريخ في المطابقة.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/imports.py" line="407" />
      <source>'{text}' has a two-digit year: write the year in full.</source>
      <translation>‏'{text}' فيه سنة من رقمين: اكتب السنة كاملة.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/imports.py" line="519" />
      <source>'{text}' is neither an individual nor an organisation.</source>
      <translation>‏'{text}' ليس فردًا ولا منظمة.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/imports.py" line="481" />
      <source>'{text}' is neither yes nor no.</source>
      <translation>‏'{text}' ليس نعم ولا لا.</translation>
    </message>
    <message>
      <location filename="caseworker/services/imports.py" line="462" />
      <source>'{text}' is neither yes, no nor a date.</source>
      <translation>‏'{text}' ليس نعم ولا لا ولا تاريخًا.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/channels.py" line="136" />
      <source>'{text}' is not a channel this record takes ({known}).</source>
      <translation>‏'{text}' ليست قناة يقبلها هذا السجل ({known}).</translation>
    </message>
    <message>
      <location filename="caseworker/domain/imports.py" line="431" />
      <source>'{text}' is not a date.</source>
      <translation>‏'{text}' ليس تاريخًا.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/inputs.py" line="67" />
      <source>'{text}' is not a date: write it as YYYY-MM-DD.</source>
      <translation>‏'{text}' ليس تاريخًا: اكتبه بصيغة YYYY-MM-DD.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/imports.py" line="505" />
      <source>'{text}' is not a payment method this app knows (cash, cheque, card, bank transfer, direct debit, online, in kind, securities, other).</source>
      <translation>‏'{text}' ليست طريقة دفع يعرفها هذا التطبيق (نقدًا، شيك، بطاقة، تحويل بنكي، خصم مباشر، عبر الإنترنت، عيني، أوراق مالية، أخرى).</translation>
    </message>
    <message>
      <location filename="caseworker/domain/clients.py" line="179" />
      <source>'{text}' is not a phone number we can use: write it with its country code (+…).</source>
      <translation>‏'{text}' ليس رقم هاتف يمكننا استخدامه: اكتبه مع رمز البلد (+…).</translation>
    </message>
    <message>
      <location filename="caseworker/domain/clients.py" line="251" />
      <source>'{text}' is not a valid e-mail address.</source>
      <translation>‏'{text}' ليس عنوان بريد إلكتروني صالحًا.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/clients.py" line="183" />
      <source>'{text}' is not a valid phone number.</source>
      <translation>‏'{text}' ليس رقم هاتف صالحًا.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/imports.py" line="448" />
      <location filename="caseworker/domain/imports.py" line="455" />
      <source>'{text}' is not an amount.</source>
      <translation>‏'{text}' ليس مبلغًا.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/inputs.py" line="134" />
      <source>'{text}' is not an amount: write it like 1234.50.</source>
      <translation>‏'{text}' ليس مبلغًا: اكتبه مثل 1234.50.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/donors.py" line="336" />
      <source>'{text}' is not an email address.</source>
      <translation>‏'{text}' ليس عنوان بريد إلكتروني.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/mail.py" line="137" />
      <source>'{url}' has a port that is not a number.</source>
      <translation>‏'{url}' يحتوي على منفذ ليس رقمًا.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/mail.py" line="132" />
      <source>'{url}' is not a mail server address like smtp://HOST:PORT.</source>
      <translation>‏'{url}' ليس عنوان خادم بريد مثل smtp://HOST:PORT.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/guard_scenario.py" line="296" />
      <source>'{value}' has no UTC offset; write it like 2026-03-10T15:00:00Z.</source>
      <translation>‏'{value}' بلا فرق توقيت عن UTC؛ اكتبه مثل 2026-03-10T15:00:00Z.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/guard_scenario.py" line="291" />
      <source>'{value}' is not a date and time (ISO 8601).</source>
      <translation>‏'{value}' ليس تاريخًا ووقتًا (ISO 8601).</translation>
    </message>
    <message>
      <location filename="caseworker/domain/imports.py" line="310" />
      <source>'{value}' is not a date format: use DMY, MDY or YMD.</source>
      <translation>‏'{value}' ليس صيغة تاريخ: استخدم DMY أو MDY أو YMD.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/guard_scenario.py" line="310" />
      <source>'{value}' is not a date like 2026-03-10.</source>
      <translation>‏'{value}' ليس تاريخًا مثل 2026-03-10.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/guard_scenario.py" line="324" />
      <source>'{value}' is not a time of day like 20:00.</source>
      <translation>‏'{value}' ليس وقتًا من اليوم مثل 20:00.</translation>
    </message>
    <message>
      <location filename="caseworker/services/gift_aid.py" line="249" />
      <source>'{value}' is not one of the choices.</source>
      <translation>‏'{value}' ليس من الخيارات المتاحة.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/guard_scenario.py" line="249" />
      <source>'{value}' is not one of: {known}.</source>
      <translation>‏'{value}' ليس أحد: {known}.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/donors.py" line="407" />
      <location filename="caseworker/domain/org.py" line="174" />
      <location filename="caseworker/domain/recurrence.py" line="183" />
      <source>'{zone}' is not a known time zone.</source>
      <translation>‏'{zone}' ليست منطقة زمنية معروفة.</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/feedback_form.py" line="47" />
      <source>(circle one)</source>
      <translation>(ضع دائرة حول واحد)</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/dashboard.py" line="282" />
      <source>* Part of the month only: the period runs from {start} to {end}.</source>
      <translation>* جزء من الشهر فقط: تمتد الفترة من {start} إلى {end}.</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/dashboard.py" line="283" />
      <source>* Part of the quarter only: the period runs from {start} to {end}.</source>
      <translation>* جزء من الربع فقط: تمتد الفترة من {start} إلى {end}.</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/dashboard.py" line="284" />
      <source>* Part of the year only: the period runs from {start} to {end}.</source>
      <translation>* جزء من السنة فقط: تمتد الفترة من {start} إلى {end}.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/recurrence.py" line="168" />
      <source>, until {until}</source>
      <translation>، حتى {until}</translation>
    </message>
    <message>
      <location filename="caseworker/domain/recurrence.py" line="166" />
      <source>, {count} times</source>
      <translation>، {count} مرة</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/giving_statements.py" line="132" />
      <source>1 donor</source>
      <translation>متبرع واحد</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/giving_statements.py" line="108" />
      <source>1 gift</source>
      <translation>تبرع واحد</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/gift_aid.py" line="92" />
      <source>1 more gift ({total}) came from a donor with no Gift Aid declaration and is not claimed.</source>
      <translation>تبرع آخر واحد ({total}) جاء من متبرع ليس لديه إقرار Gift Aid ولا يُطالب به.</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/feedback_form.py" line="49" />
      <source>1. Was your problem solved?</source>
      <translation>1. هل حُلّت مشكلتك؟</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/feedback_form.py" line="50" />
      <source>2. Was the outcome acceptable to you?</source>
      <translation>2. هل كانت النتيجة مقبولة لديك؟</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/feedback_form.py" line="51" />
      <source>3. How were you treated? (1 = badly, 5 = very well)</source>
      <translation>3. كيف عوملت؟ (1 = بشكل سيئ، 5 = بشكل جيد جدًا)</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/feedback_form.py" line="54" />
      <source>4. Anything you would like to tell us, in your own words</source>
      <translation>4. أي شيء تود أن تخبرنا به، بكلماتك الخاصة</translation>
    </message>
    <message>
      <location filename="caseworker/domain/service_quality.py" line="102" />
      <source>90th percentile age in days of the cases open at the end</source>
      <translation>عمر الحالات المفتوحة في نهاية الفترة بالأيام عند المئين التسعين</translation>
    </message>
    <message>
      <location filename="caseworker/domain/service_quality.py" line="89" />
      <source>90th percentile of days from opening to resolution</source>
      <translation>الأيام من الفتح إلى الحل عند المئين التسعين</translation>
    </message>
    <message>
      <location filename="caseworker/domain/service_quality.py" line="98" />
      <source>90th percentile of days from opening to the first note, call or visit</source>
      <translation>الأيام من الفتح إلى أول ملاحظة أو مكالمة أو زيارة عند المئين التسعين</translation>
    </message>
    <message>
      <location filename="caseworker/services/gift_aid.py" line="141" />
      <source>A Gift Aid declaration needs the donor's home address: record the house name or number and the postcode first.</source>
      <translation>يحتاج إقرار Gift Aid إلى عنوان منزل المتبرع: سجّل اسم المنزل أو رقمه والرمز البريدي أولًا.</translation>
    </message>
    <message>
      <location filename="caseworker/services/gifts.py" line="226" />
      <source>A batch can hold at most {n} gifts.</source>
      <translation>يمكن أن تضم الدفعة {n} تبرعًا على الأكثر.</translation>
    </message>
    <message>
      <location filename="caseworker/services/grants.py" line="501" />
      <source>A budget is set on an awarded grant.</source>
      <translation>تُحدَّد الميزانية على منحة ممنوحة.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/cases.py" line="191" />
      <source>A case can be closed only once it is resolved: record the outcome first.</source>
      <translation>لا يمكن إغلاق الحالة إلا بعد حلها: سجّل النتيجة أولًا.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/cases.py" line="196" />
      <source>A case cannot be resolved without an outcome: describe what was achieved.</source>
      <translation>لا يمكن حل الحالة دون نتيجة: صِف ما تحقق.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/cases.py" line="198" />
      <source>A case cannot go back to new.</source>
      <translation>لا يمكن أن تعود الحالة إلى «جديدة».</translation>
    </message>
    <message>
      <location filename="caseworker/domain/cases.py" line="203" />
      <source>A case cannot go from {current} to {target}.</source>
      <translation>لا يمكن أن تنتقل الحالة من {current} إلى {target}.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/donors.py" line="375" />
      <source>A channel cannot be both preferred and opted out: {channels}.</source>
      <translation>لا يمكن أن تكون القناة مفضلة ومستبعدة معًا: {channels}.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/care.py" line="278" />
      <source>A check-in rhythm is from 1 to {max} days.</source>
      <translation>وتيرة المتابعة من يوم واحد إلى {max} يومًا.</translation>
    </message>
    <message>
      <location filename="caseworker/services/paperwork.py" line="90" />
      <source>A client (name withheld for confidentiality)</source>
      <translation>مستفيد (الاسم محجوب للسرية)</translation>
    </message>
    <message>
      <location filename="caseworker/services/mail.py" line="589" />
      <source>A client's template goes to clients.</source>
      <translation>قالب المستفيد يُرسل إلى المستفيدين.</translation>
    </message>
    <message>
      <location filename="caseworker/services/mail.py" line="434" />
      <source>A client's template is previewed on a case.</source>
      <translation>تُعرض معاينة قالب المستفيد على حالة.</translation>
    </message>
    <message>
      <location filename="caseworker/services/touchpoints.py" line="278" />
      <source>A contact is either planned or done.</source>
      <translation>التواصل إما مخطط أو منجز.</translation>
    </message>
    <message>
      <location filename="caseworker/services/touchpoints.py" line="283" />
      <source>A contact that took place cannot be in the future.</source>
      <translation>لا يمكن أن يكون تواصل قد تم في المستقبل.</translation>
    </message>
    <message>
      <location filename="caseworker/db/engine.py" line="54" />
      <source>A database server protects its data itself; it takes no file key.</source>
      <translation>يحمي خادم قاعدة البيانات بياناته بنفسه؛ ولا يأخذ مفتاح ملف.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/clients.py" line="323" />
      <source>A date of birth before {year} is surely a typing slip.</source>
      <translation>تاريخ الميلاد قبل {year} خطأ كتابي على الأرجح.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/clients.py" line="321" />
      <source>A date of birth cannot be in the future.</source>
      <translation>لا يمكن أن يكون تاريخ الميلاد في المستقبل.</translation>
    </message>
    <message>
      <location filename="caseworker/services/donors.py" line="393" />
      <source>A deceased donor is never contacted: do not contact stays on.</source>
      <translation>لا يُتواصل أبدًا مع متبرع متوفى: يبقى خيار عدم التواصل مفعّلًا.</translation>
    </message>
    <message>
      <location filename="caseworker/services/board.py" line="96" />
      <source>A decision is seconded by someone other than its proposer.</source>
      <translation>يُثنّي على القرار شخص غير مقترحه.</translation>
    </message>
    <message>
      <location filename="caseworker/services/gift_aid.py" line="173" />
      <source>A declaration cannot be cancelled before it was made.</source>
      <translation>لا يمكن إلغاء إقرار قبل تاريخ تقديمه.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/aid.py" line="77" />
      <source>A disbursement that is {current} cannot become {target}.</source>
      <translation>لا يمكن أن يصبح الصرف {current} بحالة {target}.</translation>
    </message>
    <message>
      <location filename="caseworker/services/mail.py" line="584" />
      <source>A donor's template goes to donors.</source>
      <translation>قالب المتبرع يُرسل إلى المتبرعين.</translation>
    </message>
    <message>
      <location filename="caseworker/services/mail.py" line="430" />
      <source>A donor's template is previewed on a donor or a gift.</source>
      <translation>تُعرض معاينة قالب المتبرع على متبرع أو تبرع.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/grant_targets.py" line="126" />
      <source>A grant can have up to 20 outcomes.</source>
      <translation>يمكن أن تكون للمنحة 20 نتيجة على الأكثر.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/grants.py" line="73" />
      <source>A grant cannot move from {current} to {target}.</source>
      <translation>لا يمكن أن تنتقل المنحة من {current} إلى {target}.</translation>
    </message>
    <message>
      <location filename="caseworker/services/paperwork.py" line="278" />
      <source>A grant report counts the people helped and the aid paid, which are kept in a file only caseworkers' and managers' passwords open: ask one of them to make it.</source>
      <translation>يحصي تقرير المنحة الأشخاص الذين تمت مساعدتهم والمساعدات المدفوعة، وهي محفوظة في ملف لا تفتحه إلا كلمات مرور الأخصائيين الاجتماعيين والمديرين: اطلب من أحدهم إعداده.</translation>
    </message>
    <message>
      <location filename="caseworker/services/paperwork.py" line="273" />
      <source>A grant report counts the people helped and the aid paid, which this database server lets only caseworkers and managers read: ask one of them to make it.</source>
      <translation>يحصي تقرير المنحة الأشخاص الذين تمت مساعدتهم والمساعدات المدفوعة، ولا يسمح خادم قاعدة البيانات هذا بقراءتها إلا لمسؤولي الحالات والمديرين: اطلب من أحدهم إعداده.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/clients.py" line="368" />
      <source>A household has 1 to {most} people, the client included.</source>
      <translation>تضم الأسرة من 1 إلى {most} أشخاص، بمن فيهم العميل.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/templates.py" line="357" />
      <source>A letter to a client is an update, an invitation or other.</source>
      <translation>الرسالة إلى المستفيد إما تحديث أو دعوة أو غير ذلك.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/meetings.py" line="220" />
      <source>A meeting lasts at most a week.</source>
      <translation>يستمر الاجتماع أسبوعًا على الأكثر.</translation>
    </message>
    <message>
      <location filename="caseworker/services/accounts.py" line="102" />
      <source>A name can have at most 120 characters.</source>
      <translation>يمكن أن يتكون الاسم من 120 حرفًا على الأكثر.</translation>
    </message>
    <message>
      <location filename="caseworker/services/aid.py" line="163" />
      <location filename="caseworker/services/aid.py" line="135" />
      <source>A name can have at most {n} characters.</source>
      <translation>يمكن أن يتكون الاسم من {n} حرفًا على الأكثر.</translation>
    </message>
    <message>
      <location filename="caseworker/services/passwords.py" line="37" />
      <source>A password can have at most {n} characters.</source>
      <translation>يمكن أن تتكون كلمة المرور من {n} حرفًا على الأكثر.</translation>
    </message>
    <message>
      <location filename="caseworker/services/passwords.py" line="40" />
      <source>A password cannot contain a NUL character.</source>
      <translation>لا يمكن أن تحتوي كلمة المرور على حرف NUL.</translation>
    </message>
    <message>
      <location filename="caseworker/services/passwords.py" line="34" />
      <source>A password needs at least {n} characters.</source>
      <translation>تحتاج كلمة المرور إلى {n} أحرف على الأقل.</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/person_data.py" line="29" />
      <source>A person's data</source>
      <translation>بيانات شخص</translation>
    </message>
    <message>
      <location filename="caseworker/domain/clients.py" line="574" />
      <source>A referral date cannot be in the future.</source>
      <translation>لا يمكن أن يكون تاريخ الإحالة في المستقبل.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/care.py" line="161" />
      <source>A reminder needs a due date and time.</source>
      <translation>يحتاج التذكير إلى تاريخ ووقت استحقاق.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/care.py" line="154" />
      <source>A repeating task needs a due date and time.</source>
      <translation>تحتاج المهمة المتكررة إلى تاريخ ووقت استحقاق.</translation>
    </message>
    <message>
      <location filename="caseworker/services/grant_reports.py" line="55" />
      <source>A report cannot be submitted in the future.</source>
      <translation>لا يمكن تقديم تقرير في المستقبل.</translation>
    </message>
    <message>
      <location filename="caseworker/db/db_roles.py" line="482" />
      <source>A role name is 2 to 63 lower-case letters, digits or underscores, starting with a letter.</source>
      <translation>اسم الدور من 2 إلى 63 حرفًا لاتينيًا صغيرًا أو رقمًا أو شرطة سفلية، ويبدأ بحرف.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/cases.py" line="244" />
      <source>A satisfaction score is a whole number from 1 to 5.</source>
      <translation>درجة الرضا عدد صحيح من 1 إلى 5.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/mail.py" line="185" />
      <source>A secure connection to {host}:{port} could not be made: {reason}</source>
      <translation>تعذّر إنشاء اتصال آمن بـ {host}:{port}: {reason}</translation>
    </message>
    <message>
      <location filename="caseworker/domain/recurrence.py" line="70" />
      <source>A series has 1 to {n} occurrences.</source>
      <translation>تضم السلسلة من 1 إلى {n} موعدًا.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/gifts.py" line="243" />
      <source>A soft credit cannot exceed the gift.</source>
      <translation>لا يمكن أن يتجاوز النسب غير المباشر قيمة التبرع.</translation>
    </message>
    <message>
      <location filename="caseworker/services/gifts.py" line="309" />
      <source>A soft-credited donor no longer exists.</source>
      <translation>المتبرع المنسوب إليه التبرع لم يعد موجودًا.</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/policy_dialog.py" line="44" />
      <source>A supporter's own pause</source>
      <translation>توقف طلبه الداعم نفسه</translation>
    </message>
    <message>
      <location filename="caseworker/domain/clients.py" line="262" />
      <source>A tag has at most {n} characters and no control characters.</source>
      <translation>يتكون الوسم من {n} حرفًا على الأكثر دون أحرف تحكم.</translation>
    </message>
    <message>
      <location filename="caseworker/services/accounts.py" line="96" />
      <source>A user name has 2 to 64 characters: lower-case letters, digits, '.', '_' or '-'.</source>
      <translation>يتكون اسم المستخدم من 2 إلى 64 حرفًا: أحرف لاتينية صغيرة أو أرقام أو '.' أو '_' أو '-'.</translation>
    </message>
    <message>
      <location filename="caseworker/services/grants.py" line="533" />
      <source>A voided disbursement is not spending.</source>
      <translation>الصرف الملغى ليس إنفاقًا.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/mail.py" line="29" />
      <source>A4, 14 labels 99.1 × 38.1 mm (Avery L7163)</source>
      <translation>A4، 14 ملصقًا 99.1 × 38.1 مم (Avery L7163)</translation>
    </message>
    <message>
      <location filename="caseworker/domain/mail.py" line="28" />
      <source>A4, 21 labels 63.5 × 38.1 mm (Avery L7160)</source>
      <translation>A4، 21 ملصقًا 63.5 × 38.1 مم (Avery L7160)</translation>
    </message>
    <message>
      <location filename="caseworker/domain/meetings.py" line="45" />
      <location filename="caseworker/reports/documents/meetings.py" line="123" />
      <source>Absent</source>
      <translation>غائب</translation>
    </message>
    <message>
      <location filename="caseworker/domain/service_quality.py" line="322" />
      <source>Acceptable</source>
      <translation>مقبولة</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/case_summary.py" line="174" />
      <source>Acceptable to client</source>
      <translation>مقبولة لدى المستفيد</translation>
    </message>
    <message>
      <location filename="caseworker/domain/clients.py" line="65" />
      <location filename="caseworker/reports/labels.py" line="17" />
      <source>Accepted</source>
      <translation>مقبول</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/merge_dialog.py" line="49" />
      <source>Accessibility</source>
      <translation>إمكانية الوصول</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/case_summary.py" line="79" />
      <source>Accessibility: {needs}</source>
      <translation>إمكانية الوصول: {needs}</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/meetings.py" line="226" />
      <source>Action</source>
      <translation>الإجراء</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/meetings.py" line="185" />
      <source>Action items</source>
      <translation>بنود العمل</translation>
    </message>
    <message>
      <location filename="caseworker/services/meeting_minutes.py" line="81" />
      <source>Action items belong to one occurrence: open the occurrence first.</source>
      <translation>بنود العمل تخص موعدًا واحدًا: افتح الموعد أولًا.</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/meetings.py" line="186" />
      <source>Actions carried forward from earlier meetings</source>
      <translation>إجراءات مرحّلة من اجتماعات سابقة</translation>
    </message>
    <message>
      <location filename="caseworker/domain/imports.py" line="188" />
      <location filename="caseworker/reports/documents/aid_statement.py" line="69" />
      <location filename="caseworker/ui/dialogs/merge_dialog.py" line="46" />
      <source>Address</source>
      <translation>العنوان</translation>
    </message>
    <message>
      <location filename="caseworker/services/paperwork.py" line="88" />
      <source>Address has no town or postcode</source>
      <translation>العنوان بلا مدينة أو رمز بريدي</translation>
    </message>
    <message>
      <location filename="caseworker/domain/imports.py" line="125" />
      <location filename="caseworker/ui/dialogs/merge_dialog.py" line="40" />
      <source>Address line 1</source>
      <translation>سطر العنوان 1</translation>
    </message>
    <message>
      <location filename="caseworker/domain/imports.py" line="128" />
      <location filename="caseworker/ui/dialogs/merge_dialog.py" line="41" />
      <source>Address line 2</source>
      <translation>سطر العنوان 2</translation>
    </message>
    <message>
      <location filename="caseworker/domain/permissions.py" line="28" />
      <source>Administrator</source>
      <translation>مسؤول النظام</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/giving_statements.py" line="95" />
      <location filename="caseworker/reports/documents/receipts.py" line="194" />
      <source>Advantage</source>
      <translation>منفعة</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/receipts.py" line="204" />
      <source>Advantage: {description}</source>
      <translation>منفعة: {description}</translation>
    </message>
    <message>
      <location filename="caseworker/domain/grant_targets.py" line="50" />
      <source>Age</source>
      <translation>العمر</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/grant_outputs.py" line="66" />
      <source>Age on the last day of the period</source>
      <translation>العمر في آخر يوم من الفترة</translation>
    </message>
    <message>
      <location filename="caseworker/exports.py" line="91" />
      <location filename="caseworker/reports/documents/meetings.py" line="30" />
      <location filename="caseworker/reports/documents/meetings.py" line="143" />
      <source>Agenda</source>
      <translation>جدول الأعمال</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/gift_aid.py" line="74" />
      <source>Aggregated donations</source>
      <translation>تبرعات مجمّعة</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/dashboard.py" line="326" />
      <source>Aid by fund</source>
      <translation>المساعدات حسب الصندوق</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/grant_outputs.py" line="60" />
      <source>Aid paid</source>
      <translation>المساعدات المدفوعة</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/grant_outputs.py" line="79" />
      <source>Aid paid by fund</source>
      <translation>المساعدات المدفوعة حسب الصندوق</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/grant_outputs.py" line="64" />
      <source>Aid paid through its spending</source>
      <translation>المساعدات المدفوعة من خلال إنفاقها</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/grant_outputs.py" line="59" />
      <source>Aid payments</source>
      <translation>مدفوعات المساعدات</translation>
    </message>
    <message>
      <location filename="caseworker/domain/grant_targets.py" line="37" />
      <source>Aid payments made</source>
      <translation>مدفوعات المساعدات المقدمة</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/grants.py" line="107" />
      <source>Aid payments made from this grant</source>
      <translation>مدفوعات المساعدات من هذه المنحة</translation>
    </message>
    <message>
      <location filename="caseworker/exports.py" line="86" />
      <location filename="caseworker/reports/documents/aid_statement.py" line="29" />
      <source>Aid statement</source>
      <translation>كشف المساعدات</translation>
    </message>
    <message>
      <location filename="caseworker/domain/service_quality.py" line="46" />
      <location filename="caseworker/services/service_quality.py" line="427" />
      <location filename="caseworker/services/statistics.py" line="126" />
      <source>All cases</source>
      <translation>جميع الحالات</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/aid_statement.py" line="113" />
      <source>All funds</source>
      <translation>جميع الصناديق</translation>
    </message>
    <message>
      <location filename="caseworker/domain/gift_aid.py" line="64" />
      <source>All future gifts</source>
      <translation>جميع التبرعات المستقبلية</translation>
    </message>
    <message>
      <location filename="caseworker/domain/imports.py" line="161" />
      <location filename="caseworker/reports/documents/aid_statement.py" line="92" />
      <location filename="caseworker/reports/documents/gift_aid.py" line="76" />
      <source>Amount</source>
      <translation>المبلغ</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/dashboard.py" line="363" />
      <source>Amount awarded</source>
      <translation>المبلغ الممنوح</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/receipts.py" line="193" />
      <source>Amount of gift</source>
      <translation>مبلغ التبرع</translation>
    </message>
    <message>
      <location filename="caseworker/domain/grants.py" line="97" />
      <source>An amount can be at most {limit}.</source>
      <translation>يمكن أن يبلغ المبلغ {limit} على الأكثر.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/inputs.py" line="124" />
      <location filename="caseworker/domain/inputs.py" line="141" />
      <source>An amount can have at most {n} decimal places.</source>
      <translation>يمكن أن يحتوي المبلغ على {n} منازل عشرية على الأكثر.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/grants.py" line="95" />
      <source>An amount cannot be negative.</source>
      <translation>لا يمكن أن يكون المبلغ سالبًا.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/grants.py" line="93" />
      <location filename="caseworker/services/aid.py" line="159" />
      <source>An amount has at most two decimal places.</source>
      <translation>يحتوي المبلغ على منزلتين عشريتين على الأكثر.</translation>
    </message>
    <message>
      <location filename="caseworker/services/merging.py" line="221" />
      <source>An anonymised client cannot be merged.</source>
      <translation>لا يمكن دمج مستفيد مُخفى الهوية.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/templates.py" line="353" />
      <source>An e-mail needs a subject.</source>
      <translation>يحتاج البريد الإلكتروني إلى موضوع.</translation>
    </message>
    <message>
      <location filename="caseworker/services/gift_aid.py" line="127" />
      <source>An oral declaration needs the date its confirmation letter was sent.</source>
      <translation>يحتاج الإقرار الشفهي إلى تاريخ إرسال خطاب تأكيده.</translation>
    </message>
    <message>
      <location filename="caseworker/services/clients.py" line="545" />
      <source>Anonymised</source>
      <translation>مُخفى الهوية</translation>
    </message>
    <message>
      <location filename="caseworker/services/person_data.py" line="65" />
      <source>Anonymised donor</source>
      <translation>متبرع مُخفى الهوية</translation>
    </message>
    <message>
      <location filename="caseworker/services/imports.py" line="892" />
      <source>Another client already has the external id '{value}'.</source>
      <translation>لدى مستفيد آخر المعرّف الخارجي '{value}' بالفعل.</translation>
    </message>
    <message>
      <location filename="caseworker/services/imports.py" line="537" />
      <source>Another donor already has the external id '{value}'.</source>
      <translation>لدى متبرع آخر المعرّف الخارجي '{value}' بالفعل.</translation>
    </message>
    <message>
      <location filename="caseworker/services/mail.py" line="396" />
      <source>Another template in this language is called '{name}'.</source>
      <translation>يوجد قالب آخر بهذه اللغة اسمه '{name}'.</translation>
    </message>
    <message>
      <location filename="caseworker/db/database.py" line="287" />
      <source>Another user is saving; the database stayed busy. Try again in a moment.</source>
      <translation>مستخدم آخر يحفظ الآن؛ وبقيت قاعدة البيانات مشغولة. أعد المحاولة بعد قليل.</translation>
    </message>
    <message>
      <location filename="caseworker/services/mail.py" line="762" />
      <source>Another user thanked some of these gifts meanwhile: reload the queue and try again.</source>
      <translation>شكر مستخدم آخر على بعض هذه التبرعات في الأثناء: أعد تحميل القائمة وحاول مجددًا.</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/meetings.py" line="122" />
      <source>Apologies</source>
      <translation>اعتذارات</translation>
    </message>
    <message>
      <location filename="caseworker/domain/imports.py" line="168" />
      <location filename="caseworker/domain/templates.py" line="75" />
      <source>Appeal</source>
      <translation>الحملة</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/grants.py" line="220" />
      <source>Applicant</source>
      <translation>مقدم الطلب</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/dashboard.py" line="358" />
      <source>Applications submitted</source>
      <translation>الطلبات المقدمة</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/receipts.py" line="202" />
      <source>Appraised by {appraiser}</source>
      <translation>قيّمه {appraiser}</translation>
    </message>
    <message>
      <location filename="caseworker/domain/aid.py" line="57" />
      <source>Approved</source>
      <translation>معتمد</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/meetings.py" line="219" />
      <source>Approved as a true record of the meeting.</source>
      <translation>اعتُمد كسجل صحيح للاجتماع.</translation>
    </message>
    <message>
      <location filename="caseworker/reports/formatting.py" line="31" />
      <source>Apr</source>
      <translation>أبريل</translation>
    </message>
    <message>
      <location filename="caseworker/domain/introductions.py" line="38" />
      <source>Arabic</source>
      <translation>العربية</translation>
    </message>
    <message>
      <location filename="caseworker/domain/grant_targets.py" line="52" />
      <source>Area (postcode district)</source>
      <translation>المنطقة (حي الرمز البريدي)</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/grant_outputs.py" line="68" />
      <source>Areas (postcode district)</source>
      <translation>المناطق (حي الرمز البريدي)</translation>
    </message>
    <message>
      <location filename="caseworker/services/care.py" line="359" />
      <source>Ask for the client's feedback once the case is resolved.</source>
      <translation>اطلب ملاحظات المستفيد بعد حل الحالة.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/cases.py" line="206" />
      <source>Assign the case to a worker first.</source>
      <translation>أسند الحالة إلى أخصائي أولًا.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/cases.py" line="36" />
      <source>Assigned</source>
      <translation>مُسندة</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/case_summary.py" line="90" />
      <source>Assigned to</source>
      <translation>مُسندة إلى</translation>
    </message>
    <message>
      <location filename="caseworker/services/case_timeline.py" line="171" />
      <source>Assigned to {taker}</source>
      <translation>مُسندة إلى {taker}</translation>
    </message>
    <message>
      <location filename="caseworker/domain/clients.py" line="267" />
      <source>At most {n} tags.</source>
      <translation>{n} وسمًا على الأكثر.</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/meetings.py" line="132" />
      <location filename="caseworker/reports/documents/meetings.py" line="111" />
      <source>Attendance</source>
      <translation>الحضور</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/meetings.py" line="112" />
      <location filename="caseworker/reports/documents/meetings.py" line="130" />
      <source>Attendance not recorded</source>
      <translation>الحضور غير مسجل</translation>
    </message>
    <message>
      <location filename="caseworker/domain/meetings.py" line="43" />
      <source>Attended</source>
      <translation>حضر</translation>
    </message>
    <message>
      <location filename="caseworker/reports/formatting.py" line="32" />
      <source>Aug</source>
      <translation>أغسطس</translation>
    </message>
    <message>
      <location filename="caseworker/domain/org.py" line="41" />
      <source>Australia</source>
      <translation>أستراليا</translation>
    </message>
    <message>
      <location filename="caseworker/domain/org.py" line="42" />
      <source>Austria</source>
      <translation>النمسا</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/receipts.py" line="287" />
      <source>Authorised signature</source>
      <translation>التوقيع المعتمد</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/dashboard.py" line="361" />
      <source>Awaiting a decision</source>
      <translation>بانتظار القرار</translation>
    </message>
    <message>
      <location filename="caseworker/domain/clients.py" line="64" />
      <source>Awaiting reply</source>
      <translation>بانتظار الرد</translation>
    </message>
    <message>
      <location filename="caseworker/domain/grants.py" line="39" />
      <location filename="caseworker/reports/documents/dashboard.py" line="359" />
      <location filename="caseworker/reports/documents/grant_outputs.py" line="61" />
      <source>Awarded</source>
      <translation>ممنوح</translation>
    </message>
    <message>
      <location filename="caseworker/domain/org.py" line="88" />
      <source>BN/Registration No.</source>
      <translation>BN/رقم التسجيل</translation>
    </message>
    <message>
      <location filename="caseworker/db/backup.py" line="44" />
      <location filename="caseworker/services/backups.py" line="63" />
      <source>Back up a PostgreSQL database with the server's own tools, for example pg_dump.</source>
      <translation>انسخ قاعدة بيانات PostgreSQL احتياطيًا بأدوات الخادم نفسه، مثل pg_dump.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/gifts.py" line="54" />
      <source>Bank transfer</source>
      <translation>تحويل بنكي</translation>
    </message>
    <message>
      <location filename="caseworker/domain/org.py" line="43" />
      <source>Belgium</source>
      <translation>بلجيكا</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/gift_aid.py" line="87" />
      <location filename="caseworker/reports/documents/gift_aid.py" line="128" />
      <source>Benefit</source>
      <translation>منفعة</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/receipts.py" line="226" />
      <source>Benefit to you</source>
      <translation>المنفعة العائدة عليك</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/receipts.py" line="235" />
      <source>Benefit: {description}</source>
      <translation>منفعة: {description}</translation>
    </message>
    <message>
      <location filename="caseworker/domain/gift_aid.py" line="85" />
      <source>Benefits to the donor exceed HMRC's limit for this gift</source>
      <translation>المنافع العائدة على المتبرع تتجاوز حد HMRC لهذا التبرع</translation>
    </message>
    <message>
      <location filename="caseworker/domain/gift_aid.py" line="86" />
      <source>Benefits to the donor this tax year exceed £2,500</source>
      <translation>المنافع العائدة على المتبرع في هذه السنة الضريبية تتجاوز 2,500 جنيه إسترليني</translation>
    </message>
    <message>
      <location filename="caseworker/domain/mail.py" line="49" />
      <source>Blocked by the guard</source>
      <translation>حظره الحارس</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/grants.py" line="81" />
      <location filename="caseworker/reports/documents/grants.py" line="245" />
      <source>Budget</source>
      <translation>الميزانية</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/grants.py" line="244" />
      <source>Budget category</source>
      <translation>فئة الميزانية</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/case_summary.py" line="104" />
      <location filename="caseworker/reports/documents/case_summary.py" line="139" />
      <source>By</source>
      <translation>بواسطة</translation>
    </message>
    <message>
      <location filename="caseworker/domain/cases.py" line="108" />
      <location filename="caseworker/services/case_timeline.py" line="172" />
      <source>Call</source>
      <translation>مكالمة</translation>
    </message>
    <message>
      <location filename="caseworker/domain/introductions.py" line="280" />
      <source>Call {client} to introduce their worker and team</source>
      <translation>الاتصال بـ {client} لتعريفه بأخصائيه وفريقه</translation>
    </message>
    <message>
      <location filename="caseworker/domain/org.py" line="44" />
      <location filename="caseworker/domain/org.py" line="88" />
      <source>Canada</source>
      <translation>كندا</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/receipts.py" line="65" />
      <source>Canada Revenue Agency: canada.ca/charities-giving</source>
      <translation>وكالة الإيرادات الكندية: canada.ca/charities-giving</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/receipts.py" line="81" />
      <source>Cancelled with effect from {date}: gifts received from that day carry no Gift Aid.</source>
      <translation>أُلغي اعتبارًا من {date}: التبرعات المستلمة من ذلك اليوم لا يشملها Gift Aid.</translation>
    </message>
    <message>
      <location filename="caseworker/services/touchpoints.py" line="582" />
      <source>Cancelled {channel} ({purpose})</source>
      <translation>أُلغي {channel} ({purpose})</translation>
    </message>
    <message>
      <location filename="caseworker/services/progress.py" line="19" />
      <source>Cancelled: nothing was changed.</source>
      <translation>أُلغي: لم يتغير شيء.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/gifts.py" line="53" />
      <source>Card</source>
      <translation>بطاقة</translation>
    </message>
    <message>
      <location filename="caseworker/domain/care.py" line="76" />
      <location filename="caseworker/domain/service_quality.py" line="319" />
      <location filename="caseworker/reports/documents/case_summary.py" line="95" />
      <source>Case</source>
      <translation>الحالة</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/case_summary.py" line="28" />
      <source>Case notes are not included for your role.</source>
      <translation>ملاحظات الحالة غير مشمولة لدورك.</translation>
    </message>
    <message>
      <location filename="caseworker/services/case_timeline.py" line="132" />
      <source>Case opened</source>
      <translation>فُتحت الحالة</translation>
    </message>
    <message>
      <location filename="caseworker/domain/templates.py" line="127" />
      <source>Case reference</source>
      <translation>مرجع الحالة</translation>
    </message>
    <message>
      <location filename="caseworker/exports.py" line="85" />
      <location filename="caseworker/reports/documents/case_summary.py" line="27" />
      <source>Case summary</source>
      <translation>ملخص الحالة</translation>
    </message>
    <message>
      <location filename="caseworker/domain/templates.py" line="128" />
      <source>Case title</source>
      <translation>عنوان الحالة</translation>
    </message>
    <message>
      <location filename="caseworker/services/mail.py" line="714" />
      <source>Case {ident} was not found.</source>
      <translation>لم يُعثر على الحالة {ident}.</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/case_summary.py" line="58" />
      <source>Case {reference}</source>
      <translation>الحالة {reference}</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/grant_outputs.py" line="57" />
      <source>Cases opened</source>
      <translation>الحالات التي فُتحت</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/dashboard.py" line="216" />
      <source>Cases per month</source>
      <translation>الحالات شهريًا</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/dashboard.py" line="216" />
      <source>Cases per quarter</source>
      <translation>الحالات ربع سنويًا</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/dashboard.py" line="216" />
      <source>Cases per year</source>
      <translation>الحالات سنويًا</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/dashboard.py" line="305" />
      <location filename="caseworker/reports/documents/grant_outputs.py" line="58" />
      <source>Cases resolved</source>
      <translation>الحالات المحلولة</translation>
    </message>
    <message>
      <location filename="caseworker/domain/grant_targets.py" line="36" />
      <source>Cases resolved (services delivered)</source>
      <translation>الحالات المحلولة (الخدمات المقدمة)</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/dashboard.py" line="211" />
      <source>Casework</source>
      <translation>إدارة الحالات</translation>
    </message>
    <message>
      <location filename="caseworker/domain/permissions.py" line="30" />
      <source>Caseworker</source>
      <translation>أخصائي حالات</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/case_summary.py" line="172" />
      <source>Caseworker alone</source>
      <translation>الأخصائي وحده</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/case_summary.py" line="172" />
      <source>Caseworker with a specialist</source>
      <translation>الأخصائي مع متخصص</translation>
    </message>
    <message>
      <location filename="caseworker/domain/aid.py" line="55" />
      <location filename="caseworker/domain/gifts.py" line="51" />
      <source>Cash</source>
      <translation>نقدًا</translation>
    </message>
    <message>
      <location filename="caseworker/domain/service_quality.py" line="47" />
      <location filename="caseworker/domain/service_quality.py" line="320" />
      <location filename="caseworker/domain/templates.py" line="129" />
      <source>Category</source>
      <translation>الفئة</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/grants.py" line="206" />
      <source>Certification</source>
      <translation>الإقرار بالصحة</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/meetings.py" line="90" />
      <location filename="caseworker/reports/documents/meetings.py" line="213" />
      <source>Chair</source>
      <translation>الرئيس</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/receipts.py" line="188" />
      <source>Charity</source>
      <translation>الجمعية الخيرية</translation>
    </message>
    <message>
      <location filename="caseworker/services/care.py" line="302" />
      <source>Check in with {client} ({channel})</source>
      <translation>متابعة مع {client} ‏({channel})</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/grants.py" line="85" />
      <source>Checklist</source>
      <translation>قائمة التحقق</translation>
    </message>
    <message>
      <location filename="caseworker/domain/gifts.py" line="52" />
      <source>Cheque</source>
      <translation>شيك</translation>
    </message>
    <message>
      <location filename="caseworker/services/grants.py" line="525" />
      <source>Choose a budget line of this grant.</source>
      <translation>اختر بند ميزانية لهذه المنحة.</translation>
    </message>
    <message>
      <location filename="caseworker/services/cases.py" line="105" />
      <source>Choose a category that is in use.</source>
      <translation>اختر فئة قيد الاستخدام.</translation>
    </message>
    <message>
      <location filename="caseworker/services/cases.py" line="95" />
      <source>Choose a category.</source>
      <translation>اختر فئة.</translation>
    </message>
    <message>
      <location filename="caseworker/services/person_data.py" line="177" />
      <location filename="caseworker/services/person_data.py" line="114" />
      <source>Choose a client or a donor.</source>
      <translation>اختر مستفيدًا أو متبرعًا.</translation>
    </message>
    <message>
      <location filename="caseworker/services/spreadsheets.py" line="87" />
      <source>Choose a comma, semicolon or tab as the separator.</source>
      <translation>اختر فاصلة أو فاصلة منقوطة أو علامة جدولة كفاصل.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/care.py" line="97" />
      <location filename="caseworker/domain/clients.py" line="334" />
      <location filename="caseworker/services/care.py" line="312" />
      <source>Choose a contact channel from the list.</source>
      <translation>اختر قناة تواصل من القائمة.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/org.py" line="176" />
      <source>Choose a country from the list.</source>
      <translation>اختر بلدًا من القائمة.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/org.py" line="178" />
      <location filename="caseworker/services/grants.py" line="272" />
      <source>Choose a currency from the list.</source>
      <translation>اختر عملة من القائمة.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/recurrence.py" line="74" />
      <source>Choose a day of the month from 1 to 31.</source>
      <translation>اختر يومًا من الشهر من 1 إلى 31.</translation>
    </message>
    <message>
      <location filename="caseworker/services/case_handoffs.py" line="126" />
      <location filename="caseworker/services/organigram.py" line="285" />
      <source>Choose a different worker to take the cases.</source>
      <translation>اختر أخصائيًا مختلفًا لتولي الحالات.</translation>
    </message>
    <message>
      <location filename="caseworker/services/grants.py" line="531" />
      <source>Choose a disbursement.</source>
      <translation>اختر صرفًا.</translation>
    </message>
    <message>
      <location filename="caseworker/services/aid.py" line="417" />
      <source>Choose a fund.</source>
      <translation>اختر صندوقًا.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/templates.py" line="335" />
      <source>Choose a letter or an e-mail.</source>
      <translation>اختر رسالة ورقية أو بريدًا إلكترونيًا.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/org.py" line="180" />
      <location filename="caseworker/services/paperwork.py" line="357" />
      <source>Choose a month from 1 to 12.</source>
      <translation>اختر شهرًا من 1 إلى 12.</translation>
    </message>
    <message>
      <location filename="caseworker/services/accounts.py" line="344" />
      <source>Choose a new password to reactivate the account.</source>
      <translation>اختر كلمة مرور جديدة لإعادة تفعيل الحساب.</translation>
    </message>
    <message>
      <location filename="caseworker/services/case_timeline.py" line="45" />
      <source>Choose a note, a call, a visit or a message.</source>
      <translation>اختر ملاحظة أو مكالمة أو زيارة أو رسالة.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/care.py" line="139" />
      <location filename="caseworker/services/cases.py" line="88" />
      <source>Choose a priority from the list.</source>
      <translation>اختر أولوية من القائمة.</translation>
    </message>
    <message>
      <location filename="caseworker/services/grants.py" line="405" />
      <source>Choose a programme of this funder.</source>
      <translation>اختر برنامجًا لهذه الجهة المانحة.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/gifts.py" line="272" />
      <source>Choose a recurring gift or a pledge.</source>
      <translation>اختر تبرعًا متكررًا أو تعهدًا.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/donors.py" line="340" />
      <source>Choose a segment from the list.</source>
      <translation>اختر شريحة من القائمة.</translation>
    </message>
    <message>
      <location filename="caseworker/services/tasks.py" line="380" />
      <source>Choose a team that is in use.</source>
      <translation>اختر فريقًا قيد الاستخدام.</translation>
    </message>
    <message>
      <location filename="caseworker/services/clients.py" line="476" />
      <source>Choose an active colleague as key worker.</source>
      <translation>اختر زميلًا نشطًا كأخصائي مسؤول.</translation>
    </message>
    <message>
      <location filename="caseworker/services/case_base.py" line="171" />
      <location filename="caseworker/services/meeting_minutes.py" line="84" />
      <location filename="caseworker/services/organigram.py" line="380" />
      <source>Choose an active colleague.</source>
      <translation>اختر زميلًا نشطًا.</translation>
    </message>
    <message>
      <location filename="caseworker/services/donors.py" line="438" />
      <source>Choose an active member of staff.</source>
      <translation>اختر موظفًا نشطًا.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/clients.py" line="590" />
      <source>Choose an outcome from the list.</source>
      <translation>اختر نتيجة من القائمة.</translation>
    </message>
    <message>
      <location filename="caseworker/services/planning.py" line="171" />
      <source>Choose at least one donor.</source>
      <translation>اختر متبرعًا واحدًا على الأقل.</translation>
    </message>
    <message>
      <location filename="caseworker/services/planning.py" line="173" />
      <source>Choose at most {most} donors at once.</source>
      <translation>اختر {most} متبرعًا على الأكثر في المرة الواحدة.</translation>
    </message>
    <message>
      <location filename="caseworker/services/list_export.py" line="93" />
      <source>Choose csv or xlsx.</source>
      <translation>اختر csv أو xlsx.</translation>
    </message>
    <message>
      <location filename="caseworker/services/ics.py" line="71" />
      <source>Choose days between {first} and {last}.</source>
      <translation>اختر أيامًا بين {first} و{last}.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/templates.py" line="337" />
      <source>Choose donors or clients.</source>
      <translation>اختر متبرعين أو مستفيدين.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/clients.py" line="554" />
      <source>Choose how consent was given.</source>
      <translation>اختر كيف أُعطيت الموافقة.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/gifts.py" line="167" />
      <source>Choose how often the instalments fall.</source>
      <translation>اختر عدد مرات استحقاق الأقساط.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/gifts.py" line="211" />
      <source>Choose how the gift was given.</source>
      <translation>اختر كيف قُدّم التبرع.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/gifts.py" line="287" />
      <source>Choose how the instalments are paid.</source>
      <translation>اختر طريقة دفع الأقساط.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/meetings.py" line="222" />
      <source>Choose how the meeting is held from the list.</source>
      <translation>اختر من القائمة طريقة عقد الاجتماع.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/guard.py" line="338" />
      <location filename="caseworker/services/touchpoints.py" line="272" />
      <source>Choose how to contact the supporter.</source>
      <translation>اختر طريقة التواصل مع الداعم.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/donors.py" line="325" />
      <source>Choose individual or organisation.</source>
      <translation>اختر فردًا أو منظمة.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/recurrence.py" line="78" />
      <source>Choose one weekday for a monthly series.</source>
      <translation>اختر يومًا واحدًا من أيام الأسبوع لسلسلة شهرية.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/clients.py" line="528" />
      <source>Choose phone or e-mail.</source>
      <translation>اختر الهاتف أو البريد الإلكتروني.</translation>
    </message>
    <message>
      <location filename="caseworker/services/organigram.py" line="241" />
      <source>Choose someone else to stand in.</source>
      <translation>اختر شخصًا آخر ينوب.</translation>
    </message>
    <message>
      <location filename="caseworker/services/cases.py" line="93" />
      <source>Choose the client the case is for.</source>
      <translation>اختر المستفيد الذي تخصه الحالة.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/care.py" line="288" />
      <source>Choose the client's days from Monday to Sunday.</source>
      <translation>اختر أيام المستفيد من الاثنين إلى الأحد.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/gifts.py" line="207" />
      <source>Choose the donor.</source>
      <translation>اختر المتبرع.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/recurrence.py" line="76" />
      <source>Choose the first to fourth, or the last, weekday.</source>
      <translation>اختر من الأول إلى الرابع، أو الأخير، من أيام الأسبوع.</translation>
    </message>
    <message>
      <location filename="caseworker/services/grants.py" line="265" />
      <source>Choose the funder.</source>
      <translation>اختر الجهة المانحة.</translation>
    </message>
    <message>
      <location filename="caseworker/services/gift_aid.py" line="133" />
      <source>Choose the gift this declaration covers.</source>
      <translation>اختر التبرع الذي يشمله هذا الإقرار.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/care.py" line="135" />
      <source>Choose the record the task is about.</source>
      <translation>اختر السجل الذي تتعلق به المهمة.</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/case_dialogs.py" line="316" />
      <source>Choose the specialist.</source>
      <translation>اختر المتخصص.</translation>
    </message>
    <message>
      <location filename="caseworker/services/merging.py" line="252" />
      <source>Choose two different records to merge.</source>
      <translation>اختر سجلين مختلفين للدمج.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/recurrence.py" line="72" />
      <source>Choose weekdays from Monday to Sunday.</source>
      <translation>اختر أيام الأسبوع من الاثنين إلى الأحد.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/templates.py" line="339" />
      <source>Choose what someone who takes no e-mail gets.</source>
      <translation>اختر ما يصل إلى من لا يستقبل بريدًا إلكترونيًا.</translation>
    </message>
    <message>
      <location filename="caseworker/services/touchpoints.py" line="274" />
      <source>Choose what the contact is for.</source>
      <translation>اختر الغرض من التواصل.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/templates.py" line="336" />
      <source>Choose what the message is for.</source>
      <translation>اختر الغرض من الرسالة.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/care.py" line="132" />
      <source>Choose what the task is about from the list.</source>
      <translation>اختر من القائمة ما تتعلق به المهمة.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/templates.py" line="338" />
      <source>Choose what to attach.</source>
      <translation>اختر ما تريد إرفاقه.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/meetings.py" line="228" />
      <source>Choose who each attendee is.</source>
      <translation>اختر صفة كل حاضر.</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/case_dialogs.py" line="222" />
      <source>Choose who takes the case.</source>
      <translation>اختر من يتولى الحالة.</translation>
    </message>
    <message>
      <location filename="caseworker/services/meeting_minutes.py" line="75" />
      <source>Choose who will do it.</source>
      <translation>اختر من سينفذها.</translation>
    </message>
    <message>
      <location filename="caseworker/services/organigram.py" line="228" />
      <source>Choose working days from Monday to Sunday.</source>
      <translation>اختر أيام العمل من الاثنين إلى الأحد.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/care.py" line="431" />
      <source>Choose yes, partly or no.</source>
      <translation>اختر نعم أو جزئيًا أو لا.</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/gift_aid.py" line="98" />
      <source>Claim within 4 years of the end of the accounting period the donations fall in, and claim each donation once: this schedule does not record which donations were already claimed.</source>
      <translation>قدّم المطالبة خلال 4 سنوات من نهاية الفترة المحاسبية التي تقع فيها التبرعات، وطالب بكل تبرع مرة واحدة: لا يسجل هذا الجدول التبرعات التي سبقت المطالبة بها.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/care.py" line="75" />
      <location filename="caseworker/domain/service_quality.py" line="319" />
      <location filename="caseworker/reports/documents/aid_statement.py" line="67" />
      <source>Client</source>
      <translation>المستفيد</translation>
    </message>
    <message>
      <location filename="caseworker/exports.py" line="103" />
      <source>Client feedback form</source>
      <translation>نموذج ملاحظات المستفيد</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/aid_statement.py" line="67" />
      <location filename="caseworker/reports/documents/case_summary.py" line="86" />
      <source>Client ref.</source>
      <translation>مرجع المستفيد</translation>
    </message>
    <message>
      <location filename="caseworker/services/imports.py" line="922" />
      <source>Client {id} was anonymised: choose Skip or Create for this row.</source>
      <translation>أُخفيت هوية المستفيد {id}: اختر «تخطٍّ» أو «إنشاء سجل جديد» لهذا الصف.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/templates.py" line="89" />
      <location filename="caseworker/ui/dialogs/import_wizard.py" line="60" />
      <source>Clients</source>
      <translation>المستفيدون</translation>
    </message>
    <message>
      <location filename="caseworker/domain/cases.py" line="41" />
      <location filename="caseworker/domain/grants.py" line="43" />
      <source>Closed</source>
      <translation>مغلقة</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/grants.py" line="271" />
      <source>Coming</source>
      <translation>قادم</translation>
    </message>
    <message>
      <location filename="caseworker/domain/imports.py" line="51" />
      <source>Comma</source>
      <translation>فاصلة</translation>
    </message>
    <message>
      <location filename="caseworker/domain/clients.py" line="67" />
      <source>Completed</source>
      <translation>مكتمل</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/gift_aid.py" line="101" />
      <source>Confidential — contains donors' names and addresses</source>
      <translation>سري — يحتوي على أسماء المتبرعين وعناوينهم</translation>
    </message>
    <message>
      <location filename="caseworker/reports/base.py" line="68" />
      <source>Confidential — contains personal information about a client</source>
      <translation>سري — يحتوي على معلومات شخصية عن مستفيد</translation>
    </message>
    <message>
      <location filename="caseworker/services/backups.py" line="124" />
      <source>Confirm the restore: the database goes back to the backup's time.</source>
      <translation>أكّد الاستعادة: تعود قاعدة البيانات إلى وقت النسخة الاحتياطية.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/clients.py" line="552" />
      <source>Consent cannot be recorded for a future date.</source>
      <translation>لا يمكن تسجيل موافقة بتاريخ مستقبلي.</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/merge_dialog.py" line="44" />
      <source>Consent given on</source>
      <translation>تاريخ إعطاء الموافقة</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/merge_dialog.py" line="44" />
      <source>Consent given through</source>
      <translation>أُعطيت الموافقة عبر</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/merge_dialog.py" line="47" />
      <source>Contact by</source>
      <translation>التواصل عبر</translation>
    </message>
    <message>
      <location filename="caseworker/domain/clients.py" line="52" />
      <source>Contact by text message</source>
      <translation>التواصل برسالة نصية</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/merge_dialog.py" line="47" />
      <source>Contact times</source>
      <translation>أوقات التواصل</translation>
    </message>
    <message>
      <location filename="caseworker/domain/guard.py" line="648" />
      <source>Contacts are limited to {n} in any {days} days; this would be contact number {count}.</source>
      <translation>التواصل محدود بـ {n} مرات في أي {days} يومًا؛ وهذا سيكون التواصل رقم {count}.</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/policy_dialog.py" line="46" />
      <source>Contacts per window</source>
      <translation>مرات التواصل لكل نافذة</translation>
    </message>
    <message>
      <location filename="caseworker/domain/imports.py" line="137" />
      <location filename="caseworker/ui/dialogs/merge_dialog.py" line="42" />
      <source>Country</source>
      <translation>البلد</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/import_wizard.py" line="62" />
      <source>Create a new record</source>
      <translation>إنشاء سجل جديد</translation>
    </message>
    <message>
      <location filename="caseworker/exports.py" line="98" />
      <location filename="caseworker/reports/documents/dashboard.py" line="43" />
      <source>Dashboard</source>
      <translation>لوحة المعلومات</translation>
    </message>
    <message>
      <location filename="caseworker/services/db_roles.py" line="70" />
      <source>Database roles are a database server's: an SQLite file is protected by its encryption instead.</source>
      <translation>أدوار قاعدة البيانات خاصة بالخادم: أما ملف SQLite فيحميه تشفيره.</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/aid_statement.py" line="87" />
      <location filename="caseworker/reports/documents/gift_aid.py" line="75" />
      <location filename="caseworker/reports/documents/gift_aid.py" line="86" />
      <source>Date</source>
      <translation>التاريخ</translation>
    </message>
    <message>
      <location filename="caseworker/domain/templates.py" line="132" />
      <source>Date due</source>
      <translation>تاريخ الاستحقاق</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/receipts.py" line="187" />
      <source>Date gift received</source>
      <translation>تاريخ استلام التبرع</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/receipts.py" line="185" />
      <source>Date issued</source>
      <translation>تاريخ الإصدار</translation>
    </message>
    <message>
      <location filename="caseworker/domain/imports.py" line="184" />
      <location filename="caseworker/ui/dialogs/merge_dialog.py" line="46" />
      <source>Date of birth</source>
      <translation>تاريخ الميلاد</translation>
    </message>
    <message>
      <location filename="caseworker/domain/templates.py" line="131" />
      <source>Date opened</source>
      <translation>تاريخ الفتح</translation>
    </message>
    <message>
      <location filename="caseworker/domain/imports.py" line="163" />
      <location filename="caseworker/reports/documents/receipts.py" line="152" />
      <location filename="caseworker/reports/documents/receipts.py" line="192" />
      <source>Date received</source>
      <translation>تاريخ الاستلام</translation>
    </message>
    <message>
      <location filename="caseworker/domain/inputs.py" line="73" />
      <source>Dates after the year 9999 are not accepted.</source>
      <translation>التواريخ بعد سنة 9999 غير مقبولة.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/imports.py" line="259" />
      <source>Day/month/year (31/12/2025)</source>
      <translation>يوم/شهر/سنة (31/12/2025)</translation>
    </message>
    <message>
      <location filename="caseworker/domain/service_quality.py" line="321" />
      <source>Days</source>
      <translation>الأيام</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/policy_dialog.py" line="48" />
      <source>Days between contacts</source>
      <translation>الأيام بين مرات التواصل</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/grants.py" line="123" />
      <source>Deadlines coming</source>
      <translation>مواعيد نهائية قادمة</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/grants.py" line="119" />
      <source>Deadlines met</source>
      <translation>مواعيد نهائية التُزم بها</translation>
    </message>
    <message>
      <location filename="caseworker/domain/introductions.py" line="44" />
      <source>Dear {name},</source>
      <translation>عزيزي {name}،</translation>
    </message>
    <message>
      <location filename="caseworker/reports/formatting.py" line="32" />
      <source>Dec</source>
      <translation>ديسمبر</translation>
    </message>
    <message>
      <location filename="caseworker/services/grants.py" line="182" />
      <source>Decision expected</source>
      <translation>موعد القرار المتوقع</translation>
    </message>
    <message>
      <location filename="caseworker/services/board.py" line="149" />
      <source>Decision {id} belongs to another meeting.</source>
      <translation>القرار {id} يخص اجتماعًا آخر.</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/meetings.py" line="180" />
      <source>Decisions</source>
      <translation>القرارات</translation>
    </message>
    <message>
      <location filename="caseworker/domain/clients.py" line="66" />
      <location filename="caseworker/domain/grants.py" line="40" />
      <location filename="caseworker/reports/documents/dashboard.py" line="360" />
      <source>Declined</source>
      <translation>مرفوض</translation>
    </message>
    <message>
      <location filename="caseworker/domain/org.py" line="45" />
      <source>Denmark</source>
      <translation>الدنمارك</translation>
    </message>
    <message>
      <location filename="caseworker/domain/cases.py" line="234" />
      <source>Describe the outcome: what was achieved for the client.</source>
      <translation>صِف النتيجة: ما الذي تحقق للمستفيد.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/gifts.py" line="218" />
      <source>Describe what was given.</source>
      <translation>صِف ما قُدّم.</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/receipts.py" line="192" />
      <source>Description</source>
      <translation>الوصف</translation>
    </message>
    <message>
      <location filename="caseworker/domain/gifts.py" line="55" />
      <source>Direct debit</source>
      <translation>خصم مباشر</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/aid_statement.py" line="72" />
      <source>Disbursements</source>
      <translation>المصروفات</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/meetings.py" line="175" />
      <source>Discussion</source>
      <translation>النقاش</translation>
    </message>
    <message>
      <location filename="caseworker/domain/imports.py" line="141" />
      <source>Do not contact</source>
      <translation>عدم التواصل</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/receipts.py" line="137" />
      <source>Donation</source>
      <translation>تبرع</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/receipts.py" line="50" />
      <source>Donation acknowledgement</source>
      <translation>إقرار باستلام التبرع</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/receipts.py" line="48" />
      <source>Donation receipt</source>
      <translation>إيصال تبرع</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/gift_aid.py" line="65" />
      <source>Donations claimed</source>
      <translation>التبرعات المطالب بها</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/grants.py" line="86" />
      <location filename="caseworker/reports/documents/meetings.py" line="229" />
      <location filename="caseworker/reports/documents/meetings.py" line="234" />
      <source>Done</source>
      <translation>منجز</translation>
    </message>
    <message>
      <location filename="caseworker/domain/care.py" line="77" />
      <location filename="caseworker/reports/documents/gift_aid.py" line="86" />
      <location filename="caseworker/reports/documents/gift_aid.py" line="128" />
      <source>Donor</source>
      <translation>المتبرع</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/giving_statements.py" line="68" />
      <source>Donor ref. {reference}</source>
      <translation>مرجع المتبرع {reference}</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/dashboard.py" line="390" />
      <source>Donor retention</source>
      <translation>الاحتفاظ بالمتبرعين</translation>
    </message>
    <message>
      <location filename="caseworker/services/mail.py" line="647" />
      <source>Donor {ident} was not found.</source>
      <translation>لم يُعثر على المتبرع {ident}.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/imports.py" line="150" />
      <source>Donor's e-mail</source>
      <translation>البريد الإلكتروني للمتبرع</translation>
    </message>
    <message>
      <location filename="caseworker/domain/imports.py" line="147" />
      <source>Donor's external id</source>
      <translation>المعرّف الخارجي للمتبرع</translation>
    </message>
    <message>
      <location filename="caseworker/domain/imports.py" line="152" />
      <source>Donor's first name</source>
      <translation>الاسم الأول للمتبرع</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/receipts.py" line="222" />
      <source>Donor's full name and home address</source>
      <translation>الاسم الكامل للمتبرع وعنوان منزله</translation>
    </message>
    <message>
      <location filename="caseworker/domain/imports.py" line="154" />
      <source>Donor's last name</source>
      <translation>اسم عائلة المتبرع</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/receipts.py" line="191" />
      <source>Donor's name and address</source>
      <translation>اسم المتبرع وعنوانه</translation>
    </message>
    <message>
      <location filename="caseworker/domain/imports.py" line="156" />
      <source>Donor's organisation</source>
      <translation>منظمة المتبرع</translation>
    </message>
    <message>
      <location filename="caseworker/domain/imports.py" line="159" />
      <source>Donor's postcode</source>
      <translation>الرمز البريدي للمتبرع</translation>
    </message>
    <message>
      <location filename="caseworker/domain/templates.py" line="88" />
      <location filename="caseworker/reports/documents/dashboard.py" line="393" />
      <location filename="caseworker/ui/dialogs/import_wizard.py" line="60" />
      <source>Donors</source>
      <translation>المتبرعون</translation>
    </message>
    <message>
      <location filename="caseworker/exports.py" line="96" />
      <location filename="caseworker/reports/documents/giving_statements.py" line="28" />
      <source>Donors who cannot be sent a statement</source>
      <translation>متبرعون لا يمكن إرسال كشف إليهم</translation>
    </message>
    <message>
      <location filename="caseworker/domain/grants.py" line="37" />
      <source>Drafting</source>
      <translation>قيد الصياغة</translation>
    </message>
    <message>
      <location filename="caseworker/domain/service_quality.py" line="321" />
      <location filename="caseworker/reports/documents/case_summary.py" line="92" />
      <location filename="caseworker/reports/documents/grants.py" line="275" />
      <source>Due</source>
      <translation>الاستحقاق</translation>
    </message>
    <message>
      <location filename="caseworker/domain/imports.py" line="121" />
      <location filename="caseworker/domain/imports.py" line="187" />
      <location filename="caseworker/domain/templates.py" line="83" />
      <source>E-mail</source>
      <translation>البريد الإلكتروني</translation>
    </message>
    <message>
      <location filename="caseworker/domain/templates.py" line="100" />
      <source>E-mail address</source>
      <translation>عنوان البريد الإلكتروني</translation>
    </message>
    <message>
      <location filename="caseworker/domain/clients.py" line="338" />
      <source>E-mail is the preferred channel: enter the address.</source>
      <translation>البريد الإلكتروني هو القناة المفضلة: أدخل العنوان.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/org.py" line="89" />
      <source>EIN</source>
      <translation>EIN</translation>
    </message>
    <message>
      <location filename="caseworker/domain/gifts.py" line="248" />
      <source>Each donor can be soft-credited once per gift.</source>
      <translation>يمكن نسب التبرع إلى كل متبرع مرة واحدة لكل تبرع.</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/gift_aid.py" line="68" />
      <source>Earliest donation date</source>
      <translation>أقدم تاريخ تبرع</translation>
    </message>
    <message>
      <location filename="caseworker/domain/clients.py" line="48" />
      <source>Electronic</source>
      <translation>إلكتروني</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/giving_statements.py" line="96" />
      <source>Eligible</source>
      <translation>مؤهل</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/receipts.py" line="195" />
      <source>Eligible amount</source>
      <translation>المبلغ المؤهل</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/receipts.py" line="210" />
      <source>Eligible amount of gift for tax purposes: {amount}</source>
      <translation>المبلغ المؤهل من التبرع للأغراض الضريبية: {amount}</translation>
    </message>
    <message>
      <location filename="caseworker/domain/recurrence.py" line="68" />
      <source>End the series on a date or after a number of times, not both.</source>
      <translation>أنهِ السلسلة في تاريخ محدد أو بعد عدد من المرات، وليس كليهما.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/introductions.py" line="38" />
      <source>English</source>
      <translation>الإنجليزية</translation>
    </message>
    <message>
      <location filename="caseworker/domain/inputs.py" line="64" />
      <source>Enter a date as YYYY-MM-DD.</source>
      <translation>أدخل التاريخ بصيغة YYYY-MM-DD.</translation>
    </message>
    <message>
      <location filename="caseworker/services/grants.py" line="239" />
      <source>Enter a name.</source>
      <translation>أدخل اسمًا.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/donors.py" line="431" />
      <source>Enter a number of at least {minimum}.</source>
      <translation>أدخل عددًا لا يقل عن {minimum}.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/donors.py" line="433" />
      <source>Enter a number of at most {maximum}.</source>
      <translation>أدخل عددًا لا يزيد على {maximum}.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/donors.py" line="108" />
      <source>Enter a number of days from 1 to {max}.</source>
      <translation>أدخل عدد أيام من 1 إلى {max}.</translation>
    </message>
    <message>
      <location filename="caseworker/services/board.py" line="50" />
      <source>Enter a number of votes (0 or more), or leave it empty.</source>
      <translation>أدخل عدد الأصوات (0 أو أكثر)، أو اتركه فارغًا.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/grant_targets.py" line="95" />
      <source>Enter a number.</source>
      <translation>أدخل عددًا.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/care.py" line="300" />
      <location filename="caseworker/services/organigram.py" line="236" />
      <source>Enter a time like 09:30.</source>
      <translation>أدخل وقتًا مثل 09:30.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/grant_targets.py" line="107" />
      <source>Enter a whole number from 0 to 10,000,000.</source>
      <translation>أدخل عددًا صحيحًا من 0 إلى 10,000,000.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/grant_targets.py" line="98" />
      <source>Enter a whole number, 0 or more.</source>
      <translation>أدخل عددًا صحيحًا، 0 أو أكثر.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/grant_targets.py" line="104" />
      <source>Enter a whole number, 0 or more: {value} is not one.</source>
      <translation>أدخل عددًا صحيحًا، 0 أو أكثر: {value} ليس كذلك.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/donors.py" line="425" />
      <location filename="caseworker/domain/donors.py" line="429" />
      <source>Enter a whole number.</source>
      <translation>أدخل عددًا صحيحًا.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/grants.py" line="150" />
      <source>Enter an amount above zero.</source>
      <translation>أدخل مبلغًا أكبر من صفر.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/inputs.py" line="119" />
      <location filename="caseworker/domain/inputs.py" line="150" />
      <source>Enter an amount as a number, such as 12.50.</source>
      <translation>أدخل المبلغ كرقم، مثل 12.50.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/inputs.py" line="100" />
      <source>Enter an amount greater than zero.</source>
      <translation>أدخل مبلغًا أكبر من صفر.</translation>
    </message>
    <message>
      <location filename="caseworker/services/aid.py" line="139" />
      <source>Enter an amount of zero or more.</source>
      <translation>أدخل مبلغًا يساوي صفرًا أو أكثر.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/grants.py" line="91" />
      <source>Enter an amount such as 1250.00.</source>
      <translation>أدخل مبلغًا مثل 1250.00.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/inputs.py" line="131" />
      <source>Enter an amount, such as 12.50.</source>
      <translation>أدخل مبلغًا، مثل 12.50.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/grants.py" line="88" />
      <source>Enter an amount.</source>
      <translation>أدخل مبلغًا.</translation>
    </message>
    <message>
      <location filename="caseworker/services/organigram.py" line="148" />
      <source>Enter an e-mail address like team@example.org.</source>
      <translation>أدخل عنوان بريد إلكتروني مثل team@example.org.</translation>
    </message>
    <message>
      <location filename="caseworker/services/grants.py" line="254" />
      <location filename="caseworker/services/grants.py" line="379" />
      <source>Enter an email address such as grants@example.org.</source>
      <translation>أدخل عنوان بريد إلكتروني مثل grants@example.org.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/mail.py" line="110" />
      <source>Enter the address messages are sent from.</source>
      <translation>أدخل العنوان الذي تُرسل منه الرسائل.</translation>
    </message>
    <message>
      <location filename="caseworker/services/aid.py" line="153" />
      <source>Enter the amount as a number, e.g. 125.00.</source>
      <translation>أدخل المبلغ كرقم، مثل 125.00.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/grants.py" line="81" />
      <source>Enter the amount awarded before marking the grant awarded.</source>
      <translation>أدخل المبلغ الممنوح قبل تعليم المنحة كممنوحة.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/clients.py" line="316" />
      <source>Enter the client's family name.</source>
      <translation>أدخل اسم عائلة المستفيد.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/clients.py" line="314" />
      <source>Enter the client's first name.</source>
      <translation>أدخل الاسم الأول للمستفيد.</translation>
    </message>
    <message>
      <location filename="caseworker/services/grants.py" line="377" />
      <source>Enter the contact's name.</source>
      <translation>أدخل اسم جهة الاتصال.</translation>
    </message>
    <message>
      <location filename="caseworker/services/touchpoints.py" line="281" />
      <source>Enter the date and time of the contact.</source>
      <translation>أدخل تاريخ التواصل ووقته.</translation>
    </message>
    <message>
      <location filename="caseworker/services/grant_reports.py" line="53" />
      <source>Enter the day the report was submitted.</source>
      <translation>أدخل يوم تقديم التقرير.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/donors.py" line="334" />
      <source>Enter the donor's first or last name.</source>
      <translation>أدخل الاسم الأول للمتبرع أو اسم عائلته.</translation>
    </message>
    <message>
      <location filename="caseworker/services/grants.py" line="250" />
      <source>Enter the funder's name.</source>
      <translation>أدخل اسم الجهة المانحة.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/meetings.py" line="231" />
      <source>Enter the name of each outside attendee.</source>
      <translation>أدخل اسم كل حاضر من خارج المنظمة.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/clients.py" line="531" />
      <source>Enter the number or address.</source>
      <translation>أدخل الرقم أو العنوان.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/donors.py" line="332" />
      <location filename="caseworker/domain/org.py" line="168" />
      <source>Enter the organisation's name.</source>
      <translation>أدخل اسم المنظمة.</translation>
    </message>
    <message>
      <location filename="caseworker/services/accounts.py" line="100" />
      <source>Enter the person's name.</source>
      <translation>أدخل اسم الشخص.</translation>
    </message>
    <message>
      <location filename="caseworker/services/grants.py" line="362" />
      <source>Enter the programme's name.</source>
      <translation>أدخل اسم البرنامج.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/care.py" line="275" />
      <source>Enter the rhythm as a whole number of days.</source>
      <translation>أدخل الوتيرة كعدد صحيح من الأيام.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/cases.py" line="424" />
      <source>Enter the target as a whole number of business days.</source>
      <translation>أدخل الهدف كعدد صحيح من أيام العمل.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/gifts.py" line="283" />
      <source>Enter the total the donor pledged.</source>
      <translation>أدخل الإجمالي الذي تعهد به المتبرع.</translation>
    </message>
    <message>
      <location filename="caseworker/services/grants.py" line="285" />
      <source>Enter when the first report is due.</source>
      <translation>أدخل موعد استحقاق التقرير الأول.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/cases.py" line="39" />
      <source>Escalated</source>
      <translation>مُصعّدة</translation>
    </message>
    <message>
      <location filename="caseworker/services/case_timeline.py" line="157" />
      <source>Escalated to level {level}</source>
      <translation>صُعّدت إلى المستوى {level}</translation>
    </message>
    <message>
      <location filename="caseworker/domain/cases.py" line="113" />
      <source>Escalation</source>
      <translation>التصعيد</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/case_summary.py" line="93" />
      <source>Escalation level</source>
      <translation>مستوى التصعيد</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/case_summary.py" line="143" />
      <location filename="caseworker/reports/documents/dashboard.py" line="269" />
      <location filename="caseworker/reports/documents/dashboard.py" line="266" />
      <source>Escalations</source>
      <translation>التصعيدات</translation>
    </message>
    <message>
      <location filename="caseworker/domain/recurrence.py" line="159" />
      <source>Every day</source>
      <translation>كل يوم</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/giving_statements.py" line="118" />
      <source>Every donor with gifts in this period has a valid address.</source>
      <translation>لكل متبرع قدّم تبرعات في هذه الفترة عنوان صالح.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/recurrence.py" line="149" />
      <source>Every month</source>
      <translation>كل شهر</translation>
    </message>
    <message>
      <location filename="caseworker/domain/recurrence.py" line="145" />
      <source>Every week</source>
      <translation>كل أسبوع</translation>
    </message>
    <message>
      <location filename="caseworker/domain/recurrence.py" line="161" />
      <source>Every year</source>
      <translation>كل سنة</translation>
    </message>
    <message>
      <location filename="caseworker/domain/recurrence.py" line="159" />
      <source>Every {n} days</source>
      <translation>كل {n} يومًا</translation>
    </message>
    <message>
      <location filename="caseworker/domain/recurrence.py" line="149" />
      <source>Every {n} months</source>
      <translation>كل {n} أشهر</translation>
    </message>
    <message>
      <location filename="caseworker/domain/recurrence.py" line="145" />
      <source>Every {n} weeks</source>
      <translation>كل {n} أسابيع</translation>
    </message>
    <message>
      <location filename="caseworker/domain/recurrence.py" line="161" />
      <source>Every {n} years</source>
      <translation>كل {n} سنوات</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/person_data.py" line="54" />
      <source>Everything this organisation holds about the person named above, as of {when}.</source>
      <translation>كل ما تحتفظ به هذه المنظمة عن الشخص المذكور أعلاه، حتى {when}.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/imports.py" line="107" />
      <location filename="caseworker/domain/imports.py" line="179" />
      <source>External id</source>
      <translation>المعرّف الخارجي</translation>
    </message>
    <message>
      <location filename="caseworker/domain/mail.py" line="48" />
      <source>Failed</source>
      <translation>فشل</translation>
    </message>
    <message>
      <location filename="caseworker/reports/formatting.py" line="31" />
      <source>Feb</source>
      <translation>فبراير</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/dashboard.py" line="316" />
      <location filename="caseworker/reports/documents/dashboard.py" line="365" />
      <source>Figure</source>
      <translation>الرقم</translation>
    </message>
    <message>
      <location filename="caseworker/domain/org.py" line="46" />
      <source>Finland</source>
      <translation>فنلندا</translation>
    </message>
    <message>
      <location filename="caseworker/domain/imports.py" line="114" />
      <location filename="caseworker/domain/imports.py" line="181" />
      <location filename="caseworker/domain/templates.py" line="96" />
      <source>First name</source>
      <translation>الاسم الأول</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/meetings.py" line="206" />
      <source>For {yes}, against {no}, abstentions {abstained}: {outcome}.</source>
      <translation>مؤيد {yes}، معارض {no}، ممتنع {abstained}: {outcome}.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/org.py" line="47" />
      <source>France</source>
      <translation>فرنسا</translation>
    </message>
    <message>
      <location filename="caseworker/domain/guard.py" line="141" />
      <location filename="caseworker/domain/recurrence.py" line="141" />
      <source>Friday</source>
      <translation>الجمعة</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/case_summary.py" line="119" />
      <source>From</source>
      <translation>من</translation>
    </message>
    <message>
      <location filename="caseworker/domain/templates.py" line="118" />
      <source>Full name</source>
      <translation>الاسم الكامل</translation>
    </message>
    <message>
      <location filename="caseworker/domain/templates.py" line="95" />
      <source>Full name, or the organisation's name</source>
      <translation>الاسم الكامل، أو اسم المنظمة</translation>
    </message>
    <message>
      <location filename="caseworker/domain/imports.py" line="166" />
      <location filename="caseworker/reports/documents/aid_statement.py" line="88" />
      <location filename="caseworker/reports/documents/aid_statement.py" line="110" />
      <source>Fund</source>
      <translation>الصندوق</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/grants.py" line="218" />
      <location filename="caseworker/services/grants.py" line="757" />
      <source>Funder</source>
      <translation>الجهة المانحة</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/grants.py" line="233" />
      <source>Funder contact</source>
      <translation>جهة الاتصال لدى الجهة المانحة</translation>
    </message>
    <message>
      <location filename="caseworker/domain/permissions.py" line="31" />
      <source>Fundraiser</source>
      <translation>مسؤول جمع التبرعات</translation>
    </message>
    <message>
      <location filename="caseworker/domain/neglect.py" line="64" />
      <source>Gave last year, not yet this year</source>
      <translation>تبرّع العام الماضي، ولم يتبرع هذا العام بعد</translation>
    </message>
    <message>
      <location filename="caseworker/domain/neglect.py" line="65" />
      <source>Gave some earlier year, not last year or this year</source>
      <translation>تبرّع في سنة سابقة، وليس العام الماضي ولا هذا العام</translation>
    </message>
    <message>
      <location filename="caseworker/domain/neglect.py" line="63" />
      <source>Gave this year</source>
      <translation>تبرّع هذا العام</translation>
    </message>
    <message>
      <location filename="caseworker/domain/imports.py" line="195" />
      <source>Gender</source>
      <translation>الجنس</translation>
    </message>
    <message>
      <location filename="caseworker/domain/grant_targets.py" line="53" />
      <location filename="caseworker/reports/documents/grant_outputs.py" line="69" />
      <source>Gender (as recorded)</source>
      <translation>الجنس (كما هو مسجَّل)</translation>
    </message>
    <message>
      <location filename="caseworker/services/paperwork.py" line="89" />
      <source>General notes</source>
      <translation>ملاحظات عامة</translation>
    </message>
    <message>
      <location filename="caseworker/domain/org.py" line="48" />
      <source>Germany</source>
      <translation>ألمانيا</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/receipts.py" line="152" />
      <location filename="caseworker/reports/documents/receipts.py" line="224" />
      <source>Gift</source>
      <translation>التبرع</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/receipts.py" line="227" />
      <source>Gift Aid</source>
      <translation>Gift Aid</translation>
    </message>
    <message>
      <location filename="caseworker/exports.py" line="105" />
      <location filename="caseworker/reports/documents/gift_aid.py" line="37" />
      <source>Gift Aid claim schedule</source>
      <translation>جدول مطالبة Gift Aid</translation>
    </message>
    <message>
      <location filename="caseworker/domain/imports.py" line="139" />
      <source>Gift Aid declaration</source>
      <translation>إقرار Gift Aid</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/merge_dialog.py" line="45" />
      <source>Gift Aid declared on</source>
      <translation>تاريخ إقرار Gift Aid</translation>
    </message>
    <message>
      <location filename="caseworker/services/gift_aid.py" line="102" />
      <source>Gift Aid is a UK tax relief: it applies only to an organisation in the United Kingdom (Settings: the organisation's country).</source>
      <translation>Gift Aid إعفاء ضريبي في المملكة المتحدة: لا يسري إلا على منظمة في المملكة المتحدة (الإعدادات: بلد المنظمة).</translation>
    </message>
    <message>
      <location filename="caseworker/services/gift_aid.py" line="41" />
      <source>Gift Aid is claimed on gifts in pounds sterling only</source>
      <translation>لا يُطالب بـ Gift Aid إلا على التبرعات بالجنيه الإسترليني</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/gift_aid.py" line="67" />
      <source>Gift Aid to claim (25p per £1)</source>
      <translation>Gift Aid المطالب به (25 بنسًا لكل جنيه)</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/receipts.py" line="233" />
      <source>Gift in kind: {description}</source>
      <translation>تبرع عيني: {description}</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/receipts.py" line="63" />
      <source>Gift in kind: {description} (value not stated by the organisation)</source>
      <translation>تبرع عيني: {description} (لم تذكر المنظمة قيمته)</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/receipts.py" line="200" />
      <source>Gift of property: {description}</source>
      <translation>تبرع بممتلكات: {description}</translation>
    </message>
    <message>
      <location filename="caseworker/services/touchpoints.py" line="603" />
      <source>Gift of {amount}</source>
      <translation>تبرع بمبلغ {amount}</translation>
    </message>
    <message>
      <location filename="caseworker/services/receipts.py" line="233" />
      <source>Gift {gift} is already on receipt {number}.</source>
      <translation>التبرع {gift} مدرج بالفعل في الإيصال {number}.</translation>
    </message>
    <message>
      <location filename="caseworker/services/gift_aid.py" line="147" />
      <source>Gift {gift} is not a standing gift of this donor.</source>
      <translation>التبرع {gift} ليس تبرعًا قائمًا لهذا المتبرع.</translation>
    </message>
    <message>
      <location filename="caseworker/services/gifts.py" line="324" />
      <source>Gift {gift} is on receipt {number}: void that receipt first (and reissue it without the gift).</source>
      <translation>التبرع {gift} مدرج في الإيصال {number}: ألغِ ذلك الإيصال أولًا (وأعد إصداره دون التبرع).</translation>
    </message>
    <message>
      <location filename="caseworker/services/receipts.py" line="229" />
      <source>Gift {gift} is void and cannot be receipted.</source>
      <translation>التبرع {gift} ملغى ولا يمكن إصدار إيصال له.</translation>
    </message>
    <message>
      <location filename="caseworker/services/mail.py" line="559" />
      <source>Gift {gift} was already thanked.</source>
      <translation>سبق الشكر على التبرع {gift}.</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/giving_statements.py" line="128" />
      <location filename="caseworker/ui/dialogs/import_wizard.py" line="60" />
      <source>Gifts</source>
      <translation>التبرعات</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/receipts.py" line="277" />
      <source>Gifts acknowledged</source>
      <translation>التبرعات التي أُقر باستلامها</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/gift_aid.py" line="85" />
      <source>Gifts from declared donors that carry no Gift Aid</source>
      <translation>تبرعات من متبرعين مُقرّين لا يشملها Gift Aid</translation>
    </message>
    <message>
      <location filename="caseworker/domain/gift_aid.py" line="84" />
      <source>Gifts in kind carry no Gift Aid</source>
      <translation>التبرعات العينية لا يشملها Gift Aid</translation>
    </message>
    <message>
      <location filename="caseworker/domain/gift_aid.py" line="63" />
      <source>Gifts of the past 4 years and all future gifts</source>
      <translation>تبرعات السنوات الأربع الماضية وكل التبرعات المستقبلية</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/receipts.py" line="275" />
      <source>Gifts received in the {year} tax year ({first} to {last})</source>
      <translation>التبرعات المستلمة في السنة الضريبية {year} (من {first} إلى {last})</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/receipts.py" line="142" />
      <source>Gifts received in {year}</source>
      <translation>التبرعات المستلمة في {year}</translation>
    </message>
    <message>
      <location filename="caseworker/domain/cases.py" line="219" />
      <source>Give a reason for reopening the case.</source>
      <translation>اذكر سبب إعادة فتح الحالة.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/cases.py" line="217" />
      <source>Give a reason for the escalation.</source>
      <translation>اذكر سبب التصعيد.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/cases.py" line="253" />
      <source>Give a reason.</source>
      <translation>اذكر السبب.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/care.py" line="303" />
      <source>Give both ends of the client's best times, or neither.</source>
      <translation>أدخل طرفي أفضل أوقات المستفيد، أو لا تدخل أيًّا منهما.</translation>
    </message>
    <message>
      <location filename="caseworker/services/grants.py" line="263" />
      <source>Give the application a title.</source>
      <translation>أعطِ الطلب عنوانًا.</translation>
    </message>
    <message>
      <location filename="caseworker/services/aid.py" line="133" />
      <source>Give the fund a name.</source>
      <translation>أعطِ الصندوق اسمًا.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/meetings.py" line="206" />
      <source>Give the meeting a title.</source>
      <translation>أعطِ الاجتماع عنوانًا.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/care.py" line="142" />
      <source>Give the task to a person or to a team, not both.</source>
      <translation>أسند المهمة إلى شخص أو إلى فريق، وليس كليهما.</translation>
    </message>
    <message>
      <location filename="caseworker/services/accounts.py" line="104" />
      <source>Give the user at least one role.</source>
      <translation>امنح المستخدم دورًا واحدًا على الأقل.</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/receipts.py" line="79" />
      <source>Given orally on {date}; we confirmed it to you by letter on {confirmed}.</source>
      <translation>قُدّم شفهيًا في {date}؛ وأكدناه لك برسالة في {confirmed}.</translation>
    </message>
    <message>
      <location filename="caseworker/exports.py" line="94" />
      <location filename="caseworker/reports/documents/giving_statements.py" line="25" />
      <source>Giving statement</source>
      <translation>كشف التبرعات</translation>
    </message>
    <message>
      <location filename="caseworker/domain/aid.py" line="55" />
      <source>Goods</source>
      <translation>سلع</translation>
    </message>
    <message>
      <location filename="caseworker/domain/care.py" line="78" />
      <location filename="caseworker/reports/documents/grants.py" line="235" />
      <source>Grant</source>
      <translation>المنحة</translation>
    </message>
    <message>
      <location filename="caseworker/exports.py" line="88" />
      <location filename="caseworker/reports/documents/grants.py" line="40" />
      <source>Grant application summary</source>
      <translation>ملخص طلب المنحة</translation>
    </message>
    <message>
      <location filename="caseworker/exports.py" line="99" />
      <location filename="caseworker/reports/documents/grant_outputs.py" line="37" />
      <source>Grant outputs</source>
      <translation>مخرجات المنحة</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/grants.py" line="226" />
      <source>Grant period</source>
      <translation>فترة المنحة</translation>
    </message>
    <message>
      <location filename="caseworker/services/grants.py" line="184" />
      <source>Grant period ends</source>
      <translation>نهاية فترة المنحة</translation>
    </message>
    <message>
      <location filename="caseworker/exports.py" line="90" />
      <location filename="caseworker/reports/documents/grants.py" line="41" />
      <source>Grant report</source>
      <translation>تقرير المنحة</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/grants.py" line="145" />
      <source>Grant to date</source>
      <translation>المنحة حتى تاريخه</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/dashboard.py" line="365" />
      <location filename="caseworker/reports/documents/dashboard.py" line="377" />
      <source>Grants</source>
      <translation>المنح</translation>
    </message>
    <message>
      <location filename="caseworker/services/touchpoints.py" line="574" />
      <source>Guard overridden by {name}</source>
      <translation>تجاوز الحارسَ {name}</translation>
    </message>
    <message>
      <location filename="caseworker/services/case_timeline.py" line="163" />
      <source>Handed from {giver} to {taker}</source>
      <translation>سُلّمت من {giver} إلى {taker}</translation>
    </message>
    <message>
      <location filename="caseworker/domain/cases.py" line="112" />
      <source>Handoff</source>
      <translation>التسليم</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/case_summary.py" line="130" />
      <source>Handoffs</source>
      <translation>عمليات التسليم</translation>
    </message>
    <message>
      <location filename="caseworker/domain/introductions.py" line="45" />
      <source>Hello,</source>
      <translation>مرحبًا،</translation>
    </message>
    <message>
      <location filename="caseworker/domain/care.py" line="56" />
      <location filename="caseworker/domain/cases.py" line="70" />
      <source>High</source>
      <translation>عالية</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/gift_aid.py" line="73" />
      <source>House</source>
      <translation>المنزل</translation>
    </message>
    <message>
      <location filename="caseworker/domain/imports.py" line="138" />
      <location filename="caseworker/ui/dialogs/merge_dialog.py" line="43" />
      <source>Household</source>
      <translation>الأسرة</translation>
    </message>
    <message>
      <location filename="caseworker/domain/grant_targets.py" line="54" />
      <location filename="caseworker/domain/imports.py" line="196" />
      <location filename="caseworker/reports/documents/grant_outputs.py" line="69" />
      <source>Household size</source>
      <translation>حجم الأسرة</translation>
    </message>
    <message>
      <location filename="caseworker/domain/templates.py" line="98" />
      <source>How a letter to them begins, e.g. Dear Ana</source>
      <translation>كيف تبدأ الرسالة إليه، مثل: عزيزتي آنا</translation>
    </message>
    <message>
      <location filename="caseworker/domain/templates.py" line="122" />
      <source>How a letter to them begins, e.g. Dear Sam</source>
      <translation>كيف تبدأ الرسالة إليه، مثل: عزيزي سام</translation>
    </message>
    <message>
      <location filename="caseworker/domain/introductions.py" line="53" />
      <source>How and when to reach them</source>
      <translation>كيف ومتى يُتواصل معه</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/feedback_form.py" line="26" />
      <source>How did we do?</source>
      <translation>كيف كان أداؤنا؟</translation>
    </message>
    <message>
      <location filename="caseworker/domain/care.py" line="437" />
      <location filename="caseworker/domain/care.py" line="440" />
      <source>How the client was treated is a score from 1 to 5.</source>
      <translation>طريقة معاملة المستفيد درجة من 1 إلى 5.</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/receipts.py" line="72" />
      <source>I am a UK taxpayer and understand that if I pay less Income Tax and/or Capital Gains Tax than the amount of Gift Aid claimed on all my donations in that tax year it is my responsibility to pay any difference.</source>
      <translation>أنا دافع ضرائب في المملكة المتحدة وأدرك أنه إذا دفعتُ ضريبة دخل و/أو ضريبة أرباح رأسمالية أقل من مبلغ Gift Aid المطالب به على جميع تبرعاتي في تلك السنة الضريبية، فمن مسؤوليتي دفع الفرق.</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/grants.py" line="198" />
      <source>I certify that this report is correct and that the grant was spent on the purposes for which {funder} awarded it to {organisation}.</source>
      <translation>أقر بأن هذا التقرير صحيح وأن المنحة أُنفقت على الأغراض التي منحتها {funder} من أجلها إلى {organisation}.</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/receipts.py" line="67" />
      <source>I want to Gift Aid any donations I make in the future or have made in the past 4 years to {charity}.</source>
      <translation>أرغب في تطبيق Gift Aid على أي تبرعات أقدمها مستقبلًا أو قدمتها خلال السنوات الأربع الماضية إلى {charity}.</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/receipts.py" line="69" />
      <source>I want to Gift Aid any donations I make in the future to {charity}.</source>
      <translation>أرغب في تطبيق Gift Aid على أي تبرعات أقدمها مستقبلًا إلى {charity}.</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/receipts.py" line="70" />
      <source>I want to Gift Aid my donation of {amount} to {charity}.</source>
      <translation>أرغب في تطبيق Gift Aid على تبرعي البالغ {amount} إلى {charity}.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/introductions.py" line="56" />
      <source>If anything changes, or a time does not suit you, tell us: we will contact you the way and at the times you prefer.</source>
      <translation>إن تغيّر أي شيء، أو لم يناسبك وقت ما، فأخبرنا: سنتواصل معك بالطريقة وفي الأوقات التي تفضلها.</translation>
    </message>
    <message>
      <location filename="caseworker/services/imports.py" line="111" />
      <source>Import clients</source>
      <translation>استيراد المستفيدين</translation>
    </message>
    <message>
      <location filename="caseworker/services/imports.py" line="109" />
      <source>Import donors</source>
      <translation>استيراد المتبرعين</translation>
    </message>
    <message>
      <location filename="caseworker/services/imports.py" line="110" />
      <source>Import gifts</source>
      <translation>استيراد التبرعات</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/receipts.py" line="58" />
      <source>In exchange for this contribution, {organisation} provided: {description}. Our good-faith estimate of the value of these goods or services is {value}. The amount you may deduct is limited to the excess of your contribution over this value.</source>
      <translation>مقابل هذه المساهمة، قدّمت {organisation}: {description}. تقديرنا بحسن نية لقيمة هذه السلع أو الخدمات هو {value}. يقتصر المبلغ الذي يمكنك خصمه على ما يزيد من مساهمتك على هذه القيمة.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/gifts.py" line="57" />
      <source>In kind</source>
      <translation>عيني</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/giving_statements.py" line="102" />
      <source>In kind: {description}</source>
      <translation>عيني: {description}</translation>
    </message>
    <message>
      <source>In person</source>
      <translation type="obsolete">حضوريًا</translation>
    </message>
    <message>
      <location filename="caseworker/domain/cases.py" line="37" />
      <source>In progress</source>
      <translation>قيد العمل</translation>
    </message>
    <message>
      <location filename="caseworker/domain/gift_aid.py" line="67" />
      <source>In writing</source>
      <translation>كتابيًا</translation>
    </message>
    <message>
      <location filename="caseworker/domain/org.py" line="49" />
      <source>India</source>
      <translation>الهند</translation>
    </message>
    <message>
      <location filename="caseworker/domain/donors.py" line="62" />
      <source>Individual</source>
      <translation>فرد</translation>
    </message>
    <message>
      <location filename="caseworker/domain/imports.py" line="110" />
      <source>Individual or organisation</source>
      <translation>فرد أو منظمة</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/merge_dialog.py" line="49" />
      <source>Interpreter language</source>
      <translation>لغة المترجم</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/merge_dialog.py" line="48" />
      <source>Interpreter needed</source>
      <translation>يحتاج إلى مترجم</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/case_summary.py" line="77" />
      <source>Interpreter needed: {language}</source>
      <translation>يحتاج إلى مترجم: {language}</translation>
    </message>
    <message>
      <location filename="caseworker/exports.py" line="101" />
      <source>Introduction letter</source>
      <translation>خطاب تعريف</translation>
    </message>
    <message>
      <location filename="caseworker/domain/templates.py" line="77" />
      <source>Invitation</source>
      <translation>دعوة</translation>
    </message>
    <message>
      <location filename="caseworker/domain/meetings.py" line="42" />
      <location filename="caseworker/reports/documents/meetings.py" line="103" />
      <source>Invited</source>
      <translation>مدعو</translation>
    </message>
    <message>
      <location filename="caseworker/domain/org.py" line="50" />
      <source>Ireland</source>
      <translation>أيرلندا</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/receipts.py" line="115" />
      <source>Issued {date}</source>
      <translation>صدر في {date}</translation>
    </message>
    <message>
      <location filename="caseworker/domain/org.py" line="51" />
      <source>Italy</source>
      <translation>إيطاليا</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/gift_aid.py" line="72" />
      <location filename="caseworker/reports/documents/grants.py" line="86" />
      <location filename="caseworker/reports/documents/meetings.py" line="149" />
      <source>Item</source>
      <translation>البند</translation>
    </message>
    <message>
      <location filename="caseworker/domain/templates.py" line="145" />
      <source>Its address, one line each</source>
      <translation>عنوانها، كل جزء في سطر</translation>
    </message>
    <message>
      <location filename="caseworker/domain/templates.py" line="110" />
      <source>Its receipt number (empty when none)</source>
      <translation>رقم إيصاله (فارغ إن لم يوجد)</translation>
    </message>
    <message>
      <location filename="caseworker/domain/templates.py" line="146" />
      <source>Its registration number</source>
      <translation>رقم تسجيلها</translation>
    </message>
    <message>
      <location filename="caseworker/reports/formatting.py" line="31" />
      <source>Jan</source>
      <translation>يناير</translation>
    </message>
    <message>
      <location filename="caseworker/reports/formatting.py" line="32" />
      <source>Jul</source>
      <translation>يوليو</translation>
    </message>
    <message>
      <location filename="caseworker/reports/formatting.py" line="31" />
      <source>Jun</source>
      <translation>يونيو</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/grants.py" line="83" />
      <source>Key dates</source>
      <translation>التواريخ الرئيسية</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/merge_dialog.py" line="47" />
      <source>Key worker</source>
      <translation>الأخصائي المسؤول</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/aid_statement.py" line="89" />
      <location filename="caseworker/ui/dialogs/merge_dialog.py" line="39" />
      <source>Kind</source>
      <translation>النوع</translation>
    </message>
    <message>
      <location filename="caseworker/domain/grant_targets.py" line="51" />
      <location filename="caseworker/domain/imports.py" line="191" />
      <location filename="caseworker/ui/dialogs/merge_dialog.py" line="46" />
      <source>Language</source>
      <translation>اللغة</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/grant_outputs.py" line="68" />
      <source>Languages</source>
      <translation>اللغات</translation>
    </message>
    <message>
      <location filename="caseworker/domain/donors.py" line="56" />
      <source>Lapsed</source>
      <translation>منقطع</translation>
    </message>
    <message>
      <location filename="caseworker/domain/imports.py" line="116" />
      <location filename="caseworker/domain/imports.py" line="182" />
      <location filename="caseworker/domain/templates.py" line="97" />
      <source>Last name</source>
      <translation>اسم العائلة</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/meetings.py" line="151" />
      <source>Led by</source>
      <translation>بقيادة</translation>
    </message>
    <message>
      <location filename="caseworker/domain/cases.py" line="115" />
      <location filename="caseworker/domain/templates.py" line="84" />
      <location filename="caseworker/reports/documents/letters.py" line="97" />
      <source>Letter</source>
      <translation>رسالة ورقية</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/letters.py" line="53" />
      <source>Letters</source>
      <translation>الرسائل الورقية</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/case_summary.py" line="138" />
      <source>Level</source>
      <translation>المستوى</translation>
    </message>
    <message>
      <location filename="caseworker/services/spreadsheets.py" line="150" />
      <source>Line {line} cannot be read: {detail}.</source>
      <translation>تعذّرت قراءة السطر {line}: {detail}.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/care.py" line="54" />
      <location filename="caseworker/domain/cases.py" line="68" />
      <source>Low</source>
      <translation>منخفضة</translation>
    </message>
    <message>
      <location filename="caseworker/ui/backups_page.py" line="35" />
      <source>Made by hand</source>
      <translation>أُدخل يدويًا</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/receipts.py" line="77" />
      <source>Made in writing on {date}.</source>
      <translation>قُدّم كتابيًا في {date}.</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/receipts.py" line="78" />
      <source>Made online on {date}.</source>
      <translation>قُدّم عبر الإنترنت في {date}.</translation>
    </message>
    <message>
      <location filename="caseworker/reports/base.py" line="71" />
      <source>Made {when} by {who}</source>
      <translation>أجراه {who} في {when}</translation>
    </message>
    <message>
      <location filename="caseworker/domain/donors.py" line="53" />
      <source>Major</source>
      <translation>كبير</translation>
    </message>
    <message>
      <location filename="caseworker/domain/clients.py" line="300" />
      <source>Man</source>
      <translation>رجل</translation>
    </message>
    <message>
      <location filename="caseworker/domain/permissions.py" line="29" />
      <source>Manager</source>
      <translation>مدير</translation>
    </message>
    <message>
      <location filename="caseworker/domain/imports.py" line="323" />
      <source>Map a column to {fields}.</source>
      <translation>اربط عمودًا بـ {fields}.</translation>
    </message>
    <message>
      <location filename="caseworker/reports/formatting.py" line="31" />
      <source>Mar</source>
      <translation>مارس</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/merge_dialog.py" line="43" />
      <source>Marketing consent</source>
      <translation>الموافقة على التسويق</translation>
    </message>
    <message>
      <location filename="caseworker/reports/formatting.py" line="31" />
      <source>May</source>
      <translation>مايو</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/dashboard.py" line="311" />
      <source>Mean satisfaction (1 to 5)</source>
      <translation>متوسط الرضا (1 إلى 5)</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/dashboard.py" line="316" />
      <location filename="caseworker/reports/documents/grants.py" line="143" />
      <source>Measure</source>
      <translation>المقياس</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/dashboard.py" line="258" />
      <source>Median business days to resolve</source>
      <translation>الوسيط لأيام العمل حتى الحل</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/dashboard.py" line="271" />
      <source>Median days</source>
      <translation>الوسيط بالأيام</translation>
    </message>
    <message>
      <location filename="caseworker/domain/care.py" line="79" />
      <location filename="caseworker/reports/documents/meetings.py" line="84" />
      <source>Meeting</source>
      <translation>الاجتماع</translation>
    </message>
    <message>
      <location filename="caseworker/services/touchpoints.py" line="590" />
      <source>Meeting: {title}</source>
      <translation>الاجتماع: {title}</translation>
    </message>
    <message>
      <location filename="caseworker/exports.py" line="446" />
      <source>Meetings</source>
      <translation>الاجتماعات</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/import_wizard.py" line="61" />
      <source>Merge into the existing record</source>
      <translation>الدمج في السجل الموجود</translation>
    </message>
    <message>
      <location filename="caseworker/domain/cases.py" line="110" />
      <location filename="caseworker/services/case_timeline.py" line="173" />
      <source>Message</source>
      <translation>الرسالة</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/grants.py" line="268" />
      <source>Met {date}</source>
      <translation>التُزم به في {date}</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/grants.py" line="268" />
      <source>Met {date} (late)</source>
      <translation>التُزم به في {date} (متأخرًا)</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/giving_statements.py" line="92" />
      <source>Method</source>
      <translation>الطريقة</translation>
    </message>
    <message>
      <location filename="caseworker/exports.py" line="92" />
      <location filename="caseworker/reports/documents/meetings.py" line="31" />
      <location filename="caseworker/reports/documents/meetings.py" line="153" />
      <source>Minutes</source>
      <translation>المحضر</translation>
    </message>
    <message>
      <location filename="caseworker/services/meeting_minutes.py" line="41" />
      <source>Minutes belong to one occurrence: open the occurrence first.</source>
      <translation>المحاضر تخص موعدًا واحدًا: افتح الموعد أولًا.</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/meetings.py" line="92" />
      <source>Minutes by</source>
      <translation>المحضر بقلم</translation>
    </message>
    <message>
      <location filename="caseworker/domain/guard.py" line="137" />
      <location filename="caseworker/domain/recurrence.py" line="141" />
      <source>Monday</source>
      <translation>الاثنين</translation>
    </message>
    <message>
      <location filename="caseworker/domain/service_quality.py" line="51" />
      <location filename="caseworker/reports/documents/dashboard.py" line="267" />
      <source>Month</source>
      <translation>الشهر</translation>
    </message>
    <message>
      <location filename="caseworker/domain/imports.py" line="260" />
      <source>Month/day/year (12/31/2025)</source>
      <translation>شهر/يوم/سنة (12/31/2025)</translation>
    </message>
    <message>
      <location filename="caseworker/domain/gifts.py" line="85" />
      <source>Monthly</source>
      <translation>شهريًا</translation>
    </message>
    <message>
      <location filename="caseworker/domain/imports.py" line="319" />
      <source>More than one column is mapped to {fields}.</source>
      <translation>أكثر من عمود مربوط بـ {fields}.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/introductions.py" line="51" />
      <location filename="caseworker/reports/documents/grants.py" line="202" />
      <source>Name</source>
      <translation>الاسم</translation>
    </message>
    <message>
      <location filename="caseworker/domain/templates.py" line="147" />
      <source>Name and address as one block</source>
      <translation>الاسم والعنوان ككتلة واحدة</translation>
    </message>
    <message>
      <location filename="caseworker/domain/clients.py" line="570" />
      <source>Name the agency.</source>
      <translation>سمِّ الجهة.</translation>
    </message>
    <message>
      <location filename="caseworker/services/grants.py" line="490" />
      <source>Name the budget category.</source>
      <translation>سمِّ فئة الميزانية.</translation>
    </message>
    <message>
      <location filename="caseworker/services/grants.py" line="462" />
      <source>Name the document.</source>
      <translation>سمِّ المستند.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/grant_targets.py" line="135" />
      <source>Name the outcome (row {row}).</source>
      <translation>سمِّ النتيجة (الصف {row}).</translation>
    </message>
    <message>
      <location filename="caseworker/services/aid.py" line="161" />
      <source>Name the third party who is paid (e.g. the landlord).</source>
      <translation>سمِّ الطرف الثالث الذي يُدفع له (مثل المالك).</translation>
    </message>
    <message>
      <location filename="caseworker/exports.py" line="158" />
      <source>Name the {record} to print.</source>
      <translation>سمِّ {record} المراد طباعته.</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/grants.py" line="125" />
      <source>Narrative</source>
      <translation>السرد</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/merge_dialog.py" line="49" />
      <source>Needs</source>
      <translation>الاحتياجات</translation>
    </message>
    <message>
      <location filename="caseworker/domain/org.py" line="52" />
      <source>Netherlands</source>
      <translation>هولندا</translation>
    </message>
    <message>
      <location filename="caseworker/domain/cases.py" line="35" />
      <location filename="caseworker/domain/donors.py" line="55" />
      <source>New</source>
      <translation>جديد</translation>
    </message>
    <message>
      <location filename="caseworker/domain/org.py" line="53" />
      <source>New Zealand</source>
      <translation>نيوزيلندا</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/grant_outputs.py" line="56" />
      <source>New people served</source>
      <translation>أشخاص جدد خُدموا</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/meetings.py" line="188" />
      <source>Next meeting</source>
      <translation>الاجتماع التالي</translation>
    </message>
    <message>
      <location filename="caseworker/domain/cases.py" line="86" />
      <source>No</source>
      <translation>لا</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/receipts.py" line="239" />
      <source>No Gift Aid</source>
      <translation>بلا Gift Aid</translation>
    </message>
    <message>
      <location filename="caseworker/domain/gift_aid.py" line="83" />
      <source>No Gift Aid declaration covers this gift</source>
      <translation>لا يوجد إقرار Gift Aid يشمل هذا التبرع</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/meetings.py" line="165" />
      <source>No agenda items yet.</source>
      <translation>لا توجد بنود في جدول الأعمال بعد.</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/aid_statement.py" line="74" />
      <location filename="caseworker/reports/documents/dashboard.py" line="329" />
      <source>No aid was given in this period.</source>
      <translation>لم تُقدَّم أي مساعدة في هذه الفترة.</translation>
    </message>
    <message>
      <location filename="caseworker/services/protection.py" line="291" />
      <source>No backup passed its check: {reason}</source>
      <translation>لم تجتز أي نسخة احتياطية فحصها: {reason}</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/dashboard.py" line="260" />
      <source>No case was resolved in this period, so there is no time to resolve to show.</source>
      <translation>لم تُحل أي حالة في هذه الفترة، لذا لا توجد مدة حل لعرضها.</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/dashboard.py" line="298" />
      <source>No case was resolved in this period.</source>
      <translation>لم تُحل أي حالة في هذه الفترة.</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/dashboard.py" line="214" />
      <source>No cases were opened, resolved or escalated in this period.</source>
      <translation>لم تُفتح أو تُحل أو تُصعَّد أي حالة في هذه الفترة.</translation>
    </message>
    <message>
      <location filename="caseworker/db/location.py" line="39" />
      <source>No database location was given.</source>
      <translation>لم يُحدَّد موقع لقاعدة البيانات.</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/meetings.py" line="184" />
      <source>No decisions were recorded.</source>
      <translation>لم تُسجَّل أي قرارات.</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/meetings.py" line="178" />
      <source>No discussion recorded.</source>
      <translation>لم يُسجَّل أي نقاش.</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/gift_aid.py" line="83" />
      <source>No donation in this period can be claimed.</source>
      <translation>لا يمكن المطالبة بأي تبرع في هذه الفترة.</translation>
    </message>
    <message>
      <location filename="caseworker/services/imports.py" line="786" />
      <source>No donor has the e-mail '{value}'.</source>
      <translation>لا يوجد متبرع بريده الإلكتروني '{value}'.</translation>
    </message>
    <message>
      <location filename="caseworker/services/imports.py" line="771" />
      <source>No donor has the external id '{value}'.</source>
      <translation>لا يوجد متبرع معرّفه الخارجي '{value}'.</translation>
    </message>
    <message>
      <location filename="caseworker/services/imports.py" line="797" />
      <source>No donor of this name{where} was found.</source>
      <translation>لم يُعثر على متبرع بهذا الاسم{where}.</translation>
    </message>
    <message>
      <location filename="caseworker/exports.py" line="360" />
      <source>No donor who gave in {year} can be sent a statement.</source>
      <translation>لا يمكن إرسال كشف إلى أي متبرع تبرّع في {year}.</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/dashboard.py" line="392" />
      <source>No donors in this period.</source>
      <translation>لا يوجد متبرعون في هذه الفترة.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/neglect.py" line="66" />
      <source>No gifts yet</source>
      <translation>لا توجد تبرعات بعد</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/receipts.py" line="57" />
      <source>No goods or services were provided in exchange for this contribution.</source>
      <translation>لم تُقدَّم أي سلع أو خدمات مقابل هذه المساهمة.</translation>
    </message>
    <message>
      <location filename="caseworker/correspondence.py" line="69" />
      <source>No mail server is set up: a manager enters it in Settings.</source>
      <translation>لم يُعدّ خادم بريد: يدخله المدير في الإعدادات.</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/grants.py" line="131" />
      <source>No narrative has been written for this grant.</source>
      <translation>لم يُكتب سرد لهذه المنحة.</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/case_summary.py" line="151" />
      <source>No notes on this case.</source>
      <translation>لا توجد ملاحظات على هذه الحالة.</translation>
    </message>
    <message>
      <location filename="caseworker/outputs.py" line="84" />
      <source>No output file was named.</source>
      <translation>لم يُحدَّد ملف للإخراج.</translation>
    </message>
    <message>
      <location filename="caseworker/services/paperwork.py" line="87" />
      <source>No postal address</source>
      <translation>لا يوجد عنوان بريدي</translation>
    </message>
    <message>
      <location filename="caseworker/domain/channels.py" line="57" />
      <source>No preference</source>
      <translation>لا تفضيل</translation>
    </message>
    <message>
      <location filename="caseworker/domain/care.py" line="74" />
      <source>No record</source>
      <translation>لا يوجد سجل</translation>
    </message>
    <message>
      <location filename="caseworker/services/grant_reports.py" line="59" />
      <source>No report of this grant is due on {day}.</source>
      <translation>لا يستحق أي تقرير لهذه المنحة في {day}.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/clients.py" line="68" />
      <source>No response</source>
      <translation>لا رد</translation>
    </message>
    <message>
      <location filename="caseworker/services/service_quality.py" line="429" />
      <source>No team</source>
      <translation>لا فريق</translation>
    </message>
    <message>
      <location filename="caseworker/services/mail.py" line="563" />
      <source>No thank-you template fits gift {gift}.</source>
      <translation>لا يوجد قالب شكر يناسب التبرع {gift}.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/guard.py" line="604" />
      <source>No {channel} contact between {start} and {end}, the supporter's local time.</source>
      <translation>لا تواصل عبر {channel} بين {start} و{end}، بالتوقيت المحلي للداعم.</translation>
    </message>
    <message>
      <location filename="caseworker/services/organigram.py" line="296" />
      <source>Nobody else can take cases: choose who takes them.</source>
      <translation>لا أحد غيره يمكنه تولي الحالات: اختر من يتولاها.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/routing.py" line="74" />
      <source>Nobody is available to take cases: ask a manager to add caseworkers.</source>
      <translation>لا أحد متاح لتولي الحالات: اطلب من مدير إضافة أخصائيين.</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/grant_outputs.py" line="71" />
      <location filename="caseworker/reports/documents/grants.py" line="161" />
      <source>Nobody was served in this period.</source>
      <translation>لم يُخدم أحد في هذه الفترة.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/clients.py" line="300" />
      <source>Non-binary</source>
      <translation>غير ثنائي</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/meetings.py" line="126" />
      <location filename="caseworker/reports/documents/receipts.py" line="242" />
      <location filename="caseworker/services/service_quality.py" line="430" />
      <source>None</source>
      <translation>لا شيء</translation>
    </message>
    <message>
      <location filename="caseworker/services/receipts.py" line="136" />
      <source>None of the gifts on receipt {number} still stands: void it instead.</source>
      <translation>لم يعد أي من التبرعات في الإيصال {number} قائمًا: ألغِه بدلًا من ذلك.</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/grants.py" line="120" />
      <source>None yet.</source>
      <translation>لا شيء بعد.</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/grants.py" line="124" />
      <source>None.</source>
      <translation>لا شيء.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/care.py" line="55" />
      <location filename="caseworker/domain/cases.py" line="69" />
      <source>Normal</source>
      <translation>عادية</translation>
    </message>
    <message>
      <location filename="caseworker/domain/org.py" line="54" />
      <source>Norway</source>
      <translation>النرويج</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/dashboard.py" line="310" />
      <source>Not acceptable</source>
      <translation>غير مقبولة</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/case_summary.py" line="166" />
      <source>Not asked</source>
      <translation>لم يُسأل</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/case_summary.py" line="90" />
      <source>Not assigned</source>
      <translation>غير مسند</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/grants.py" line="223" />
      <source>Not decided</source>
      <translation>لم يُبتّ فيه</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/grant_outputs.py" line="84" />
      <source>Not recorded in client records, so not reported: {what}.</source>
      <translation>غير مسجل في سجلات المستفيدين، لذا لا يُبلَّغ عنه: {what}.</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/grants.py" line="87" />
      <source>Not yet</source>
      <translation>ليس بعد</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/meetings.py" line="190" />
      <source>Not yet arranged.</source>
      <translation>لم يُرتَّب بعد.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/cases.py" line="107" />
      <location filename="caseworker/reports/documents/case_summary.py" line="105" />
      <location filename="caseworker/reports/documents/case_summary.py" line="122" />
      <source>Note</source>
      <translation>ملاحظة</translation>
    </message>
    <message>
      <location filename="caseworker/domain/imports.py" line="143" />
      <location filename="caseworker/domain/imports.py" line="175" />
      <location filename="caseworker/domain/imports.py" line="198" />
      <source>Notes</source>
      <translation>ملاحظات</translation>
    </message>
    <message>
      <location filename="caseworker/domain/mail.py" line="177" />
      <source>Nothing answers at {host}:{port}: the mail server is down or the port is wrong.</source>
      <translation>لا شيء يستجيب على {host}:{port}: خادم البريد متوقف أو المنفذ خاطئ.</translation>
    </message>
    <message>
      <location filename="caseworker/exports.py" line="178" />
      <source>Nothing has been recorded for this meeting (attendance, discussion, decisions or actions): record the minutes first, or print its agenda.</source>
      <translation>لم يُسجَّل شيء لهذا الاجتماع (الحضور أو النقاش أو القرارات أو الإجراءات): سجّل المحضر أولًا، أو اطبع جدول أعماله.</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/person_data.py" line="59" />
      <source>Nothing held.</source>
      <translation>لا شيء محفوظ.</translation>
    </message>
    <message>
      <location filename="caseworker/services/receipts.py" line="237" />
      <source>Nothing here can be receipted: the donor received as much as they gave.</source>
      <translation>لا يوجد هنا ما يمكن إصدار إيصال له: تلقّى المتبرع بقدر ما قدّم.</translation>
    </message>
    <message>
      <location filename="caseworker/reports/formatting.py" line="32" />
      <source>Nov</source>
      <translation>نوفمبر</translation>
    </message>
    <message>
      <location filename="caseworker/domain/templates.py" line="102" />
      <source>Number of gifts so far</source>
      <translation>عدد التبرعات حتى الآن</translation>
    </message>
    <message>
      <location filename="caseworker/reports/formatting.py" line="32" />
      <source>Oct</source>
      <translation>أكتوبر</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/grants.py" line="146" />
      <source>Of target</source>
      <translation>من الهدف</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/receipts.py" line="49" />
      <source>Official receipt for income tax purposes</source>
      <translation>إيصال رسمي لأغراض ضريبة الدخل</translation>
    </message>
    <message>
      <location filename="caseworker/services/meetings.py" line="181" />
      <source>One occurrence of a series cannot become a series of its own.</source>
      <translation>لا يمكن أن يصبح موعد واحد من سلسلة سلسلةً مستقلة.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/gift_aid.py" line="69" />
      <location filename="caseworker/domain/gifts.py" line="56" />
      <location filename="caseworker/reports/documents/meetings.py" line="88" />
      <source>Online</source>
      <translation>عبر الإنترنت</translation>
    </message>
    <message>
      <location filename="caseworker/db/backup.py" line="168" />
      <source>Only a database file can be backed up here.</source>
      <translation>لا يمكن هنا نسخ سوى ملف قاعدة بيانات احتياطيًا.</translation>
    </message>
    <message>
      <location filename="caseworker/db/database.py" line="144" />
      <source>Only a database server has roles to connect as.</source>
      <translation>خادم قاعدة البيانات وحده له أدوار يُتصل بها.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/templates.py" line="359" />
      <source>Only a donor's message can carry a receipt.</source>
      <translation>لا تحمل إيصالًا إلا رسالة إلى متبرع.</translation>
    </message>
    <message>
      <location filename="caseworker/services/mail.py" line="984" />
      <source>Only a failed message can be tried again.</source>
      <translation>لا يمكن إعادة محاولة سوى رسالة فاشلة.</translation>
    </message>
    <message>
      <location filename="caseworker/services/gift_aid.py" line="139" />
      <source>Only a person can make a Gift Aid declaration, not an organisation.</source>
      <translation>لا يقدم إقرار Gift Aid إلا شخص، لا منظمة.</translation>
    </message>
    <message>
      <location filename="caseworker/services/touchpoints.py" line="449" />
      <source>Only a planned contact can be cancelled.</source>
      <translation>لا يمكن إلغاء سوى تواصل مخطط.</translation>
    </message>
    <message>
      <location filename="caseworker/services/touchpoints.py" line="429" />
      <source>Only a planned contact can be marked done.</source>
      <translation>لا يمكن تعليم سوى تواصل مخطط كمنجز.</translation>
    </message>
    <message>
      <location filename="caseworker/services/touchpoints.py" line="400" />
      <source>Only a planned contact can be moved.</source>
      <translation>لا يمكن نقل سوى تواصل مخطط.</translation>
    </message>
    <message>
      <location filename="caseworker/services/cases.py" line="252" />
      <source>Only a resolved or closed case can be reopened.</source>
      <translation>لا يمكن إعادة فتح سوى حالة محلولة أو مغلقة.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/care.py" line="166" />
      <source>Only a task on a client plans a contact with them.</source>
      <translation>لا يُخطَّط تواصل مع مستفيد إلا من مهمة عليه.</translation>
    </message>
    <message>
      <location filename="caseworker/services/gifts.py" line="272" />
      <source>Only an active schedule can be cancelled.</source>
      <translation>لا يمكن إلغاء سوى جدول نشط.</translation>
    </message>
    <message>
      <location filename="caseworker/db/rotate.py" line="48" />
      <source>Only an encrypted database file has a key to change.</source>
      <translation>لا يوجد مفتاح لتغييره إلا لملف قاعدة بيانات مشفر.</translation>
    </message>
    <message>
      <location filename="caseworker/services/protection.py" line="214" />
      <source>Only an encrypted database file has keys to give each kind of record.</source>
      <translation>ملف قاعدة البيانات المشفّر وحده يملك مفاتيح لكل نوع من السجلات.</translation>
    </message>
    <message>
      <location filename="caseworker/services/protection.py" line="63" />
      <source>Only an encrypted database file has keys to rotate.</source>
      <translation>لا توجد مفاتيح لتدويرها إلا لملف قاعدة بيانات مشفر.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/imports.py" line="258" />
      <source>Only dates that cannot be misread</source>
      <translation>فقط التواريخ التي لا يمكن إساءة قراءتها</translation>
    </message>
    <message>
      <location filename="caseworker/services/case_timeline.py" line="73" />
      <source>Only notes, calls and visits can be edited; workflow steps cannot.</source>
      <translation>لا يمكن تعديل سوى الملاحظات والمكالمات والزيارات؛ أما خطوات سير العمل فلا.</translation>
    </message>
    <message>
      <location filename="caseworker/db/backup.py" line="103" />
      <source>Only someone who can read every part of the database can back it up.</source>
      <translation>لا يمكن إنشاء نسخة احتياطية إلا لمن يستطيع قراءة كل أجزاء قاعدة البيانات.</translation>
    </message>
    <message>
      <location filename="caseworker/services/grants.py" line="398" />
      <source>Only staff who may read client records can apply for a client.</source>
      <translation>لا يمكن التقدم بطلب لمستفيد إلا للموظفين المسموح لهم بقراءة سجلات المستفيدين.</translation>
    </message>
    <message>
      <location filename="caseworker/services/grants.py" line="416" />
      <source>Only staff who may read client records can change the applicant.</source>
      <translation>لا يمكن تغيير مقدم الطلب إلا للموظفين المسموح لهم بقراءة سجلات المستفيدين.</translation>
    </message>
    <message>
      <location filename="caseworker/services/case_timeline.py" line="75" />
      <source>Only the author or a manager can edit this note.</source>
      <translation>لا يمكن تعديل هذه الملاحظة إلا لكاتبها أو لمدير.</translation>
    </message>
    <message>
      <location filename="caseworker/services/case_handoffs.py" line="60" />
      <source>Only the case's worker or a manager can hand it off.</source>
      <translation>لا يمكن تسليم الحالة إلا لأخصائيها أو لمدير.</translation>
    </message>
    <message>
      <location filename="caseworker/services/case_handoffs.py" line="172" />
      <source>Only the worker the case was handed to can accept or return it.</source>
      <translation>لا يمكن قبول الحالة أو إعادتها إلا للأخصائي الذي سُلّمت إليه.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/grants.py" line="152" />
      <source>Only {remaining} is left on the line '{category}'.</source>
      <translation>لم يتبقَّ سوى {remaining} في البند '{category}'.</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/meetings.py" line="234" />
      <source>Open</source>
      <translation>مفتوحة</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/meetings.py" line="166" />
      <source>Open actions from earlier meetings</source>
      <translation>إجراءات مفتوحة من اجتماعات سابقة</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/dashboard.py" line="313" />
      <source>Open now</source>
      <translation>مفتوحة الآن</translation>
    </message>
    <message>
      <location filename="caseworker/domain/service_quality.py" line="320" />
      <location filename="caseworker/reports/documents/case_summary.py" line="91" />
      <location filename="caseworker/reports/documents/dashboard.py" line="268" />
      <source>Opened</source>
      <translation>تاريخ الفتح</translation>
    </message>
    <message>
      <location filename="caseworker/domain/gift_aid.py" line="68" />
      <source>Orally, confirmed by letter</source>
      <translation>شفهيًا، مع تأكيد برسالة</translation>
    </message>
    <message>
      <location filename="caseworker/domain/donors.py" line="63" />
      <location filename="caseworker/domain/imports.py" line="118" />
      <location filename="caseworker/services/donors.py" line="538" />
      <source>Organisation</source>
      <translation>المنظمة</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/policy_dialog.py" line="45" />
      <source>Organisation blackouts</source>
      <translation>فترات حظر المنظمة</translation>
    </message>
    <message>
      <location filename="caseworker/domain/gifts.py" line="59" />
      <location filename="caseworker/domain/templates.py" line="79" />
      <source>Other</source>
      <translation>أخرى</translation>
    </message>
    <message>
      <location filename="caseworker/domain/introductions.py" line="49" />
      <source>Our team is looking after {reference} ({title}).</source>
      <translation>يتولى فريقنا {reference} ‏({title}).</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/case_summary.py" line="178" />
      <source>Outcome</source>
      <translation>النتيجة</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/dashboard.py" line="308" />
      <source>Outcome acceptable to the client</source>
      <translation>النتيجة مقبولة لدى المستفيد</translation>
    </message>
    <message>
      <location filename="caseworker/domain/templates.py" line="133" />
      <source>Outcome, once resolved</source>
      <translation>النتيجة، بعد الحل</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/grants.py" line="104" />
      <source>Output</source>
      <translation>المُخرَج</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/grants.py" line="141" />
      <source>Outputs and outcomes against targets</source>
      <translation>المخرجات والنتائج مقارنة بالأهداف</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/grants.py" line="154" />
      <source>Outputs are counted from the organisation's casework and aid records for the period; outcomes are as the organisation recorded them. Targets are for the whole grant.</source>
      <translation>تُحتسب المخرجات من سجلات المنظمة للحالات والمساعدات عن الفترة؛ أما النتائج فكما سجلتها المنظمة. الأهداف للمنحة كاملة.</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/grants.py" line="103" />
      <source>Outputs this period</source>
      <translation>المخرجات في هذه الفترة</translation>
    </message>
    <message>
      <location filename="caseworker/domain/aid.py" line="133" />
      <source>Over the client's cap: {fund} gives at most {cap} {window}; this client already has {total}, so at most {remaining} more can be given.</source>
      <translation>يتجاوز الحد الأقصى للمستفيد: يقدم {fund} بحد أقصى {cap} {window}؛ وقد حصل هذا المستفيد بالفعل على {total}، لذا يمكن تقديم {remaining} إضافية على الأكثر.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/aid.py" line="140" />
      <source>Over the fund's budget: {fund} has {budget} for this period, {committed} is already committed, so at most {remaining} is left.</source>
      <translation>يتجاوز ميزانية الصندوق: لدى {fund} ميزانية {budget} لهذه الفترة، التُزم منها بالفعل بـ {committed}، لذا يتبقى {remaining} على الأكثر.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/grant_reports.py" line="27" />
      <location filename="caseworker/reports/documents/grants.py" line="270" />
      <location filename="caseworker/reports/documents/grants.py" line="122" />
      <source>Overdue</source>
      <translation>متأخر</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/dashboard.py" line="314" />
      <source>Overdue now</source>
      <translation>متأخر الآن</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/meetings.py" line="226" />
      <source>Owner</source>
      <translation>المالك</translation>
    </message>
    <message>
      <location filename="caseworker/reports/base.py" line="69" />
      <source>Page {page} of {pages}</source>
      <translation>الصفحة {page} من {pages}</translation>
    </message>
    <message>
      <location filename="caseworker/domain/aid.py" line="58" />
      <source>Paid</source>
      <translation>مدفوع</translation>
    </message>
    <message>
      <location filename="caseworker/domain/cases.py" line="85" />
      <source>Partly</source>
      <translation>جزئيًا</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/dashboard.py" line="309" />
      <source>Partly acceptable</source>
      <translation>مقبولة جزئيًا</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/aid_statement.py" line="90" />
      <source>Payee</source>
      <translation>المستلم</translation>
    </message>
    <message>
      <location filename="caseworker/domain/imports.py" line="170" />
      <source>Payment method</source>
      <translation>طريقة الدفع</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/grant_outputs.py" line="80" />
      <source>Payments</source>
      <translation>المدفوعات</translation>
    </message>
    <message>
      <location filename="caseworker/reports/labels.py" line="16" />
      <source>Pending</source>
      <translation>معلق</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/grant_outputs.py" line="73" />
      <location filename="caseworker/reports/documents/grants.py" line="163" />
      <source>People</source>
      <translation>الأشخاص</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/grants.py" line="106" />
      <source>People helped with aid paid from this grant</source>
      <translation>الأشخاص الذين ساعدتهم المساعدات المدفوعة من هذه المنحة</translation>
    </message>
    <message>
      <location filename="caseworker/domain/grant_targets.py" line="35" />
      <source>People new to us</source>
      <translation>أشخاص جدد لدينا</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/grant_outputs.py" line="63" />
      <source>People reached through its spending</source>
      <translation>الأشخاص الذين وصلهم إنفاقها</translation>
    </message>
    <message>
      <location filename="caseworker/domain/grant_targets.py" line="34" />
      <location filename="caseworker/reports/documents/grant_outputs.py" line="55" />
      <source>People served</source>
      <translation>الأشخاص المخدومون</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/grants.py" line="158" />
      <source>People served this period by {what}</source>
      <translation>الأشخاص المخدومون في هذه الفترة حسب {what}</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/aid_statement.py" line="70" />
      <source>Period</source>
      <translation>الفترة</translation>
    </message>
    <message>
      <location filename="caseworker/domain/imports.py" line="123" />
      <location filename="caseworker/domain/imports.py" line="186" />
      <location filename="caseworker/ui/dialogs/merge_dialog.py" line="40" />
      <source>Phone</source>
      <translation>الهاتف</translation>
    </message>
    <message>
      <source>Phone call</source>
      <translation type="obsolete">مكالمة هاتفية</translation>
    </message>
    <message>
      <location filename="caseworker/domain/clients.py" line="52" />
      <source>Photographs</source>
      <translation>صور فوتوغرافية</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/meetings.py" line="86" />
      <source>Place</source>
      <translation>المكان</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/receipts.py" line="186" />
      <source>Place of issue</source>
      <translation>مكان الإصدار</translation>
    </message>
    <message>
      <location filename="caseworker/services/touchpoints.py" line="580" />
      <source>Planned {channel} ({purpose})</source>
      <translation>خُطط {channel} ({purpose})</translation>
    </message>
    <message>
      <location filename="caseworker/services/planning.py" line="57" />
      <source>Planning was cancelled; nothing was scheduled.</source>
      <translation>أُلغي التخطيط؛ لم يُجدول شيء.</translation>
    </message>
    <message>
      <location filename="caseworker/services/touchpoints.py" line="94" />
      <source>Please confirm this contact: {reasons}</source>
      <translation>يُرجى تأكيد هذا التواصل: {reasons}</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/receipts.py" line="64" />
      <source>Please keep this receipt for your tax records.</source>
      <translation>يُرجى الاحتفاظ بهذا الإيصال لسجلاتك الضريبية.</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/receipts.py" line="88" />
      <source>Please tell us if you want to cancel your declaration, change your name or home address, or no longer pay sufficient tax on your income and/or capital gains.</source>
      <translation>يُرجى إبلاغنا إن أردت إلغاء إقرارك، أو تغيير اسمك أو عنوان منزلك، أو إن لم تعد تدفع ضريبة كافية على دخلك و/أو أرباحك الرأسمالية.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/org.py" line="55" />
      <source>Portugal</source>
      <translation>البرتغال</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/grants.py" line="202" />
      <source>Position</source>
      <translation>المنصب</translation>
    </message>
    <message>
      <source>Post</source>
      <translation type="obsolete">بريد ورقي</translation>
    </message>
    <message>
      <location filename="caseworker/domain/templates.py" line="101" />
      <location filename="caseworker/domain/templates.py" line="123" />
      <source>Postal address, one line each</source>
      <translation>العنوان البريدي، كل جزء في سطر</translation>
    </message>
    <message>
      <location filename="caseworker/domain/imports.py" line="135" />
      <location filename="caseworker/domain/imports.py" line="190" />
      <location filename="caseworker/reports/documents/gift_aid.py" line="74" />
      <source>Postcode</source>
      <translation>الرمز البريدي</translation>
    </message>
    <message>
      <location filename="caseworker/domain/imports.py" line="192" />
      <source>Preferred contact</source>
      <translation>طريقة التواصل المفضلة</translation>
    </message>
    <message>
      <location filename="caseworker/domain/templates.py" line="124" />
      <source>Preferred language</source>
      <translation>اللغة المفضلة</translation>
    </message>
    <message>
      <location filename="caseworker/domain/imports.py" line="183" />
      <location filename="caseworker/ui/dialogs/merge_dialog.py" line="45" />
      <source>Preferred name</source>
      <translation>الاسم المفضل</translation>
    </message>
    <message>
      <location filename="caseworker/domain/clients.py" line="300" />
      <source>Prefers not to say</source>
      <translation>يفضّل عدم الإفصاح</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/meetings.py" line="121" />
      <source>Present</source>
      <translation>حاضر</translation>
    </message>
    <message>
      <location filename="caseworker/domain/mail.py" line="50" />
      <source>Printed</source>
      <translation>مطبوع</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/case_summary.py" line="88" />
      <source>Priority</source>
      <translation>الأولوية</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/grants.py" line="219" />
      <source>Programme</source>
      <translation>البرنامج</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/grants.py" line="127" />
      <source>Progress this period</source>
      <translation>التقدم في هذه الفترة</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/meetings.py" line="200" />
      <source>Proposed by {proposer}, seconded by {seconder}.</source>
      <translation>اقترحه {proposer}، وثنّى عليه {seconder}.</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/meetings.py" line="203" />
      <source>Proposed by {proposer}.</source>
      <translation>اقترحه {proposer}.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/grants.py" line="36" />
      <source>Prospect</source>
      <translation>محتمل</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/grants.py" line="238" />
      <source>Purpose</source>
      <translation>الغرض</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/dashboard.py" line="267" />
      <source>Quarter</source>
      <translation>ربع السنة</translation>
    </message>
    <message>
      <location filename="caseworker/domain/gifts.py" line="86" />
      <source>Quarterly</source>
      <translation>ربع سنوي</translation>
    </message>
    <message>
      <location filename="caseworker/domain/mail.py" line="45" />
      <source>Queued</source>
      <translation>في قائمة الانتظار</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/policy_dialog.py" line="49" />
      <source>Quiet days</source>
      <translation>أيام الهدوء</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/policy_dialog.py" line="50" />
      <source>Quiet hours</source>
      <translation>ساعات الهدوء</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/dashboard.py" line="394" />
      <source>Rate</source>
      <translation>النسبة</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/case_summary.py" line="140" />
      <location filename="caseworker/reports/documents/giving_statements.py" line="127" />
      <source>Reason</source>
      <translation>السبب</translation>
    </message>
    <message>
      <location filename="caseworker/services/case_timeline.py" line="169" />
      <source>Reassigned from {giver} to {taker}</source>
      <translation>أُعيد إسنادها من {giver} إلى {taker}</translation>
    </message>
    <message>
      <location filename="caseworker/exports.py" line="93" />
      <source>Receipt</source>
      <translation>الإيصال</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/giving_statements.py" line="93" />
      <source>Receipt No.</source>
      <translation>رقم الإيصال</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/receipts.py" line="52" />
      <source>Receipt No. {number}</source>
      <translation>إيصال رقم {number}</translation>
    </message>
    <message>
      <location filename="caseworker/domain/templates.py" line="78" />
      <source>Receipt cover</source>
      <translation>غلاف الإيصال</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/batch.py" line="78" />
      <location filename="caseworker/reports/documents/receipts.py" line="53" />
      <source>Receipt {number}</source>
      <translation>الإيصال {number}</translation>
    </message>
    <message>
      <location filename="caseworker/services/touchpoints.py" line="614" />
      <source>Receipt {number} for {amount}</source>
      <translation>الإيصال {number} بمبلغ {amount}</translation>
    </message>
    <message>
      <location filename="caseworker/services/receipts.py" line="256" />
      <source>Receipt {number} was already voided.</source>
      <translation>سبق إلغاء الإيصال {number}.</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/batch.py" line="42" />
      <source>Receipts and statements</source>
      <translation>الإيصالات والكشوف</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/giving_statements.py" line="126" />
      <source>Ref.</source>
      <translation>المرجع</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/grants.py" line="212" />
      <source>Ref. {reference}</source>
      <translation>المرجع {reference}</translation>
    </message>
    <message>
      <location filename="caseworker/domain/imports.py" line="172" />
      <source>Reference</source>
      <translation>المرجع</translation>
    </message>
    <message>
      <location filename="caseworker/domain/clients.py" line="52" />
      <source>Referral to other services</source>
      <translation>الإحالة إلى خدمات أخرى</translation>
    </message>
    <message>
      <location filename="caseworker/domain/imports.py" line="133" />
      <location filename="caseworker/ui/dialogs/merge_dialog.py" line="41" />
      <source>Region</source>
      <translation>المنطقة</translation>
    </message>
    <message>
      <location filename="caseworker/domain/org.py" line="87" />
      <location filename="caseworker/reports/documents/receipts.py" line="267" />
      <source>Registered charity No.</source>
      <translation>رقم الجمعية الخيرية المسجلة</translation>
    </message>
    <message>
      <location filename="caseworker/reports/base.py" line="228" />
      <location filename="caseworker/reports/documents/receipts.py" line="184" />
      <source>Registration No.</source>
      <translation>رقم التسجيل</translation>
    </message>
    <message>
      <location filename="caseworker/domain/donors.py" line="54" />
      <source>Regular</source>
      <translation>منتظم</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/merge_dialog.py" line="42" />
      <source>Relationship manager</source>
      <translation>مسؤول العلاقة</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/grants.py" line="249" />
      <source>Remaining</source>
      <translation>المتبقي</translation>
    </message>
    <message>
      <location filename="caseworker/domain/care.py" line="159" />
      <source>Remind from 0 minutes to 30 days before the due time.</source>
      <translation>التذكير من 0 دقيقة إلى 30 يومًا قبل موعد الاستحقاق.</translation>
    </message>
    <message>
      <location filename="caseworker/services/tasks.py" line="277" />
      <source>Remind from 0 to 60 business days before the due date.</source>
      <translation>التذكير من 0 إلى 60 يوم عمل قبل تاريخ الاستحقاق.</translation>
    </message>
    <message>
      <location filename="caseworker/services/clients.py" line="560" />
      <source>Removed when the client was anonymised</source>
      <translation>أُزيل عند إخفاء هوية المستفيد</translation>
    </message>
    <message>
      <location filename="caseworker/services/case_timeline.py" line="134" />
      <source>Reopened</source>
      <translation>أُعيد فتحها</translation>
    </message>
    <message>
      <location filename="caseworker/domain/recurrence.py" line="66" />
      <source>Repeat every 1 to 99 periods.</source>
      <translation>التكرار كل 1 إلى 99 فترة.</translation>
    </message>
    <message>
      <location filename="caseworker/services/grants.py" line="183" />
      <source>Report due</source>
      <translation>موعد التقرير</translation>
    </message>
    <message>
      <location filename="caseworker/domain/grants.py" line="42" />
      <source>Reporting</source>
      <translation>إعداد التقارير</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/grants.py" line="96" />
      <source>Reporting period {start} to {end}</source>
      <translation>فترة التقرير من {start} إلى {end}</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/grants.py" line="229" />
      <source>Reports due</source>
      <translation>التقارير المستحقة</translation>
    </message>
    <message>
      <location filename="caseworker/domain/aid.py" line="57" />
      <location filename="caseworker/reports/documents/grants.py" line="222" />
      <source>Requested</source>
      <translation>المطلوب</translation>
    </message>
    <message>
      <location filename="caseworker/domain/guard.py" line="663" />
      <source>Requests for a gift are limited to {n} in any {days} days; this would be request number {count}.</source>
      <translation>طلبات التبرع محدودة بـ {n} في أي {days} يومًا؛ وهذا سيكون الطلب رقم {count}.</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/policy_dialog.py" line="47" />
      <source>Requests for a gift per window</source>
      <translation>طلبات التبرع لكل نافذة</translation>
    </message>
    <message>
      <location filename="caseworker/domain/grants.py" line="78" />
      <source>Required documents are not ready: {documents}.</source>
      <translation>المستندات المطلوبة غير جاهزة: {documents}.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/cases.py" line="40" />
      <location filename="caseworker/domain/service_quality.py" line="321" />
      <location filename="caseworker/reports/documents/case_summary.py" line="169" />
      <source>Resolved</source>
      <translation>محلولة</translation>
    </message>
    <message>
      <location filename="caseworker/services/case_timeline.py" line="141" />
      <source>Resolved ({how}; acceptable to the client: {acceptable})</source>
      <translation>محلولة ({how}؛ مقبولة لدى المستفيد: {acceptable})</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/case_summary.py" line="171" />
      <source>Resolved by</source>
      <translation>حلّها</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/dashboard.py" line="306" />
      <source>Resolved within target</source>
      <translation>حُلّت ضمن الهدف</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/dashboard.py" line="307" />
      <source>Resolved without a specialist</source>
      <translation>حُلّت دون متخصص</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/dashboard.py" line="394" />
      <source>Retained</source>
      <translation>مستمر</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/dashboard.py" line="397" />
      <source>Retention compares each year's donors with the year before's: it needs donors in two years running.</source>
      <translation>يقارن الاحتفاظ متبرعي كل سنة بمتبرعي السنة السابقة: ويحتاج إلى متبرعين في سنتين متتاليتين.</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/dashboard.py" line="417" />
      <source>Retention rate</source>
      <translation>نسبة الاحتفاظ</translation>
    </message>
    <message>
      <location filename="caseworker/reports/labels.py" line="18" />
      <source>Returned</source>
      <translation>أُعيدت</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/case_summary.py" line="128" />
      <source>Returned because: {reason}</source>
      <translation>أُعيدت بسبب: {reason}</translation>
    </message>
    <message>
      <location filename="caseworker/domain/introductions.py" line="52" />
      <source>Role</source>
      <translation>الدور</translation>
    </message>
    <message>
      <location filename="caseworker/domain/gifts.py" line="313" />
      <source>Row {row}: {problem}</source>
      <translation>الصف {row}: {problem}</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/merge_dialog.py" line="48" />
      <source>Safeguarding</source>
      <translation>الحماية</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/case_summary.py" line="75" />
      <source>Safeguarding: {detail}</source>
      <translation>الحماية: {detail}</translation>
    </message>
    <message>
      <location filename="caseworker/domain/imports.py" line="112" />
      <location filename="caseworker/ui/dialogs/merge_dialog.py" line="40" />
      <source>Salutation</source>
      <translation>التحية</translation>
    </message>
    <message>
      <location filename="caseworker/domain/service_quality.py" line="323" />
      <location filename="caseworker/reports/documents/case_summary.py" line="175" />
      <source>Satisfaction</source>
      <translation>الرضا</translation>
    </message>
    <message>
      <location filename="caseworker/domain/guard.py" line="142" />
      <location filename="caseworker/domain/recurrence.py" line="142" />
      <source>Saturday</source>
      <translation>السبت</translation>
    </message>
    <message>
      <location filename="caseworker/domain/care.py" line="445" />
      <source>Say how the feedback was taken: phone, visit or paper.</source>
      <translation>اذكر كيف أُخذت الملاحظات: هاتفيًا أو بزيارة أو ورقيًا.</translation>
    </message>
    <message>
      <location filename="caseworker/services/clients.py" line="429" />
      <source>Say on whose request and why the client is anonymised.</source>
      <translation>اذكر بناءً على طلب من ولماذا أُخفيت هوية المستفيد.</translation>
    </message>
    <message>
      <location filename="caseworker/services/person_data.py" line="175" />
      <source>Say on whose request and why the person's data is erased.</source>
      <translation>اذكر بناءً على طلب من ولماذا مُحيت بيانات الشخص.</translation>
    </message>
    <message>
      <location filename="caseworker/services/meeting_minutes.py" line="71" />
      <source>Say what is to be done.</source>
      <translation>اذكر ما يجب فعله.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/clients.py" line="549" />
      <source>Say what the client agreed to.</source>
      <translation>اذكر ما وافق عليه المستفيد.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/gifts.py" line="228" />
      <source>Say what the donor received in return.</source>
      <translation>اذكر ما تلقاه المتبرع في المقابل.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/donors.py" line="355" />
      <source>Say where the consent was given (a form, a call, the website).</source>
      <translation>اذكر أين أُعطيت الموافقة (نموذج، مكالمة، الموقع الإلكتروني).</translation>
    </message>
    <message>
      <location filename="caseworker/domain/cases.py" line="240" />
      <location filename="caseworker/ui/dialogs/case_dialogs.py" line="288" />
      <source>Say whether the client found the outcome acceptable.</source>
      <translation>اذكر ما إذا وجد المستفيد النتيجة مقبولة.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/clients.py" line="345" />
      <source>Say which language the interpreter needs.</source>
      <translation>اذكر اللغة التي يحتاجها المترجم.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/cases.py" line="209" />
      <source>Say whom the case is waiting on: the client or a third party.</source>
      <translation>اذكر من تنتظره الحالة: المستفيد أم طرف ثالث.</translation>
    </message>
    <message>
      <location filename="caseworker/services/clients.py" line="406" />
      <source>Say why the attachment is removed.</source>
      <translation>اذكر سبب إزالة المرفق.</translation>
    </message>
    <message>
      <location filename="caseworker/services/touchpoints.py" line="445" />
      <source>Say why the contact is cancelled.</source>
      <translation>اذكر سبب إلغاء التواصل.</translation>
    </message>
    <message>
      <location filename="caseworker/services/aid.py" line="311" />
      <source>Say why the disbursement is voided.</source>
      <translation>اذكر سبب إلغاء الصرف.</translation>
    </message>
    <message>
      <location filename="caseworker/services/touchpoints.py" line="251" />
      <source>Say why the guard is overridden.</source>
      <translation>اذكر سبب تجاوز الحارس.</translation>
    </message>
    <message>
      <location filename="caseworker/services/grants.py" line="558" />
      <source>Say why the spending is voided.</source>
      <translation>اذكر سبب إلغاء الإنفاق.</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/gift_aid.py" line="70" />
      <source>Schedule of donations</source>
      <translation>جدول التبرعات</translation>
    </message>
    <message>
      <location filename="caseworker/ui/backups_page.py" line="35" />
      <source>Scheduled</source>
      <translation>مجدول</translation>
    </message>
    <message>
      <location filename="caseworker/domain/gifts.py" line="58" />
      <source>Securities</source>
      <translation>أوراق مالية</translation>
    </message>
    <message>
      <location filename="caseworker/domain/imports.py" line="51" />
      <source>Semicolon</source>
      <translation>فاصلة منقوطة</translation>
    </message>
    <message>
      <location filename="caseworker/domain/introductions.py" line="281" />
      <source>Send {client} a text message introducing their worker and team</source>
      <translation>إرسال رسالة نصية إلى {client} تعرّفه بأخصائيه وفريقه</translation>
    </message>
    <message>
      <location filename="caseworker/domain/mail.py" line="46" />
      <source>Sending</source>
      <translation>جارٍ الإرسال</translation>
    </message>
    <message>
      <location filename="caseworker/domain/mail.py" line="190" />
      <source>Sending failed: {reason}</source>
      <translation>فشل الإرسال: {reason}</translation>
    </message>
    <message>
      <location filename="caseworker/correspondence.py" line="183" />
      <source>Sending was interrupted.</source>
      <translation>انقطع الإرسال.</translation>
    </message>
    <message>
      <location filename="caseworker/correspondence.py" line="153" />
      <source>Sending was stopped.</source>
      <translation>أُوقف الإرسال.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/mail.py" line="47" />
      <source>Sent</source>
      <translation>مُرسَل</translation>
    </message>
    <message>
      <location filename="caseworker/domain/meetings.py" line="44" />
      <source>Sent apologies</source>
      <translation>اعتذر عن الحضور</translation>
    </message>
    <message>
      <location filename="caseworker/reports/formatting.py" line="32" />
      <source>Sep</source>
      <translation>سبتمبر</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/receipts.py" line="183" />
      <source>Serial No.</source>
      <translation>الرقم التسلسلي</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/meetings.py" line="94" />
      <source>Series</source>
      <translation>سلسلة</translation>
    </message>
    <message>
      <location filename="caseworker/domain/aid.py" line="56" />
      <source>Service</source>
      <translation>خدمة</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/dashboard.py" line="296" />
      <source>Service quality</source>
      <translation>جودة الخدمة</translation>
    </message>
    <message>
      <location filename="caseworker/domain/clients.py" line="51" />
      <source>Share with partner agencies</source>
      <translation>المشاركة مع الجهات الشريكة</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/grants.py" line="202" />
      <location filename="caseworker/reports/documents/meetings.py" line="214" />
      <source>Signature</source>
      <translation>التوقيع</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/meetings.py" line="220" />
      <source>Signed by the chair</source>
      <translation>وقّعه الرئيس</translation>
    </message>
    <message>
      <source>Site visit</source>
      <translation type="obsolete">زيارة ميدانية</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/import_wizard.py" line="61" />
      <source>Skip</source>
      <translation>تخطٍّ</translation>
    </message>
    <message>
      <location filename="caseworker/domain/errors.py" line="49" />
      <source>Some values need correcting.</source>
      <translation>بعض القيم تحتاج إلى تصحيح.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/org.py" line="56" />
      <source>South Africa</source>
      <translation>جنوب أفريقيا</translation>
    </message>
    <message>
      <location filename="caseworker/domain/org.py" line="57" />
      <source>Spain</source>
      <translation>إسبانيا</translation>
    </message>
    <message>
      <location filename="caseworker/domain/introductions.py" line="38" />
      <source>Spanish</source>
      <translation>الإسبانية</translation>
    </message>
    <message>
      <location filename="caseworker/domain/cases.py" line="114" />
      <source>Specialist</source>
      <translation>متخصص</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/grants.py" line="109" />
      <source>Spending against budget</source>
      <translation>الإنفاق مقابل الميزانية</translation>
    </message>
    <message>
      <location filename="caseworker/services/grants.py" line="522" />
      <source>Spending is recorded on an awarded grant that is not closed.</source>
      <translation>يُسجَّل الإنفاق على منحة ممنوحة غير مغلقة.</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/grant_outputs.py" line="62" />
      <source>Spent from this grant</source>
      <translation>المصروف من هذه المنحة</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/grants.py" line="248" />
      <source>Spent to date</source>
      <translation>المصروف حتى تاريخه</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/gift_aid.py" line="75" />
      <source>Sponsored</source>
      <translation>برعاية</translation>
    </message>
    <message>
      <location filename="caseworker/services/paperwork.py" line="594" />
      <source>Staff</source>
      <translation>موظف</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/grants.py" line="221" />
      <source>Stage</source>
      <translation>المرحلة</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/case_summary.py" line="121" />
      <location filename="caseworker/reports/documents/grants.py" line="275" />
      <source>State</source>
      <translation>الوضع</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/giving_statements.py" line="26" />
      <source>Statement {donor}</source>
      <translation>كشف {donor}</translation>
    </message>
    <message>
      <location filename="caseworker/domain/cases.py" line="111" />
      <location filename="caseworker/domain/templates.py" line="130" />
      <location filename="caseworker/reports/documents/aid_statement.py" line="91" />
      <source>Status</source>
      <translation>الوضع</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/case_summary.py" line="111" />
      <source>Status history</source>
      <translation>سجل تغيّر الوضع</translation>
    </message>
    <message>
      <location filename="caseworker/services/case_timeline.py" line="143" />
      <source>Status: {before} → {after}</source>
      <translation>الحالة: {before} ← {after}</translation>
    </message>
    <message>
      <location filename="caseworker/domain/clients.py" line="51" />
      <source>Store personal data</source>
      <translation>تخزين البيانات الشخصية</translation>
    </message>
    <message>
      <location filename="caseworker/services/grants.py" line="181" />
      <source>Submission deadline</source>
      <translation>الموعد النهائي للتقديم</translation>
    </message>
    <message>
      <location filename="caseworker/domain/grants.py" line="38" />
      <source>Submitted</source>
      <translation>مقدَّم</translation>
    </message>
    <message>
      <location filename="caseworker/domain/grant_reports.py" line="26" />
      <source>Submitted late</source>
      <translation>قُدِّم متأخرًا</translation>
    </message>
    <message>
      <location filename="caseworker/domain/grant_reports.py" line="25" />
      <source>Submitted on time</source>
      <translation>قُدِّم في الموعد</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/dashboard.py" line="372" />
      <source>Success rate</source>
      <translation>نسبة النجاح</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/dashboard.py" line="362" />
      <source>Success rate (of decided)</source>
      <translation>نسبة النجاح (من المبتّ فيها)</translation>
    </message>
    <message>
      <location filename="caseworker/domain/guard.py" line="143" />
      <location filename="caseworker/domain/recurrence.py" line="142" />
      <source>Sunday</source>
      <translation>الأحد</translation>
    </message>
    <message>
      <location filename="caseworker/domain/service_quality.py" line="50" />
      <location filename="caseworker/domain/service_quality.py" line="323" />
      <source>Support level</source>
      <translation>مستوى الدعم</translation>
    </message>
    <message>
      <location filename="caseworker/domain/org.py" line="58" />
      <source>Sweden</source>
      <translation>السويد</translation>
    </message>
    <message>
      <location filename="caseworker/domain/org.py" line="59" />
      <source>Switzerland</source>
      <translation>سويسرا</translation>
    </message>
    <message>
      <location filename="caseworker/domain/imports.py" line="51" />
      <source>Tab</source>
      <translation>علامة جدولة</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/grants.py" line="143" />
      <source>Target</source>
      <translation>الهدف</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/receipts.py" line="172" />
      <source>Tax ID (EIN)</source>
      <translation>الرقم الضريبي (EIN)</translation>
    </message>
    <message>
      <location filename="caseworker/domain/service_quality.py" line="48" />
      <source>Team</source>
      <translation>الفريق</translation>
    </message>
    <message>
      <source>Text message</source>
      <translation type="obsolete">رسالة نصية</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/receipts.py" line="151" />
      <location filename="caseworker/reports/documents/receipts.py" line="223" />
      <source>Thank you for your gift to {organisation}.</source>
      <translation>شكرًا لتبرعك إلى {organisation}.</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/giving_statements.py" line="82" />
      <source>Thank you for your support of {organisation}.</source>
      <translation>شكرًا لدعمك {organisation}.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/templates.py" line="74" />
      <source>Thank-you</source>
      <translation>شكر</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/receipts.py" line="82" />
      <source>Thanks to your Gift Aid declaration, {charity} can claim {value} from HMRC on these gifts, at no extra cost to you.</source>
      <translation>بفضل إقرار Gift Aid الخاص بك، يمكن لـ {charity} المطالبة بـ {value} من HMRC على هذه التبرعات، دون أي تكلفة إضافية عليك.</translation>
    </message>
    <message>
      <location filename="caseworker/services/aid.py" line="157" />
      <source>That amount is larger than any single disbursement can be.</source>
      <translation>هذا المبلغ أكبر من أن يكون لصرف واحد.</translation>
    </message>
    <message>
      <location filename="caseworker/services/cases.py" line="102" />
      <source>That client was not found.</source>
      <translation>لم يُعثر على ذلك المستفيد.</translation>
    </message>
    <message>
      <location filename="caseworker/services/gifts.py" line="302" />
      <location filename="caseworker/services/gifts.py" line="245" />
      <source>That donor no longer exists.</source>
      <translation>ذلك المتبرع لم يعد موجودًا.</translation>
    </message>
    <message>
      <location filename="caseworker/services/donors.py" line="432" />
      <source>That household no longer exists.</source>
      <translation>تلك الأسرة لم تعد موجودة.</translation>
    </message>
    <message>
      <location filename="caseworker/services/gifts.py" line="300" />
      <source>That schedule belongs to another donor.</source>
      <translation>ذلك الجدول يخص متبرعًا آخر.</translation>
    </message>
    <message>
      <location filename="caseworker/db/keystore.py" line="721" />
      <source>The account '{name}' was saved, but the key file {path} could not be written ({detail}): once the disk has space, an administrator resets its password.</source>
      <translation>حُفظ الحساب '{name}'، لكن تعذّرت كتابة ملف المفاتيح {path} ‏({detail}): بعد توفر مساحة على القرص، يعيد مسؤول النظام تعيين كلمة مروره.</translation>
    </message>
    <message>
      <location filename="caseworker/services/accounts.py" line="326" />
      <source>The account was deactivated and can no longer sign in, but the database key was not changed: {detail} Then choose Rotate keys in Settings.</source>
      <translation>أُوقف الحساب ولم يعد بإمكانه تسجيل الدخول، لكن مفتاح قاعدة البيانات لم يتغير: {detail} ثم اختر «تدوير المفاتيح» في الإعدادات.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/errors.py" line="19" />
      <source>The action could not be completed.</source>
      <translation>تعذّر إكمال الإجراء.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/gifts.py" line="225" />
      <source>The advantage cannot be worth more than the gift.</source>
      <translation>لا يمكن أن تكون قيمة المنفعة أكبر من التبرع.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/imports.py" line="461" />
      <location filename="caseworker/domain/inputs.py" line="102" />
      <source>The amount cannot be negative.</source>
      <translation>لا يمكن أن يكون المبلغ سالبًا.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/inputs.py" line="104" />
      <location filename="caseworker/domain/inputs.py" line="121" />
      <location filename="caseworker/domain/inputs.py" line="145" />
      <source>The amount is too large: at most {max}.</source>
      <translation>المبلغ كبير جدًا: {max} على الأكثر.</translation>
    </message>
    <message>
      <location filename="caseworker/services/aid.py" line="155" />
      <source>The amount must be more than zero.</source>
      <translation>يجب أن يكون المبلغ أكبر من صفر.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/templates.py" line="109" />
      <source>The appeal it answered</source>
      <translation>الحملة التي استجاب لها</translation>
    </message>
    <message>
      <location filename="caseworker/db/backup.py" line="142" />
      <source>The backup could not be written: {detail}</source>
      <translation>تعذّرت كتابة النسخة الاحتياطية: {detail}</translation>
    </message>
    <message>
      <location filename="caseworker/db/backup.py" line="145" />
      <source>The backup did not pass its check; the original is untouched.</source>
      <translation>لم تجتز النسخة الاحتياطية التحقق؛ والأصل لم يُمس.</translation>
    </message>
    <message>
      <location filename="caseworker/services/backups.py" line="131" />
      <source>The backup {name} did not pass its check: {problem}. Nothing was restored.</source>
      <translation>لم تجتز النسخة الاحتياطية {name} التحقق: {problem}. لم يُستعد شيء.</translation>
    </message>
    <message>
      <location filename="caseworker/services/gifts.py" line="224" />
      <source>The batch has no gifts.</source>
      <translation>لا توجد تبرعات في الدفعة.</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/grants.py" line="185" />
      <source>The budget lines add up to the award of {award}.</source>
      <translation>مجموع بنود الميزانية يساوي المنحة البالغة {award}.</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/grants.py" line="192" />
      <source>The budget lines add up to {budget}, {gap} more than the award of {award}.</source>
      <translation>مجموع بنود الميزانية {budget}، أي أكثر بـ {gap} من المنحة البالغة {award}.</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/grants.py" line="188" />
      <source>The budget lines add up to {budget}; the award is {award}: {gap} of the award is not yet allocated to a budget line.</source>
      <translation>مجموع بنود الميزانية {budget}؛ والمنحة {award}: لم يُخصص {gap} من المنحة لبند ميزانية بعد.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/grants.py" line="143" />
      <source>The budget would total {total}, more than the {awarded} awarded.</source>
      <translation>سيبلغ إجمالي الميزانية {total}، أي أكثر من المبلغ الممنوح {awarded}.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/cases.py" line="211" />
      <source>The case is already waiting on them.</source>
      <translation>الحالة بانتظارهم بالفعل.</translation>
    </message>
    <message>
      <location filename="caseworker/services/case_handoffs.py" line="62" />
      <source>The case is already with this worker.</source>
      <translation>الحالة مع هذا الأخصائي بالفعل.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/care.py" line="365" />
      <source>The client asked for {preferred}, not {chosen}.</source>
      <translation>طلب المستفيد {preferred}، وليس {chosen}.</translation>
    </message>
    <message>
      <location filename="caseworker/services/case_timeline.py" line="155" />
      <source>The client was introduced to their worker and team</source>
      <translation>عُرّف المستفيد بأخصائيه وفريقه</translation>
    </message>
    <message>
      <location filename="caseworker/domain/introductions.py" line="276" />
      <source>The client was introduced to their worker and team ({language}); there is no e-mail, address or phone number to send it by</source>
      <translation>عُرّف المستفيد بأخصائيه وفريقه ({language})؛ ولا يوجد بريد إلكتروني أو عنوان أو رقم هاتف لإرسال التعريف</translation>
    </message>
    <message>
      <location filename="caseworker/domain/introductions.py" line="272" />
      <source>The client was introduced to their worker and team: a call to make, with a script in {language} in a task</source>
      <translation>عُرّف المستفيد بأخصائيه وفريقه: مكالمة يجب إجراؤها، مع نصها باللغة {language} في مهمة</translation>
    </message>
    <message>
      <location filename="caseworker/domain/introductions.py" line="270" />
      <source>The client was introduced to their worker and team: a letter in {language} waits in the outbox to be printed</source>
      <translation>عُرّف المستفيد بأخصائيه وفريقه: رسالة ورقية باللغة {language} بانتظار الطباعة في صندوق الصادر</translation>
    </message>
    <message>
      <location filename="caseworker/domain/introductions.py" line="274" />
      <source>The client was introduced to their worker and team: a text message in {language} to send, in a task</source>
      <translation>عُرّف المستفيد بأخصائيه وفريقه: رسالة نصية باللغة {language} يجب إرسالها، في مهمة</translation>
    </message>
    <message>
      <location filename="caseworker/domain/introductions.py" line="268" />
      <source>The client was introduced to their worker and team: an e-mail in {language} is in the outbox</source>
      <translation>عُرّف المستفيد بأخصائيه وفريقه: بريد إلكتروني باللغة {language} في صندوق الصادر</translation>
    </message>
    <message>
      <location filename="caseworker/services/gift_aid.py" line="130" />
      <source>The confirmation letter cannot be sent before the declaration was made.</source>
      <translation>لا يمكن إرسال خطاب التأكيد قبل تقديم الإقرار.</translation>
    </message>
    <message>
      <location filename="caseworker/db/database.py" line="274" />
      <source>The connection to the database server was lost.</source>
      <translation>انقطع الاتصال بخادم قاعدة البيانات.</translation>
    </message>
    <message>
      <location filename="caseworker/services/touchpoints.py" line="82" />
      <source>The contact guard blocked this contact: {reasons}</source>
      <translation>حظر حارس التواصل هذا التواصل: {reasons}</translation>
    </message>
    <message>
      <location filename="caseworker/services/accounts.py" line="387" />
      <source>The current password is not correct.</source>
      <translation>كلمة المرور الحالية غير صحيحة.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/errors.py" line="88" />
      <source>The database could not complete the action.</source>
      <translation>تعذّر على قاعدة البيانات إكمال الإجراء.</translation>
    </message>
    <message>
      <location filename="caseworker/db/check.py" line="24" />
      <source>The database file is damaged ({detail}).</source>
      <translation>ملف قاعدة البيانات تالف ({detail}).</translation>
    </message>
    <message>
      <location filename="caseworker/db/check.py" line="47" />
      <source>The database file is damaged ({detail}). The newest good backup is {backup}: restore it to carry on from that point.</source>
      <translation>ملف قاعدة البيانات تالف ({detail}). أحدث نسخة احتياطية سليمة هي {backup}: استعدها للمتابعة من تلك النقطة.</translation>
    </message>
    <message>
      <location filename="caseworker/db/database.py" line="289" />
      <source>The database file is damaged or is not a Caseworker database.</source>
      <translation>ملف قاعدة البيانات تالف أو ليس قاعدة بيانات Caseworker.</translation>
    </message>
    <message>
      <location filename="caseworker/db/check.py" line="42" />
      <source>The database file {database} is damaged ({detail}).
No good backup was found in {folder}.
Keep the file as it is and ask whoever looks after your computers to restore it from another copy.</source>
      <translation>ملف قاعدة البيانات {database} تالف ({detail}).
لم يُعثر على نسخة احتياطية سليمة في {folder}.
اترك الملف كما هو واطلب من المسؤول عن أجهزتك استعادته من نسخة أخرى.</translation>
    </message>
    <message>
      <location filename="caseworker/db/check.py" line="36" />
      <source>The database file {database} is damaged ({detail}).
The newest good backup is {backup}.
Restore it to carry on from that point: caseworker restore-backup --db {database} --user NAME (the damaged file is kept beside it).</source>
      <translation>ملف قاعدة البيانات {database} تالف ({detail}).
أحدث نسخة احتياطية سليمة هي {backup}.
استعدها للمتابعة من تلك النقطة: caseworker restore-backup --db {database} --user NAME (يُحتفظ بالملف التالف بجانبها).</translation>
    </message>
    <message>
      <location filename="caseworker/db/open.py" line="129" />
      <source>The database file {path} is missing, but its key file is there. Restore the database from a backup, or move the key file away to start a new database.</source>
      <translation>ملف قاعدة البيانات {path} مفقود، لكن ملف مفاتيحه موجود. استعد قاعدة البيانات من نسخة احتياطية، أو انقل ملف المفاتيح بعيدًا لبدء قاعدة بيانات جديدة.</translation>
    </message>
    <message>
      <location filename="caseworker/db/keystore.py" line="125" />
      <source>The database is encrypted but its key file {path} is missing. Restore the key file from the same backup as the database (it is kept beside each backup).</source>
      <translation>قاعدة البيانات مشفرة لكن ملف مفاتيحها {path} مفقود. استعد ملف المفاتيح من النسخة الاحتياطية نفسها التي أُخذت منها قاعدة البيانات (يُحفظ بجانب كل نسخة احتياطية).</translation>
    </message>
    <message>
      <location filename="caseworker/db/encrypt.py" line="79" />
      <location filename="caseworker/db/encrypt.py" line="77" />
      <source>The database is in use: close Caseworker everywhere and try again.</source>
      <translation>قاعدة البيانات قيد الاستخدام: أغلق Caseworker في كل مكان وحاول مجددًا.</translation>
    </message>
    <message>
      <location filename="caseworker/services/demo_database.py" line="41" />
      <source>The database is not empty; demo data goes into a new database.</source>
      <translation>قاعدة البيانات ليست فارغة؛ توضع بيانات العرض التجريبي في قاعدة بيانات جديدة.</translation>
    </message>
    <message>
      <location filename="caseworker/db/database.py" line="291" />
      <source>The database is read-only: nothing was saved.</source>
      <translation>قاعدة البيانات للقراءة فقط: لم يُحفظ شيء.</translation>
    </message>
    <message>
      <location filename="caseworker/db/location.py" line="42" />
      <source>The database location contains a NUL character.</source>
      <translation>موقع قاعدة البيانات يحتوي على حرف NUL.</translation>
    </message>
    <message>
      <location filename="caseworker/db/database.py" line="303" />
      <source>The database reported a problem: {detail}</source>
      <translation>أبلغت قاعدة البيانات عن مشكلة: {detail}</translation>
    </message>
    <message>
      <location filename="caseworker/db/db_roles.py" line="157" />
      <source>The database role '{role}' does not own the tables, so it cannot grant them: run this with the database URL of the owner (the role that runs migrations).</source>
      <translation>دور قاعدة البيانات '{role}' لا يملك الجداول، فلا يستطيع منح الصلاحيات عليها: شغّل هذا بعنوان قاعدة البيانات الخاص بالمالك (الدور الذي يطبّق الترحيلات).</translation>
    </message>
    <message>
      <location filename="caseworker/db/db_roles.py" line="131" />
      <source>The database role '{role}' may not create or change roles: run this with the database URL of the owner (the role that runs migrations), which needs CREATEROLE.</source>
      <translation>لا يجوز لدور قاعدة البيانات '{role}' إنشاء الأدوار أو تغييرها: شغّل هذا بعنوان قاعدة البيانات الخاص بالمالك (الدور الذي يطبّق الترحيلات)، ويلزمه CREATEROLE.</translation>
    </message>
    <message>
      <location filename="caseworker/db/database.py" line="299" />
      <source>The database server could not be reached.</source>
      <translation>تعذّر الوصول إلى خادم قاعدة البيانات.</translation>
    </message>
    <message>
      <location filename="caseworker/db/database.py" line="297" />
      <source>The database server has no database of that name.</source>
      <translation>لا توجد على خادم قاعدة البيانات قاعدة بيانات بهذا الاسم.</translation>
    </message>
    <message>
      <location filename="caseworker/db/database.py" line="295" />
      <source>The database server refused the user name or password in the database URL.</source>
      <translation>رفض خادم قاعدة البيانات اسم المستخدم أو كلمة المرور الواردين في عنوان URL لقاعدة البيانات.</translation>
    </message>
    <message>
      <location filename="caseworker/db/database.py" line="154" />
      <source>The database server refused your own database role '{role}'. Its password is set when yours is: ask an administrator to reset your password (or sign in once on a laptop whose database URL names the database's owner).</source>
      <translation>رفض خادم قاعدة البيانات دورك الخاص '{role}'. تُضبط كلمة مروره عند ضبط كلمة مرورك: اطلب من مسؤول النظام إعادة تعيين كلمة مرورك (أو سجّل الدخول مرة على جهاز يسمّي عنوانُ قاعدة بياناته مالكَ القاعدة).</translation>
    </message>
    <message>
      <location filename="caseworker/db/unlocking.py" line="22" />
      <source>The database {location} is encrypted: sign in to open it.</source>
      <translation>قاعدة البيانات {location} مشفرة: سجّل الدخول لفتحها.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/templates.py" line="134" />
      <source>The date and time of the next appointment (empty when none)</source>
      <translation>تاريخ الموعد التالي ووقته (فارغ إن لم يوجد)</translation>
    </message>
    <message>
      <location filename="caseworker/domain/imports.py" line="400" />
      <source>The date is empty.</source>
      <translation>التاريخ فارغ.</translation>
    </message>
    <message>
      <location filename="caseworker/services/grants.py" line="276" />
      <source>The decision is expected before the deadline.</source>
      <translation>يُتوقع القرار قبل الموعد النهائي.</translation>
    </message>
    <message>
      <location filename="caseworker/services/demo_database.py" line="26" />
      <source>The demo was not made: it was cancelled.</source>
      <translation>لم تُنشأ النسخة التجريبية: أُلغيت.</translation>
    </message>
    <message>
      <location filename="caseworker/services/grants.py" line="535" />
      <source>The disbursement is in {currency}; the grant is in {grant_currency}.</source>
      <translation>الصرف بعملة {currency}؛ والمنحة بعملة {grant_currency}.</translation>
    </message>
    <message>
      <location filename="caseworker/db/database.py" line="301" />
      <source>The disk holding the database could not be read or written (disk I/O error): nothing was saved. Check the disk or network drive and try again.</source>
      <translation>تعذّرت القراءة من القرص الذي يحمل قاعدة البيانات أو الكتابة عليه (خطأ إدخال/إخراج): لم يُحفظ شيء. افحص القرص أو محرك الشبكة وحاول مجددًا.</translation>
    </message>
    <message>
      <location filename="caseworker/db/database.py" line="285" />
      <source>The disk is full: nothing was saved. Free some space and try again.</source>
      <translation>القرص ممتلئ: لم يُحفظ شيء. حرّر بعض المساحة وحاول مجددًا.</translation>
    </message>
    <message>
      <location filename="caseworker/db/backup.py" line="140" />
      <source>The disk is full: the backup was not written. Free some space and try again.</source>
      <translation>القرص ممتلئ: لم تُكتب النسخة الاحتياطية. حرّر بعض المساحة وحاول مجددًا.</translation>
    </message>
    <message>
      <location filename="caseworker/outputs.py" line="169" />
      <source>The disk is full: {path} was not written. Free some space and try again.</source>
      <translation>القرص ممتلئ: لم يُكتب {path}. حرّر بعض المساحة وحاول مجددًا.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/gifts.py" line="238" />
      <source>The donor cannot be soft-credited for their own gift.</source>
      <translation>لا يمكن نسب تبرع المتبرع إليه نفسه نسبًا غير مباشر.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/care.py" line="145" />
      <source>The due time has no time zone.</source>
      <translation>موعد الاستحقاق بلا منطقة زمنية.</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/giving_statements.py" line="77" />
      <source>The eligible amount is the value of each gift less any goods or services you received in return. Receipts already issued are listed by number.</source>
      <translation>المبلغ المؤهل هو قيمة كل تبرع مطروحًا منها أي سلع أو خدمات تلقيتها في المقابل. الإيصالات الصادرة سابقًا مدرجة بأرقامها.</translation>
    </message>
    <message>
      <location filename="caseworker/db/encrypt.py" line="60" />
      <source>The encrypted copy did not pass its check; the original is untouched.</source>
      <translation>لم تجتز النسخة المشفرة التحقق؛ والأصل لم يُمس.</translation>
    </message>
    <message>
      <location filename="caseworker/db/encrypt.py" line="66" />
      <source>The encrypted copy differs from the original; the original is untouched.</source>
      <translation>تختلف النسخة المشفرة عن الأصل؛ والأصل لم يُمس.</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/meeting_detail.py" line="394" />
      <source>The file could not be written: {reason}</source>
      <translation>تعذّرت كتابة الملف: {reason}</translation>
    </message>
    <message>
      <location filename="caseworker/domain/imports.py" line="304" />
      <source>The file has no column '{column}'.</source>
      <translation>لا يحتوي الملف على العمود '{column}'.</translation>
    </message>
    <message>
      <location filename="caseworker/services/imports.py" line="211" />
      <source>The file has no header line: the first line must name the columns.</source>
      <translation>لا يحتوي الملف على سطر عناوين: يجب أن يسمّي السطر الأول الأعمدة.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/clients.py" line="653" />
      <source>The file is empty.</source>
      <translation>الملف فارغ.</translation>
    </message>
    <message>
      <location filename="caseworker/services/spreadsheets.py" line="83" />
      <location filename="caseworker/services/spreadsheets.py" line="147" />
      <source>The file is not {encoding} throughout (after line {line}): choose another encoding.</source>
      <translation>الملف ليس بترميز {encoding} بالكامل (بعد السطر {line}): اختر ترميزًا آخر.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/clients.py" line="661" />
      <source>The file is {size} MB; attachments can be at most {limit} MB.</source>
      <translation>حجم الملف {size} ميغابايت؛ ويمكن أن تبلغ المرفقات {limit} ميغابايت على الأكثر.</translation>
    </message>
    <message>
      <location filename="caseworker/db/open.py" line="212" />
      <source>The file {part}, which holds part of the database {path}, is missing. Put it back from the same backup as the database (backups keep it beside them).</source>
      <translation>الملف {part}، الذي يحفظ جزءاً من قاعدة البيانات {path}، مفقود. أعده من النسخة الاحتياطية نفسها التي أُخذت منها قاعدة البيانات (تحفظه النسخ الاحتياطية بجانبها).</translation>
    </message>
    <message>
      <location filename="caseworker/outputs.py" line="175" />
      <source>The folder {folder} cannot be written to (no permission): {path} was not written.</source>
      <translation>لا يمكن الكتابة في المجلد {folder} (لا توجد صلاحية): لم يُكتب {path}.</translation>
    </message>
    <message>
      <location filename="caseworker/outputs.py" line="105" />
      <location filename="caseworker/outputs.py" line="178" />
      <source>The folder {folder} does not exist.</source>
      <translation>المجلد {folder} غير موجود.</translation>
    </message>
    <message>
      <location filename="caseworker/outputs.py" line="172" />
      <source>The folder {folder} is on a read-only disk: {path} was not written.</source>
      <translation>المجلد {folder} على قرص للقراءة فقط: لم يُكتب {path}.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/templates.py" line="108" />
      <source>The fund it went to</source>
      <translation>الصندوق الذي ذهب إليه</translation>
    </message>
    <message>
      <location filename="caseworker/domain/aid.py" line="126" />
      <source>The fund “{fund}” is closed to new disbursements.</source>
      <translation>الصندوق «{fund}» مغلق أمام المصروفات الجديدة.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/templates.py" line="106" />
      <source>The gift's amount with its currency</source>
      <translation>مبلغ التبرع مع عملته</translation>
    </message>
    <message>
      <location filename="caseworker/domain/templates.py" line="107" />
      <source>The gift's date</source>
      <translation>تاريخ التبرع</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/grants.py" line="114" />
      <source>The grant has no budget lines yet.</source>
      <translation>لا توجد بنود ميزانية لهذه المنحة بعد.</translation>
    </message>
    <message>
      <location filename="caseworker/services/grants.py" line="274" />
      <source>The grant period ends before it starts.</source>
      <translation>تنتهي فترة المنحة قبل أن تبدأ.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/templates.py" line="99" />
      <source>The household's greeting, or the salutation</source>
      <translation>تحية الأسرة، أو عبارة التحية</translation>
    </message>
    <message>
      <location filename="caseworker/services/imports.py" line="335" />
      <source>The import cannot be undone: these records were changed after it: {records}. Nothing was undone.</source>
      <translation>لا يمكن التراجع عن الاستيراد: تغيّرت هذه السجلات بعده: {records}. لم يُتراجع عن شيء.</translation>
    </message>
    <message>
      <location filename="caseworker/db/keystore.py" line="141" />
      <source>The key file {path} asks for key derivation settings outside safe limits ({detail}); it may have been tampered with. Restore it from the newest backup.</source>
      <translation>يطلب ملف المفاتيح {path} إعدادات اشتقاق مفتاح خارج الحدود الآمنة ({detail})؛ وربما تم العبث به. استعده من أحدث نسخة احتياطية.</translation>
    </message>
    <message>
      <location filename="caseworker/db/keystore.py" line="135" />
      <source>The key file {path} belongs to another database, not to {database}. Put the key file that was saved with this database beside it (a backup's key file is named after the backup).</source>
      <translation>ملف المفاتيح {path} يخص قاعدة بيانات أخرى، وليس {database}. ضع بجانبها ملف المفاتيح الذي حُفظ مع قاعدة البيانات هذه (يُسمّى ملف مفاتيح النسخة الاحتياطية باسم النسخة).</translation>
    </message>
    <message>
      <location filename="caseworker/db/open.py" line="123" />
      <source>The key file {path} holds no keys for the new files.</source>
      <translation>ملف المفاتيح {path} لا يحتوي على مفاتيح للملفات الجديدة.</translation>
    </message>
    <message>
      <location filename="caseworker/db/keystore.py" line="131" />
      <source>The key file {path} is damaged. Restore it from the newest backup.</source>
      <translation>ملف المفاتيح {path} تالف. استعده من أحدث نسخة احتياطية.</translation>
    </message>
    <message>
      <location filename="caseworker/db/keystore.py" line="663" />
      <location filename="caseworker/db/keystore.py" line="811" />
      <source>The key file {path} stayed locked by another program; try again in a moment.</source>
      <translation>بقي ملف المفاتيح {path} مقفلًا من برنامج آخر؛ حاول مجددًا بعد قليل.</translation>
    </message>
    <message>
      <location filename="caseworker/services/ics.py" line="67" />
      <source>The last day is before the first.</source>
      <translation>اليوم الأخير قبل الأول.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/org.py" line="145" />
      <source>The logo file is larger than 2 MB.</source>
      <translation>ملف الشعار أكبر من 2 ميغابايت.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/org.py" line="147" />
      <source>The logo must be a PNG or JPEG picture.</source>
      <translation>يجب أن يكون الشعار صورة PNG أو JPEG.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/mail.py" line="171" />
      <source>The mail server answered {code}: {reply}</source>
      <translation>أجاب خادم البريد {code}: {reply}</translation>
    </message>
    <message>
      <location filename="caseworker/domain/mail.py" line="165" />
      <source>The mail server did not accept the user name and password ({code}).</source>
      <translation>لم يقبل خادم البريد اسم المستخدم وكلمة المرور ({code}).</translation>
    </message>
    <message>
      <location filename="caseworker/domain/mail.py" line="168" />
      <source>The mail server does not offer what the settings ask for: {reply}</source>
      <translation>لا يوفر خادم البريد ما تطلبه الإعدادات: {reply}</translation>
    </message>
    <message>
      <location filename="caseworker/domain/mail.py" line="158" />
      <source>The mail server refused the address {address}: {code} {reply}</source>
      <translation>رفض خادم البريد العنوان {address}: {code} {reply}</translation>
    </message>
    <message>
      <location filename="caseworker/domain/mail.py" line="161" />
      <source>The mail server refused the sender address {address}: {code} {reply}</source>
      <translation>رفض خادم البريد عنوان المرسل {address}: {code} {reply}</translation>
    </message>
    <message>
      <location filename="caseworker/domain/mail.py" line="175" />
      <source>The mail server {host}:{port} closed the connection.</source>
      <translation>أغلق خادم البريد {host}:{port} الاتصال.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/mail.py" line="188" />
      <source>The mail server {host}:{port} could not be reached: {reason}</source>
      <translation>تعذّر الوصول إلى خادم البريد {host}:{port}: {reason}</translation>
    </message>
    <message>
      <location filename="caseworker/domain/mail.py" line="183" />
      <source>The mail server {host}:{port} did not answer in time.</source>
      <translation>لم يستجب خادم البريد {host}:{port} في الوقت المحدد.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/mail.py" line="180" />
      <source>The mail server's name {host} could not be found (no network, or a typing mistake).</source>
      <translation>تعذّر العثور على اسم خادم البريد {host} (لا توجد شبكة، أو يوجد خطأ كتابي).</translation>
    </message>
    <message>
      <location filename="caseworker/db/secrets.py" line="33" />
      <source>The mail server's password was saved on another computer or under another key: enter it again in Settings.</source>
      <translation>حُفظت كلمة مرور خادم البريد على حاسوب آخر أو بمفتاح آخر: أدخلها مجددًا في الإعدادات.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/imports.py" line="289" />
      <source>The mapping must be a JSON object.</source>
      <translation>يجب أن تكون المطابقة كائن JSON.</translation>
    </message>
    <message>
      <location filename="caseworker/services/imports.py" line="243" />
      <source>The mapping names {mapped} columns but the file has {found}.</source>
      <translation>تسمّي المطابقة {mapped} عمودًا لكن الملف يحتوي على {found}.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/imports.py" line="292" />
      <source>The mapping's "columns" must map column names to fields.</source>
      <translation>يجب أن يربط "columns" في المطابقة أسماء الأعمدة بالحقول.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/meetings.py" line="218" />
      <source>The meeting ends before it starts.</source>
      <translation>ينتهي الاجتماع قبل أن يبدأ.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/org.py" line="170" />
      <source>The name can have at most {n} characters.</source>
      <translation>يمكن أن يتكون الاسم من {n} حرفًا على الأكثر.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/templates.py" line="121" />
      <source>The name they go by</source>
      <translation>الاسم الذي يُعرف به</translation>
    </message>
    <message>
      <location filename="caseworker/services/grants.py" line="683" />
      <location filename="caseworker/services/grants.py" line="683" />
      <source>The organisation</source>
      <translation>المنظمة</translation>
    </message>
    <message>
      <location filename="caseworker/domain/guard.py" line="583" />
      <source>The organisation has paused contact of this kind from {start} to {end}.</source>
      <translation>أوقفت المنظمة التواصل من هذا النوع من {start} إلى {end}.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/templates.py" line="144" />
      <source>The organisation's name</source>
      <translation>اسم المنظمة</translation>
    </message>
    <message>
      <location filename="caseworker/domain/clients.py" line="596" />
      <source>The outcome cannot come before the referral ({day}).</source>
      <translation>لا يمكن أن تسبق النتيجة الإحالة ({day}).</translation>
    </message>
    <message>
      <location filename="caseworker/domain/clients.py" line="594" />
      <source>The outcome date cannot be in the future.</source>
      <translation>لا يمكن أن يكون تاريخ النتيجة في المستقبل.</translation>
    </message>
    <message>
      <location filename="caseworker/outputs.py" line="86" />
      <source>The output file name contains a NUL character.</source>
      <translation>اسم ملف الإخراج يحتوي على حرف NUL.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/donors.py" line="393" />
      <source>The pause ends ({end}) before it starts ({start}).</source>
      <translation>ينتهي التوقف ({end}) قبل أن يبدأ ({start}).</translation>
    </message>
    <message>
      <location filename="caseworker/services/gift_aid.py" line="196" />
      <location filename="caseworker/services/paperwork.py" line="122" />
      <location filename="caseworker/services/statistics.py" line="342" />
      <source>The period ends before it starts.</source>
      <translation>تنتهي الفترة قبل أن تبدأ.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/mail.py" line="104" />
      <source>The port is a number from 1 to 65535.</source>
      <translation>المنفذ رقم من 1 إلى 65535.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/clients.py" line="340" />
      <source>The preferred channel needs a phone number.</source>
      <translation>تحتاج القناة المفضلة إلى رقم هاتف.</translation>
    </message>
    <message>
      <location filename="caseworker/services/aid.py" line="165" />
      <source>The purpose can have at most {n} characters.</source>
      <translation>يمكن أن يتكون الغرض من {n} حرفًا على الأكثر.</translation>
    </message>
    <message>
      <location filename="caseworker/services/board.py" line="174" />
      <location filename="caseworker/services/board.py" line="133" />
      <source>The quorum is a number of people, 1 or more.</source>
      <translation>النصاب عدد أشخاص، 1 أو أكثر.</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/meetings.py" line="118" />
      <source>The quorum is {quorum}: the meeting was not quorate, so its decisions need confirming.</source>
      <translation>النصاب {quorum}: لم يكتمل نصاب الاجتماع، لذا تحتاج قراراته إلى تأكيد.</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/meetings.py" line="117" />
      <source>The quorum is {quorum}: the meeting was quorate.</source>
      <translation>النصاب {quorum}: اكتمل نصاب الاجتماع.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/guard.py" line="174" />
      <source>The range ends ({end}) before it starts ({start}).</source>
      <translation>ينتهي النطاق ({end}) قبل أن يبدأ ({start}).</translation>
    </message>
    <message>
      <location filename="caseworker/services/aid.py" line="313" />
      <source>The reason can have at most {n} characters.</source>
      <translation>يمكن أن يتكون السبب من {n} حرفًا على الأكثر.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/care.py" line="152" />
      <source>The repeat rule is not one the app understands.</source>
      <translation>قاعدة التكرار ليست مما يفهمه التطبيق.</translation>
    </message>
    <message>
      <location filename="caseworker/services/grant_reports.py" line="63" />
      <source>The report due on {day} is already marked submitted.</source>
      <translation>التقرير المستحق في {day} معلَّم بالفعل كمقدَّم.</translation>
    </message>
    <message>
      <location filename="caseworker/services/aid.py" line="141" />
      <source>The restrictions text is too long or contains a NUL character.</source>
      <translation>نص القيود طويل جدًا أو يحتوي على حرف NUL.</translation>
    </message>
    <message>
      <location filename="caseworker/db/db_roles.py" line="107" />
      <source>The role prefix '{prefix}' must be 2 to 30 lower-case letters, digits or underscores, starting with a letter.</source>
      <translation>يجب أن تكون بادئة الأدوار '{prefix}' من 2 إلى 30 حرفًا لاتينيًا صغيرًا أو رقمًا أو شرطة سفلية، وأن تبدأ بحرف.</translation>
    </message>
    <message>
      <location filename="caseworker/services/accounts.py" line="300" />
      <source>The roles were changed, but the keys of what the person no longer reads were not: {detail} Then choose Rotate keys in Settings.</source>
      <translation>تم تغيير الأدوار، لكن مفاتيح ما لم يعد الشخص يقرؤه لم تتغير: {detail} ثم اختر تدوير المفاتيح في الإعدادات.</translation>
    </message>
    <message>
      <location filename="caseworker/services/imports.py" line="800" />
      <source>The row does not say whose gift it is.</source>
      <translation>لا يذكر الصف لمن هذا التبرع.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/guard_scenario.py" line="70" />
      <source>The scenario has no proposal.</source>
      <translation>لا يتضمن السيناريو اقتراحًا.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/gifts.py" line="279" />
      <source>The schedule ends before it starts.</source>
      <translation>ينتهي الجدول قبل أن يبدأ.</translation>
    </message>
    <message>
      <location filename="caseworker/db/db_roles.py" line="491" />
      <source>The sign-in role's name may not start with the roles' prefix '{prefix}_'.</source>
      <translation>لا يجوز أن يبدأ اسم دور تسجيل الدخول ببادئة الأدوار '{prefix}_'.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/templates.py" line="140" />
      <source>The signed-in worker's name</source>
      <translation>اسم الأخصائي المسجّل الدخول</translation>
    </message>
    <message>
      <location filename="caseworker/db/split.py" line="222" />
      <source>The split copy did not pass its check; the original is untouched.</source>
      <translation>لم تجتز النسخة المقسّمة فحصها؛ الأصل لم يُمسّ.</translation>
    </message>
    <message>
      <location filename="caseworker/db/split.py" line="133" />
      <source>The split copy differs from the original; the original is untouched.</source>
      <translation>النسخة المقسّمة تختلف عن الأصل؛ الأصل لم يُمسّ.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/cases.py" line="427" />
      <source>The target is between 1 and {max} business days.</source>
      <translation>الهدف بين يوم عمل واحد و{max} يوم عمل.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/mail.py" line="112" />
      <source>The target is between 1 hour and 60 days.</source>
      <translation>الهدف بين ساعة واحدة و60 يومًا.</translation>
    </message>
    <message>
      <location filename="caseworker/services/mail.py" line="610" />
      <source>The template '{name}' is retired.</source>
      <translation>القالب '{name}' متقاعد.</translation>
    </message>
    <message>
      <location filename="caseworker/services/mail.py" line="675" />
      <location filename="caseworker/services/mail.py" line="724" />
      <source>The template '{template}' cannot be filled for {name}: {problem}</source>
      <translation>تعذّر ملء القالب '{template}' لـ {name}: {problem}</translation>
    </message>
    <message>
      <location filename="caseworker/domain/templates.py" line="211" />
      <location filename="caseworker/domain/templates.py" line="297" />
      <source>The template cannot be read at line {line}: {problem}</source>
      <translation>تعذّرت قراءة القالب عند السطر {line}: {problem}</translation>
    </message>
    <message>
      <location filename="caseworker/domain/templates.py" line="300" />
      <source>The template could not be filled in: {problem}</source>
      <translation>تعذّر ملء القالب: {problem}</translation>
    </message>
    <message>
      <location filename="caseworker/domain/templates.py" line="292" />
      <source>The template needs {field}, which this record does not have.</source>
      <translation>يحتاج القالب إلى {field}، وهو غير موجود في هذا السجل.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/templates.py" line="271" />
      <source>The template refers to {field}, which is not a merge field for {audience}.</source>
      <translation>يشير القالب إلى {field}، وهو ليس حقل دمج لـ {audience}.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/templates.py" line="295" />
      <source>The template tried to do something a template may not do.</source>
      <translation>حاول القالب فعل شيء لا يُسمح للقالب بفعله.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/inputs.py" line="175" />
      <source>The text contains a NUL character, which cannot be stored.</source>
      <translation>يحتوي النص على حرف NUL، ولا يمكن تخزينه.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/inputs.py" line="190" />
      <source>The text contains an invisible control character (U+{code}).</source>
      <translation>يحتوي النص على حرف تحكم غير مرئي (U+{code}).</translation>
    </message>
    <message>
      <location filename="caseworker/domain/inputs.py" line="177" />
      <source>The text contains broken characters that cannot be stored.</source>
      <translation>يحتوي النص على أحرف تالفة لا يمكن تخزينها.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/inputs.py" line="196" />
      <location filename="caseworker/domain/inputs.py" line="171" />
      <source>The text has {length} characters; at most {max_chars} are allowed.</source>
      <translation>يحتوي النص على {length} حرفًا؛ والمسموح {max_chars} على الأكثر.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/gifts.py" line="234" />
      <location filename="caseworker/services/gifts.py" line="205" />
      <source>The thank-you cannot be dated before the gift.</source>
      <translation>لا يمكن أن يسبق تاريخ الشكر تاريخ التبرع.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/care.py" line="335" />
      <location filename="caseworker/domain/guard.py" line="160" />
      <location filename="caseworker/domain/meetings.py" line="215" />
      <source>The time {value} has no UTC offset.</source>
      <translation>الوقت {value} بلا فرق توقيت عن UTC.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/guard.py" line="164" />
      <source>The time {value} is not between the years {first} and {last}.</source>
      <translation>الوقت {value} ليس بين السنتين {first} و{last}.</translation>
    </message>
    <message>
      <location filename="caseworker/services/accounts.py" line="184" />
      <location filename="caseworker/services/accounts.py" line="276" />
      <source>The user name '{name}' is taken.</source>
      <translation>اسم المستخدم '{name}' مأخوذ.</translation>
    </message>
    <message>
      <location filename="caseworker/db/keystore.py" line="147" />
      <location filename="caseworker/domain/errors.py" line="93" />
      <source>The user name or password is not correct.</source>
      <translation>اسم المستخدم أو كلمة المرور غير صحيحة.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/introductions.py" line="48" />
      <source>The {team} team is looking after {reference} ({title}).</source>
      <translation>يتولى فريق {team} ‏{reference} ‏({title}).</translation>
    </message>
    <message>
      <location filename="caseworker/domain/templates.py" line="141" />
      <source>Their signature block</source>
      <translation>كتلة توقيعهم</translation>
    </message>
    <message>
      <location filename="caseworker/services/receipts.py" line="105" />
      <source>There are no gifts from {year} left to receipt.</source>
      <translation>لم يتبقَّ تبرعات من {year} لإصدار إيصالات لها.</translation>
    </message>
    <message>
      <location filename="caseworker/correspondence.py" line="245" />
      <location filename="caseworker/correspondence.py" line="261" />
      <source>There are no letters waiting to be printed.</source>
      <translation>لا توجد رسائل بانتظار الطباعة.</translation>
    </message>
    <message>
      <location filename="caseworker/exports.py" line="403" />
      <source>There are no meetings in {month}.</source>
      <translation>لا توجد اجتماعات في {month}.</translation>
    </message>
    <message>
      <location filename="caseworker/exports.py" line="348" />
      <source>There are no receipts for {year}.</source>
      <translation>لا توجد إيصالات لعام {year}.</translation>
    </message>
    <message>
      <location filename="caseworker/services/case_routing.py" line="140" />
      <source>There is already a category called '{name}'.</source>
      <translation>توجد بالفعل فئة باسم '{name}'.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/guard.py" line="715" />
      <source>There is already a contact on {other}; contacts need to be at least {days} days apart.</source>
      <translation>يوجد بالفعل تواصل في {other}؛ ويجب أن يفصل بين مرات التواصل {days} يومًا على الأقل.</translation>
    </message>
    <message>
      <location filename="caseworker/services/aid.py" line="207" />
      <source>There is already a fund called “{name}”.</source>
      <translation>يوجد بالفعل صندوق باسم «{name}».</translation>
    </message>
    <message>
      <location filename="caseworker/services/organigram.py" line="154" />
      <source>There is already a team called '{name}'.</source>
      <translation>يوجد بالفعل فريق باسم '{name}'.</translation>
    </message>
    <message>
      <location filename="caseworker/services/protection.py" line="276" />
      <source>There is no backup of {database} in {folder}.</source>
      <translation>لا توجد نسخة احتياطية من {database} في {folder}.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/introductions.py" line="165" />
      <source>There is no introduction text in {asked}: it is written in {language}, the organisation's language.</source>
      <translation>لا يوجد نص تعريف باللغة {asked}: فهو مكتوب باللغة {language}، لغة المنظمة.</translation>
    </message>
    <message>
      <location filename="caseworker/services/mail.py" line="371" />
      <source>There is no template called '{name}'.</source>
      <translation>لا يوجد قالب باسم '{name}'.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/inputs.py" line="71" />
      <source>There is no year {year}: years start at 1.</source>
      <translation>لا توجد سنة {year}: تبدأ السنوات من 1.</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/giving_statements.py" line="120" />
      <source>These donors gave in the period but have no valid postal address, so no statement was made for them. Correct their address and make their statements again.</source>
      <translation>تبرّع هؤلاء المتبرعون في الفترة لكن ليس لديهم عنوان بريدي صالح، لذا لم يُعدّ كشف لهم. صحّح عناوينهم وأعدّ كشوفهم مجددًا.</translation>
    </message>
    <message>
      <location filename="caseworker/services/merging.py" line="255" />
      <source>These fields cannot be chosen in a merge: {fields}.</source>
      <translation>لا يمكن اختيار هذه الحقول في الدمج: {fields}.</translation>
    </message>
    <message>
      <location filename="caseworker/db/db_roles.py" line="197" />
      <source>These tables belong to no trust domain, so no role could be granted them: {tables}. Assign them in caseworker/db/trust_domains.py.</source>
      <translation>هذه الجداول لا تنتمي إلى أي نطاق ثقة، فلم يمكن منح أي دور صلاحية عليها: {tables}. أسندها في caseworker/db/trust_domains.py.</translation>
    </message>
    <message>
      <location filename="caseworker/services/accounts.py" line="159" />
      <source>This account has been deactivated.</source>
      <translation>أُوقف هذا الحساب.</translation>
    </message>
    <message>
      <location filename="caseworker/services/clients.py" line="397" />
      <source>This attachment was removed: {reason}</source>
      <translation>أُزيل هذا المرفق: {reason}</translation>
    </message>
    <message>
      <location filename="caseworker/domain/meetings.py" line="224" />
      <location filename="caseworker/domain/meetings.py" line="208" />
      <location filename="caseworker/services/grants.py" line="244" />
      <source>This can have at most {n} characters.</source>
      <translation>يمكن أن يتكون هذا من {n} حرفًا على الأكثر.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/guard.py" line="255" />
      <source>This cannot be more than {most} days.</source>
      <translation>لا يمكن أن يتجاوز هذا {most} يومًا.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/guard.py" line="253" />
      <source>This cannot be negative.</source>
      <translation>لا يمكن أن يكون هذا سالبًا.</translation>
    </message>
    <message>
      <location filename="caseworker/services/cases.py" line="196" />
      <source>This case already has a worker: hand it off instead.</source>
      <translation>لهذه الحالة أخصائي بالفعل: سلّمها بدلًا من ذلك.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/cases.py" line="214" />
      <source>This case is already at the highest support level ({level}).</source>
      <translation>هذه الحالة بالفعل في أعلى مستوى دعم ({level}).</translation>
    </message>
    <message>
      <location filename="caseworker/domain/cases.py" line="190" />
      <source>This case is already closed.</source>
      <translation>هذه الحالة مغلقة بالفعل.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/cases.py" line="194" />
      <source>This case is already resolved.</source>
      <translation>هذه الحالة محلولة بالفعل.</translation>
    </message>
    <message>
      <location filename="caseworker/services/case_handoffs.py" line="65" />
      <source>This case is already waiting for a handoff to be accepted.</source>
      <translation>هذه الحالة بانتظار قبول تسليم بالفعل.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/cases.py" line="201" />
      <location filename="caseworker/services/case_base.py" line="183" />
      <source>This case is {status}: reopen it before changing it.</source>
      <translation>هذه الحالة {status}: أعد فتحها قبل تغييرها.</translation>
    </message>
    <message>
      <location filename="caseworker/services/care.py" line="320" />
      <source>This client has no case to log the contact on: open a case first.</source>
      <translation>لا توجد لهذا المستفيد حالة لتسجيل التواصل عليها: افتح حالة أولًا.</translation>
    </message>
    <message>
      <location filename="caseworker/services/care.py" line="234" />
      <source>This client has no contact rhythm to stop.</source>
      <translation>لا توجد لهذا المستفيد وتيرة تواصل لإيقافها.</translation>
    </message>
    <message>
      <location filename="caseworker/services/clients.py" line="468" />
      <location filename="caseworker/services/person_data.py" line="192" />
      <source>This client was anonymised; the record can no longer be changed.</source>
      <translation>أُخفيت هوية هذا المستفيد؛ ولم يعد بالإمكان تغيير السجل.</translation>
    </message>
    <message>
      <location filename="caseworker/services/accounts.py" line="128" />
      <source>This database already has users: sign in instead.</source>
      <translation>لقاعدة البيانات هذه مستخدمون بالفعل: سجّل الدخول بدلًا من ذلك.</translation>
    </message>
    <message>
      <location filename="caseworker/services/protection.py" line="188" />
      <location filename="caseworker/services/protection.py" line="216" />
      <source>This database already keeps each kind of record in its own file.</source>
      <translation>قاعدة البيانات هذه تحفظ بالفعل كل نوع من السجلات في ملف خاص به.</translation>
    </message>
    <message>
      <location filename="caseworker/services/opening.py" line="111" />
      <source>This database gives every person a database role, but '{name}' has none yet: an administrator runs 'caseworker db-roles setup'.</source>
      <translation>تمنح قاعدة البيانات هذه كل شخص دورًا، لكن '{name}' ليس له دور بعد: يشغّل مسؤول النظام 'caseworker db-roles setup'.</translation>
    </message>
    <message>
      <location filename="caseworker/db/split.py" line="110" />
      <source>This database is missing tables ({tables}); bring it up to date first.</source>
      <translation>تنقص قاعدة البيانات هذه جداول ({tables})؛ حدّثها أولاً.</translation>
    </message>
    <message>
      <location filename="caseworker/db/migrate.py" line="79" />
      <source>This database needs an update that only someone who can open all of it can make (a manager or an administrator): ask one to sign in first. Nothing was changed.</source>
      <translation>تحتاج قاعدة البيانات هذه إلى تحديث لا يستطيع إجراءه إلا من يمكنه فتحها كلها (مدير أو مسؤول): اطلب من أحدهم تسجيل الدخول أولاً. لم يتغير شيء.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/versions.py" line="41" />
      <source>This database was last used by Caseworker {found}, which is newer than this Caseworker {running}. Install Caseworker {found} or later to open it; nothing was changed.</source>
      <translation>آخر من استخدم قاعدة البيانات هذه هو Caseworker {found}، وهو أحدث من Caseworker الحالي {running}. ثبّت Caseworker {found} أو أحدث لفتحها؛ لم يتغير شيء.</translation>
    </message>
    <message>
      <location filename="caseworker/db/migrate.py" line="73" />
      <source>This database was made by a newer Caseworker (schema {found}); this is Caseworker {running}, which knows schemas up to {head}. Update the app; nothing was changed.</source>
      <translation>أُنشئت قاعدة البيانات هذه بإصدار أحدث من Caseworker (المخطط {found})؛ وهذا Caseworker {running}، الذي يعرف المخططات حتى {head}. حدّث التطبيق؛ لم يتغير شيء.</translation>
    </message>
    <message>
      <location filename="caseworker/services/db_roles.py" line="78" />
      <source>This database's roles already start with '{current}'; they keep that prefix.</source>
      <translation>أدوار قاعدة البيانات هذه تبدأ أصلًا بـ '{current}'؛ وتحتفظ بتلك البادئة.</translation>
    </message>
    <message>
      <location filename="caseworker/db/db_roles.py" line="146" />
      <source>This database's schema needs an upgrade that only its owner may make: an administrator runs 'caseworker db-roles setup --db OWNER_URL --user NAME' (it upgrades first), then this laptop opens it again.</source>
      <translation>يحتاج مخطط قاعدة البيانات هذه إلى ترقية لا يجريها إلا مالكها: يشغّل مسؤول النظام 'caseworker db-roles setup --db OWNER_URL --user NAME' (فيرقّيها أولًا)، ثم يفتحها هذا الجهاز من جديد.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/inputs.py" line="49" />
      <location filename="caseworker/services/case_base.py" line="268" />
      <source>This date is in the future: {value}.</source>
      <translation>هذا التاريخ في المستقبل: {value}.</translation>
    </message>
    <message>
      <location filename="caseworker/services/gift_aid.py" line="171" />
      <source>This declaration was already cancelled.</source>
      <translation>سبق إلغاء هذا الإقرار.</translation>
    </message>
    <message>
      <location filename="caseworker/services/grants.py" line="540" />
      <source>This disbursement is already counted as spending on a grant.</source>
      <translation>هذا الصرف محتسب بالفعل كإنفاق على منحة.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/inputs.py" line="188" />
      <source>This field holds a single line of text.</source>
      <translation>يحتوي هذا الحقل على سطر نصي واحد.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/inputs.py" line="193" />
      <location filename="caseworker/domain/inputs.py" line="168" />
      <source>This field is required.</source>
      <translation>هذا الحقل مطلوب.</translation>
    </message>
    <message>
      <location filename="caseworker/services/mail.py" line="1002" />
      <source>This gift has been thanked by another message meanwhile.</source>
      <translation>شُكر على هذا التبرع برسالة أخرى في الأثناء.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/gift_aid.py" line="62" />
      <source>This gift only</source>
      <translation>هذا التبرع فقط</translation>
    </message>
    <message>
      <location filename="caseworker/services/gifts.py" line="318" />
      <source>This gift was already voided.</source>
      <translation>سبق إلغاء هذا التبرع.</translation>
    </message>
    <message>
      <location filename="caseworker/services/statistics.py" line="165" />
      <source>This grant has no period yet: give its start and end, or choose the period to report on.</source>
      <translation>ليس لهذه المنحة فترة بعد: حدّد بدايتها ونهايتها، أو اختر الفترة المراد التقرير عنها.</translation>
    </message>
    <message>
      <location filename="caseworker/services/grants.py" line="503" />
      <source>This grant is closed.</source>
      <translation>هذه المنحة مغلقة.</translation>
    </message>
    <message>
      <location filename="caseworker/services/case_handoffs.py" line="170" />
      <source>This handoff was already {state}.</source>
      <translation>هذا التسليم {state} بالفعل.</translation>
    </message>
    <message>
      <location filename="caseworker/services/imports.py" line="331" />
      <source>This import was already undone.</source>
      <translation>سبق التراجع عن هذا الاستيراد.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/clients.py" line="120" />
      <source>This may be someone already on file: {names}. Check, or save anyway.</source>
      <translation>قد يكون هذا شخصًا مسجلًا بالفعل: {names}. تحقق، أو احفظ على أي حال.</translation>
    </message>
    <message>
      <location filename="caseworker/services/meetings.py" line="279" />
      <source>This meeting is already cancelled.</source>
      <translation>هذا الاجتماع ملغى بالفعل.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/guard_scenario.py" line="230" />
      <source>This must be a list ([...]).</source>
      <translation>يجب أن يكون هذا قائمة ([...]).</translation>
    </message>
    <message>
      <location filename="caseworker/domain/guard_scenario.py" line="187" />
      <source>This must be a number or text.</source>
      <translation>يجب أن يكون هذا رقمًا أو نصًا.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/guard_scenario.py" line="271" />
      <source>This must be a whole number.</source>
      <translation>يجب أن يكون هذا عددًا صحيحًا.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/guard_scenario.py" line="224" />
      <source>This must be an object ({{...}}).</source>
      <translation>يجب أن يكون هذا كائنًا ({{...}}).</translation>
    </message>
    <message>
      <location filename="caseworker/domain/guard.py" line="251" />
      <source>This must be at least 1 day.</source>
      <translation>يجب أن يكون هذا يومًا واحدًا على الأقل.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/guard_scenario.py" line="179" />
      <source>This must be text.</source>
      <translation>يجب أن يكون هذا نصًا.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/guard_scenario.py" line="157" />
      <source>This must be true or false.</source>
      <translation>يجب أن يكون هذا true أو false.</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/grants.py" line="104" />
      <location filename="caseworker/reports/documents/grants.py" line="144" />
      <location filename="caseworker/reports/documents/grants.py" line="247" />
      <source>This period</source>
      <translation>هذه الفترة</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/receipts.py" line="54" />
      <source>This receipt replaces receipt No. {number}, which is void.</source>
      <translation>يحل هذا الإيصال محل الإيصال رقم {number}، الملغى.</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/receipts.py" line="55" />
      <source>This receipt was voided on {date}: {reason}</source>
      <translation>أُلغي هذا الإيصال في {date}: {reason}</translation>
    </message>
    <message>
      <location filename="caseworker/db/database.py" line="268" />
      <source>This record was changed by another user meanwhile — reload it and try again.</source>
      <translation>غيّر مستخدم آخر هذا السجل في الأثناء — أعد تحميله وحاول مجددًا.</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/grants.py" line="101" />
      <source>This report is due on {date}.</source>
      <translation>هذا التقرير مستحق في {date}.</translation>
    </message>
    <message>
      <location filename="caseworker/services/case_routing.py" line="110" />
      <source>This specialist is already involved in the case.</source>
      <translation>هذا المتخصص مشارك في الحالة بالفعل.</translation>
    </message>
    <message>
      <location filename="caseworker/services/grants.py" line="562" />
      <source>This spending is already voided.</source>
      <translation>هذا الإنفاق ملغى بالفعل.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/guard.py" line="569" />
      <source>This supporter asked for no contact from {start} to {end}.</source>
      <translation>طلب هذا الداعم عدم التواصل من {start} إلى {end}.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/guard.py" line="511" />
      <source>This supporter has asked not to be contacted at all.</source>
      <translation>طلب هذا الداعم عدم التواصل معه مطلقًا.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/guard.py" line="520" />
      <source>This supporter has asked not to be contacted by {channel}.</source>
      <translation>طلب هذا الداعم عدم التواصل معه عبر {channel}.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/guard.py" line="529" />
      <source>This supporter prefers to be contacted by {preferred}, not by {channel}.</source>
      <translation>يفضّل هذا الداعم التواصل عبر {preferred}، وليس عبر {channel}.</translation>
    </message>
    <message>
      <location filename="caseworker/services/tasks.py" line="352" />
      <source>This task is already {status}.</source>
      <translation>هذه المهمة {status} بالفعل.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/errors.py" line="38" />
      <source>This value is not valid.</source>
      <translation>هذه القيمة غير صالحة.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/errors.py" line="79" />
      <source>This {what} was changed by {name} at {when} meanwhile — reload it and try again.</source>
      <translation>غيّر {name} هذا {what} في {when} في الأثناء — أعد تحميله وحاول مجددًا.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/guard.py" line="140" />
      <location filename="caseworker/domain/recurrence.py" line="141" />
      <source>Thursday</source>
      <translation>الخميس</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/merge_dialog.py" line="42" />
      <source>Time zone</source>
      <translation>المنطقة الزمنية</translation>
    </message>
    <message>
      <location filename="caseworker/domain/service_quality.py" line="319" />
      <source>Title</source>
      <translation>العنوان</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/case_summary.py" line="120" />
      <source>To</source>
      <translation>إلى</translation>
    </message>
    <message>
      <location filename="caseworker/domain/grant_reports.py" line="28" />
      <source>To come</source>
      <translation>قادم</translation>
    </message>
    <message>
      <location filename="caseworker/services/accounts.py" line="147" />
      <source>Too many wrong passwords: wait {seconds} seconds and try again.</source>
      <translation>محاولات كثيرة بكلمة مرور خاطئة: انتظر {seconds} ثانية وحاول مجددًا.</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/aid_statement.py" line="110" />
      <location filename="caseworker/reports/documents/dashboard.py" line="278" />
      <location filename="caseworker/reports/documents/gift_aid.py" line="81" />
      <source>Total</source>
      <translation>الإجمالي</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/receipts.py" line="162" />
      <source>Total cash contributions</source>
      <translation>إجمالي المساهمات النقدية</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/gift_aid.py" line="66" />
      <source>Total donations</source>
      <translation>إجمالي التبرعات</translation>
    </message>
    <message>
      <location filename="caseworker/domain/templates.py" line="103" />
      <source>Total given</source>
      <translation>الإجمالي المقدَّم</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/dashboard.py" line="346" />
      <source>Total: {amount}</source>
      <translation>الإجمالي: {amount}</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/aid_statement.py" line="80" />
      <source>Totals by fund</source>
      <translation>الإجماليات حسب الصندوق</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/aid_statement.py" line="78" />
      <source>Totals include approved and paid aid; requests and void entries are listed but not counted.</source>
      <translation>تشمل الإجماليات المساعدات المعتمدة والمدفوعة؛ أما الطلبات والقيود الملغاة فمدرجة لكنها غير محتسبة.</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/merge_dialog.py" line="41" />
      <source>Town</source>
      <translation>المدينة</translation>
    </message>
    <message>
      <location filename="caseworker/domain/imports.py" line="131" />
      <source>Town or city</source>
      <translation>المدينة أو البلدة</translation>
    </message>
    <message>
      <location filename="caseworker/domain/guard.py" line="138" />
      <location filename="caseworker/domain/recurrence.py" line="141" />
      <source>Tuesday</source>
      <translation>الثلاثاء</translation>
    </message>
    <message>
      <location filename="caseworker/domain/mail.py" line="31" />
      <source>US Letter, 10 labels 4 × 2 in (Avery 5163)</source>
      <translation>US Letter، 10 ملصقات 4 × 2 بوصة (Avery 5163)</translation>
    </message>
    <message>
      <location filename="caseworker/domain/mail.py" line="30" />
      <source>US Letter, 30 labels 2⅝ × 1 in (Avery 5160)</source>
      <translation>US Letter، 30 ملصقًا 2⅝ × 1 بوصة (Avery 5160)</translation>
    </message>
    <message>
      <location filename="caseworker/domain/imports.py" line="48" />
      <source>UTF-16</source>
      <translation>UTF-16</translation>
    </message>
    <message>
      <location filename="caseworker/domain/imports.py" line="46" />
      <source>UTF-8</source>
      <translation>UTF-8</translation>
    </message>
    <message>
      <location filename="caseworker/domain/imports.py" line="47" />
      <source>UTF-8 with byte order mark</source>
      <translation>UTF-8 مع علامة ترتيب البايت</translation>
    </message>
    <message>
      <location filename="caseworker/services/service_quality.py" line="429" />
      <source>Unassigned</source>
      <translation>غير مسند</translation>
    </message>
    <message>
      <location filename="caseworker/domain/org.py" line="60" />
      <location filename="caseworker/domain/org.py" line="87" />
      <source>United Kingdom</source>
      <translation>المملكة المتحدة</translation>
    </message>
    <message>
      <location filename="caseworker/domain/org.py" line="61" />
      <location filename="caseworker/domain/org.py" line="89" />
      <source>United States</source>
      <translation>الولايات المتحدة</translation>
    </message>
    <message>
      <location filename="caseworker/domain/templates.py" line="76" />
      <source>Update</source>
      <translation>تحديث</translation>
    </message>
    <message>
      <location filename="caseworker/domain/care.py" line="57" />
      <location filename="caseworker/domain/cases.py" line="71" />
      <source>Urgent</source>
      <translation>عاجلة</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/receipts.py" line="56" />
      <source>VOID</source>
      <translation>ملغى</translation>
    </message>
    <message>
      <location filename="caseworker/domain/clients.py" line="47" />
      <source>Verbal</source>
      <translation>شفهي</translation>
    </message>
    <message>
      <source>Video</source>
      <translation type="obsolete">فيديو</translation>
    </message>
    <message>
      <location filename="caseworker/domain/cases.py" line="109" />
      <location filename="caseworker/services/case_timeline.py" line="172" />
      <source>Visit</source>
      <translation>زيارة</translation>
    </message>
    <message>
      <location filename="caseworker/domain/aid.py" line="58" />
      <source>Void</source>
      <translation>ملغى</translation>
    </message>
    <message>
      <location filename="caseworker/services/touchpoints.py" line="603" />
      <source>Voided gift of {amount}</source>
      <translation>تبرع ملغى بمبلغ {amount}</translation>
    </message>
    <message>
      <location filename="caseworker/domain/aid.py" line="55" />
      <source>Voucher</source>
      <translation>قسيمة</translation>
    </message>
    <message>
      <location filename="caseworker/domain/cases.py" line="38" />
      <source>Waiting</source>
      <translation>قيد الانتظار</translation>
    </message>
    <message>
      <location filename="caseworker/domain/cases.py" line="56" />
      <location filename="caseworker/services/case_timeline.py" line="138" />
      <source>Waiting on a third party</source>
      <translation>بانتظار طرف ثالث</translation>
    </message>
    <message>
      <location filename="caseworker/domain/cases.py" line="55" />
      <source>Waiting on the client</source>
      <translation>بانتظار المستفيد</translation>
    </message>
    <message>
      <location filename="caseworker/services/case_timeline.py" line="136" />
      <source>Waiting on the client (the due date is paused)</source>
      <translation>بانتظار المستفيد (تاريخ الاستحقاق موقوف)</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/giving_statements.py" line="27" />
      <source>We have no gifts from you recorded between {start} and {end}.</source>
      <translation>لا توجد لدينا تبرعات مسجلة منك بين {start} و{end}.</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/receipts.py" line="84" />
      <source>We hold no Gift Aid declaration covering these gifts, so we claim no Gift Aid on them. If you are a UK taxpayer, a declaration would let us claim 25p from HMRC for every £1 you give: ask us for a form.</source>
      <translation>لا نحتفظ بإقرار Gift Aid يشمل هذه التبرعات، لذا لا نطالب بـ Gift Aid عليها. إن كنت دافع ضرائب في المملكة المتحدة، فإن الإقرار يتيح لنا المطالبة بـ 25 بنسًا من HMRC عن كل جنيه تتبرع به: اطلب منا نموذجًا.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/guard.py" line="139" />
      <location filename="caseworker/domain/recurrence.py" line="141" />
      <source>Wednesday</source>
      <translation>الأربعاء</translation>
    </message>
    <message>
      <location filename="caseworker/domain/gifts.py" line="84" />
      <source>Weekly</source>
      <translation>أسبوعي</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/grants.py" line="275" />
      <source>What</source>
      <translation>ماذا</translation>
    </message>
    <message>
      <location filename="caseworker/domain/templates.py" line="112" />
      <source>What was given, for a gift in kind</source>
      <translation>ما قُدّم، في حالة التبرع العيني</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/case_summary.py" line="102" />
      <location filename="caseworker/reports/documents/case_summary.py" line="118" />
      <location filename="caseworker/reports/documents/case_summary.py" line="137" />
      <source>When</source>
      <translation>متى</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/gift_aid.py" line="88" />
      <location filename="caseworker/reports/documents/gift_aid.py" line="128" />
      <source>Why</source>
      <translation>لماذا</translation>
    </message>
    <message>
      <location filename="caseworker/domain/imports.py" line="49" />
      <source>Windows-1252 (Western European)</source>
      <translation>Windows-1252 (أوروبا الغربية)</translation>
    </message>
    <message>
      <location filename="caseworker/domain/grants.py" line="41" />
      <source>Withdrawn</source>
      <translation>مسحوب</translation>
    </message>
    <message>
      <location filename="caseworker/domain/service_quality.py" line="322" />
      <source>Within target</source>
      <translation>ضمن الهدف</translation>
    </message>
    <message>
      <location filename="caseworker/domain/clients.py" line="300" />
      <source>Woman</source>
      <translation>امرأة</translation>
    </message>
    <message>
      <location filename="caseworker/domain/service_quality.py" line="49" />
      <location filename="caseworker/domain/service_quality.py" line="320" />
      <location filename="caseworker/reports/documents/feedback_form.py" line="40" />
      <source>Worker</source>
      <translation>الأخصائي</translation>
    </message>
    <message>
      <location filename="caseworker/services/organigram.py" line="239" />
      <source>Working hours end after they begin.</source>
      <translation>تنتهي ساعات العمل بعد بدايتها.</translation>
    </message>
    <message>
      <location filename="caseworker/services/case_handoffs.py" line="54" />
      <source>Write a handoff note: what the next worker needs to know.</source>
      <translation>اكتب ملاحظة تسليم: ما يحتاج الأخصائي التالي إلى معرفته.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/cases.py" line="260" />
      <source>Write something in the note.</source>
      <translation>اكتب شيئًا في الملاحظة.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/clients.py" line="46" />
      <source>Written (signed)</source>
      <translation>كتابي (موقّع)</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/dashboard.py" line="267" />
      <location filename="caseworker/reports/documents/dashboard.py" line="393" />
      <source>Year</source>
      <translation>السنة</translation>
    </message>
    <message>
      <location filename="caseworker/domain/imports.py" line="261" />
      <source>Year-month-day (2025-12-31)</source>
      <translation>سنة-شهر-يوم (2025-12-31)</translation>
    </message>
    <message>
      <location filename="caseworker/domain/gifts.py" line="87" />
      <source>Yearly</source>
      <translation>سنوي</translation>
    </message>
    <message>
      <location filename="caseworker/domain/cases.py" line="84" />
      <location filename="caseworker/reports/documents/gift_aid.py" line="78" />
      <location filename="caseworker/reports/documents/grants.py" line="87" />
      <source>Yes</source>
      <translation>نعم</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/feedback_form.py" line="49" />
      <location filename="caseworker/reports/documents/feedback_form.py" line="50" />
      <source>Yes / Partly / No</source>
      <translation>نعم / جزئيًا / لا</translation>
    </message>
    <message>
      <location filename="caseworker/domain/templates.py" line="111" />
      <source>Yes when this is the donor's first gift</source>
      <translation>نعم إن كان هذا أول تبرع للمتبرع</translation>
    </message>
    <message>
      <location filename="caseworker/services/mail.py" line="798" />
      <source>You are not permitted to issue receipts.</source>
      <translation>غير مسموح لك بإصدار الإيصالات.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/errors.py" line="61" />
      <location filename="caseworker/domain/permissions.py" line="125" />
      <location filename="caseworker/services/backups.py" line="122" />
      <source>You are not permitted to {action}.</source>
      <translation>غير مسموح لك بـ {action}.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/introductions.py" line="54" />
      <source>You can reach the team at {how}.</source>
      <translation>يمكنك التواصل مع الفريق عبر {how}.</translation>
    </message>
    <message>
      <location filename="caseworker/services/accounts.py" line="334" />
      <source>You cannot deactivate your own account.</source>
      <translation>لا يمكنك إيقاف حسابك.</translation>
    </message>
    <message>
      <location filename="caseworker/services/accounts.py" line="278" />
      <source>You cannot remove your own administrator role.</source>
      <translation>لا يمكنك إزالة دور مسؤول النظام عن نفسك.</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/receipts.py" line="253" />
      <source>Your Gift Aid declaration</source>
      <translation>إقرار Gift Aid الخاص بك</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/feedback_form.py" line="45" />
      <source>Your answers help us do better. They are kept as you give them, apart from what your worker wrote.</source>
      <translation>تساعدنا إجاباتك على التحسن. يُحتفظ بها كما قدمتها، بمعزل عمّا كتبه أخصائيك.</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/giving_statements.py" line="71" />
      <source>Your gifts, {period}</source>
      <translation>تبرعاتك، {period}</translation>
    </message>
    <message>
      <location filename="caseworker/services/protection.py" line="72" />
      <source>Your key entry is from an older version: sign out and sign in again, then rotate the keys.</source>
      <translation>إدخال مفتاحك من إصدار أقدم: سجّل الخروج ثم سجّل الدخول مجددًا، ثم دوّر المفاتيح.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/introductions.py" line="42" />
      <source>Your support team</source>
      <translation>فريق دعمك</translation>
    </message>
    <message>
      <location filename="caseworker/domain/introductions.py" line="43" />
      <source>Your support team for {reference}</source>
      <translation>فريق دعمك لـ {reference}</translation>
    </message>
    <message>
      <location filename="caseworker/domain/introductions.py" line="50" />
      <source>Your team</source>
      <translation>فريقك</translation>
    </message>
    <message>
      <location filename="caseworker/domain/clients.py" line="71" />
      <location filename="caseworker/services/ics.py" line="189" />
      <location filename="caseworker/services/paperwork.py" line="466" />
      <source>a client</source>
      <translation>مستفيد</translation>
    </message>
    <message>
      <location filename="caseworker/services/meeting_base.py" line="67" />
      <source>a donor</source>
      <translation>متبرع</translation>
    </message>
    <message>
      <location filename="caseworker/domain/channels.py" line="83" />
      <source>a letter</source>
      <translation>رسالة ورقية</translation>
    </message>
    <message>
      <location filename="caseworker/domain/aid.py" line="61" />
      <source>a month</source>
      <translation>شهر</translation>
    </message>
    <message>
      <location filename="caseworker/domain/imports.py" line="328" />
      <source>a name or an organisation</source>
      <translation>اسم أو منظمة</translation>
    </message>
    <message>
      <location filename="caseworker/domain/channels.py" line="80" />
      <source>a phone call</source>
      <translation>مكالمة هاتفية</translation>
    </message>
    <message>
      <location filename="caseworker/domain/aid.py" line="61" />
      <source>a quarter</source>
      <translation>ربع سنة</translation>
    </message>
    <message>
      <location filename="caseworker/services/ics.py" line="191" />
      <source>a supporter</source>
      <translation>داعم</translation>
    </message>
    <message>
      <location filename="caseworker/domain/channels.py" line="81" />
      <source>a text message</source>
      <translation>رسالة نصية</translation>
    </message>
    <message>
      <location filename="caseworker/domain/channels.py" line="84" />
      <source>a visit</source>
      <translation>زيارة</translation>
    </message>
    <message>
      <location filename="caseworker/domain/aid.py" line="62" />
      <source>a year</source>
      <translation>سنة</translation>
    </message>
    <message>
      <location filename="caseworker/domain/service_quality.py" line="90" />
      <source>accepted handoffs per resolved case</source>
      <translation>عمليات التسليم المقبولة لكل حالة محلولة</translation>
    </message>
    <message>
      <location filename="caseworker/domain/channels.py" line="82" />
      <source>an e-mail</source>
      <translation>بريد إلكتروني</translation>
    </message>
    <message>
      <location filename="caseworker/domain/clients.py" line="647" />
      <source>attachment</source>
      <translation>مرفق</translation>
    </message>
    <message>
      <location filename="caseworker/services/merging.py" line="170" />
      <source>born the same day, with names alike</source>
      <translation>مولودان في اليوم نفسه، بأسماء متشابهة</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/meetings.py" line="205" />
      <source>carried</source>
      <translation>مرحّل</translation>
    </message>
    <message>
      <location filename="caseworker/domain/service_quality.py" line="99" />
      <source>cases open at the end of the period</source>
      <translation>الحالات المفتوحة في نهاية الفترة</translation>
    </message>
    <message>
      <location filename="caseworker/domain/service_quality.py" line="74" />
      <source>cases opened in the period</source>
      <translation>الحالات المفتوحة خلال الفترة</translation>
    </message>
    <message>
      <location filename="caseworker/domain/service_quality.py" line="75" />
      <source>cases resolved in the period (latest resolution)</source>
      <translation>الحالات المحلولة خلال الفترة (آخر حل)</translation>
    </message>
    <message>
      <location filename="caseworker/domain/service_quality.py" line="104" />
      <source>check-ins made on or before their due day</source>
      <translation>متابعات أُجريت في يوم استحقاقها أو قبله</translation>
    </message>
    <message>
      <location filename="caseworker/domain/service_quality.py" line="103" />
      <source>check-ins that fell due in the period by the client's rhythm</source>
      <translation>متابعات استُحقت في الفترة وفق وتيرة المستفيد</translation>
    </message>
    <message>
      <location filename="caseworker/services/clients.py" line="545" />
      <source>client</source>
      <translation>مستفيد</translation>
    </message>
    <message>
      <location filename="caseworker/domain/channels.py" line="47" />
      <source>email</source>
      <translation>البريد الإلكتروني</translation>
    </message>
    <message>
      <location filename="caseworker/domain/channels.py" line="70" />
      <source>emails</source>
      <translation>رسائل البريد الإلكتروني</translation>
    </message>
    <message>
      <location filename="caseworker/domain/channels.py" line="51" />
      <source>event</source>
      <translation>فعالية</translation>
    </message>
    <message>
      <location filename="caseworker/domain/channels.py" line="74" />
      <source>events</source>
      <translation>الفعاليات</translation>
    </message>
    <message>
      <source>gender</source>
      <translation type="obsolete">الجنس</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/receipts.py" line="165" />
      <source>goods or services</source>
      <translation>سلع أو خدمات</translation>
    </message>
    <message>
      <source>household size</source>
      <translation type="obsolete">حجم الأسرة</translation>
    </message>
    <message>
      <location filename="caseworker/domain/aid.py" line="59" />
      <source>in any 12 months</source>
      <translation>في أي 12 شهرًا</translation>
    </message>
    <message>
      <location filename="caseworker/domain/channels.py" line="52" />
      <source>in person</source>
      <translation>حضوريًا</translation>
    </message>
    <message>
      <location filename="caseworker/domain/guard.py" line="152" />
      <source>invitation</source>
      <translation>دعوة</translation>
    </message>
    <message>
      <location filename="caseworker/services/backups.py" line="150" />
      <source>its key file is missing</source>
      <translation>ملف مفاتيحها مفقود</translation>
    </message>
    <message>
      <location filename="caseworker/domain/introductions.py" line="58" />
      <source>key worker</source>
      <translation>الأخصائي المسؤول</translation>
    </message>
    <message>
      <location filename="caseworker/services/paperwork.py" line="467" />
      <source>language not recorded</source>
      <translation>اللغة غير مسجلة</translation>
    </message>
    <message>
      <location filename="caseworker/domain/channels.py" line="48" />
      <source>letter</source>
      <translation>رسالة ورقية</translation>
    </message>
    <message>
      <location filename="caseworker/domain/channels.py" line="71" />
      <source>letters</source>
      <translation>الرسائل الورقية</translation>
    </message>
    <message>
      <location filename="caseworker/domain/service_quality.py" line="93" />
      <source>mean satisfaction score (1 to 5)</source>
      <translation>متوسط درجة الرضا (1 إلى 5)</translation>
    </message>
    <message>
      <location filename="caseworker/domain/service_quality.py" line="87" />
      <source>mean support level of the escalated cases</source>
      <translation>متوسط مستوى الدعم للحالات المصعّدة</translation>
    </message>
    <message>
      <location filename="caseworker/domain/service_quality.py" line="101" />
      <source>median age in days of the cases open at the end</source>
      <translation>الوسيط لعمر الحالات المفتوحة في نهاية الفترة بالأيام</translation>
    </message>
    <message>
      <location filename="caseworker/domain/service_quality.py" line="88" />
      <source>median days from opening to resolution</source>
      <translation>الوسيط للأيام من الفتح إلى الحل</translation>
    </message>
    <message>
      <location filename="caseworker/domain/service_quality.py" line="96" />
      <source>median days from opening to the first note, call or visit</source>
      <translation>الوسيط للأيام من الفتح إلى أول ملاحظة أو مكالمة أو زيارة</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/meetings.py" line="205" />
      <source>not carried</source>
      <translation>غير مرحّل</translation>
    </message>
    <message>
      <location filename="caseworker/services/backups.py" line="145" />
      <source>not checked</source>
      <translation>لم يُتحقق منه</translation>
    </message>
    <message>
      <location filename="caseworker/domain/grant_outputs.py" line="22" />
      <source>not recorded</source>
      <translation>غير مسجل</translation>
    </message>
    <message>
      <location filename="caseworker/domain/service_quality.py" line="100" />
      <source>open cases past their due date at the end of the period</source>
      <translation>الحالات المفتوحة المتجاوزة تاريخ استحقاقها في نهاية الفترة</translation>
    </message>
    <message>
      <location filename="caseworker/domain/service_quality.py" line="94" />
      <source>opened cases with a first note, call or visit</source>
      <translation>الحالات المفتوحة التي لها ملاحظة أو مكالمة أو زيارة أولى</translation>
    </message>
    <message>
      <location filename="caseworker/domain/guard.py" line="153" />
      <source>other contact</source>
      <translation>تواصل آخر</translation>
    </message>
    <message>
      <location filename="caseworker/domain/aid.py" line="60" />
      <source>per calendar year</source>
      <translation>لكل سنة ميلادية</translation>
    </message>
    <message>
      <location filename="caseworker/domain/channels.py" line="45" />
      <source>phone</source>
      <translation>الهاتف</translation>
    </message>
    <message>
      <location filename="caseworker/domain/channels.py" line="68" />
      <source>phone calls</source>
      <translation>المكالمات الهاتفية</translation>
    </message>
    <message>
      <location filename="caseworker/domain/introductions.py" line="61" />
      <source>point of contact of the {team} team</source>
      <translation>جهة الاتصال لفريق {team}</translation>
    </message>
    <message>
      <location filename="caseworker/domain/guard.py" line="149" />
      <source>request for a gift</source>
      <translation>طلب تبرع</translation>
    </message>
    <message>
      <location filename="caseworker/services/case_timeline.py" line="140" />
      <source>resolved alone</source>
      <translation>حُلّت بشكل فردي</translation>
    </message>
    <message>
      <location filename="caseworker/domain/service_quality.py" line="82" />
      <source>resolved cases resolved by the worker alone</source>
      <translation>الحالات التي حلّها الأخصائي وحده</translation>
    </message>
    <message>
      <location filename="caseworker/domain/service_quality.py" line="76" />
      <source>resolved cases resolved on or before their due date</source>
      <translation>الحالات التي حُلّت في تاريخ استحقاقها أو قبله</translation>
    </message>
    <message>
      <location filename="caseworker/domain/service_quality.py" line="83" />
      <source>resolved cases resolved with a specialist</source>
      <translation>الحالات التي حُلّت مع متخصص</translation>
    </message>
    <message>
      <location filename="caseworker/domain/service_quality.py" line="91" />
      <source>resolved cases that had been reopened before</source>
      <translation>الحالات المحلولة التي سبقت إعادة فتحها</translation>
    </message>
    <message>
      <location filename="caseworker/domain/service_quality.py" line="85" />
      <source>resolved cases that were escalated at least once</source>
      <translation>الحالات المحلولة التي صُعّدت مرة واحدة على الأقل</translation>
    </message>
    <message>
      <location filename="caseworker/domain/service_quality.py" line="80" />
      <source>resolved cases the client did not find acceptable</source>
      <translation>الحالات المحلولة التي لم يجدها المستفيد مقبولة</translation>
    </message>
    <message>
      <location filename="caseworker/domain/service_quality.py" line="79" />
      <source>resolved cases the client found partly acceptable</source>
      <translation>الحالات المحلولة التي وجدها المستفيد مقبولة جزئيًا</translation>
    </message>
    <message>
      <location filename="caseworker/domain/service_quality.py" line="78" />
      <source>resolved cases whose outcome the client found acceptable</source>
      <translation>الحالات المحلولة التي وجد المستفيد نتيجتها مقبولة</translation>
    </message>
    <message>
      <location filename="caseworker/domain/service_quality.py" line="92" />
      <source>resolved cases with a satisfaction score</source>
      <translation>الحالات المحلولة التي لها درجة رضا</translation>
    </message>
    <message>
      <location filename="caseworker/domain/service_quality.py" line="84" />
      <source>share of resolved cases resolved alone</source>
      <translation>نسبة الحالات المحلولة التي حُلّت بشكل فردي</translation>
    </message>
    <message>
      <location filename="caseworker/domain/service_quality.py" line="77" />
      <source>share of resolved cases resolved within target</source>
      <translation>نسبة الحالات المحلولة التي حُلّت ضمن الهدف</translation>
    </message>
    <message>
      <location filename="caseworker/domain/service_quality.py" line="86" />
      <source>share of resolved cases that were escalated</source>
      <translation>نسبة الحالات المحلولة التي صُعّدت</translation>
    </message>
    <message>
      <location filename="caseworker/domain/service_quality.py" line="105" />
      <source>share of the check-ins due that were kept on rhythm</source>
      <translation>نسبة المتابعات المستحقة التي تمت في موعدها</translation>
    </message>
    <message>
      <location filename="caseworker/domain/service_quality.py" line="81" />
      <source>share of the client's verdicts that were 'yes'</source>
      <translation>نسبة أحكام المستفيدين التي كانت «نعم»</translation>
    </message>
    <message>
      <location filename="caseworker/domain/channels.py" line="53" />
      <source>site visit</source>
      <translation>زيارة ميدانية</translation>
    </message>
    <message>
      <location filename="caseworker/domain/introductions.py" line="60" />
      <source>specialist</source>
      <translation>متخصص</translation>
    </message>
    <message>
      <location filename="caseworker/domain/introductions.py" line="62" />
      <source>stands in for the {team} team</source>
      <translation>ينوب عن فريق {team}</translation>
    </message>
    <message>
      <location filename="caseworker/domain/channels.py" line="46" />
      <source>text message</source>
      <translation>رسالة نصية</translation>
    </message>
    <message>
      <location filename="caseworker/domain/channels.py" line="69" />
      <source>text messages</source>
      <translation>الرسائل النصية</translation>
    </message>
    <message>
      <location filename="caseworker/domain/guard.py" line="150" />
      <source>thank-you</source>
      <translation>شكر</translation>
    </message>
    <message>
      <location filename="caseworker/domain/imports.py" line="330" />
      <source>the amount</source>
      <translation>المبلغ</translation>
    </message>
    <message>
      <location filename="caseworker/domain/imports.py" line="331" />
      <source>the date received</source>
      <translation>تاريخ الاستلام</translation>
    </message>
    <message>
      <location filename="caseworker/domain/imports.py" line="333" />
      <source>the donor (external id, e-mail, or name and postcode)</source>
      <translation>المتبرع (المعرّف الخارجي، أو البريد الإلكتروني، أو الاسم والرمز البريدي)</translation>
    </message>
    <message>
      <location filename="caseworker/domain/imports.py" line="335" />
      <source>the first name</source>
      <translation>الاسم الأول</translation>
    </message>
    <message>
      <location filename="caseworker/domain/imports.py" line="335" />
      <source>the last name</source>
      <translation>اسم العائلة</translation>
    </message>
    <message>
      <location filename="caseworker/services/merging.py" line="141" />
      <source>the same e-mail</source>
      <translation>البريد الإلكتروني نفسه</translation>
    </message>
    <message>
      <location filename="caseworker/services/merging.py" line="141" />
      <source>the same name</source>
      <translation>الاسم نفسه</translation>
    </message>
    <message>
      <location filename="caseworker/domain/guard.py" line="151" />
      <source>update</source>
      <translation>تحديث</translation>
    </message>
    <message>
      <location filename="caseworker/domain/channels.py" line="50" />
      <source>video call</source>
      <translation>مكالمة فيديو</translation>
    </message>
    <message>
      <location filename="caseworker/domain/channels.py" line="73" />
      <source>video calls</source>
      <translation>مكالمات الفيديو</translation>
    </message>
    <message>
      <location filename="caseworker/domain/channels.py" line="49" />
      <source>visit</source>
      <translation>زيارة</translation>
    </message>
    <message>
      <location filename="caseworker/domain/channels.py" line="72" />
      <source>visits</source>
      <translation>الزيارات</translation>
    </message>
    <message>
      <location filename="caseworker/services/case_timeline.py" line="140" />
      <source>with a specialist</source>
      <translation>مع متخصص</translation>
    </message>
    <message>
      <location filename="caseworker/domain/introductions.py" line="59" />
      <source>worker for {reference}</source>
      <translation>أخصائي {reference}</translation>
    </message>
    <message>
      <location filename="caseworker/db/backup.py" line="331" />
      <source>{backup} can be restored only by someone who can read all of it.</source>
      <translation>لا يمكن استعادة {backup} إلا لمن يستطيع قراءته كله.</translation>
    </message>
    <message>
      <location filename="caseworker/db/backup.py" line="335" />
      <source>{backup} did not pass its check ({detail}): nothing was restored.</source>
      <translation>لم تجتز {backup} التحقق ({detail}): لم يُستعد شيء.</translation>
    </message>
    <message>
      <location filename="caseworker/db/backup.py" line="304" />
      <source>{backup} is encrypted but its key file {keys} is not beside it: nothing was restored.</source>
      <translation>‏{backup} مشفرة لكن ملف مفاتيحها {keys} ليس بجانبها: لم يُستعد شيء.</translation>
    </message>
    <message>
      <location filename="caseworker/db/backup.py" line="327" />
      <source>{backup} is encrypted: sign in to restore it.</source>
      <translation>‏{backup} مشفرة: سجّل الدخول لاستعادتها.</translation>
    </message>
    <message>
      <location filename="caseworker/db/backup.py" line="315" />
      <source>{backup} is kept in several files and {part} is not beside it: nothing was restored.</source>
      <translation>{backup} محفوظ في عدة ملفات و{part} ليس بجانبه: لم تتم استعادة أي شيء.</translation>
    </message>
    <message>
      <location filename="caseworker/db/backup.py" line="287" />
      <source>{backup} is not a backup file.</source>
      <translation>‏{backup} ليس ملف نسخة احتياطية.</translation>
    </message>
    <message>
      <location filename="caseworker/db/backup.py" line="299" />
      <source>{backup} is not encrypted but the database is: nothing was restored. Restore an encrypted backup, or encrypt this one first.</source>
      <translation>‏{backup} غير مشفرة لكن قاعدة البيانات مشفرة: لم يُستعد شيء. استعد نسخة احتياطية مشفرة، أو شفّر هذه أولًا.</translation>
    </message>
    <message>
      <location filename="caseworker/db/backup.py" line="284" />
      <source>{backup} is the database itself (or a file kept beside it), not a backup.</source>
      <translation>‏{backup} هو قاعدة البيانات نفسها (أو ملف محفوظ بجانبها)، وليس نسخة احتياطية.</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/grants.py" line="175" />
      <source>{category} is over its budget by {amount}.</source>
      <translation>تجاوزت {category} ميزانيتها بمبلغ {amount}.</translation>
    </message>
    <message>
      <location filename="caseworker/services/touchpoints.py" line="581" />
      <source>{channel} ({purpose})</source>
      <translation>{channel} ({purpose})</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/giving_statements.py" line="132" />
      <source>{count} donors</source>
      <translation>{count} متبرع</translation>
    </message>
    <message>
      <location filename="caseworker/services/imports.py" line="793" />
      <source>{count} donors are called this{where}: add the postcode or the external id.</source>
      <translation>يحمل {count} متبرعين هذا الاسم{where}: أضف الرمز البريدي أو المعرّف الخارجي.</translation>
    </message>
    <message>
      <location filename="caseworker/services/imports.py" line="783" />
      <source>{count} donors share the e-mail '{value}': add the donor's external id to the file.</source>
      <translation>يشترك {count} متبرعين في البريد الإلكتروني '{value}': أضف المعرّف الخارجي للمتبرع إلى الملف.</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/giving_statements.py" line="108" />
      <source>{count} gifts</source>
      <translation>{count} تبرع</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/gift_aid.py" line="94" />
      <source>{count} more gifts ({total}) came from donors with no Gift Aid declaration and are not claimed.</source>
      <translation>{count} تبرعات أخرى ({total}) جاءت من متبرعين ليس لديهم إقرار Gift Aid ولا يُطالب بها.</translation>
    </message>
    <message>
      <location filename="caseworker/services/statistics.py" line="142" />
      <source>{figure} does not count these cases.</source>
      <translation>لا يحتسب {figure} هذه الحالات.</translation>
    </message>
    <message>
      <location filename="caseworker/services/statistics.py" line="140" />
      <source>{figure} is not a figure that lists cases.</source>
      <translation>‏{figure} ليس رقمًا يعرض قائمة حالات.</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/case_summary.py" line="153" />
      <source>{kind} — {when} — {author}</source>
      <translation>{kind} — {when} — {author}</translation>
    </message>
    <message>
      <location filename="caseworker/reports/base.py" line="70" />
      <source>{label} — page {page} of {pages}</source>
      <translation>{label} — الصفحة {page} من {pages}</translation>
    </message>
    <message>
      <location filename="caseworker/services/case_base.py" line="173" />
      <source>{name} does not work on cases.</source>
      <translation>لا يعمل {name} على الحالات.</translation>
    </message>
    <message>
      <location filename="caseworker/services/mail.py" line="670" />
      <location filename="caseworker/services/mail.py" line="732" />
      <source>{name} has no postal address.</source>
      <translation>ليس لدى {name} عنوان بريدي.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/routing.py" line="110" />
      <source>{name} has the fewest open cases ({n}) among the {specialty} specialists of the {team} team.</source>
      <translation>لدى {name} أقل عدد من الحالات المفتوحة ({n}) بين متخصصي {specialty} في فريق {team}.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/routing.py" line="109" />
      <location filename="caseworker/domain/routing.py" line="86" />
      <source>{name} has the fewest open cases ({n}) among the {specialty} specialists.</source>
      <translation>لدى {name} أقل عدد من الحالات المفتوحة ({n}) بين متخصصي {specialty}.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/routing.py" line="117" />
      <source>{name} has the fewest open cases ({n}) in the {team} team, which handles {category}.</source>
      <translation>لدى {name} أقل عدد من الحالات المفتوحة ({n}) في فريق {team}، الذي يتولى {category}.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/routing.py" line="116" />
      <location filename="caseworker/domain/routing.py" line="102" />
      <source>{name} has the fewest open cases ({n}); {category} has no specialist or point of contact available.</source>
      <translation>لدى {name} أقل عدد من الحالات المفتوحة ({n})؛ ولا يتوفر لـ {category} متخصص أو جهة اتصال.</translation>
    </message>
    <message>
      <location filename="caseworker/services/case_timeline.py" line="159" />
      <source>{name} involved as a specialist</source>
      <translation>أُشرك {name} كمتخصص</translation>
    </message>
    <message>
      <location filename="caseworker/domain/grant_targets.py" line="137" />
      <source>{name} is listed twice.</source>
      <translation>‏{name} مدرج مرتين.</translation>
    </message>
    <message>
      <location filename="caseworker/services/spreadsheets.py" line="173" />
      <source>{name} is not a spreadsheet this import reads ({detail}).</source>
      <translation>‏{name} ليس جدول بيانات يقرؤه هذا الاستيراد ({detail}).</translation>
    </message>
    <message>
      <location filename="caseworker/services/backups.py" line="128" />
      <source>{name} is not one of this database's backups.</source>
      <translation>‏{name} ليس من النسخ الاحتياطية لقاعدة البيانات هذه.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/routing.py" line="115" />
      <source>{name} is the point of contact for {category} in the {team} team.</source>
      <translation>‏{name} هو جهة الاتصال لـ {category} في فريق {team}.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/routing.py" line="114" />
      <location filename="caseworker/domain/routing.py" line="98" />
      <source>{name} is the point of contact for {category}.</source>
      <translation>‏{name} هو جهة الاتصال لـ {category}.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/routing.py" line="111" />
      <location filename="caseworker/domain/routing.py" line="94" />
      <source>{name} is the point of contact for {category}; nobody active holds the {specialty} specialty.</source>
      <translation>‏{name} هو جهة الاتصال لـ {category}؛ ولا يحمل أي شخص نشط تخصص {specialty}.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/routing.py" line="112" />
      <source>{name} is the point of contact for {category}; nobody active in the {team} team holds the {specialty} specialty.</source>
      <translation>‏{name} هو جهة الاتصال لـ {category}؛ ولا يحمل أي شخص نشط في فريق {team} تخصص {specialty}.</translation>
    </message>
    <message>
      <location filename="caseworker/services/tasks.py" line="375" />
      <source>{name} may not see this record, so cannot take the task.</source>
      <translation>لا يُسمح لـ {name} برؤية هذا السجل، لذا لا يمكنه تولي المهمة.</translation>
    </message>
    <message>
      <location filename="caseworker/services/mail.py" line="665" />
      <source>{name} takes no e-mail and the template sends nothing instead.</source>
      <translation>لا يستقبل {name} بريدًا إلكترونيًا ولا يرسل القالب شيئًا بدلًا منه.</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/receipts.py" line="173" />
      <source>{organisation} — {label} {number}</source>
      <translation>{organisation} — {label} {number}</translation>
    </message>
    <message>
      <location filename="caseworker/outputs.py" line="181" />
      <source>{path} could not be written: {detail}</source>
      <translation>تعذّرت كتابة {path}: {detail}</translation>
    </message>
    <message>
      <location filename="caseworker/db/location.py" line="47" />
      <source>{path} is a device or special file, not a database file.</source>
      <translation>‏{path} جهاز أو ملف خاص، وليس ملف قاعدة بيانات.</translation>
    </message>
    <message>
      <location filename="caseworker/outputs.py" line="101" />
      <source>{path} is a device or special file, not a file to write; choose another name.</source>
      <translation>‏{path} جهاز أو ملف خاص، وليس ملفًا للكتابة؛ اختر اسمًا آخر.</translation>
    </message>
    <message>
      <location filename="caseworker/db/location.py" line="45" />
      <source>{path} is a folder; name the database file inside it.</source>
      <translation>‏{path} مجلد؛ سمِّ ملف قاعدة البيانات داخله.</translation>
    </message>
    <message>
      <location filename="caseworker/outputs.py" line="180" />
      <location filename="caseworker/outputs.py" line="99" />
      <source>{path} is a folder; name the file to write inside it.</source>
      <translation>‏{path} مجلد؛ سمِّ الملف المراد كتابته داخله.</translation>
    </message>
    <message>
      <location filename="caseworker/db/split.py" line="94" />
      <source>{path} is already there: this database seems split already.</source>
      <translation>{path} موجود بالفعل: يبدو أن قاعدة البيانات هذه مقسّمة بالفعل.</translation>
    </message>
    <message>
      <location filename="caseworker/services/spreadsheets.py" line="63" />
      <source>{path} is not a file.</source>
      <translation>‏{path} ليس ملفًا.</translation>
    </message>
    <message>
      <location filename="caseworker/outputs.py" line="89" />
      <source>{path} is the database or one of the files kept beside it (its key file, journal or lock); choose another name.</source>
      <translation>‏{path} هو قاعدة البيانات أو أحد الملفات المحفوظة بجانبها (ملف مفاتيحها أو سجلها أو قفلها)؛ اختر اسمًا آخر.</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/meetings.py" line="114" />
      <source>{present} of {invited} invited were present.</source>
      <translation>حضر {present} من أصل {invited} مدعوين.</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/case_summary.py" line="164" />
      <source>{score} of 5</source>
      <translation>{score} من 5</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/aid_statement.py" line="65" />
      <location filename="caseworker/reports/documents/dashboard.py" line="65" />
      <location filename="caseworker/reports/documents/gift_aid.py" line="62" />
      <source>{start} to {end}</source>
      <translation>من {start} إلى {end}</translation>
    </message>
    <message>
      <location filename="caseworker/services/case_timeline.py" line="165" />
      <source>{taker} accepted the handoff</source>
      <translation>قبل {taker} التسليم</translation>
    </message>
    <message>
      <location filename="caseworker/services/case_timeline.py" line="167" />
      <source>{taker} returned the handoff</source>
      <translation>أعاد {taker} التسليم</translation>
    </message>
    <message>
      <location filename="caseworker/domain/imports.py" line="438" />
      <location filename="caseworker/domain/inputs.py" line="77" />
      <source>{text} is not a day on the calendar.</source>
      <translation>‏{text} ليس يومًا في التقويم.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/care.py" line="360" />
      <source>{time} is outside the client's best times ({start}–{end}).</source>
      <translation>‏{time} خارج أفضل أوقات المستفيد ({start}–{end}).</translation>
    </message>
    <message>
      <location filename="caseworker/domain/grant_targets.py" line="150" />
      <source>{value} is not a demographic the report shows.</source>
      <translation>‏{value} ليست فئة سكانية يعرضها التقرير.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/grant_targets.py" line="120" />
      <source>{value} is not an output the report counts.</source>
      <translation>‏{value} ليس مُخرجًا يحتسبه التقرير.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/guard.py" line="629" />
      <source>{weekday} is a quiet day for {channels}, in the supporter's local time.</source>
      <translation>‏{weekday} يوم هدوء لـ {channels}، بالتوقيت المحلي للداعم.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/guard.py" line="635" />
      <source>{weekday} is a quiet day: no contact at all, in the supporter's local time.</source>
      <translation>‏{weekday} يوم هدوء: لا تواصل مطلقًا، بالتوقيت المحلي للداعم.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/care.py" line="356" />
      <source>{weekday} is not one of the client's days ({days}).</source>
      <translation>‏{weekday} ليس من أيام المستفيد ({days}).</translation>
    </message>
    <message>
      <location filename="caseworker/domain/guard_scenario.py" line="236" />
      <source>{what} is missing.</source>
      <translation>‏{what} مفقود.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/guard_scenario.py" line="238" />
      <source>{what} must be text.</source>
      <translation>يجب أن يكون {what} نصًا.</translation>
    </message>
    <message>
      <location filename="caseworker/services/merging.py" line="266" />
      <source>{what} {ident} was already merged into another record.</source>
      <translation>سبق دمج {what} {ident} في سجل آخر.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/errors.py" line="66" />
      <location filename="caseworker/services/base.py" line="40" />
      <location filename="caseworker/services/base.py" line="53" />
      <source>{what} {ident} was not found.</source>
      <translation>لم يُعثر على {what} {ident}.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/introductions.py" line="46" />
      <source>{worker} is now your worker for {reference} ({title}), with the {team} team.</source>
      <translation>أصبح {worker} أخصائيك لـ {reference} ‏({title})، مع فريق {team}.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/introductions.py" line="47" />
      <source>{worker} is now your worker for {reference} ({title}).</source>
      <translation>أصبح {worker} أخصائيك لـ {reference} ‏({title}).</translation>
    </message>
  </context>
</TS>
