<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
  <context>
    <name>Caseworker</name>
    <message>
      <location filename="caseworker/ui/dialogs/case_dialogs.py" line="420" />
      <source> (inactive)</source>
      <translation> (inactivo)</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/service_quality.py" line="100" />
      <source> (left)</source>
      <translation> (se fue)</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/meeting_detail.py" line="360" />
      <source> and every occurrence</source>
      <translation> y todas las repeticiones</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/case_dialogs.py" line="378" />
      <source> business days</source>
      <translation> días hábiles</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/organigram_page.py" line="353" />
      <source> business days before</source>
      <translation> días hábiles antes</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/organigram_page.py" line="280" />
      <source> business days before it is due</source>
      <translation> días hábiles antes del vencimiento</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/care_dialogs.py" line="336" />
      <location filename="caseworker/ui/dialogs/policy_dialog.py" line="107" />
      <location filename="caseworker/ui/sections/administration.py" line="172" />
      <source> days</source>
      <translation> días</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/mail_server.py" line="72" />
      <source> hours</source>
      <translation> horas</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/administration.py" line="907" />
      <source> minutes</source>
      <translation> minutos</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/case_dialogs.py" line="283" />
      <source> of 5</source>
      <translation> de 5</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/meeting_dialogs.py" line="168" />
      <source> times</source>
      <translation> veces</translation>
    </message>
    <message>
      <location filename="caseworker/ui/main_window.py" line="147" />
      <source>&amp;About Caseworker</source>
      <translation>&amp;Acerca de Caseworker</translation>
    </message>
    <message>
      <location filename="caseworker/ui/my_work/cases.py" line="101" />
      <source>&amp;Accept</source>
      <translation>&amp;Aceptar</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/grant_dialogs.py" line="153" />
      <source>&amp;Active:</source>
      <translation>&amp;Activo:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/organigram_page.py" line="107" />
      <source>&amp;Add team</source>
      <translation>&amp;Añadir equipo</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/client_dialog.py" line="103" />
      <location filename="caseworker/ui/dialogs/donor_dialog.py" line="92" />
      <location filename="caseworker/ui/dialogs/donor_dialog.py" line="423" />
      <source>&amp;Address:</source>
      <translation>&amp;Dirección:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/client_records.py" line="135" />
      <source>&amp;Agency:</source>
      <translation>&amp;Organismo:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/case_dialogs.py" line="262" />
      <source>&amp;Alone</source>
      <translation>&amp;Solo</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/gift_dialog.py" line="70" />
      <source>&amp;Amount ({currency}):</source>
      <translation>&amp;Importe ({currency}):</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/aid_dialogs.py" line="79" />
      <location filename="caseworker/ui/dialogs/grant_dialogs.py" line="432" />
      <location filename="caseworker/ui/dialogs/grant_dialogs.py" line="459" />
      <source>&amp;Amount:</source>
      <translation>&amp;Importe:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/aid.py" line="242" />
      <source>&amp;Approve</source>
      <translation>&amp;Aprobar</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/care_dialogs.py" line="292" />
      <source>&amp;Asked:</source>
      <translation>&amp;Solicitado:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/meeting_dialogs.py" line="575" />
      <source>&amp;Attendance:</source>
      <translation>&amp;Asistencia:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/organigram_page.py" line="119" />
      <location filename="caseworker/ui/views/organigram_page.py" line="208" />
      <source>&amp;Backup:</source>
      <translation>&amp;Suplente:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/correspondence.py" line="513" />
      <source>&amp;Body:</source>
      <translation>&amp;Cuerpo:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/aid_dialogs.py" line="244" />
      <source>&amp;Budget:</source>
      <translation>&amp;Presupuesto:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/care_dialogs.py" line="338" />
      <source>&amp;By:</source>
      <translation>&amp;Por:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/aid_dialogs.py" line="246" />
      <source>&amp;Cap per client:</source>
      <translation>&amp;Límite por cliente:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/grant_dialogs.py" line="430" />
      <source>&amp;Category:</source>
      <translation>&amp;Categoría:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/aid_dialogs.py" line="64" />
      <location filename="caseworker/ui/dialogs/case_dialogs.py" line="137" />
      <location filename="caseworker/ui/dialogs/grant_dialogs.py" line="229" />
      <source>&amp;Client:</source>
      <translation>&amp;Cliente:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/case_detail.py" line="251" />
      <source>&amp;Close</source>
      <translation>&amp;Cerrar</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/client_records.py" line="109" />
      <source>&amp;Consent to:</source>
      <translation>&amp;Consiente en:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/care_dialogs.py" line="156" />
      <source>&amp;Contact by:</source>
      <translation>&amp;Contactar por:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/gift_aid_dialog.py" line="36" />
      <source>&amp;Covers:</source>
      <translation>&amp;Cubre:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/administration.py" line="146" />
      <source>&amp;Currency:</source>
      <translation>&amp;Moneda:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/password_dialog.py" line="48" />
      <source>&amp;Current password:</source>
      <translation>Contraseña &amp;actual:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/administration.py" line="904" />
      <source>&amp;Database:</source>
      <translation>&amp;Base de datos:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/aid_dialogs.py" line="81" />
      <location filename="caseworker/ui/dialogs/care_dialogs.py" line="247" />
      <location filename="caseworker/ui/dialogs/case_dialogs.py" line="339" />
      <source>&amp;Date:</source>
      <translation>Fec&amp;ha:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/client_records.py" line="113" />
      <source>&amp;Decision:</source>
      <translation>&amp;Decisión:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/meeting_dialogs.py" line="582" />
      <location filename="caseworker/ui/dialogs/meeting_dialogs.py" line="674" />
      <source>&amp;Decisions:</source>
      <translation>&amp;Decisiones:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/case_dialogs.py" line="386" />
      <location filename="caseworker/ui/dialogs/grant_dialogs.py" line="185" />
      <location filename="caseworker/ui/views/organigram_page.py" line="117" />
      <source>&amp;Description:</source>
      <translation>&amp;Descripción:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/donor_dialog.py" line="322" />
      <source>&amp;Do not contact:</source>
      <translation>&amp;No contactar:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/care_dialogs.py" line="129" />
      <location filename="caseworker/ui/dialogs/meeting_dialogs.py" line="816" />
      <source>&amp;Due:</source>
      <translation>&amp;Vence:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/client_dialog.py" line="102" />
      <location filename="caseworker/ui/dialogs/donor_dialog.py" line="90" />
      <location filename="caseworker/ui/views/organigram_page.py" line="121" />
      <source>&amp;E-mail:</source>
      <translation>&amp;Correo electrónico:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/client_detail.py" line="177" />
      <source>&amp;Edit</source>
      <translation>&amp;Editar</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/grant_detail.py" line="129" />
      <location filename="caseworker/ui/views/grant_detail.py" line="494" />
      <location filename="caseworker/ui/views/meeting_detail.py" line="97" />
      <source>&amp;Edit…</source>
      <translation>&amp;Editar…</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/grant_dialogs.py" line="149" />
      <location filename="caseworker/ui/dialogs/user_dialog.py" line="53" />
      <source>&amp;Email:</source>
      <translation>&amp;Correo electrónico:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/meeting_dialogs.py" line="173" />
      <source>&amp;Ends:</source>
      <translation>Ter&amp;mina:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/case_detail.py" line="271" />
      <source>&amp;Escalate…</source>
      <translation>&amp;Escalar…</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/gift_dialog.py" line="195" />
      <source>&amp;Every:</source>
      <translation>&amp;Cada:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/export.py" line="184" />
      <source>&amp;Export as</source>
      <translation>&amp;Exportar como</translation>
    </message>
    <message>
      <location filename="caseworker/ui/main_window.py" line="122" />
      <source>&amp;File</source>
      <translation>&amp;Archivo</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/client_dialog.py" line="70" />
      <location filename="caseworker/ui/dialogs/donor_dialog.py" line="83" />
      <source>&amp;First name:</source>
      <translation>&amp;Nombre:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/gift_dialog.py" line="199" />
      <source>&amp;First on:</source>
      <translation>&amp;Primera vez el:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/administration.py" line="150" />
      <source>&amp;Fiscal year starts in:</source>
      <translation>Inicio del e&amp;jercicio fiscal:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/care_dialogs.py" line="134" />
      <location filename="caseworker/ui/sections/correspondence.py" line="503" />
      <source>&amp;For:</source>
      <translation>&amp;Para:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/case_dialogs.py" line="409" />
      <location filename="caseworker/ui/dialogs/donor_dialog.py" line="380" />
      <location filename="caseworker/ui/views/organigram_page.py" line="203" />
      <source>&amp;From:</source>
      <translation>&amp;Desde:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/aid_dialogs.py" line="71" />
      <location filename="caseworker/ui/dialogs/gift_dialog.py" line="76" />
      <source>&amp;Fund:</source>
      <translation>&amp;Fondo:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/grant_dialogs.py" line="219" />
      <source>&amp;Funder:</source>
      <translation>&amp;Financiador:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/gift_aid_dialog.py" line="46" />
      <source>&amp;Gift:</source>
      <translation>&amp;Donativo:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/main_window.py" line="133" />
      <source>&amp;Go</source>
      <translation>&amp;Ir</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/case_detail.py" line="249" />
      <source>&amp;Hand off…</source>
      <translation>&amp;Traspasar…</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/organigram_page.py" line="212" />
      <source>&amp;Hand on their work…</source>
      <translation>&amp;Traspasar su trabajo…</translation>
    </message>
    <message>
      <location filename="caseworker/ui/main_window.py" line="145" />
      <source>&amp;Help</source>
      <translation>A&amp;yuda</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/gift_aid_dialog.py" line="41" />
      <source>&amp;How made:</source>
      <translation>&amp;Cómo se hizo:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/care_dialogs.py" line="243" />
      <location filename="caseworker/ui/dialogs/client_records.py" line="117" />
      <location filename="caseworker/ui/dialogs/meeting_dialogs.py" line="146" />
      <source>&amp;How:</source>
      <translation>Cóm&amp;o:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/client_dialog.py" line="92" />
      <source>&amp;Interpreter needed:</source>
      <translation>Necesita intérpre&amp;te:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/case_detail.py" line="274" />
      <source>&amp;Introduce the team to the client</source>
      <translation>&amp;Presentar el equipo al cliente</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/case_detail.py" line="286" />
      <source>&amp;Introduction letter</source>
      <translation>Carta de &amp;presentación</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/client_dialog.py" line="115" />
      <source>&amp;Key worker:</source>
      <translation>Profesional de &amp;referencia:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/main_window.py" line="146" />
      <source>&amp;Keyboard shortcuts</source>
      <translation>&amp;Atajos de teclado</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/aid_dialogs.py" line="76" />
      <location filename="caseworker/ui/dialogs/case_dialogs.py" line="335" />
      <location filename="caseworker/ui/dialogs/client_records.py" line="89" />
      <source>&amp;Kind:</source>
      <translation>&amp;Tipo:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/correspondence.py" line="322" />
      <source>&amp;Labels…</source>
      <translation>&amp;Etiquetas…</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/client_dialog.py" line="76" />
      <location filename="caseworker/ui/sections/correspondence.py" line="508" />
      <source>&amp;Language:</source>
      <translation>&amp;Idioma:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/administration.py" line="169" />
      <source>&amp;Lapsed after no gift for:</source>
      <translation>Ina&amp;ctivo tras no donar durante:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/gift_dialog.py" line="200" />
      <source>&amp;Last on:</source>
      <translation>Ú&amp;ltima vez el:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/administration.py" line="910" />
      <source>&amp;Lock when idle for:</source>
      <translation>Blo&amp;quear tras inactividad de:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/my_work/tasks.py" line="146" />
      <location filename="caseworker/ui/views/client_care_tab.py" line="79" />
      <source>&amp;Log a contact…</source>
      <translation>&amp;Registrar un contacto…</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/gift_aid_dialog.py" line="34" />
      <source>&amp;Made on:</source>
      <translation>&amp;Hecha el:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/administration.py" line="165" />
      <source>&amp;Major donor from one gift of:</source>
      <translation>Donante pr&amp;incipal desde un donativo de:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/donor_dialog.py" line="429" />
      <location filename="caseworker/ui/views/organigram_page.py" line="122" />
      <source>&amp;Members:</source>
      <translation>&amp;Miembros:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/gift_dialog.py" line="73" />
      <location filename="caseworker/ui/dialogs/gift_dialog.py" line="203" />
      <source>&amp;Method:</source>
      <translation>&amp;Método:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/cases.py" line="85" />
      <source>&amp;Mine</source>
      <translation>&amp;Míos</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/meeting_dialogs.py" line="579" />
      <source>&amp;Minutes:</source>
      <translation>&amp;Acta:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/meeting_detail.py" line="98" />
      <source>&amp;Minutes…</source>
      <translation>&amp;Acta…</translation>
    </message>
    <message>
      <location filename="caseworker/ui/export.py" line="171" />
      <source>&amp;Month</source>
      <translation>&amp;Mes</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/grant_detail.py" line="130" />
      <source>&amp;Move stage…</source>
      <translation>&amp;Cambiar de etapa…</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/grant_dialogs.py" line="392" />
      <source>&amp;Move to:</source>
      <translation>&amp;Pasar a:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/aid_dialogs.py" line="238" />
      <location filename="caseworker/ui/dialogs/case_dialogs.py" line="375" />
      <location filename="caseworker/ui/dialogs/donor_dialog.py" line="420" />
      <source>&amp;Name:</source>
      <translation>&amp;Nombre:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/grant_dialogs.py" line="554" />
      <source>&amp;Narrative:</source>
      <translation>&amp;Memoria:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/donor_dialog.py" line="324" />
      <source>&amp;Never by:</source>
      <translation>&amp;Nunca por:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/password_dialog.py" line="49" />
      <source>&amp;New password:</source>
      <translation>&amp;Nueva contraseña:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/main_window.py" line="124" />
      <source>&amp;New record</source>
      <translation>&amp;Nuevo registro</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/correspondence.py" line="493" />
      <source>&amp;New template</source>
      <translation>&amp;Nueva plantilla</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/administration.py" line="167" />
      <source>&amp;New while the first gift is within:</source>
      <translation>Nue&amp;vo mientras el primer donativo esté dentro de:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/case_detail.py" line="309" />
      <source>&amp;Note</source>
      <translation>&amp;Nota</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/gift_aid_dialog.py" line="49" />
      <location filename="caseworker/ui/dialogs/grant_dialogs.py" line="397" />
      <source>&amp;Note:</source>
      <translation>&amp;Nota:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/care_dialogs.py" line="165" />
      <source>&amp;Notes:</source>
      <translation>N&amp;otas:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/client_records.py" line="92" />
      <source>&amp;Number or address:</source>
      <translation>&amp;Número o dirección:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/client_records.py" line="116" />
      <location filename="caseworker/ui/dialogs/client_records.py" line="158" />
      <source>&amp;On:</source>
      <translation>&amp;El:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/care_dialogs.py" line="361" />
      <source>&amp;Only while a case is open:</source>
      <translation>&amp;Solo con un caso abierto:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/aid_dialogs.py" line="255" />
      <source>&amp;Open for new aid:</source>
      <translation>&amp;Abierto a nuevas ayudas:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/case_dialogs.py" line="157" />
      <source>&amp;Opened on:</source>
      <translation>Abierto &amp;el:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/donor_dialog.py" line="85" />
      <location filename="caseworker/ui/dialogs/sign_in.py" line="124" />
      <source>&amp;Organisation:</source>
      <translation>&amp;Organización:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/case_dialogs.py" line="261" />
      <location filename="caseworker/ui/dialogs/client_records.py" line="154" />
      <source>&amp;Outcome:</source>
      <translation>&amp;Resultado:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/grant_dialogs.py" line="542" />
      <source>&amp;Outcomes:</source>
      <translation>&amp;Resultados:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/grant_dialogs.py" line="233" />
      <source>&amp;Owner:</source>
      <translation>&amp;Responsable:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/sign_in.py" line="64" />
      <location filename="caseworker/ui/dialogs/sign_in.py" line="137" />
      <location filename="caseworker/ui/dialogs/user_dialog.py" line="79" />
      <source>&amp;Password:</source>
      <translation>C&amp;ontraseña:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/aid_dialogs.py" line="85" />
      <source>&amp;Payee:</source>
      <translation>&amp;Beneficiario del pago:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/organigram_page.py" line="94" />
      <source>&amp;People</source>
      <translation>&amp;Personas</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/meeting_dialogs.py" line="180" />
      <source>&amp;People:</source>
      <translation>&amp;Personas:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/grant_dialogs.py" line="150" />
      <source>&amp;Phone:</source>
      <translation>&amp;Teléfono:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/my_work/tasks.py" line="143" />
      <source>&amp;Plan a contact…</source>
      <translation>&amp;Planificar un contacto…</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/case_dialogs.py" line="383" />
      <source>&amp;Point of contact:</source>
      <translation>Persona de &amp;contacto:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/mail_server.py" line="41" />
      <source>&amp;Port:</source>
      <translation>&amp;Puerto:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/donor_dialog.py" line="325" />
      <source>&amp;Preferably by:</source>
      <translation>&amp;Preferiblemente por:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/client_dialog.py" line="72" />
      <source>&amp;Preferred name:</source>
      <translation>Nombre pre&amp;ferido:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/care_dialogs.py" line="283" />
      <source>&amp;Print the form for a visit…</source>
      <translation>&amp;Imprimir el formulario para una visita…</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/correspondence.py" line="319" />
      <source>&amp;Print waiting letters…</source>
      <translation>&amp;Imprimir cartas pendientes…</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/care_dialogs.py" line="130" />
      <location filename="caseworker/ui/dialogs/case_dialogs.py" line="145" />
      <source>&amp;Priority:</source>
      <translation>&amp;Prioridad:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/grant_dialogs.py" line="220" />
      <source>&amp;Programme:</source>
      <translation>&amp;Programa:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/correspondence.py" line="505" />
      <source>&amp;Purpose:</source>
      <translation>F&amp;inalidad:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/main_window.py" line="123" />
      <source>&amp;Quick search…</source>
      <translation>&amp;Búsqueda rápida…</translation>
    </message>
    <message>
      <location filename="caseworker/ui/main_window.py" line="132" />
      <source>&amp;Quit</source>
      <translation>&amp;Salir</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/meeting_dialogs.py" line="657" />
      <source>&amp;Quorum:</source>
      <translation>&amp;Quórum:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/aid_dialogs.py" line="317" />
      <location filename="caseworker/ui/dialogs/case_dialogs.py" line="242" />
      <location filename="caseworker/ui/dialogs/case_dialogs.py" line="412" />
      <source>&amp;Reason:</source>
      <translation>&amp;Motivo:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/gift_dialog.py" line="72" />
      <source>&amp;Received on:</source>
      <translation>&amp;Recibido el:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/client_detail.py" line="181" />
      <source>&amp;Refer</source>
      <translation>&amp;Derivar</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/client_records.py" line="137" />
      <source>&amp;Referred on:</source>
      <translation>&amp;Derivado el:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/donor_dialog.py" line="95" />
      <location filename="caseworker/ui/dialogs/donor_dialog.py" line="426" />
      <source>&amp;Region:</source>
      <translation>&amp;Región:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/administration.py" line="132" />
      <source>&amp;Registration number:</source>
      <translation>Número de &amp;registro:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/correspondence.py" line="206" />
      <source>&amp;Reload</source>
      <translation>&amp;Recargar</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/organigram_page.py" line="95" />
      <source>&amp;Reminders</source>
      <translation>&amp;Recordatorios</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/password_dialog.py" line="50" />
      <source>&amp;Repeat it:</source>
      <translation>&amp;Repetirla:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/sign_in.py" line="138" />
      <location filename="caseworker/ui/dialogs/user_dialog.py" line="80" />
      <source>&amp;Repeat password:</source>
      <translation>&amp;Repita la contraseña:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/care_dialogs.py" line="136" />
      <location filename="caseworker/ui/dialogs/meeting_dialogs.py" line="152" />
      <source>&amp;Repeat:</source>
      <translation>&amp;Repetir:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/mail_server.py" line="66" />
      <source>&amp;Replies to:</source>
      <translation>&amp;Responde a:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/case_detail.py" line="250" />
      <source>&amp;Resolve…</source>
      <translation>&amp;Resolver…</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/aid_dialogs.py" line="253" />
      <source>&amp;Restrictions:</source>
      <translation>&amp;Restricciones:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/client_dialog.py" line="90" />
      <source>&amp;Safeguarding:</source>
      <translation>&amp;Protección:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/case_dialogs.py" line="280" />
      <source>&amp;Satisfaction:</source>
      <translation>&amp;Satisfacción:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/crash.py" line="51" />
      <source>&amp;Save report…</source>
      <translation>&amp;Guardar informe…</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/organigram_page.py" line="126" />
      <source>&amp;Save team</source>
      <translation>Guardar e&amp;quipo</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/donor_dialog.py" line="108" />
      <source>&amp;Segment:</source>
      <translation>&amp;Segmento:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/correspondence.py" line="316" />
      <source>&amp;Send queued e-mail</source>
      <translation>&amp;Enviar correos en cola</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/gift_dialog.py" line="90" />
      <source>&amp;Soft credit to:</source>
      <translation>&amp;Reconocimiento a:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/case_dialogs.py" line="309" />
      <source>&amp;Specialist:</source>
      <translation>&amp;Especialista:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/user_dialog.py" line="74" />
      <location filename="caseworker/ui/views/organigram_page.py" line="188" />
      <source>&amp;Specialties:</source>
      <translation>Es&amp;pecialidades:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/case_dialogs.py" line="380" />
      <source>&amp;Specialty:</source>
      <translation>&amp;Especialidad:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/case_detail.py" line="246" />
      <source>&amp;Start work</source>
      <translation>&amp;Empezar a trabajar</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/case_dialogs.py" line="142" />
      <location filename="caseworker/ui/sections/correspondence.py" line="510" />
      <source>&amp;Subject:</source>
      <translation>&amp;Asunto:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/grant_dialogs.py" line="639" />
      <source>&amp;Submitted on:</source>
      <translation>&amp;Presentado el:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/gift_aid_dialog.py" line="98" />
      <source>&amp;Takes effect on:</source>
      <translation>&amp;Entra en vigor el:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/case_dialogs.py" line="376" />
      <source>&amp;Target:</source>
      <translation>&amp;Objetivo:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/grant_detail.py" line="131" />
      <source>&amp;Targets…</source>
      <translation>&amp;Objetivos…</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/user_dialog.py" line="73" />
      <source>&amp;Team:</source>
      <translation>&amp;Equipo:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/organigram_page.py" line="93" />
      <source>&amp;Teams</source>
      <translation>&amp;Equipos</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/case_dialogs.py" line="341" />
      <source>&amp;Text:</source>
      <translation>&amp;Texto:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/correspondence.py" line="202" />
      <source>&amp;Thank selected</source>
      <translation>&amp;Agradecer los seleccionados</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/administration.py" line="142" />
      <source>&amp;Time zone:</source>
      <translation>&amp;Zona horaria:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/care_dialogs.py" line="128" />
      <location filename="caseworker/ui/dialogs/grant_dialogs.py" line="218" />
      <location filename="caseworker/ui/dialogs/meeting_dialogs.py" line="122" />
      <source>&amp;Title:</source>
      <translation>&amp;Título:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/case_dialogs.py" line="215" />
      <location filename="caseworker/ui/dialogs/case_dialogs.py" line="411" />
      <location filename="caseworker/ui/views/organigram_page.py" line="383" />
      <source>&amp;To:</source>
      <translation>&amp;Para:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/gift_dialog.py" line="78" />
      <source>&amp;Towards:</source>
      <translation>&amp;Destinado a:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/donor_dialog.py" line="94" />
      <location filename="caseworker/ui/dialogs/donor_dialog.py" line="425" />
      <source>&amp;Town or city:</source>
      <translation>&amp;Localidad:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/correspondence.py" line="330" />
      <source>&amp;Try again</source>
      <translation>&amp;Reintentar</translation>
    </message>
    <message>
      <location filename="caseworker/ui/idle_lock.py" line="48" />
      <source>&amp;Unlock</source>
      <translation>&amp;Desbloquear</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/donor_dialog.py" line="381" />
      <source>&amp;Until (inclusive):</source>
      <translation>&amp;Hasta (inclusive):</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/care_dialogs.py" line="357" />
      <location filename="caseworker/ui/views/organigram_page.py" line="204" />
      <source>&amp;Until:</source>
      <translation>&amp;Hasta:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/care_dialogs.py" line="152" />
      <source>&amp;Use the next time that suits them</source>
      <translation>&amp;Usar la siguiente hora que le convenga</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/sign_in.py" line="63" />
      <location filename="caseworker/ui/dialogs/sign_in.py" line="136" />
      <location filename="caseworker/ui/dialogs/user_dialog.py" line="51" />
      <source>&amp;User name:</source>
      <translation>Nombre de &amp;usuario:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/case_detail.py" line="311" />
      <source>&amp;Visit</source>
      <translation>&amp;Visita</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/grant_detail.py" line="212" />
      <source>&amp;Void spending…</source>
      <translation>&amp;Anular gasto…</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/aid.py" line="244" />
      <source>&amp;Void…</source>
      <translation>A&amp;nular…</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/meeting_detail.py" line="99" />
      <source>&amp;Votes and quorum…</source>
      <translation>&amp;Votaciones y quórum…</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/case_detail.py" line="247" />
      <source>&amp;Wait…</source>
      <translation>&amp;Esperar…</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/grant_dialogs.py" line="148" />
      <source>&amp;Website:</source>
      <translation>Sitio &amp;web:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/case_dialogs.py" line="311" />
      <location filename="caseworker/ui/dialogs/grant_dialogs.py" line="461" />
      <source>&amp;What for:</source>
      <translation>&amp;Para qué:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/care_dialogs.py" line="252" />
      <source>&amp;What was said:</source>
      <translation>&amp;Qué se dijo:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/meeting_dialogs.py" line="801" />
      <source>&amp;What:</source>
      <translation>&amp;Qué:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/meeting_dialogs.py" line="141" />
      <source>&amp;When:</source>
      <translation>&amp;Cuándo:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/meeting_dialogs.py" line="149" />
      <source>&amp;Where:</source>
      <translation>&amp;Dónde:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/meeting_dialogs.py" line="802" />
      <source>&amp;Who:</source>
      <translation>&amp;Quién:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/client_records.py" line="93" />
      <source>&amp;Whose / which:</source>
      <translation>&amp;De quién / cuál:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/client_records.py" line="136" />
      <source>&amp;Why:</source>
      <translation>&amp;Por qué:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/donor_dialog.py" line="329" />
      <source>&amp;Window (days):</source>
      <translation>&amp;Ventana (días):</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/case_dialogs.py" line="149" />
      <source>&amp;Worker:</source>
      <translation>Pro&amp;fesional:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/correspondence.py" line="407" />
      <source>&amp;Write to them</source>
      <translation>&amp;Escribirles</translation>
    </message>
    <message>
      <location filename="caseworker/ui/export.py" line="164" />
      <source>&amp;Year</source>
      <translation>&amp;Año</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/meeting_dialogs.py" line="427" />
      <location filename="caseworker/ui/dialogs/meeting_dialogs.py" line="425" />
      <source>'{zone}' is not a known time zone.</source>
      <translation>«{zone}» no es una zona horaria conocida.</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/donor_detail.py" line="338" />
      <source>(by segment)</source>
      <translation>(por segmento)</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/meeting_detail.py" line="180" />
      <source>(cancelled)</source>
      <translation>(cancelado)</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/grant_detail.py" line="522" />
      <source>(inactive)</source>
      <translation>(inactivo)</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/gift_dialog.py" line="288" />
      <location filename="caseworker/ui/views/supporters.py" line="86" />
      <source>(no appeal)</source>
      <translation>(sin campaña)</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/crash.py" line="44" />
      <source>(no log file)</source>
      <translation>(sin archivo de registro)</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/crash.py" line="43" />
      <source>(not kept: save it below)</source>
      <translation>(no guardado: guárdelo abajo)</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/donor_detail.py" line="319" />
      <source>(set by hand)</source>
      <translation>(fijado a mano)</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/policy_dialog.py" line="138" />
      <source>(the supporter's local time)</source>
      <translation>(hora local del donante)</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/correspondence.py" line="80" />
      <source>({n} wait to be tried again)</source>
      <translation>({n} a la espera de reintento)</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/calendar.py" line="207" />
      <location filename="caseworker/ui/sections/calendar.py" line="304" />
      <source>+{n} more</source>
      <translation>+{n} más</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/case_detail.py" line="544" />
      <source>, satisfaction {n}/5</source>
      <translation>, satisfacción {n}/5</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/gift_dialog.py" line="89" />
      <source>0.00</source>
      <translation>0.00</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/clients.py" line="102" />
      <source>1 client</source>
      <translation>1 cliente</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/donors.py" line="160" />
      <source>1 donor</source>
      <translation>1 donante</translation>
    </message>
    <message>
      <location filename="caseworker/ui/export.py" line="183" />
      <source>A ZIP with one PDF per document</source>
      <translation>Un ZIP con un PDF por documento</translation>
    </message>
    <message>
      <location filename="caseworker/ui/backups_page.py" line="98" />
      <source>A backup is taken every day while Caseworker runs (the last week kept daily, then one a week for a month and one a month for a year), and before every upgrade. Each is checked after it is written. An encrypted database's backups need their .keys file, kept beside them.</source>
      <translation>Se hace una copia de seguridad cada día mientras Caseworker está abierto (se conservan las diarias de la última semana, luego una por semana durante un mes y una por mes durante un año), y antes de cada actualización. Cada copia se comprueba después de escribirla. Las copias de una base de datos cifrada necesitan su archivo .keys, guardado junto a ellas.</translation>
    </message>
    <message>
      <location filename="caseworker/ui/my_work/tasks.py" line="147" />
      <source>A call, visit or message counts as the check-in</source>
      <translation>Una llamada, visita o mensaje cuenta como seguimiento</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/grant_dialogs.py" line="228" />
      <source>A client</source>
      <translation>Un cliente</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/correspondence.py" line="543" />
      <source>A gift number for a donor's template, a case number for a client's</source>
      <translation>Un número de donativo para una plantilla de donantes, un número de caso para una de clientes</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/case_detail.py" line="287" />
      <source>A letter introducing the client's worker and team, as a PDF</source>
      <translation>Una carta que presenta al profesional y al equipo del cliente, en PDF</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/planner.py" line="171" />
      <source>A list of donor numbers</source>
      <translation>Una lista de números de donante</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/correspondence.py" line="680" />
      <source>A new template</source>
      <translation>Una plantilla nueva</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/gift_dialog.py" line="79" />
      <source>A one-off gift</source>
      <translation>Un donativo puntual</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/organigram_page.py" line="213" />
      <source>A person leaving: their open cases and tasks go on in one step</source>
      <translation>Una persona que se va: sus casos abiertos y tareas continúan en un solo paso</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/administration.py" line="247" />
      <source>A picture is kept (encrypted with the database)</source>
      <translation>Se guarda una imagen (cifrada con la base de datos)</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/crash.py" line="45" />
      <source>A report for the people who look after Caseworker was kept on this computer: {report}. It holds no client or donor details. Save it to send it with a few words on what you were doing. The log file is {log}.</source>
      <translation>Se guardó en este equipo un informe para quienes mantienen Caseworker: {report}. No contiene datos de clientes ni de donantes. Guárdelo para enviarlo con unas palabras sobre lo que estaba haciendo. El archivo de registro es {log}.</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/meeting_dialogs.py" line="150" />
      <source>A room, an address, or the video link</source>
      <translation>Una sala, una dirección o el enlace de videollamada</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/planner.py" line="170" />
      <source>A segment of the donor list</source>
      <translation>Un segmento de la lista de donantes</translation>
    </message>
    <message>
      <location filename="caseworker/ui/my_work/tasks.py" line="46" />
      <source>A task of your own (Ctrl+T makes one on the record in view)</source>
      <translation>Una tarea propia (Ctrl+T crea una sobre el registro a la vista)</translation>
    </message>
    <message>
      <location filename="caseworker/ui/tasks_ui.py" line="24" />
      <source>A task on the record in view, or one of your own (Ctrl+T)</source>
      <translation>Una tarea sobre el registro a la vista, o una propia (Ctrl+T)</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/client_dialog.py" line="94" />
      <source>A&amp;ccessibility needs:</source>
      <translation>Necesidades de acc&amp;esibilidad:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/meeting_dialogs.py" line="184" />
      <source>A&amp;genda:</source>
      <translation>Orden del dí&amp;a:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/gift_dialog.py" line="74" />
      <location filename="caseworker/ui/dialogs/gift_dialog.py" line="205" />
      <source>A&amp;ppeal code:</source>
      <translation>Código de &amp;campaña:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/correspondence.py" line="525" />
      <source>A&amp;ppeal:</source>
      <translation>&amp;Campaña:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/client_detail.py" line="179" />
      <source>A&amp;ttach file</source>
      <translation>Ad&amp;juntar archivo</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/correspondence.py" line="516" />
      <source>A&amp;ttach:</source>
      <translation>Ad&amp;juntar:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/main_window.py" line="321" />
      <source>About Caseworker</source>
      <translation>Acerca de Caseworker</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/meeting_dialogs.py" line="663" />
      <source>Abstained</source>
      <translation>Abstenciones</translation>
    </message>
    <message>
      <location filename="caseworker/ui/my_work/cases.py" line="102" />
      <source>Accept the handoff</source>
      <translation>Aceptar el traspaso</translation>
    </message>
    <message>
      <location filename="caseworker/ui/widgets/client_care_card.py" line="50" />
      <source>Acceptable
(client)</source>
      <translation>Aceptable
(cliente)</translation>
    </message>
    <message>
      <location filename="caseworker/ui/widgets/client_care_card.py" line="50" />
      <source>Acceptable
(worker)</source>
      <translation>Aceptable
(profesional)</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/case_dialogs.py" line="276" />
      <source>Acceptable to the &amp;client:</source>
      <translation>Aceptable para el &amp;cliente:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/widgets/flag_strip.py" line="40" />
      <source>Access</source>
      <translation>Acceso</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/clients.py" line="74" />
      <source>Accessibility</source>
      <translation>Accesibilidad</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/client_detail.py" line="139" />
      <location filename="caseworker/ui/widgets/flag_strip.py" line="40" />
      <source>Accessibility: {text}</source>
      <translation>Accesibilidad: {text}</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/correspondence.py" line="528" />
      <source>Acti&amp;ve:</source>
      <translation>Acti&amp;vo:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/models/audit_table.py" line="69" />
      <source>Action</source>
      <translation>Acción</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/meeting_detail.py" line="139" />
      <location filename="caseworker/ui/views/meeting_detail.py" line="137" />
      <source>Action items</source>
      <translation>Tareas acordadas</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/administration.py" line="469" />
      <location filename="caseworker/ui/sections/administration.py" line="453" />
      <source>Active</source>
      <translation>Activo</translation>
    </message>
    <message>
      <location filename="caseworker/ui/main_window.py" line="176" />
      <source>Activity</source>
      <translation>Actividad</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/grant_dialogs.py" line="182" />
      <location filename="caseworker/ui/dialogs/grant_dialogs.py" line="424" />
      <location filename="caseworker/ui/dialogs/meeting_dialogs.py" line="263" />
      <source>Add</source>
      <translation>Añadir</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/meeting_detail.py" line="101" />
      <source>Add &amp;action…</source>
      <translation>Añadir &amp;tarea acordada…</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/grant_detail.py" line="187" />
      <source>Add &amp;document…</source>
      <translation>Añadir &amp;documento…</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/grant_detail.py" line="496" />
      <source>Add &amp;programme…</source>
      <translation>Añadir &amp;programa…</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/donor_dialog.py" line="431" />
      <source>Add a &amp;member:</source>
      <translation>Añadir un &amp;miembro:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/grant_dialogs.py" line="490" />
      <source>Add a budget line first.</source>
      <translation>Añada primero una partida presupuestaria.</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/case_detail.py" line="309" />
      <source>Add a note</source>
      <translation>Añadir una nota</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/user_dialog.py" line="47" />
      <source>Add a user</source>
      <translation>Añadir un usuario</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/administration.py" line="480" />
      <source>Add a user (Ctrl+N)</source>
      <translation>Añadir un usuario (Ctrl+N)</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/meeting_dialogs.py" line="796" />
      <source>Add action item</source>
      <translation>Añadir tarea acordada</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/policy_dialog.py" line="185" />
      <location filename="caseworker/ui/dialogs/policy_dialog.py" line="186" />
      <source>Add blackout</source>
      <translation>Añadir bloqueo</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/grant_detail.py" line="210" />
      <source>Add budget &amp;line…</source>
      <translation>Añadir &amp;partida presupuestaria…</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/grant_dialogs.py" line="424" />
      <source>Add budget line</source>
      <translation>Añadir partida presupuestaria</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/case_dialogs.py" line="372" />
      <source>Add category</source>
      <translation>Añadir categoría</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/cases.py" line="132" />
      <source>Add category…</source>
      <translation>Añadir categoría…</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/client_dialog.py" line="138" />
      <location filename="caseworker/ui/dialogs/client_dialog.py" line="228" />
      <source>Add client</source>
      <translation>Añadir cliente</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/client_records.py" line="87" />
      <location filename="caseworker/ui/dialogs/client_records.py" line="87" />
      <location filename="caseworker/ui/views/client_detail.py" line="283" />
      <source>Add contact</source>
      <translation>Añadir contacto</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/grant_detail.py" line="418" />
      <source>Add document</source>
      <translation>Añadir documento</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/donor_dialog.py" line="142" />
      <location filename="caseworker/ui/dialogs/donor_dialog.py" line="234" />
      <source>Add donor</source>
      <translation>Añadir donante</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/aid_dialogs.py" line="233" />
      <location filename="caseworker/ui/sections/aid.py" line="150" />
      <source>Add fund</source>
      <translation>Añadir fondo</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/grant_dialogs.py" line="145" />
      <location filename="caseworker/ui/sections/grants.py" line="118" />
      <source>Add funder</source>
      <translation>Añadir financiador</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/donor_dialog.py" line="385" />
      <source>Add pause</source>
      <translation>Añadir pausa</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/grant_dialogs.py" line="182" />
      <source>Add programme</source>
      <translation>Añadir programa</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/case_dialogs.py" line="332" />
      <source>Add to the timeline</source>
      <translation>Añadir a la cronología</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/user_dialog.py" line="89" />
      <location filename="caseworker/ui/sections/administration.py" line="479" />
      <source>Add user</source>
      <translation>Añadir usuario</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/administration.py" line="478" />
      <source>Add user…</source>
      <translation>Añadir usuario…</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/client_detail.py" line="300" />
      <source>Added</source>
      <translation>Añadido</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/client_detail.py" line="267" />
      <location filename="caseworker/ui/views/donor_detail.py" line="185" />
      <source>Address</source>
      <translation>Dirección</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/donor_dialog.py" line="93" />
      <location filename="caseworker/ui/dialogs/donor_dialog.py" line="424" />
      <source>Address line &amp;2:</source>
      <translation>Línea de dirección &amp;2:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/meeting_dialogs.py" line="160" />
      <source>After a number of times</source>
      <translation>Tras un número de veces</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/meeting_dialogs.py" line="663" />
      <source>Against</source>
      <translation>En contra</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/grant_outputs.py" line="59" />
      <source>Age on the last day of the period</source>
      <translation>Edad el último día del periodo</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/grant_outputs.py" line="113" />
      <source>Age {band}</source>
      <translation>Edad {band}</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/client_detail.py" line="318" />
      <source>Agency</source>
      <translation>Organismo</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/meeting_detail.py" line="107" />
      <location filename="caseworker/ui/views/meeting_detail.py" line="123" />
      <source>Agenda</source>
      <translation>Orden del día</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/client_records.py" line="114" />
      <location filename="caseworker/ui/views/client_detail.py" line="406" />
      <source>Agreed</source>
      <translation>Acordado</translation>
    </message>
    <message>
      <location filename="caseworker/ui/parts.py" line="104" />
      <location filename="caseworker/ui/sections/aid.py" line="136" />
      <location filename="caseworker/ui/sections/aid.py" line="353" />
      <source>Aid</source>
      <translation>Ayudas</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/grant_dialogs.py" line="466" />
      <source>Aid &amp;disbursement no.:</source>
      <translation>N.º de &amp;pago de ayuda:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/insight.py" line="137" />
      <source>Aid and grants</source>
      <translation>Ayudas y subvenciones</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/aid_grants.py" line="69" />
      <source>Aid by fund</source>
      <translation>Ayudas por fondo</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/grant_outputs.py" line="112" />
      <source>Aid from {fund}</source>
      <translation>Ayuda del fondo {fund}</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/aid.py" line="58" />
      <source>Aid given to this client</source>
      <translation>Ayudas concedidas a este cliente</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/grant_outputs.py" line="106" />
      <source>Aid paid</source>
      <translation>Ayudas pagadas</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/insight.py" line="106" />
      <source>Aid paid by fund</source>
      <translation>Ayudas pagadas por fondo</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/grant_outputs.py" line="110" />
      <source>Aid paid through its spending</source>
      <translation>Ayudas pagadas con sus gastos</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/grant_outputs.py" line="106" />
      <source>Aid payments</source>
      <translation>Pagos de ayudas</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/aid.py" line="56" />
      <source>Aid totals by fund</source>
      <translation>Totales de ayudas por fondo</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/cases.py" line="74" />
      <source>All cases</source>
      <translation>Todos los casos</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/cases.py" line="174" />
      <location filename="caseworker/ui/views/service_quality.py" line="154" />
      <source>All categories</source>
      <translation>Todas las categorías</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/clients.py" line="72" />
      <source>All clients</source>
      <translation>Todos los clientes</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/correspondence.py" line="430" />
      <source>All contactable donors</source>
      <translation>Todos los donantes contactables</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/planner.py" line="174" />
      <source>All donors</source>
      <translation>Todos los donantes</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/aid.py" line="286" />
      <source>All funds</source>
      <translation>Todos los fondos</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/correspondence.py" line="311" />
      <source>All messages</source>
      <translation>Todos los mensajes</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/administration.py" line="823" />
      <source>All records</source>
      <translation>Todos los registros</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/donors.py" line="78" />
      <source>All segments</source>
      <translation>Todos los segmentos</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/aid.py" line="187" />
      <source>All statuses</source>
      <translation>Todos los estados</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/planner.py" line="73" />
      <source>Allowed</source>
      <translation>Permitido</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/touchpoint_dialog.py" line="80" />
      <source>Allowed, with a warning — check before saving.</source>
      <translation>Permitido, con un aviso: revíselo antes de guardar.</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/donor_detail.py" line="360" />
      <source>Allowed, within the contact policy</source>
      <translation>Permitido, dentro de la política de contacto</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/batch_gifts.py" line="160" />
      <location filename="caseworker/ui/sections/aid.py" line="59" />
      <location filename="caseworker/ui/sections/aid.py" line="176" />
      <source>Amount</source>
      <translation>Importe</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/grant_dialogs.py" line="395" />
      <source>Amount &amp;awarded:</source>
      <translation>Importe &amp;concedido:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/grant_dialogs.py" line="238" />
      <source>Amount &amp;requested:</source>
      <translation>Importe &amp;solicitado:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/administration.py" line="174" />
      <source>An amount in the organisation's currency</source>
      <translation>Un importe en la moneda de la organización</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/client_detail.py" line="534" />
      <source>Anonymise</source>
      <translation>Anonimizar</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/client_detail.py" line="527" />
      <location filename="caseworker/ui/views/client_detail.py" line="534" />
      <source>Anonymise client</source>
      <translation>Anonimizar cliente</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/client_detail.py" line="186" />
      <source>Anonymise…</source>
      <translation>Anonimizar…</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/client_detail.py" line="528" />
      <source>Anonymising removes {name}'s name, birth date, contacts, notes and attachments for good. Cases and aid stay, without the name. Continue?</source>
      <translation>Al anonimizar se eliminan para siempre el nombre, la fecha de nacimiento, los contactos, las notas y los adjuntos de {name}. Los casos y las ayudas se conservan, sin el nombre. ¿Desea continuar?</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/administration.py" line="129" />
      <source>Another country</source>
      <translation>Otro país</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/gift_dialog.py" line="91" />
      <source>Another donor to recognise, e.g. a spouse (name)</source>
      <translation>Otro donante al que reconocer, p. ej., el cónyuge (nombre)</translation>
    </message>
    <message>
      <location filename="caseworker/ui/application.py" line="247" />
      <source>Another user is saving — retrying…</source>
      <translation>Otro usuario está guardando; reintentando…</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/care_dialogs.py" line="339" />
      <source>Any channel</source>
      <translation>Cualquier canal</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/clients.py" line="72" />
      <source>Any flag</source>
      <translation>Cualquier indicador</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/clients.py" line="80" />
      <source>Any key worker</source>
      <translation>Todos los profesionales</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/donors.py" line="92" />
      <source>Any manager</source>
      <translation>Cualquier responsable</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/administration.py" line="473" />
      <source>Any role</source>
      <translation>Cualquier rol</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/administration.py" line="826" />
      <source>Anyone</source>
      <translation>Cualquiera</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/batch_gifts.py" line="160" />
      <location filename="caseworker/ui/dialogs/gift_dialog.py" line="277" />
      <location filename="caseworker/ui/views/donor_detail.py" line="249" />
      <source>Appeal</source>
      <translation>Campaña</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/planner.py" line="211" />
      <source>Appeal name</source>
      <translation>Nombre de la campaña</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/gift_dialog.py" line="274" />
      <location filename="caseworker/ui/dialogs/gift_dialog.py" line="281" />
      <location filename="caseworker/ui/sections/donors.py" line="109" />
      <source>Appeal response</source>
      <translation>Respuesta a la campaña</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/planner.py" line="234" />
      <source>Appeal:</source>
      <translation>Campaña:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/donors.py" line="107" />
      <source>Appeals</source>
      <translation>Campañas</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/grants.py" line="80" />
      <source>Application</source>
      <translation>Solicitud</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/grant_detail.py" line="139" />
      <source>Application summary</source>
      <translation>Resumen de la solicitud</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/aid_grants.py" line="75" />
      <source>Applications</source>
      <translation>Solicitudes</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/grant_dialogs.py" line="222" />
      <source>Applying &amp;for:</source>
      <translation>Solicitado p&amp;ara:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/grant_detail.py" line="150" />
      <source>Applying for</source>
      <translation>Solicitado para</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/aid.py" line="234" />
      <source>Approved by</source>
      <translation>Aprobado por</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/grant_outputs.py" line="115" />
      <source>Area: {name}</source>
      <translation>Zona: {name}</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/correspondence.py" line="405" />
      <source>As letters</source>
      <translation>Como cartas</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/sign_in.py" line="125" />
      <source>As printed on letters and receipts</source>
      <translation>Tal como se imprime en cartas y recibos</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/client_dialog.py" line="83" />
      <source>As the client states it, or leave empty</source>
      <translation>Como lo indique la persona, o déjelo vacío</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/organigram_page.py" line="352" />
      <source>As the default</source>
      <translation>Como valor predeterminado</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/administration.py" line="913" />
      <source>As this computer's system</source>
      <translation>El del sistema de este equipo</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/care_dialogs.py" line="279" />
      <source>Ask the client, and write down their answers in their words. Your own verdict stays on the resolution.</source>
      <translation>Pregunte al cliente y anote sus respuestas con sus propias palabras. Su propia valoración queda en la resolución.</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/donor_dialog.py" line="331" />
      <source>At &amp;least (days apart):</source>
      <translation>Al &amp;menos (días de separación):</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/donor_dialog.py" line="330" />
      <source>At &amp;most, per window:</source>
      <translation>Como &amp;máximo, por ventana:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/client_detail.py" line="479" />
      <source>Attach a file</source>
      <translation>Adjuntar un archivo</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/correspondence.py" line="514" />
      <source>Attachment</source>
      <translation>Adjunto</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/client_detail.py" line="300" />
      <location filename="caseworker/ui/views/client_detail.py" line="312" />
      <location filename="caseworker/ui/views/client_detail.py" line="419" />
      <source>Attachments</source>
      <translation>Adjuntos</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/client_detail.py" line="418" />
      <source>Attachments ({n})</source>
      <translation>Adjuntos ({n})</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/meeting_dialogs.py" line="560" />
      <source>Attendance</source>
      <translation>Asistencia</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/meeting_dialogs.py" line="568" />
      <source>Attendance of {name}</source>
      <translation>Asistencia de {name}</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/correspondence.py" line="502" />
      <source>Audience</source>
      <translation>Destinatarios</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/administration.py" line="768" />
      <source>Audit entry</source>
      <translation>Entrada de auditoría</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/administration.py" line="749" />
      <location filename="caseworker/ui/sections/administration.py" line="774" />
      <location filename="caseworker/ui/sections/administration.py" line="1072" />
      <source>Audit log</source>
      <translation>Registro de auditoría</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/gift_dialog.py" line="277" />
      <source>Average gift</source>
      <translation>Donativo medio</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/grants.py" line="80" />
      <location filename="caseworker/ui/views/aid_grants.py" line="78" />
      <location filename="caseworker/ui/views/aid_grants.py" line="81" />
      <source>Awarded</source>
      <translation>Concedida</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/aid_grants.py" line="79" />
      <source>Awarded amount</source>
      <translation>Importe concedido</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/grant_detail.py" line="348" />
      <source>Awarded {awarded} · spent {spent} · remaining {remaining} · not yet budgeted {unallocated}</source>
      <translation>Concedido {awarded} · gastado {spent} · restante {remaining} · aún sin presupuestar {unallocated}</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/import_wizard.py" line="112" />
      <source>Back</source>
      <translation>Atrás</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/import_wizard.py" line="113" />
      <source>Back to the previous step</source>
      <translation>Volver al paso anterior</translation>
    </message>
    <message>
      <location filename="caseworker/ui/backups_page.py" line="77" />
      <source>Back up now</source>
      <translation>Hacer copia ahora</translation>
    </message>
    <message>
      <location filename="caseworker/ui/backups_page.py" line="78" />
      <source>Back up the database now</source>
      <translation>Hacer ahora una copia de seguridad de la base de datos</translation>
    </message>
    <message>
      <location filename="caseworker/ui/backups_page.py" line="159" />
      <source>Backed up to {name} ({size}); its check passed.</source>
      <translation>Copia guardada en {name} ({size}); la comprobación fue correcta.</translation>
    </message>
    <message>
      <location filename="caseworker/ui/backups_page.py" line="161" />
      <source>Backed up to {name}, but its check failed: {problem}</source>
      <translation>Copia guardada en {name}, pero la comprobación falló: {problem}</translation>
    </message>
    <message>
      <location filename="caseworker/ui/backups_page.py" line="153" />
      <source>Backing up…</source>
      <translation>Haciendo la copia de seguridad…</translation>
    </message>
    <message>
      <location filename="caseworker/ui/backups_page.py" line="74" />
      <source>Backup result</source>
      <translation>Resultado de la copia</translation>
    </message>
    <message>
      <location filename="caseworker/ui/backups_page.py" line="57" />
      <location filename="caseworker/ui/sections/administration.py" line="1073" />
      <source>Backups</source>
      <translation>Copias de seguridad</translation>
    </message>
    <message>
      <location filename="caseworker/ui/backups_page.py" line="63" />
      <source>Backups of this database</source>
      <translation>Copias de seguridad de esta base de datos</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/import_wizard.py" line="505" />
      <source>Batch</source>
      <translation>Lote</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/batch_gifts.py" line="223" />
      <source>Batch &amp;label:</source>
      <translation>&amp;Etiqueta del lote:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/donors.py" line="102" />
      <source>Batch entry</source>
      <translation>Registro por lotes</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/batch_gifts.py" line="219" />
      <location filename="caseworker/ui/sections/donors.py" line="104" />
      <source>Batch entry of gifts</source>
      <translation>Registro de donativos por lotes</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/batch_gifts.py" line="238" />
      <source>Batch totals</source>
      <translation>Totales del lote</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/donor_detail.py" line="488" />
      <source>Batch: {label}</source>
      <translation>Lote: {label}</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/merge_dialog.py" line="176" />
      <source>Because of</source>
      <translation>Por</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/client_dialog.py" line="111" />
      <source>Best &amp;times:</source>
      <translation>Mejores hora&amp;s:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/client_detail.py" line="268" />
      <source>Best times</source>
      <translation>Mejores horas</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/care_dialogs.py" line="355" />
      <source>Best times &amp;from:</source>
      <translation>Mejores horas &amp;desde:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/policy_dialog.py" line="221" />
      <source>Blackout ends</source>
      <translation>Fin del bloqueo</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/policy_dialog.py" line="224" />
      <source>Blackout purposes</source>
      <translation>Finalidades bloqueadas</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/policy_dialog.py" line="221" />
      <source>Blackout starts</source>
      <translation>Inicio del bloqueo</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/policy_dialog.py" line="177" />
      <source>Blackouts</source>
      <translation>Bloqueos</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/policy_dialog.py" line="192" />
      <source>Blackouts: dates when the organisation pauses contact</source>
      <translation>Bloqueos: fechas en que la organización suspende los contactos</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/planner.py" line="73" />
      <location filename="caseworker/ui/views/supporters.py" line="38" />
      <source>Blocked</source>
      <translation>Bloqueado</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/correspondence.py" line="470" />
      <source>Blocked: {name}: {reason}</source>
      <translation>Bloqueado: {name}: {reason}</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/correspondence.py" line="271" />
      <source>Blocked: {name}: {reason} Next allowed: {when}</source>
      <translation>Bloqueado: {name}: {reason} Próximo permitido: {when}</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/clients.py" line="51" />
      <source>Born</source>
      <translation>Nacimiento</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/service_quality.py" line="149" />
      <source>Break down by</source>
      <translation>Desglosar por</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/service_quality.py" line="174" />
      <source>Break down by:</source>
      <translation>Desglosar por:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/sign_in.py" line="142" />
      <source>Bring in our &amp;existing data once the window opens (a spreadsheet, or another donor or case system's export)</source>
      <translation>Traer nuestros datos &amp;existentes cuando se abra la ventana (una hoja de cálculo o la exportación de otro sistema de donantes o de casos)</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/import_wizard.py" line="151" />
      <source>Browse…</source>
      <translation>Examinar…</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/aid_grants.py" line="70" />
      <location filename="caseworker/ui/views/grant_detail.py" line="206" />
      <location filename="caseworker/ui/views/grant_detail.py" line="203" />
      <source>Budget</source>
      <translation>Presupuesto</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/grant_dialogs.py" line="455" />
      <source>Budget &amp;line:</source>
      <translation>&amp;Partida presupuestaria:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/aid_dialogs.py" line="241" />
      <source>Budget &amp;period:</source>
      <translation>&amp;Periodo presupuestario:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/aid_grants.py" line="70" />
      <source>Budget per</source>
      <translation>Presupuesto por</translation>
    </message>
    <message>
      <location filename="caseworker/ui/widgets/budget_bar.py" line="34" />
      <source>Budget use</source>
      <translation>Uso del presupuesto</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/correspondence.py" line="195" />
      <location filename="caseworker/ui/sections/correspondence.py" line="300" />
      <location filename="caseworker/ui/views/client_detail.py" line="301" />
      <source>By</source>
      <translation>Por</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/meeting_dialogs.py" line="803" />
      <source>By a date</source>
      <translation>Hasta una fecha</translation>
    </message>
    <message>
      <location filename="caseworker/ui/widgets/client_care_card.py" line="44" />
      <source>By category</source>
      <translation>Por categoría</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/planner.py" line="418" />
      <source>By fiscal year</source>
      <translation>Por ejercicio fiscal</translation>
    </message>
    <message>
      <location filename="caseworker/ui/widgets/client_care_card.py" line="44" />
      <source>By team</source>
      <translation>Por equipo</translation>
    </message>
    <message>
      <location filename="caseworker/ui/widgets/client_care_card.py" line="44" />
      <source>By worker</source>
      <translation>Por profesional</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/donor_detail.py" line="397" />
      <source>By year: </source>
      <translation>Por año: </translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/case_detail.py" line="310" />
      <source>C&amp;all</source>
      <translation>&amp;Llamada</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/case_dialogs.py" line="141" />
      <source>C&amp;ategory:</source>
      <translation>Ca&amp;tegoría:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/aid_dialogs.py" line="239" />
      <location filename="caseworker/ui/dialogs/grant_dialogs.py" line="235" />
      <location filename="caseworker/ui/dialogs/sign_in.py" line="133" />
      <source>C&amp;urrency:</source>
      <translation>&amp;Moneda:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/meeting_detail.py" line="102" />
      <source>Ca&amp;ncel…</source>
      <translation>Ca&amp;ncelar…</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/calendar.py" line="372" />
      <location filename="caseworker/ui/sections/calendar.py" line="86" />
      <location filename="caseworker/ui/sections/calendar.py" line="531" />
      <source>Calendar</source>
      <translation>Calendario</translation>
    </message>
    <message>
      <location filename="caseworker/ui/demo_start.py" line="36" />
      <location filename="caseworker/ui/dialogs/import_wizard.py" line="108" />
      <location filename="caseworker/ui/dialogs/touchpoint_dialog.py" line="196" />
      <source>Cancel</source>
      <translation>Cancelar</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/gift_aid_dialog.py" line="96" />
      <source>Cancel Gift Aid declaration</source>
      <translation>Cancelar la declaración de Gift Aid</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/donor_timeline.py" line="62" />
      <source>Cancel contact…</source>
      <translation>Cancelar contacto…</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/gift_aid_dialog.py" line="101" />
      <source>Cancel declaration</source>
      <translation>Cancelar declaración</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/gift_aid_tab.py" line="49" />
      <source>Cancel declaration…</source>
      <translation>Cancelar declaración…</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/meeting_detail.py" line="359" />
      <location filename="caseworker/ui/views/meeting_detail.py" line="361" />
      <location filename="caseworker/ui/views/meeting_detail.py" line="339" />
      <source>Cancel meeting</source>
      <translation>Cancelar reunión</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/planner.py" line="249" />
      <source>Cancel planning</source>
      <translation>Cancelar la planificación</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/donor_timeline.py" line="212" />
      <source>Cancel the contact</source>
      <translation>Cancelar el contacto</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/import_wizard.py" line="109" />
      <source>Cancel the running import</source>
      <translation>Cancelar la importación en curso</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/meeting_detail.py" line="346" />
      <source>Cancel this occurrence</source>
      <translation>Cancelar esta repetición</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/meeting_detail.py" line="347" />
      <source>Cancel “{title}” on {when}? The rest of the series stays.</source>
      <translation>¿Cancelar «{title}» el {when}? El resto de la serie se mantiene.</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/meeting_detail.py" line="359" />
      <source>Cancel “{title}”{series}? It stays on record as cancelled.</source>
      <translation>¿Cancelar «{title}»{series}? Queda registrada como cancelada.</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/gift_aid_tab.py" line="56" />
      <source>Cancelled from</source>
      <translation>Cancelado desde</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/aid_dialogs.py" line="248" />
      <source>Cap &amp;counted:</source>
      <translation>Límite &amp;contado:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/parts.py" line="103" />
      <source>Care</source>
      <translation>Atención</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/cases.py" line="53" />
      <location filename="caseworker/ui/views/case_detail.py" line="186" />
      <source>Case</source>
      <translation>Caso</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/organigram_page.py" line="124" />
      <source>Case categories the team handles</source>
      <translation>Categorías de casos que atiende el equipo</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/correspondence.py" line="436" />
      <source>Case numbers…</source>
      <translation>Números de caso…</translation>
    </message>
    <message>
      <location filename="caseworker/ui/parts.py" line="102" />
      <location filename="caseworker/ui/sections/cases.py" line="46" />
      <location filename="caseworker/ui/sections/cases.py" line="64" />
      <source>Cases</source>
      <translation>Casos</translation>
    </message>
    <message>
      <location filename="caseworker/ui/widgets/client_care_card.py" line="49" />
      <source>Cases
opened</source>
      <translation>Casos
abiertos</translation>
    </message>
    <message>
      <location filename="caseworker/ui/my_work/cases.py" line="91" />
      <location filename="caseworker/ui/my_work/cases.py" line="97" />
      <source>Cases handed to me</source>
      <translation>Casos que me han traspasado</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/service_quality.py" line="153" />
      <source>Cases of category</source>
      <translation>Casos de la categoría</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/grant_outputs.py" line="105" />
      <source>Cases opened</source>
      <translation>Casos abiertos</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/insight.py" line="102" />
      <source>Cases opened and resolved</source>
      <translation>Casos abiertos y resueltos</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/grant_outputs.py" line="105" />
      <source>Cases resolved</source>
      <translation>Casos resueltos</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/service_quality.py" line="174" />
      <source>Cases:</source>
      <translation>Casos:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/service_quality.py" line="120" />
      <source>Cases…</source>
      <translation>Casos…</translation>
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
      <translation>Bases de datos de Caseworker (*.db)</translation>
    </message>
    <message>
      <location filename="caseworker/ui/idle_lock.py" line="34" />
      <location filename="caseworker/ui/idle_lock.py" line="36" />
      <source>Caseworker is locked</source>
      <translation>Caseworker está bloqueado</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/crash.py" line="40" />
      <source>Caseworker ran into a problem</source>
      <translation>Caseworker ha tenido un problema</translation>
    </message>
    <message>
      <location filename="caseworker/ui/widgets/reminder_bell.py" line="99" />
      <source>Caseworker reminder</source>
      <translation>Recordatorio de Caseworker</translation>
    </message>
    <message>
      <location filename="caseworker/ui/widgets/reminder_bell.py" line="68" />
      <source>Caseworker reminders</source>
      <translation>Recordatorios de Caseworker</translation>
    </message>
    <message>
      <location filename="caseworker/ui/main_window.py" line="322" />
      <source>Caseworker {version}
Casework, aid, grants, meetings and donor stewardship for small nonprofits.

Icons: Lucide (ISC licence).</source>
      <translation>Caseworker {version}
Gestión de casos, ayudas, subvenciones, reuniones y relación con donantes para pequeñas entidades sin ánimo de lucro.

Iconos: Lucide (licencia ISC).</translation>
    </message>
    <message>
      <location filename="caseworker/ui/main_window.py" line="207" />
      <source>Caseworker — {org}</source>
      <translation>Caseworker — {org}</translation>
    </message>
    <message>
      <location filename="caseworker/ui/widgets/reminder_bell.py" line="98" />
      <source>Caseworker: {n} reminders</source>
      <translation>Caseworker: {n} recordatorios</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/cases.py" line="57" />
      <location filename="caseworker/ui/views/case_detail.py" line="218" />
      <location filename="caseworker/ui/views/grant_detail.py" line="206" />
      <source>Category</source>
      <translation>Categoría</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/case_dialogs.py" line="372" />
      <location filename="caseworker/ui/sections/cases.py" line="133" />
      <source>Change category</source>
      <translation>Cambiar categoría</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/aid_dialogs.py" line="233" />
      <location filename="caseworker/ui/sections/aid.py" line="151" />
      <source>Change fund</source>
      <translation>Cambiar fondo</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/grant_dialogs.py" line="145" />
      <source>Change funder</source>
      <translation>Cambiar financiador</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/grant_dialogs.py" line="208" />
      <source>Change grant application</source>
      <translation>Cambiar solicitud de subvención</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/meeting_dialogs.py" line="114" />
      <source>Change meeting</source>
      <translation>Cambiar reunión</translation>
    </message>
    <message>
      <location filename="caseworker/ui/main_window.py" line="128" />
      <source>Change my &amp;password…</source>
      <translation>Cambiar mi &amp;contraseña…</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/password_dialog.py" line="33" />
      <source>Change password</source>
      <translation>Cambiar contraseña</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/donor_detail.py" line="230" />
      <source>Change preferences…</source>
      <translation>Cambiar preferencias…</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/care_dialogs.py" line="118" />
      <source>Change task</source>
      <translation>Cambiar tarea</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/meeting_dialogs.py" line="112" />
      <source>Change the whole series</source>
      <translation>Cambiar toda la serie</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/meeting_dialogs.py" line="110" />
      <source>Change this occurrence</source>
      <translation>Cambiar esta repetición</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/administration.py" line="541" />
      <source>Change user</source>
      <translation>Cambiar usuario</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/password_dialog.py" line="33" />
      <source>Change your password</source>
      <translation>Cambiar su contraseña</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/client_dialog.py" line="65" />
      <location filename="caseworker/ui/dialogs/donor_dialog.py" line="75" />
      <location filename="caseworker/ui/dialogs/donor_dialog.py" line="417" />
      <source>Change {name}</source>
      <translation>Cambiar {name}</translation>
    </message>
    <message>
      <location filename="caseworker/ui/models/audit_table.py" line="69" />
      <source>Changes</source>
      <translation>Cambios</translation>
    </message>
    <message>
      <location filename="caseworker/ui/my_work/tasks.py" line="48" />
      <location filename="caseworker/ui/sections/administration.py" line="540" />
      <source>Change…</source>
      <translation>Cambiar…</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/planner.py" line="202" />
      <location filename="caseworker/ui/views/supporters.py" line="36" />
      <source>Channel</source>
      <translation>Canal</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/touchpoint_dialog.py" line="178" />
      <source>Channel:</source>
      <translation>Canal:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/backups_page.py" line="64" />
      <source>Check</source>
      <translation>Comprobar</translation>
    </message>
    <message>
      <location filename="caseworker/ui/backups_page.py" line="84" />
      <source>Check again</source>
      <translation>Volver a comprobar</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/care_dialogs.py" line="334" />
      <source>Check in &amp;every:</source>
      <translation>Seguimiento &amp;cada:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/my_work/tasks.py" line="133" />
      <source>Check-ins due</source>
      <translation>Seguimientos pendientes</translation>
    </message>
    <message>
      <location filename="caseworker/ui/my_work/tasks.py" line="159" />
      <source>Check-ins due ({n})</source>
      <translation>Seguimientos pendientes ({n})</translation>
    </message>
    <message>
      <location filename="caseworker/ui/widgets/client_care_card.py" line="51" />
      <source>Check-ins kept
(on rhythm)</source>
      <translation>Seguimientos
(al ritmo previsto)</translation>
    </message>
    <message>
      <location filename="caseworker/ui/widgets/client_care_card.py" line="48" />
      <source>Check-ins kept on rhythm</source>
      <translation>Seguimientos al ritmo previsto</translation>
    </message>
    <message>
      <location filename="caseworker/ui/widgets/client_care_card.py" line="73" />
      <source>Check-ins kept on the client's rhythm: {kept}</source>
      <translation>Seguimientos al ritmo del cliente: {kept}</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/grant_detail.py" line="181" />
      <source>Checklist</source>
      <translation>Lista de comprobación</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/grant_detail.py" line="183" />
      <source>Checklist of documents</source>
      <translation>Lista de documentos</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/gift_dialog.py" line="93" />
      <source>Cheque number, transaction id</source>
      <translation>Número de cheque, id. de transacción</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/import_wizard.py" line="138" />
      <source>Choose a CSV or XLSX file exported from a spreadsheet or another donor system. Nothing is written until the last step, and an import can be undone as a whole.</source>
      <translation>Elija un archivo CSV o XLSX exportado de una hoja de cálculo o de otro sistema de donantes. No se escribe nada hasta el último paso, y una importación se puede deshacer entera.</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/case_detail.py" line="188" />
      <source>Choose a case on the left to see it here — or Ctrl+N to open one.</source>
      <translation>Elija un caso a la izquierda para verlo aquí, o pulse Ctrl+N para abrir uno.</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/aid_dialogs.py" line="191" />
      <source>Choose a client from the list.</source>
      <translation>Elija un cliente de la lista.</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/clients.py" line="95" />
      <source>Choose a client on the left to see their file,
or press Ctrl+N to add one.</source>
      <translation>Elija un cliente a la izquierda para ver su expediente,
o pulse Ctrl+N para añadir uno.</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/administration.py" line="901" />
      <source>Choose a database file</source>
      <translation>Elegir un archivo de base de datos</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/aid.py" line="219" />
      <source>Choose a disbursement in the list to see it here and approve, pay or void it — or Ctrl+N to record one.</source>
      <translation>Elija un pago de la lista para verlo aquí y aprobarlo, pagarlo o anularlo, o pulse Ctrl+N para registrar uno.</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/donors.py" line="153" />
      <source>Choose a donor on the left to see their record,
or press Ctrl+N to add one.</source>
      <translation>Elija un donante a la izquierda para ver su ficha,
o pulse Ctrl+N para añadir uno.</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/correspondence.py" line="374" />
      <source>Choose a failed message first.</source>
      <translation>Elija primero un mensaje fallido.</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/import_wizard.py" line="277" />
      <source>Choose a file.</source>
      <translation>Elija un archivo.</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/aid_dialogs.py" line="193" />
      <source>Choose a fund.</source>
      <translation>Elija un fondo.</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/administration.py" line="281" />
      <source>Choose a logo</source>
      <translation>Elegir un logotipo</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/calendar.py" line="426" />
      <source>Choose a meeting to see it here.

Ctrl+← / Ctrl+→ move, T goes to today,
↑ / ↓ walk through the entries, Enter opens one.</source>
      <translation>Elija una reunión para verla aquí.

Ctrl+← / Ctrl+→ avanzan o retroceden, T va a hoy,
↑ / ↓ recorren las entradas, Intro abre una.</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/password_dialog.py" line="42" />
      <source>Choose a new password for {name} and tell it to them in person. Their old password stops working at once.</source>
      <translation>Elija una contraseña nueva para {name} y comuníquesela en persona. Su contraseña anterior deja de funcionar al momento.</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/password_dialog.py" line="34" />
      <source>Choose a password of at least 8 characters; a short sentence is easy to remember and hard to guess.</source>
      <translation>Elija una contraseña de al menos 8 caracteres; una frase corta es fácil de recordar y difícil de adivinar.</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/grant_detail.py" line="300" />
      <source>Choose a report that is not marked submitted yet.</source>
      <translation>Elija un informe que aún no esté marcado como presentado.</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/administration.py" line="233" />
      <source>Choose a signature picture</source>
      <translation>Elegir una imagen de firma</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/grant_detail.py" line="455" />
      <source>Choose a spending line that is not void first.</source>
      <translation>Elija primero una partida de gasto que no esté anulada.</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/administration.py" line="546" />
      <source>Choose a user on the left to see and change their account.</source>
      <translation>Elija un usuario a la izquierda para ver y cambiar su cuenta.</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/grants.py" line="138" />
      <source>Choose an application or a funder to see it here.</source>
      <translation>Elija una solicitud o un financiador para verlo aquí.</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/administration.py" line="769" />
      <source>Choose an entry to see every change it made.</source>
      <translation>Elija una entrada para ver todos los cambios que hizo.</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/planner.py" line="169" />
      <source>Choose donors by</source>
      <translation>Elegir donantes por</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/planner.py" line="259" />
      <source>Choose donors, a time, a channel and a purpose, then Preview to see what the contact guard says about each donor.</source>
      <translation>Elija donantes, una hora, un canal y una finalidad, y luego pulse Vista previa para ver qué dice el control de contactos de cada donante.</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/aid_dialogs.py" line="165" />
      <source>Choose the client and the fund to see what can still be given.</source>
      <translation>Elija el cliente y el fondo para ver lo que aún se puede conceder.</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/grant_dialogs.py" line="349" />
      <source>Choose the client from the list.</source>
      <translation>Elija el cliente de la lista.</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/sign_in.py" line="178" />
      <source>Choose the country the organisation works in.</source>
      <translation>Elija el país en el que trabaja la organización.</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/administration.py" line="960" />
      <source>Choose the database file</source>
      <translation>Elegir el archivo de base de datos</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/import_wizard.py" line="152" />
      <location filename="caseworker/ui/dialogs/import_wizard.py" line="270" />
      <source>Choose the file to import</source>
      <translation>Elegir el archivo que se va a importar</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/correspondence.py" line="262" />
      <source>Choose the gifts to thank first.</source>
      <translation>Elija primero los donativos que va a agradecer.</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/administration.py" line="346" />
      <source>Choose the organisation's logo</source>
      <translation>Elegir el logotipo de la organización</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/administration.py" line="266" />
      <source>Choose the signature printed on receipts</source>
      <translation>Elegir la firma que se imprime en los recibos</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/case_dialogs.py" line="277" />
      <location filename="caseworker/ui/dialogs/sign_in.py" line="127" />
      <location filename="caseworker/ui/sections/administration.py" line="232" />
      <source>Choose…</source>
      <translation>Elegir…</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/correspondence.py" line="201" />
      <location filename="caseworker/ui/sections/correspondence.py" line="245" />
      <source>Chosen by rule (gift size, appeal)</source>
      <translation>Elegida por regla (importe del donativo, campaña)</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/aid.py" line="172" />
      <location filename="caseworker/ui/sections/aid.py" line="232" />
      <location filename="caseworker/ui/sections/cases.py" line="54" />
      <source>Client</source>
      <translation>Cliente</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/grant_dialogs.py" line="226" />
      <source>Client applied for</source>
      <translation>El cliente solicitó</translation>
    </message>
    <message>
      <location filename="caseworker/ui/widgets/client_care_card.py" line="38" />
      <source>Client care: what clients said, beside the worker's verdict</source>
      <translation>Atención al cliente: lo que dijeron los clientes, junto a la valoración del profesional</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/client_detail.py" line="255" />
      <source>Client details</source>
      <translation>Datos del cliente</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/client_detail.py" line="198" />
      <source>Client file</source>
      <translation>Expediente del cliente</translation>
    </message>
    <message>
      <location filename="caseworker/ui/widgets/flag_strip.py" line="104" />
      <source>Client flags: {flags}</source>
      <translation>Indicadores del cliente: {flags}</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/meeting_dialogs.py" line="239" />
      <source>Client to invite</source>
      <translation>Cliente al que invitar</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/case_detail.py" line="291" />
      <source>Client's &amp;feedback…</source>
      <translation>&amp;Opinión del cliente…</translation>
    </message>
    <message>
      <location filename="caseworker/ui/widgets/client_care_card.py" line="54" />
      <source>Client-care figures</source>
      <translation>Cifras de atención al cliente</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/case_detail.py" line="397" />
      <source>Client: &lt;a href='client'&gt;{name}&lt;/a&gt;</source>
      <translation>Cliente: &lt;a href='client'&gt;{name}&lt;/a&gt;</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/meeting_dialogs.py" line="238" />
      <source>Client: type part of the name</source>
      <translation>Cliente: escriba parte del nombre</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/clients.py" line="44" />
      <location filename="caseworker/ui/sections/clients.py" line="58" />
      <location filename="caseworker/ui/views/aid_grants.py" line="70" />
      <source>Clients</source>
      <translation>Clientes</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/administration.py" line="702" />
      <source>Clients and donors now each have a file and a key of their own.</source>
      <translation>Los clientes y los donantes tienen ahora cada uno un archivo y una clave propios.</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/administration.py" line="682" />
      <source>Clients and their cases, and donors and their gifts, are moved into files of their own, each with a new key; everyone keeps their password, and each password then opens only what its roles may read. Every record is compared with the original. Everyone else must close Caseworker first. Backups taken before keep the old key: take a new backup afterwards.</source>
      <translation>Los clientes y sus casos, y los donantes y sus donaciones, se trasladan a archivos propios, cada uno con una clave nueva; todos conservan su contraseña, y cada contraseña abre entonces solo lo que sus roles pueden leer. Cada registro se compara con el original. Todos los demás deben cerrar Caseworker primero. Las copias de seguridad anteriores conservan la clave antigua: haga una copia nueva después.</translation>
    </message>
    <message>
      <location filename="caseworker/ui/my_work/tasks.py" line="139" />
      <source>Clients due a check-in: Enter opens the client</source>
      <translation>Clientes con seguimiento pendiente: Intro abre el cliente</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/correspondence.py" line="435" />
      <source>Clients of open cases</source>
      <translation>Clientes de casos abiertos</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/import_wizard.py" line="119" />
      <source>Close</source>
      <translation>Cerrar</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/case_detail.py" line="473" />
      <source>Close case</source>
      <translation>Cerrar caso</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/import_wizard.py" line="120" />
      <source>Close the import</source>
      <translation>Cerrar la importación</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/case_detail.py" line="473" />
      <source>Close {ref}? It can be reopened later.</source>
      <translation>¿Cerrar {ref}? Se puede reabrir más adelante.</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/donor_dialog.py" line="97" />
      <location filename="caseworker/ui/dialogs/donor_dialog.py" line="428" />
      <location filename="caseworker/ui/sections/administration.py" line="131" />
      <source>Co&amp;untry:</source>
      <translation>&amp;País:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/meeting_dialogs.py" line="229" />
      <source>Colleague to invite</source>
      <translation>Compañero al que invitar</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/import_wizard.py" line="191" />
      <location filename="caseworker/ui/dialogs/import_wizard.py" line="210" />
      <source>Column</source>
      <translation>Columna</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/import_wizard.py" line="190" />
      <source>Columns of the file and the field each fills</source>
      <translation>Columnas del archivo y el campo que rellena cada una</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/import_wizard.py" line="306" />
      <source>Columns were matched by their names; choose a field for the others, or leave them ignored.</source>
      <translation>Las columnas se han emparejado por su nombre; elija un campo para las demás o déjelas sin usar.</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/case_dialogs.py" line="341" />
      <source>Confidential: readable by caseworkers and managers</source>
      <translation>Confidencial: lo pueden leer los gestores de casos y los responsables</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/gift_aid_dialog.py" line="44" />
      <source>Confirmation &amp;letter sent on:</source>
      <translation>Carta de &amp;confirmación enviada el:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/gift_aid_tab.py" line="56" />
      <source>Confirmation letter</source>
      <translation>Carta de confirmación</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/mail_server.py" line="43" />
      <source>Connection security</source>
      <translation>Seguridad de la conexión</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/donor_dialog.py" line="119" />
      <source>Consent &amp;given on:</source>
      <translation>Consentimiento &amp;dado el:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/donor_dialog.py" line="115" />
      <source>Consent and status</source>
      <translation>Consentimiento y estado</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/donor_dialog.py" line="117" />
      <source>Consent so&amp;urce:</source>
      <translation>Or&amp;igen del consentimiento:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/client_detail.py" line="292" />
      <source>Consent to</source>
      <translation>Consiente en</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/client_detail.py" line="292" />
      <location filename="caseworker/ui/views/client_detail.py" line="294" />
      <location filename="caseworker/ui/views/client_detail.py" line="417" />
      <source>Consents</source>
      <translation>Consentimientos</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/client_detail.py" line="417" />
      <source>Consents ({n})</source>
      <translation>Consentimientos ({n})</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/client_dialog.py" line="99" />
      <location filename="caseworker/ui/views/donor_detail.py" line="221" />
      <source>Contact</source>
      <translation>Contacto</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/donor_dialog.py" line="89" />
      <source>Contact and address</source>
      <translation>Contacto y dirección</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/supporters.py" line="37" />
      <source>Contact guard by staff member: blocks and overrides</source>
      <translation>Control de contactos por miembro del personal: bloqueos y excepciones</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/policy_dialog.py" line="78" />
      <source>Contact policy</source>
      <translation>Política de contacto</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/planner.py" line="577" />
      <source>Contact policy saved.</source>
      <translation>Política de contacto guardada.</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/planner.py" line="546" />
      <source>Contact policy…</source>
      <translation>Política de contacto…</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/donor_dialog.py" line="319" />
      <source>Contact preferences of {name}</source>
      <translation>Preferencias de contacto de {name}</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/care_dialogs.py" line="332" />
      <location filename="caseworker/ui/views/client_care_tab.py" line="72" />
      <location filename="caseworker/ui/views/client_care_tab.py" line="75" />
      <source>Contact rhythm</source>
      <translation>Ritmo de contacto</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/donor_detail.py" line="128" />
      <source>Contact stopped</source>
      <translation>Contacto suspendido</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/policy_dialog.py" line="109" />
      <source>Contact window in days</source>
      <translation>Ventana de contacto en días</translation>
    </message>
    <message>
      <source>Contact-guard overrides by staff member</source>
      <translation type="obsolete">Excepciones al control de contactos por miembro del personal</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/planner.py" line="441" />
      <location filename="caseworker/ui/views/client_detail.py" line="289" />
      <source>Contacts</source>
      <translation>Contactos</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/supporters.py" line="82" />
      <source>Contacts per donor in {days} days (the policy allows {most})</source>
      <translation>Contactos por donante en {days} días (la política permite {most})</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/supporters.py" line="80" />
      <source>Contacts the guard counts</source>
      <translation>Contactos que cuenta el control de contactos</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/policy_dialog.py" line="110" />
      <source>Contacts, at most:</source>
      <translation>Contactos, como máximo:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/donor_detail.py" line="392" />
      <source>Correction</source>
      <translation>Corrección</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/aid_grants.py" line="87" />
      <source>Count</source>
      <translation>Número</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/planner.py" line="419" />
      <source>Count years as fiscal years</source>
      <translation>Contar los años como ejercicios fiscales</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/service_quality.py" line="229" />
      <source>Counting…</source>
      <translation>Contando…</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/sign_in.py" line="130" />
      <source>Countr&amp;y:</source>
      <translation>&amp;País:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/donor_detail.py" line="278" />
      <location filename="caseworker/ui/views/gift_aid_tab.py" line="55" />
      <source>Covers</source>
      <translation>Cubre</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/sign_in.py" line="149" />
      <source>Create administrator</source>
      <translation>Crear administrador</translation>
    </message>
    <message>
      <location filename="caseworker/ui/db_roles_ui.py" line="43" />
      <source>Create or update the groups, grants and row security, and every person's role. Needs this laptop's database URL to name the owner.</source>
      <translation>Crea o actualiza los grupos, los permisos, la seguridad por filas y el rol de cada persona. Requiere que la URL de la base de datos de este equipo nombre al propietario.</translation>
    </message>
    <message>
      <location filename="caseworker/ui/main_window.py" line="332" />
      <source>Ctrl+,  Settings</source>
      <translation>Ctrl+,  Configuración</translation>
    </message>
    <message>
      <location filename="caseworker/ui/main_window.py" line="331" />
      <source>Ctrl+1…9  Switch sections</source>
      <translation>Ctrl+1…9  Cambiar de sección</translation>
    </message>
    <message>
      <location filename="caseworker/ui/main_window.py" line="328" />
      <source>Ctrl+K  Quick search</source>
      <translation>Ctrl+K  Búsqueda rápida</translation>
    </message>
    <message>
      <location filename="caseworker/ui/main_window.py" line="329" />
      <source>Ctrl+N  New record in this section</source>
      <translation>Ctrl+N  Nuevo registro en esta sección</translation>
    </message>
    <message>
      <location filename="caseworker/ui/main_window.py" line="335" />
      <source>Ctrl+Shift+Q  Sign out</source>
      <translation>Ctrl+Mayús+Q  Cerrar sesión</translation>
    </message>
    <message>
      <location filename="caseworker/ui/main_window.py" line="330" />
      <source>Ctrl+T  New task on the record in view</source>
      <translation>Ctrl+T  Nueva tarea sobre el registro a la vista</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/administration.py" line="899" />
      <source>Database location</source>
      <translation>Ubicación de la base de datos</translation>
    </message>
    <message>
      <location filename="caseworker/ui/db_roles_ui.py" line="36" />
      <source>Database role</source>
      <translation>Rol de base de datos</translation>
    </message>
    <message>
      <location filename="caseworker/ui/db_roles_ui.py" line="30" />
      <source>Database roles</source>
      <translation>Roles de base de datos</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/administration.py" line="496" />
      <source>Database roles on the server</source>
      <translation>Roles de base de datos en el servidor</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/administration.py" line="495" />
      <source>Database roles…</source>
      <translation>Roles de base de datos…</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/sign_in.py" line="59" />
      <location filename="caseworker/ui/main_window.py" line="172" />
      <source>Database: {location}</source>
      <translation>Base de datos: {location}</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/meeting_dialogs.py" line="129" />
      <location filename="caseworker/ui/sections/aid.py" line="59" />
      <location filename="caseworker/ui/sections/aid.py" line="171" />
      <source>Date</source>
      <translation>Fecha</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/client_dialog.py" line="74" />
      <source>Date of &amp;birth:</source>
      <translation>Fec&amp;ha de nacimiento:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/client_detail.py" line="242" />
      <source>Date of birth</source>
      <translation>Fecha de nacimiento</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/import_wizard.py" line="184" />
      <source>Dates</source>
      <translation>Fechas</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/policy_dialog.py" line="114" />
      <source>Days between contacts</source>
      <translation>Días entre contactos</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/policy_dialog.py" line="115" />
      <source>Days between contacts, at least:</source>
      <translation>Días entre contactos, como mínimo:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/correspondence.py" line="193" />
      <source>Days waiting</source>
      <translation>Días de espera</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/administration.py" line="545" />
      <source>Deactivate or reactivate</source>
      <translation>Desactivar o reactivar</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/administration.py" line="634" />
      <source>Deactivate user</source>
      <translation>Desactivar usuario</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/administration.py" line="638" />
      <source>Deactivate {name}</source>
      <translation>Desactivar a {name}</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/administration.py" line="469" />
      <location filename="caseworker/ui/sections/administration.py" line="453" />
      <source>Deactivated</source>
      <translation>Desactivado</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/administration.py" line="590" />
      <source>Deactivated: cannot sign in.</source>
      <translation>Desactivado: no puede iniciar sesión.</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/administration.py" line="592" />
      <source>Deactivate…</source>
      <translation>Desactivar…</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/administration.py" line="642" />
      <source>Deactivating {name} and re-encrypting the database…</source>
      <translation>Desactivando a {name} y volviendo a cifrar la base de datos…</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/donor_dialog.py" line="128" />
      <source>Dec&amp;eased:</source>
      <translation>&amp;Fallecido:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/donor_detail.py" line="320" />
      <source>Deceased</source>
      <translation>Fallecido</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/meeting_dialogs.py" line="662" />
      <location filename="caseworker/ui/views/client_detail.py" line="292" />
      <source>Decision</source>
      <translation>Decisión</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/grant_dialogs.py" line="243" />
      <source>Decision e&amp;xpected:</source>
      <translation>Decisión prev&amp;ista:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/meeting_detail.py" line="133" />
      <source>Decisions</source>
      <translation>Decisiones</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/meeting_dialogs.py" line="671" />
      <source>Decisions with their proposer, seconder and vote</source>
      <translation>Decisiones con quién las propuso, quién las secundó y la votación</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/aid_grants.py" line="78" />
      <source>Declined</source>
      <translation>Denegada</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/batch_gifts.py" line="225" />
      <source>Default &amp;appeal:</source>
      <translation>&amp;Campaña predeterminada:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/donor_timeline.py" line="75" />
      <source>Details</source>
      <translation>Detalles</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/donor_dialog.py" line="129" />
      <source>Died &amp;on:</source>
      <translation>Falleció &amp;el:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/aid.py" line="181" />
      <source>Disbursements</source>
      <translation>Pagos</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/aid_grants.py" line="83" />
      <source>Disbursements refused over a cap or a budget</source>
      <translation>Desembolsos rechazados por superar un límite o un presupuesto</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/import_wizard.py" line="218" />
      <source>Do</source>
      <translation>Hacer</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/donor_detail.py" line="320" />
      <source>Do not contact</source>
      <translation>No contactar</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/grant_dialogs.py" line="255" />
      <source>Documents &amp;needed:</source>
      <translation>Documentos &amp;necesarios:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/meeting_dialogs.py" line="326" />
      <source>Does not repeat</source>
      <translation>No se repite</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/batch_gifts.py" line="65" />
      <location filename="caseworker/ui/dialogs/batch_gifts.py" line="160" />
      <location filename="caseworker/ui/sections/correspondence.py" line="190" />
      <source>Donor</source>
      <translation>Donante</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/donor_detail.py" line="210" />
      <source>Donor details</source>
      <translation>Datos del donante</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/planner.py" line="184" />
      <source>Donor numbers</source>
      <translation>Números de donante</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/planner.py" line="183" />
      <source>Donor numbers, separated by spaces or commas</source>
      <translation>Números de donante, separados por espacios o comas</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/correspondence.py" line="433" />
      <source>Donor numbers…</source>
      <translation>Números de donante…</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/donor_detail.py" line="152" />
      <source>Donor record</source>
      <translation>Ficha del donante</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/administration.py" line="162" />
      <source>Donor segments</source>
      <translation>Segmentos de donantes</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/donor_timeline.py" line="76" />
      <source>Donor timeline</source>
      <translation>Cronología del donante</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/meeting_dialogs.py" line="242" />
      <source>Donor to invite</source>
      <translation>Donante al que invitar</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/meeting_dialogs.py" line="241" />
      <source>Donor: type part of the name</source>
      <translation>Donante: escriba parte del nombre</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/gift_dialog.py" line="277" />
      <location filename="caseworker/ui/sections/donors.py" line="49" />
      <location filename="caseworker/ui/sections/donors.py" line="66" />
      <source>Donors</source>
      <translation>Donantes</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/supporters.py" line="31" />
      <source>Donors against the period before</source>
      <translation>Donantes frente al periodo anterior</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/insight.py" line="107" />
      <source>Donors and retention</source>
      <translation>Donantes y fidelización</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/supporters.py" line="79" />
      <source>Donors contacted</source>
      <translation>Donantes contactados</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/supporters.py" line="66" />
      <source>Donors in the period before</source>
      <translation>Donantes en el periodo anterior</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/donors.py" line="113" />
      <source>Donors nobody has contacted within their cadence, LYBUNT and SYBUNT, in the Planner</source>
      <translation>Donantes a los que nadie ha contactado dentro de su frecuencia, LYBUNT y SYBUNT, en el Planificador</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/planner.py" line="226" />
      <source>Donors:</source>
      <translation>Donantes:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/meeting_dialogs.py" line="534" />
      <source>Double booking</source>
      <translation>Reserva duplicada</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/cases.py" line="61" />
      <location filename="caseworker/ui/views/case_detail.py" line="219" />
      <location filename="caseworker/ui/views/grant_detail.py" line="168" />
      <source>Due</source>
      <translation>Vence</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/meeting_dialogs.py" line="808" />
      <source>Due date</source>
      <translation>Fecha de vencimiento</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/meeting_detail.py" line="103" />
      <source>E&amp;xport .ics…</source>
      <translation>E&amp;xportar .ics…</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/client_records.py" line="91" />
      <location filename="caseworker/ui/views/client_detail.py" line="267" />
      <location filename="caseworker/ui/views/client_detail.py" line="402" />
      <source>E-mail</source>
      <translation>Correo electrónico</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/gift_dialog.py" line="194" />
      <source>Each &amp;instalment:</source>
      <translation>Cada &amp;plazo:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/meeting_detail.py" line="208" />
      <source>Each occurrence has its own minutes: open one in the calendar.</source>
      <translation>Cada repetición tiene su propia acta: abra una en el calendario.</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/administration.py" line="512" />
      <source>Each person signs in with their own account; their roles decide what they may see and do. A leaver is deactivated, never deleted, so their name stays on what they did.</source>
      <translation>Cada persona inicia sesión con su propia cuenta; sus roles deciden lo que puede ver y hacer. Quien deja la organización se desactiva, nunca se borra, para que su nombre quede en lo que hizo.</translation>
    </message>
    <message>
      <location filename="caseworker/ui/db_roles_ui.py" line="35" />
      <source>Each person's database role</source>
      <translation>El rol de base de datos de cada persona</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/donor_detail.py" line="132" />
      <source>Edit</source>
      <translation>Editar</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/meeting_detail.py" line="300" />
      <source>Edit meeting</source>
      <translation>Editar reunión</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/planner.py" line="547" />
      <source>Edit the contact policy</source>
      <translation>Editar la política de contacto</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/case_dialogs.py" line="331" />
      <source>Edit {kind}</source>
      <translation>Editar {kind}</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/administration.py" line="586" />
      <source>Email: {email}</source>
      <translation>Correo electrónico: {email}</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/donor_dialog.py" line="113" />
      <source>Empty: by segment (major 30, others 180)</source>
      <translation>Vacío: por segmento (principales 30, otros 180)</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/donor_dialog.py" line="327" />
      <source>Empty: the organisation's</source>
      <translation>Vacío: el de la organización</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/donor_dialog.py" line="328" />
      <source>Empty: the organisation's policy</source>
      <translation>Vacío: la política de la organización</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/gift_dialog.py" line="201" />
      <source>Empty: until cancelled</source>
      <translation>Vacío: hasta que se cancele</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/import_wizard.py" line="178" />
      <source>Encoding</source>
      <translation>Codificación</translation>
    </message>
    <message>
      <location filename="caseworker/ui/context.py" line="66" />
      <source>Encrypted with one key that every staff password opens: an administrator can give clients and donors a file and a key of their own with 'caseworker encrypt'.</source>
      <translation>Cifrada con una sola clave que abre cualquier contraseña del personal: un administrador puede dar a clientes y donantes un archivo y una clave propios con 'caseworker encrypt'.</translation>
    </message>
    <message>
      <location filename="caseworker/ui/context.py" line="70" />
      <source>Encrypted, with clients and donors each in a file and a key of their own. Your password opens: {parts}.</source>
      <translation>Cifrada, con clientes y donantes cada uno en un archivo y con una clave propios. Su contraseña abre: {parts}.</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/donor_detail.py" line="232" />
      <source>End pause</source>
      <translation>Terminar pausa</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/meeting_dialogs.py" line="135" />
      <source>Ends at</source>
      <translation>Termina a las</translation>
    </message>
    <message>
      <location filename="caseworker/ui/main_window.py" line="333" />
      <source>Enter  Open the highlighted record</source>
      <translation>Intro  Abrir el registro resaltado</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/administration.py" line="969" />
      <source>Enter a file path or a database server's address.</source>
      <translation>Escriba la ruta de un archivo o la dirección de un servidor de bases de datos.</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/meeting_dialogs.py" line="735" />
      <source>Enter a number of votes (0 or more), or leave it empty.</source>
      <translation>Escriba un número de votos (0 o más), o déjelo vacío.</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/batch_gifts.py" line="245" />
      <source>Enter moves to the next cell; after the last column a new row begins. Ctrl+S saves.</source>
      <translation>Intro pasa a la celda siguiente; tras la última columna empieza una fila nueva. Ctrl+S guarda.</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/correspondence.py" line="450" />
      <source>Enter the numbers to write to.</source>
      <translation>Escriba los números a los que escribir.</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/meeting_dialogs.py" line="391" />
      <source>Enter the outside attendee's name first.</source>
      <translation>Escriba primero el nombre del asistente externo.</translation>
    </message>
    <message>
      <location filename="caseworker/ui/person_data.py" line="27" />
      <location filename="caseworker/ui/person_data.py" line="34" />
      <location filename="caseworker/ui/person_data.py" line="65" />
      <source>Erase on request</source>
      <translation>Borrar a petición</translation>
    </message>
    <message>
      <location filename="caseworker/ui/person_data.py" line="90" />
      <source>Erase on request…</source>
      <translation>Borrar a petición…</translation>
    </message>
    <message>
      <location filename="caseworker/ui/person_data.py" line="28" />
      <source>Erasing removes {name}'s identity for good: names, contacts, addresses, notes, and the name wherever it was written. Gifts, receipts (with their numbers), cases and aid stay, without the name, and the audit trail keeps who did what and when. Continue?</source>
      <translation>El borrado elimina para siempre la identidad de {name}: nombres, contactos, direcciones, notas y el nombre allí donde se haya escrito. Los donativos, los recibos (con sus números), los casos y las ayudas se conservan, sin el nombre, y el registro de auditoría guarda quién hizo qué y cuándo. ¿Desea continuar?</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/case_detail.py" line="488" />
      <source>Escalate</source>
      <translation>Escalar</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/case_detail.py" line="486" />
      <source>Escalate {ref}</source>
      <translation>Escalar {ref}</translation>
    </message>
    <message>
      <location filename="caseworker/ui/widgets/reminder_bell.py" line="39" />
      <source>Escalated: {title}</source>
      <translation>Escalado: {title}</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/insight.py" line="104" />
      <source>Escalations</source>
      <translation>Escalados</translation>
    </message>
    <message>
      <location filename="caseworker/ui/main_window.py" line="334" />
      <source>Escape  Close a dialog</source>
      <translation>Esc  Cerrar un diálogo</translation>
    </message>
    <message>
      <location filename="caseworker/ui/my_work/tasks.py" line="178" />
      <source>Every client is in touch on their rhythm.</source>
      <translation>Todos los clientes están en contacto a su ritmo.</translation>
    </message>
    <message>
      <location filename="caseworker/ui/my_work/stewardship.py" line="68" />
      <source>Every donor you look after has been contacted within their cadence.</source>
      <translation>Todos los donantes que usted atiende han sido contactados dentro de su frecuencia.</translation>
    </message>
    <message>
      <location filename="caseworker/ui/my_work/thank_yous.py" line="55" />
      <source>Every gift has been thanked.</source>
      <translation>Todos los donativos han sido agradecidos.</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/grant_dialogs.py" line="71" />
      <source>Every month (last day)</source>
      <translation>Cada mes (último día)</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/meeting_dialogs.py" line="333" />
      <source>Every month on day {n} (months without it are skipped)</source>
      <translation>Cada mes el día {n} (se omiten los meses que no lo tienen)</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/meeting_dialogs.py" line="335" />
      <source>Every month on the last day</source>
      <translation>Cada mes el último día</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/meeting_dialogs.py" line="330" />
      <source>Every month on the {ordinal} {day}</source>
      <translation>Cada mes el {ordinal} {day}</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/meeting_dialogs.py" line="328" />
      <source>Every other week on {day}</source>
      <translation>Cada dos semanas el {day}</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/grant_dialogs.py" line="70" />
      <source>Every quarter (last day of the month)</source>
      <translation>Cada trimestre (último día del mes)</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/grant_dialogs.py" line="71" />
      <source>Every six months (last day of the month)</source>
      <translation>Cada seis meses (último día del mes)</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/meeting_dialogs.py" line="327" />
      <source>Every week on {day}</source>
      <translation>Cada semana el {day}</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/grant_dialogs.py" line="72" />
      <location filename="caseworker/ui/dialogs/meeting_dialogs.py" line="336" />
      <source>Every year</source>
      <translation>Cada año</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/donor_detail.py" line="337" />
      <source>Every {days} days</source>
      <translation>Cada {days} días</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/client_care_tab.py" line="42" />
      <source>Every {n} days</source>
      <translation>Cada {n} días</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/administration.py" line="469" />
      <location filename="caseworker/ui/sections/donors.py" line="85" />
      <source>Everyone</source>
      <translation>Todos</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/meeting_dialogs.py" line="576" />
      <source>Everyone &amp;attended</source>
      <translation>Asistieron &amp;todos</translation>
    </message>
    <message>
      <location filename="caseworker/ui/person_data.py" line="74" />
      <source>Everything held about this person, for them (JSON and PDF), or erased on request</source>
      <translation>Todo lo que se guarda sobre esta persona, para ella (JSON y PDF), o borrado a petición</translation>
    </message>
    <message>
      <location filename="caseworker/ui/export.py" line="59" />
      <location filename="caseworker/ui/export.py" line="73" />
      <location filename="caseworker/ui/export.py" line="88" />
      <source>Export PDF</source>
      <translation>Exportar PDF</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/insight.py" line="80" />
      <location filename="caseworker/ui/views/grant_outputs.py" line="37" />
      <source>Export PDF…</source>
      <translation>Exportar PDF…</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/donor_detail.py" line="291" />
      <source>Export a giving statement as PDF</source>
      <translation>Exportar un certificado de donaciones en PDF</translation>
    </message>
    <message>
      <location filename="caseworker/ui/export.py" line="181" />
      <source>Export as</source>
      <translation>Exportar como</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/donors.py" line="139" />
      <location filename="caseworker/ui/views/donor_timeline.py" line="69" />
      <source>Export contacts…</source>
      <translation>Exportar contactos…</translation>
    </message>
    <message>
      <location filename="caseworker/ui/person_data.py" line="88" />
      <source>Export everything held…</source>
      <translation>Exportar todo lo que se guarda…</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/donors.py" line="134" />
      <source>Export gifts…</source>
      <translation>Exportar donativos…</translation>
    </message>
    <message>
      <location filename="caseworker/ui/list_export.py" line="24" />
      <location filename="caseworker/ui/list_export.py" line="42" />
      <location filename="caseworker/ui/list_export.py" line="57" />
      <source>Export list</source>
      <translation>Exportar lista</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/calendar.py" line="589" />
      <source>Export meetings to a calendar file</source>
      <translation>Exportar reuniones a un archivo de calendario</translation>
    </message>
    <message>
      <location filename="caseworker/ui/export.py" line="218" />
      <source>Export progress</source>
      <translation>Progreso de la exportación</translation>
    </message>
    <message>
      <location filename="caseworker/ui/export.py" line="155" />
      <source>Export receipts for a year</source>
      <translation>Exportar los recibos de un año</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/donors.py" line="122" />
      <source>Export receipts for a year…</source>
      <translation>Exportar los recibos de un año…</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/donors.py" line="120" />
      <source>Export receipts or statements for a year</source>
      <translation>Exportar los recibos o certificados de un año</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/donors.py" line="119" />
      <source>Export receipts or statements for a year as one PDF or a ZIP</source>
      <translation>Exportar los recibos o certificados de un año en un PDF o un ZIP</translation>
    </message>
    <message>
      <location filename="caseworker/ui/export.py" line="155" />
      <source>Export statements for a year</source>
      <translation>Exportar los certificados de un año</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/donors.py" line="123" />
      <source>Export statements for a year…</source>
      <translation>Exportar los certificados de un año…</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/service_quality.py" line="339" />
      <location filename="caseworker/ui/views/service_quality.py" line="361" />
      <source>Export table</source>
      <translation>Exportar tabla</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/grant_outputs.py" line="40" />
      <location filename="caseworker/ui/views/service_quality.py" line="165" />
      <source>Export table…</source>
      <translation>Exportar tabla…</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/meeting_detail.py" line="105" />
      <source>Export the agenda or minutes as PDF</source>
      <translation>Exportar el orden del día o el acta en PDF</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/client_detail.py" line="185" />
      <source>Export the aid statement as PDF</source>
      <translation>Exportar el extracto de ayudas en PDF</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/case_detail.py" line="282" />
      <source>Export the case summary as PDF</source>
      <translation>Exportar el resumen del caso en PDF</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/donors.py" line="142" />
      <source>Export the contacts of the donors found to a spreadsheet</source>
      <translation>Exportar a una hoja de cálculo los contactos de los donantes encontrados</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/donors.py" line="140" />
      <source>Export the contacts planned and made with the donors found, to Excel or CSV</source>
      <translation>Exportar a Excel o CSV los contactos previstos y realizados con los donantes encontrados</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/donors.py" line="135" />
      <source>Export the gifts of the donors found to a spreadsheet</source>
      <translation>Exportar a una hoja de cálculo los donativos de los donantes encontrados</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/grant_detail.py" line="137" />
      <source>Export the grant as PDF</source>
      <translation>Exportar la subvención en PDF</translation>
    </message>
    <message>
      <location filename="caseworker/ui/export.py" line="156" />
      <source>Export the meetings of a month</source>
      <translation>Exportar las reuniones de un mes</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/calendar.py" line="417" />
      <source>Export the meetings of a month as PDF</source>
      <translation>Exportar las reuniones de un mes en PDF</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/calendar.py" line="413" />
      <source>Export the meetings shown to an .ics file</source>
      <translation>Exportar las reuniones mostradas a un archivo .ics</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/grant_outputs.py" line="41" />
      <source>Export the outputs as a spreadsheet</source>
      <translation>Exportar los resultados como hoja de cálculo</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/donor_detail.py" line="288" />
      <source>Export the selected receipt as PDF</source>
      <translation>Exportar el recibo seleccionado en PDF</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/service_quality.py" line="166" />
      <source>Export the table as a spreadsheet</source>
      <translation>Exportar la tabla como hoja de cálculo</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/service_quality.py" line="401" />
      <source>Export these cases as a spreadsheet</source>
      <translation>Exportar estos casos como hoja de cálculo</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/donor_timeline.py" line="70" />
      <source>Export this donor's contacts to Excel or CSV</source>
      <translation>Exportar a Excel o CSV los contactos de este donante</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/donor_timeline.py" line="71" />
      <source>Export this donor's contacts to a spreadsheet</source>
      <translation>Exportar a una hoja de cálculo los contactos de este donante</translation>
    </message>
    <message>
      <location filename="caseworker/ui/list_export.py" line="67" />
      <source>Export this list to a spreadsheet</source>
      <translation>Exportar esta lista a una hoja de cálculo</translation>
    </message>
    <message>
      <location filename="caseworker/ui/list_export.py" line="66" />
      <source>Export this list, as filtered, to Excel or CSV</source>
      <translation>Exportar esta lista, tal como está filtrada, a Excel o CSV</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/meeting_detail.py" line="380" />
      <source>Export to calendar file</source>
      <translation>Exportar a archivo de calendario</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/aid_grants.py" line="49" />
      <source>Export {table} as a spreadsheet</source>
      <translation>Exportar {table} como hoja de cálculo</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/calendar.py" line="602" />
      <source>Exported to {path}</source>
      <translation>Exportado a {path}</translation>
    </message>
    <message>
      <location filename="caseworker/ui/list_export.py" line="41" />
      <source>Exporting…</source>
      <translation>Exportando…</translation>
    </message>
    <message>
      <location filename="caseworker/ui/export.py" line="186" />
      <location filename="caseworker/ui/list_export.py" line="65" />
      <location filename="caseworker/ui/sections/calendar.py" line="412" />
      <source>Export…</source>
      <translation>Exportar…</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/gift_dialog.py" line="204" />
      <source>F&amp;und:</source>
      <translation>&amp;Fondo:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/backups_page.py" line="127" />
      <source>Failed: {problem}</source>
      <translation>Error: {problem}</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/client_dialog.py" line="71" />
      <location filename="caseworker/ui/dialogs/donor_dialog.py" line="84" />
      <source>Family &amp;name:</source>
      <translation>&amp;Apellidos:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/widgets/client_care_card.py" line="49" />
      <source>Feedback
given</source>
      <translation>Opinión
dada</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/merge_dialog.py" line="111" />
      <source>Field</source>
      <translation>Campo</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/import_wizard.py" line="314" />
      <source>Field filled by the column {name}</source>
      <translation>Campo que rellena la columna {name}</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/grant_outputs.py" line="53" />
      <location filename="caseworker/ui/views/supporters.py" line="32" />
      <source>Figure</source>
      <translation>Cifra</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/service_quality.py" line="158" />
      <source>Figure shown in the chart</source>
      <translation>Cifra que muestra el gráfico</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/service_quality.py" line="175" />
      <source>Figure:</source>
      <translation>Cifra:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/service_quality.py" line="332" />
      <source>Figures by {dimension}</source>
      <translation>Cifras por {dimension}</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/import_wizard.py" line="157" />
      <location filename="caseworker/ui/dialogs/import_wizard.py" line="505" />
      <source>File</source>
      <translation>Archivo</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/import_wizard.py" line="150" />
      <source>File to import</source>
      <translation>Archivo que se va a importar</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/batch_gifts.py" line="226" />
      <source>Filled into each new row, e.g. XMAS26</source>
      <translation>Se rellena en cada fila nueva, p. ej., NAVIDAD26</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/import_wizard.py" line="191" />
      <source>Fills</source>
      <translation>Rellena</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/administration.py" line="728" />
      <source>Filter by action, record type or reason</source>
      <translation>Filtrar por acción, tipo de registro o motivo</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/aid.py" line="182" />
      <source>Filter by client, payee or purpose</source>
      <translation>Filtrar por cliente, beneficiario o finalidad</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/administration.py" line="457" />
      <source>Filter by name, user name or email</source>
      <translation>Filtrar por nombre, nombre de usuario o correo electrónico</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/cases.py" line="65" />
      <source>Filter by reference, subject or client name</source>
      <translation>Filtrar por referencia, asunto o nombre del cliente</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/grants.py" line="70" />
      <source>Filter by title or funder</source>
      <translation>Filtrar por título o financiador</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/planner.py" line="179" />
      <source>Filter donors by name</source>
      <translation>Filtrar donantes por nombre</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/grants.py" line="72" />
      <source>Filter grant applications</source>
      <translation>Filtrar solicitudes de subvención</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/administration.py" line="730" />
      <source>Filter the audit log</source>
      <translation>Filtrar el registro de auditoría</translation>
    </message>
    <message>
      <location filename="caseworker/ui/widgets/record_list.py" line="49" />
      <source>Filter {name}</source>
      <translation>Filtrar {name}</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/donors.py" line="67" />
      <source>Find by name (any word, from its start) or e-mail</source>
      <translation>Buscar por nombre (cualquier palabra, desde su inicio) o correo electrónico</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/clients.py" line="59" />
      <source>Find by name or phone (any part of a name, from its start)</source>
      <translation>Buscar por nombre o teléfono (cualquier parte del nombre, desde su inicio)</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/cases.py" line="73" />
      <source>Finished cases</source>
      <translation>Casos terminados</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/case_dialogs.py" line="159" />
      <source>First &amp;note:</source>
      <translation>Primera &amp;nota:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/gift_dialog.py" line="277" />
      <source>First gift</source>
      <translation>Primer donativo</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/case_detail.py" line="412" />
      <source>First line</source>
      <translation>Primera línea</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/grant_dialogs.py" line="246" />
      <source>First report &amp;due:</source>
      <translation>Primer informe &amp;vence:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/widgets/client_care_card.py" line="49" />
      <source>First response
(days)</source>
      <translation>Primera respuesta
(días)</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/import_wizard.py" line="191" />
      <source>First values</source>
      <translation>Primeros valores</translation>
    </message>
    <message>
      <location filename="caseworker/ui/export.py" line="175" />
      <source>Fiscal year</source>
      <translation>Ejercicio fiscal</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/aid.py" line="173" />
      <location filename="caseworker/ui/sections/cases.py" line="55" />
      <location filename="caseworker/ui/sections/clients.py" line="53" />
      <source>Flags</source>
      <translation>Indicadores</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/client_dialog.py" line="89" />
      <source>Flags every worker sees first</source>
      <translation>Indicadores que todo profesional ve primero</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/meeting_dialogs.py" line="662" />
      <source>For</source>
      <translation>A favor</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/organigram_page.py" line="287" />
      <source>For a category of its own:</source>
      <translation>Para una categoría propia:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/meeting_detail.py" line="242" />
      <source>For {f}, against {a}, abstentions {x}</source>
      <translation>A favor {f}, en contra {a}, abstenciones {x}</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/mail_server.py" line="53" />
      <location filename="caseworker/ui/views/mail_server.py" line="54" />
      <source>Forget the stored password</source>
      <translation>Olvidar la contraseña guardada</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/policy_dialog.py" line="176" />
      <location filename="caseworker/ui/sections/administration.py" line="735" />
      <location filename="caseworker/ui/sections/administration.py" line="741" />
      <source>From</source>
      <translation>Desde</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/correspondence.py" line="522" />
      <source>From a&amp;mount:</source>
      <translation>Desde el i&amp;mporte:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/client_detail.py" line="241" />
      <source>Full name</source>
      <translation>Nombre completo</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/aid.py" line="59" />
      <location filename="caseworker/ui/sections/aid.py" line="174" />
      <location filename="caseworker/ui/sections/aid.py" line="232" />
      <source>Fund</source>
      <translation>Fondo</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/correspondence.py" line="192" />
      <source>Fund / appeal</source>
      <translation>Fondo / campaña</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/grants.py" line="80" />
      <location filename="caseworker/ui/views/aid_grants.py" line="78" />
      <location filename="caseworker/ui/views/aid_grants.py" line="81" />
      <source>Funder</source>
      <translation>Financiador</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/grant_dialogs.py" line="553" />
      <source>Funder asks for:</source>
      <translation>El financiador pide:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/grants.py" line="116" />
      <location filename="caseworker/ui/sections/grants.py" line="130" />
      <location filename="caseworker/ui/sections/insight.py" line="135" />
      <source>Funders</source>
      <translation>Financiadores</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/aid.py" line="148" />
      <location filename="caseworker/ui/sections/aid.py" line="160" />
      <source>Funds</source>
      <translation>Fondos</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/client_detail.py" line="243" />
      <source>Gender</source>
      <translation>Género</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/client_dialog.py" line="78" />
      <source>Gender, in their &amp;words:</source>
      <translation>Género, en sus pala&amp;bras:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/grant_outputs.py" line="116" />
      <source>Gender: {name}</source>
      <translation>Género: {name}</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/donor_detail.py" line="491" />
      <source>Gift</source>
      <translation>Donativo</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/gift_dialog.py" line="84" />
      <source>Gift &amp;in kind:</source>
      <translation>Donativo en &amp;especie:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/parts.py" line="110" />
      <source>Gift Aid</source>
      <translation>Gift Aid</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/gift_aid_dialog.py" line="32" />
      <source>Gift Aid declaration from {name}</source>
      <translation>Declaración de Gift Aid de {name}</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/gift_aid_tab.py" line="57" />
      <source>Gift Aid declarations</source>
      <translation>Declaraciones de Gift Aid</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/donor_dialog.py" line="124" />
      <source>Gift Aid declarations are recorded on the donor's Gift Aid tab.</source>
      <translation>Las declaraciones de Gift Aid se registran en la pestaña Gift Aid del donante.</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/donor_detail.py" line="187" />
      <source>Gift Aid declared</source>
      <translation>Gift Aid declarado</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/donor_dialog.py" line="121" />
      <source>Gift Aid declared &amp;on:</source>
      <translation>Gift Aid declarado &amp;el:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/correspondence.py" line="189" />
      <source>Gift date</source>
      <translation>Fecha del donativo</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/gift_dialog.py" line="277" />
      <location filename="caseworker/ui/views/donor_detail.py" line="249" />
      <location filename="caseworker/ui/views/donor_detail.py" line="158" />
      <source>Gifts</source>
      <translation>Donativos</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/batch_gifts.py" line="222" />
      <source>Gifts &amp;received on:</source>
      <translation>Donativos &amp;recibidos el:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/donors.py" line="108" />
      <source>Gifts and amounts per appeal code</source>
      <translation>Donativos e importes por código de campaña</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/supporters.py" line="33" />
      <source>Gifts by appeal</source>
      <translation>Donativos por campaña</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/supporters.py" line="35" />
      <source>Gifts by channel</source>
      <translation>Donativos por canal</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/batch_gifts.py" line="161" />
      <source>Gifts in this batch</source>
      <translation>Donativos de este lote</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/supporters.py" line="77" />
      <source>Gifts not thanked yet</source>
      <translation>Donativos aún no agradecidos</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/supporters.py" line="77" />
      <source>Gifts thanked</source>
      <translation>Donativos agradecidos</translation>
    </message>
    <message>
      <location filename="caseworker/ui/my_work/thank_yous.py" line="24" />
      <source>Gifts to thank</source>
      <translation>Donativos por agradecer</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/correspondence.py" line="197" />
      <source>Gifts waiting for a thank-you</source>
      <translation>Donativos a la espera de agradecimiento</translation>
    </message>
    <message>
      <location filename="caseworker/ui/my_work/thank_yous.py" line="30" />
      <source>Gifts waiting for a thank-you: Enter opens the queue</source>
      <translation>Donativos a la espera de agradecimiento: Intro abre la cola</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/administration.py" line="489" />
      <source>Give clients and donors a file and a key of their own</source>
      <translation>Dar a clientes y donantes un archivo y una clave propios</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/administration.py" line="497" />
      <source>Give each person a database role of their own, so the server itself refuses what their roles may not read</source>
      <translation>Dé a cada persona su propio rol de base de datos, para que el propio servidor rechace lo que sus roles no pueden leer</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/donor_dialog.py" line="116" />
      <source>Given</source>
      <translation>Donado</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/supporters.py" line="75" />
      <source>Given by retained donors</source>
      <translation>Donado por donantes fidelizados</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/gift_dialog.py" line="86" />
      <source>Given in &amp;return:</source>
      <translation>Dado a &amp;cambio:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/donors.py" line="62" />
      <location filename="caseworker/ui/sections/planner.py" line="432" />
      <location filename="caseworker/ui/sections/planner.py" line="440" />
      <source>Given in all</source>
      <translation>Donado en total</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/supporters.py" line="74" />
      <source>Given in the period</source>
      <translation>Donado en el periodo</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/supporters.py" line="74" />
      <source>Given in the period before</source>
      <translation>Donado en el periodo anterior</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/aid.py" line="85" />
      <source>Given so far (voids excluded): {totals}</source>
      <translation>Donado hasta ahora (sin anulaciones): {totals}</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/donor_detail.py" line="339" />
      <source>Given — {source}, {day}</source>
      <translation>Donado — {source}, {day}</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/donor_detail.py" line="255" />
      <source>Giving by year</source>
      <translation>Donaciones por año</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/donor_detail.py" line="530" />
      <source>Giving statement</source>
      <translation>Certificado de donaciones</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/donor_detail.py" line="289" />
      <source>Giving statement…</source>
      <translation>Certificado de donaciones…</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/donor_detail.py" line="131" />
      <source>Giving summary</source>
      <translation>Resumen de donaciones</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/calendar.py" line="389" />
      <source>Go to today</source>
      <translation>Ir a hoy</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/calendar.py" line="390" />
      <source>Go to today (T)</source>
      <translation>Ir a hoy (T)</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/my_work.py" line="63" />
      <source>Good afternoon, {name}</source>
      <translation>Buenas tardes, {name}</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/my_work.py" line="64" />
      <source>Good evening, {name}</source>
      <translation>Buenas noches, {name}</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/my_work.py" line="61" />
      <source>Good morning, {name}</source>
      <translation>Buenos días, {name}</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/aid_grants.py" line="81" />
      <location filename="caseworker/ui/views/grant_outputs.py" line="35" />
      <source>Grant</source>
      <translation>Subvención</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/grant_detail.py" line="111" />
      <source>Grant application</source>
      <translation>Solicitud de subvención</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/insight.py" line="108" />
      <source>Grant applications submitted in the period</source>
      <translation>Solicitudes de subvención presentadas en el periodo</translation>
    </message>
    <message>
      <location filename="caseworker/ui/my_work/deadlines.py" line="25" />
      <location filename="caseworker/ui/my_work/deadlines.py" line="42" />
      <source>Grant deadlines</source>
      <translation>Plazos de subvenciones</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/grant_outputs.py" line="136" />
      <source>Grant outputs</source>
      <translation>Resultados de la subvención</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/grant_detail.py" line="151" />
      <source>Grant period</source>
      <translation>Periodo de la subvención</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/grant_dialogs.py" line="244" />
      <source>Grant period &amp;from:</source>
      <translation>Periodo de la subvención &amp;desde:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/grant_dialogs.py" line="245" />
      <source>Grant period &amp;to:</source>
      <translation>Periodo de la subvención &amp;hasta:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/grants.py" line="78" />
      <source>Grant pipeline</source>
      <translation>Cartera de subvenciones</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/aid_grants.py" line="74" />
      <source>Grant pipeline (all applications now)</source>
      <translation>Cartera de subvenciones (todas las solicitudes actuales)</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/grant_detail.py" line="140" />
      <source>Grant report for its reporting period</source>
      <translation>Informe de la subvención para el periodo que cubre</translation>
    </message>
    <message>
      <source>Grant report for the grant period</source>
      <translation type="obsolete">Informe de la subvención para su periodo</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/aid_grants.py" line="86" />
      <source>Grant reports due in the period</source>
      <translation>Informes de subvenciones con vencimiento en el periodo</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/grant_outputs.py" line="46" />
      <source>Grant:</source>
      <translation>Subvención:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/grants.py" line="57" />
      <location filename="caseworker/ui/views/grant_detail.py" line="436" />
      <source>Grants</source>
      <translation>Subvenciones</translation>
    </message>
    <message>
      <location filename="caseworker/ui/widgets/client_care_card.py" line="49" />
      <source>Group</source>
      <translation>Grupo</translation>
    </message>
    <message>
      <location filename="caseworker/ui/widgets/client_care_card.py" line="43" />
      <source>Group the client-care figures by</source>
      <translation>Agrupar las cifras de atención al cliente por</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/case_dialogs.py" line="210" />
      <source>Hand off</source>
      <translation>Traspasar</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/case_dialogs.py" line="210" />
      <source>Hand off {ref}</source>
      <translation>Traspasar {ref}</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/organigram_page.py" line="389" />
      <source>Hand on</source>
      <translation>Traspasar</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/organigram_page.py" line="375" />
      <source>Hand on the work of {name}</source>
      <translation>Traspasar el trabajo de {name}</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/case_detail.py" line="417" />
      <source>Handed to {name}, waiting for them to accept.</source>
      <translation>Traspasado a {name}, a la espera de que lo acepte.</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/organigram_page.py" line="123" />
      <source>Handles &amp;categories:</source>
      <translation>Atiende las cate&amp;gorías:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/case_dialogs.py" line="216" />
      <source>Handoff &amp;note:</source>
      <translation>&amp;Nota del traspaso:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/donor_dialog.py" line="102" />
      <source>House&amp;hold:</source>
      <translation>&amp;Hogar:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/donors.py" line="64" />
      <location filename="caseworker/ui/views/donor_detail.py" line="188" />
      <source>Household</source>
      <translation>Hogar</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/donor_detail.py" line="415" />
      <source>Household giving by year: </source>
      <translation>Donaciones del hogar por año: </translation>
    </message>
    <message>
      <source>Household of {size}</source>
      <translation type="obsolete">Hogar de {size}</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/client_dialog.py" line="84" />
      <source>Household si&amp;ze:</source>
      <translation>Personas en el ho&amp;gar:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/client_detail.py" line="243" />
      <source>Household size</source>
      <translation>Tamaño del hogar</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/grant_outputs.py" line="117" />
      <source>Household size: {size}</source>
      <translation>Tamaño del hogar: {size}</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/donor_detail.py" line="197" />
      <location filename="caseworker/ui/views/donor_detail.py" line="345" />
      <source>Household…</source>
      <translation>Hogar…</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/client_detail.py" line="292" />
      <source>How</source>
      <translation>Cómo</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/donor_dialog.py" line="87" />
      <source>How letters begin, e.g. Dear Dr Okafor</source>
      <translation>Cómo empiezan las cartas, p. ej., Estimada Dra. Okafor</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/gift_aid_tab.py" line="55" />
      <source>How made</source>
      <translation>Cómo se hizo</translation>
    </message>
    <message>
      <location filename="caseworker/ui/my_work/deadlines.py" line="33" />
      <source>How many days ahead</source>
      <translation>Cuántos días por delante</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/client_dialog.py" line="87" />
      <source>How many people live in the household, the client included</source>
      <translation>Cuántas personas viven en el hogar, incluido el cliente</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/administration.py" line="950" />
      <source>How the database is protected</source>
      <translation>Cómo está protegida la base de datos</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/import_wizard.py" line="181" />
      <source>How the file writes dates</source>
      <translation>Cómo escribe las fechas el archivo</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/care_dialogs.py" line="289" />
      <source>How were you &amp;treated (1–5)?</source>
      <translation>¿Cómo le &amp;trataron (1–5)?</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/import_wizard.py" line="245" />
      <source>Import</source>
      <translation>Importar</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/sign_in.py" line="144" />
      <source>Import existing data after signing in</source>
      <translation>Importar datos existentes tras iniciar sesión</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/import_wizard.py" line="592" />
      <location filename="caseworker/ui/dialogs/import_wizard.py" line="91" />
      <source>Import from a spreadsheet</source>
      <translation>Importar de una hoja de cálculo</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/import_wizard.py" line="591" />
      <source>Import from a spreadsheet or another system's export; undo past imports</source>
      <translation>Importar de una hoja de cálculo o de la exportación de otro sistema; deshacer importaciones anteriores</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/import_wizard.py" line="601" />
      <source>Import from a spreadsheet…</source>
      <translation>Importar de una hoja de cálculo…</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/import_wizard.py" line="106" />
      <source>Import progress</source>
      <translation>Progreso de la importación</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/import_wizard.py" line="231" />
      <source>Import result</source>
      <translation>Resultado de la importación</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/import_wizard.py" line="438" />
      <source>Imported as batch {batch}: {created} created, {updated} merged, {skipped} skipped, from {file}.</source>
      <translation>Importado como lote {batch}: {created} creados, {updated} fusionados, {skipped} omitidos, desde {file}.</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/import_wizard.py" line="590" />
      <source>Import…</source>
      <translation>Importar…</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/organigram_page.py" line="125" />
      <source>In &amp;use:</source>
      <translation>En &amp;uso:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/donor_detail.py" line="481" />
      <source>In kind: {what}</source>
      <translation>En especie: {what}</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/case_detail.py" line="276" />
      <source>In the client's language and by their channel: an e-mail or a letter in the outbox, or a call to make with its script</source>
      <translation>En el idioma del cliente y por su canal: un correo electrónico o una carta en la bandeja de salida, o una llamada pendiente con su guion</translation>
    </message>
    <message>
      <location filename="caseworker/ui/my_work/deadlines.py" line="31" />
      <source>In the next</source>
      <translation>En los próximos</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/touchpoint_dialog.py" line="177" />
      <source>In the time zone {zone}</source>
      <translation>En la zona horaria {zone}</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/care_dialogs.py" line="295" />
      <source>In their &amp;words:</source>
      <translation>Con sus &amp;palabras:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/correspondence.py" line="526" />
      <source>In use</source>
      <translation>En uso</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/insight.py" line="67" />
      <location filename="caseworker/ui/sections/insight.py" line="84" />
      <source>Insight</source>
      <translation>Análisis</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/insight.py" line="124" />
      <source>Insight figures</source>
      <translation>Cifras de Análisis</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/insight.py" line="130" />
      <source>Insight views</source>
      <translation>Vistas de análisis</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/clients.py" line="73" />
      <location filename="caseworker/ui/widgets/flag_strip.py" line="36" />
      <source>Interpreter</source>
      <translation>Intérprete</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/client_dialog.py" line="93" />
      <source>Interpreter la&amp;nguage:</source>
      <translation>Idio&amp;ma del intérprete:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/client_detail.py" line="136" />
      <location filename="caseworker/ui/widgets/flag_strip.py" line="37" />
      <source>Interpreter needed: {language}</source>
      <translation>Necesita intérprete: {language}</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/meeting_dialogs.py" line="231" />
      <source>Invite colleague</source>
      <translation>Invitar a un compañero</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/case_dialogs.py" line="306" />
      <source>Involve</source>
      <translation>Implicar</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/case_dialogs.py" line="306" />
      <source>Involve a specialist in {ref}</source>
      <translation>Implicar a un especialista en {ref}</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/case_detail.py" line="272" />
      <source>Involve a specialist…</source>
      <translation>Implicar a un especialista…</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/donor_detail.py" line="278" />
      <location filename="caseworker/ui/views/donor_detail.py" line="412" />
      <source>Issued</source>
      <translation>Emitido</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/gift_dialog.py" line="88" />
      <source>Its &amp;value:</source>
      <translation>Su &amp;valor:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/organigram_page.py" line="190" />
      <source>Job &amp;title:</source>
      <translation>&amp;Cargo:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/administration.py" line="490" />
      <source>Keep clients and donors each in a file with a key of its own, so a fundraiser's password opens nothing about clients, nor a caseworker's anything about donors</source>
      <translation>Guardar clientes y donantes cada uno en un archivo con su propia clave, para que la contraseña de un recaudador no abra nada sobre los clientes, ni la de un trabajador social nada sobre los donantes</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/donor_detail.py" line="186" />
      <source>Keep in touch</source>
      <translation>Mantener el contacto</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/donor_dialog.py" line="112" />
      <source>Keep in touch every (&amp;days):</source>
      <translation>Mantener el contacto cada (&amp;días):</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/gift_aid_dialog.py" line="102" />
      <source>Keep it</source>
      <translation>Conservarlo</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/policy_dialog.py" line="149" />
      <source>Keep quiet days</source>
      <translation>Respetar los días de descanso</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/merge_dialog.py" line="112" />
      <source>Kept record</source>
      <translation>Registro conservado</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/grant_detail.py" line="164" />
      <location filename="caseworker/ui/views/grant_detail.py" line="161" />
      <source>Key dates</source>
      <translation>Fechas clave</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/donors.py" line="103" />
      <source>Key in a day's gifts</source>
      <translation>Introducir los donativos de un día</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/clients.py" line="56" />
      <location filename="caseworker/ui/views/client_detail.py" line="244" />
      <source>Key worker</source>
      <translation>Profesional de referencia</translation>
    </message>
    <message>
      <location filename="caseworker/ui/main_window.py" line="327" />
      <source>Keyboard shortcuts</source>
      <translation>Atajos de teclado</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/aid.py" line="59" />
      <location filename="caseworker/ui/sections/aid.py" line="175" />
      <location filename="caseworker/ui/sections/correspondence.py" line="500" />
      <source>Kind</source>
      <translation>Tipo</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/supporters.py" line="71" />
      <source>LYBUNT value (their giving the period before)</source>
      <translation>Valor LYBUNT (sus donaciones del periodo anterior)</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/supporters.py" line="70" />
      <source>LYBUNT: gave in the period before, not this one</source>
      <translation>LYBUNT: donó en el periodo anterior, no en este</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/planner.py" line="392" />
      <source>LYBUNT: gave last year, not this year</source>
      <translation>LYBUNT: donó el año pasado, no este año</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/correspondence.py" line="326" />
      <source>Label sheet</source>
      <translation>Hoja de etiquetas</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/correspondence.py" line="388" />
      <source>Labels written to {path} ({pages} sheets).</source>
      <translation>Etiquetas guardadas en {path} ({pages} hojas).</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/administration.py" line="923" />
      <source>Lan&amp;guage:</source>
      <translation>&amp;Idioma:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/client_detail.py" line="242" />
      <source>Language</source>
      <translation>Idioma</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/administration.py" line="912" />
      <source>Language of the window</source>
      <translation>Idioma de la ventana</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/grant_outputs.py" line="114" />
      <source>Language: {name}</source>
      <translation>Idioma: {name}</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/grant_outputs.py" line="60" />
      <source>Languages</source>
      <translation>Idiomas</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/aid_grants.py" line="71" />
      <source>Largest to one client</source>
      <translation>Mayor importe a un cliente</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/insight.py" line="76" />
      <source>Last 12 months</source>
      <translation>Últimos 12 meses</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/insight.py" line="77" />
      <source>Last calendar year</source>
      <translation>Último año natural</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/planner.py" line="434" />
      <source>Last contact</source>
      <translation>Último contacto</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/meeting_dialogs.py" line="164" />
      <source>Last date</source>
      <translation>Última fecha</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/gift_dialog.py" line="278" />
      <location filename="caseworker/ui/sections/donors.py" line="60" />
      <location filename="caseworker/ui/sections/planner.py" line="433" />
      <source>Last gift</source>
      <translation>Último donativo</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/administration.py" line="454" />
      <source>Last sign-in</source>
      <translation>Último inicio de sesión</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/administration.py" line="587" />
      <source>Last signed in: {when}</source>
      <translation>Último inicio de sesión: {when}</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/planner.py" line="391" />
      <source>Late against their own giving rhythm</source>
      <translation>Con retraso respecto a su propio ritmo de donación</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/meeting_dialogs.py" line="679" />
      <source>Leave the counts empty for a decision agreed without a vote.</source>
      <translation>Deje los recuentos vacíos para una decisión acordada sin votación.</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/case_dialogs.py" line="150" />
      <source>Leave unassigned</source>
      <translation>Dejar sin asignar</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/correspondence.py" line="739" />
      <location filename="caseworker/ui/sections/correspondence.py" line="750" />
      <source>Letters and e-mail</source>
      <translation>Cartas y correos</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/mail_server.py" line="83" />
      <source>Letters and e-mail go out through the organisation's own mail server. The password is kept encrypted in the database.</source>
      <translation>Las cartas y los correos salen por el propio servidor de correo de la organización. La contraseña se guarda cifrada en la base de datos.</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/planner.py" line="548" />
      <source>Limits, quiet hours, blackouts and exempt purposes for every supporter</source>
      <translation>Límites, horas de descanso, bloqueos y finalidades exentas para todos los donantes</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/import_wizard.py" line="210" />
      <location filename="caseworker/ui/dialogs/import_wizard.py" line="218" />
      <location filename="caseworker/ui/views/grant_detail.py" line="219" />
      <source>Line</source>
      <translation>Partida</translation>
    </message>
    <message>
      <location filename="caseworker/ui/backups_page.py" line="85" />
      <source>List and check the backups again</source>
      <translation>Listar y comprobar de nuevo las copias de seguridad</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/service_quality.py" line="121" />
      <source>List the cases behind this figure</source>
      <translation>Listar los casos que hay detrás de esta cifra</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/service_quality.py" line="122" />
      <source>List the cases: {figure}</source>
      <translation>Listar los casos: {figure}</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/cases.py" line="143" />
      <location filename="caseworker/ui/sections/planner.py" line="506" />
      <source>Loading…</source>
      <translation>Cargando…</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/care_dialogs.py" line="241" />
      <location filename="caseworker/ui/dialogs/touchpoint_dialog.py" line="187" />
      <source>Log</source>
      <translation>Registrar</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/case_detail.py" line="310" />
      <source>Log a call</source>
      <translation>Registrar una llamada</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/care_dialogs.py" line="241" />
      <location filename="caseworker/ui/dialogs/touchpoint_dialog.py" line="160" />
      <source>Log a contact with {name}</source>
      <translation>Registrar un contacto con {name}</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/donor_timeline.py" line="59" />
      <source>Log a contact…</source>
      <translation>Registrar un contacto…</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/case_detail.py" line="311" />
      <source>Log a visit</source>
      <translation>Registrar una visita</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/administration.py" line="279" />
      <source>Logo preview</source>
      <translation>Vista previa del logotipo</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/administration.py" line="134" />
      <source>Logo:</source>
      <translation>Logotipo:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/sign_in.py" line="154" />
      <source>Look around a &amp;demo first</source>
      <translation>Explorar primero una &amp;demostración</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/sign_in.py" line="158" />
      <source>Look around a demo first</source>
      <translation>Explorar primero una demostración</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/correspondence.py" line="303" />
      <source>Made</source>
      <translation>Hecha</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/gift_aid_tab.py" line="55" />
      <source>Made on</source>
      <translation>Hecha el</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/mail_server.py" line="37" />
      <source>Mail &amp;server:</source>
      <translation>&amp;Servidor de correo:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/correspondence.py" line="414" />
      <source>Mail merge:</source>
      <translation>Combinación de correspondencia:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/administration.py" line="1069" />
      <source>Mail server</source>
      <translation>Servidor de correo</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/mail_server.py" line="126" />
      <source>Mail server settings saved.</source>
      <translation>Configuración del servidor de correo guardada.</translation>
    </message>
    <message>
      <location filename="caseworker/ui/demo_start.py" line="38" />
      <source>Making the demo database</source>
      <translation>Creando la base de datos de demostración</translation>
    </message>
    <message>
      <location filename="caseworker/ui/demo_start.py" line="36" />
      <source>Making the demo database…</source>
      <translation>Creando la base de datos de demostración…</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/cases.py" line="124" />
      <source>Manage</source>
      <translation>Gestionar</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/cases.py" line="125" />
      <source>Manage categories and assignments</source>
      <translation>Gestionar categorías y asignaciones</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/planner.py" line="436" />
      <source>Manager</source>
      <translation>Responsable</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/aid_dialogs.py" line="251" />
      <source>Manager approval &amp;above:</source>
      <translation>Aprobación del responsable por &amp;encima de:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/touchpoint_dialog.py" line="193" />
      <source>Managers may let a blocked contact go ahead, with a reason.</source>
      <translation>Los responsables pueden permitir un contacto bloqueado, indicando un motivo.</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/aid.py" line="243" />
      <source>Mark &amp;paid</source>
      <translation>Marcar como &amp;pagado</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/donor_timeline.py" line="61" />
      <source>Mark done</source>
      <translation>Marcar como hecha</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/grant_detail.py" line="173" />
      <source>Mark report su&amp;bmitted…</source>
      <translation>Marcar informe &amp;presentado…</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/grant_dialogs.py" line="633" />
      <source>Mark submitted</source>
      <translation>Marcar como presentado</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/donor_detail.py" line="261" />
      <source>Mark thanked</source>
      <translation>Marcar como agradecido</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/grant_detail.py" line="175" />
      <source>Mark the chosen report submitted</source>
      <translation>Marcar como presentado el informe elegido</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/donor_dialog.py" line="116" />
      <source>Marketing &amp;consent:</source>
      <translation>Consentimiento de &amp;marketing:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/donor_detail.py" line="187" />
      <source>Marketing consent</source>
      <translation>Consentimiento de marketing</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/import_wizard.py" line="218" />
      <source>May be</source>
      <translation>Puede ser</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/merge_dialog.py" line="176" />
      <source>May be the same as</source>
      <translation>Puede ser el mismo que</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/care_dialogs.py" line="135" />
      <source>Me</source>
      <translation>Yo</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/supporters.py" line="76" />
      <source>Mean gift</source>
      <translation>Donativo medio</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/aid_grants.py" line="71" />
      <source>Mean per client</source>
      <translation>Media por cliente</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/insight.py" line="103" />
      <source>Median days to resolve</source>
      <translation>Mediana de días hasta la resolución</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/supporters.py" line="78" />
      <source>Median days to thank</source>
      <translation>Mediana de días hasta el agradecimiento</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/supporters.py" line="76" />
      <source>Median gift</source>
      <translation>Donativo mediano</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/meeting_detail.py" line="80" />
      <source>Meeting</source>
      <translation>Reunión</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/meeting_dialogs.py" line="872" />
      <location filename="caseworker/ui/parts.py" line="105" />
      <source>Meetings</source>
      <translation>Reuniones</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/calendar.py" line="415" />
      <source>Meetings of a month…</source>
      <translation>Reuniones de un mes…</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/meeting_detail.py" line="405" />
      <source>Meetings with this client</source>
      <translation>Reuniones con este cliente</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/organigram_page.py" line="122" />
      <source>Members</source>
      <translation>Miembros</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/merge_dialog.py" line="89" />
      <source>Merge</source>
      <translation>Fusionar</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/merge_dialog.py" line="72" />
      <source>Merge duplicates</source>
      <translation>Fusionar duplicados</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/correspondence.py" line="577" />
      <source>Merge fields (Enter inserts):</source>
      <translation>Campos de combinación (Intro inserta):</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/correspondence.py" line="537" />
      <source>Merge fields: Enter inserts one</source>
      <translation>Campos de combinación: Intro inserta uno</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/merge_dialog.py" line="186" />
      <source>Merge the chosen pair</source>
      <translation>Fusionar la pareja elegida</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/merge_dialog.py" line="90" />
      <source>Merge the two records</source>
      <translation>Fusionar los dos registros</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/merge_dialog.py" line="185" />
      <source>Merge…</source>
      <translation>Fusionar…</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/aid_grants.py" line="134" />
      <source>Met on time</source>
      <translation>Cumplidos a tiempo</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/batch_gifts.py" line="138" />
      <location filename="caseworker/ui/dialogs/batch_gifts.py" line="160" />
      <location filename="caseworker/ui/views/donor_detail.py" line="249" />
      <source>Method</source>
      <translation>Método</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/meeting_detail.py" line="108" />
      <location filename="caseworker/ui/views/meeting_detail.py" line="131" />
      <location filename="caseworker/ui/views/meeting_detail.py" line="127" />
      <source>Minutes</source>
      <translation>Acta</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/meeting_dialogs.py" line="553" />
      <source>Minutes: {title}</source>
      <translation>Acta: {title}</translation>
    </message>
    <message>
      <location filename="caseworker/ui/export.py" line="166" />
      <location filename="caseworker/ui/sections/calendar.py" line="397" />
      <location filename="caseworker/ui/views/aid_grants.py" line="84" />
      <source>Month</source>
      <translation>Mes</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/case_detail.py" line="267" />
      <source>More</source>
      <translation>Más</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/case_detail.py" line="268" />
      <source>More actions</source>
      <translation>Más acciones</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/policy_dialog.py" line="108" />
      <source>Most contacts in a window</source>
      <translation>Más contactos en una ventana</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/supporters.py" line="81" />
      <source>Most contacts to one donor</source>
      <translation>Máximo de contactos a un donante</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/policy_dialog.py" line="111" />
      <source>Most requests for a gift in a window</source>
      <translation>Más peticiones de donativo en una ventana</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/grant_dialogs.py" line="388" />
      <location filename="caseworker/ui/dialogs/touchpoint_dialog.py" line="187" />
      <source>Move</source>
      <translation>Mover</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/planner.py" line="215" />
      <location filename="caseworker/ui/sections/planner.py" line="218" />
      <source>Move blocked donors to their next allowed time</source>
      <translation>Mover a los donantes bloqueados a su siguiente hora permitida</translation>
    </message>
    <message>
      <source>Move blocked donors to their next allowed time (otherwise leave them out)</source>
      <translation type="obsolete">Mover a los donantes bloqueados a su siguiente hora permitida (si no, se dejan fuera)</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/touchpoint_dialog.py" line="161" />
      <source>Move the contact with {name}</source>
      <translation>Mover el contacto con {name}</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/grant_dialogs.py" line="388" />
      <source>Move “{title}”</source>
      <translation>Mover «{title}»</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/donor_timeline.py" line="60" />
      <source>Move…</source>
      <translation>Mover…</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/administration.py" line="688" />
      <source>Moving clients and donors into their own files…</source>
      <translation>Trasladando clientes y donantes a sus propios archivos…</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/administration.py" line="936" />
      <source>My &amp;time zone:</source>
      <translation>Mi &amp;zona horaria:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/my_work/action_items.py" line="27" />
      <source>My action items</source>
      <translation>Mis tareas acordadas</translation>
    </message>
    <message>
      <location filename="caseworker/ui/my_work/action_items.py" line="33" />
      <source>My action items: tick one when it is done</source>
      <translation>Mis tareas acordadas: marque una cuando esté hecha</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/clients.py" line="81" />
      <source>My clients</source>
      <translation>Mis clientes</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/donors.py" line="93" />
      <source>My donors</source>
      <translation>Mis donantes</translation>
    </message>
    <message>
      <location filename="caseworker/ui/my_work/stewardship.py" line="46" />
      <source>My donors overdue for a contact: Enter opens the donor</source>
      <translation>Mis donantes con contacto atrasado: Intro abre el donante</translation>
    </message>
    <message>
      <location filename="caseworker/ui/my_work/stewardship.py" line="40" />
      <source>My donors to contact</source>
      <translation>Mis donantes por contactar</translation>
    </message>
    <message>
      <location filename="caseworker/ui/my_work/cases.py" line="30" />
      <source>My open cases</source>
      <translation>Mis casos abiertos</translation>
    </message>
    <message>
      <location filename="caseworker/ui/my_work/cases.py" line="48" />
      <source>My open cases ({n})</source>
      <translation>Mis casos abiertos ({n})</translation>
    </message>
    <message>
      <location filename="caseworker/ui/my_work/cases.py" line="47" />
      <source>My open cases ({n}, {late} overdue)</source>
      <translation>Mis casos abiertos ({n}, {late} atrasados)</translation>
    </message>
    <message>
      <location filename="caseworker/ui/my_work/cases.py" line="36" />
      <source>My open cases, soonest due first: Enter opens one</source>
      <translation>Mis casos abiertos, los que vencen antes primero: Intro abre uno</translation>
    </message>
    <message>
      <location filename="caseworker/ui/my_work/tasks.py" line="33" />
      <source>My tasks</source>
      <translation>Mis tareas</translation>
    </message>
    <message>
      <location filename="caseworker/ui/my_work/tasks.py" line="63" />
      <source>My tasks ({n})</source>
      <translation>Mis tareas ({n})</translation>
    </message>
    <message>
      <location filename="caseworker/ui/my_work/tasks.py" line="62" />
      <source>My tasks ({n}, {late} overdue)</source>
      <translation>Mis tareas ({n}, {late} atrasadas)</translation>
    </message>
    <message>
      <location filename="caseworker/ui/my_work/tasks.py" line="39" />
      <source>My tasks, soonest due first: tick one when it is done, Enter opens its record</source>
      <translation>Mis tareas, las que vencen antes primero: marque una cuando esté hecha, Intro abre su registro</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/administration.py" line="934" />
      <location filename="caseworker/ui/sections/administration.py" line="935" />
      <source>My time zone</source>
      <translation>Mi zona horaria</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/my_work.py" line="23" />
      <source>My work</source>
      <translation>Mi trabajo</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/my_work.py" line="48" />
      <source>My work panels</source>
      <translation>Paneles de Mi trabajo</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/client_records.py" line="120" />
      <location filename="caseworker/ui/dialogs/client_records.py" line="159" />
      <location filename="caseworker/ui/dialogs/gift_dialog.py" line="96" />
      <source>N&amp;ote:</source>
      <translation>&amp;Nota:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/client_dialog.py" line="123" />
      <location filename="caseworker/ui/dialogs/grant_dialogs.py" line="151" />
      <location filename="caseworker/ui/dialogs/grant_dialogs.py" line="258" />
      <source>N&amp;otes:</source>
      <translation>N&amp;otas:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/client_dialog.py" line="69" />
      <location filename="caseworker/ui/dialogs/import_wizard.py" line="218" />
      <location filename="caseworker/ui/sections/administration.py" line="449" />
      <source>Name</source>
      <translation>Nombre</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/grant_detail.py" line="418" />
      <source>Name a document the funder asks for.</source>
      <translation>Indique un documento que pide el financiador.</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/client_dialog.py" line="118" />
      <source>Nee&amp;ds:</source>
      <translation>Nece&amp;sidades:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/client_detail.py" line="244" />
      <source>Needs</source>
      <translation>Necesidades</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/planner.py" line="457" />
      <source>Neglected</source>
      <translation>Desatendidos</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/planner.py" line="543" />
      <source>Neglected and pestered</source>
      <translation>Desatendidos y agobiados</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/planner.py" line="445" />
      <source>Neglected supporters</source>
      <translation>Donantes desatendidos</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/meeting_dialogs.py" line="158" />
      <source>Never</source>
      <translation>Nunca</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/donor_detail.py" line="221" />
      <source>Never by</source>
      <translation>Nunca por</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/donor_dialog.py" line="128" />
      <source>Never contact again</source>
      <translation>No volver a contactar nunca</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/policy_dialog.py" line="119" />
      <source>Never count:</source>
      <translation>No contar nunca:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/donor_detail.py" line="358" />
      <source>Never — the donor asked for no contact</source>
      <translation>Nunca: el donante pidió que no se le contacte</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/donor_detail.py" line="356" />
      <source>Never — the donor has died</source>
      <translation>Nunca: el donante ha fallecido</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/grant_detail.py" line="498" />
      <source>New &amp;application…</source>
      <translation>Nueva &amp;solicitud…</translation>
    </message>
    <message>
      <location filename="caseworker/ui/tasks_ui.py" line="21" />
      <location filename="caseworker/ui/views/client_care_tab.py" line="93" />
      <location filename="caseworker/ui/views/record_tasks.py" line="30" />
      <source>New &amp;task…</source>
      <translation>Nueva &amp;tarea…</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/grants.py" line="73" />
      <source>New application</source>
      <translation>Nueva solicitud</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/cases.py" line="91" />
      <location filename="caseworker/ui/sections/cases.py" line="93" />
      <source>New case</source>
      <translation>Nuevo caso</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/organigram_page.py" line="87" />
      <source>New cases go to the team that handles their category, to its specialists first, then to whoever has the fewest open cases. Changes apply to the next case.</source>
      <translation>Los casos nuevos van al equipo que atiende su categoría, primero a sus especialistas y después a quien tenga menos casos abiertos. Los cambios se aplican al siguiente caso.</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/client_dialog.py" line="65" />
      <location filename="caseworker/ui/sections/clients.py" line="84" />
      <location filename="caseworker/ui/sections/clients.py" line="86" />
      <source>New client</source>
      <translation>Nuevo cliente</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/clients.py" line="85" />
      <source>New client (Ctrl+N)</source>
      <translation>Nuevo cliente (Ctrl+N)</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/donor_dialog.py" line="75" />
      <location filename="caseworker/ui/sections/donors.py" line="97" />
      <location filename="caseworker/ui/sections/donors.py" line="99" />
      <source>New donor</source>
      <translation>Nuevo donante</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/donors.py" line="98" />
      <source>New donor (Ctrl+N)</source>
      <translation>Nuevo donante (Ctrl+N)</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/supporters.py" line="69" />
      <source>New donors</source>
      <translation>Donantes nuevos</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/grant_dialogs.py" line="208" />
      <source>New grant application</source>
      <translation>Nueva solicitud de subvención</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/grants.py" line="74" />
      <source>New grant application (Ctrl+N)</source>
      <translation>Nueva solicitud de subvención (Ctrl+N)</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/donor_dialog.py" line="417" />
      <source>New household</source>
      <translation>Nuevo hogar</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/meeting_dialogs.py" line="108" />
      <location filename="caseworker/ui/sections/calendar.py" line="408" />
      <source>New meeting</source>
      <translation>Nueva reunión</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/calendar.py" line="409" />
      <source>New meeting (Ctrl+N)</source>
      <translation>Nueva reunión (Ctrl+N)</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/grant_outputs.py" line="104" />
      <source>New people served</source>
      <translation>Personas nuevas atendidas</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/care_dialogs.py" line="118" />
      <source>New task</source>
      <translation>Nueva tarea</translation>
    </message>
    <message>
      <location filename="caseworker/ui/my_work/tasks.py" line="45" />
      <source>New task…</source>
      <translation>Nueva tarea…</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/correspondence.py" line="494" />
      <source>New template</source>
      <translation>Nueva plantilla</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/import_wizard.py" line="115" />
      <location filename="caseworker/ui/dialogs/import_wizard.py" line="245" />
      <source>Next</source>
      <translation>Siguiente</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/calendar.py" line="392" />
      <source>Next (Ctrl+Right)</source>
      <translation>Siguiente (Ctrl+Derecha)</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/planner.py" line="271" />
      <source>Next allowed</source>
      <translation>Próximo permitido</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/correspondence.py" line="356" />
      <source>Next allowed: {when}</source>
      <translation>Próximo permitido: {when}</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/touchpoint_dialog.py" line="129" />
      <source>Next allowed: {when} ({zone}).</source>
      <translation>Próximo permitido: {when} ({zone}).</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/grants.py" line="80" />
      <source>Next date</source>
      <translation>Próx. fecha</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/planner.py" line="443" />
      <source>Next planned</source>
      <translation>Próximo planificado</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/import_wizard.py" line="116" />
      <source>Next step</source>
      <translation>Paso siguiente</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/correspondence.py" line="358" />
      <source>Next try: {when}</source>
      <translation>Próximo intento: {when}</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/insight.py" line="217" />
      <source>No</source>
      <translation>No</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/gift_aid_tab.py" line="65" />
      <source>No Gift Aid declaration on file: receipts claim no Gift Aid for this donor. Record one when the donor makes it.</source>
      <translation>No consta ninguna declaración de Gift Aid: los recibos no reclaman Gift Aid para este donante. Registre una cuando el donante la haga.</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/meeting_detail.py" line="206" />
      <source>No agenda.</source>
      <translation>Sin orden del día.</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/aid.py" line="88" />
      <source>No aid has been given to this client yet.</source>
      <translation>Aún no se ha concedido ninguna ayuda a este cliente.</translation>
    </message>
    <message>
      <location filename="caseworker/ui/backups_page.py" line="133" />
      <source>No backups yet — Back up now makes one.</source>
      <translation>Aún no hay copias de seguridad: Hacer copia ahora crea una.</translation>
    </message>
    <message>
      <location filename="caseworker/ui/widgets/budget_bar.py" line="22" />
      <source>No budget limit · paid {paid} · committed {committed}</source>
      <translation>Sin límite de presupuesto · pagado {paid} · comprometido {committed}</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/case_detail.py" line="628" />
      <source>No cases for this client yet — “Open a case…” starts one.</source>
      <translation>Aún no hay casos para este cliente: «Abrir un caso…» inicia uno.</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/cases.py" line="66" />
      <source>No cases here yet — Ctrl+N opens one.</source>
      <translation>Aún no hay casos aquí: Ctrl+N abre uno.</translation>
    </message>
    <message>
      <location filename="caseworker/ui/widgets/flag_strip.py" line="105" />
      <source>No client flags</source>
      <translation>El cliente no tiene indicadores</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/clients.py" line="60" />
      <source>No clients yet — Ctrl+N adds one.</source>
      <translation>Aún no hay clientes: Ctrl+N añade uno.</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/policy_dialog.py" line="122" />
      <source>No contact by these channels between</source>
      <translation>Sin contacto por estos canales entre</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/grant_detail.py" line="525" />
      <source>No contact details yet.</source>
      <translation>Aún no hay datos de contacto.</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/policy_dialog.py" line="147" />
      <source>No contact on these days (the supporter's local date):</source>
      <translation>Sin contacto en estos días (fecha local del donante):</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/client_care_tab.py" line="41" />
      <source>No contact rhythm yet: set one to see check-ins on the key worker's My work.</source>
      <translation>Aún no hay ritmo de contacto: fije uno para ver los seguimientos en Mi trabajo del profesional de referencia.</translation>
    </message>
    <message>
      <location filename="caseworker/ui/widgets/charts.py" line="140" />
      <location filename="caseworker/ui/widgets/charts.py" line="188" />
      <location filename="caseworker/ui/widgets/charts.py" line="258" />
      <source>No data for this period yet</source>
      <translation>Aún no hay datos para este periodo</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/grant_detail.py" line="319" />
      <source>No dates yet.</source>
      <translation>Aún no hay fechas.</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/meeting_dialogs.py" line="675" />
      <source>No decisions in the minutes yet: record them with Minutes… first.</source>
      <translation>Aún no hay decisiones en el acta: regístrelas primero con Acta…</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/aid.py" line="183" />
      <source>No disbursements here yet — Ctrl+N records one.</source>
      <translation>Aún no hay pagos aquí: Ctrl+N registra uno.</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/grant_detail.py" line="335" />
      <source>No documents listed — add the ones the funder asks for.</source>
      <translation>No hay documentos en la lista: añada los que pide el financiador.</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/batch_gifts.py" line="127" />
      <source>No donor matches “{text}”.</source>
      <translation>Ningún donante coincide con «{text}».</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/donor_dialog.py" line="477" />
      <location filename="caseworker/ui/dialogs/gift_dialog.py" line="161" />
      <source>No donor matches.</source>
      <translation>Ningún donante coincide.</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/donors.py" line="68" />
      <source>No donors yet — Ctrl+N adds one.</source>
      <translation>Aún no hay donantes: Ctrl+N añade uno.</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/correspondence.py" line="519" />
      <source>No e-&amp;mail:</source>
      <translation>Sin &amp;correo electrónico:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/client_detail.py" line="143" />
      <source>No flags</source>
      <translation>Sin indicadores</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/donor_detail.py" line="329" />
      <source>No gifts yet.</source>
      <translation>Aún no hay donativos.</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/grants.py" line="94" />
      <source>No grant applications yet — Ctrl+N starts one.</source>
      <translation>Aún no hay solicitudes de subvención: Ctrl+N inicia una.</translation>
    </message>
    <message>
      <location filename="caseworker/ui/my_work/deadlines.py" line="66" />
      <source>No grant dates in this period.</source>
      <translation>No hay fechas de subvenciones en este periodo.</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/grant_outputs.py" line="89" />
      <source>No grant has been awarded yet: outputs are reported for awarded grants.</source>
      <translation>Aún no se ha concedido ninguna subvención: los resultados se informan para las subvenciones concedidas.</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/administration.py" line="321" />
      <source>No logo</source>
      <translation>Sin logotipo</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/meeting_detail.py" line="408" />
      <source>No meetings with this client yet — plan one in the Calendar (Ctrl+N there).</source>
      <translation>Aún no hay reuniones con este cliente: planifique una en el Calendario (allí, Ctrl+N).</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/meeting_detail.py" line="210" />
      <source>No minutes yet.</source>
      <translation>Aún no hay acta.</translation>
    </message>
    <message>
      <location filename="caseworker/ui/my_work/action_items.py" line="57" />
      <source>No open action items.</source>
      <translation>No hay tareas acordadas abiertas.</translation>
    </message>
    <message>
      <location filename="caseworker/ui/my_work/cases.py" line="67" />
      <source>No open cases are assigned to you.</source>
      <translation>No tiene asignado ningún caso abierto.</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/client_care_tab.py" line="145" />
      <source>No open tasks on this client.</source>
      <translation>No hay tareas abiertas sobre este cliente.</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/record_tasks.py" line="64" />
      <source>No open tasks. New task… (or Ctrl+T) makes one.</source>
      <translation>No hay tareas abiertas. Nueva tarea… (o Ctrl+T) crea una.</translation>
    </message>
    <message>
      <location filename="caseworker/ui/my_work/tasks.py" line="88" />
      <source>No open tasks. New task… or Ctrl+T on a record makes one.</source>
      <translation>No hay tareas abiertas. Nueva tarea… o Ctrl+T sobre un registro crea una.</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/grant_dialogs.py" line="221" />
      <location filename="caseworker/ui/dialogs/grant_dialogs.py" line="303" />
      <source>No particular programme</source>
      <translation>Ningún programa en particular</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/merge_dialog.py" line="183" />
      <source>No possible duplicates were found.</source>
      <translation>No se han encontrado posibles duplicados.</translation>
    </message>
    <message>
      <location filename="caseworker/ui/widgets/reminder_bell.py" line="138" />
      <source>No reminders since the app was opened.</source>
      <translation>No hay recordatorios desde que se abrió la aplicación.</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/grant_dialogs.py" line="529" />
      <source>No target</source>
      <translation>Sin objetivo</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/user_dialog.py" line="70" />
      <source>No team</source>
      <translation>Sin equipo</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/administration.py" line="458" />
      <source>No users match. Clear the filter, or press Ctrl+N to add one.</source>
      <translation>Ningún usuario coincide. Borre el filtro o pulse Ctrl+N para añadir uno.</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/donor_dialog.py" line="131" />
      <source>No&amp;tes:</source>
      <translation>Not&amp;as:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/organigram_page.py" line="149" />
      <location filename="caseworker/ui/views/organigram_page.py" line="150" />
      <location filename="caseworker/ui/views/organigram_page.py" line="244" />
      <source>Nobody</source>
      <translation>Nadie</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/grant_dialogs.py" line="234" />
      <source>Nobody in particular</source>
      <translation>Nadie en particular</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/meeting_detail.py" line="203" />
      <source>Nobody invited yet.</source>
      <translation>Aún no hay nadie invitado.</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/planner.py" line="516" />
      <source>Nobody is near their contact limits.</source>
      <translation>Nadie está cerca de sus límites de contacto.</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/planner.py" line="514" />
      <source>Nobody on this list — well done.</source>
      <translation>No hay nadie en esta lista: buen trabajo.</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/client_dialog.py" line="116" />
      <location filename="caseworker/ui/dialogs/donor_dialog.py" line="105" />
      <location filename="caseworker/ui/views/client_detail.py" line="389" />
      <source>Nobody yet</source>
      <translation>Nadie todavía</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/client_care_tab.py" line="134" />
      <source>Nobody yet: the team is introduced when a case is assigned.</source>
      <translation>Nadie todavía: el equipo se presenta cuando se asigna un caso.</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/case_dialogs.py" line="384" />
      <location filename="caseworker/ui/dialogs/donor_dialog.py" line="103" />
      <location filename="caseworker/ui/dialogs/grant_dialogs.py" line="464" />
      <source>None</source>
      <translation>Ninguno</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/mail_server.py" line="46" />
      <source>None (only inside the office network)</source>
      <translation>Ninguna (solo dentro de la red de la oficina)</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/grant_detail.py" line="526" />
      <location filename="caseworker/ui/views/grant_detail.py" line="528" />
      <source>None listed.</source>
      <translation>No hay ninguno en la lista.</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/meeting_detail.py" line="224" />
      <source>None.</source>
      <translation>Ninguno.</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/care_dialogs.py" line="157" />
      <source>Not a contact</source>
      <translation>No es un contacto</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/case_dialogs.py" line="282" />
      <source>Not asked</source>
      <translation>No se preguntó</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/case_detail.py" line="401" />
      <source>Not assigned</source>
      <translation>Sin asignar</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/aid_grants.py" line="133" />
      <source>Not due yet</source>
      <translation>Aún no vencidos</translation>
    </message>
    <message>
      <location filename="caseworker/ui/context.py" line="64" />
      <source>Not encrypted: an administrator can encrypt it with 'caseworker encrypt'.</source>
      <translation>Sin cifrar: un administrador puede cifrarla con 'caseworker encrypt'.</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/donor_detail.py" line="341" />
      <source>Not given</source>
      <translation>No dado</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/client_dialog.py" line="86" />
      <location filename="caseworker/ui/views/grant_outputs.py" line="119" />
      <source>Not recorded</source>
      <translation>No registrado</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/administration.py" line="370" />
      <source>Not saved yet</source>
      <translation>Aún no guardado</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/aid_grants.py" line="133" />
      <source>Not submitted, overdue</source>
      <translation>No presentados, vencidos</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/grant_dialogs.py" line="427" />
      <source>Not yet given a line: {amount}</source>
      <translation>Aún sin partida: {amount}</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/client_detail.py" line="293" />
      <source>Note</source>
      <translation>Nota</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/client_detail.py" line="245" />
      <location filename="caseworker/ui/views/donor_detail.py" line="188" />
      <location filename="caseworker/ui/views/grant_detail.py" line="152" />
      <source>Notes</source>
      <translation>Notas</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/touchpoint_dialog.py" line="180" />
      <source>Notes:</source>
      <translation>Notas:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/correspondence.py" line="514" />
      <source>Nothing</source>
      <translation>Nada</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/quick_search.py" line="107" />
      <source>Nothing found.</source>
      <translation>No se ha encontrado nada.</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/donor_timeline.py" line="88" />
      <source>Nothing here yet — plan or log a contact to start this supporter's history.</source>
      <translation>Aún no hay nada: planifique o registre un contacto para empezar el historial de este donante.</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/administration.py" line="764" />
      <source>Nothing in the audit log matches. Widen the dates or clear the filter.</source>
      <translation>Nada del registro de auditoría coincide. Amplíe las fechas o borre el filtro.</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/case_detail.py" line="134" />
      <source>Nothing in the timeline yet.</source>
      <translation>Aún no hay nada en la cronología.</translation>
    </message>
    <message>
      <location filename="caseworker/ui/widgets/record_list.py" line="222" />
      <source>Nothing matches “{text}”.</source>
      <translation>Nada coincide con «{text}».</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/my_work.py" line="33" />
      <source>Nothing needs you today.</source>
      <translation>Hoy no hay nada que requiera su atención.</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/batch_gifts.py" line="328" />
      <source>Nothing was saved.</source>
      <translation>No se ha guardado nada.</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/case_detail.py" line="212" />
      <source>Notice</source>
      <translation>Aviso</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/grant_dialogs.py" line="390" />
      <source>Now: {stage}</source>
      <translation>Ahora: {stage}</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/donor_detail.py" line="278" />
      <source>Number</source>
      <translation>Número</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/clients.py" line="96" />
      <source>Number of clients shown</source>
      <translation>Número de clientes mostrados</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/donors.py" line="154" />
      <source>Number of donors shown</source>
      <translation>Número de donantes mostrados</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/grant_dialogs.py" line="250" />
      <source>Number of reports:</source>
      <translation>Número de informes:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/meeting_dialogs.py" line="169" />
      <source>Number of times</source>
      <translation>Número de veces</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/client_detail.py" line="280" />
      <source>Number or address</source>
      <translation>Número o dirección</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/cases.py" line="88" />
      <source>O&amp;verdue</source>
      <translation>A&amp;trasados</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/meeting_detail.py" line="369" />
      <source>Occurrence cancelled.</source>
      <translation>Repetición cancelada.</translation>
    </message>
    <message>
      <location filename="caseworker/ui/db_roles_ui.py" line="62" />
      <source>Off: every laptop connects to the server as the one role in its database URL, so whoever has that URL and its password can read every table with psql. Set up, each person connects after signing in as a role of their own, and the server refuses a fundraiser's role the clients and a caseworker's the donors.</source>
      <translation>Desactivado: cada equipo se conecta al servidor con el único rol de su URL de base de datos, así que quien tenga esa URL y su contraseña puede leer todas las tablas con psql. Una vez configurado, cada persona se conecta tras iniciar sesión con un rol propio, y el servidor niega los clientes al rol de un captador de fondos y los donantes al de un gestor de casos.</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/client_detail.py" line="292" />
      <location filename="caseworker/ui/views/client_detail.py" line="319" />
      <source>On</source>
      <translation>El</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/organigram_page.py" line="281" />
      <source>On &amp;escalation:</source>
      <translation>Al &amp;escalar:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/meeting_dialogs.py" line="159" />
      <source>On a date</source>
      <translation>En una fecha</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/client_detail.py" line="245" />
      <source>On file since</source>
      <translation>Consta desde</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/care_dialogs.py" line="354" />
      <source>On their &amp;days:</source>
      <translation>En sus &amp;días:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/person_data.py" line="34" />
      <source>On whose request, and why:</source>
      <translation>A petición de quién, y por qué:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/db_roles_ui.py" line="69" />
      <source>On: each person connects as their own role (prefix {prefix}); the laptops' URL should name a role of the group {prefix}_signin.</source>
      <translation>Activado: cada persona se conecta con su propio rol (prefijo {prefix}); la URL de los equipos debería nombrar un rol del grupo {prefix}_signin.</translation>
    </message>
    <message>
      <location filename="caseworker/ui/export.py" line="182" />
      <source>One PDF with every document</source>
      <translation>Un PDF con todos los documentos</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/meeting_dialogs.py" line="583" />
      <source>One decision per line</source>
      <translation>Una decisión por línea</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/meeting_dialogs.py" line="185" />
      <source>One item per line</source>
      <translation>Un elemento por línea</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/meeting_detail.py" line="190" />
      <source>One occurrence of a repeating meeting</source>
      <translation>Una repetición de una reunión periódica</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/grant_dialogs.py" line="256" />
      <source>One per line, e.g. Budget, Annual accounts</source>
      <translation>Uno por línea, p. ej., Presupuesto, Cuentas anuales</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/grant_dialogs.py" line="70" />
      <source>One report</source>
      <translation>Un informe</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/grant_detail.py" line="267" />
      <source>One report, due {day}</source>
      <translation>Un informe, vence el {day}</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/planner.py" line="180" />
      <location filename="caseworker/ui/sections/planner.py" line="181" />
      <location filename="caseworker/ui/sections/planner.py" line="420" />
      <source>Only donors I manage</source>
      <translation>Solo los donantes que gestiono</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/calendar.py" line="405" />
      <source>Only mine</source>
      <translation>Solo los míos</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/cases.py" line="86" />
      <source>Only my cases</source>
      <translation>Solo mis casos</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/cases.py" line="89" />
      <source>Only overdue cases</source>
      <translation>Solo casos atrasados</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/policy_dialog.py" line="170" />
      <source>Only warn for:</source>
      <translation>Solo avisar de:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/main_window.py" line="181" />
      <source>Open &amp;folder</source>
      <translation>Abrir &amp;carpeta</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/case_dialogs.py" line="135" />
      <source>Open a case</source>
      <translation>Abrir un caso</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/cases.py" line="92" />
      <source>Open a case (Ctrl+N)</source>
      <translation>Abrir un caso (Ctrl+N)</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/case_detail.py" line="569" />
      <source>Open a case for this client</source>
      <translation>Abrir un caso para este cliente</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/case_detail.py" line="568" />
      <source>Open a case…</source>
      <translation>Abrir un caso…</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/case_dialogs.py" line="135" />
      <location filename="caseworker/ui/views/service_quality.py" line="397" />
      <source>Open case</source>
      <translation>Abrir caso</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/cases.py" line="72" />
      <source>Open cases</source>
      <translation>Casos abiertos</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/client_care_tab.py" line="92" />
      <source>Open tasks on this client</source>
      <translation>Tareas abiertas sobre este cliente</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/record_tasks.py" line="28" />
      <source>Open tasks on this record: tick one when it is done</source>
      <translation>Tareas abiertas sobre este registro: marque una cuando esté hecha</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/client_dialog.py" line="251" />
      <source>Open the existing record instead, or save anyway if this is a different person.</source>
      <translation>Abra el registro existente en su lugar, o guarde de todos modos si se trata de otra persona.</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/donor_dialog.py" line="255" />
      <source>Open the existing record instead, or save anyway if this is someone else.</source>
      <translation>Abra el registro existente en su lugar, o guarde de todos modos si es otra persona.</translation>
    </message>
    <message>
      <location filename="caseworker/ui/main_window.py" line="182" />
      <source>Open the folder of the file just saved</source>
      <translation>Abrir la carpeta del archivo recién guardado</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/service_quality.py" line="398" />
      <source>Open the selected case</source>
      <translation>Abrir el caso seleccionado</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/case_detail.py" line="219" />
      <source>Opened</source>
      <translation>Abierto</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/sign_in.py" line="156" />
      <source>Opens a separate database of made-up people to try everything; this new database waits, untouched.</source>
      <translation>Abre una base de datos aparte, con personas inventadas, para probarlo todo; esta base de datos nueva queda a la espera, intacta.</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/donor_dialog.py" line="324" />
      <source>Opted out</source>
      <translation>Se dio de baja</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/planner.py" line="178" />
      <source>Optional: names starting with…</source>
      <translation>Opcional: nombres que empiezan por…</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/grant_dialogs.py" line="398" />
      <source>Optional: why, for the audit log</source>
      <translation>Opcional: por qué, para el registro de auditoría</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/administration.py" line="192" />
      <location filename="caseworker/ui/sections/administration.py" line="1068" />
      <source>Organisation</source>
      <translation>Organización</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/administration.py" line="121" />
      <source>Organisation &amp;name:</source>
      <translation>&amp;Nombre de la organización:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/client_detail.py" line="277" />
      <location filename="caseworker/ui/views/client_detail.py" line="280" />
      <source>Other contacts</source>
      <translation>Otros contactos</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/merge_dialog.py" line="113" />
      <source>Other record</source>
      <translation>Otro registro</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/planner.py" line="216" />
      <location filename="caseworker/ui/sections/planner.py" line="219" />
      <source>Otherwise donors the guard blocks are left out of the plan.</source>
      <translation>Si no, los donantes que el control de contactos bloquea quedan fuera del plan.</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/correspondence.py" line="308" />
      <location filename="caseworker/ui/sections/correspondence.py" line="756" />
      <source>Outbox</source>
      <translation>Bandeja de salida</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/correspondence.py" line="152" />
      <source>Outbox: {summary}</source>
      <translation>Bandeja de salida: {summary}</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/grant_dialogs.py" line="533" />
      <location filename="caseworker/ui/views/client_detail.py" line="318" />
      <source>Outcome</source>
      <translation>Resultado</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/client_records.py" line="151" />
      <source>Outcome of the referral to {agency}</source>
      <translation>Resultado de la derivación a {agency}</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/grant_dialogs.py" line="539" />
      <source>Outcomes with their targets</source>
      <translation>Resultados con sus objetivos</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/grant_outputs.py" line="53" />
      <source>Output</source>
      <translation>Resultado</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/meeting_dialogs.py" line="259" />
      <source>Outside attendee's name</source>
      <translation>Nombre del asistente externo</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/meeting_dialogs.py" line="262" />
      <source>Outside attendee's organisation</source>
      <translation>Organización del asistente externo</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/aid_grants.py" line="84" />
      <source>Over the budget</source>
      <translation>Por encima del presupuesto</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/aid_grants.py" line="84" />
      <source>Over the client's cap</source>
      <translation>Por encima del límite del cliente</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/aid_dialogs.py" line="158" />
      <source>Over the fund's approval threshold: a manager approves it before it is paid.</source>
      <translation>Por encima del umbral de aprobación del fondo: un responsable lo aprueba antes de pagarlo.</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/donors.py" line="112" />
      <source>Overdue and lapsing…</source>
      <translation>Atrasados y en riesgo…</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/planner.py" line="390" />
      <source>Overdue for a contact</source>
      <translation>Con contacto atrasado</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/override_dialog.py" line="36" />
      <location filename="caseworker/ui/dialogs/override_dialog.py" line="37" />
      <source>Override and save</source>
      <translation>Hacer una excepción y guardar</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/override_dialog.py" line="17" />
      <source>Override the contact guard</source>
      <translation>Hacer una excepción al control de contactos</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/touchpoint_dialog.py" line="192" />
      <source>Override the guard</source>
      <translation>Hacer una excepción al control</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/supporters.py" line="38" />
      <source>Overrides</source>
      <translation>Excepciones</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/touchpoint_dialog.py" line="191" />
      <source>Override…</source>
      <translation>Hacer una excepción…</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/insight.py" line="133" />
      <source>Overview</source>
      <translation>Resumen</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/donor_detail.py" line="222" />
      <source>Own limits</source>
      <translation>Límites propios</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/grant_detail.py" line="151" />
      <source>Owner</source>
      <translation>Responsable</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/client_dialog.py" line="100" />
      <location filename="caseworker/ui/dialogs/donor_dialog.py" line="91" />
      <location filename="caseworker/ui/views/organigram_page.py" line="120" />
      <source>P&amp;hone:</source>
      <translation>Te&amp;léfono:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/aid_dialogs.py" line="89" />
      <source>P&amp;urpose:</source>
      <translation>Finali&amp;dad:</translation>
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
      <translation>PNG o JPEG, hasta 2 MB</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/aid_grants.py" line="70" />
      <source>Paid</source>
      <translation>Pagado</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/aid_grants.py" line="71" />
      <source>Paid by month</source>
      <translation>Pagado por mes</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/aid_dialogs.py" line="84" />
      <source>Paid to a &amp;third party:</source>
      <translation>Pagado a un te&amp;rcero:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/widgets/budget_bar.py" line="24" />
      <source>Paid {paid} · approved {approved} · requested {requested} · left {left} of {budget}</source>
      <translation>Pagado {paid} · aprobado {approved} · solicitado {requested} · quedan {left} de {budget}</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/merge_dialog.py" line="175" />
      <source>Pairs of records that may be the same person</source>
      <translation>Parejas de registros que pueden ser la misma persona</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/insight.py" line="217" />
      <source>Partly</source>
      <translation>En parte</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/mail_server.py" line="60" />
      <source>Pass&amp;word:</source>
      <translation>&amp;Contraseña:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/backups_page.py" line="127" />
      <source>Passed</source>
      <translation>Correcta</translation>
    </message>
    <message>
      <location filename="caseworker/ui/idle_lock.py" line="43" />
      <location filename="caseworker/ui/views/mail_server.py" line="52" />
      <source>Password</source>
      <translation>Contraseña</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/import_wizard.py" line="499" />
      <location filename="caseworker/ui/dialogs/import_wizard.py" line="504" />
      <source>Past imports</source>
      <translation>Importaciones anteriores</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/import_wizard.py" line="602" />
      <source>Past imports…</source>
      <translation>Importaciones anteriores…</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/donor_dialog.py" line="378" />
      <source>Pause contact with {name}</source>
      <translation>Pausar el contacto con {name}</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/donor_detail.py" line="231" />
      <source>Pause contact…</source>
      <translation>Pausar el contacto…</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/donor_detail.py" line="228" />
      <source>Pauses in contact</source>
      <translation>Pausas en el contacto</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/donor_detail.py" line="238" />
      <source>Pauses the donor asked for</source>
      <translation>Pausas que pidió el donante</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/aid.py" line="60" />
      <location filename="caseworker/ui/sections/aid.py" line="179" />
      <location filename="caseworker/ui/sections/aid.py" line="233" />
      <source>Payee</source>
      <translation>Beneficiario del pago</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/aid_grants.py" line="70" />
      <source>Payments</source>
      <translation>Pagos</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/aid_grants.py" line="71" />
      <source>Pending</source>
      <translation>Pendiente</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/grant_detail.py" line="513" />
      <location filename="caseworker/ui/views/meeting_detail.py" line="117" />
      <location filename="caseworker/ui/views/organigram_page.py" line="184" />
      <source>People</source>
      <translation>Personas</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/meeting_detail.py" line="121" />
      <source>People and attendance</source>
      <translation>Personas y asistencia</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/meeting_dialogs.py" line="181" />
      <source>People invited</source>
      <translation>Personas invitadas</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/grant_outputs.py" line="109" />
      <source>People reached through its spending</source>
      <translation>Personas alcanzadas con sus gastos</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/grant_outputs.py" line="104" />
      <source>People served</source>
      <translation>Personas atendidas</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/insight.py" line="75" />
      <source>Period</source>
      <translation>Periodo</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/insight.py" line="88" />
      <source>Period:</source>
      <translation>Periodo:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/person_data.py" line="50" />
      <location filename="caseworker/ui/person_data.py" line="55" />
      <source>Person's data</source>
      <translation>Datos de la persona</translation>
    </message>
    <message>
      <location filename="caseworker/ui/person_data.py" line="73" />
      <source>Person's data…</source>
      <translation>Datos de la persona…</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/planner.py" line="446" />
      <source>Pestered supporters</source>
      <translation>Donantes agobiados</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/planner.py" line="467" />
      <source>Pestered: near their contact limits</source>
      <translation>Agobiados: cerca de sus límites de contacto</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/client_records.py" line="90" />
      <location filename="caseworker/ui/sections/clients.py" line="54" />
      <location filename="caseworker/ui/views/client_detail.py" line="267" />
      <source>Phone</source>
      <translation>Teléfono</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/administration.py" line="267" />
      <location filename="caseworker/ui/sections/administration.py" line="347" />
      <source>Pictures (*.png *.jpg *.jpeg)</source>
      <translation>Imágenes (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/grants.py" line="129" />
      <source>Pipeline</source>
      <translation>Cartera</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/grants.py" line="131" />
      <source>Pipeline or funders</source>
      <translation>Cartera o financiadores</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/touchpoint_dialog.py" line="187" />
      <source>Plan</source>
      <translation>Planificar</translation>
    </message>
    <message>
      <location filename="caseworker/ui/my_work/tasks.py" line="144" />
      <source>Plan a call or visit at a time that suits the client</source>
      <translation>Planificar una llamada o visita a una hora que le convenga al cliente</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/touchpoint_dialog.py" line="160" />
      <source>Plan a contact with {name}</source>
      <translation>Planificar un contacto con {name}</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/donor_timeline.py" line="58" />
      <source>Plan a contact…</source>
      <translation>Planificar un contacto…</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/planner.py" line="542" />
      <source>Plan an appeal</source>
      <translation>Planificar una campaña</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/planner.py" line="423" />
      <source>Plan an appeal for these donors</source>
      <translation>Planificar una campaña para estos donantes</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/planner.py" line="422" />
      <source>Plan for these…</source>
      <translation>Planificar para estos…</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/planner.py" line="274" />
      <source>Plan preview</source>
      <translation>Vista previa del plan</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/planner.py" line="262" />
      <source>Plan summary</source>
      <translation>Resumen del plan</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/planner.py" line="533" />
      <location filename="caseworker/ui/sections/planner.py" line="539" />
      <source>Planner</source>
      <translation>Planificador</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/gift_dialog.py" line="193" />
      <location filename="caseworker/ui/dialogs/gift_dialog.py" line="82" />
      <location filename="caseworker/ui/views/donor_detail.py" line="401" />
      <source>Pledge</source>
      <translation>Promesa de donación</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/gift_dialog.py" line="202" />
      <source>Pledged &amp;total:</source>
      <translation>&amp;Total prometido:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/organigram_page.py" line="118" />
      <source>Point of &amp;contact:</source>
      <translation>Persona de con&amp;tacto:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/client_dialog.py" line="130" />
      <location filename="caseworker/ui/dialogs/donor_dialog.py" line="138" />
      <location filename="caseworker/ui/dialogs/import_wizard.py" line="222" />
      <source>Possible duplicates</source>
      <translation>Posibles duplicados</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/import_wizard.py" line="217" />
      <source>Possible duplicates and what to do with each</source>
      <translation>Posibles duplicados y qué hacer con cada uno</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/import_wizard.py" line="608" />
      <source>Possible duplicates…</source>
      <translation>Posibles duplicados…</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/client_dialog.py" line="106" />
      <location filename="caseworker/ui/dialogs/donor_dialog.py" line="96" />
      <location filename="caseworker/ui/dialogs/donor_dialog.py" line="427" />
      <source>Post&amp;code:</source>
      <translation>Códi&amp;go postal:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/donor_detail.py" line="222" />
      <source>Preferably by</source>
      <translation>Preferiblemente por</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/donor_detail.py" line="156" />
      <source>Preferences</source>
      <translation>Preferencias</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/donor_dialog.py" line="325" />
      <source>Preferred</source>
      <translation>Preferido</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/client_detail.py" line="241" />
      <source>Preferred name</source>
      <translation>Nombre preferido</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/client_detail.py" line="268" />
      <source>Prefers</source>
      <translation>Prefiere</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/client_dialog.py" line="107" />
      <source>Prefers to be &amp;reached by:</source>
      <translation>Prefiere &amp;que se le contacte por:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/export.py" line="266" />
      <source>Preparing the giving statements of {year}…</source>
      <translation>Preparando los certificados de donaciones de {year}…</translation>
    </message>
    <message>
      <location filename="caseworker/ui/export.py" line="267" />
      <source>Preparing the meetings of {year}-{month}…</source>
      <translation>Preparando las reuniones de {year}-{month}…</translation>
    </message>
    <message>
      <location filename="caseworker/ui/export.py" line="265" />
      <source>Preparing the receipts of {year}…</source>
      <translation>Preparando los recibos de {year}…</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/import_wizard.py" line="245" />
      <location filename="caseworker/ui/sections/correspondence.py" line="545" />
      <location filename="caseworker/ui/sections/planner.py" line="237" />
      <source>Preview</source>
      <translation>Vista previa</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/correspondence.py" line="542" />
      <source>Preview on record number</source>
      <translation>Vista previa con el registro número</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/correspondence.py" line="582" />
      <source>Preview on:</source>
      <translation>Vista previa con:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/correspondence.py" line="547" />
      <source>Preview subject</source>
      <translation>Asunto de la vista previa</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/planner.py" line="238" />
      <source>Preview the plan</source>
      <translation>Vista previa del plan</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/calendar.py" line="387" />
      <source>Previous (Ctrl+Left)</source>
      <translation>Anterior (Ctrl+Izquierda)</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/correspondence.py" line="323" />
      <source>Print address labels for the waiting letters</source>
      <translation>Imprimir etiquetas de dirección para las cartas pendientes</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/correspondence.py" line="406" />
      <source>Print as letters even if the template is an e-mail</source>
      <translation>Imprimir como cartas aunque la plantilla sea un correo electrónico</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/correspondence.py" line="382" />
      <source>Print labels to</source>
      <translation>Imprimir etiquetas en</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/correspondence.py" line="161" />
      <source>Print letters to</source>
      <translation>Imprimir cartas en</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/correspondence.py" line="320" />
      <source>Print the letters waiting in the outbox</source>
      <translation>Imprimir las cartas pendientes de la bandeja de salida</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/administration.py" line="193" />
      <source>Printed on letters and receipts, and shared by everyone who uses this database.</source>
      <translation>Se imprime en cartas y recibos, y lo comparten todas las personas que usan esta base de datos.</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/correspondence.py" line="174" />
      <source>Printing stopped: nothing was recorded.</source>
      <translation>Impresión detenida: no se ha registrado nada.</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/cases.py" line="58" />
      <location filename="caseworker/ui/views/case_detail.py" line="218" />
      <source>Priority</source>
      <translation>Prioridad</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/client_detail.py" line="259" />
      <location filename="caseworker/ui/views/donor_detail.py" line="155" />
      <source>Profile</source>
      <translation>Perfil</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/grant_detail.py" line="509" />
      <source>Programmes</source>
      <translation>Programas</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/correspondence.py" line="97" />
      <location filename="caseworker/ui/sections/planner.py" line="245" />
      <source>Progress</source>
      <translation>Progreso</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/grant_dialogs.py" line="555" />
      <source>Progress this period, in your words, for the report</source>
      <translation>El avance en este periodo, con sus palabras, para el informe</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/meeting_dialogs.py" line="662" />
      <source>Proposer</source>
      <translation>Propuesta por</translation>
    </message>
    <message>
      <location filename="caseworker/ui/context.py" line="61" />
      <source>Protected by the database server.</source>
      <translation>Protegida por el servidor de base de datos.</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/grant_dialogs.py" line="240" />
      <source>Pu&amp;rpose:</source>
      <translation>Fina&amp;lidad:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/aid.py" line="233" />
      <location filename="caseworker/ui/sections/correspondence.py" line="504" />
      <location filename="caseworker/ui/sections/planner.py" line="207" />
      <source>Purpose</source>
      <translation>Finalidad</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/touchpoint_dialog.py" line="179" />
      <source>Purpose:</source>
      <translation>Finalidad:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/policy_dialog.py" line="176" />
      <source>Purposes (empty: all)</source>
      <translation>Finalidades (vacío: todas)</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/policy_dialog.py" line="118" />
      <source>Purposes that never count</source>
      <translation>Finalidades que nunca cuentan</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/quick_search.py" line="38" />
      <location filename="caseworker/ui/main_window.py" line="154" />
      <source>Quick search</source>
      <translation>Búsqueda rápida</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/policy_dialog.py" line="153" />
      <source>Quiet days</source>
      <translation>Días de descanso</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/policy_dialog.py" line="154" />
      <source>Quiet days:</source>
      <translation>Días de descanso:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/policy_dialog.py" line="127" />
      <source>Quiet hours end</source>
      <translation>Fin de las horas de descanso</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/policy_dialog.py" line="126" />
      <source>Quiet hours start</source>
      <translation>Inicio de las horas de descanso</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/policy_dialog.py" line="140" />
      <source>Quiet hours:</source>
      <translation>Horas de descanso:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/policy_dialog.py" line="157" />
      <source>Quiet-day channels</source>
      <translation>Canales en días de descanso</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/policy_dialog.py" line="158" />
      <source>Quiet-day channels:</source>
      <translation>Canales en días de descanso:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/policy_dialog.py" line="143" />
      <source>Quiet-hours channels</source>
      <translation>Canales en horas de descanso</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/policy_dialog.py" line="144" />
      <source>Quiet-hours channels:</source>
      <translation>Canales en horas de descanso:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/meeting_detail.py" line="246" />
      <source>Quorum {q}: {n} present, {verdict}.</source>
      <translation>Quórum {q}: presentes {n}, {verdict}.</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/meeting_dialogs.py" line="648" />
      <source>Quorum: people who must be present</source>
      <translation>Quórum: personas que deben estar presentes</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/gift_dialog.py" line="92" />
      <source>Re&amp;ference:</source>
      <translation>&amp;Referencia:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/care_dialogs.py" line="142" />
      <source>Re&amp;mind me:</source>
      <translation>&amp;Recordarme:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/case_detail.py" line="252" />
      <source>Re&amp;open…</source>
      <translation>&amp;Reabrir…</translation>
    </message>
    <message>
      <location filename="caseworker/ui/my_work/cases.py" line="103" />
      <source>Re&amp;turn…</source>
      <translation>&amp;Devolver…</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/administration.py" line="484" />
      <source>Re-encrypt the database file with a new key that only active accounts can open</source>
      <translation>Volver a cifrar el archivo de la base de datos con una clave nueva que solo pueden abrir las cuentas activas</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/administration.py" line="661" />
      <source>Re-encrypting the database with a new key…</source>
      <translation>Volviendo a cifrar la base de datos con una clave nueva…</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/administration.py" line="421" />
      <source>Re-encryption progress</source>
      <translation>Progreso del nuevo cifrado</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/grant_dialogs.py" line="533" />
      <source>Reached so far</source>
      <translation>Alcanzado hasta ahora</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/password_dialog.py" line="37" />
      <location filename="caseworker/ui/sections/administration.py" line="592" />
      <source>Reactivate</source>
      <translation>Reactivar</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/password_dialog.py" line="37" />
      <source>Reactivate account</source>
      <translation>Reactivar la cuenta</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/import_wizard.py" line="210" />
      <location filename="caseworker/ui/models/audit_table.py" line="69" />
      <location filename="caseworker/ui/views/donor_detail.py" line="228" />
      <source>Reason</source>
      <translation>Motivo</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/override_dialog.py" line="28" />
      <source>Reason for the override</source>
      <translation>Motivo de la excepción</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/administration.py" line="873" />
      <source>Reason: {reason}</source>
      <translation>Motivo: {reason}</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/case_dialogs.py" line="408" />
      <source>Reassign a worker's cases</source>
      <translation>Reasignar los casos de un profesional</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/cases.py" line="137" />
      <source>Reassign a worker's cases…</source>
      <translation>Reasignar los casos de un profesional…</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/case_dialogs.py" line="408" />
      <source>Reassign all</source>
      <translation>Reasignar todos</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/donor_detail.py" line="250" />
      <source>Receipt</source>
      <translation>Recibo</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/administration.py" line="154" />
      <source>Receipt &amp;style:</source>
      <translation>&amp;Estilo de recibo:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/donor_detail.py" line="281" />
      <source>Receipt last year's gifts</source>
      <translation>Emitir recibos de los donativos del año pasado</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/donor_detail.py" line="262" />
      <source>Receipt this gift</source>
      <translation>Emitir recibo de este donativo</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/donor_detail.py" line="279" />
      <source>Receiptable</source>
      <translation>Con derecho a recibo</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/gift_dialog.py" line="101" />
      <source>Receiptable amount</source>
      <translation>Importe con derecho a recibo</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/gift_dialog.py" line="133" />
      <location filename="caseworker/ui/views/donor_detail.py" line="479" />
      <source>Receiptable: {amount}</source>
      <translation>Con derecho a recibo: {amount}</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/donor_detail.py" line="278" />
      <location filename="caseworker/ui/views/donor_detail.py" line="159" />
      <source>Receipts</source>
      <translation>Recibos</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/donors.py" line="118" />
      <source>Receipts and statements…</source>
      <translation>Recibos y certificados…</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/donor_detail.py" line="294" />
      <source>Receipts are paperwork owed by law, not contact: they go out even to donors who opted out of contact.</source>
      <translation>Los recibos son documentación exigida por ley, no un contacto: se envían incluso a los donantes que pidieron no ser contactados.</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/administration.py" line="155" />
      <source>Receipts issued &amp;at:</source>
      <translation>Recibos emi&amp;tidos en:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/administration.py" line="157" />
      <source>Receipts si&amp;gned by:</source>
      <translation>Recibos &amp;firmados por:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/donor_detail.py" line="483" />
      <source>Received in return: {what} ({value})</source>
      <translation>Recibido a cambio: {what} ({value})</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/aid_dialogs.py" line="96" />
      <location filename="caseworker/ui/dialogs/care_dialogs.py" line="277" />
      <location filename="caseworker/ui/dialogs/client_records.py" line="107" />
      <source>Record</source>
      <translation>Registrar</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/client_detail.py" line="178" />
      <source>Record &amp;consent</source>
      <translation>Registrar &amp;consentimiento</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/grant_detail.py" line="211" />
      <source>Record &amp;spending…</source>
      <translation>Registrar &amp;gasto…</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/donor_detail.py" line="135" />
      <source>Record a gift from this donor</source>
      <translation>Registrar un donativo de este donante</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/gift_dialog.py" line="66" />
      <source>Record a gift from {name}</source>
      <translation>Registrar un donativo de {name}</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/client_records.py" line="107" />
      <source>Record consent</source>
      <translation>Registrar consentimiento</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/gift_aid_dialog.py" line="50" />
      <source>Record declaration</source>
      <translation>Registrar declaración</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/gift_aid_tab.py" line="48" />
      <source>Record declaration…</source>
      <translation>Registrar declaración…</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/aid_dialogs.py" line="59" />
      <location filename="caseworker/ui/sections/aid.py" line="193" />
      <source>Record disbursement</source>
      <translation>Registrar pago</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/aid.py" line="194" />
      <source>Record disbursement (Ctrl+N)</source>
      <translation>Registrar pago (Ctrl+N)</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/gift_dialog.py" line="106" />
      <location filename="caseworker/ui/views/donor_detail.py" line="134" />
      <source>Record gift</source>
      <translation>Registrar donativo</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/donor_detail.py" line="260" />
      <source>Record gift…</source>
      <translation>Registrar donativo…</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/correspondence.py" line="403" />
      <source>Record numbers</source>
      <translation>Números de registro</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/client_detail.py" line="322" />
      <source>Record outcome…</source>
      <translation>Registrar resultado…</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/client_records.py" line="133" />
      <source>Record referral</source>
      <translation>Registrar derivación</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/grant_dialogs.py" line="452" />
      <source>Record spending</source>
      <translation>Registrar gasto</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/administration.py" line="732" />
      <source>Record type</source>
      <translation>Tipo de registro</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/client_detail.py" line="293" />
      <source>Recorded by</source>
      <translation>Registrado por</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/donor_dialog.py" line="125" />
      <source>Recorded on the Gift Aid tab</source>
      <translation>Registrada en la pestaña Gift Aid</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/supporters.py" line="69" />
      <source>Recovered donors</source>
      <translation>Donantes recuperados</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/donor_detail.py" line="401" />
      <source>Recurring</source>
      <translation>Periódico</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/gift_dialog.py" line="192" />
      <location filename="caseworker/ui/dialogs/gift_dialog.py" line="82" />
      <source>Recurring gift</source>
      <translation>Donativo periódico</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/gift_dialog.py" line="189" />
      <source>Recurring gift or pledge from {name}</source>
      <translation>Donativo periódico o promesa de donación de {name}</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/donor_detail.py" line="258" />
      <source>Recurring gifts and pledges</source>
      <translation>Donativos periódicos y promesas de donación</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/donor_detail.py" line="263" />
      <source>Recurring or pledge…</source>
      <translation>Periódico o promesa…</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/client_records.py" line="133" />
      <source>Refer to an agency</source>
      <translation>Derivar a un organismo</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/batch_gifts.py" line="160" />
      <source>Reference</source>
      <translation>Referencia</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/client_detail.py" line="318" />
      <location filename="caseworker/ui/views/client_detail.py" line="326" />
      <location filename="caseworker/ui/views/client_detail.py" line="420" />
      <source>Referrals</source>
      <translation>Derivaciones</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/client_detail.py" line="420" />
      <source>Referrals ({n})</source>
      <translation>Derivaciones ({n})</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/client_detail.py" line="318" />
      <source>Referred</source>
      <translation>Derivado</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/aid_grants.py" line="85" />
      <source>Refused</source>
      <translation>Rechazados</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/donor_dialog.py" line="104" />
      <source>Relationship &amp;manager:</source>
      <translation>&amp;Gestor de la relación:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/donor_detail.py" line="186" />
      <source>Relationship manager</source>
      <translation>Gestor de la relación</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/correspondence.py" line="207" />
      <source>Reload the thank-you queue</source>
      <translation>Recargar la cola de agradecimientos</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/grant_detail.py" line="206" />
      <source>Remaining</source>
      <translation>Restante</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/organigram_page.py" line="278" />
      <source>Remind a case's &amp;worker:</source>
      <translation>Recordar al &amp;profesional del caso:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/organigram_page.py" line="282" />
      <source>Remind the worker at once</source>
      <translation>Recordárselo al profesional de inmediato</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/organigram_page.py" line="354" />
      <source>Reminder for {category}</source>
      <translation>Recordatorio para {category}</translation>
    </message>
    <message>
      <location filename="caseworker/ui/widgets/reminder_bell.py" line="127" />
      <source>Reminders</source>
      <translation>Recordatorios</translation>
    </message>
    <message>
      <location filename="caseworker/ui/widgets/reminder_bell.py" line="131" />
      <source>Reminders, newest first: Enter opens one</source>
      <translation>Recordatorios, los más recientes primero: Intro abre uno</translation>
    </message>
    <message>
      <location filename="caseworker/ui/widgets/reminder_bell.py" line="106" />
      <source>Reminders: none new</source>
      <translation>Recordatorios: ninguno nuevo</translation>
    </message>
    <message>
      <location filename="caseworker/ui/widgets/reminder_bell.py" line="106" />
      <source>Reminders: {n} new</source>
      <translation>Recordatorios: {n} nuevos</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/policy_dialog.py" line="188" />
      <location filename="caseworker/ui/sections/administration.py" line="234" />
      <location filename="caseworker/ui/sections/administration.py" line="282" />
      <source>Remove</source>
      <translation>Quitar</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/client_detail.py" line="520" />
      <source>Remove attachment</source>
      <translation>Quitar adjunto</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/policy_dialog.py" line="189" />
      <source>Remove blackout</source>
      <translation>Quitar bloqueo</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/client_detail.py" line="458" />
      <source>Remove contact</source>
      <translation>Quitar contacto</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/client_detail.py" line="284" />
      <source>Remove contact…</source>
      <translation>Quitar contacto…</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/meeting_dialogs.py" line="265" />
      <source>Remove selected</source>
      <translation>Quitar seleccionados</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/administration.py" line="283" />
      <source>Remove the logo</source>
      <translation>Quitar el logotipo</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/administration.py" line="235" />
      <source>Remove the signature picture</source>
      <translation>Quitar la imagen de la firma</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/client_detail.py" line="411" />
      <source>Removed: {reason}</source>
      <translation>Quitado: {reason}</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/client_detail.py" line="307" />
      <source>Remove…</source>
      <translation>Quitar…</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/case_detail.py" line="502" />
      <source>Reopen</source>
      <translation>Reabrir</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/case_detail.py" line="500" />
      <source>Reopen {ref}</source>
      <translation>Reabrir {ref}</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/donor_detail.py" line="412" />
      <source>Replaces {number}</source>
      <translation>Sustituye a {number}</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/grant_dialogs.py" line="549" />
      <source>Report people served by {what}</source>
      <translation>Informar de las personas atendidas por {what}</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/grant_dialogs.py" line="633" />
      <source>Report submitted</source>
      <translation>Informe presentado</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/aid_grants.py" line="87" />
      <location filename="caseworker/ui/views/grant_detail.py" line="152" />
      <source>Reports</source>
      <translation>Informes</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/grant_detail.py" line="169" />
      <location filename="caseworker/ui/views/grant_detail.py" line="167" />
      <location filename="caseworker/ui/views/grant_detail.py" line="299" />
      <source>Reports to the funder</source>
      <translation>Informes al financiador</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/grant_dialogs.py" line="247" />
      <source>Reports:</source>
      <translation>Informes:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/policy_dialog.py" line="112" />
      <source>Request window in days</source>
      <translation>Ventana de peticiones en días</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/grants.py" line="80" />
      <location filename="caseworker/ui/views/aid_grants.py" line="75" />
      <location filename="caseworker/ui/views/aid_grants.py" line="78" />
      <source>Requested</source>
      <translation>Solicitado</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/aid.py" line="234" />
      <source>Requested by</source>
      <translation>Solicitado por</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/planner.py" line="442" />
      <source>Requests</source>
      <translation>Peticiones</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/policy_dialog.py" line="113" />
      <source>Requests for a gift, at most:</source>
      <translation>Peticiones de donativo, como máximo:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/case_detail.py" line="248" />
      <source>Res&amp;ume</source>
      <translation>&amp;Reanudar</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/password_dialog.py" line="41" />
      <location filename="caseworker/ui/dialogs/password_dialog.py" line="41" />
      <location filename="caseworker/ui/sections/administration.py" line="543" />
      <source>Reset password</source>
      <translation>Restablecer contraseña</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/administration.py" line="542" />
      <source>Reset password…</source>
      <translation>Restablecer contraseña…</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/case_detail.py" line="220" />
      <source>Resolution</source>
      <translation>Resolución</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/case_dialogs.py" line="259" />
      <source>Resolve</source>
      <translation>Resolver</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/case_dialogs.py" line="259" />
      <source>Resolve {ref}</source>
      <translation>Resolver {ref}</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/case_dialogs.py" line="274" />
      <source>Resolved by the worker alone or with a specialist</source>
      <translation>Resuelto por el profesional solo o con un especialista</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/case_dialogs.py" line="275" />
      <source>Resolved:</source>
      <translation>Resuelto:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/backups_page.py" line="170" />
      <source>Restore a backup</source>
      <translation>Restaurar una copia de seguridad</translation>
    </message>
    <message>
      <location filename="caseworker/ui/application.py" line="110" />
      <source>Restore the backup now? The damaged file is kept beside it.</source>
      <translation>¿Restaurar ahora la copia de seguridad? El archivo dañado se conserva a su lado.</translation>
    </message>
    <message>
      <location filename="caseworker/ui/backups_page.py" line="171" />
      <source>Restore the backup taken {when}? Everything saved since then is replaced by the backup's contents. The current database file is kept aside, renamed, so nothing is deleted.</source>
      <translation>¿Restaurar la copia de seguridad hecha el {when}? Todo lo guardado desde entonces se sustituye por el contenido de la copia. El archivo actual de la base de datos se aparta, con otro nombre, así que no se borra nada.</translation>
    </message>
    <message>
      <location filename="caseworker/ui/backups_page.py" line="81" />
      <source>Restore the chosen backup</source>
      <translation>Restaurar la copia elegida</translation>
    </message>
    <message>
      <location filename="caseworker/ui/backups_page.py" line="183" />
      <source>Restored. The replaced file is kept as {name}. Restart Caseworker so that every screen shows the restored data.</source>
      <translation>Restaurada. El archivo sustituido se conserva como {name}. Reinicie Caseworker para que todas las pantallas muestren los datos restaurados.</translation>
    </message>
    <message>
      <location filename="caseworker/ui/backups_page.py" line="80" />
      <source>Restore…</source>
      <translation>Restaurar…</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/correspondence.py" line="94" />
      <source>Result</source>
      <translation>Resultado</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/supporters.py" line="67" />
      <source>Retained (gave in both)</source>
      <translation>Fidelizados (donaron en ambos)</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/supporters.py" line="68" />
      <source>Retention</source>
      <translation>Fidelización</translation>
    </message>
    <message>
      <location filename="caseworker/ui/my_work/cases.py" line="160" />
      <source>Return</source>
      <translation>Devolver</translation>
    </message>
    <message>
      <location filename="caseworker/ui/my_work/cases.py" line="104" />
      <source>Return the handoff with a reason</source>
      <translation>Devolver el traspaso indicando un motivo</translation>
    </message>
    <message>
      <location filename="caseworker/ui/my_work/cases.py" line="158" />
      <source>Return {ref}</source>
      <translation>Devolver {ref}</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/administration.py" line="472" />
      <source>Role</source>
      <translation>Rol</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/user_dialog.py" line="66" />
      <location filename="caseworker/ui/sections/administration.py" line="451" />
      <source>Roles</source>
      <translation>Roles</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/user_dialog.py" line="67" />
      <source>Roles:</source>
      <translation>Roles:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/administration.py" line="584" />
      <source>Roles: {roles}</source>
      <translation>Roles: {roles}</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/administration.py" line="415" />
      <location filename="caseworker/ui/sections/administration.py" line="655" />
      <location filename="caseworker/ui/sections/administration.py" line="659" />
      <source>Rotate keys</source>
      <translation>Rotar claves</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/administration.py" line="482" />
      <source>Rotate keys…</source>
      <translation>Rotar claves…</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/administration.py" line="483" />
      <source>Rotate the database key</source>
      <translation>Rotar la clave de la base de datos</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/case_dialogs.py" line="155" />
      <source>Routing suggestion</source>
      <translation>Sugerencia de asignación</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/grant_dialogs.py" line="607" />
      <source>Row {row}: {message}</source>
      <translation>Fila {row}: {message}</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/batch_gifts.py" line="324" />
      <source>Row {row}: {problem}</source>
      <translation>Fila {row}: {problem}</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/import_wizard.py" line="505" />
      <source>Rows</source>
      <translation>Filas</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/import_wizard.py" line="209" />
      <location filename="caseworker/ui/dialogs/import_wizard.py" line="214" />
      <source>Rows that would fail</source>
      <translation>Filas que fallarían</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/policy_dialog.py" line="169" />
      <source>Rules that only warn</source>
      <translation>Reglas que solo avisan</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/mail_server.py" line="44" />
      <source>STARTTLS (usually port 587)</source>
      <translation>STARTTLS (normalmente el puerto 587)</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/supporters.py" line="73" />
      <source>SYBUNT value (their earlier giving)</source>
      <translation>Valor SYBUNT (sus donaciones anteriores)</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/supporters.py" line="72" />
      <source>SYBUNT: gave earlier, in neither period</source>
      <translation>SYBUNT: donó antes, en ninguno de los dos periodos</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/planner.py" line="393" />
      <source>SYBUNT: gave some year, not last or this year</source>
      <translation>SYBUNT: donó algún año, pero ni el pasado ni este</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/donor_dialog.py" line="86" />
      <location filename="caseworker/ui/dialogs/donor_dialog.py" line="422" />
      <source>Sa&amp;lutation:</source>
      <translation>Sal&amp;udo:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/organigram_page.py" line="210" />
      <source>Sa&amp;ve person</source>
      <translation>&amp;Guardar persona</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/correspondence.py" line="529" />
      <source>Sa&amp;ve template</source>
      <translation>&amp;Guardar plantilla</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/clients.py" line="73" />
      <location filename="caseworker/ui/widgets/flag_strip.py" line="32" />
      <source>Safeguarding</source>
      <translation>Protección</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/client_detail.py" line="132" />
      <location filename="caseworker/ui/widgets/flag_strip.py" line="33" />
      <source>Safeguarding: {text}</source>
      <translation>Protección: {text}</translation>
    </message>
    <message>
      <location filename="caseworker/ui/widgets/client_care_card.py" line="51" />
      <source>Satisfaction 1–5
(worker)</source>
      <translation>Satisfacción 1–5
(profesional)</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/aid_dialogs.py" line="268" />
      <location filename="caseworker/ui/dialogs/care_dialogs.py" line="118" />
      <location filename="caseworker/ui/dialogs/care_dialogs.py" line="332" />
      <source>Save</source>
      <translation>Guardar</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/organigram_page.py" line="289" />
      <source>Save &amp;reminders</source>
      <translation>Guardar &amp;recordatorios</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/client_detail.py" line="508" />
      <source>Save a copy</source>
      <translation>Guardar una copia</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/client_detail.py" line="305" />
      <source>Save a copy…</source>
      <translation>Guardar una copia…</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/client_dialog.py" line="254" />
      <location filename="caseworker/ui/dialogs/donor_dialog.py" line="258" />
      <location filename="caseworker/ui/dialogs/touchpoint_dialog.py" line="278" />
      <source>Save anyway</source>
      <translation>Guardar de todos modos</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/batch_gifts.py" line="251" />
      <source>Save batch</source>
      <translation>Guardar lote</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/meeting_dialogs.py" line="586" />
      <source>Save minutes</source>
      <translation>Guardar acta</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/client_records.py" line="152" />
      <source>Save outcome</source>
      <translation>Guardar resultado</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/administration.py" line="177" />
      <location filename="caseworker/ui/sections/administration.py" line="178" />
      <source>Save settings</source>
      <translation>Guardar configuración</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/crash.py" line="52" />
      <location filename="caseworker/ui/dialogs/crash.py" line="59" />
      <source>Save the crash report</source>
      <translation>Guardar el informe de error</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/mail_server.py" line="75" />
      <source>Save the mail server settings</source>
      <translation>Guardar la configuración del servidor de correo</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/correspondence.py" line="530" />
      <source>Save the template</source>
      <translation>Guardar la plantilla</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/correspondence.py" line="445" />
      <source>Save the template first.</source>
      <translation>Guarde primero la plantilla.</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/administration.py" line="938" />
      <source>Save this computer's settings</source>
      <translation>Guardar la configuración de este equipo</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/correspondence.py" line="698" />
      <source>Saved as version {n}.</source>
      <translation>Guardada como versión {n}.</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/donors.py" line="173" />
      <source>Saved {count} gifts, {total}.</source>
      <translation>Guardados {count} donativos, {total}.</translation>
    </message>
    <message>
      <location filename="caseworker/ui/main_window.py" line="193" />
      <source>Saved {name} in {folder}</source>
      <translation>Se guardó {name} en {folder}</translation>
    </message>
    <message>
      <location filename="caseworker/ui/application.py" line="222" />
      <location filename="caseworker/ui/sections/administration.py" line="393" />
      <source>Saved.</source>
      <translation>Guardado.</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/administration.py" line="994" />
      <source>Saved. Caseworker opens the new database the next time it starts.</source>
      <translation>Guardado. Caseworker abrirá la nueva base de datos la próxima vez que se inicie.</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/administration.py" line="996" />
      <source>Saved. Times are shown in {zone}; a list already open shows it when it is next refreshed.</source>
      <translation>Guardado. Las horas se muestran en {zone}; una lista ya abierta lo mostrará cuando se actualice.</translation>
    </message>
    <message>
      <location filename="caseworker/ui/main_window.py" line="294" />
      <source>Saving…</source>
      <translation>Guardando…</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/override_dialog.py" line="24" />
      <source>Say why it should go ahead anyway. Your name and this reason are kept on the contact and in the audit log.</source>
      <translation>Explique por qué debe seguir adelante de todos modos. Su nombre y este motivo se guardan en el contacto y en el registro de auditoría.</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/aid_dialogs.py" line="327" />
      <source>Say why, for the audit log.</source>
      <translation>Explique por qué, para el registro de auditoría.</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/planner.py" line="240" />
      <source>Schedule</source>
      <translation>Calendario</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/planner.py" line="241" />
      <source>Schedule the plan</source>
      <translation>Programar el plan</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/planner.py" line="374" />
      <source>Scheduled {scheduled} contacts as planned, moved {moved} to their next allowed time, left out {left}.</source>
      <translation>Programados {scheduled} contactos según lo previsto, {moved} movidos a su siguiente hora permitida, {left} dejados fuera.</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/mail_server.py" line="47" />
      <source>Se&amp;curity:</source>
      <translation>Se&amp;guridad:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/main_window.py" line="153" />
      <source>Search   Ctrl+K</source>
      <translation>Buscar   Ctrl+K</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/quick_search.py" line="50" />
      <source>Search results</source>
      <translation>Resultados de la búsqueda</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/quick_search.py" line="45" />
      <source>Search text</source>
      <translation>Texto de búsqueda</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/meeting_dialogs.py" line="662" />
      <source>Seconder</source>
      <translation>Secundada por</translation>
    </message>
    <message>
      <location filename="caseworker/ui/main_window.py" line="81" />
      <source>Sections</source>
      <translation>Secciones</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/donors.py" line="57" />
      <location filename="caseworker/ui/sections/planner.py" line="173" />
      <location filename="caseworker/ui/views/donor_detail.py" line="124" />
      <source>Segment</source>
      <translation>Segmento</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/mail_server.py" line="62" />
      <source>Send &amp;from:</source>
      <translation>&amp;Enviar desde:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/correspondence.py" line="517" />
      <source>Send a letter instead</source>
      <translation>Enviar una carta en su lugar</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/correspondence.py" line="518" />
      <source>Send nothing</source>
      <translation>No enviar nada</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/correspondence.py" line="317" />
      <source>Send the queued e-mail now</source>
      <translation>Enviar ahora los correos en cola</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/mail_server.py" line="64" />
      <source>Sender &amp;name:</source>
      <translation>&amp;Nombre del remitente:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/correspondence.py" line="304" />
      <source>Sent</source>
      <translation>Enviado</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/correspondence.py" line="782" />
      <source>Sent from the outbox by itself: {summary}</source>
      <translation>Enviado desde la bandeja de salida automáticamente: {summary}</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/administration.py" line="686" />
      <source>Separate</source>
      <translation>Separar</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/administration.py" line="689" />
      <location filename="caseworker/ui/sections/administration.py" line="681" />
      <location filename="caseworker/ui/sections/administration.py" line="706" />
      <source>Separate clients and donors</source>
      <translation>Separar clientes y donantes</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/administration.py" line="488" />
      <source>Separate clients and donors…</source>
      <translation>Separar clientes y donantes…</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/client_dialog.py" line="122" />
      <source>Separated by commas, e.g. housing, food</source>
      <translation>Separadas por comas, p. ej., vivienda, alimentación</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/import_wizard.py" line="179" />
      <source>Separator</source>
      <translation>Separador</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/meeting_dialogs.py" line="157" />
      <source>Series ends</source>
      <translation>Fin de la serie</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/insight.py" line="131" />
      <source>Service quality</source>
      <translation>Calidad del servicio</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/client_care_tab.py" line="76" />
      <source>Set &amp;rhythm…</source>
      <translation>Fijar &amp;ritmo…</translation>
    </message>
    <message>
      <location filename="caseworker/ui/db_roles_ui.py" line="42" />
      <source>Set up database roles</source>
      <translation>Configurar los roles de base de datos</translation>
    </message>
    <message>
      <location filename="caseworker/ui/db_roles_ui.py" line="41" />
      <source>Set up roles</source>
      <translation>Configurar roles</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/administration.py" line="130" />
      <source>Sets the registration label, paper size and date style of the paperwork</source>
      <translation>Define la etiqueta de registro, el tamaño del papel y el formato de fecha de la documentación</translation>
    </message>
    <message>
      <location filename="caseworker/ui/db_roles_ui.py" line="85" />
      <source>Setting up…</source>
      <translation>Configurando…</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/administration.py" line="1061" />
      <source>Settings</source>
      <translation>Configuración</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/administration.py" line="1078" />
      <source>Settings pages</source>
      <translation>Páginas de configuración</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/donor_dialog.py" line="478" />
      <location filename="caseworker/ui/dialogs/gift_dialog.py" line="162" />
      <source>Several donors match — type more of the name.</source>
      <translation>Coinciden varios donantes: escriba más del nombre.</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/batch_gifts.py" line="128" />
      <source>Several donors match “{text}”: choose one from the list.</source>
      <translation>Coinciden varios donantes con «{text}»: elija uno de la lista.</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/aid_grants.py" line="81" />
      <source>Share spent</source>
      <translation>Porcentaje gastado</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/organigram_page.py" line="384" />
      <source>Share them by routing and workload</source>
      <translation>Repartirlos según la asignación y la carga de trabajo</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/calendar.py" line="401" />
      <source>Show a {mode}</source>
      <translation>Mostrar un {mode}</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/cases.py" line="71" />
      <source>Show cases by status</source>
      <translation>Mostrar casos por estado</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/cases.py" line="82" />
      <source>Show cases of a category</source>
      <translation>Mostrar casos de una categoría</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/service_quality.py" line="286" />
      <source>Show chart</source>
      <translation>Mostrar gráfico</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/clients.py" line="79" />
      <source>Show clients by key worker</source>
      <translation>Mostrar clientes por profesional de referencia</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/clients.py" line="71" />
      <source>Show clients with a flag</source>
      <translation>Mostrar clientes con un indicador</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/aid.py" line="186" />
      <source>Show disbursements by status</source>
      <translation>Mostrar pagos por estado</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/donors.py" line="91" />
      <source>Show donors by relationship manager</source>
      <translation>Mostrar donantes por gestor de la relación</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/donors.py" line="77" />
      <source>Show donors of a segment</source>
      <translation>Mostrar donantes de un segmento</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/donors.py" line="84" />
      <source>Show individuals or organisations</source>
      <translation>Mostrar personas u organizaciones</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/correspondence.py" line="310" />
      <source>Show messages</source>
      <translation>Mostrar mensajes</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/donors.py" line="115" />
      <source>Show neglected donors</source>
      <translation>Mostrar donantes desatendidos</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/calendar.py" line="406" />
      <source>Show only my meetings, deadlines and actions</source>
      <translation>Mostrar solo mis reuniones, plazos y tareas</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/service_quality.py" line="161" />
      <location filename="caseworker/ui/views/service_quality.py" line="286" />
      <source>Show table</source>
      <translation>Mostrar tabla</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/service_quality.py" line="163" />
      <source>Show the chart's table</source>
      <translation>Mostrar la tabla del gráfico</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/administration.py" line="468" />
      <source>Show users</source>
      <translation>Mostrar usuarios</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/calendar.py" line="395" />
      <source>Shown period</source>
      <translation>Periodo mostrado</translation>
    </message>
    <message>
      <location filename="caseworker/ui/main_window.py" line="130" />
      <source>Sign &amp;out</source>
      <translation>&amp;Cerrar sesión</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/sign_in.py" line="68" />
      <source>Sign in</source>
      <translation>Iniciar sesión</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/sign_in.py" line="56" />
      <source>Sign in to Caseworker</source>
      <translation>Iniciar sesión en Caseworker</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/administration.py" line="160" />
      <source>Signature on receipts:</source>
      <translation>Firma en los recibos:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/main_window.py" line="171" />
      <source>Signed in as {name} ({roles})</source>
      <translation>Sesión iniciada como {name} ({roles})</translation>
    </message>
    <message>
      <location filename="caseworker/ui/backups_page.py" line="64" />
      <location filename="caseworker/ui/views/client_detail.py" line="300" />
      <source>Size</source>
      <translation>Tamaño</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/correspondence.py" line="275" />
      <source>Skipped: {reason}</source>
      <translation>Omitido: {reason}</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/donor_detail.py" line="485" />
      <source>Soft credit: {name} ({amount})</source>
      <translation>Reconocimiento: {name} ({amount})</translation>
    </message>
    <message>
      <location filename="caseworker/ui/widgets/client_care_card.py" line="50" />
      <source>Solved
(client)</source>
      <translation>Resuelto
(cliente)</translation>
    </message>
    <message>
      <location filename="caseworker/ui/export.py" line="88" />
      <source>Some characters have no printed form and show as a box: {characters}</source>
      <translation>Algunos caracteres no tienen forma impresa y se ven como un recuadro: {characters}</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/meeting_dialogs.py" line="258" />
      <source>Someone from outside: name</source>
      <translation>Alguien de fuera: nombre</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/crash.py" line="41" />
      <source>Something went wrong inside Caseworker. Nothing half-done was saved: the action was rolled back.</source>
      <translation>Algo ha fallado dentro de Caseworker. No se ha guardado nada a medias: la acción se ha deshecho.</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/case_detail.py" line="220" />
      <source>Specialists</source>
      <translation>Especialistas</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/grant_detail.py" line="219" />
      <location filename="caseworker/ui/views/grant_detail.py" line="218" />
      <source>Spending</source>
      <translation>Gastos</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/aid_grants.py" line="80" />
      <source>Spending against awards</source>
      <translation>Gastos frente a lo concedido</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/aid_grants.py" line="81" />
      <location filename="caseworker/ui/views/grant_detail.py" line="206" />
      <source>Spent</source>
      <translation>Gastado</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/grant_outputs.py" line="108" />
      <source>Spent from this grant</source>
      <translation>Gastado de esta subvención</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/supporters.py" line="38" />
      <source>Staff member</source>
      <translation>Miembro del personal</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/aid_grants.py" line="75" />
      <source>Stage</source>
      <translation>Etapa</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/donor_detail.py" line="345" />
      <source>Start a household…</source>
      <translation>Crear un hogar…</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/meeting_dialogs.py" line="132" />
      <source>Starts at</source>
      <translation>Empieza a las</translation>
    </message>
    <message>
      <location filename="caseworker/ui/db_roles_ui.py" line="36" />
      <location filename="caseworker/ui/dialogs/import_wizard.py" line="506" />
      <location filename="caseworker/ui/views/client_detail.py" line="301" />
      <source>State</source>
      <translation>Estado</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/donor_detail.py" line="530" />
      <source>Statement for the year:</source>
      <translation>Certificado del año:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/administration.py" line="453" />
      <location filename="caseworker/ui/sections/aid.py" line="59" />
      <location filename="caseworker/ui/sections/aid.py" line="178" />
      <source>Status</source>
      <translation>Estado</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/donor_dialog.py" line="101" />
      <source>Stewardship</source>
      <translation>Relación con donantes</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/correspondence.py" line="99" />
      <source>Stop</source>
      <translation>Detener</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/correspondence.py" line="100" />
      <source>Stop sending</source>
      <translation>Dejar de enviar</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/cases.py" line="56" />
      <location filename="caseworker/ui/sections/correspondence.py" line="302" />
      <source>Subject</source>
      <translation>Asunto</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/correspondence.py" line="721" />
      <source>Subject: {subject}</source>
      <translation>Asunto: {subject}</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/grant_dialogs.py" line="242" />
      <source>Submission &amp;deadline:</source>
      <translation>Pla&amp;zo de presentación:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/grant_detail.py" line="168" />
      <location filename="caseworker/ui/views/grant_detail.py" line="318" />
      <source>Submitted</source>
      <translation>Presentada</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/aid_grants.py" line="132" />
      <source>Submitted late</source>
      <translation>Presentado con retraso</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/aid_grants.py" line="132" />
      <source>Submitted on or before the due date</source>
      <translation>Presentados en la fecha de vencimiento o antes</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/aid_grants.py" line="77" />
      <source>Success by funder (decided, submitted in the period)</source>
      <translation>Éxito por financiador (decididas, presentadas en el periodo)</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/aid_grants.py" line="78" />
      <source>Success rate</source>
      <translation>Tasa de éxito</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/case_dialogs.py" line="188" />
      <source>Suggested: {reason}</source>
      <translation>Sugerido: {reason}</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/client_dialog.py" line="114" />
      <source>Support</source>
      <translation>Apoyo</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/case_detail.py" line="219" />
      <source>Support level</source>
      <translation>Nivel de apoyo</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/insight.py" line="139" />
      <source>Supporters</source>
      <translation>Donantes</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/gift_dialog.py" line="94" />
      <source>T&amp;hanked on:</source>
      <translation>A&amp;gradecido el:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/mail_server.py" line="45" />
      <source>TLS from the start (usually port 465)</source>
      <translation>TLS desde el inicio (normalmente el puerto 465)</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/client_dialog.py" line="121" />
      <source>Ta&amp;gs:</source>
      <translation>Etiq&amp;uetas:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/client_detail.py" line="244" />
      <source>Tags</source>
      <translation>Etiquetas</translation>
    </message>
    <message>
      <location filename="caseworker/ui/backups_page.py" line="64" />
      <source>Taken</source>
      <translation>Hecha</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/grant_dialogs.py" line="533" />
      <source>Target</source>
      <translation>Objetivo</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/grant_dialogs.py" line="518" />
      <location filename="caseworker/ui/views/grant_detail.py" line="132" />
      <source>Targets and outcomes</source>
      <translation>Objetivos y resultados</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/grant_dialogs.py" line="522" />
      <source>Targets are for the whole grant. The grant report sets what was reached against them.</source>
      <translation>Los objetivos son para toda la subvención. El informe de la subvención compara con ellos lo alcanzado.</translation>
    </message>
    <message>
      <location filename="caseworker/ui/parts.py" line="111" />
      <location filename="caseworker/ui/views/grant_detail.py" line="194" />
      <location filename="caseworker/ui/views/meeting_detail.py" line="146" />
      <source>Tasks</source>
      <translation>Tareas</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/case_detail.py" line="340" />
      <source>Tasks on this case</source>
      <translation>Tareas sobre este caso</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/client_care_tab.py" line="90" />
      <source>Tasks on this client</source>
      <translation>Tareas sobre este cliente</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/administration.py" line="452" />
      <source>Team</source>
      <translation>Equipo</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/care_dialogs.py" line="181" />
      <source>Team: {name}</source>
      <translation>Equipo: {name}</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/administration.py" line="585" />
      <source>Team: {team}</source>
      <translation>Equipo: {team}</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/organigram_page.py" line="105" />
      <source>Teams</source>
      <translation>Equipos</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/administration.py" line="1071" />
      <location filename="caseworker/ui/views/organigram_page.py" line="85" />
      <source>Teams and routing</source>
      <translation>Equipos y asignación</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/organigram_page.py" line="92" />
      <source>Teams, people and reminders</source>
      <translation>Equipos, personas y recordatorios</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/correspondence.py" line="534" />
      <source>Template status</source>
      <translation>Estado de la plantilla</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/correspondence.py" line="220" />
      <source>Template:</source>
      <translation>Plantilla:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/correspondence.py" line="491" />
      <location filename="caseworker/ui/sections/correspondence.py" line="758" />
      <source>Templates</source>
      <translation>Plantillas</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/crash.py" line="61" />
      <source>Text files (*.txt)</source>
      <translation>Archivos de texto (*.txt)</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/correspondence.py" line="204" />
      <source>Thank &amp;all</source>
      <translation>Agradecer &amp;todos</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/correspondence.py" line="205" />
      <source>Thank every gift in the queue</source>
      <translation>Agradecer todos los donativos de la cola</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/mail_server.py" line="73" />
      <source>Thank gifts &amp;within:</source>
      <translation>Agradecer los dona&amp;tivos en:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/correspondence.py" line="203" />
      <source>Thank the selected gifts</source>
      <translation>Agradecer los donativos seleccionados</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/correspondence.py" line="754" />
      <source>Thank-you queue</source>
      <translation>Cola de agradecimientos</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/correspondence.py" line="200" />
      <source>Thank-you template</source>
      <translation>Plantilla de agradecimiento</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/donor_detail.py" line="250" />
      <source>Thanked</source>
      <translation>Agradecido</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/calendar.py" line="416" />
      <source>The agendas and minutes of a month's meetings as one PDF or a ZIP</source>
      <translation>Los órdenes del día y las actas de las reuniones de un mes en un PDF o un ZIP</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/case_detail.py" line="501" />
      <source>The case goes back to in progress and its resolution is cleared (the timeline keeps it).</source>
      <translation>El caso vuelve a «en curso» y se borra su resolución (la cronología la conserva).</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/case_detail.py" line="487" />
      <source>The case moves to support level {level}. Say why, for whoever picks it up.</source>
      <translation>El caso pasa al nivel de apoyo {level}. Explique por qué, para quien lo recoja.</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/case_dialogs.py" line="212" />
      <source>The case stays with you until the other worker accepts it in their My work.</source>
      <translation>El caso sigue con usted hasta que el otro profesional lo acepte en su Mi trabajo.</translation>
    </message>
    <message>
      <location filename="caseworker/ui/my_work/cases.py" line="159" />
      <source>The case stays with {name}. Tell them why you cannot take it.</source>
      <translation>El caso sigue con {name}. Dígale por qué no puede aceptarlo.</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/case_detail.py" line="283" />
      <source>The case summary as a PDF (notes only for roles that may read them)</source>
      <translation>El resumen del caso en PDF (notas solo para los roles que pueden leerlas)</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/client_detail.py" line="184" />
      <source>The client's aid statement for the last 12 months, as a PDF</source>
      <translation>El extracto de ayudas del cliente de los últimos 12 meses, en PDF</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/case_detail.py" line="564" />
      <source>The client's cases</source>
      <translation>Los casos del cliente</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/case_detail.py" line="566" />
      <source>The client's cases: Enter opens one</source>
      <translation>Los casos del cliente: Intro abre uno</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/care_dialogs.py" line="353" />
      <source>The client's days (none: any day)</source>
      <translation>Los días del cliente (ninguno: cualquier día)</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/care_dialogs.py" line="277" />
      <source>The client's feedback on {ref}</source>
      <translation>La opinión del cliente sobre {ref}</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/case_detail.py" line="292" />
      <source>The client's own view of the outcome, beside your verdict</source>
      <translation>La opinión del propio cliente sobre el resultado, junto a su valoración</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/client_care_tab.py" line="67" />
      <source>The client's team, with each person's role</source>
      <translation>El equipo del cliente, con el papel de cada persona</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/touchpoint_dialog.py" line="118" />
      <source>The contact guard's verdict</source>
      <translation>El veredicto del control de contactos</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/client_detail.py" line="513" />
      <source>The copy could not be saved: {error}</source>
      <translation>No se ha podido guardar la copia: {error}</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/insight.py" line="81" />
      <source>The dashboard as a PDF report for the board</source>
      <translation>El panel como informe en PDF para la junta directiva</translation>
    </message>
    <message>
      <source>The database file is re-encrypted with a new key that only active accounts can open; a copy of the key file taken before, with a former colleague's password, then opens nothing. Everyone else must close Caseworker first. Backups taken before keep the old key.</source>
      <translation type="obsolete">El archivo de la base de datos se vuelve a cifrar con una clave nueva que solo pueden abrir las cuentas activas; una copia del archivo de claves hecha antes, con la contraseña de un antiguo compañero, ya no abre nada. Todos los demás deben cerrar Caseworker antes. Las copias de seguridad anteriores conservan la clave antigua.</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/administration.py" line="656" />
      <source>The database files are re-encrypted with new keys that only active accounts can open, each only the files its roles may read; a copy of the key file taken before, with a former colleague's password, then opens nothing. Everyone else must close Caseworker first. Backups taken before keep the old keys.</source>
      <translation>Los archivos de la base de datos se vuelven a cifrar con claves nuevas que solo pueden abrir las cuentas activas, cada una solo los archivos que sus roles pueden leer; una copia del archivo de claves tomada antes, con la contraseña de un antiguo compañero, ya no abre nada. Todos los demás deben cerrar Caseworker primero. Las copias de seguridad anteriores conservan las claves antiguas.</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/administration.py" line="672" />
      <source>The database now opens only with the active accounts' passwords.</source>
      <translation>La base de datos ya solo se abre con las contraseñas de las cuentas activas.</translation>
    </message>
    <message>
      <location filename="caseworker/ui/demo_start.py" line="71" />
      <source>The demo could not be made: {reason}</source>
      <translation>No se ha podido crear la demostración: {reason}</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/donor_dialog.py" line="323" />
      <source>The donor asked for no contact at all</source>
      <translation>El donante pidió no ser contactado en absoluto</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/donor_detail.py" line="290" />
      <source>The donor's giving statement for a year, as a PDF</source>
      <translation>El certificado de donaciones del donante de un año, en PDF</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/service_quality.py" line="202" />
      <source>The figures of every group</source>
      <translation>Las cifras de cada grupo</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/client_detail.py" line="494" />
      <source>The file could not be read: {error}</source>
      <translation>No se ha podido leer el archivo: {error}</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/administration.py" line="254" />
      <location filename="caseworker/ui/sections/administration.py" line="333" />
      <source>The file could not be read: {reason}</source>
      <translation>No se ha podido leer el archivo: {reason}</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/import_wizard.py" line="148" />
      <source>The file holds</source>
      <translation>El archivo contiene</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/import_wizard.py" line="169" />
      <source>The file's encoding</source>
      <translation>La codificación del archivo</translation>
    </message>
    <message>
      <location filename="caseworker/ui/export.py" line="174" />
      <source>The fiscal year starting in that year</source>
      <translation>El ejercicio fiscal que empieza en ese año</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/donor_detail.py" line="508" />
      <source>The gift stays on record, marked void. Why is it void (a refund, a bounced cheque, a mistake)?</source>
      <translation>El donativo se conserva en el registro, marcado como anulado. ¿Por qué se anula (una devolución, un cheque rechazado, un error)?</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/correspondence.py" line="514" />
      <source>The gift's receipt</source>
      <translation>El recibo del donativo</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/grant_outputs.py" line="56" />
      <source>The grant's outputs</source>
      <translation>Los resultados de la subvención</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/grant_outputs.py" line="38" />
      <source>The grant's outputs as a PDF page for the grant report</source>
      <translation>Los resultados de la subvención como una página PDF para el informe de la subvención</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/touchpoint_dialog.py" line="79" />
      <source>The guard allows this contact.</source>
      <translation>El control permite este contacto.</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/override_dialog.py" line="19" />
      <source>The guard blocked this contact because:</source>
      <translation>El control bloqueó este contacto porque:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/touchpoint_dialog.py" line="81" />
      <source>The guard blocks this contact.</source>
      <translation>El control bloquea este contacto.</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/import_wizard.py" line="566" />
      <location filename="caseworker/ui/dialogs/import_wizard.py" line="456" />
      <source>The import was undone.</source>
      <translation>La importación se ha deshecho.</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/correspondence.py" line="515" />
      <source>The letter as PDF</source>
      <translation>La carta en PDF</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/import_wizard.py" line="305" />
      <source>The mapping last used for a file with these columns.</source>
      <translation>La correspondencia de columnas usada la última vez para un archivo con estas columnas.</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/care_dialogs.py" line="206" />
      <source>The next time that suits them: {when}.</source>
      <translation>La próxima hora que le conviene: {when}.</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/grant_dialogs.py" line="223" />
      <source>The organisation</source>
      <translation>La organización</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/donor_detail.py" line="335" />
      <source>The organisation's</source>
      <translation>La de la organización</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/administration.py" line="927" />
      <source>The organisation's ({zone})</source>
      <translation>La de la organización ({zone})</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/donor_detail.py" line="370" />
      <source>The organisation's policy</source>
      <translation>La política de la organización</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/policy_dialog.py" line="172" />
      <source>The organisation's zone ({zone})</source>
      <translation>La zona de la organización ({zone})</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/administration.py" line="338" />
      <source>The picture could not be read.</source>
      <translation>No se ha podido leer la imagen.</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/care_dialogs.py" line="284" />
      <source>The questions as a PDF the client fills in; type their answers here after</source>
      <translation>Las preguntas en un PDF que rellena el cliente; escriba aquí sus respuestas después</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/meeting_detail.py" line="100" />
      <source>The quorum, and who proposed and seconded each decision and how the vote went</source>
      <translation>El quórum, quién propuso y secundó cada decisión y el resultado de la votación</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/donor_detail.py" line="540" />
      <source>The receipt is kept, marked void, and a new one names it. Why?</source>
      <translation>El recibo se conserva, marcado como anulado, y uno nuevo lo menciona. ¿Por qué?</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/crash.py" line="84" />
      <source>The report could not be saved: {reason}</source>
      <translation>No se ha podido guardar el informe: {reason}</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/grant_dialogs.py" line="635" />
      <source>The report due on {day}: when did it go to the funder?</source>
      <translation>El informe que vence el {day}: ¿cuándo se envió al financiador?</translation>
    </message>
    <message>
      <location filename="caseworker/ui/db_roles_ui.py" line="89" />
      <source>The roles are set up.</source>
      <translation>Los roles están configurados.</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/donor_detail.py" line="287" />
      <source>The selected receipt as a PDF</source>
      <translation>El recibo seleccionado en PDF</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/import_wizard.py" line="173" />
      <source>The separator between columns</source>
      <translation>El separador entre columnas</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/administration.py" line="983" />
      <source>The settings could not be saved: {reason}</source>
      <translation>No se ha podido guardar la configuración: {reason}</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/care_dialogs.py" line="126" />
      <source>The task is about</source>
      <translation>La tarea trata sobre</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/password_dialog.py" line="68" />
      <location filename="caseworker/ui/dialogs/sign_in.py" line="181" />
      <location filename="caseworker/ui/dialogs/user_dialog.py" line="125" />
      <source>The two passwords differ.</source>
      <translation>Las dos contraseñas no coinciden.</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/meeting_dialogs.py" line="863" />
      <source>The whole &amp;series</source>
      <translation>Toda la &amp;serie</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/donor_dialog.py" line="445" />
      <source>The {name} household</source>
      <translation>El hogar {name}</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/case_dialogs.py" line="171" />
      <source>There are no case categories yet: a manager adds them under Cases.</source>
      <translation>Aún no hay categorías de casos: un responsable las añade en Casos.</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/aid.py" line="353" />
      <source>There is no open fund yet: a manager adds one first.</source>
      <translation>Aún no hay ningún fondo abierto: un responsable debe añadir uno primero.</translation>
    </message>
    <message>
      <location filename="caseworker/ui/main_window.py" line="273" />
      <source>There is nothing to create in this section.</source>
      <translation>No hay nada que crear en esta sección.</translation>
    </message>
    <message>
      <location filename="caseworker/ui/db_roles_ui.py" line="72" />
      <source>These people's roles have no password yet; they sign in once through the owner's URL, or you reset their password: {names}</source>
      <translation>Los roles de estas personas aún no tienen contraseña; inician sesión una vez mediante la URL del propietario, o usted restablece su contraseña: {names}</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/policy_dialog.py" line="82" />
      <source>These rules apply to every supporter, unless a supporter's own wishes say otherwise. Changes apply to contacts planned from now on.</source>
      <translation>Estas reglas se aplican a todos los donantes, salvo que los deseos de un donante digan otra cosa. Los cambios se aplican a los contactos que se planifiquen a partir de ahora.</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/administration.py" line="947" />
      <source>These settings belong to this computer only. In use now: {location}</source>
      <translation>Esta configuración solo afecta a este equipo. En uso ahora: {location}</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/administration.py" line="674" />
      <location filename="caseworker/ui/sections/administration.py" line="704" />
      <source>These users need a new password before they can sign in: {names}</source>
      <translation>Estos usuarios necesitan una contraseña nueva para poder iniciar sesión: {names}</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/meeting_dialogs.py" line="862" />
      <source>This &amp;occurrence</source>
      <translation>Esta &amp;repetición</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/grant_dialogs.py" line="409" />
      <source>This application has reached the end of the pipeline.</source>
      <translation>Esta solicitud ha llegado al final del proceso.</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/insight.py" line="76" />
      <source>This calendar year</source>
      <translation>Este año natural</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/administration.py" line="946" />
      <location filename="caseworker/ui/sections/administration.py" line="1074" />
      <source>This computer</source>
      <translation>Este equipo</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/sign_in.py" line="119" />
      <source>This database is new. Tell Caseworker about your organisation, and create the administrator account: you will use it to add your colleagues and choose what each may see.</source>
      <translation>Esta base de datos es nueva. Indique a Caseworker los datos de su organización y cree la cuenta de administrador: la usará para añadir a sus compañeros y elegir lo que puede ver cada uno.</translation>
    </message>
    <message>
      <location filename="caseworker/ui/backups_page.py" line="103" />
      <source>This database is on a PostgreSQL server: back it up with the server's own tools, for example pg_dump -Fc caseworker &gt; caseworker.dump on a schedule, kept on an encrypted disk, and restore with pg_restore. Caseworker does not copy a server's database itself.</source>
      <translation>Esta base de datos está en un servidor PostgreSQL: haga sus copias de seguridad con las herramientas del propio servidor, por ejemplo pg_dump -Fc caseworker &gt; caseworker.dump de forma programada, guardadas en un disco cifrado, y restáurelas con pg_restore. Caseworker no copia por sí mismo la base de datos de un servidor.</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/insight.py" line="77" />
      <source>This fiscal year</source>
      <translation>Este ejercicio fiscal</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/aid_dialogs.py" line="186" />
      <source>This fund has no cap or budget limit.</source>
      <translation>Este fondo no tiene límite ni tope de presupuesto.</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/donor_dialog.py" line="252" />
      <source>This may be a supporter already on file:</source>
      <translation>Puede que este donante ya esté registrado:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/client_dialog.py" line="248" />
      <source>This may be someone already on file:</source>
      <translation>Puede que esta persona ya esté registrada:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/meeting_dialogs.py" line="645" />
      <source>This meeting has a quorum of</source>
      <translation>Esta reunión tiene un quórum de</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/meeting_dialogs.py" line="861" />
      <source>This meeting repeats. Change only this occurrence, or the whole series?</source>
      <translation>Esta reunión se repite. ¿Cambiar solo esta repetición o toda la serie?</translation>
    </message>
    <message>
      <location filename="caseworker/ui/person_data.py" line="75" />
      <source>This person's data: export or erase</source>
      <translation>Datos de esta persona: exportar o borrar</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/donor_dialog.py" line="98" />
      <location filename="caseworker/ui/dialogs/donor_dialog.py" line="326" />
      <location filename="caseworker/ui/dialogs/meeting_dialogs.py" line="142" />
      <source>Time &amp;zone:</source>
      <translation>&amp;Zona horaria:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/administration.py" line="143" />
      <location filename="caseworker/ui/views/donor_detail.py" line="185" />
      <source>Time zone</source>
      <translation>Zona horaria</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/policy_dialog.py" line="173" />
      <source>Time zone for supporters without one:</source>
      <translation>Zona horaria para los donantes que no tienen una:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/parts.py" line="108" />
      <location filename="caseworker/ui/views/case_detail.py" line="94" />
      <location filename="caseworker/ui/views/case_detail.py" line="300" />
      <source>Timeline</source>
      <translation>Cronología</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/case_detail.py" line="579" />
      <source>Timeline of all the client's cases</source>
      <translation>Cronología de todos los casos del cliente</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/policy_dialog.py" line="176" />
      <location filename="caseworker/ui/sections/administration.py" line="736" />
      <location filename="caseworker/ui/sections/correspondence.py" line="301" />
      <source>To</source>
      <translation>Hasta</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/calendar.py" line="388" />
      <source>Today</source>
      <translation>Hoy</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/case_dialogs.py" line="158" />
      <location filename="caseworker/ui/dialogs/case_dialogs.py" line="340" />
      <source>Today, or YYYY-MM-DD</source>
      <translation>Hoy, o AAAA-MM-DD</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/gift_dialog.py" line="277" />
      <location filename="caseworker/ui/views/grant_detail.py" line="353" />
      <source>Total</source>
      <translation>Total</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/donors.py" line="59" />
      <source>Town</source>
      <translation>Localidad</translation>
    </message>
    <message>
      <location filename="caseworker/ui/widgets/client_care_card.py" line="51" />
      <source>Treated 1–5
(client)</source>
      <translation>Trato 1–5
(cliente)</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/correspondence.py" line="305" />
      <source>Tries</source>
      <translation>Intentos</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/correspondence.py" line="331" />
      <source>Try the selected failed message again</source>
      <translation>Volver a intentar el mensaje fallido seleccionado</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/client_detail.py" line="300" />
      <source>Type</source>
      <translation>Tipo</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/donor_dialog.py" line="432" />
      <source>Type a donor's name and press Enter</source>
      <translation>Escriba el nombre de un donante y pulse Intro</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/quick_search.py" line="44" />
      <source>Type a name…</source>
      <translation>Escriba un nombre…</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/aid_dialogs.py" line="65" />
      <location filename="caseworker/ui/dialogs/case_dialogs.py" line="138" />
      <location filename="caseworker/ui/dialogs/grant_dialogs.py" line="225" />
      <source>Type part of the client's name</source>
      <translation>Escriba parte del nombre del cliente</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/quick_search.py" line="54" />
      <location filename="caseworker/ui/dialogs/quick_search.py" line="108" />
      <source>Type to search everything you may see.</source>
      <translation>Escriba para buscar en todo lo que puede ver.</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/administration.py" line="180" />
      <location filename="caseworker/ui/sections/administration.py" line="181" />
      <source>Undo changes</source>
      <translation>Deshacer cambios</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/import_wizard.py" line="485" />
      <location filename="caseworker/ui/dialogs/import_wizard.py" line="516" />
      <location filename="caseworker/ui/dialogs/import_wizard.py" line="452" />
      <source>Undo import</source>
      <translation>Deshacer importación</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/import_wizard.py" line="486" />
      <source>Undo import batch {batch}? The records it created are removed and the fields it changed are put back. If anyone changed those records since, nothing is undone and you are told which.</source>
      <translation>¿Deshacer el lote de importación {batch}? Los registros que creó se eliminan y los campos que cambió se restauran. Si alguien ha cambiado esos registros desde entonces, no se deshace nada y se le indica cuáles.</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/import_wizard.py" line="515" />
      <source>Undo result</source>
      <translation>Resultado de deshacer</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/import_wizard.py" line="517" />
      <source>Undo the chosen import</source>
      <translation>Deshacer la importación elegida</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/import_wizard.py" line="233" />
      <location filename="caseworker/ui/dialogs/import_wizard.py" line="234" />
      <source>Undo this import</source>
      <translation>Deshacer esta importación</translation>
    </message>
    <message>
      <location filename="caseworker/ui/idle_lock.py" line="49" />
      <source>Unlock</source>
      <translation>Desbloquear</translation>
    </message>
    <message>
      <location filename="caseworker/ui/idle_lock.py" line="46" />
      <source>Unlock message</source>
      <translation>Mensaje de desbloqueo</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/mail_server.py" line="69" />
      <source>Unsu&amp;bscribe to:</source>
      <translation>&amp;Bajas a:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/donor_detail.py" line="228" />
      <source>Until</source>
      <translation>Hasta</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/aid_dialogs.py" line="181" />
      <source>Up to {amount} more for this client under the fund's cap.</source>
      <translation>Hasta {amount} más para este cliente dentro del límite del fondo.</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/touchpoint_dialog.py" line="99" />
      <source>Use the next allowed time</source>
      <translation>Usar la siguiente hora permitida</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/touchpoint_dialog.py" line="101" />
      <source>Use the suggested channel</source>
      <translation>Usar el canal sugerido</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/touchpoint_dialog.py" line="143" />
      <source>Use {channel} instead</source>
      <translation>Usar {channel} en su lugar</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/touchpoint_dialog.py" line="139" />
      <source>Use {when}</source>
      <translation>Usar {when}</translation>
    </message>
    <message>
      <location filename="caseworker/ui/db_roles_ui.py" line="36" />
      <location filename="caseworker/ui/sections/administration.py" line="450" />
      <source>User name</source>
      <translation>Nombre de usuario</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/administration.py" line="583" />
      <source>User name: {name}</source>
      <translation>Nombre de usuario: {name}</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/administration.py" line="456" />
      <source>Users</source>
      <translation>Usuarios</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/administration.py" line="511" />
      <location filename="caseworker/ui/sections/administration.py" line="1070" />
      <source>Users and roles</source>
      <translation>Usuarios y roles</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/supporters.py" line="32" />
      <source>Value</source>
      <translation>Valor</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/planner.py" line="270" />
      <source>Verdict</source>
      <translation>Valoración</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/correspondence.py" line="665" />
      <source>Version {n}</source>
      <translation>Versión {n}</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/aid.py" line="397" />
      <location filename="caseworker/ui/views/grant_detail.py" line="462" />
      <source>Void</source>
      <translation>Anular</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/donor_detail.py" line="541" />
      <source>Void and reissue</source>
      <translation>Anular y volver a emitir</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/donor_detail.py" line="539" />
      <source>Void and reissue receipt</source>
      <translation>Anular y volver a emitir el recibo</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/donor_detail.py" line="282" />
      <source>Void and reissue…</source>
      <translation>Anular y volver a emitir…</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/aid.py" line="394" />
      <source>Void disbursement</source>
      <translation>Anular pago</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/donor_detail.py" line="508" />
      <location filename="caseworker/ui/views/donor_detail.py" line="510" />
      <source>Void gift</source>
      <translation>Anular donativo</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/aid.py" line="235" />
      <source>Void reason</source>
      <translation>Motivo de la anulación</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/grant_detail.py" line="458" />
      <location filename="caseworker/ui/views/grant_detail.py" line="455" />
      <source>Void spending</source>
      <translation>Anular gasto</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/grant_detail.py" line="459" />
      <source>Void {amount} spent on {day} ({what})? It stays on record, marked void, and the line gets the money back.</source>
      <translation>¿Anular {amount} gastados el {day} ({what})? Se conserva en el registro, marcado como anulado, y la partida recupera el dinero.</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/aid.py" line="395" />
      <source>Void {amount} to {client} from {fund}? It stays on record, marked void, with your reason.</source>
      <translation>¿Anular {amount} a {client} del fondo {fund}? Se conserva en el registro, marcado como anulado, con su motivo.</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/donor_detail.py" line="391" />
      <location filename="caseworker/ui/views/donor_detail.py" line="411" />
      <source>Void: {reason}</source>
      <translation>Anulado: {reason}</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/donor_detail.py" line="264" />
      <source>Void…</source>
      <translation>Anular…</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/meeting_dialogs.py" line="635" />
      <source>Votes and quorum</source>
      <translation>Votaciones y quórum</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/touchpoint_dialog.py" line="132" />
      <source>Waiting will not help: no time in the next two years is allowed on this channel.</source>
      <translation>Esperar no servirá: no hay ninguna hora permitida en este canal en los próximos dos años.</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/planner.py" line="73" />
      <source>Warning</source>
      <translation>Aviso</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/meeting_dialogs.py" line="196" />
      <source>Warnings</source>
      <translation>Avisos</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/care_dialogs.py" line="287" />
      <source>Was it &amp;solved?</source>
      <translation>¿Se &amp;resolvió?</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/care_dialogs.py" line="288" />
      <source>Was the outcome &amp;acceptable?</source>
      <translation>¿Fue el resultado &amp;aceptable?</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/insight.py" line="105" />
      <source>Was the outcome acceptable to the client?</source>
      <translation>¿Fue el resultado aceptable para el cliente?</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/calendar.py" line="396" />
      <source>Week</source>
      <translation>Semana</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/sign_in.py" line="116" />
      <source>Welcome to Caseworker</source>
      <translation>Bienvenido a Caseworker</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/donor_timeline.py" line="75" />
      <source>What</source>
      <translation>Qué</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/grant_detail.py" line="219" />
      <source>What for</source>
      <translation>Para qué</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/grant_detail.py" line="133" />
      <source>What the application promised: targets, outcomes reached, the demographics the funder asks for and the report's narrative</source>
      <translation>Lo que prometió la solicitud: objetivos, resultados alcanzados, los datos demográficos que pide el financiador y la memoria del informe</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/case_dialogs.py" line="160" />
      <source>What the client told you (optional)</source>
      <translation>Lo que le dijo el cliente (opcional)</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/import_wizard.py" line="143" />
      <source>What the file holds</source>
      <translation>Lo que contiene el archivo</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/import_wizard.py" line="206" />
      <source>What the import would do</source>
      <translation>Lo que haría la importación</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/aid_dialogs.py" line="94" />
      <source>What the limits still allow</source>
      <translation>Lo que aún permiten los límites</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/case_dialogs.py" line="217" />
      <source>What the next worker needs to know: where things stand, what is due</source>
      <translation>Lo que necesita saber el siguiente profesional: cómo están las cosas, qué vence</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/client_dialog.py" line="73" />
      <source>What they like to be called, if different</source>
      <translation>Cómo le gusta que le llamen, si es distinto</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/import_wizard.py" line="402" />
      <source>What to do with line {line}</source>
      <translation>Qué hacer con la línea {line}</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/case_dialogs.py" line="261" />
      <source>What was achieved for the client</source>
      <translation>Lo que se consiguió para el cliente</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/gift_dialog.py" line="85" />
      <source>What was given; the amount above is its value</source>
      <translation>Lo que se dio; el importe de arriba es su valor</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/import_wizard.py" line="505" />
      <location filename="caseworker/ui/dialogs/touchpoint_dialog.py" line="166" />
      <location filename="caseworker/ui/models/audit_table.py" line="69" />
      <source>When</source>
      <translation>Cuándo</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/touchpoint_dialog.py" line="176" />
      <source>When ({zone} time):</source>
      <translation>Cuándo (hora de {zone}):</translation>
    </message>
    <message>
      <source>When ({zone}):</source>
      <translation type="obsolete">Cuándo ({zone}):</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/grant_dialogs.py" line="467" />
      <source>When an aid payment is the spending, give its number: its amount is used, and it can be counted on one grant only.</source>
      <translation>Cuando el gasto es un pago de ayuda, indique su número: se usa su importe, y solo se puede contar en una subvención.</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/planner.py" line="233" />
      <source>When and how:</source>
      <translation>Cuándo y cómo:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/person_data.py" line="20" />
      <source>Where to save the person's data</source>
      <translation>Dónde guardar los datos de la persona</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/meeting_dialogs.py" line="659" />
      <source>Whether the meeting was quorate</source>
      <translation>Si la reunión tuvo quórum</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/care_dialogs.py" line="150" />
      <source>Whether the time suits the client</source>
      <translation>Si la hora le conviene al cliente</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/planner.py" line="413" />
      <source>Which neglected supporters</source>
      <translation>Qué donantes desatendidos</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/donor_dialog.py" line="79" />
      <location filename="caseworker/ui/dialogs/import_wizard.py" line="505" />
      <location filename="caseworker/ui/dialogs/meeting_dialogs.py" line="560" />
      <source>Who</source>
      <translation>Quién</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/client_detail.py" line="280" />
      <source>Whose</source>
      <translation>De quién</translation>
    </message>
    <message>
      <location filename="caseworker/ui/backups_page.py" line="64" />
      <location filename="caseworker/ui/sections/planner.py" line="272" />
      <location filename="caseworker/ui/sections/planner.py" line="435" />
      <source>Why</source>
      <translation>Por qué</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/correspondence.py" line="306" />
      <source>Why / next</source>
      <translation>Por qué / siguiente</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/donor_timeline.py" line="212" />
      <source>Why is it cancelled?</source>
      <translation>¿Por qué se cancela?</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/override_dialog.py" line="23" />
      <source>Why the contact was blocked</source>
      <translation>Por qué se bloqueó el contacto</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/case_dialogs.py" line="263" />
      <source>With a &amp;specialist</source>
      <translation>Con un &amp;especialista</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/meeting_dialogs.py" line="191" />
      <source>With donors, &amp;for:</source>
      <translation>Con do&amp;nantes, para:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/policy_dialog.py" line="159" />
      <source>With no channel ticked, quiet days cover every channel.</source>
      <translation>Si no se marca ningún canal, los días de descanso abarcan todos los canales.</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/client_detail.py" line="406" />
      <source>Withdrew</source>
      <translation>Se retiró</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/client_records.py" line="115" />
      <source>Withdrew or refused</source>
      <translation>Se retiró o rechazó</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/service_quality.py" line="196" />
      <source>Within target</source>
      <translation>Dentro del objetivo</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/correspondence.py" line="517" />
      <source>Without e-mail</source>
      <translation>Sin correo electrónico</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/organigram_page.py" line="270" />
      <source>Work handed on</source>
      <translation>Trabajo traspasado</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/donor_dialog.py" line="109" />
      <source>Worked out from the giving</source>
      <translation>Calculado a partir de las donaciones</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/cases.py" line="60" />
      <location filename="caseworker/ui/views/case_detail.py" line="218" />
      <source>Worker</source>
      <translation>Profesional</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/organigram_page.py" line="202" />
      <source>Working &amp;days:</source>
      <translation>&amp;Días laborables:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/organigram_page.py" line="201" />
      <source>Working days</source>
      <translation>Días laborables</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/correspondence.py" line="408" />
      <source>Write this template to the chosen people</source>
      <translation>Escribir esta plantilla a las personas elegidas</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/correspondence.py" line="401" />
      <source>Write to</source>
      <translation>Escribir a</translation>
    </message>
    <message>
      <location filename="caseworker/ui/person_data.py" line="50" />
      <source>Written: {json} and {pdf}.</source>
      <translation>Escritos: {json} y {pdf}.</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/service_quality.py" line="358" />
      <source>Wrote {file}</source>
      <translation>Escrito {file}</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/client_dialog.py" line="75" />
      <location filename="caseworker/ui/dialogs/client_records.py" line="74" />
      <location filename="caseworker/ui/dialogs/donor_dialog.py" line="120" />
      <source>YYYY-MM-DD</source>
      <translation>AAAA-MM-DD</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/gift_aid_dialog.py" line="45" />
      <source>YYYY-MM-DD (oral declarations)</source>
      <translation>AAAA-MM-DD (declaraciones orales)</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/donor_dialog.py" line="130" />
      <source>YYYY-MM-DD, if known</source>
      <translation>AAAA-MM-DD, si se conoce</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/gift_dialog.py" line="95" />
      <source>YYYY-MM-DD, once the thank-you went out</source>
      <translation>AAAA-MM-DD, cuando se haya enviado el agradecimiento</translation>
    </message>
    <message>
      <location filename="caseworker/ui/export.py" line="163" />
      <source>Year</source>
      <translation>Año</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/insight.py" line="217" />
      <source>Yes</source>
      <translation>Sí</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/sign_in.py" line="135" />
      <source>Your &amp;name:</source>
      <translation>Su &amp;nombre:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/main_window.py" line="278" />
      <source>Your password was changed.</source>
      <translation>Su contraseña se ha cambiado.</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/client_care_tab.py" line="65" />
      <source>Your team</source>
      <translation>Su equipo</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/meeting_dialogs.py" line="787" />
      <source>abstained</source>
      <translation>abstenciones</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/donor_detail.py" line="393" />
      <source>after {days} d</source>
      <translation>tras {days} d</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/meeting_dialogs.py" line="787" />
      <source>against</source>
      <translation>en contra</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/insight.py" line="95" />
      <source>aid paid out</source>
      <translation>ayudas pagadas</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/case_detail.py" line="542" />
      <source>alone</source>
      <translation>solo</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/policy_dialog.py" line="136" />
      <source>and</source>
      <translation>y</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/client_detail.py" line="376" />
      <source>anonymised</source>
      <translation>anonimizado</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/administration.py" line="801" />
      <source>any day</source>
      <translation>cualquier día</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/planner.py" line="289" />
      <source>as planned</source>
      <translation>según lo previsto</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/donor_detail.py" line="369" />
      <source>at least {days} days apart</source>
      <translation>con al menos {days} días de separación</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/donor_detail.py" line="365" />
      <source>at most {n} in {days} days</source>
      <translation>como máximo {n} en {days} días</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/insight.py" line="223" />
      <source>awaiting a decision</source>
      <translation>pendiente de decisión</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/insight.py" line="222" />
      <source>awarded</source>
      <translation>concedida</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/client_care_tab.py" line="48" />
      <source>between {start} and {end}</source>
      <translation>entre {start} y {end}</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/client_dialog.py" line="249" />
      <source>born {day}</source>
      <translation>nacido el {day}</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/client_detail.py" line="372" />
      <source>born {day} (age {age})</source>
      <translation>nacido el {day} ({age} años)</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/client_care_tab.py" line="44" />
      <source>by {channel}</source>
      <translation>por {channel}</translation>
    </message>
    <message>
      <location filename="caseworker/ui/db_roles_ui.py" line="78" />
      <source>can log in</source>
      <translation>puede conectarse</translation>
    </message>
    <message>
      <location filename="caseworker/ui/db_roles_ui.py" line="78" />
      <source>cannot log in (deactivated)</source>
      <translation>no puede conectarse (desactivado)</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/insight.py" line="93" />
      <source>cases resolved</source>
      <translation>casos resueltos</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/administration.py" line="133" />
      <source>charity or tax number printed on receipts</source>
      <translation>número de entidad benéfica o fiscal impreso en los recibos</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/meeting_dialogs.py" line="407" />
      <source>client</source>
      <translation>cliente</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/client_detail.py" line="377" />
      <source>client #{id}</source>
      <translation>cliente n.º {id}</translation>
    </message>
    <message>
      <location filename="caseworker/ui/context.py" line="68" />
      <source>clients and their cases</source>
      <translation>los clientes y sus casos</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/aid.py" line="114" />
      <source>closed</source>
      <translation>cerrado</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/meeting_dialogs.py" line="407" />
      <source>colleague</source>
      <translation>compañero</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/user_dialog.py" line="75" />
      <source>comma-separated, e.g. housing, debt</source>
      <translation>separadas por comas, p. ej., vivienda, deudas</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/insight.py" line="222" />
      <source>declined</source>
      <translation>denegada</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/meeting_dialogs.py" line="408" />
      <source>donor</source>
      <translation>donante</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/insight.py" line="96" />
      <source>donor retention this year</source>
      <translation>fidelización de donantes este año</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/insight.py" line="225" />
      <source>donors</source>
      <translation>donantes</translation>
    </message>
    <message>
      <location filename="caseworker/ui/context.py" line="69" />
      <source>donors and their gifts</source>
      <translation>los donantes y sus donaciones</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/meeting_detail.py" line="218" />
      <source>due</source>
      <translation>vence</translation>
    </message>
    <message>
      <location filename="caseworker/ui/my_work/action_items.py" line="49" />
      <location filename="caseworker/ui/my_work/cases.py" line="55" />
      <location filename="caseworker/ui/my_work/tasks.py" line="163" />
      <source>due {day}</source>
      <translation>vence el {day}</translation>
    </message>
    <message>
      <location filename="caseworker/ui/my_work/tasks.py" line="72" />
      <source>due {when}</source>
      <translation>vence {when}</translation>
    </message>
    <message>
      <source>e-mail</source>
      <translation type="obsolete">correo electrónico</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/client_dialog.py" line="101" />
      <source>e.g. +44 7911 123456</source>
      <translation>p. ej., +44 7911 123456</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/gift_dialog.py" line="71" />
      <source>e.g. 50.00</source>
      <translation>p. ej., 50.00</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/donor_dialog.py" line="384" />
      <source>e.g. Bereavement; not before March</source>
      <translation>p. ej., Duelo; no antes de marzo</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/client_dialog.py" line="91" />
      <source>e.g. Do not visit alone</source>
      <translation>p. ej., No visitar a solas</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/donor_dialog.py" line="99" />
      <source>e.g. Europe/London — empty: the organisation's</source>
      <translation>p. ej., Europe/Madrid; vacío: la de la organización</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/case_dialogs.py" line="143" />
      <source>e.g. Eviction notice</source>
      <translation>p. ej., Aviso de desahucio</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/gift_dialog.py" line="87" />
      <source>e.g. Gala dinner ticket</source>
      <translation>p. ej., Entrada para la cena de gala</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/gift_dialog.py" line="77" />
      <source>e.g. General</source>
      <translation>p. ej., General</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/batch_gifts.py" line="224" />
      <source>e.g. Monday's post</source>
      <translation>p. ej., Correo del lunes</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/gift_aid_dialog.py" line="100" />
      <source>e.g. No longer pays UK tax</source>
      <translation>p. ej., Ya no paga impuestos en el Reino Unido</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/case_dialogs.py" line="412" />
      <source>e.g. Priya has left the organisation</source>
      <translation>p. ej., Priya ha dejado la organización</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/client_records.py" line="94" />
      <source>e.g. Sister, Support worker, Work</source>
      <translation>p. ej., Hermana, Trabajadora de apoyo, Trabajo</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/grant_dialogs.py" line="431" />
      <source>e.g. Staff, Rent, Client aid</source>
      <translation>p. ej., Personal, Alquiler, Ayudas a clientes</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/client_dialog.py" line="95" />
      <source>e.g. Step-free rooms only</source>
      <translation>p. ej., Solo salas sin escalones</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/donor_dialog.py" line="421" />
      <source>e.g. The Duarte household</source>
      <translation>p. ej., El hogar Duarte</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/override_dialog.py" line="29" />
      <source>e.g. The supporter rang and asked us to call back today.</source>
      <translation>p. ej., El donante llamó y pidió que le devolviéramos la llamada hoy.</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/donor_dialog.py" line="118" />
      <source>e.g. Website sign-up form</source>
      <translation>p. ej., Formulario de alta en el sitio web</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/client_dialog.py" line="112" />
      <source>e.g. Weekday mornings</source>
      <translation>p. ej., Mañanas entre semana</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/planner.py" line="212" />
      <source>e.g. Winter appeal 2026</source>
      <translation>p. ej., Campaña de invierno 2026</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/gift_dialog.py" line="75" />
      <source>e.g. XMAS26</source>
      <translation>p. ej., NAVIDAD26</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/case_dialogs.py" line="382" />
      <source>e.g. housing (empty: any caseworker)</source>
      <translation>p. ej., vivienda (vacío: cualquier gestor de casos)</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/aid_dialogs.py" line="86" />
      <source>e.g. the landlord or the energy supplier</source>
      <translation>p. ej., el casero o la compañía de energía</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/case_detail.py" line="123" />
      <source>edited</source>
      <translation>editado</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/aid_dialogs.py" line="252" />
      <source>empty: never needed</source>
      <translation>vacío: nunca necesario</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/aid_dialogs.py" line="247" />
      <source>empty: no cap</source>
      <translation>vacío: sin límite</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/aid_dialogs.py" line="245" />
      <source>empty: no limit</source>
      <translation>vacío: sin límite</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/correspondence.py" line="507" />
      <source>empty: the organisation's language; or a code such as es</source>
      <translation>vacío: el idioma de la organización; o un código como es</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/insight.py" line="215" />
      <source>escalations</source>
      <translation>escalados</translation>
    </message>
    <message>
      <location filename="caseworker/ui/my_work/tasks.py" line="172" />
      <source>every {n} days</source>
      <translation>cada {n} días</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/meeting_dialogs.py" line="786" />
      <source>for</source>
      <translation>a favor</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/insight.py" line="226" />
      <source>gave again after the year before</source>
      <translation>volvió a donar tras el año anterior</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/insight.py" line="95" />
      <source>grant success rate</source>
      <translation>tasa de éxito de subvenciones</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/organigram_page.py" line="189" />
      <source>housing, benefits</source>
      <translation>vivienda, prestaciones</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/calendar.py" line="590" />
      <location filename="caseworker/ui/views/meeting_detail.py" line="381" />
      <source>iCalendar files (*.ics)</source>
      <translation>Archivos iCalendar (*.ics)</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/policy_dialog.py" line="102" />
      <source>in any</source>
      <translation>en cualquiera</translation>
    </message>
    <message>
      <location filename="caseworker/ui/my_work/deadlines.py" line="56" />
      <location filename="caseworker/ui/views/grant_detail.py" line="313" />
      <source>in {n} days</source>
      <translation>dentro de {n} días</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/client_detail.py" line="374" />
      <source>key worker {name}</source>
      <translation>profesional de referencia {name}</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/client_detail.py" line="137" />
      <location filename="caseworker/ui/widgets/flag_strip.py" line="38" />
      <source>language not recorded</source>
      <translation>idioma no registrado</translation>
    </message>
    <message>
      <location filename="caseworker/ui/my_work/stewardship.py" line="30" />
      <source>last contact {days} days ago</source>
      <translation>último contacto hace {days} días</translation>
    </message>
    <message>
      <location filename="caseworker/ui/my_work/tasks.py" line="164" />
      <source>last contact {day}</source>
      <translation>último contacto el {day}</translation>
    </message>
    <message>
      <source>letter</source>
      <translation type="obsolete">carta</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/import_wizard.py" line="398" />
      <source>line {line} of this file</source>
      <translation>línea {line} de este archivo</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/user_dialog.py" line="52" />
      <source>lower-case, e.g. maria</source>
      <translation>en minúsculas, p. ej., maria</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/insight.py" line="94" />
      <source>mean satisfaction (1–5)</source>
      <translation>satisfacción media (1–5)</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/insight.py" line="213" />
      <source>median days</source>
      <translation>mediana de días</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/insight.py" line="97" />
      <source>median days to thank a gift (within target)</source>
      <translation>mediana de días hasta agradecer un donativo (dentro del objetivo)</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/administration.py" line="158" />
      <source>name and title</source>
      <translation>nombre y cargo</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/administration.py" line="562" />
      <location filename="caseworker/ui/sections/administration.py" line="908" />
      <location filename="caseworker/ui/sections/correspondence.py" line="355" />
      <source>never</source>
      <translation>nunca</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/planner.py" line="291" />
      <source>never (leave out)</source>
      <translation>nunca (dejar fuera)</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/correspondence.py" line="273" />
      <source>never (waiting will not help)</source>
      <translation>nunca (esperar no servirá)</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/donor_detail.py" line="403" />
      <source>next {day}</source>
      <translation>el próximo {day}</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/merge_dialog.py" line="59" />
      <location filename="caseworker/ui/models/audit_table.py" line="36" />
      <location filename="caseworker/ui/views/service_quality.py" line="418" />
      <source>no</source>
      <translation>no</translation>
    </message>
    <message>
      <location filename="caseworker/ui/my_work/stewardship.py" line="27" />
      <location filename="caseworker/ui/sections/planner.py" line="486" />
      <source>no contact on record</source>
      <translation>no consta ningún contacto</translation>
    </message>
    <message>
      <location filename="caseworker/ui/my_work/tasks.py" line="165" />
      <source>no contact yet</source>
      <translation>aún sin contacto</translation>
    </message>
    <message>
      <location filename="caseworker/ui/my_work/action_items.py" line="47" />
      <location filename="caseworker/ui/my_work/tasks.py" line="68" />
      <location filename="caseworker/ui/views/client_care_tab.py" line="139" />
      <source>no date</source>
      <translation>sin fecha</translation>
    </message>
    <message>
      <location filename="caseworker/ui/db_roles_ui.py" line="77" />
      <source>no password yet</source>
      <translation>sin contraseña todavía</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/organigram_page.py" line="269" />
      <source>nobody</source>
      <translation>nadie</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/administration.py" line="585" />
      <source>none</source>
      <translation>ninguno</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/mail_server.py" line="107" />
      <source>none stored</source>
      <translation>no hay ninguna guardada</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/case_detail.py" line="623" />
      <source>not assigned</source>
      <translation>sin asignar</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/meeting_detail.py" line="247" />
      <source>not quorate</source>
      <translation>sin quórum</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/donor_detail.py" line="393" />
      <source>not yet</source>
      <translation>aún no</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/correspondence.py" line="404" />
      <source>numbers, separated by commas</source>
      <translation>números, separados por comas</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/client_care_tab.py" line="46" />
      <source>on {days}</source>
      <translation>los {days}</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/donor_detail.py" line="409" />
      <source>one gift</source>
      <translation>un donativo</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/insight.py" line="94" />
      <source>open cases now (overdue)</source>
      <translation>casos abiertos ahora (atrasados)</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/insight.py" line="211" />
      <source>opened</source>
      <translation>abierto</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/meeting_dialogs.py" line="261" />
      <source>organisation</source>
      <translation>organización</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/meeting_dialogs.py" line="408" />
      <source>outside</source>
      <translation>fuera</translation>
    </message>
    <message>
      <location filename="caseworker/ui/my_work/action_items.py" line="48" />
      <location filename="caseworker/ui/my_work/cases.py" line="51" />
      <location filename="caseworker/ui/my_work/tasks.py" line="162" />
      <source>overdue since {day}</source>
      <translation>atrasado desde el {day}</translation>
    </message>
    <message>
      <location filename="caseworker/ui/my_work/tasks.py" line="70" />
      <source>overdue since {when}</source>
      <translation>atrasado desde {when}</translation>
    </message>
    <message>
      <location filename="caseworker/ui/my_work/cases.py" line="53" />
      <source>paused, waiting on the client</source>
      <translation>en pausa, a la espera del cliente</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/meeting_dialogs.py" line="655" />
      <source>people present</source>
      <translation>personas presentes</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/service_quality.py" line="135" />
      <source>period before: {value}</source>
      <translation>periodo anterior: {value}</translation>
    </message>
    <message>
      <location filename="caseworker/ui/my_work/tasks.py" line="171" />
      <source>prefers</source>
      <translation>prefiere</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/meeting_detail.py" line="240" />
      <source>proposed by {p}, seconded by {s}</source>
      <translation>propuesta por {p}, secundada por {s}</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/meeting_dialogs.py" line="786" />
      <source>proposer</source>
      <translation>propuesta por</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/meeting_detail.py" line="247" />
      <source>quorate</source>
      <translation>con quórum</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/import_wizard.py" line="399" />
      <source>record {id}: {name}</source>
      <translation>registro {id}: {name}</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/insight.py" line="212" />
      <source>resolved</source>
      <translation>resuelto</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/insight.py" line="93" />
      <source>resolved within their target</source>
      <translation>resueltos dentro de su objetivo</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/correspondence.py" line="639" />
      <source>retired</source>
      <translation>retirado</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/correspondence.py" line="541" />
      <source>sample values</source>
      <translation>valores de ejemplo</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/meeting_dialogs.py" line="786" />
      <source>seconder</source>
      <translation>secundada por</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/correspondence.py" line="77" />
      <source>sent {sent}, blocked {blocked}, failed {failed}, skipped {skipped}</source>
      <translation>enviados {sent}, bloqueados {blocked}, fallidos {failed}, omitidos {skipped}</translation>
    </message>
    <message>
      <location filename="caseworker/ui/context.py" line="68" />
      <source>shared records</source>
      <translation>los registros compartidos</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/donor_detail.py" line="402" />
      <source>still due {amount}</source>
      <translation>aún se deben {amount}</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/mail_server.py" line="107" />
      <source>stored — leave empty to keep it</source>
      <translation>guardada: déjelo vacío para conservarla</translation>
    </message>
    <message>
      <location filename="caseworker/ui/my_work/tasks.py" line="75" />
      <source>team</source>
      <translation>equipo</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/correspondence.py" line="521" />
      <source>thank-you rule: gifts of at least this amount</source>
      <translation>regla de agradecimiento: donativos de al menos este importe</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/correspondence.py" line="524" />
      <source>thank-you rule: gifts to this appeal</source>
      <translation>regla de agradecimiento: donativos a esta campaña</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/service_quality.py" line="379" />
      <source>the first {shown} of {count} cases</source>
      <translation>los primeros {shown} de {count} casos</translation>
    </message>
    <message>
      <location filename="caseworker/ui/widgets/charts.py" line="247" />
      <source>the period before</source>
      <translation>el periodo anterior</translation>
    </message>
    <message>
      <location filename="caseworker/ui/widgets/charts.py" line="247" />
      <source>this period</source>
      <translation>este periodo</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/administration.py" line="743" />
      <source>to</source>
      <translation>a</translation>
    </message>
    <message>
      <location filename="caseworker/ui/my_work/deadlines.py" line="56" />
      <location filename="caseworker/ui/views/grant_detail.py" line="313" />
      <source>today</source>
      <translation>hoy</translation>
    </message>
    <message>
      <location filename="caseworker/ui/my_work/deadlines.py" line="56" />
      <source>tomorrow</source>
      <translation>mañana</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/administration.py" line="156" />
      <source>town or city</source>
      <translation>localidad</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/import_wizard.py" line="536" />
      <source>undone {when} by {who}</source>
      <translation>deshecha el {when} por {who}</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/planner.py" line="484" />
      <source>usually every {days} days; {late} days late</source>
      <translation>normalmente cada {days} días; {late} días de retraso</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/mail_server.py" line="68" />
      <source>where appeals' unsubscribe requests go (the sender when empty)</source>
      <translation>adónde van las peticiones de baja de las campañas (el remitente si está vacío)</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/client_care_tab.py" line="50" />
      <source>while a case is open</source>
      <translation>mientras haya un caso abierto</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/case_detail.py" line="542" />
      <source>with a specialist</source>
      <translation>con un especialista</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/merge_dialog.py" line="59" />
      <location filename="caseworker/ui/models/audit_table.py" line="36" />
      <location filename="caseworker/ui/views/service_quality.py" line="418" />
      <source>yes</source>
      <translation>sí</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/aid_dialogs.py" line="184" />
      <source>{amount} left in the fund's budget for this period.</source>
      <translation>Quedan {amount} en el presupuesto del fondo para este periodo.</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/organigram_page.py" line="378" />
      <source>{cases} open cases and {tasks} open tasks will be handed on in one step; each client is introduced to their new worker.</source>
      <translation>{cases} casos abiertos y {tasks} tareas abiertas se traspasarán en un solo paso; cada cliente recibe la presentación de su nuevo profesional.</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/organigram_page.py" line="270" />
      <source>{cases} open cases and {tasks} tasks of {name} were handed on ({shared}).</source>
      <translation>Se traspasaron {cases} casos abiertos y {tasks} tareas de {name} ({shared}).</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/organigram_page.py" line="334" />
      <source>{cases} open cases, {tasks} tasks</source>
      <translation>{cases} casos abiertos, {tasks} tareas</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/grant_dialogs.py" line="457" />
      <source>{category} — {left} left</source>
      <translation>{category}: quedan {left}</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/service_quality.py" line="378" />
      <source>{count} cases</source>
      <translation>{count} casos</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/batch_gifts.py" line="296" />
      <source>{count} gifts · {total}</source>
      <translation>{count} donativos · {total}</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/donor_detail.py" line="325" />
      <source>{count} gifts, {total} in all · largest {largest} · last on {last}</source>
      <translation>{count} donativos, {total} en total · mayor {largest} · último el {last}</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/import_wizard.py" line="538" />
      <source>{created} created, {updated} merged, {skipped} skipped</source>
      <translation>{created} creados, {updated} fusionados, {skipped} omitidos</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/service_quality.py" line="92" />
      <source>{days} d</source>
      <translation>{days} d</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/planner.py" line="487" />
      <source>{days} days past their {cadence}-day cadence</source>
      <translation>{days} días más allá de su frecuencia de {cadence} días</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/planner.py" line="325" />
      <source>{done} of {total} donors</source>
      <translation>{done} de {total} donantes</translation>
    </message>
    <message>
      <location filename="caseworker/ui/my_work/thank_yous.py" line="45" />
      <source>{donor}: {amount} on {day} — {days} days waiting</source>
      <translation>{donor}: {amount} el {day}; {days} días de espera</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/case_detail.py" line="405" />
      <source>{due} (target {days} business days)</source>
      <translation>{due} (objetivo {days} días hábiles)</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/case_detail.py" line="409" />
      <source>{due} — overdue</source>
      <translation>{due}: atrasado</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/case_detail.py" line="407" />
      <source>{due} — paused while waiting on the client</source>
      <translation>{due}: en pausa a la espera del cliente</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/correspondence.py" line="268" />
      <location filename="caseworker/ui/sections/correspondence.py" line="468" />
      <source>{e} e-mails queued, {l} letters to print, {b} blocked, {s} skipped.</source>
      <translation>{e} correos en cola, {l} cartas por imprimir, {b} bloqueados, {s} omitidos.</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/merge_dialog.py" line="124" />
      <source>{field}: keep {value}</source>
      <translation>{field}: conservar {value}</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/merge_dialog.py" line="126" />
      <source>{field}: take {value}</source>
      <translation>{field}: tomar {value}</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/calendar.py" line="496" />
      <source>{first} – {last}</source>
      <translation>{first} – {last}</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/service_quality.py" line="315" />
      <source>{group}: cases with a check-in missed</source>
      <translation>{group}: casos con algún seguimiento no realizado</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/service_quality.py" line="313" />
      <source>{group}: resolved cases that missed their target</source>
      <translation>{group}: casos resueltos que no cumplieron su objetivo</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/service_quality.py" line="311" />
      <source>{group}: {figure}</source>
      <translation>{group}: {figure}</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/merge_dialog.py" line="107" />
      <source>{keep} (record {keep_id}) is kept; everything attached to {other} (record {other_id}) moves to it, and {other_id} stays only as a pointer. Where the two differ, choose the value to keep.</source>
      <translation>Se conserva {keep} (registro {keep_id}); todo lo vinculado a {other} (registro {other_id}) pasa a él, y {other_id} queda solo como referencia. Donde los dos difieran, elija el valor que se conserva.</translation>
    </message>
    <message>
      <location filename="caseworker/ui/widgets/charts.py" line="238" />
      <source>{label}: {now} (before: {then})</source>
      <translation>{label}: {now} (antes: {then})</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/insight.py" line="194" />
      <source>{median:g} d ({share:.0%} within {target:g} d)</source>
      <translation>{median:g} d ({share:.0%} dentro de {target:g} d)</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/grants.py" line="226" />
      <source>{name}
{n} applications</source>
      <translation>{name}
{n} solicitudes</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/service_quality.py" line="255" />
      <source>{name} (before)</source>
      <translation>{name} (antes)</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/grants.py" line="225" />
      <source>{name} (inactive)</source>
      <translation>{name} (inactivo)</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/organigram_page.py" line="325" />
      <source>{name} (not in use)</source>
      <translation>{name} (en desuso)</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/grant_detail.py" line="326" />
      <source>{name} (optional)</source>
      <translation>{name} (opcional)</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/password_dialog.py" line="38" />
      <source>{name} can sign in again with a new password: choose it and tell it to them in person. The password they had before does not come back.</source>
      <translation>{name} podrá volver a iniciar sesión con una contraseña nueva: elíjala y comuníquesela en persona. La contraseña que tenía antes no vuelve.</translation>
    </message>
    <message>
      <location filename="caseworker/ui/idle_lock.py" line="38" />
      <source>{name} was away for a while, so the data is hidden. Enter the password to carry on: unsaved work is kept.</source>
      <translation>{name} se ausentó un rato, así que los datos están ocultos. Escriba la contraseña para continuar: el trabajo sin guardar se conserva.</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/administration.py" line="635" />
      <source>{name} will no longer be able to sign in, and their password stops opening the database file. Their name stays on everything they did; reactivating the account later gives it a new password.</source>
      <translation>{name} ya no podrá iniciar sesión, y su contraseña deja de abrir el archivo de la base de datos. Su nombre se mantiene en todo lo que hizo; si la cuenta se reactiva más adelante, recibe una contraseña nueva.</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/case_dialogs.py" line="168" />
      <source>{name} — {days} business days</source>
      <translation>{name}: {days} días hábiles</translation>
    </message>
    <message>
      <location filename="caseworker/ui/my_work/stewardship.py" line="31" />
      <source>{name} — {since} (every {cadence} days) · {given} given</source>
      <translation>{name}: {since} (cada {cadence} días) · {given} donado</translation>
    </message>
    <message>
      <location filename="caseworker/ui/widgets/charts.py" line="285" />
      <source>{now} (was {then})</source>
      <translation>{now} (antes {then})</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/grant_detail.py" line="523" />
      <source>{n} applications · {amount} awarded</source>
      <translation>{n} solicitudes · {amount} concedido</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/clients.py" line="102" />
      <source>{n} clients</source>
      <translation>{n} clientes</translation>
    </message>
    <message>
      <location filename="caseworker/ui/my_work/deadlines.py" line="35" />
      <source>{n} days</source>
      <translation>{n} días</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/donors.py" line="160" />
      <source>{n} donors</source>
      <translation>{n} donantes</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/meeting_dialogs.py" line="506" />
      <source>{n} double booking(s): {who}. Save anyway?</source>
      <translation>{n} reserva(s) duplicada(s): {who}. ¿Guardar de todos modos?</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/calendar.py" line="118" />
      <source>{n} entries shown</source>
      <translation>{n} entradas mostradas</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/quick_search.py" line="105" />
      <source>{n} found. Enter opens the highlighted one.</source>
      <translation>{n} encontrados. Intro abre el resaltado.</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/correspondence.py" line="252" />
      <source>{n} gifts wait for a thank-you; {late} are past the target of {days} days.</source>
      <translation>{n} donativos esperan agradecimiento; {late} han superado el objetivo de {days} días.</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/correspondence.py" line="175" />
      <source>{n} letters written to {path} ({pages} pages).</source>
      <translation>{n} cartas escritas en {path} ({pages} páginas).</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/case_dialogs.py" line="118" />
      <source>{n} open</source>
      <translation>{n} abiertos</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/cases.py" line="160" />
      <source>{n} open cases reassigned.</source>
      <translation>{n} casos abiertos reasignados.</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/meeting_dialogs.py" line="719" />
      <source>{n} present: not quorate, so its decisions need confirming.</source>
      <translation>Presentes: {n}; no hay quórum, así que sus decisiones deben confirmarse.</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/meeting_dialogs.py" line="717" />
      <source>{n} present: quorate.</source>
      <translation>Presentes: {n}; hay quórum.</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/meeting_dialogs.py" line="715" />
      <source>{n} present; no quorum set.</source>
      <translation>Presentes: {n}; no se ha fijado quórum.</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/planner.py" line="515" />
      <source>{n} supporters near their limits.</source>
      <translation>{n} donantes cerca de sus límites.</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/planner.py" line="513" />
      <source>{n} supporters, largest givers first. Enter opens one.</source>
      <translation>{n} donantes, los que más dan primero. Intro abre uno.</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/case_detail.py" line="545" />
      <source>{outcome} ({how}; acceptable: {acceptable}{score})</source>
      <translation>{outcome} ({how}; aceptable: {acceptable}{score})</translation>
    </message>
    <message>
      <location filename="caseworker/ui/my_work/cases.py" line="122" />
      <source>{ref}  {title} — {client}, from {giver}</source>
      <translation>{ref}  {title}: {client}, de {giver}</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/import_wizard.py" line="417" />
      <source>{rows} rows read: {created} would be created, {updated} merged into existing records, {skipped} skipped. Press Import to write them.</source>
      <translation>{rows} filas leídas: se crearían {created}, {updated} se fusionarían con registros existentes, {skipped} se omitirían. Pulse Importar para escribirlas.</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/import_wizard.py" line="414" />
      <source>{rows} rows read; {failing} would fail (below). Nothing can be imported until they are fixed in the file or the mapping (Back).</source>
      <translation>{rows} filas leídas; {failing} fallarían (abajo). No se puede importar nada hasta que se corrijan en el archivo o en la correspondencia de columnas (Atrás).</translation>
    </message>
    <message>
      <location filename="caseworker/ui/list_export.py" line="53" />
      <source>{rows} rows written to {path}.</source>
      <translation>{rows} filas escritas en {path}.</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/grant_detail.py" line="271" />
      <source>{schedule}, from {day}</source>
      <translation>{schedule}, desde el {day}</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/correspondence.py" line="432" />
      <source>{segment} donors</source>
      <translation>Donantes {segment}</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/grants.py" line="192" />
      <source>{stage}: {n} applications, {amount} requested</source>
      <translation>{stage}: {n} solicitudes, {amount} solicitado</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/aid_grants.py" line="118" />
      <source>{start} to {end}</source>
      <translation>{start} a {end}</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/service_quality.py" line="247" />
      <location filename="caseworker/ui/views/supporters.py" line="62" />
      <source>{start} to {end}, against {before_start} to {before_end}</source>
      <translation>{start} a {end}, frente a {before_start} a {before_end}</translation>
    </message>
    <message>
      <location filename="caseworker/ui/main_window.py" line="93" />
      <source>{title} ({key})</source>
      <translation>{title} ({key})</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/grant_outputs.py" line="101" />
      <source>{title} for {funder}, {start} to {end}</source>
      <translation>{title} para {funder}, {start} a {end}</translation>
    </message>
    <message>
      <location filename="caseworker/ui/widgets/reminder_bell.py" line="41" />
      <source>{title} is due on {day}</source>
      <translation>{title} vence el {day}</translation>
    </message>
    <message>
      <location filename="caseworker/ui/widgets/reminder_bell.py" line="48" />
      <source>{title} is due {when}</source>
      <translation>{title} vence {when}</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/planner.py" line="351" />
      <source>{total} donors: {allowed} allowed, {warned} with a warning, {blocked} blocked ({movable} can move to their next allowed time). Schedule adds the contacts in one go.</source>
      <translation>{total} donantes: {allowed} permitidos, {warned} con aviso, {blocked} bloqueados ({movable} se pueden mover a su siguiente hora permitida). Programar añade los contactos de una vez.</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/grant_detail.py" line="368" />
      <source>{what} (aid disbursement {n})</source>
      <translation>{what} (pago de ayuda {n})</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/grant_detail.py" line="370" />
      <source>{what} — void: {reason}</source>
      <translation>{what}: anulado: {reason}</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/meeting_detail.py" line="183" />
      <source>{when} in {zone}</source>
      <translation>{when} en {zone}</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/donor_detail.py" line="409" />
      <source>{year} gifts</source>
      <translation>Donativos de {year}</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/import_wizard.py" line="315" />
      <source>— ignore —</source>
      <translation>— no usar —</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/meeting_dialogs.py" line="768" />
      <source>“{decision}”, {what}: {message}</source>
      <translation>«{decision}», {what}: {message}</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/administration.py" line="973" />
      <source>“{zone}” is not a known time zone.</source>
      <translation>«{zone}» no es una zona horaria conocida.</translation>
    </message>
    <message>
      <location filename="caseworker/ui/my_work/thank_yous.py" line="53" />
      <source>… and {n} more in the thank-you queue</source>
      <translation>… y {n} más en la cola de agradecimientos</translation>
    </message>
    <message>
      <location filename="caseworker/ui/my_work/stewardship.py" line="64" />
      <source>…and {n} more in the Planner's Neglected list.</source>
      <translation>…y {n} más en la lista de Desatendidos del Planificador.</translation>
    </message>
    <message>
      <location filename="caseworker/ui/sections/administration.py" line="166" />
      <source>…or from giving in &amp;all:</source>
      <translation>…o por lo donado en tot&amp;al:</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/meeting_dialogs.py" line="475" />
      <source>⚠ Double booking: {who} is already busy at {n} of these times, first in “{title}” on {when}.</source>
      <translation>⚠ Reserva duplicada: {who} ya está ocupado en {n} de estas horas, la primera en «{title}» el {when}.</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/meeting_dialogs.py" line="472" />
      <source>⚠ Double booking: {who} is already in “{title}” on {when}.</source>
      <translation>⚠ Reserva duplicada: {who} ya está en «{title}» el {when}.</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/meeting_dialogs.py" line="483" />
      <source>⚠ The contact guard would block {n} of the {total} contacts with {donor} in the next 90 days ({days}); those are not planned. {reason}</source>
      <translation>⚠ El control de contactos bloquearía {n} de los {total} contactos con {donor} en los próximos 90 días ({days}); esos no se planifican. {reason}</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/meeting_dialogs.py" line="488" />
      <source>✓ The contact guard allows every contact with the donor in the next 90 days.</source>
      <translation>✓ El control de contactos permite todos los contactos con el donante en los próximos 90 días.</translation>
    </message>
  </context>
  <context>
    <name>caseworker</name>
    <message>
      <location filename="caseworker/domain/recurrence.py" line="157" />
      <source> on day {day}</source>
      <translation> el día {day}</translation>
    </message>
    <message>
      <location filename="caseworker/domain/recurrence.py" line="155" />
      <source> on the last day</source>
      <translation> el último día</translation>
    </message>
    <message>
      <location filename="caseworker/domain/recurrence.py" line="152" />
      <source> on the {ordinal} {days}</source>
      <translation> el {ordinal} {days}</translation>
    </message>
    <message>
      <location filename="caseworker/domain/recurrence.py" line="147" />
      <source> on {days}</source>
      <translation> los {days}</translation>
    </message>
    <message>
      <location filename="caseworker/domain/introductions.py" line="55" />
      <source> or </source>
      <translation> o </translation>
    </message>
    <message>
      <location filename="caseworker/domain/mail.py" line="108" />
      <source>'{address}' is not an e-mail address.</source>
      <translation>«{address}» no es una dirección de correo electrónico.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/donors.py" line="416" />
      <source>'{channel}' is not a channel.</source>
      <translation>«{channel}» no es un canal.</translation>
    </message>
    <message>
      <location filename="caseworker/services/spreadsheets.py" line="78" />
      <source>'{encoding}' is not an encoding this import reads.</source>
      <translation>«{encoding}» no es una codificación que lea esta importación.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/imports.py" line="300" />
      <source>'{field}' is not a field of a {kind} import; choose one of {known}.</source>
      <translation>«{field}» no es un campo de una importación de {kind}; elija uno de {known}.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/mail.py" line="102" />
      <source>'{host}' is not a server name.</source>
      <translation>«{host}» no es un nombre de servidor.</translation>
    </message>
    <message>
      <location filename="caseworker/exports.py" line="133" />
      <source>'{kind}' is not a kind of document: choose one of {kinds}.</source>
      <translation>«{kind}» no es un tipo de documento: elija uno de {kinds}.</translation>
    </message>
    <message>
      <location filename="caseworker/services/list_export.py" line="85" />
      <source>'{kind}' is not a list: choose one of {kinds}.</source>
      <translation>«{kind}» no es una lista: elija una de {kinds}.</translation>
    </message>
    <message>
      <location filename="caseworker/db/location.py" line="54" />
      <source>'{location}' is not a database URL: {detail}</source>
      <translation>«{location}» no es una URL de base de datos: {detail}</translation>
    </message>
    <message>
      <location filename="caseworker/db/engine.py" line="58" />
      <source>'{location}' names a database this app cannot open: {detail}</source>
      <translation>«{location}» indica una base de datos que esta aplicación no puede abrir: {detail}</translation>
    </message>
    <message>
      <location filename="caseworker/db/db_roles.py" line="495" />
      <source>'{name}' is a role that may manage the server or its roles; the laptops' URL needs a role of its own.</source>
      <translation>'{name}' es un rol que puede administrar el servidor o sus roles; la URL de los equipos necesita un rol propio.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/guard_scenario.py" line="282" />
      <source>'{name}' is not a known time zone.</source>
      <translation>«{name}» no es una zona horaria conocida.</translation>
    </message>
    <message>
      <location filename="caseworker/services/mail.py" line="607" />
      <source>'{name}' is not a template for {audience}.</source>
      <translation>«{name}» no es una plantilla para {audience}.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/recurrence.py" line="114" />
      <location filename="caseworker/services/grants.py" line="282" />
      <source>'{rule}' is not a repeat rule this app understands.</source>
      <translation>«{rule}» no es una regla de repetición que entienda esta aplicación.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/gifts.py" line="171" />
      <source>'{rule}' is not a schedule rule.</source>
      <translation>«{rule}» no es una regla de calendario.</translation>
    </message>
    <message>
      <location filename="caseworker/services/mail.py" line="870" />
      <source>'{segment}' is not a segment: major, regular, new or lapsed.</source>
      <translation>«{segment}» no es un segmento: major, regular, new o lapsed.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/imports.py" line="420" />
      <source>'{text}' could be read two ways (day/month or month/day): name the date format in the mapping.</source>
      <translation>«{text}» se puede leer de dos maneras (día/mes o mes/día): indique el formato de fecha en la correspondencia de columnas.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/imports.py" line="407" />
      <source>'{text}' has a two-digit year: write the year in full.</source>
      <translation>«{text}» tiene un año de dos cifras: escriba el año completo.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/imports.py" line="519" />
      <source>'{text}' is neither an individual nor an organisation.</source>
      <translation>«{text}» no es ni una persona ni una organización.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/imports.py" line="481" />
      <source>'{text}' is neither yes nor no.</source>
      <translation>«{text}» no es ni sí ni no.</translation>
    </message>
    <message>
      <location filename="caseworker/services/imports.py" line="462" />
      <source>'{text}' is neither yes, no nor a date.</source>
      <translation>«{text}» no es ni sí, ni no, ni una fecha.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/channels.py" line="136" />
      <source>'{text}' is not a channel this record takes ({known}).</source>
      <translation>«{text}» no es un canal que admita este registro ({known}).</translation>
    </message>
    <message>
      <location filename="caseworker/domain/imports.py" line="431" />
      <source>'{text}' is not a date.</source>
      <translation>«{text}» no es una fecha.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/inputs.py" line="67" />
      <source>'{text}' is not a date: write it as YYYY-MM-DD.</source>
      <translation>«{text}» no es una fecha: escríbala como AAAA-MM-DD.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/imports.py" line="505" />
      <source>'{text}' is not a payment method this app knows (cash, cheque, card, bank transfer, direct debit, online, in kind, securities, other).</source>
      <translation>«{text}» no es un método de pago que conozca esta aplicación (efectivo, cheque, tarjeta, transferencia bancaria, domiciliación, en línea, en especie, valores, otro).</translation>
    </message>
    <message>
      <location filename="caseworker/domain/clients.py" line="179" />
      <source>'{text}' is not a phone number we can use: write it with its country code (+…).</source>
      <translation>«{text}» no es un número de teléfono que podamos usar: escríbalo con su prefijo de país (+…).</translation>
    </message>
    <message>
      <location filename="caseworker/domain/clients.py" line="251" />
      <source>'{text}' is not a valid e-mail address.</source>
      <translation>«{text}» no es una dirección de correo electrónico válida.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/clients.py" line="183" />
      <source>'{text}' is not a valid phone number.</source>
      <translation>«{text}» no es un número de teléfono válido.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/imports.py" line="448" />
      <location filename="caseworker/domain/imports.py" line="455" />
      <source>'{text}' is not an amount.</source>
      <translation>«{text}» no es un importe.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/inputs.py" line="134" />
      <source>'{text}' is not an amount: write it like 1234.50.</source>
      <translation>«{text}» no es un importe: escríbalo como 1234.50.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/donors.py" line="336" />
      <source>'{text}' is not an email address.</source>
      <translation>«{text}» no es una dirección de correo electrónico.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/mail.py" line="137" />
      <source>'{url}' has a port that is not a number.</source>
      <translation>«{url}» tiene un puerto que no es un número.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/mail.py" line="132" />
      <source>'{url}' is not a mail server address like smtp://HOST:PORT.</source>
      <translation>«{url}» no es una dirección de servidor de correo como smtp://HOST:PUERTO.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/guard_scenario.py" line="296" />
      <source>'{value}' has no UTC offset; write it like 2026-03-10T15:00:00Z.</source>
      <translation>«{value}» no tiene desfase respecto a UTC; escríbalo como 2026-03-10T15:00:00Z.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/guard_scenario.py" line="291" />
      <source>'{value}' is not a date and time (ISO 8601).</source>
      <translation>«{value}» no es una fecha y hora (ISO 8601).</translation>
    </message>
    <message>
      <location filename="caseworker/domain/imports.py" line="310" />
      <source>'{value}' is not a date format: use DMY, MDY or YMD.</source>
      <translation>«{value}» no es un formato de fecha: use DMY, MDY o YMD.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/guard_scenario.py" line="310" />
      <source>'{value}' is not a date like 2026-03-10.</source>
      <translation>«{value}» no es una fecha como 2026-03-10.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/guard_scenario.py" line="324" />
      <source>'{value}' is not a time of day like 20:00.</source>
      <translation>«{value}» no es una hora del día como 20:00.</translation>
    </message>
    <message>
      <location filename="caseworker/services/gift_aid.py" line="249" />
      <source>'{value}' is not one of the choices.</source>
      <translation>«{value}» no es una de las opciones.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/guard_scenario.py" line="249" />
      <source>'{value}' is not one of: {known}.</source>
      <translation>«{value}» no es uno de: {known}.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/donors.py" line="407" />
      <location filename="caseworker/domain/org.py" line="174" />
      <location filename="caseworker/domain/recurrence.py" line="183" />
      <source>'{zone}' is not a known time zone.</source>
      <translation>«{zone}» no es una zona horaria conocida.</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/feedback_form.py" line="47" />
      <source>(circle one)</source>
      <translation>(rodee una)</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/dashboard.py" line="282" />
      <source>* Part of the month only: the period runs from {start} to {end}.</source>
      <translation>* Solo parte del mes: el periodo va del {start} al {end}.</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/dashboard.py" line="283" />
      <source>* Part of the quarter only: the period runs from {start} to {end}.</source>
      <translation>* Solo parte del trimestre: el periodo va del {start} al {end}.</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/dashboard.py" line="284" />
      <source>* Part of the year only: the period runs from {start} to {end}.</source>
      <translation>* Solo parte del año: el periodo va del {start} al {end}.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/recurrence.py" line="168" />
      <source>, until {until}</source>
      <translation>, hasta el {until}</translation>
    </message>
    <message>
      <location filename="caseworker/domain/recurrence.py" line="166" />
      <source>, {count} times</source>
      <translation>, {count} veces</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/giving_statements.py" line="132" />
      <source>1 donor</source>
      <translation>1 donante</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/giving_statements.py" line="108" />
      <source>1 gift</source>
      <translation>1 donativo</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/gift_aid.py" line="92" />
      <source>1 more gift ({total}) came from a donor with no Gift Aid declaration and is not claimed.</source>
      <translation>1 donativo más ({total}) procede de un donante sin declaración de Gift Aid y no se reclama.</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/feedback_form.py" line="49" />
      <source>1. Was your problem solved?</source>
      <translation>1. ¿Se resolvió su problema?</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/feedback_form.py" line="50" />
      <source>2. Was the outcome acceptable to you?</source>
      <translation>2. ¿Le pareció aceptable el resultado?</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/feedback_form.py" line="51" />
      <source>3. How were you treated? (1 = badly, 5 = very well)</source>
      <translation>3. ¿Cómo le trataron? (1 = mal, 5 = muy bien)</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/feedback_form.py" line="54" />
      <source>4. Anything you would like to tell us, in your own words</source>
      <translation>4. Cualquier cosa que quiera contarnos, con sus propias palabras</translation>
    </message>
    <message>
      <location filename="caseworker/domain/service_quality.py" line="102" />
      <source>90th percentile age in days of the cases open at the end</source>
      <translation>Percentil 90 de la antigüedad en días de los casos abiertos al final</translation>
    </message>
    <message>
      <location filename="caseworker/domain/service_quality.py" line="89" />
      <source>90th percentile of days from opening to resolution</source>
      <translation>Percentil 90 de los días desde la apertura hasta la resolución</translation>
    </message>
    <message>
      <location filename="caseworker/domain/service_quality.py" line="98" />
      <source>90th percentile of days from opening to the first note, call or visit</source>
      <translation>Percentil 90 de los días desde la apertura hasta la primera nota, llamada o visita</translation>
    </message>
    <message>
      <location filename="caseworker/services/gift_aid.py" line="141" />
      <source>A Gift Aid declaration needs the donor's home address: record the house name or number and the postcode first.</source>
      <translation>Una declaración de Gift Aid necesita el domicilio del donante: registre primero el nombre o número de la casa y el código postal.</translation>
    </message>
    <message>
      <location filename="caseworker/services/gifts.py" line="226" />
      <source>A batch can hold at most {n} gifts.</source>
      <translation>Un lote puede contener como máximo {n} donativos.</translation>
    </message>
    <message>
      <location filename="caseworker/services/grants.py" line="501" />
      <source>A budget is set on an awarded grant.</source>
      <translation>El presupuesto se fija en una subvención concedida.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/cases.py" line="191" />
      <source>A case can be closed only once it is resolved: record the outcome first.</source>
      <translation>Un caso solo se puede cerrar una vez resuelto: registre primero el resultado.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/cases.py" line="196" />
      <source>A case cannot be resolved without an outcome: describe what was achieved.</source>
      <translation>Un caso no se puede resolver sin un resultado: describa lo que se consiguió.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/cases.py" line="198" />
      <source>A case cannot go back to new.</source>
      <translation>Un caso no puede volver a nuevo.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/cases.py" line="203" />
      <source>A case cannot go from {current} to {target}.</source>
      <translation>Un caso no puede pasar de {current} a {target}.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/donors.py" line="375" />
      <source>A channel cannot be both preferred and opted out: {channels}.</source>
      <translation>Un canal no puede ser a la vez preferido y rechazado: {channels}.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/care.py" line="278" />
      <source>A check-in rhythm is from 1 to {max} days.</source>
      <translation>Un ritmo de seguimiento va de 1 a {max} días.</translation>
    </message>
    <message>
      <location filename="caseworker/services/paperwork.py" line="90" />
      <source>A client (name withheld for confidentiality)</source>
      <translation>Un cliente (nombre omitido por confidencialidad)</translation>
    </message>
    <message>
      <location filename="caseworker/services/mail.py" line="589" />
      <source>A client's template goes to clients.</source>
      <translation>Una plantilla de clientes se envía a clientes.</translation>
    </message>
    <message>
      <location filename="caseworker/services/mail.py" line="434" />
      <source>A client's template is previewed on a case.</source>
      <translation>Una plantilla de clientes se previsualiza sobre un caso.</translation>
    </message>
    <message>
      <location filename="caseworker/services/touchpoints.py" line="278" />
      <source>A contact is either planned or done.</source>
      <translation>Un contacto está planificado o hecho.</translation>
    </message>
    <message>
      <location filename="caseworker/services/touchpoints.py" line="283" />
      <source>A contact that took place cannot be in the future.</source>
      <translation>Un contacto que ya tuvo lugar no puede estar en el futuro.</translation>
    </message>
    <message>
      <location filename="caseworker/db/engine.py" line="54" />
      <source>A database server protects its data itself; it takes no file key.</source>
      <translation>Un servidor de bases de datos protege sus datos por sí mismo; no usa una clave de archivo.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/clients.py" line="323" />
      <source>A date of birth before {year} is surely a typing slip.</source>
      <translation>Una fecha de nacimiento anterior a {year} es seguramente un error al escribir.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/clients.py" line="321" />
      <source>A date of birth cannot be in the future.</source>
      <translation>Una fecha de nacimiento no puede estar en el futuro.</translation>
    </message>
    <message>
      <location filename="caseworker/services/donors.py" line="393" />
      <source>A deceased donor is never contacted: do not contact stays on.</source>
      <translation>A un donante fallecido nunca se le contacta: «no contactar» sigue activado.</translation>
    </message>
    <message>
      <location filename="caseworker/services/board.py" line="96" />
      <source>A decision is seconded by someone other than its proposer.</source>
      <translation>Una decisión la secunda alguien distinto de quien la propone.</translation>
    </message>
    <message>
      <location filename="caseworker/services/gift_aid.py" line="173" />
      <source>A declaration cannot be cancelled before it was made.</source>
      <translation>Una declaración no se puede cancelar antes de haberse hecho.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/aid.py" line="77" />
      <source>A disbursement that is {current} cannot become {target}.</source>
      <translation>Un pago que está {current} no puede pasar a {target}.</translation>
    </message>
    <message>
      <location filename="caseworker/services/mail.py" line="584" />
      <source>A donor's template goes to donors.</source>
      <translation>Una plantilla de donantes se envía a donantes.</translation>
    </message>
    <message>
      <location filename="caseworker/services/mail.py" line="430" />
      <source>A donor's template is previewed on a donor or a gift.</source>
      <translation>Una plantilla de donantes se previsualiza sobre un donante o un donativo.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/grant_targets.py" line="126" />
      <source>A grant can have up to 20 outcomes.</source>
      <translation>Una subvención puede tener hasta 20 resultados.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/grants.py" line="73" />
      <source>A grant cannot move from {current} to {target}.</source>
      <translation>Una subvención no puede pasar de {current} a {target}.</translation>
    </message>
    <message>
      <location filename="caseworker/services/paperwork.py" line="278" />
      <source>A grant report counts the people helped and the aid paid, which are kept in a file only caseworkers' and managers' passwords open: ask one of them to make it.</source>
      <translation>Un informe de subvención cuenta las personas ayudadas y la ayuda pagada, que se guardan en un archivo que solo abren las contraseñas de trabajadores sociales y responsables: pida a uno de ellos que lo haga.</translation>
    </message>
    <message>
      <location filename="caseworker/services/paperwork.py" line="273" />
      <source>A grant report counts the people helped and the aid paid, which this database server lets only caseworkers and managers read: ask one of them to make it.</source>
      <translation>Un informe de subvención cuenta las personas atendidas y la ayuda pagada, que este servidor de base de datos solo deja leer a gestores de casos y responsables: pida a uno de ellos que lo prepare.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/clients.py" line="368" />
      <source>A household has 1 to {most} people, the client included.</source>
      <translation>Un hogar tiene de 1 a {most} personas, incluido el cliente.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/templates.py" line="357" />
      <source>A letter to a client is an update, an invitation or other.</source>
      <translation>Una carta a un cliente es una novedad, una invitación u otra cosa.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/meetings.py" line="220" />
      <source>A meeting lasts at most a week.</source>
      <translation>Una reunión dura como máximo una semana.</translation>
    </message>
    <message>
      <location filename="caseworker/services/accounts.py" line="102" />
      <source>A name can have at most 120 characters.</source>
      <translation>Un nombre puede tener como máximo 120 caracteres.</translation>
    </message>
    <message>
      <location filename="caseworker/services/aid.py" line="163" />
      <location filename="caseworker/services/aid.py" line="135" />
      <source>A name can have at most {n} characters.</source>
      <translation>Un nombre puede tener como máximo {n} caracteres.</translation>
    </message>
    <message>
      <location filename="caseworker/services/passwords.py" line="37" />
      <source>A password can have at most {n} characters.</source>
      <translation>Una contraseña puede tener como máximo {n} caracteres.</translation>
    </message>
    <message>
      <location filename="caseworker/services/passwords.py" line="40" />
      <source>A password cannot contain a NUL character.</source>
      <translation>Una contraseña no puede contener un carácter NUL.</translation>
    </message>
    <message>
      <location filename="caseworker/services/passwords.py" line="34" />
      <source>A password needs at least {n} characters.</source>
      <translation>Una contraseña necesita al menos {n} caracteres.</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/person_data.py" line="29" />
      <source>A person's data</source>
      <translation>Datos de una persona</translation>
    </message>
    <message>
      <location filename="caseworker/domain/clients.py" line="574" />
      <source>A referral date cannot be in the future.</source>
      <translation>Una fecha de derivación no puede estar en el futuro.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/care.py" line="161" />
      <source>A reminder needs a due date and time.</source>
      <translation>Un recordatorio necesita una fecha y hora de vencimiento.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/care.py" line="154" />
      <source>A repeating task needs a due date and time.</source>
      <translation>Una tarea que se repite necesita una fecha y hora de vencimiento.</translation>
    </message>
    <message>
      <location filename="caseworker/services/grant_reports.py" line="55" />
      <source>A report cannot be submitted in the future.</source>
      <translation>Un informe no puede presentarse en el futuro.</translation>
    </message>
    <message>
      <location filename="caseworker/db/db_roles.py" line="482" />
      <source>A role name is 2 to 63 lower-case letters, digits or underscores, starting with a letter.</source>
      <translation>El nombre de un rol tiene de 2 a 63 letras minúsculas, dígitos o guiones bajos, y empieza por una letra.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/cases.py" line="244" />
      <source>A satisfaction score is a whole number from 1 to 5.</source>
      <translation>Una puntuación de satisfacción es un número entero del 1 al 5.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/mail.py" line="185" />
      <source>A secure connection to {host}:{port} could not be made: {reason}</source>
      <translation>No se ha podido establecer una conexión segura con {host}:{port}: {reason}</translation>
    </message>
    <message>
      <location filename="caseworker/domain/recurrence.py" line="70" />
      <source>A series has 1 to {n} occurrences.</source>
      <translation>Una serie tiene de 1 a {n} repeticiones.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/gifts.py" line="243" />
      <source>A soft credit cannot exceed the gift.</source>
      <translation>Un reconocimiento no puede superar el donativo.</translation>
    </message>
    <message>
      <location filename="caseworker/services/gifts.py" line="309" />
      <source>A soft-credited donor no longer exists.</source>
      <translation>Un donante con reconocimiento ya no existe.</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/policy_dialog.py" line="44" />
      <source>A supporter's own pause</source>
      <translation>Una pausa propia del donante</translation>
    </message>
    <message>
      <location filename="caseworker/domain/clients.py" line="262" />
      <source>A tag has at most {n} characters and no control characters.</source>
      <translation>Una etiqueta tiene como máximo {n} caracteres y ningún carácter de control.</translation>
    </message>
    <message>
      <location filename="caseworker/services/accounts.py" line="96" />
      <source>A user name has 2 to 64 characters: lower-case letters, digits, '.', '_' or '-'.</source>
      <translation>Un nombre de usuario tiene de 2 a 64 caracteres: letras minúsculas, cifras, «.», «_» o «-».</translation>
    </message>
    <message>
      <location filename="caseworker/services/grants.py" line="533" />
      <source>A voided disbursement is not spending.</source>
      <translation>Un pago anulado no es un gasto.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/mail.py" line="29" />
      <source>A4, 14 labels 99.1 × 38.1 mm (Avery L7163)</source>
      <translation>A4, 14 etiquetas de 99,1 × 38,1 mm (Avery L7163)</translation>
    </message>
    <message>
      <location filename="caseworker/domain/mail.py" line="28" />
      <source>A4, 21 labels 63.5 × 38.1 mm (Avery L7160)</source>
      <translation>A4, 21 etiquetas de 63,5 × 38,1 mm (Avery L7160)</translation>
    </message>
    <message>
      <location filename="caseworker/domain/meetings.py" line="45" />
      <location filename="caseworker/reports/documents/meetings.py" line="123" />
      <source>Absent</source>
      <translation>Ausente</translation>
    </message>
    <message>
      <location filename="caseworker/domain/service_quality.py" line="322" />
      <source>Acceptable</source>
      <translation>Aceptable</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/case_summary.py" line="174" />
      <source>Acceptable to client</source>
      <translation>Aceptable para el cliente</translation>
    </message>
    <message>
      <location filename="caseworker/domain/clients.py" line="65" />
      <location filename="caseworker/reports/labels.py" line="17" />
      <source>Accepted</source>
      <translation>Aceptado</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/merge_dialog.py" line="49" />
      <source>Accessibility</source>
      <translation>Accesibilidad</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/case_summary.py" line="79" />
      <source>Accessibility: {needs}</source>
      <translation>Accesibilidad: {needs}</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/meetings.py" line="226" />
      <source>Action</source>
      <translation>Acción</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/meetings.py" line="185" />
      <source>Action items</source>
      <translation>Tareas acordadas</translation>
    </message>
    <message>
      <location filename="caseworker/services/meeting_minutes.py" line="81" />
      <source>Action items belong to one occurrence: open the occurrence first.</source>
      <translation>Las tareas acordadas pertenecen a una repetición: abra primero la repetición.</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/meetings.py" line="186" />
      <source>Actions carried forward from earlier meetings</source>
      <translation>Tareas pendientes de reuniones anteriores</translation>
    </message>
    <message>
      <location filename="caseworker/domain/imports.py" line="188" />
      <location filename="caseworker/reports/documents/aid_statement.py" line="69" />
      <location filename="caseworker/ui/dialogs/merge_dialog.py" line="46" />
      <source>Address</source>
      <translation>Dirección</translation>
    </message>
    <message>
      <location filename="caseworker/services/paperwork.py" line="88" />
      <source>Address has no town or postcode</source>
      <translation>La dirección no tiene localidad ni código postal</translation>
    </message>
    <message>
      <location filename="caseworker/domain/imports.py" line="125" />
      <location filename="caseworker/ui/dialogs/merge_dialog.py" line="40" />
      <source>Address line 1</source>
      <translation>Línea de dirección 1</translation>
    </message>
    <message>
      <location filename="caseworker/domain/imports.py" line="128" />
      <location filename="caseworker/ui/dialogs/merge_dialog.py" line="41" />
      <source>Address line 2</source>
      <translation>Línea de dirección 2</translation>
    </message>
    <message>
      <location filename="caseworker/domain/permissions.py" line="28" />
      <source>Administrator</source>
      <translation>Administrador</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/giving_statements.py" line="95" />
      <location filename="caseworker/reports/documents/receipts.py" line="194" />
      <source>Advantage</source>
      <translation>Contraprestación</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/receipts.py" line="204" />
      <source>Advantage: {description}</source>
      <translation>Contraprestación: {description}</translation>
    </message>
    <message>
      <location filename="caseworker/domain/grant_targets.py" line="50" />
      <source>Age</source>
      <translation>Edad</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/grant_outputs.py" line="66" />
      <source>Age on the last day of the period</source>
      <translation>Edad el último día del periodo</translation>
    </message>
    <message>
      <location filename="caseworker/exports.py" line="91" />
      <location filename="caseworker/reports/documents/meetings.py" line="30" />
      <location filename="caseworker/reports/documents/meetings.py" line="143" />
      <source>Agenda</source>
      <translation>Orden del día</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/gift_aid.py" line="74" />
      <source>Aggregated donations</source>
      <translation>Donaciones agregadas</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/dashboard.py" line="326" />
      <source>Aid by fund</source>
      <translation>Ayudas por fondo</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/grant_outputs.py" line="60" />
      <source>Aid paid</source>
      <translation>Ayudas pagadas</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/grant_outputs.py" line="79" />
      <source>Aid paid by fund</source>
      <translation>Ayudas pagadas por fondo</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/grant_outputs.py" line="64" />
      <source>Aid paid through its spending</source>
      <translation>Ayudas pagadas con sus gastos</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/grant_outputs.py" line="59" />
      <source>Aid payments</source>
      <translation>Pagos de ayudas</translation>
    </message>
    <message>
      <location filename="caseworker/domain/grant_targets.py" line="37" />
      <source>Aid payments made</source>
      <translation>Pagos de ayudas realizados</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/grants.py" line="107" />
      <source>Aid payments made from this grant</source>
      <translation>Pagos de ayudas hechos con esta subvención</translation>
    </message>
    <message>
      <location filename="caseworker/exports.py" line="86" />
      <location filename="caseworker/reports/documents/aid_statement.py" line="29" />
      <source>Aid statement</source>
      <translation>Extracto de ayudas</translation>
    </message>
    <message>
      <location filename="caseworker/domain/service_quality.py" line="46" />
      <location filename="caseworker/services/service_quality.py" line="427" />
      <location filename="caseworker/services/statistics.py" line="126" />
      <source>All cases</source>
      <translation>Todos los casos</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/aid_statement.py" line="113" />
      <source>All funds</source>
      <translation>Todos los fondos</translation>
    </message>
    <message>
      <location filename="caseworker/domain/gift_aid.py" line="64" />
      <source>All future gifts</source>
      <translation>Todos los donativos futuros</translation>
    </message>
    <message>
      <location filename="caseworker/domain/imports.py" line="161" />
      <location filename="caseworker/reports/documents/aid_statement.py" line="92" />
      <location filename="caseworker/reports/documents/gift_aid.py" line="76" />
      <source>Amount</source>
      <translation>Importe</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/dashboard.py" line="363" />
      <source>Amount awarded</source>
      <translation>Importe concedido</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/receipts.py" line="193" />
      <source>Amount of gift</source>
      <translation>Importe del donativo</translation>
    </message>
    <message>
      <location filename="caseworker/domain/grants.py" line="97" />
      <source>An amount can be at most {limit}.</source>
      <translation>Un importe puede ser como máximo {limit}.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/inputs.py" line="124" />
      <location filename="caseworker/domain/inputs.py" line="141" />
      <source>An amount can have at most {n} decimal places.</source>
      <translation>Un importe puede tener como máximo {n} decimales.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/grants.py" line="95" />
      <source>An amount cannot be negative.</source>
      <translation>Un importe no puede ser negativo.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/grants.py" line="93" />
      <location filename="caseworker/services/aid.py" line="159" />
      <source>An amount has at most two decimal places.</source>
      <translation>Un importe tiene como máximo dos decimales.</translation>
    </message>
    <message>
      <location filename="caseworker/services/merging.py" line="221" />
      <source>An anonymised client cannot be merged.</source>
      <translation>No se puede fusionar un cliente anonimizado.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/templates.py" line="353" />
      <source>An e-mail needs a subject.</source>
      <translation>Un correo electrónico necesita un asunto.</translation>
    </message>
    <message>
      <location filename="caseworker/services/gift_aid.py" line="127" />
      <source>An oral declaration needs the date its confirmation letter was sent.</source>
      <translation>Una declaración oral necesita la fecha en que se envió su carta de confirmación.</translation>
    </message>
    <message>
      <location filename="caseworker/services/clients.py" line="545" />
      <source>Anonymised</source>
      <translation>Anonimizado</translation>
    </message>
    <message>
      <location filename="caseworker/services/person_data.py" line="65" />
      <source>Anonymised donor</source>
      <translation>Donante anonimizado</translation>
    </message>
    <message>
      <location filename="caseworker/services/imports.py" line="892" />
      <source>Another client already has the external id '{value}'.</source>
      <translation>Otro cliente ya tiene el id. externo «{value}».</translation>
    </message>
    <message>
      <location filename="caseworker/services/imports.py" line="537" />
      <source>Another donor already has the external id '{value}'.</source>
      <translation>Otro donante ya tiene el id. externo «{value}».</translation>
    </message>
    <message>
      <location filename="caseworker/services/mail.py" line="396" />
      <source>Another template in this language is called '{name}'.</source>
      <translation>Otra plantilla en este idioma se llama «{name}».</translation>
    </message>
    <message>
      <location filename="caseworker/db/database.py" line="287" />
      <source>Another user is saving; the database stayed busy. Try again in a moment.</source>
      <translation>Otro usuario está guardando; la base de datos siguió ocupada. Vuelva a intentarlo en un momento.</translation>
    </message>
    <message>
      <location filename="caseworker/services/mail.py" line="762" />
      <source>Another user thanked some of these gifts meanwhile: reload the queue and try again.</source>
      <translation>Otro usuario agradeció algunos de estos donativos mientras tanto: recargue la cola y vuelva a intentarlo.</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/meetings.py" line="122" />
      <source>Apologies</source>
      <translation>Excusas</translation>
    </message>
    <message>
      <location filename="caseworker/domain/imports.py" line="168" />
      <location filename="caseworker/domain/templates.py" line="75" />
      <source>Appeal</source>
      <translation>Campaña</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/grants.py" line="220" />
      <source>Applicant</source>
      <translation>Solicitante</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/dashboard.py" line="358" />
      <source>Applications submitted</source>
      <translation>Solicitudes presentadas</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/receipts.py" line="202" />
      <source>Appraised by {appraiser}</source>
      <translation>Tasado por {appraiser}</translation>
    </message>
    <message>
      <location filename="caseworker/domain/aid.py" line="57" />
      <source>Approved</source>
      <translation>Aprobado</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/meetings.py" line="219" />
      <source>Approved as a true record of the meeting.</source>
      <translation>Aprobada como fiel reflejo de la reunión.</translation>
    </message>
    <message>
      <location filename="caseworker/reports/formatting.py" line="31" />
      <source>Apr</source>
      <translation>abr</translation>
    </message>
    <message>
      <location filename="caseworker/domain/introductions.py" line="38" />
      <source>Arabic</source>
      <translation>árabe</translation>
    </message>
    <message>
      <location filename="caseworker/domain/grant_targets.py" line="52" />
      <source>Area (postcode district)</source>
      <translation>Zona (distrito postal)</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/grant_outputs.py" line="68" />
      <source>Areas (postcode district)</source>
      <translation>Zonas (distrito postal)</translation>
    </message>
    <message>
      <location filename="caseworker/services/care.py" line="359" />
      <source>Ask for the client's feedback once the case is resolved.</source>
      <translation>Pida la opinión del cliente una vez resuelto el caso.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/cases.py" line="206" />
      <source>Assign the case to a worker first.</source>
      <translation>Asigne primero el caso a un profesional.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/cases.py" line="36" />
      <source>Assigned</source>
      <translation>Asignado</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/case_summary.py" line="90" />
      <source>Assigned to</source>
      <translation>Asignado a</translation>
    </message>
    <message>
      <location filename="caseworker/services/case_timeline.py" line="171" />
      <source>Assigned to {taker}</source>
      <translation>Asignado a {taker}</translation>
    </message>
    <message>
      <location filename="caseworker/domain/clients.py" line="267" />
      <source>At most {n} tags.</source>
      <translation>Como máximo {n} etiquetas.</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/meetings.py" line="132" />
      <location filename="caseworker/reports/documents/meetings.py" line="111" />
      <source>Attendance</source>
      <translation>Asistencia</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/meetings.py" line="112" />
      <location filename="caseworker/reports/documents/meetings.py" line="130" />
      <source>Attendance not recorded</source>
      <translation>Asistencia no registrada</translation>
    </message>
    <message>
      <location filename="caseworker/domain/meetings.py" line="43" />
      <source>Attended</source>
      <translation>Asistió</translation>
    </message>
    <message>
      <location filename="caseworker/reports/formatting.py" line="32" />
      <source>Aug</source>
      <translation>ago</translation>
    </message>
    <message>
      <location filename="caseworker/domain/org.py" line="41" />
      <source>Australia</source>
      <translation>Australia</translation>
    </message>
    <message>
      <location filename="caseworker/domain/org.py" line="42" />
      <source>Austria</source>
      <translation>Austria</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/receipts.py" line="287" />
      <source>Authorised signature</source>
      <translation>Firma autorizada</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/dashboard.py" line="361" />
      <source>Awaiting a decision</source>
      <translation>Pendiente de decisión</translation>
    </message>
    <message>
      <location filename="caseworker/domain/clients.py" line="64" />
      <source>Awaiting reply</source>
      <translation>A la espera de respuesta</translation>
    </message>
    <message>
      <location filename="caseworker/domain/grants.py" line="39" />
      <location filename="caseworker/reports/documents/dashboard.py" line="359" />
      <location filename="caseworker/reports/documents/grant_outputs.py" line="61" />
      <source>Awarded</source>
      <translation>Concedida</translation>
    </message>
    <message>
      <location filename="caseworker/domain/org.py" line="88" />
      <source>BN/Registration No.</source>
      <translation>BN/N.º de registro</translation>
    </message>
    <message>
      <location filename="caseworker/db/backup.py" line="44" />
      <location filename="caseworker/services/backups.py" line="63" />
      <source>Back up a PostgreSQL database with the server's own tools, for example pg_dump.</source>
      <translation>Haga la copia de seguridad de una base de datos PostgreSQL con las herramientas del propio servidor, por ejemplo pg_dump.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/gifts.py" line="54" />
      <source>Bank transfer</source>
      <translation>Transferencia bancaria</translation>
    </message>
    <message>
      <location filename="caseworker/domain/org.py" line="43" />
      <source>Belgium</source>
      <translation>Bélgica</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/gift_aid.py" line="87" />
      <location filename="caseworker/reports/documents/gift_aid.py" line="128" />
      <source>Benefit</source>
      <translation>Beneficio</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/receipts.py" line="226" />
      <source>Benefit to you</source>
      <translation>Beneficio para usted</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/receipts.py" line="235" />
      <source>Benefit: {description}</source>
      <translation>Beneficio: {description}</translation>
    </message>
    <message>
      <location filename="caseworker/domain/gift_aid.py" line="85" />
      <source>Benefits to the donor exceed HMRC's limit for this gift</source>
      <translation>Los beneficios para el donante superan el límite de HMRC para este donativo</translation>
    </message>
    <message>
      <location filename="caseworker/domain/gift_aid.py" line="86" />
      <source>Benefits to the donor this tax year exceed £2,500</source>
      <translation>Los beneficios para el donante este año fiscal superan las 2.500 £</translation>
    </message>
    <message>
      <location filename="caseworker/domain/mail.py" line="49" />
      <source>Blocked by the guard</source>
      <translation>Bloqueado por el control</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/grants.py" line="81" />
      <location filename="caseworker/reports/documents/grants.py" line="245" />
      <source>Budget</source>
      <translation>Presupuesto</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/grants.py" line="244" />
      <source>Budget category</source>
      <translation>Categoría presupuestaria</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/case_summary.py" line="104" />
      <location filename="caseworker/reports/documents/case_summary.py" line="139" />
      <source>By</source>
      <translation>Por</translation>
    </message>
    <message>
      <location filename="caseworker/domain/cases.py" line="108" />
      <location filename="caseworker/services/case_timeline.py" line="172" />
      <source>Call</source>
      <translation>Llamada</translation>
    </message>
    <message>
      <location filename="caseworker/domain/introductions.py" line="280" />
      <source>Call {client} to introduce their worker and team</source>
      <translation>Llamar a {client} para presentarle a su profesional y su equipo</translation>
    </message>
    <message>
      <location filename="caseworker/domain/org.py" line="44" />
      <location filename="caseworker/domain/org.py" line="88" />
      <source>Canada</source>
      <translation>Canadá</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/receipts.py" line="65" />
      <source>Canada Revenue Agency: canada.ca/charities-giving</source>
      <translation>Agencia Tributaria de Canadá (CRA): canada.ca/charities-giving</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/receipts.py" line="81" />
      <source>Cancelled with effect from {date}: gifts received from that day carry no Gift Aid.</source>
      <translation>Cancelada con efecto desde el {date}: los donativos recibidos desde ese día no llevan Gift Aid.</translation>
    </message>
    <message>
      <location filename="caseworker/services/touchpoints.py" line="582" />
      <source>Cancelled {channel} ({purpose})</source>
      <translation>{channel} cancelado ({purpose})</translation>
    </message>
    <message>
      <location filename="caseworker/services/progress.py" line="19" />
      <source>Cancelled: nothing was changed.</source>
      <translation>Cancelado: no se ha cambiado nada.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/gifts.py" line="53" />
      <source>Card</source>
      <translation>Tarjeta</translation>
    </message>
    <message>
      <location filename="caseworker/domain/care.py" line="76" />
      <location filename="caseworker/domain/service_quality.py" line="319" />
      <location filename="caseworker/reports/documents/case_summary.py" line="95" />
      <source>Case</source>
      <translation>Caso</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/case_summary.py" line="28" />
      <source>Case notes are not included for your role.</source>
      <translation>Las notas del caso no se incluyen para su rol.</translation>
    </message>
    <message>
      <location filename="caseworker/services/case_timeline.py" line="132" />
      <source>Case opened</source>
      <translation>Caso abierto</translation>
    </message>
    <message>
      <location filename="caseworker/domain/templates.py" line="127" />
      <source>Case reference</source>
      <translation>Referencia del caso</translation>
    </message>
    <message>
      <location filename="caseworker/exports.py" line="85" />
      <location filename="caseworker/reports/documents/case_summary.py" line="27" />
      <source>Case summary</source>
      <translation>Resumen del caso</translation>
    </message>
    <message>
      <location filename="caseworker/domain/templates.py" line="128" />
      <source>Case title</source>
      <translation>Título del caso</translation>
    </message>
    <message>
      <location filename="caseworker/services/mail.py" line="714" />
      <source>Case {ident} was not found.</source>
      <translation>No se ha encontrado el caso {ident}.</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/case_summary.py" line="58" />
      <source>Case {reference}</source>
      <translation>Caso {reference}</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/grant_outputs.py" line="57" />
      <source>Cases opened</source>
      <translation>Casos abiertos</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/dashboard.py" line="216" />
      <source>Cases per month</source>
      <translation>Casos por mes</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/dashboard.py" line="216" />
      <source>Cases per quarter</source>
      <translation>Casos por trimestre</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/dashboard.py" line="216" />
      <source>Cases per year</source>
      <translation>Casos por año</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/dashboard.py" line="305" />
      <location filename="caseworker/reports/documents/grant_outputs.py" line="58" />
      <source>Cases resolved</source>
      <translation>Casos resueltos</translation>
    </message>
    <message>
      <location filename="caseworker/domain/grant_targets.py" line="36" />
      <source>Cases resolved (services delivered)</source>
      <translation>Casos resueltos (servicios prestados)</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/dashboard.py" line="211" />
      <source>Casework</source>
      <translation>Gestión de casos</translation>
    </message>
    <message>
      <location filename="caseworker/domain/permissions.py" line="30" />
      <source>Caseworker</source>
      <translation>Gestor de casos</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/case_summary.py" line="172" />
      <source>Caseworker alone</source>
      <translation>Gestor de casos solo</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/case_summary.py" line="172" />
      <source>Caseworker with a specialist</source>
      <translation>Gestor de casos con un especialista</translation>
    </message>
    <message>
      <location filename="caseworker/domain/aid.py" line="55" />
      <location filename="caseworker/domain/gifts.py" line="51" />
      <source>Cash</source>
      <translation>Efectivo</translation>
    </message>
    <message>
      <location filename="caseworker/domain/service_quality.py" line="47" />
      <location filename="caseworker/domain/service_quality.py" line="320" />
      <location filename="caseworker/domain/templates.py" line="129" />
      <source>Category</source>
      <translation>Categoría</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/grants.py" line="206" />
      <source>Certification</source>
      <translation>Certificación</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/meetings.py" line="90" />
      <location filename="caseworker/reports/documents/meetings.py" line="213" />
      <source>Chair</source>
      <translation>Presidencia</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/receipts.py" line="188" />
      <source>Charity</source>
      <translation>Entidad benéfica</translation>
    </message>
    <message>
      <location filename="caseworker/services/care.py" line="302" />
      <source>Check in with {client} ({channel})</source>
      <translation>Seguimiento con {client} ({channel})</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/grants.py" line="85" />
      <source>Checklist</source>
      <translation>Lista de comprobación</translation>
    </message>
    <message>
      <location filename="caseworker/domain/gifts.py" line="52" />
      <source>Cheque</source>
      <translation>Cheque</translation>
    </message>
    <message>
      <location filename="caseworker/services/grants.py" line="525" />
      <source>Choose a budget line of this grant.</source>
      <translation>Elija una partida presupuestaria de esta subvención.</translation>
    </message>
    <message>
      <location filename="caseworker/services/cases.py" line="105" />
      <source>Choose a category that is in use.</source>
      <translation>Elija una categoría que esté en uso.</translation>
    </message>
    <message>
      <location filename="caseworker/services/cases.py" line="95" />
      <source>Choose a category.</source>
      <translation>Elija una categoría.</translation>
    </message>
    <message>
      <location filename="caseworker/services/person_data.py" line="177" />
      <location filename="caseworker/services/person_data.py" line="114" />
      <source>Choose a client or a donor.</source>
      <translation>Elija un cliente o un donante.</translation>
    </message>
    <message>
      <location filename="caseworker/services/spreadsheets.py" line="87" />
      <source>Choose a comma, semicolon or tab as the separator.</source>
      <translation>Elija una coma, un punto y coma o un tabulador como separador.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/care.py" line="97" />
      <location filename="caseworker/domain/clients.py" line="334" />
      <location filename="caseworker/services/care.py" line="312" />
      <source>Choose a contact channel from the list.</source>
      <translation>Elija un canal de contacto de la lista.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/org.py" line="176" />
      <source>Choose a country from the list.</source>
      <translation>Elija un país de la lista.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/org.py" line="178" />
      <location filename="caseworker/services/grants.py" line="272" />
      <source>Choose a currency from the list.</source>
      <translation>Elija una moneda de la lista.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/recurrence.py" line="74" />
      <source>Choose a day of the month from 1 to 31.</source>
      <translation>Elija un día del mes del 1 al 31.</translation>
    </message>
    <message>
      <location filename="caseworker/services/case_handoffs.py" line="126" />
      <location filename="caseworker/services/organigram.py" line="285" />
      <source>Choose a different worker to take the cases.</source>
      <translation>Elija a otro profesional para que se haga cargo de los casos.</translation>
    </message>
    <message>
      <location filename="caseworker/services/grants.py" line="531" />
      <source>Choose a disbursement.</source>
      <translation>Elija un pago.</translation>
    </message>
    <message>
      <location filename="caseworker/services/aid.py" line="417" />
      <source>Choose a fund.</source>
      <translation>Elija un fondo.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/templates.py" line="335" />
      <source>Choose a letter or an e-mail.</source>
      <translation>Elija una carta o un correo electrónico.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/org.py" line="180" />
      <location filename="caseworker/services/paperwork.py" line="357" />
      <source>Choose a month from 1 to 12.</source>
      <translation>Elija un mes del 1 al 12.</translation>
    </message>
    <message>
      <location filename="caseworker/services/accounts.py" line="344" />
      <source>Choose a new password to reactivate the account.</source>
      <translation>Elija una contraseña nueva para reactivar la cuenta.</translation>
    </message>
    <message>
      <location filename="caseworker/services/case_timeline.py" line="45" />
      <source>Choose a note, a call, a visit or a message.</source>
      <translation>Elija una nota, una llamada, una visita o un mensaje.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/care.py" line="139" />
      <location filename="caseworker/services/cases.py" line="88" />
      <source>Choose a priority from the list.</source>
      <translation>Elija una prioridad de la lista.</translation>
    </message>
    <message>
      <location filename="caseworker/services/grants.py" line="405" />
      <source>Choose a programme of this funder.</source>
      <translation>Elija un programa de este financiador.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/gifts.py" line="272" />
      <source>Choose a recurring gift or a pledge.</source>
      <translation>Elija un donativo periódico o una promesa de donación.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/donors.py" line="340" />
      <source>Choose a segment from the list.</source>
      <translation>Elija un segmento de la lista.</translation>
    </message>
    <message>
      <location filename="caseworker/services/tasks.py" line="380" />
      <source>Choose a team that is in use.</source>
      <translation>Elija un equipo que esté en uso.</translation>
    </message>
    <message>
      <location filename="caseworker/services/clients.py" line="476" />
      <source>Choose an active colleague as key worker.</source>
      <translation>Elija a un compañero activo como profesional de referencia.</translation>
    </message>
    <message>
      <location filename="caseworker/services/case_base.py" line="171" />
      <location filename="caseworker/services/meeting_minutes.py" line="84" />
      <location filename="caseworker/services/organigram.py" line="380" />
      <source>Choose an active colleague.</source>
      <translation>Elija a un compañero activo.</translation>
    </message>
    <message>
      <location filename="caseworker/services/donors.py" line="438" />
      <source>Choose an active member of staff.</source>
      <translation>Elija a un miembro activo del personal.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/clients.py" line="590" />
      <source>Choose an outcome from the list.</source>
      <translation>Elija un resultado de la lista.</translation>
    </message>
    <message>
      <location filename="caseworker/services/planning.py" line="171" />
      <source>Choose at least one donor.</source>
      <translation>Elija al menos un donante.</translation>
    </message>
    <message>
      <location filename="caseworker/services/planning.py" line="173" />
      <source>Choose at most {most} donors at once.</source>
      <translation>Elija como máximo {most} donantes a la vez.</translation>
    </message>
    <message>
      <location filename="caseworker/services/list_export.py" line="93" />
      <source>Choose csv or xlsx.</source>
      <translation>Elija csv o xlsx.</translation>
    </message>
    <message>
      <location filename="caseworker/services/ics.py" line="71" />
      <source>Choose days between {first} and {last}.</source>
      <translation>Elija días entre {first} y {last}.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/templates.py" line="337" />
      <source>Choose donors or clients.</source>
      <translation>Elija donantes o clientes.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/clients.py" line="554" />
      <source>Choose how consent was given.</source>
      <translation>Elija cómo se dio el consentimiento.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/gifts.py" line="167" />
      <source>Choose how often the instalments fall.</source>
      <translation>Elija con qué frecuencia vencen los plazos.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/gifts.py" line="211" />
      <source>Choose how the gift was given.</source>
      <translation>Elija cómo se hizo el donativo.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/gifts.py" line="287" />
      <source>Choose how the instalments are paid.</source>
      <translation>Elija cómo se pagan los plazos.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/meetings.py" line="222" />
      <source>Choose how the meeting is held from the list.</source>
      <translation>Elija de la lista cómo se celebra la reunión.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/guard.py" line="338" />
      <location filename="caseworker/services/touchpoints.py" line="272" />
      <source>Choose how to contact the supporter.</source>
      <translation>Elija cómo contactar con el donante.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/donors.py" line="325" />
      <source>Choose individual or organisation.</source>
      <translation>Elija persona u organización.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/recurrence.py" line="78" />
      <source>Choose one weekday for a monthly series.</source>
      <translation>Elija un día de la semana para una serie mensual.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/clients.py" line="528" />
      <source>Choose phone or e-mail.</source>
      <translation>Elija teléfono o correo electrónico.</translation>
    </message>
    <message>
      <location filename="caseworker/services/organigram.py" line="241" />
      <source>Choose someone else to stand in.</source>
      <translation>Elija a otra persona para que le sustituya.</translation>
    </message>
    <message>
      <location filename="caseworker/services/cases.py" line="93" />
      <source>Choose the client the case is for.</source>
      <translation>Elija el cliente al que corresponde el caso.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/care.py" line="288" />
      <source>Choose the client's days from Monday to Sunday.</source>
      <translation>Elija los días del cliente de lunes a domingo.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/gifts.py" line="207" />
      <source>Choose the donor.</source>
      <translation>Elija el donante.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/recurrence.py" line="76" />
      <source>Choose the first to fourth, or the last, weekday.</source>
      <translation>Elija del primero al cuarto, o el último, día de la semana.</translation>
    </message>
    <message>
      <location filename="caseworker/services/grants.py" line="265" />
      <source>Choose the funder.</source>
      <translation>Elija el financiador.</translation>
    </message>
    <message>
      <location filename="caseworker/services/gift_aid.py" line="133" />
      <source>Choose the gift this declaration covers.</source>
      <translation>Elija el donativo que cubre esta declaración.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/care.py" line="135" />
      <source>Choose the record the task is about.</source>
      <translation>Elija el registro al que se refiere la tarea.</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/case_dialogs.py" line="316" />
      <source>Choose the specialist.</source>
      <translation>Elija el especialista.</translation>
    </message>
    <message>
      <location filename="caseworker/services/merging.py" line="252" />
      <source>Choose two different records to merge.</source>
      <translation>Elija dos registros distintos para fusionar.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/recurrence.py" line="72" />
      <source>Choose weekdays from Monday to Sunday.</source>
      <translation>Elija días de la semana de lunes a domingo.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/templates.py" line="339" />
      <source>Choose what someone who takes no e-mail gets.</source>
      <translation>Elija qué recibe quien no acepta correo electrónico.</translation>
    </message>
    <message>
      <location filename="caseworker/services/touchpoints.py" line="274" />
      <source>Choose what the contact is for.</source>
      <translation>Elija para qué es el contacto.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/templates.py" line="336" />
      <source>Choose what the message is for.</source>
      <translation>Elija para qué es el mensaje.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/care.py" line="132" />
      <source>Choose what the task is about from the list.</source>
      <translation>Elija de la lista sobre qué trata la tarea.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/templates.py" line="338" />
      <source>Choose what to attach.</source>
      <translation>Elija qué adjuntar.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/meetings.py" line="228" />
      <source>Choose who each attendee is.</source>
      <translation>Elija quién es cada asistente.</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/case_dialogs.py" line="222" />
      <source>Choose who takes the case.</source>
      <translation>Elija quién se hace cargo del caso.</translation>
    </message>
    <message>
      <location filename="caseworker/services/meeting_minutes.py" line="75" />
      <source>Choose who will do it.</source>
      <translation>Elija quién lo hará.</translation>
    </message>
    <message>
      <location filename="caseworker/services/organigram.py" line="228" />
      <source>Choose working days from Monday to Sunday.</source>
      <translation>Elija días laborables de lunes a domingo.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/care.py" line="431" />
      <source>Choose yes, partly or no.</source>
      <translation>Elija sí, en parte o no.</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/gift_aid.py" line="98" />
      <source>Claim within 4 years of the end of the accounting period the donations fall in, and claim each donation once: this schedule does not record which donations were already claimed.</source>
      <translation>Reclame dentro de los 4 años siguientes al final del periodo contable en el que caen los donativos, y reclame cada donativo una sola vez: este anexo no registra qué donativos ya se reclamaron.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/care.py" line="75" />
      <location filename="caseworker/domain/service_quality.py" line="319" />
      <location filename="caseworker/reports/documents/aid_statement.py" line="67" />
      <source>Client</source>
      <translation>Cliente</translation>
    </message>
    <message>
      <location filename="caseworker/exports.py" line="103" />
      <source>Client feedback form</source>
      <translation>Formulario de opinión del cliente</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/aid_statement.py" line="67" />
      <location filename="caseworker/reports/documents/case_summary.py" line="86" />
      <source>Client ref.</source>
      <translation>Ref. del cliente</translation>
    </message>
    <message>
      <location filename="caseworker/services/imports.py" line="922" />
      <source>Client {id} was anonymised: choose Skip or Create for this row.</source>
      <translation>El cliente {id} se anonimizó: elija Omitir o Crear un registro nuevo para esta fila.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/templates.py" line="89" />
      <location filename="caseworker/ui/dialogs/import_wizard.py" line="60" />
      <source>Clients</source>
      <translation>Clientes</translation>
    </message>
    <message>
      <location filename="caseworker/domain/cases.py" line="41" />
      <location filename="caseworker/domain/grants.py" line="43" />
      <source>Closed</source>
      <translation>Cerrado</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/grants.py" line="271" />
      <source>Coming</source>
      <translation>Próximos</translation>
    </message>
    <message>
      <location filename="caseworker/domain/imports.py" line="51" />
      <source>Comma</source>
      <translation>Coma</translation>
    </message>
    <message>
      <location filename="caseworker/domain/clients.py" line="67" />
      <source>Completed</source>
      <translation>Completado</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/gift_aid.py" line="101" />
      <source>Confidential — contains donors' names and addresses</source>
      <translation>Confidencial: contiene nombres y direcciones de donantes</translation>
    </message>
    <message>
      <location filename="caseworker/reports/base.py" line="68" />
      <source>Confidential — contains personal information about a client</source>
      <translation>Confidencial: contiene información personal de un cliente</translation>
    </message>
    <message>
      <location filename="caseworker/services/backups.py" line="124" />
      <source>Confirm the restore: the database goes back to the backup's time.</source>
      <translation>Confirme la restauración: la base de datos vuelve al momento de la copia.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/clients.py" line="552" />
      <source>Consent cannot be recorded for a future date.</source>
      <translation>No se puede registrar un consentimiento con fecha futura.</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/merge_dialog.py" line="44" />
      <source>Consent given on</source>
      <translation>Consentimiento dado el</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/merge_dialog.py" line="44" />
      <source>Consent given through</source>
      <translation>Consentimiento dado mediante</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/merge_dialog.py" line="47" />
      <source>Contact by</source>
      <translation>Contactar por</translation>
    </message>
    <message>
      <location filename="caseworker/domain/clients.py" line="52" />
      <source>Contact by text message</source>
      <translation>Contactar por mensaje de texto</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/merge_dialog.py" line="47" />
      <source>Contact times</source>
      <translation>Horas de contacto</translation>
    </message>
    <message>
      <location filename="caseworker/domain/guard.py" line="648" />
      <source>Contacts are limited to {n} in any {days} days; this would be contact number {count}.</source>
      <translation>Los contactos están limitados a {n} en cualquier periodo de {days} días; este sería el contacto número {count}.</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/policy_dialog.py" line="46" />
      <source>Contacts per window</source>
      <translation>Contactos por ventana</translation>
    </message>
    <message>
      <location filename="caseworker/domain/imports.py" line="137" />
      <location filename="caseworker/ui/dialogs/merge_dialog.py" line="42" />
      <source>Country</source>
      <translation>País</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/import_wizard.py" line="62" />
      <source>Create a new record</source>
      <translation>Crear un registro nuevo</translation>
    </message>
    <message>
      <location filename="caseworker/exports.py" line="98" />
      <location filename="caseworker/reports/documents/dashboard.py" line="43" />
      <source>Dashboard</source>
      <translation>Panel</translation>
    </message>
    <message>
      <location filename="caseworker/services/db_roles.py" line="70" />
      <source>Database roles are a database server's: an SQLite file is protected by its encryption instead.</source>
      <translation>Los roles de base de datos son propios de un servidor: un archivo SQLite se protege con su cifrado.</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/aid_statement.py" line="87" />
      <location filename="caseworker/reports/documents/gift_aid.py" line="75" />
      <location filename="caseworker/reports/documents/gift_aid.py" line="86" />
      <source>Date</source>
      <translation>Fecha</translation>
    </message>
    <message>
      <location filename="caseworker/domain/templates.py" line="132" />
      <source>Date due</source>
      <translation>Fecha de vencimiento</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/receipts.py" line="187" />
      <source>Date gift received</source>
      <translation>Fecha de recepción del donativo</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/receipts.py" line="185" />
      <source>Date issued</source>
      <translation>Fecha de emisión</translation>
    </message>
    <message>
      <location filename="caseworker/domain/imports.py" line="184" />
      <location filename="caseworker/ui/dialogs/merge_dialog.py" line="46" />
      <source>Date of birth</source>
      <translation>Fecha de nacimiento</translation>
    </message>
    <message>
      <location filename="caseworker/domain/templates.py" line="131" />
      <source>Date opened</source>
      <translation>Fecha de apertura</translation>
    </message>
    <message>
      <location filename="caseworker/domain/imports.py" line="163" />
      <location filename="caseworker/reports/documents/receipts.py" line="152" />
      <location filename="caseworker/reports/documents/receipts.py" line="192" />
      <source>Date received</source>
      <translation>Fecha de recepción</translation>
    </message>
    <message>
      <location filename="caseworker/domain/inputs.py" line="73" />
      <source>Dates after the year 9999 are not accepted.</source>
      <translation>No se aceptan fechas posteriores al año 9999.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/imports.py" line="259" />
      <source>Day/month/year (31/12/2025)</source>
      <translation>Día/mes/año (31/12/2025)</translation>
    </message>
    <message>
      <location filename="caseworker/domain/service_quality.py" line="321" />
      <source>Days</source>
      <translation>Días</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/policy_dialog.py" line="48" />
      <source>Days between contacts</source>
      <translation>Días entre contactos</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/grants.py" line="123" />
      <source>Deadlines coming</source>
      <translation>Próximos plazos</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/grants.py" line="119" />
      <source>Deadlines met</source>
      <translation>Plazos cumplidos</translation>
    </message>
    <message>
      <location filename="caseworker/domain/introductions.py" line="44" />
      <source>Dear {name},</source>
      <translation>Estimado/a {name}:</translation>
    </message>
    <message>
      <location filename="caseworker/reports/formatting.py" line="32" />
      <source>Dec</source>
      <translation>dic</translation>
    </message>
    <message>
      <location filename="caseworker/services/grants.py" line="182" />
      <source>Decision expected</source>
      <translation>Decisión prevista</translation>
    </message>
    <message>
      <location filename="caseworker/services/board.py" line="149" />
      <source>Decision {id} belongs to another meeting.</source>
      <translation>La decisión {id} pertenece a otra reunión.</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/meetings.py" line="180" />
      <source>Decisions</source>
      <translation>Decisiones</translation>
    </message>
    <message>
      <location filename="caseworker/domain/clients.py" line="66" />
      <location filename="caseworker/domain/grants.py" line="40" />
      <location filename="caseworker/reports/documents/dashboard.py" line="360" />
      <source>Declined</source>
      <translation>Denegada</translation>
    </message>
    <message>
      <location filename="caseworker/domain/org.py" line="45" />
      <source>Denmark</source>
      <translation>Dinamarca</translation>
    </message>
    <message>
      <location filename="caseworker/domain/cases.py" line="234" />
      <source>Describe the outcome: what was achieved for the client.</source>
      <translation>Describa el resultado: lo que se consiguió para el cliente.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/gifts.py" line="218" />
      <source>Describe what was given.</source>
      <translation>Describa lo que se dio.</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/receipts.py" line="192" />
      <source>Description</source>
      <translation>Descripción</translation>
    </message>
    <message>
      <location filename="caseworker/domain/gifts.py" line="55" />
      <source>Direct debit</source>
      <translation>Domiciliación bancaria</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/aid_statement.py" line="72" />
      <source>Disbursements</source>
      <translation>Pagos</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/meetings.py" line="175" />
      <source>Discussion</source>
      <translation>Debate</translation>
    </message>
    <message>
      <location filename="caseworker/domain/imports.py" line="141" />
      <source>Do not contact</source>
      <translation>No contactar</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/receipts.py" line="137" />
      <source>Donation</source>
      <translation>Donación</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/receipts.py" line="50" />
      <source>Donation acknowledgement</source>
      <translation>Agradecimiento de donación</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/receipts.py" line="48" />
      <source>Donation receipt</source>
      <translation>Recibo de donación</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/gift_aid.py" line="65" />
      <source>Donations claimed</source>
      <translation>Donaciones reclamadas</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/grants.py" line="86" />
      <location filename="caseworker/reports/documents/meetings.py" line="229" />
      <location filename="caseworker/reports/documents/meetings.py" line="234" />
      <source>Done</source>
      <translation>Hecho</translation>
    </message>
    <message>
      <location filename="caseworker/domain/care.py" line="77" />
      <location filename="caseworker/reports/documents/gift_aid.py" line="86" />
      <location filename="caseworker/reports/documents/gift_aid.py" line="128" />
      <source>Donor</source>
      <translation>Donante</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/giving_statements.py" line="68" />
      <source>Donor ref. {reference}</source>
      <translation>Ref. del donante {reference}</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/dashboard.py" line="390" />
      <source>Donor retention</source>
      <translation>Fidelización de donantes</translation>
    </message>
    <message>
      <location filename="caseworker/services/mail.py" line="647" />
      <source>Donor {ident} was not found.</source>
      <translation>No se ha encontrado el donante {ident}.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/imports.py" line="150" />
      <source>Donor's e-mail</source>
      <translation>Correo electrónico del donante</translation>
    </message>
    <message>
      <location filename="caseworker/domain/imports.py" line="147" />
      <source>Donor's external id</source>
      <translation>Id. externo del donante</translation>
    </message>
    <message>
      <location filename="caseworker/domain/imports.py" line="152" />
      <source>Donor's first name</source>
      <translation>Nombre del donante</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/receipts.py" line="222" />
      <source>Donor's full name and home address</source>
      <translation>Apellidos del donante</translation>
    </message>
    <message>
      <location filename="caseworker/domain/imports.py" line="154" />
      <source>Donor's last name</source>
      <translation>Nombre completo y domicilio del donante</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/receipts.py" line="191" />
      <source>Donor's name and address</source>
      <translation>Nombre y dirección del donante</translation>
    </message>
    <message>
      <location filename="caseworker/domain/imports.py" line="156" />
      <source>Donor's organisation</source>
      <translation>Organización del donante</translation>
    </message>
    <message>
      <location filename="caseworker/domain/imports.py" line="159" />
      <source>Donor's postcode</source>
      <translation>Código postal del donante</translation>
    </message>
    <message>
      <location filename="caseworker/domain/templates.py" line="88" />
      <location filename="caseworker/reports/documents/dashboard.py" line="393" />
      <location filename="caseworker/ui/dialogs/import_wizard.py" line="60" />
      <source>Donors</source>
      <translation>Donantes</translation>
    </message>
    <message>
      <location filename="caseworker/exports.py" line="96" />
      <location filename="caseworker/reports/documents/giving_statements.py" line="28" />
      <source>Donors who cannot be sent a statement</source>
      <translation>Donantes a los que no se puede enviar un certificado</translation>
    </message>
    <message>
      <location filename="caseworker/domain/grants.py" line="37" />
      <source>Drafting</source>
      <translation>En redacción</translation>
    </message>
    <message>
      <location filename="caseworker/domain/service_quality.py" line="321" />
      <location filename="caseworker/reports/documents/case_summary.py" line="92" />
      <location filename="caseworker/reports/documents/grants.py" line="275" />
      <source>Due</source>
      <translation>Vence</translation>
    </message>
    <message>
      <location filename="caseworker/domain/imports.py" line="121" />
      <location filename="caseworker/domain/imports.py" line="187" />
      <location filename="caseworker/domain/templates.py" line="83" />
      <source>E-mail</source>
      <translation>Correo electrónico</translation>
    </message>
    <message>
      <location filename="caseworker/domain/templates.py" line="100" />
      <source>E-mail address</source>
      <translation>Dirección de correo electrónico</translation>
    </message>
    <message>
      <location filename="caseworker/domain/clients.py" line="338" />
      <source>E-mail is the preferred channel: enter the address.</source>
      <translation>El correo electrónico es el canal preferido: escriba la dirección.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/org.py" line="89" />
      <source>EIN</source>
      <translation>EIN</translation>
    </message>
    <message>
      <location filename="caseworker/domain/gifts.py" line="248" />
      <source>Each donor can be soft-credited once per gift.</source>
      <translation>Cada donante puede recibir un reconocimiento una sola vez por donativo.</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/gift_aid.py" line="68" />
      <source>Earliest donation date</source>
      <translation>Fecha del primer donativo</translation>
    </message>
    <message>
      <location filename="caseworker/domain/clients.py" line="48" />
      <source>Electronic</source>
      <translation>Electrónico</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/giving_statements.py" line="96" />
      <source>Eligible</source>
      <translation>Admisible</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/receipts.py" line="195" />
      <source>Eligible amount</source>
      <translation>Importe admisible</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/receipts.py" line="210" />
      <source>Eligible amount of gift for tax purposes: {amount}</source>
      <translation>Importe del donativo admisible a efectos fiscales: {amount}</translation>
    </message>
    <message>
      <location filename="caseworker/domain/recurrence.py" line="68" />
      <source>End the series on a date or after a number of times, not both.</source>
      <translation>Termine la serie en una fecha o tras un número de veces, no ambas cosas.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/introductions.py" line="38" />
      <source>English</source>
      <translation>inglés</translation>
    </message>
    <message>
      <location filename="caseworker/domain/inputs.py" line="64" />
      <source>Enter a date as YYYY-MM-DD.</source>
      <translation>Escriba una fecha como AAAA-MM-DD.</translation>
    </message>
    <message>
      <location filename="caseworker/services/grants.py" line="239" />
      <source>Enter a name.</source>
      <translation>Escriba un nombre.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/donors.py" line="431" />
      <source>Enter a number of at least {minimum}.</source>
      <translation>Escriba un número de al menos {minimum}.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/donors.py" line="433" />
      <source>Enter a number of at most {maximum}.</source>
      <translation>Escriba un número de como máximo {maximum}.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/donors.py" line="108" />
      <source>Enter a number of days from 1 to {max}.</source>
      <translation>Escriba un número de días del 1 al {max}.</translation>
    </message>
    <message>
      <location filename="caseworker/services/board.py" line="50" />
      <source>Enter a number of votes (0 or more), or leave it empty.</source>
      <translation>Escriba un número de votos (0 o más), o déjelo vacío.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/grant_targets.py" line="95" />
      <source>Enter a number.</source>
      <translation>Escriba un número.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/care.py" line="300" />
      <location filename="caseworker/services/organigram.py" line="236" />
      <source>Enter a time like 09:30.</source>
      <translation>Escriba una hora como 09:30.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/grant_targets.py" line="107" />
      <source>Enter a whole number from 0 to 10,000,000.</source>
      <translation>Escriba un número entero del 0 al 10.000.000.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/grant_targets.py" line="98" />
      <source>Enter a whole number, 0 or more.</source>
      <translation>Escriba un número entero, 0 o más.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/grant_targets.py" line="104" />
      <source>Enter a whole number, 0 or more: {value} is not one.</source>
      <translation>Escriba un número entero, 0 o más: {value} no lo es.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/donors.py" line="425" />
      <location filename="caseworker/domain/donors.py" line="429" />
      <source>Enter a whole number.</source>
      <translation>Escriba un número entero.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/grants.py" line="150" />
      <source>Enter an amount above zero.</source>
      <translation>Escriba un importe mayor que cero.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/inputs.py" line="119" />
      <location filename="caseworker/domain/inputs.py" line="150" />
      <source>Enter an amount as a number, such as 12.50.</source>
      <translation>Escriba un importe como número, por ejemplo 12.50.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/inputs.py" line="100" />
      <source>Enter an amount greater than zero.</source>
      <translation>Escriba un importe mayor que cero.</translation>
    </message>
    <message>
      <location filename="caseworker/services/aid.py" line="139" />
      <source>Enter an amount of zero or more.</source>
      <translation>Escriba un importe de cero o más.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/grants.py" line="91" />
      <source>Enter an amount such as 1250.00.</source>
      <translation>Escriba un importe como 1250.00.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/inputs.py" line="131" />
      <source>Enter an amount, such as 12.50.</source>
      <translation>Escriba un importe, por ejemplo 12.50.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/grants.py" line="88" />
      <source>Enter an amount.</source>
      <translation>Escriba un importe.</translation>
    </message>
    <message>
      <location filename="caseworker/services/organigram.py" line="148" />
      <source>Enter an e-mail address like team@example.org.</source>
      <translation>Escriba una dirección de correo electrónico como equipo@example.org.</translation>
    </message>
    <message>
      <location filename="caseworker/services/grants.py" line="254" />
      <location filename="caseworker/services/grants.py" line="379" />
      <source>Enter an email address such as grants@example.org.</source>
      <translation>Escriba una dirección de correo electrónico como subvenciones@example.org.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/mail.py" line="110" />
      <source>Enter the address messages are sent from.</source>
      <translation>Escriba la dirección desde la que se envían los mensajes.</translation>
    </message>
    <message>
      <location filename="caseworker/services/aid.py" line="153" />
      <source>Enter the amount as a number, e.g. 125.00.</source>
      <translation>Escriba el importe como número, p. ej., 125.00.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/grants.py" line="81" />
      <source>Enter the amount awarded before marking the grant awarded.</source>
      <translation>Escriba el importe concedido antes de marcar la subvención como concedida.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/clients.py" line="316" />
      <source>Enter the client's family name.</source>
      <translation>Escriba los apellidos del cliente.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/clients.py" line="314" />
      <source>Enter the client's first name.</source>
      <translation>Escriba el nombre del cliente.</translation>
    </message>
    <message>
      <location filename="caseworker/services/grants.py" line="377" />
      <source>Enter the contact's name.</source>
      <translation>Escriba el nombre del contacto.</translation>
    </message>
    <message>
      <location filename="caseworker/services/touchpoints.py" line="281" />
      <source>Enter the date and time of the contact.</source>
      <translation>Escriba la fecha y la hora del contacto.</translation>
    </message>
    <message>
      <location filename="caseworker/services/grant_reports.py" line="53" />
      <source>Enter the day the report was submitted.</source>
      <translation>Indique el día en que se presentó el informe.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/donors.py" line="334" />
      <source>Enter the donor's first or last name.</source>
      <translation>Escriba el nombre o los apellidos del donante.</translation>
    </message>
    <message>
      <location filename="caseworker/services/grants.py" line="250" />
      <source>Enter the funder's name.</source>
      <translation>Escriba el nombre del financiador.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/meetings.py" line="231" />
      <source>Enter the name of each outside attendee.</source>
      <translation>Escriba el nombre de cada asistente externo.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/clients.py" line="531" />
      <source>Enter the number or address.</source>
      <translation>Escriba el número o la dirección.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/donors.py" line="332" />
      <location filename="caseworker/domain/org.py" line="168" />
      <source>Enter the organisation's name.</source>
      <translation>Escriba el nombre de la organización.</translation>
    </message>
    <message>
      <location filename="caseworker/services/accounts.py" line="100" />
      <source>Enter the person's name.</source>
      <translation>Escriba el nombre de la persona.</translation>
    </message>
    <message>
      <location filename="caseworker/services/grants.py" line="362" />
      <source>Enter the programme's name.</source>
      <translation>Escriba el nombre del programa.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/care.py" line="275" />
      <source>Enter the rhythm as a whole number of days.</source>
      <translation>Escriba el ritmo como un número entero de días.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/cases.py" line="424" />
      <source>Enter the target as a whole number of business days.</source>
      <translation>Escriba el objetivo como un número entero de días hábiles.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/gifts.py" line="283" />
      <source>Enter the total the donor pledged.</source>
      <translation>Escriba el total que prometió el donante.</translation>
    </message>
    <message>
      <location filename="caseworker/services/grants.py" line="285" />
      <source>Enter when the first report is due.</source>
      <translation>Escriba cuándo vence el primer informe.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/cases.py" line="39" />
      <source>Escalated</source>
      <translation>Escalado</translation>
    </message>
    <message>
      <location filename="caseworker/services/case_timeline.py" line="157" />
      <source>Escalated to level {level}</source>
      <translation>Escalado al nivel {level}</translation>
    </message>
    <message>
      <location filename="caseworker/domain/cases.py" line="113" />
      <source>Escalation</source>
      <translation>Escalado</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/case_summary.py" line="93" />
      <source>Escalation level</source>
      <translation>Nivel de escalado</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/case_summary.py" line="143" />
      <location filename="caseworker/reports/documents/dashboard.py" line="269" />
      <location filename="caseworker/reports/documents/dashboard.py" line="266" />
      <source>Escalations</source>
      <translation>Escalados</translation>
    </message>
    <message>
      <location filename="caseworker/domain/recurrence.py" line="159" />
      <source>Every day</source>
      <translation>Cada día</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/giving_statements.py" line="118" />
      <source>Every donor with gifts in this period has a valid address.</source>
      <translation>Todos los donantes con donativos en este periodo tienen una dirección válida.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/recurrence.py" line="149" />
      <source>Every month</source>
      <translation>Cada mes</translation>
    </message>
    <message>
      <location filename="caseworker/domain/recurrence.py" line="145" />
      <source>Every week</source>
      <translation>Cada semana</translation>
    </message>
    <message>
      <location filename="caseworker/domain/recurrence.py" line="161" />
      <source>Every year</source>
      <translation>Cada año</translation>
    </message>
    <message>
      <location filename="caseworker/domain/recurrence.py" line="159" />
      <source>Every {n} days</source>
      <translation>Cada {n} días</translation>
    </message>
    <message>
      <location filename="caseworker/domain/recurrence.py" line="149" />
      <source>Every {n} months</source>
      <translation>Cada {n} meses</translation>
    </message>
    <message>
      <location filename="caseworker/domain/recurrence.py" line="145" />
      <source>Every {n} weeks</source>
      <translation>Cada {n} semanas</translation>
    </message>
    <message>
      <location filename="caseworker/domain/recurrence.py" line="161" />
      <source>Every {n} years</source>
      <translation>Cada {n} años</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/person_data.py" line="54" />
      <source>Everything this organisation holds about the person named above, as of {when}.</source>
      <translation>Todo lo que esta organización guarda sobre la persona nombrada arriba, a fecha de {when}.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/imports.py" line="107" />
      <location filename="caseworker/domain/imports.py" line="179" />
      <source>External id</source>
      <translation>Id. externo</translation>
    </message>
    <message>
      <location filename="caseworker/domain/mail.py" line="48" />
      <source>Failed</source>
      <translation>Fallido</translation>
    </message>
    <message>
      <location filename="caseworker/reports/formatting.py" line="31" />
      <source>Feb</source>
      <translation>feb</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/dashboard.py" line="316" />
      <location filename="caseworker/reports/documents/dashboard.py" line="365" />
      <source>Figure</source>
      <translation>Cifra</translation>
    </message>
    <message>
      <location filename="caseworker/domain/org.py" line="46" />
      <source>Finland</source>
      <translation>Finlandia</translation>
    </message>
    <message>
      <location filename="caseworker/domain/imports.py" line="114" />
      <location filename="caseworker/domain/imports.py" line="181" />
      <location filename="caseworker/domain/templates.py" line="96" />
      <source>First name</source>
      <translation>Nombre</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/meetings.py" line="206" />
      <source>For {yes}, against {no}, abstentions {abstained}: {outcome}.</source>
      <translation>A favor {yes}, en contra {no}, abstenciones {abstained}: {outcome}.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/org.py" line="47" />
      <source>France</source>
      <translation>Francia</translation>
    </message>
    <message>
      <location filename="caseworker/domain/guard.py" line="141" />
      <location filename="caseworker/domain/recurrence.py" line="141" />
      <source>Friday</source>
      <translation>Viernes</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/case_summary.py" line="119" />
      <source>From</source>
      <translation>Desde</translation>
    </message>
    <message>
      <location filename="caseworker/domain/templates.py" line="118" />
      <source>Full name</source>
      <translation>Nombre completo</translation>
    </message>
    <message>
      <location filename="caseworker/domain/templates.py" line="95" />
      <source>Full name, or the organisation's name</source>
      <translation>Nombre completo, o el nombre de la organización</translation>
    </message>
    <message>
      <location filename="caseworker/domain/imports.py" line="166" />
      <location filename="caseworker/reports/documents/aid_statement.py" line="88" />
      <location filename="caseworker/reports/documents/aid_statement.py" line="110" />
      <source>Fund</source>
      <translation>Fondo</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/grants.py" line="218" />
      <location filename="caseworker/services/grants.py" line="757" />
      <source>Funder</source>
      <translation>Financiador</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/grants.py" line="233" />
      <source>Funder contact</source>
      <translation>Contacto del financiador</translation>
    </message>
    <message>
      <location filename="caseworker/domain/permissions.py" line="31" />
      <source>Fundraiser</source>
      <translation>Captador de fondos</translation>
    </message>
    <message>
      <location filename="caseworker/domain/neglect.py" line="64" />
      <source>Gave last year, not yet this year</source>
      <translation>Donó el año pasado, aún no este año</translation>
    </message>
    <message>
      <location filename="caseworker/domain/neglect.py" line="65" />
      <source>Gave some earlier year, not last year or this year</source>
      <translation>Donó algún año anterior, ni el pasado ni este</translation>
    </message>
    <message>
      <location filename="caseworker/domain/neglect.py" line="63" />
      <source>Gave this year</source>
      <translation>Donó este año</translation>
    </message>
    <message>
      <location filename="caseworker/domain/imports.py" line="195" />
      <source>Gender</source>
      <translation>Género</translation>
    </message>
    <message>
      <location filename="caseworker/domain/grant_targets.py" line="53" />
      <location filename="caseworker/reports/documents/grant_outputs.py" line="69" />
      <source>Gender (as recorded)</source>
      <translation>Género (tal como consta)</translation>
    </message>
    <message>
      <location filename="caseworker/services/paperwork.py" line="89" />
      <source>General notes</source>
      <translation>Notas generales</translation>
    </message>
    <message>
      <location filename="caseworker/domain/org.py" line="48" />
      <source>Germany</source>
      <translation>Alemania</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/receipts.py" line="152" />
      <location filename="caseworker/reports/documents/receipts.py" line="224" />
      <source>Gift</source>
      <translation>Donativo</translation>
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
      <translation>Anexo de reclamación de Gift Aid</translation>
    </message>
    <message>
      <location filename="caseworker/domain/imports.py" line="139" />
      <source>Gift Aid declaration</source>
      <translation>Declaración de Gift Aid</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/merge_dialog.py" line="45" />
      <source>Gift Aid declared on</source>
      <translation>Gift Aid declarado el</translation>
    </message>
    <message>
      <location filename="caseworker/services/gift_aid.py" line="102" />
      <source>Gift Aid is a UK tax relief: it applies only to an organisation in the United Kingdom (Settings: the organisation's country).</source>
      <translation>Gift Aid es una desgravación fiscal del Reino Unido: solo se aplica a una organización del Reino Unido (Configuración: el país de la organización).</translation>
    </message>
    <message>
      <location filename="caseworker/services/gift_aid.py" line="41" />
      <source>Gift Aid is claimed on gifts in pounds sterling only</source>
      <translation>Gift Aid solo se reclama sobre donativos en libras esterlinas</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/gift_aid.py" line="67" />
      <source>Gift Aid to claim (25p per £1)</source>
      <translation>Gift Aid a reclamar (25 peniques por cada £1)</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/receipts.py" line="233" />
      <source>Gift in kind: {description}</source>
      <translation>Donativo en especie: {description}</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/receipts.py" line="63" />
      <source>Gift in kind: {description} (value not stated by the organisation)</source>
      <translation>Donativo en especie: {description} (valor no indicado por la organización)</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/receipts.py" line="200" />
      <source>Gift of property: {description}</source>
      <translation>Donativo de bienes: {description}</translation>
    </message>
    <message>
      <location filename="caseworker/services/touchpoints.py" line="603" />
      <source>Gift of {amount}</source>
      <translation>Donativo de {amount}</translation>
    </message>
    <message>
      <location filename="caseworker/services/receipts.py" line="233" />
      <source>Gift {gift} is already on receipt {number}.</source>
      <translation>El donativo {gift} ya está en el recibo {number}.</translation>
    </message>
    <message>
      <location filename="caseworker/services/gift_aid.py" line="147" />
      <source>Gift {gift} is not a standing gift of this donor.</source>
      <translation>El donativo {gift} no es un donativo vigente de este donante.</translation>
    </message>
    <message>
      <location filename="caseworker/services/gifts.py" line="324" />
      <source>Gift {gift} is on receipt {number}: void that receipt first (and reissue it without the gift).</source>
      <translation>El donativo {gift} está en el recibo {number}: anule primero ese recibo (y vuelva a emitirlo sin el donativo).</translation>
    </message>
    <message>
      <location filename="caseworker/services/receipts.py" line="229" />
      <source>Gift {gift} is void and cannot be receipted.</source>
      <translation>El donativo {gift} está anulado y no se puede incluir en un recibo.</translation>
    </message>
    <message>
      <location filename="caseworker/services/mail.py" line="559" />
      <source>Gift {gift} was already thanked.</source>
      <translation>El donativo {gift} ya se agradeció.</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/giving_statements.py" line="128" />
      <location filename="caseworker/ui/dialogs/import_wizard.py" line="60" />
      <source>Gifts</source>
      <translation>Donativos</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/receipts.py" line="277" />
      <source>Gifts acknowledged</source>
      <translation>Donativos agradecidos</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/gift_aid.py" line="85" />
      <source>Gifts from declared donors that carry no Gift Aid</source>
      <translation>Donativos de donantes con declaración que no llevan Gift Aid</translation>
    </message>
    <message>
      <location filename="caseworker/domain/gift_aid.py" line="84" />
      <source>Gifts in kind carry no Gift Aid</source>
      <translation>Los donativos en especie no llevan Gift Aid</translation>
    </message>
    <message>
      <location filename="caseworker/domain/gift_aid.py" line="63" />
      <source>Gifts of the past 4 years and all future gifts</source>
      <translation>Donativos de los últimos 4 años y todos los donativos futuros</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/receipts.py" line="275" />
      <source>Gifts received in the {year} tax year ({first} to {last})</source>
      <translation>Donativos recibidos en el año fiscal {year} ({first} a {last})</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/receipts.py" line="142" />
      <source>Gifts received in {year}</source>
      <translation>Donativos recibidos en {year}</translation>
    </message>
    <message>
      <location filename="caseworker/domain/cases.py" line="219" />
      <source>Give a reason for reopening the case.</source>
      <translation>Indique un motivo para reabrir el caso.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/cases.py" line="217" />
      <source>Give a reason for the escalation.</source>
      <translation>Indique un motivo para el escalado.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/cases.py" line="253" />
      <source>Give a reason.</source>
      <translation>Indique un motivo.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/care.py" line="303" />
      <source>Give both ends of the client's best times, or neither.</source>
      <translation>Indique los dos extremos de las mejores horas del cliente, o ninguno.</translation>
    </message>
    <message>
      <location filename="caseworker/services/grants.py" line="263" />
      <source>Give the application a title.</source>
      <translation>Dé un título a la solicitud.</translation>
    </message>
    <message>
      <location filename="caseworker/services/aid.py" line="133" />
      <source>Give the fund a name.</source>
      <translation>Dé un nombre al fondo.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/meetings.py" line="206" />
      <source>Give the meeting a title.</source>
      <translation>Dé un título a la reunión.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/care.py" line="142" />
      <source>Give the task to a person or to a team, not both.</source>
      <translation>Asigne la tarea a una persona o a un equipo, no a ambos.</translation>
    </message>
    <message>
      <location filename="caseworker/services/accounts.py" line="104" />
      <source>Give the user at least one role.</source>
      <translation>Dé al usuario al menos un rol.</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/receipts.py" line="79" />
      <source>Given orally on {date}; we confirmed it to you by letter on {confirmed}.</source>
      <translation>Hecha de palabra el {date}; se la confirmamos por carta el {confirmed}.</translation>
    </message>
    <message>
      <location filename="caseworker/exports.py" line="94" />
      <location filename="caseworker/reports/documents/giving_statements.py" line="25" />
      <source>Giving statement</source>
      <translation>Certificado de donaciones</translation>
    </message>
    <message>
      <location filename="caseworker/domain/aid.py" line="55" />
      <source>Goods</source>
      <translation>Bienes</translation>
    </message>
    <message>
      <location filename="caseworker/domain/care.py" line="78" />
      <location filename="caseworker/reports/documents/grants.py" line="235" />
      <source>Grant</source>
      <translation>Subvención</translation>
    </message>
    <message>
      <location filename="caseworker/exports.py" line="88" />
      <location filename="caseworker/reports/documents/grants.py" line="40" />
      <source>Grant application summary</source>
      <translation>Resumen de la solicitud de subvención</translation>
    </message>
    <message>
      <location filename="caseworker/exports.py" line="99" />
      <location filename="caseworker/reports/documents/grant_outputs.py" line="37" />
      <source>Grant outputs</source>
      <translation>Resultados de la subvención</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/grants.py" line="226" />
      <source>Grant period</source>
      <translation>Periodo de la subvención</translation>
    </message>
    <message>
      <location filename="caseworker/services/grants.py" line="184" />
      <source>Grant period ends</source>
      <translation>Fin del periodo de la subvención</translation>
    </message>
    <message>
      <location filename="caseworker/exports.py" line="90" />
      <location filename="caseworker/reports/documents/grants.py" line="41" />
      <source>Grant report</source>
      <translation>Informe de la subvención</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/grants.py" line="145" />
      <source>Grant to date</source>
      <translation>Acumulado de la subvención</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/dashboard.py" line="365" />
      <location filename="caseworker/reports/documents/dashboard.py" line="377" />
      <source>Grants</source>
      <translation>Subvenciones</translation>
    </message>
    <message>
      <location filename="caseworker/services/touchpoints.py" line="574" />
      <source>Guard overridden by {name}</source>
      <translation>Control anulado por {name}</translation>
    </message>
    <message>
      <location filename="caseworker/services/case_timeline.py" line="163" />
      <source>Handed from {giver} to {taker}</source>
      <translation>Traspasado de {giver} a {taker}</translation>
    </message>
    <message>
      <location filename="caseworker/domain/cases.py" line="112" />
      <source>Handoff</source>
      <translation>Traspaso</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/case_summary.py" line="130" />
      <source>Handoffs</source>
      <translation>Traspasos</translation>
    </message>
    <message>
      <location filename="caseworker/domain/introductions.py" line="45" />
      <source>Hello,</source>
      <translation>Hola:</translation>
    </message>
    <message>
      <location filename="caseworker/domain/care.py" line="56" />
      <location filename="caseworker/domain/cases.py" line="70" />
      <source>High</source>
      <translation>Alta</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/gift_aid.py" line="73" />
      <source>House</source>
      <translation>Casa</translation>
    </message>
    <message>
      <location filename="caseworker/domain/imports.py" line="138" />
      <location filename="caseworker/ui/dialogs/merge_dialog.py" line="43" />
      <source>Household</source>
      <translation>Hogar</translation>
    </message>
    <message>
      <location filename="caseworker/domain/grant_targets.py" line="54" />
      <location filename="caseworker/domain/imports.py" line="196" />
      <location filename="caseworker/reports/documents/grant_outputs.py" line="69" />
      <source>Household size</source>
      <translation>Tamaño del hogar</translation>
    </message>
    <message>
      <location filename="caseworker/domain/templates.py" line="98" />
      <source>How a letter to them begins, e.g. Dear Ana</source>
      <translation>Cómo empieza una carta dirigida a esta persona, p. ej., Estimada Ana</translation>
    </message>
    <message>
      <location filename="caseworker/domain/templates.py" line="122" />
      <source>How a letter to them begins, e.g. Dear Sam</source>
      <translation>Cómo empieza una carta dirigida a esta persona, p. ej., Estimado Sam</translation>
    </message>
    <message>
      <location filename="caseworker/domain/introductions.py" line="53" />
      <source>How and when to reach them</source>
      <translation>Cómo y cuándo contactar con ellos</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/feedback_form.py" line="26" />
      <source>How did we do?</source>
      <translation>¿Qué tal lo hicimos?</translation>
    </message>
    <message>
      <location filename="caseworker/domain/care.py" line="437" />
      <location filename="caseworker/domain/care.py" line="440" />
      <source>How the client was treated is a score from 1 to 5.</source>
      <translation>El trato recibido por el cliente es una puntuación del 1 al 5.</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/receipts.py" line="72" />
      <source>I am a UK taxpayer and understand that if I pay less Income Tax and/or Capital Gains Tax than the amount of Gift Aid claimed on all my donations in that tax year it is my responsibility to pay any difference.</source>
      <translation>Soy contribuyente en el Reino Unido y entiendo que, si pago menos impuesto sobre la renta o sobre las ganancias de capital que el importe de Gift Aid reclamado sobre todas mis donaciones en ese año fiscal, es mi responsabilidad pagar la diferencia.</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/grants.py" line="198" />
      <source>I certify that this report is correct and that the grant was spent on the purposes for which {funder} awarded it to {organisation}.</source>
      <translation>Certifico que este informe es correcto y que la subvención se ha gastado en los fines para los que {funder} la concedió a {organisation}.</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/receipts.py" line="67" />
      <source>I want to Gift Aid any donations I make in the future or have made in the past 4 years to {charity}.</source>
      <translation>Quiero que se aplique Gift Aid a todas las donaciones que haga en el futuro o que haya hecho en los últimos 4 años a {charity}.</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/receipts.py" line="69" />
      <source>I want to Gift Aid any donations I make in the future to {charity}.</source>
      <translation>Quiero que se aplique Gift Aid a todas las donaciones que haga en el futuro a {charity}.</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/receipts.py" line="70" />
      <source>I want to Gift Aid my donation of {amount} to {charity}.</source>
      <translation>Quiero que se aplique Gift Aid a mi donación de {amount} a {charity}.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/introductions.py" line="56" />
      <source>If anything changes, or a time does not suit you, tell us: we will contact you the way and at the times you prefer.</source>
      <translation>Si algo cambia, o una hora no le conviene, díganoslo: contactaremos con usted de la forma y a las horas que prefiera.</translation>
    </message>
    <message>
      <location filename="caseworker/services/imports.py" line="111" />
      <source>Import clients</source>
      <translation>Importar clientes</translation>
    </message>
    <message>
      <location filename="caseworker/services/imports.py" line="109" />
      <source>Import donors</source>
      <translation>Importar donantes</translation>
    </message>
    <message>
      <location filename="caseworker/services/imports.py" line="110" />
      <source>Import gifts</source>
      <translation>Importar donativos</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/receipts.py" line="58" />
      <source>In exchange for this contribution, {organisation} provided: {description}. Our good-faith estimate of the value of these goods or services is {value}. The amount you may deduct is limited to the excess of your contribution over this value.</source>
      <translation>A cambio de esta contribución, {organisation} proporcionó: {description}. Nuestra estimación de buena fe del valor de estos bienes o servicios es {value}. El importe que puede deducir se limita a la parte de su contribución que supera este valor.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/gifts.py" line="57" />
      <source>In kind</source>
      <translation>En especie</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/giving_statements.py" line="102" />
      <source>In kind: {description}</source>
      <translation>En especie: {description}</translation>
    </message>
    <message>
      <source>In person</source>
      <translation type="obsolete">En persona</translation>
    </message>
    <message>
      <location filename="caseworker/domain/cases.py" line="37" />
      <source>In progress</source>
      <translation>En curso</translation>
    </message>
    <message>
      <location filename="caseworker/domain/gift_aid.py" line="67" />
      <source>In writing</source>
      <translation>Por escrito</translation>
    </message>
    <message>
      <location filename="caseworker/domain/org.py" line="49" />
      <source>India</source>
      <translation>India</translation>
    </message>
    <message>
      <location filename="caseworker/domain/donors.py" line="62" />
      <source>Individual</source>
      <translation>Persona</translation>
    </message>
    <message>
      <location filename="caseworker/domain/imports.py" line="110" />
      <source>Individual or organisation</source>
      <translation>Persona u organización</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/merge_dialog.py" line="49" />
      <source>Interpreter language</source>
      <translation>Idioma del intérprete</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/merge_dialog.py" line="48" />
      <source>Interpreter needed</source>
      <translation>Necesita intérprete</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/case_summary.py" line="77" />
      <source>Interpreter needed: {language}</source>
      <translation>Necesita intérprete: {language}</translation>
    </message>
    <message>
      <location filename="caseworker/exports.py" line="101" />
      <source>Introduction letter</source>
      <translation>Carta de presentación</translation>
    </message>
    <message>
      <location filename="caseworker/domain/templates.py" line="77" />
      <source>Invitation</source>
      <translation>Invitación</translation>
    </message>
    <message>
      <location filename="caseworker/domain/meetings.py" line="42" />
      <location filename="caseworker/reports/documents/meetings.py" line="103" />
      <source>Invited</source>
      <translation>Invitado</translation>
    </message>
    <message>
      <location filename="caseworker/domain/org.py" line="50" />
      <source>Ireland</source>
      <translation>Irlanda</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/receipts.py" line="115" />
      <source>Issued {date}</source>
      <translation>Emitido el {date}</translation>
    </message>
    <message>
      <location filename="caseworker/domain/org.py" line="51" />
      <source>Italy</source>
      <translation>Italia</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/gift_aid.py" line="72" />
      <location filename="caseworker/reports/documents/grants.py" line="86" />
      <location filename="caseworker/reports/documents/meetings.py" line="149" />
      <source>Item</source>
      <translation>Elemento</translation>
    </message>
    <message>
      <location filename="caseworker/domain/templates.py" line="145" />
      <source>Its address, one line each</source>
      <translation>Su dirección, una línea por campo</translation>
    </message>
    <message>
      <location filename="caseworker/domain/templates.py" line="110" />
      <source>Its receipt number (empty when none)</source>
      <translation>Su número de recibo (vacío si no tiene)</translation>
    </message>
    <message>
      <location filename="caseworker/domain/templates.py" line="146" />
      <source>Its registration number</source>
      <translation>Su número de registro</translation>
    </message>
    <message>
      <location filename="caseworker/reports/formatting.py" line="31" />
      <source>Jan</source>
      <translation>ene</translation>
    </message>
    <message>
      <location filename="caseworker/reports/formatting.py" line="32" />
      <source>Jul</source>
      <translation>jul</translation>
    </message>
    <message>
      <location filename="caseworker/reports/formatting.py" line="31" />
      <source>Jun</source>
      <translation>jun</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/grants.py" line="83" />
      <source>Key dates</source>
      <translation>Fechas clave</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/merge_dialog.py" line="47" />
      <source>Key worker</source>
      <translation>Profesional de referencia</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/aid_statement.py" line="89" />
      <location filename="caseworker/ui/dialogs/merge_dialog.py" line="39" />
      <source>Kind</source>
      <translation>Tipo</translation>
    </message>
    <message>
      <location filename="caseworker/domain/grant_targets.py" line="51" />
      <location filename="caseworker/domain/imports.py" line="191" />
      <location filename="caseworker/ui/dialogs/merge_dialog.py" line="46" />
      <source>Language</source>
      <translation>Idioma</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/grant_outputs.py" line="68" />
      <source>Languages</source>
      <translation>Idiomas</translation>
    </message>
    <message>
      <location filename="caseworker/domain/donors.py" line="56" />
      <source>Lapsed</source>
      <translation>Inactivo</translation>
    </message>
    <message>
      <location filename="caseworker/domain/imports.py" line="116" />
      <location filename="caseworker/domain/imports.py" line="182" />
      <location filename="caseworker/domain/templates.py" line="97" />
      <source>Last name</source>
      <translation>Apellidos</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/meetings.py" line="151" />
      <source>Led by</source>
      <translation>Dirigida por</translation>
    </message>
    <message>
      <location filename="caseworker/domain/cases.py" line="115" />
      <location filename="caseworker/domain/templates.py" line="84" />
      <location filename="caseworker/reports/documents/letters.py" line="97" />
      <source>Letter</source>
      <translation>Carta</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/letters.py" line="53" />
      <source>Letters</source>
      <translation>Cartas</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/case_summary.py" line="138" />
      <source>Level</source>
      <translation>Nivel</translation>
    </message>
    <message>
      <location filename="caseworker/services/spreadsheets.py" line="150" />
      <source>Line {line} cannot be read: {detail}.</source>
      <translation>No se puede leer la línea {line}: {detail}.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/care.py" line="54" />
      <location filename="caseworker/domain/cases.py" line="68" />
      <source>Low</source>
      <translation>Baja</translation>
    </message>
    <message>
      <location filename="caseworker/ui/backups_page.py" line="35" />
      <source>Made by hand</source>
      <translation>Hecho a mano</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/receipts.py" line="77" />
      <source>Made in writing on {date}.</source>
      <translation>Hecha por escrito el {date}.</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/receipts.py" line="78" />
      <source>Made online on {date}.</source>
      <translation>Hecha en línea el {date}.</translation>
    </message>
    <message>
      <location filename="caseworker/reports/base.py" line="71" />
      <source>Made {when} by {who}</source>
      <translation>Hecho el {when} por {who}</translation>
    </message>
    <message>
      <location filename="caseworker/domain/donors.py" line="53" />
      <source>Major</source>
      <translation>Principal</translation>
    </message>
    <message>
      <location filename="caseworker/domain/clients.py" line="300" />
      <source>Man</source>
      <translation>Hombre</translation>
    </message>
    <message>
      <location filename="caseworker/domain/permissions.py" line="29" />
      <source>Manager</source>
      <translation>Responsable</translation>
    </message>
    <message>
      <location filename="caseworker/domain/imports.py" line="323" />
      <source>Map a column to {fields}.</source>
      <translation>Asigne una columna a {fields}.</translation>
    </message>
    <message>
      <location filename="caseworker/reports/formatting.py" line="31" />
      <source>Mar</source>
      <translation>mar</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/merge_dialog.py" line="43" />
      <source>Marketing consent</source>
      <translation>Consentimiento de marketing</translation>
    </message>
    <message>
      <location filename="caseworker/reports/formatting.py" line="31" />
      <source>May</source>
      <translation>may</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/dashboard.py" line="311" />
      <source>Mean satisfaction (1 to 5)</source>
      <translation>Satisfacción media (de 1 a 5)</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/dashboard.py" line="316" />
      <location filename="caseworker/reports/documents/grants.py" line="143" />
      <source>Measure</source>
      <translation>Medida</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/dashboard.py" line="258" />
      <source>Median business days to resolve</source>
      <translation>Mediana de días hábiles hasta la resolución</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/dashboard.py" line="271" />
      <source>Median days</source>
      <translation>Mediana de días</translation>
    </message>
    <message>
      <location filename="caseworker/domain/care.py" line="79" />
      <location filename="caseworker/reports/documents/meetings.py" line="84" />
      <source>Meeting</source>
      <translation>Reunión</translation>
    </message>
    <message>
      <location filename="caseworker/services/touchpoints.py" line="590" />
      <source>Meeting: {title}</source>
      <translation>Reunión: {title}</translation>
    </message>
    <message>
      <location filename="caseworker/exports.py" line="446" />
      <source>Meetings</source>
      <translation>Reuniones</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/import_wizard.py" line="61" />
      <source>Merge into the existing record</source>
      <translation>Fusionar con el registro existente</translation>
    </message>
    <message>
      <location filename="caseworker/domain/cases.py" line="110" />
      <location filename="caseworker/services/case_timeline.py" line="173" />
      <source>Message</source>
      <translation>Mensaje</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/grants.py" line="268" />
      <source>Met {date}</source>
      <translation>Cumplido el {date}</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/grants.py" line="268" />
      <source>Met {date} (late)</source>
      <translation>Cumplido el {date} (con retraso)</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/giving_statements.py" line="92" />
      <source>Method</source>
      <translation>Método</translation>
    </message>
    <message>
      <location filename="caseworker/exports.py" line="92" />
      <location filename="caseworker/reports/documents/meetings.py" line="31" />
      <location filename="caseworker/reports/documents/meetings.py" line="153" />
      <source>Minutes</source>
      <translation>Acta</translation>
    </message>
    <message>
      <location filename="caseworker/services/meeting_minutes.py" line="41" />
      <source>Minutes belong to one occurrence: open the occurrence first.</source>
      <translation>Las actas pertenecen a una repetición: abra primero la repetición.</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/meetings.py" line="92" />
      <source>Minutes by</source>
      <translation>Acta redactada por</translation>
    </message>
    <message>
      <location filename="caseworker/domain/guard.py" line="137" />
      <location filename="caseworker/domain/recurrence.py" line="141" />
      <source>Monday</source>
      <translation>Lunes</translation>
    </message>
    <message>
      <location filename="caseworker/domain/service_quality.py" line="51" />
      <location filename="caseworker/reports/documents/dashboard.py" line="267" />
      <source>Month</source>
      <translation>Mes</translation>
    </message>
    <message>
      <location filename="caseworker/domain/imports.py" line="260" />
      <source>Month/day/year (12/31/2025)</source>
      <translation>Mes/día/año (12/31/2025)</translation>
    </message>
    <message>
      <location filename="caseworker/domain/gifts.py" line="85" />
      <source>Monthly</source>
      <translation>Mensual</translation>
    </message>
    <message>
      <location filename="caseworker/domain/imports.py" line="319" />
      <source>More than one column is mapped to {fields}.</source>
      <translation>Hay más de una columna asignada a {fields}.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/introductions.py" line="51" />
      <location filename="caseworker/reports/documents/grants.py" line="202" />
      <source>Name</source>
      <translation>Nombre</translation>
    </message>
    <message>
      <location filename="caseworker/domain/templates.py" line="147" />
      <source>Name and address as one block</source>
      <translation>Nombre y dirección en un solo bloque</translation>
    </message>
    <message>
      <location filename="caseworker/domain/clients.py" line="570" />
      <source>Name the agency.</source>
      <translation>Indique el organismo.</translation>
    </message>
    <message>
      <location filename="caseworker/services/grants.py" line="490" />
      <source>Name the budget category.</source>
      <translation>Indique la categoría presupuestaria.</translation>
    </message>
    <message>
      <location filename="caseworker/services/grants.py" line="462" />
      <source>Name the document.</source>
      <translation>Indique el documento.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/grant_targets.py" line="135" />
      <source>Name the outcome (row {row}).</source>
      <translation>Indique el nombre del resultado (fila {row}).</translation>
    </message>
    <message>
      <location filename="caseworker/services/aid.py" line="161" />
      <source>Name the third party who is paid (e.g. the landlord).</source>
      <translation>Indique el tercero que cobra (p. ej., el casero).</translation>
    </message>
    <message>
      <location filename="caseworker/exports.py" line="158" />
      <source>Name the {record} to print.</source>
      <translation>Indique el {record} que se va a imprimir.</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/grants.py" line="125" />
      <source>Narrative</source>
      <translation>Memoria</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/merge_dialog.py" line="49" />
      <source>Needs</source>
      <translation>Necesidades</translation>
    </message>
    <message>
      <location filename="caseworker/domain/org.py" line="52" />
      <source>Netherlands</source>
      <translation>Países Bajos</translation>
    </message>
    <message>
      <location filename="caseworker/domain/cases.py" line="35" />
      <location filename="caseworker/domain/donors.py" line="55" />
      <source>New</source>
      <translation>Nuevo</translation>
    </message>
    <message>
      <location filename="caseworker/domain/org.py" line="53" />
      <source>New Zealand</source>
      <translation>Nueva Zelanda</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/grant_outputs.py" line="56" />
      <source>New people served</source>
      <translation>Personas nuevas atendidas</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/meetings.py" line="188" />
      <source>Next meeting</source>
      <translation>Próxima reunión</translation>
    </message>
    <message>
      <location filename="caseworker/domain/cases.py" line="86" />
      <source>No</source>
      <translation>No</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/receipts.py" line="239" />
      <source>No Gift Aid</source>
      <translation>Sin Gift Aid</translation>
    </message>
    <message>
      <location filename="caseworker/domain/gift_aid.py" line="83" />
      <source>No Gift Aid declaration covers this gift</source>
      <translation>Ninguna declaración de Gift Aid cubre este donativo</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/meetings.py" line="165" />
      <source>No agenda items yet.</source>
      <translation>Aún no hay puntos en el orden del día.</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/aid_statement.py" line="74" />
      <location filename="caseworker/reports/documents/dashboard.py" line="329" />
      <source>No aid was given in this period.</source>
      <translation>No se concedieron ayudas en este periodo.</translation>
    </message>
    <message>
      <location filename="caseworker/services/protection.py" line="291" />
      <source>No backup passed its check: {reason}</source>
      <translation>Ninguna copia de seguridad superó su comprobación: {reason}</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/dashboard.py" line="260" />
      <source>No case was resolved in this period, so there is no time to resolve to show.</source>
      <translation>No se resolvió ningún caso en este periodo, así que no hay tiempo de resolución que mostrar.</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/dashboard.py" line="298" />
      <source>No case was resolved in this period.</source>
      <translation>No se resolvió ningún caso en este periodo.</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/dashboard.py" line="214" />
      <source>No cases were opened, resolved or escalated in this period.</source>
      <translation>No se abrió, resolvió ni escaló ningún caso en este periodo.</translation>
    </message>
    <message>
      <location filename="caseworker/db/location.py" line="39" />
      <source>No database location was given.</source>
      <translation>No se indicó ninguna ubicación de base de datos.</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/meetings.py" line="184" />
      <source>No decisions were recorded.</source>
      <translation>No se registraron decisiones.</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/meetings.py" line="178" />
      <source>No discussion recorded.</source>
      <translation>No se registró ningún debate.</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/gift_aid.py" line="83" />
      <source>No donation in this period can be claimed.</source>
      <translation>No se puede reclamar ninguna donación de este periodo.</translation>
    </message>
    <message>
      <location filename="caseworker/services/imports.py" line="786" />
      <source>No donor has the e-mail '{value}'.</source>
      <translation>Ningún donante tiene el correo electrónico «{value}».</translation>
    </message>
    <message>
      <location filename="caseworker/services/imports.py" line="771" />
      <source>No donor has the external id '{value}'.</source>
      <translation>Ningún donante tiene el id. externo «{value}».</translation>
    </message>
    <message>
      <location filename="caseworker/services/imports.py" line="797" />
      <source>No donor of this name{where} was found.</source>
      <translation>No se encontró ningún donante con este nombre{where}.</translation>
    </message>
    <message>
      <location filename="caseworker/exports.py" line="360" />
      <source>No donor who gave in {year} can be sent a statement.</source>
      <translation>No se puede enviar un certificado a ningún donante que donara en {year}.</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/dashboard.py" line="392" />
      <source>No donors in this period.</source>
      <translation>No hay donantes en este periodo.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/neglect.py" line="66" />
      <source>No gifts yet</source>
      <translation>Aún no hay donativos</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/receipts.py" line="57" />
      <source>No goods or services were provided in exchange for this contribution.</source>
      <translation>No se proporcionaron bienes ni servicios a cambio de esta contribución.</translation>
    </message>
    <message>
      <location filename="caseworker/correspondence.py" line="69" />
      <source>No mail server is set up: a manager enters it in Settings.</source>
      <translation>No hay ningún servidor de correo configurado: un responsable lo indica en Configuración.</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/grants.py" line="131" />
      <source>No narrative has been written for this grant.</source>
      <translation>No se ha redactado ninguna memoria para esta subvención.</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/case_summary.py" line="151" />
      <source>No notes on this case.</source>
      <translation>No hay notas en este caso.</translation>
    </message>
    <message>
      <location filename="caseworker/outputs.py" line="84" />
      <source>No output file was named.</source>
      <translation>No se indicó ningún archivo de salida.</translation>
    </message>
    <message>
      <location filename="caseworker/services/paperwork.py" line="87" />
      <source>No postal address</source>
      <translation>Sin dirección postal</translation>
    </message>
    <message>
      <location filename="caseworker/domain/channels.py" line="57" />
      <source>No preference</source>
      <translation>Sin preferencia</translation>
    </message>
    <message>
      <location filename="caseworker/domain/care.py" line="74" />
      <source>No record</source>
      <translation>Sin registro</translation>
    </message>
    <message>
      <location filename="caseworker/services/grant_reports.py" line="59" />
      <source>No report of this grant is due on {day}.</source>
      <translation>Ningún informe de esta subvención vence el {day}.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/clients.py" line="68" />
      <source>No response</source>
      <translation>Sin respuesta</translation>
    </message>
    <message>
      <location filename="caseworker/services/service_quality.py" line="429" />
      <source>No team</source>
      <translation>Sin equipo</translation>
    </message>
    <message>
      <location filename="caseworker/services/mail.py" line="563" />
      <source>No thank-you template fits gift {gift}.</source>
      <translation>Ninguna plantilla de agradecimiento sirve para el donativo {gift}.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/guard.py" line="604" />
      <source>No {channel} contact between {start} and {end}, the supporter's local time.</source>
      <translation>Ningún contacto por {channel} entre {start} y {end}, hora local del donante.</translation>
    </message>
    <message>
      <location filename="caseworker/services/organigram.py" line="296" />
      <source>Nobody else can take cases: choose who takes them.</source>
      <translation>Nadie más puede hacerse cargo de casos: elija quién se hace cargo.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/routing.py" line="74" />
      <source>Nobody is available to take cases: ask a manager to add caseworkers.</source>
      <translation>No hay nadie disponible para hacerse cargo de casos: pida a un responsable que añada gestores de casos.</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/grant_outputs.py" line="71" />
      <location filename="caseworker/reports/documents/grants.py" line="161" />
      <source>Nobody was served in this period.</source>
      <translation>No se atendió a nadie en este periodo.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/clients.py" line="300" />
      <source>Non-binary</source>
      <translation>No binario</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/meetings.py" line="126" />
      <location filename="caseworker/reports/documents/receipts.py" line="242" />
      <location filename="caseworker/services/service_quality.py" line="430" />
      <source>None</source>
      <translation>Ninguno</translation>
    </message>
    <message>
      <location filename="caseworker/services/receipts.py" line="136" />
      <source>None of the gifts on receipt {number} still stands: void it instead.</source>
      <translation>Ninguno de los donativos del recibo {number} sigue vigente: anúlelo en su lugar.</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/grants.py" line="120" />
      <source>None yet.</source>
      <translation>Ninguno todavía.</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/grants.py" line="124" />
      <source>None.</source>
      <translation>Ninguno.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/care.py" line="55" />
      <location filename="caseworker/domain/cases.py" line="69" />
      <source>Normal</source>
      <translation>Normal</translation>
    </message>
    <message>
      <location filename="caseworker/domain/org.py" line="54" />
      <source>Norway</source>
      <translation>Noruega</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/dashboard.py" line="310" />
      <source>Not acceptable</source>
      <translation>No aceptable</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/case_summary.py" line="166" />
      <source>Not asked</source>
      <translation>No se preguntó</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/case_summary.py" line="90" />
      <source>Not assigned</source>
      <translation>Sin asignar</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/grants.py" line="223" />
      <source>Not decided</source>
      <translation>Sin decidir</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/grant_outputs.py" line="84" />
      <source>Not recorded in client records, so not reported: {what}.</source>
      <translation>No consta en los registros de clientes, así que no se informa: {what}.</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/grants.py" line="87" />
      <source>Not yet</source>
      <translation>Aún no</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/meetings.py" line="190" />
      <source>Not yet arranged.</source>
      <translation>Aún no se ha organizado.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/cases.py" line="107" />
      <location filename="caseworker/reports/documents/case_summary.py" line="105" />
      <location filename="caseworker/reports/documents/case_summary.py" line="122" />
      <source>Note</source>
      <translation>Nota</translation>
    </message>
    <message>
      <location filename="caseworker/domain/imports.py" line="143" />
      <location filename="caseworker/domain/imports.py" line="175" />
      <location filename="caseworker/domain/imports.py" line="198" />
      <source>Notes</source>
      <translation>Notas</translation>
    </message>
    <message>
      <location filename="caseworker/domain/mail.py" line="177" />
      <source>Nothing answers at {host}:{port}: the mail server is down or the port is wrong.</source>
      <translation>Nada responde en {host}:{port}: el servidor de correo no funciona o el puerto es incorrecto.</translation>
    </message>
    <message>
      <location filename="caseworker/exports.py" line="178" />
      <source>Nothing has been recorded for this meeting (attendance, discussion, decisions or actions): record the minutes first, or print its agenda.</source>
      <translation>No se ha registrado nada para esta reunión (asistencia, debate, decisiones ni tareas): registre primero el acta, o imprima su orden del día.</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/person_data.py" line="59" />
      <source>Nothing held.</source>
      <translation>No se guarda nada.</translation>
    </message>
    <message>
      <location filename="caseworker/services/receipts.py" line="237" />
      <source>Nothing here can be receipted: the donor received as much as they gave.</source>
      <translation>Aquí no hay nada que incluir en un recibo: el donante recibió tanto como dio.</translation>
    </message>
    <message>
      <location filename="caseworker/reports/formatting.py" line="32" />
      <source>Nov</source>
      <translation>nov</translation>
    </message>
    <message>
      <location filename="caseworker/domain/templates.py" line="102" />
      <source>Number of gifts so far</source>
      <translation>Número de donativos hasta ahora</translation>
    </message>
    <message>
      <location filename="caseworker/reports/formatting.py" line="32" />
      <source>Oct</source>
      <translation>oct</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/grants.py" line="146" />
      <source>Of target</source>
      <translation>Del objetivo</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/receipts.py" line="49" />
      <source>Official receipt for income tax purposes</source>
      <translation>Recibo oficial a efectos del impuesto sobre la renta</translation>
    </message>
    <message>
      <location filename="caseworker/services/meetings.py" line="181" />
      <source>One occurrence of a series cannot become a series of its own.</source>
      <translation>Una repetición de una serie no puede convertirse en una serie propia.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/gift_aid.py" line="69" />
      <location filename="caseworker/domain/gifts.py" line="56" />
      <location filename="caseworker/reports/documents/meetings.py" line="88" />
      <source>Online</source>
      <translation>En línea</translation>
    </message>
    <message>
      <location filename="caseworker/db/backup.py" line="168" />
      <source>Only a database file can be backed up here.</source>
      <translation>Aquí solo se puede hacer copia de seguridad de un archivo de base de datos.</translation>
    </message>
    <message>
      <location filename="caseworker/db/database.py" line="144" />
      <source>Only a database server has roles to connect as.</source>
      <translation>Solo un servidor de base de datos tiene roles con los que conectarse.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/templates.py" line="359" />
      <source>Only a donor's message can carry a receipt.</source>
      <translation>Solo un mensaje a un donante puede llevar un recibo.</translation>
    </message>
    <message>
      <location filename="caseworker/services/mail.py" line="984" />
      <source>Only a failed message can be tried again.</source>
      <translation>Solo se puede reintentar un mensaje fallido.</translation>
    </message>
    <message>
      <location filename="caseworker/services/gift_aid.py" line="139" />
      <source>Only a person can make a Gift Aid declaration, not an organisation.</source>
      <translation>Solo una persona puede hacer una declaración de Gift Aid, no una organización.</translation>
    </message>
    <message>
      <location filename="caseworker/services/touchpoints.py" line="449" />
      <source>Only a planned contact can be cancelled.</source>
      <translation>Solo se puede cancelar un contacto planificado.</translation>
    </message>
    <message>
      <location filename="caseworker/services/touchpoints.py" line="429" />
      <source>Only a planned contact can be marked done.</source>
      <translation>Solo se puede marcar como hecho un contacto planificado.</translation>
    </message>
    <message>
      <location filename="caseworker/services/touchpoints.py" line="400" />
      <source>Only a planned contact can be moved.</source>
      <translation>Solo se puede mover un contacto planificado.</translation>
    </message>
    <message>
      <location filename="caseworker/services/cases.py" line="252" />
      <source>Only a resolved or closed case can be reopened.</source>
      <translation>Solo se puede reabrir un caso resuelto o cerrado.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/care.py" line="166" />
      <source>Only a task on a client plans a contact with them.</source>
      <translation>Solo una tarea sobre un cliente planifica un contacto con él.</translation>
    </message>
    <message>
      <location filename="caseworker/services/gifts.py" line="272" />
      <source>Only an active schedule can be cancelled.</source>
      <translation>Solo se puede cancelar un calendario activo.</translation>
    </message>
    <message>
      <location filename="caseworker/db/rotate.py" line="48" />
      <source>Only an encrypted database file has a key to change.</source>
      <translation>Solo un archivo de base de datos cifrado tiene una clave que cambiar.</translation>
    </message>
    <message>
      <location filename="caseworker/services/protection.py" line="214" />
      <source>Only an encrypted database file has keys to give each kind of record.</source>
      <translation>Solo un archivo de base de datos cifrado tiene claves que dar a cada tipo de registro.</translation>
    </message>
    <message>
      <location filename="caseworker/services/protection.py" line="63" />
      <source>Only an encrypted database file has keys to rotate.</source>
      <translation>Solo un archivo de base de datos cifrado tiene claves que rotar.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/imports.py" line="258" />
      <source>Only dates that cannot be misread</source>
      <translation>Solo fechas que no se puedan malinterpretar</translation>
    </message>
    <message>
      <location filename="caseworker/services/case_timeline.py" line="73" />
      <source>Only notes, calls and visits can be edited; workflow steps cannot.</source>
      <translation>Solo se pueden editar notas, llamadas y visitas; los pasos del flujo de trabajo no.</translation>
    </message>
    <message>
      <location filename="caseworker/db/backup.py" line="103" />
      <source>Only someone who can read every part of the database can back it up.</source>
      <translation>Solo quien puede leer todas las partes de la base de datos puede hacer una copia de seguridad.</translation>
    </message>
    <message>
      <location filename="caseworker/services/grants.py" line="398" />
      <source>Only staff who may read client records can apply for a client.</source>
      <translation>Solo el personal que puede leer los registros de clientes puede solicitar para un cliente.</translation>
    </message>
    <message>
      <location filename="caseworker/services/grants.py" line="416" />
      <source>Only staff who may read client records can change the applicant.</source>
      <translation>Solo el personal que puede leer los registros de clientes puede cambiar el solicitante.</translation>
    </message>
    <message>
      <location filename="caseworker/services/case_timeline.py" line="75" />
      <source>Only the author or a manager can edit this note.</source>
      <translation>Solo el autor o un responsable puede editar esta nota.</translation>
    </message>
    <message>
      <location filename="caseworker/services/case_handoffs.py" line="60" />
      <source>Only the case's worker or a manager can hand it off.</source>
      <translation>Solo el profesional del caso o un responsable puede traspasarlo.</translation>
    </message>
    <message>
      <location filename="caseworker/services/case_handoffs.py" line="172" />
      <source>Only the worker the case was handed to can accept or return it.</source>
      <translation>Solo el profesional al que se traspasó el caso puede aceptarlo o devolverlo.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/grants.py" line="152" />
      <source>Only {remaining} is left on the line '{category}'.</source>
      <translation>Solo quedan {remaining} en la partida «{category}».</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/meetings.py" line="234" />
      <source>Open</source>
      <translation>Abierto</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/meetings.py" line="166" />
      <source>Open actions from earlier meetings</source>
      <translation>Tareas abiertas de reuniones anteriores</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/dashboard.py" line="313" />
      <source>Open now</source>
      <translation>Abiertos ahora</translation>
    </message>
    <message>
      <location filename="caseworker/domain/service_quality.py" line="320" />
      <location filename="caseworker/reports/documents/case_summary.py" line="91" />
      <location filename="caseworker/reports/documents/dashboard.py" line="268" />
      <source>Opened</source>
      <translation>Abierto</translation>
    </message>
    <message>
      <location filename="caseworker/domain/gift_aid.py" line="68" />
      <source>Orally, confirmed by letter</source>
      <translation>De palabra, confirmada por carta</translation>
    </message>
    <message>
      <location filename="caseworker/domain/donors.py" line="63" />
      <location filename="caseworker/domain/imports.py" line="118" />
      <location filename="caseworker/services/donors.py" line="538" />
      <source>Organisation</source>
      <translation>Organización</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/policy_dialog.py" line="45" />
      <source>Organisation blackouts</source>
      <translation>Bloqueos de la organización</translation>
    </message>
    <message>
      <location filename="caseworker/domain/gifts.py" line="59" />
      <location filename="caseworker/domain/templates.py" line="79" />
      <source>Other</source>
      <translation>Otro</translation>
    </message>
    <message>
      <location filename="caseworker/domain/introductions.py" line="49" />
      <source>Our team is looking after {reference} ({title}).</source>
      <translation>Nuestro equipo se ocupa de {reference} ({title}).</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/case_summary.py" line="178" />
      <source>Outcome</source>
      <translation>Resultado</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/dashboard.py" line="308" />
      <source>Outcome acceptable to the client</source>
      <translation>Resultado aceptable para el cliente</translation>
    </message>
    <message>
      <location filename="caseworker/domain/templates.py" line="133" />
      <source>Outcome, once resolved</source>
      <translation>Resultado, una vez resuelto</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/grants.py" line="104" />
      <source>Output</source>
      <translation>Resultado</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/grants.py" line="141" />
      <source>Outputs and outcomes against targets</source>
      <translation>Realizaciones y resultados frente a los objetivos</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/grants.py" line="154" />
      <source>Outputs are counted from the organisation's casework and aid records for the period; outcomes are as the organisation recorded them. Targets are for the whole grant.</source>
      <translation>Las realizaciones se cuentan a partir de los registros de casos y ayudas de la organización para el periodo; los resultados son los que registró la organización. Los objetivos son para toda la subvención.</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/grants.py" line="103" />
      <source>Outputs this period</source>
      <translation>Resultados de este periodo</translation>
    </message>
    <message>
      <location filename="caseworker/domain/aid.py" line="133" />
      <source>Over the client's cap: {fund} gives at most {cap} {window}; this client already has {total}, so at most {remaining} more can be given.</source>
      <translation>Por encima del límite del cliente: {fund} concede como máximo {cap} {window}; este cliente ya tiene {total}, así que como máximo se pueden conceder {remaining} más.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/aid.py" line="140" />
      <source>Over the fund's budget: {fund} has {budget} for this period, {committed} is already committed, so at most {remaining} is left.</source>
      <translation>Por encima del presupuesto del fondo: {fund} tiene {budget} para este periodo, {committed} ya está comprometido, así que quedan como máximo {remaining}.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/grant_reports.py" line="27" />
      <location filename="caseworker/reports/documents/grants.py" line="270" />
      <location filename="caseworker/reports/documents/grants.py" line="122" />
      <source>Overdue</source>
      <translation>Atrasado</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/dashboard.py" line="314" />
      <source>Overdue now</source>
      <translation>Atrasados ahora</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/meetings.py" line="226" />
      <source>Owner</source>
      <translation>Responsable</translation>
    </message>
    <message>
      <location filename="caseworker/reports/base.py" line="69" />
      <source>Page {page} of {pages}</source>
      <translation>Página {page} de {pages}</translation>
    </message>
    <message>
      <location filename="caseworker/domain/aid.py" line="58" />
      <source>Paid</source>
      <translation>Pagado</translation>
    </message>
    <message>
      <location filename="caseworker/domain/cases.py" line="85" />
      <source>Partly</source>
      <translation>En parte</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/dashboard.py" line="309" />
      <source>Partly acceptable</source>
      <translation>Aceptable en parte</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/aid_statement.py" line="90" />
      <source>Payee</source>
      <translation>Beneficiario del pago</translation>
    </message>
    <message>
      <location filename="caseworker/domain/imports.py" line="170" />
      <source>Payment method</source>
      <translation>Método de pago</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/grant_outputs.py" line="80" />
      <source>Payments</source>
      <translation>Pagos</translation>
    </message>
    <message>
      <location filename="caseworker/reports/labels.py" line="16" />
      <source>Pending</source>
      <translation>Pendiente</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/grant_outputs.py" line="73" />
      <location filename="caseworker/reports/documents/grants.py" line="163" />
      <source>People</source>
      <translation>Personas</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/grants.py" line="106" />
      <source>People helped with aid paid from this grant</source>
      <translation>Personas ayudadas con ayudas pagadas con esta subvención</translation>
    </message>
    <message>
      <location filename="caseworker/domain/grant_targets.py" line="35" />
      <source>People new to us</source>
      <translation>Personas que acuden por primera vez</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/grant_outputs.py" line="63" />
      <source>People reached through its spending</source>
      <translation>Personas alcanzadas con sus gastos</translation>
    </message>
    <message>
      <location filename="caseworker/domain/grant_targets.py" line="34" />
      <location filename="caseworker/reports/documents/grant_outputs.py" line="55" />
      <source>People served</source>
      <translation>Personas atendidas</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/grants.py" line="158" />
      <source>People served this period by {what}</source>
      <translation>Personas atendidas en este periodo por {what}</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/aid_statement.py" line="70" />
      <source>Period</source>
      <translation>Periodo</translation>
    </message>
    <message>
      <location filename="caseworker/domain/imports.py" line="123" />
      <location filename="caseworker/domain/imports.py" line="186" />
      <location filename="caseworker/ui/dialogs/merge_dialog.py" line="40" />
      <source>Phone</source>
      <translation>Teléfono</translation>
    </message>
    <message>
      <source>Phone call</source>
      <translation type="obsolete">Llamada telefónica</translation>
    </message>
    <message>
      <location filename="caseworker/domain/clients.py" line="52" />
      <source>Photographs</source>
      <translation>Fotografías</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/meetings.py" line="86" />
      <source>Place</source>
      <translation>Lugar</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/receipts.py" line="186" />
      <source>Place of issue</source>
      <translation>Lugar de emisión</translation>
    </message>
    <message>
      <location filename="caseworker/services/touchpoints.py" line="580" />
      <source>Planned {channel} ({purpose})</source>
      <translation>{channel} planificado ({purpose})</translation>
    </message>
    <message>
      <location filename="caseworker/services/planning.py" line="57" />
      <source>Planning was cancelled; nothing was scheduled.</source>
      <translation>Se canceló la planificación; no se programó nada.</translation>
    </message>
    <message>
      <location filename="caseworker/services/touchpoints.py" line="94" />
      <source>Please confirm this contact: {reasons}</source>
      <translation>Confirme este contacto: {reasons}</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/receipts.py" line="64" />
      <source>Please keep this receipt for your tax records.</source>
      <translation>Conserve este recibo para su documentación fiscal.</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/receipts.py" line="88" />
      <source>Please tell us if you want to cancel your declaration, change your name or home address, or no longer pay sufficient tax on your income and/or capital gains.</source>
      <translation>Díganos si quiere cancelar su declaración, cambiar su nombre o domicilio, o si ya no paga suficientes impuestos sobre sus ingresos o sus ganancias de capital.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/org.py" line="55" />
      <source>Portugal</source>
      <translation>Portugal</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/grants.py" line="202" />
      <source>Position</source>
      <translation>Cargo</translation>
    </message>
    <message>
      <source>Post</source>
      <translation type="obsolete">Correo postal</translation>
    </message>
    <message>
      <location filename="caseworker/domain/templates.py" line="101" />
      <location filename="caseworker/domain/templates.py" line="123" />
      <source>Postal address, one line each</source>
      <translation>Dirección postal, una línea por campo</translation>
    </message>
    <message>
      <location filename="caseworker/domain/imports.py" line="135" />
      <location filename="caseworker/domain/imports.py" line="190" />
      <location filename="caseworker/reports/documents/gift_aid.py" line="74" />
      <source>Postcode</source>
      <translation>Código postal</translation>
    </message>
    <message>
      <location filename="caseworker/domain/imports.py" line="192" />
      <source>Preferred contact</source>
      <translation>Contacto preferido</translation>
    </message>
    <message>
      <location filename="caseworker/domain/templates.py" line="124" />
      <source>Preferred language</source>
      <translation>Idioma preferido</translation>
    </message>
    <message>
      <location filename="caseworker/domain/imports.py" line="183" />
      <location filename="caseworker/ui/dialogs/merge_dialog.py" line="45" />
      <source>Preferred name</source>
      <translation>Nombre preferido</translation>
    </message>
    <message>
      <location filename="caseworker/domain/clients.py" line="300" />
      <source>Prefers not to say</source>
      <translation>Prefiere no decirlo</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/meetings.py" line="121" />
      <source>Present</source>
      <translation>Presente</translation>
    </message>
    <message>
      <location filename="caseworker/domain/mail.py" line="50" />
      <source>Printed</source>
      <translation>Impreso</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/case_summary.py" line="88" />
      <source>Priority</source>
      <translation>Prioridad</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/grants.py" line="219" />
      <source>Programme</source>
      <translation>Programa</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/grants.py" line="127" />
      <source>Progress this period</source>
      <translation>Avance en este periodo</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/meetings.py" line="200" />
      <source>Proposed by {proposer}, seconded by {seconder}.</source>
      <translation>Propuesta por {proposer}, secundada por {seconder}.</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/meetings.py" line="203" />
      <source>Proposed by {proposer}.</source>
      <translation>Propuesta por {proposer}.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/grants.py" line="36" />
      <source>Prospect</source>
      <translation>Prospecto</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/grants.py" line="238" />
      <source>Purpose</source>
      <translation>Finalidad</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/dashboard.py" line="267" />
      <source>Quarter</source>
      <translation>Trimestre</translation>
    </message>
    <message>
      <location filename="caseworker/domain/gifts.py" line="86" />
      <source>Quarterly</source>
      <translation>Trimestral</translation>
    </message>
    <message>
      <location filename="caseworker/domain/mail.py" line="45" />
      <source>Queued</source>
      <translation>En cola</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/policy_dialog.py" line="49" />
      <source>Quiet days</source>
      <translation>Días de descanso</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/policy_dialog.py" line="50" />
      <source>Quiet hours</source>
      <translation>Horas de descanso</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/dashboard.py" line="394" />
      <source>Rate</source>
      <translation>Tasa</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/case_summary.py" line="140" />
      <location filename="caseworker/reports/documents/giving_statements.py" line="127" />
      <source>Reason</source>
      <translation>Motivo</translation>
    </message>
    <message>
      <location filename="caseworker/services/case_timeline.py" line="169" />
      <source>Reassigned from {giver} to {taker}</source>
      <translation>Reasignado de {giver} a {taker}</translation>
    </message>
    <message>
      <location filename="caseworker/exports.py" line="93" />
      <source>Receipt</source>
      <translation>Recibo</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/giving_statements.py" line="93" />
      <source>Receipt No.</source>
      <translation>N.º de recibo</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/receipts.py" line="52" />
      <source>Receipt No. {number}</source>
      <translation>Recibo n.º {number}</translation>
    </message>
    <message>
      <location filename="caseworker/domain/templates.py" line="78" />
      <source>Receipt cover</source>
      <translation>Carta de acompañamiento del recibo</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/batch.py" line="78" />
      <location filename="caseworker/reports/documents/receipts.py" line="53" />
      <source>Receipt {number}</source>
      <translation>Recibo {number}</translation>
    </message>
    <message>
      <location filename="caseworker/services/touchpoints.py" line="614" />
      <source>Receipt {number} for {amount}</source>
      <translation>Recibo {number} por {amount}</translation>
    </message>
    <message>
      <location filename="caseworker/services/receipts.py" line="256" />
      <source>Receipt {number} was already voided.</source>
      <translation>El recibo {number} ya se anuló.</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/batch.py" line="42" />
      <source>Receipts and statements</source>
      <translation>Recibos y certificados</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/giving_statements.py" line="126" />
      <source>Ref.</source>
      <translation>Ref.</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/grants.py" line="212" />
      <source>Ref. {reference}</source>
      <translation>Ref. {reference}</translation>
    </message>
    <message>
      <location filename="caseworker/domain/imports.py" line="172" />
      <source>Reference</source>
      <translation>Referencia</translation>
    </message>
    <message>
      <location filename="caseworker/domain/clients.py" line="52" />
      <source>Referral to other services</source>
      <translation>Derivación a otros servicios</translation>
    </message>
    <message>
      <location filename="caseworker/domain/imports.py" line="133" />
      <location filename="caseworker/ui/dialogs/merge_dialog.py" line="41" />
      <source>Region</source>
      <translation>Región</translation>
    </message>
    <message>
      <location filename="caseworker/domain/org.py" line="87" />
      <location filename="caseworker/reports/documents/receipts.py" line="267" />
      <source>Registered charity No.</source>
      <translation>N.º de entidad benéfica registrada</translation>
    </message>
    <message>
      <location filename="caseworker/reports/base.py" line="228" />
      <location filename="caseworker/reports/documents/receipts.py" line="184" />
      <source>Registration No.</source>
      <translation>N.º de registro</translation>
    </message>
    <message>
      <location filename="caseworker/domain/donors.py" line="54" />
      <source>Regular</source>
      <translation>Habitual</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/merge_dialog.py" line="42" />
      <source>Relationship manager</source>
      <translation>Gestor de la relación</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/grants.py" line="249" />
      <source>Remaining</source>
      <translation>Restante</translation>
    </message>
    <message>
      <location filename="caseworker/domain/care.py" line="159" />
      <source>Remind from 0 minutes to 30 days before the due time.</source>
      <translation>Recuerde entre 0 minutos y 30 días antes de la hora de vencimiento.</translation>
    </message>
    <message>
      <location filename="caseworker/services/tasks.py" line="277" />
      <source>Remind from 0 to 60 business days before the due date.</source>
      <translation>Recuerde entre 0 y 60 días hábiles antes de la fecha de vencimiento.</translation>
    </message>
    <message>
      <location filename="caseworker/services/clients.py" line="560" />
      <source>Removed when the client was anonymised</source>
      <translation>Eliminado al anonimizar al cliente</translation>
    </message>
    <message>
      <location filename="caseworker/services/case_timeline.py" line="134" />
      <source>Reopened</source>
      <translation>Reabierto</translation>
    </message>
    <message>
      <location filename="caseworker/domain/recurrence.py" line="66" />
      <source>Repeat every 1 to 99 periods.</source>
      <translation>Repetir cada 1 a 99 periodos.</translation>
    </message>
    <message>
      <location filename="caseworker/services/grants.py" line="183" />
      <source>Report due</source>
      <translation>Informe pendiente</translation>
    </message>
    <message>
      <location filename="caseworker/domain/grants.py" line="42" />
      <source>Reporting</source>
      <translation>Informes</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/grants.py" line="96" />
      <source>Reporting period {start} to {end}</source>
      <translation>Periodo del informe: {start} a {end}</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/grants.py" line="229" />
      <source>Reports due</source>
      <translation>Informes pendientes</translation>
    </message>
    <message>
      <location filename="caseworker/domain/aid.py" line="57" />
      <location filename="caseworker/reports/documents/grants.py" line="222" />
      <source>Requested</source>
      <translation>Solicitado</translation>
    </message>
    <message>
      <location filename="caseworker/domain/guard.py" line="663" />
      <source>Requests for a gift are limited to {n} in any {days} days; this would be request number {count}.</source>
      <translation>Las peticiones de donativo están limitadas a {n} en cualquier periodo de {days} días; esta sería la petición número {count}.</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/policy_dialog.py" line="47" />
      <source>Requests for a gift per window</source>
      <translation>Peticiones de donativo por ventana</translation>
    </message>
    <message>
      <location filename="caseworker/domain/grants.py" line="78" />
      <source>Required documents are not ready: {documents}.</source>
      <translation>Los documentos necesarios no están listos: {documents}.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/cases.py" line="40" />
      <location filename="caseworker/domain/service_quality.py" line="321" />
      <location filename="caseworker/reports/documents/case_summary.py" line="169" />
      <source>Resolved</source>
      <translation>Resuelto</translation>
    </message>
    <message>
      <location filename="caseworker/services/case_timeline.py" line="141" />
      <source>Resolved ({how}; acceptable to the client: {acceptable})</source>
      <translation>Resuelto ({how}; aceptable para el cliente: {acceptable})</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/case_summary.py" line="171" />
      <source>Resolved by</source>
      <translation>Resuelto por</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/dashboard.py" line="306" />
      <source>Resolved within target</source>
      <translation>Resuelto dentro del objetivo</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/dashboard.py" line="307" />
      <source>Resolved without a specialist</source>
      <translation>Resuelto sin especialista</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/dashboard.py" line="394" />
      <source>Retained</source>
      <translation>Fidelizado</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/dashboard.py" line="397" />
      <source>Retention compares each year's donors with the year before's: it needs donors in two years running.</source>
      <translation>La fidelización compara los donantes de cada año con los del año anterior: necesita donantes en dos años seguidos.</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/dashboard.py" line="417" />
      <source>Retention rate</source>
      <translation>Tasa de fidelización</translation>
    </message>
    <message>
      <location filename="caseworker/reports/labels.py" line="18" />
      <source>Returned</source>
      <translation>Devuelto</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/case_summary.py" line="128" />
      <source>Returned because: {reason}</source>
      <translation>Devuelto porque: {reason}</translation>
    </message>
    <message>
      <location filename="caseworker/domain/introductions.py" line="52" />
      <source>Role</source>
      <translation>Rol</translation>
    </message>
    <message>
      <location filename="caseworker/domain/gifts.py" line="313" />
      <source>Row {row}: {problem}</source>
      <translation>Fila {row}: {problem}</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/merge_dialog.py" line="48" />
      <source>Safeguarding</source>
      <translation>Protección</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/case_summary.py" line="75" />
      <source>Safeguarding: {detail}</source>
      <translation>Protección: {detail}</translation>
    </message>
    <message>
      <location filename="caseworker/domain/imports.py" line="112" />
      <location filename="caseworker/ui/dialogs/merge_dialog.py" line="40" />
      <source>Salutation</source>
      <translation>Saludo</translation>
    </message>
    <message>
      <location filename="caseworker/domain/service_quality.py" line="323" />
      <location filename="caseworker/reports/documents/case_summary.py" line="175" />
      <source>Satisfaction</source>
      <translation>Satisfacción</translation>
    </message>
    <message>
      <location filename="caseworker/domain/guard.py" line="142" />
      <location filename="caseworker/domain/recurrence.py" line="142" />
      <source>Saturday</source>
      <translation>Sábado</translation>
    </message>
    <message>
      <location filename="caseworker/domain/care.py" line="445" />
      <source>Say how the feedback was taken: phone, visit or paper.</source>
      <translation>Indique cómo se recogió la opinión: teléfono, visita o papel.</translation>
    </message>
    <message>
      <location filename="caseworker/services/clients.py" line="429" />
      <source>Say on whose request and why the client is anonymised.</source>
      <translation>Indique a petición de quién y por qué se anonimiza al cliente.</translation>
    </message>
    <message>
      <location filename="caseworker/services/person_data.py" line="175" />
      <source>Say on whose request and why the person's data is erased.</source>
      <translation>Indique a petición de quién y por qué se borran los datos de la persona.</translation>
    </message>
    <message>
      <location filename="caseworker/services/meeting_minutes.py" line="71" />
      <source>Say what is to be done.</source>
      <translation>Indique lo que hay que hacer.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/clients.py" line="549" />
      <source>Say what the client agreed to.</source>
      <translation>Indique a qué dio su conformidad el cliente.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/gifts.py" line="228" />
      <source>Say what the donor received in return.</source>
      <translation>Indique lo que recibió el donante a cambio.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/donors.py" line="355" />
      <source>Say where the consent was given (a form, a call, the website).</source>
      <translation>Indique dónde se dio el consentimiento (un formulario, una llamada, el sitio web).</translation>
    </message>
    <message>
      <location filename="caseworker/domain/cases.py" line="240" />
      <location filename="caseworker/ui/dialogs/case_dialogs.py" line="288" />
      <source>Say whether the client found the outcome acceptable.</source>
      <translation>Indique si el cliente consideró aceptable el resultado.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/clients.py" line="345" />
      <source>Say which language the interpreter needs.</source>
      <translation>Indique qué idioma necesita el intérprete.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/cases.py" line="209" />
      <source>Say whom the case is waiting on: the client or a third party.</source>
      <translation>Indique a quién espera el caso: al cliente o a un tercero.</translation>
    </message>
    <message>
      <location filename="caseworker/services/clients.py" line="406" />
      <source>Say why the attachment is removed.</source>
      <translation>Indique por qué se quita el adjunto.</translation>
    </message>
    <message>
      <location filename="caseworker/services/touchpoints.py" line="445" />
      <source>Say why the contact is cancelled.</source>
      <translation>Indique por qué se cancela el contacto.</translation>
    </message>
    <message>
      <location filename="caseworker/services/aid.py" line="311" />
      <source>Say why the disbursement is voided.</source>
      <translation>Indique por qué se anula el pago.</translation>
    </message>
    <message>
      <location filename="caseworker/services/touchpoints.py" line="251" />
      <source>Say why the guard is overridden.</source>
      <translation>Indique por qué se hace una excepción al control.</translation>
    </message>
    <message>
      <location filename="caseworker/services/grants.py" line="558" />
      <source>Say why the spending is voided.</source>
      <translation>Indique por qué se anula el gasto.</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/gift_aid.py" line="70" />
      <source>Schedule of donations</source>
      <translation>Anexo de donaciones</translation>
    </message>
    <message>
      <location filename="caseworker/ui/backups_page.py" line="35" />
      <source>Scheduled</source>
      <translation>Programado</translation>
    </message>
    <message>
      <location filename="caseworker/domain/gifts.py" line="58" />
      <source>Securities</source>
      <translation>Valores</translation>
    </message>
    <message>
      <location filename="caseworker/domain/imports.py" line="51" />
      <source>Semicolon</source>
      <translation>Punto y coma</translation>
    </message>
    <message>
      <location filename="caseworker/domain/introductions.py" line="281" />
      <source>Send {client} a text message introducing their worker and team</source>
      <translation>Enviar a {client} un mensaje de texto que le presente a su profesional y su equipo</translation>
    </message>
    <message>
      <location filename="caseworker/domain/mail.py" line="46" />
      <source>Sending</source>
      <translation>Enviando</translation>
    </message>
    <message>
      <location filename="caseworker/domain/mail.py" line="190" />
      <source>Sending failed: {reason}</source>
      <translation>El envío falló: {reason}</translation>
    </message>
    <message>
      <location filename="caseworker/correspondence.py" line="183" />
      <source>Sending was interrupted.</source>
      <translation>El envío se interrumpió.</translation>
    </message>
    <message>
      <location filename="caseworker/correspondence.py" line="153" />
      <source>Sending was stopped.</source>
      <translation>El envío se detuvo.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/mail.py" line="47" />
      <source>Sent</source>
      <translation>Enviado</translation>
    </message>
    <message>
      <location filename="caseworker/domain/meetings.py" line="44" />
      <source>Sent apologies</source>
      <translation>Excusó su asistencia</translation>
    </message>
    <message>
      <location filename="caseworker/reports/formatting.py" line="32" />
      <source>Sep</source>
      <translation>sept</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/receipts.py" line="183" />
      <source>Serial No.</source>
      <translation>N.º de serie</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/meetings.py" line="94" />
      <source>Series</source>
      <translation>Serie</translation>
    </message>
    <message>
      <location filename="caseworker/domain/aid.py" line="56" />
      <source>Service</source>
      <translation>Servicio</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/dashboard.py" line="296" />
      <source>Service quality</source>
      <translation>Calidad del servicio</translation>
    </message>
    <message>
      <location filename="caseworker/domain/clients.py" line="51" />
      <source>Share with partner agencies</source>
      <translation>Compartir con entidades colaboradoras</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/grants.py" line="202" />
      <location filename="caseworker/reports/documents/meetings.py" line="214" />
      <source>Signature</source>
      <translation>Firma</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/meetings.py" line="220" />
      <source>Signed by the chair</source>
      <translation>Firmada por la presidencia</translation>
    </message>
    <message>
      <source>Site visit</source>
      <translation type="obsolete">Visita in situ</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/import_wizard.py" line="61" />
      <source>Skip</source>
      <translation>Omitir</translation>
    </message>
    <message>
      <location filename="caseworker/domain/errors.py" line="49" />
      <source>Some values need correcting.</source>
      <translation>Hay valores que corregir.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/org.py" line="56" />
      <source>South Africa</source>
      <translation>Sudáfrica</translation>
    </message>
    <message>
      <location filename="caseworker/domain/org.py" line="57" />
      <source>Spain</source>
      <translation>España</translation>
    </message>
    <message>
      <location filename="caseworker/domain/introductions.py" line="38" />
      <source>Spanish</source>
      <translation>español</translation>
    </message>
    <message>
      <location filename="caseworker/domain/cases.py" line="114" />
      <source>Specialist</source>
      <translation>Especialista</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/grants.py" line="109" />
      <source>Spending against budget</source>
      <translation>Gastos frente al presupuesto</translation>
    </message>
    <message>
      <location filename="caseworker/services/grants.py" line="522" />
      <source>Spending is recorded on an awarded grant that is not closed.</source>
      <translation>Los gastos se registran en una subvención concedida que no esté cerrada.</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/grant_outputs.py" line="62" />
      <source>Spent from this grant</source>
      <translation>Gastado de esta subvención</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/grants.py" line="248" />
      <source>Spent to date</source>
      <translation>Gastado hasta la fecha</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/gift_aid.py" line="75" />
      <source>Sponsored</source>
      <translation>Patrocinado</translation>
    </message>
    <message>
      <location filename="caseworker/services/paperwork.py" line="594" />
      <source>Staff</source>
      <translation>Personal</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/grants.py" line="221" />
      <source>Stage</source>
      <translation>Etapa</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/case_summary.py" line="121" />
      <location filename="caseworker/reports/documents/grants.py" line="275" />
      <source>State</source>
      <translation>Estado</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/giving_statements.py" line="26" />
      <source>Statement {donor}</source>
      <translation>Certificado {donor}</translation>
    </message>
    <message>
      <location filename="caseworker/domain/cases.py" line="111" />
      <location filename="caseworker/domain/templates.py" line="130" />
      <location filename="caseworker/reports/documents/aid_statement.py" line="91" />
      <source>Status</source>
      <translation>Estado</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/case_summary.py" line="111" />
      <source>Status history</source>
      <translation>Historial de estados</translation>
    </message>
    <message>
      <location filename="caseworker/services/case_timeline.py" line="143" />
      <source>Status: {before} → {after}</source>
      <translation>Estado: {before} → {after}</translation>
    </message>
    <message>
      <location filename="caseworker/domain/clients.py" line="51" />
      <source>Store personal data</source>
      <translation>Guardar datos personales</translation>
    </message>
    <message>
      <location filename="caseworker/services/grants.py" line="181" />
      <source>Submission deadline</source>
      <translation>Plazo de presentación</translation>
    </message>
    <message>
      <location filename="caseworker/domain/grants.py" line="38" />
      <source>Submitted</source>
      <translation>Presentada</translation>
    </message>
    <message>
      <location filename="caseworker/domain/grant_reports.py" line="26" />
      <source>Submitted late</source>
      <translation>Presentado con retraso</translation>
    </message>
    <message>
      <location filename="caseworker/domain/grant_reports.py" line="25" />
      <source>Submitted on time</source>
      <translation>Presentado a tiempo</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/dashboard.py" line="372" />
      <source>Success rate</source>
      <translation>Tasa de éxito</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/dashboard.py" line="362" />
      <source>Success rate (of decided)</source>
      <translation>Tasa de éxito (de las decididas)</translation>
    </message>
    <message>
      <location filename="caseworker/domain/guard.py" line="143" />
      <location filename="caseworker/domain/recurrence.py" line="142" />
      <source>Sunday</source>
      <translation>Domingo</translation>
    </message>
    <message>
      <location filename="caseworker/domain/service_quality.py" line="50" />
      <location filename="caseworker/domain/service_quality.py" line="323" />
      <source>Support level</source>
      <translation>Nivel de apoyo</translation>
    </message>
    <message>
      <location filename="caseworker/domain/org.py" line="58" />
      <source>Sweden</source>
      <translation>Suecia</translation>
    </message>
    <message>
      <location filename="caseworker/domain/org.py" line="59" />
      <source>Switzerland</source>
      <translation>Suiza</translation>
    </message>
    <message>
      <location filename="caseworker/domain/imports.py" line="51" />
      <source>Tab</source>
      <translation>Tabulador</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/grants.py" line="143" />
      <source>Target</source>
      <translation>Objetivo</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/receipts.py" line="172" />
      <source>Tax ID (EIN)</source>
      <translation>Id. fiscal (EIN)</translation>
    </message>
    <message>
      <location filename="caseworker/domain/service_quality.py" line="48" />
      <source>Team</source>
      <translation>Equipo</translation>
    </message>
    <message>
      <source>Text message</source>
      <translation type="obsolete">Mensaje de texto</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/receipts.py" line="151" />
      <location filename="caseworker/reports/documents/receipts.py" line="223" />
      <source>Thank you for your gift to {organisation}.</source>
      <translation>Gracias por su donativo a {organisation}.</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/giving_statements.py" line="82" />
      <source>Thank you for your support of {organisation}.</source>
      <translation>Gracias por su apoyo a {organisation}.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/templates.py" line="74" />
      <source>Thank-you</source>
      <translation>Agradecimiento</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/receipts.py" line="82" />
      <source>Thanks to your Gift Aid declaration, {charity} can claim {value} from HMRC on these gifts, at no extra cost to you.</source>
      <translation>Gracias a su declaración de Gift Aid, {charity} puede reclamar {value} a HMRC por estos donativos, sin ningún coste adicional para usted.</translation>
    </message>
    <message>
      <location filename="caseworker/services/aid.py" line="157" />
      <source>That amount is larger than any single disbursement can be.</source>
      <translation>Ese importe es mayor de lo que puede ser cualquier pago individual.</translation>
    </message>
    <message>
      <location filename="caseworker/services/cases.py" line="102" />
      <source>That client was not found.</source>
      <translation>No se ha encontrado ese cliente.</translation>
    </message>
    <message>
      <location filename="caseworker/services/gifts.py" line="302" />
      <location filename="caseworker/services/gifts.py" line="245" />
      <source>That donor no longer exists.</source>
      <translation>Ese donante ya no existe.</translation>
    </message>
    <message>
      <location filename="caseworker/services/donors.py" line="432" />
      <source>That household no longer exists.</source>
      <translation>Ese hogar ya no existe.</translation>
    </message>
    <message>
      <location filename="caseworker/services/gifts.py" line="300" />
      <source>That schedule belongs to another donor.</source>
      <translation>Ese calendario pertenece a otro donante.</translation>
    </message>
    <message>
      <location filename="caseworker/db/keystore.py" line="721" />
      <source>The account '{name}' was saved, but the key file {path} could not be written ({detail}): once the disk has space, an administrator resets its password.</source>
      <translation>La cuenta «{name}» se guardó, pero no se pudo escribir el archivo de claves {path} ({detail}): cuando el disco tenga espacio, un administrador debe restablecer su contraseña.</translation>
    </message>
    <message>
      <location filename="caseworker/services/accounts.py" line="326" />
      <source>The account was deactivated and can no longer sign in, but the database key was not changed: {detail} Then choose Rotate keys in Settings.</source>
      <translation>La cuenta se desactivó y ya no puede iniciar sesión, pero la clave de la base de datos no se cambió: {detail} Después elija Rotar claves en Configuración.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/errors.py" line="19" />
      <source>The action could not be completed.</source>
      <translation>No se ha podido completar la acción.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/gifts.py" line="225" />
      <source>The advantage cannot be worth more than the gift.</source>
      <translation>La contraprestación no puede valer más que el donativo.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/imports.py" line="461" />
      <location filename="caseworker/domain/inputs.py" line="102" />
      <source>The amount cannot be negative.</source>
      <translation>El importe no puede ser negativo.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/inputs.py" line="104" />
      <location filename="caseworker/domain/inputs.py" line="121" />
      <location filename="caseworker/domain/inputs.py" line="145" />
      <source>The amount is too large: at most {max}.</source>
      <translation>El importe es demasiado grande: como máximo {max}.</translation>
    </message>
    <message>
      <location filename="caseworker/services/aid.py" line="155" />
      <source>The amount must be more than zero.</source>
      <translation>El importe debe ser mayor que cero.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/templates.py" line="109" />
      <source>The appeal it answered</source>
      <translation>La campaña a la que respondió</translation>
    </message>
    <message>
      <location filename="caseworker/db/backup.py" line="142" />
      <source>The backup could not be written: {detail}</source>
      <translation>No se ha podido escribir la copia de seguridad: {detail}</translation>
    </message>
    <message>
      <location filename="caseworker/db/backup.py" line="145" />
      <source>The backup did not pass its check; the original is untouched.</source>
      <translation>La copia de seguridad no pasó la comprobación; el original está intacto.</translation>
    </message>
    <message>
      <location filename="caseworker/services/backups.py" line="131" />
      <source>The backup {name} did not pass its check: {problem}. Nothing was restored.</source>
      <translation>La copia de seguridad {name} no pasó la comprobación: {problem}. No se ha restaurado nada.</translation>
    </message>
    <message>
      <location filename="caseworker/services/gifts.py" line="224" />
      <source>The batch has no gifts.</source>
      <translation>El lote no tiene donativos.</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/grants.py" line="185" />
      <source>The budget lines add up to the award of {award}.</source>
      <translation>Las partidas presupuestarias suman lo concedido, {award}.</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/grants.py" line="192" />
      <source>The budget lines add up to {budget}, {gap} more than the award of {award}.</source>
      <translation>Las partidas presupuestarias suman {budget}, {gap} más que lo concedido, {award}.</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/grants.py" line="188" />
      <source>The budget lines add up to {budget}; the award is {award}: {gap} of the award is not yet allocated to a budget line.</source>
      <translation>Las partidas presupuestarias suman {budget}; lo concedido es {award}: {gap} de lo concedido aún no está asignado a ninguna partida.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/grants.py" line="143" />
      <source>The budget would total {total}, more than the {awarded} awarded.</source>
      <translation>El presupuesto sumaría {total}, más que los {awarded} concedidos.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/cases.py" line="211" />
      <source>The case is already waiting on them.</source>
      <translation>El caso ya está a la espera de ellos.</translation>
    </message>
    <message>
      <location filename="caseworker/services/case_handoffs.py" line="62" />
      <source>The case is already with this worker.</source>
      <translation>El caso ya lo lleva este profesional.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/care.py" line="365" />
      <source>The client asked for {preferred}, not {chosen}.</source>
      <translation>El cliente pidió {preferred}, no {chosen}.</translation>
    </message>
    <message>
      <location filename="caseworker/services/case_timeline.py" line="155" />
      <source>The client was introduced to their worker and team</source>
      <translation>Se presentó al cliente su profesional y su equipo</translation>
    </message>
    <message>
      <location filename="caseworker/domain/introductions.py" line="276" />
      <source>The client was introduced to their worker and team ({language}); there is no e-mail, address or phone number to send it by</source>
      <translation>Se presentó al cliente su profesional y su equipo ({language}); no hay correo electrónico, dirección ni teléfono por el que enviarlo</translation>
    </message>
    <message>
      <location filename="caseworker/domain/introductions.py" line="272" />
      <source>The client was introduced to their worker and team: a call to make, with a script in {language} in a task</source>
      <translation>Se presentó al cliente su profesional y su equipo: una llamada pendiente, con un guion en {language} en una tarea</translation>
    </message>
    <message>
      <location filename="caseworker/domain/introductions.py" line="270" />
      <source>The client was introduced to their worker and team: a letter in {language} waits in the outbox to be printed</source>
      <translation>Se presentó al cliente su profesional y su equipo: una carta en {language} espera en la bandeja de salida para imprimirse</translation>
    </message>
    <message>
      <location filename="caseworker/domain/introductions.py" line="274" />
      <source>The client was introduced to their worker and team: a text message in {language} to send, in a task</source>
      <translation>Se presentó al cliente su profesional y su equipo: un mensaje de texto en {language} por enviar, en una tarea</translation>
    </message>
    <message>
      <location filename="caseworker/domain/introductions.py" line="268" />
      <source>The client was introduced to their worker and team: an e-mail in {language} is in the outbox</source>
      <translation>Se presentó al cliente su profesional y su equipo: hay un correo electrónico en {language} en la bandeja de salida</translation>
    </message>
    <message>
      <location filename="caseworker/services/gift_aid.py" line="130" />
      <source>The confirmation letter cannot be sent before the declaration was made.</source>
      <translation>La carta de confirmación no se puede enviar antes de que se hiciera la declaración.</translation>
    </message>
    <message>
      <location filename="caseworker/db/database.py" line="274" />
      <source>The connection to the database server was lost.</source>
      <translation>Se perdió la conexión con el servidor de la base de datos.</translation>
    </message>
    <message>
      <location filename="caseworker/services/touchpoints.py" line="82" />
      <source>The contact guard blocked this contact: {reasons}</source>
      <translation>El control de contactos bloqueó este contacto: {reasons}</translation>
    </message>
    <message>
      <location filename="caseworker/services/accounts.py" line="387" />
      <source>The current password is not correct.</source>
      <translation>La contraseña actual no es correcta.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/errors.py" line="88" />
      <source>The database could not complete the action.</source>
      <translation>La base de datos no ha podido completar la acción.</translation>
    </message>
    <message>
      <location filename="caseworker/db/check.py" line="24" />
      <source>The database file is damaged ({detail}).</source>
      <translation>El archivo de la base de datos está dañado ({detail}).</translation>
    </message>
    <message>
      <location filename="caseworker/db/check.py" line="47" />
      <source>The database file is damaged ({detail}). The newest good backup is {backup}: restore it to carry on from that point.</source>
      <translation>El archivo de la base de datos está dañado ({detail}). La copia de seguridad correcta más reciente es {backup}: restáurela para continuar desde ese momento.</translation>
    </message>
    <message>
      <location filename="caseworker/db/database.py" line="289" />
      <source>The database file is damaged or is not a Caseworker database.</source>
      <translation>El archivo de la base de datos está dañado o no es una base de datos de Caseworker.</translation>
    </message>
    <message>
      <location filename="caseworker/db/check.py" line="42" />
      <source>The database file {database} is damaged ({detail}).
No good backup was found in {folder}.
Keep the file as it is and ask whoever looks after your computers to restore it from another copy.</source>
      <translation>El archivo de la base de datos {database} está dañado ({detail}).
No se ha encontrado ninguna copia de seguridad correcta en {folder}.
Conserve el archivo tal como está y pida a quien se ocupe de sus equipos que lo restaure desde otra copia.</translation>
    </message>
    <message>
      <location filename="caseworker/db/check.py" line="36" />
      <source>The database file {database} is damaged ({detail}).
The newest good backup is {backup}.
Restore it to carry on from that point: caseworker restore-backup --db {database} --user NAME (the damaged file is kept beside it).</source>
      <translation>El archivo de la base de datos {database} está dañado ({detail}).
La copia de seguridad correcta más reciente es {backup}.
Restáurela para continuar desde ese momento: caseworker restore-backup --db {database} --user NOMBRE (el archivo dañado se conserva a su lado).</translation>
    </message>
    <message>
      <location filename="caseworker/db/open.py" line="129" />
      <source>The database file {path} is missing, but its key file is there. Restore the database from a backup, or move the key file away to start a new database.</source>
      <translation>Falta el archivo de la base de datos {path}, pero su archivo de claves está ahí. Restaure la base de datos desde una copia de seguridad, o aparte el archivo de claves para empezar una base de datos nueva.</translation>
    </message>
    <message>
      <location filename="caseworker/db/keystore.py" line="125" />
      <source>The database is encrypted but its key file {path} is missing. Restore the key file from the same backup as the database (it is kept beside each backup).</source>
      <translation>La base de datos está cifrada pero falta su archivo de claves {path}. Restaure el archivo de claves desde la misma copia de seguridad que la base de datos (se guarda junto a cada copia).</translation>
    </message>
    <message>
      <location filename="caseworker/db/encrypt.py" line="79" />
      <location filename="caseworker/db/encrypt.py" line="77" />
      <source>The database is in use: close Caseworker everywhere and try again.</source>
      <translation>La base de datos está en uso: cierre Caseworker en todos los equipos y vuelva a intentarlo.</translation>
    </message>
    <message>
      <location filename="caseworker/services/demo_database.py" line="41" />
      <source>The database is not empty; demo data goes into a new database.</source>
      <translation>La base de datos no está vacía; los datos de demostración van en una base de datos nueva.</translation>
    </message>
    <message>
      <location filename="caseworker/db/database.py" line="291" />
      <source>The database is read-only: nothing was saved.</source>
      <translation>La base de datos es de solo lectura: no se ha guardado nada.</translation>
    </message>
    <message>
      <location filename="caseworker/db/location.py" line="42" />
      <source>The database location contains a NUL character.</source>
      <translation>La ubicación de la base de datos contiene un carácter NUL.</translation>
    </message>
    <message>
      <location filename="caseworker/db/database.py" line="303" />
      <source>The database reported a problem: {detail}</source>
      <translation>La base de datos informó de un problema: {detail}</translation>
    </message>
    <message>
      <location filename="caseworker/db/db_roles.py" line="157" />
      <source>The database role '{role}' does not own the tables, so it cannot grant them: run this with the database URL of the owner (the role that runs migrations).</source>
      <translation>El rol de base de datos '{role}' no es propietario de las tablas, así que no puede conceder permisos sobre ellas: ejecute esto con la URL de base de datos del propietario (el rol que aplica las migraciones).</translation>
    </message>
    <message>
      <location filename="caseworker/db/db_roles.py" line="131" />
      <source>The database role '{role}' may not create or change roles: run this with the database URL of the owner (the role that runs migrations), which needs CREATEROLE.</source>
      <translation>El rol de base de datos '{role}' no puede crear ni cambiar roles: ejecute esto con la URL de base de datos del propietario (el rol que aplica las migraciones), que necesita CREATEROLE.</translation>
    </message>
    <message>
      <location filename="caseworker/db/database.py" line="299" />
      <source>The database server could not be reached.</source>
      <translation>No se ha podido contactar con el servidor de la base de datos.</translation>
    </message>
    <message>
      <location filename="caseworker/db/database.py" line="297" />
      <source>The database server has no database of that name.</source>
      <translation>El servidor de la base de datos no tiene ninguna base de datos con ese nombre.</translation>
    </message>
    <message>
      <location filename="caseworker/db/database.py" line="295" />
      <source>The database server refused the user name or password in the database URL.</source>
      <translation>El servidor de la base de datos rechazó el nombre de usuario o la contraseña de la URL de la base de datos.</translation>
    </message>
    <message>
      <location filename="caseworker/db/database.py" line="154" />
      <source>The database server refused your own database role '{role}'. Its password is set when yours is: ask an administrator to reset your password (or sign in once on a laptop whose database URL names the database's owner).</source>
      <translation>El servidor de base de datos rechazó su propio rol '{role}'. Su contraseña se fija cuando se fija la suya: pida a un administrador que restablezca su contraseña (o inicie sesión una vez en un equipo cuya URL de base de datos nombre al propietario de la base de datos).</translation>
    </message>
    <message>
      <location filename="caseworker/db/unlocking.py" line="22" />
      <source>The database {location} is encrypted: sign in to open it.</source>
      <translation>La base de datos {location} está cifrada: inicie sesión para abrirla.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/templates.py" line="134" />
      <source>The date and time of the next appointment (empty when none)</source>
      <translation>La fecha y la hora de la próxima cita (vacío si no hay)</translation>
    </message>
    <message>
      <location filename="caseworker/domain/imports.py" line="400" />
      <source>The date is empty.</source>
      <translation>La fecha está vacía.</translation>
    </message>
    <message>
      <location filename="caseworker/services/grants.py" line="276" />
      <source>The decision is expected before the deadline.</source>
      <translation>La decisión se espera antes del plazo.</translation>
    </message>
    <message>
      <location filename="caseworker/services/demo_database.py" line="26" />
      <source>The demo was not made: it was cancelled.</source>
      <translation>No se creó la demostración: se canceló.</translation>
    </message>
    <message>
      <location filename="caseworker/services/grants.py" line="535" />
      <source>The disbursement is in {currency}; the grant is in {grant_currency}.</source>
      <translation>El pago está en {currency}; la subvención está en {grant_currency}.</translation>
    </message>
    <message>
      <location filename="caseworker/db/database.py" line="301" />
      <source>The disk holding the database could not be read or written (disk I/O error): nothing was saved. Check the disk or network drive and try again.</source>
      <translation>No se ha podido leer ni escribir en el disco de la base de datos (error de E/S de disco): no se ha guardado nada. Compruebe el disco o la unidad de red y vuelva a intentarlo.</translation>
    </message>
    <message>
      <location filename="caseworker/db/database.py" line="285" />
      <source>The disk is full: nothing was saved. Free some space and try again.</source>
      <translation>El disco está lleno: no se ha guardado nada. Libere espacio y vuelva a intentarlo.</translation>
    </message>
    <message>
      <location filename="caseworker/db/backup.py" line="140" />
      <source>The disk is full: the backup was not written. Free some space and try again.</source>
      <translation>El disco está lleno: no se escribió la copia de seguridad. Libere espacio y vuelva a intentarlo.</translation>
    </message>
    <message>
      <location filename="caseworker/outputs.py" line="169" />
      <source>The disk is full: {path} was not written. Free some space and try again.</source>
      <translation>El disco está lleno: no se escribió {path}. Libere espacio y vuelva a intentarlo.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/gifts.py" line="238" />
      <source>The donor cannot be soft-credited for their own gift.</source>
      <translation>No se puede reconocer al donante por su propio donativo.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/care.py" line="145" />
      <source>The due time has no time zone.</source>
      <translation>La hora de vencimiento no tiene zona horaria.</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/giving_statements.py" line="77" />
      <source>The eligible amount is the value of each gift less any goods or services you received in return. Receipts already issued are listed by number.</source>
      <translation>El importe admisible es el valor de cada donativo menos los bienes o servicios que recibió a cambio. Los recibos ya emitidos se indican por su número.</translation>
    </message>
    <message>
      <location filename="caseworker/db/encrypt.py" line="60" />
      <source>The encrypted copy did not pass its check; the original is untouched.</source>
      <translation>La copia cifrada no pasó la comprobación; el original está intacto.</translation>
    </message>
    <message>
      <location filename="caseworker/db/encrypt.py" line="66" />
      <source>The encrypted copy differs from the original; the original is untouched.</source>
      <translation>La copia cifrada difiere del original; el original está intacto.</translation>
    </message>
    <message>
      <location filename="caseworker/ui/views/meeting_detail.py" line="394" />
      <source>The file could not be written: {reason}</source>
      <translation>No se ha podido escribir el archivo: {reason}</translation>
    </message>
    <message>
      <location filename="caseworker/domain/imports.py" line="304" />
      <source>The file has no column '{column}'.</source>
      <translation>El archivo no tiene la columna «{column}».</translation>
    </message>
    <message>
      <location filename="caseworker/services/imports.py" line="211" />
      <source>The file has no header line: the first line must name the columns.</source>
      <translation>El archivo no tiene línea de encabezado: la primera línea debe dar nombre a las columnas.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/clients.py" line="653" />
      <source>The file is empty.</source>
      <translation>El archivo está vacío.</translation>
    </message>
    <message>
      <location filename="caseworker/services/spreadsheets.py" line="83" />
      <location filename="caseworker/services/spreadsheets.py" line="147" />
      <source>The file is not {encoding} throughout (after line {line}): choose another encoding.</source>
      <translation>El archivo no está entero en {encoding} (tras la línea {line}): elija otra codificación.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/clients.py" line="661" />
      <source>The file is {size} MB; attachments can be at most {limit} MB.</source>
      <translation>El archivo ocupa {size} MB; los adjuntos pueden ocupar como máximo {limit} MB.</translation>
    </message>
    <message>
      <location filename="caseworker/db/open.py" line="212" />
      <source>The file {part}, which holds part of the database {path}, is missing. Put it back from the same backup as the database (backups keep it beside them).</source>
      <translation>Falta el archivo {part}, que guarda parte de la base de datos {path}. Repóngalo desde la misma copia de seguridad que la base de datos (las copias lo guardan a su lado).</translation>
    </message>
    <message>
      <location filename="caseworker/outputs.py" line="175" />
      <source>The folder {folder} cannot be written to (no permission): {path} was not written.</source>
      <translation>No se puede escribir en la carpeta {folder} (sin permiso): no se escribió {path}.</translation>
    </message>
    <message>
      <location filename="caseworker/outputs.py" line="105" />
      <location filename="caseworker/outputs.py" line="178" />
      <source>The folder {folder} does not exist.</source>
      <translation>La carpeta {folder} no existe.</translation>
    </message>
    <message>
      <location filename="caseworker/outputs.py" line="172" />
      <source>The folder {folder} is on a read-only disk: {path} was not written.</source>
      <translation>La carpeta {folder} está en un disco de solo lectura: no se escribió {path}.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/templates.py" line="108" />
      <source>The fund it went to</source>
      <translation>El fondo al que fue</translation>
    </message>
    <message>
      <location filename="caseworker/domain/aid.py" line="126" />
      <source>The fund “{fund}” is closed to new disbursements.</source>
      <translation>El fondo «{fund}» está cerrado a nuevos pagos.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/templates.py" line="106" />
      <source>The gift's amount with its currency</source>
      <translation>El importe del donativo con su moneda</translation>
    </message>
    <message>
      <location filename="caseworker/domain/templates.py" line="107" />
      <source>The gift's date</source>
      <translation>La fecha del donativo</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/grants.py" line="114" />
      <source>The grant has no budget lines yet.</source>
      <translation>La subvención aún no tiene partidas presupuestarias.</translation>
    </message>
    <message>
      <location filename="caseworker/services/grants.py" line="274" />
      <source>The grant period ends before it starts.</source>
      <translation>El periodo de la subvención termina antes de empezar.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/templates.py" line="99" />
      <source>The household's greeting, or the salutation</source>
      <translation>El saludo del hogar, o el encabezamiento</translation>
    </message>
    <message>
      <location filename="caseworker/services/imports.py" line="335" />
      <source>The import cannot be undone: these records were changed after it: {records}. Nothing was undone.</source>
      <translation>La importación no se puede deshacer: estos registros se cambiaron después: {records}. No se ha deshecho nada.</translation>
    </message>
    <message>
      <location filename="caseworker/db/keystore.py" line="141" />
      <source>The key file {path} asks for key derivation settings outside safe limits ({detail}); it may have been tampered with. Restore it from the newest backup.</source>
      <translation>El archivo de claves {path} pide parámetros de derivación de claves fuera de los límites seguros ({detail}); puede que se haya manipulado. Restáurelo desde la copia de seguridad más reciente.</translation>
    </message>
    <message>
      <location filename="caseworker/db/keystore.py" line="135" />
      <source>The key file {path} belongs to another database, not to {database}. Put the key file that was saved with this database beside it (a backup's key file is named after the backup).</source>
      <translation>El archivo de claves {path} pertenece a otra base de datos, no a {database}. Ponga a su lado el archivo de claves que se guardó con esta base de datos (el archivo de claves de una copia lleva el nombre de la copia).</translation>
    </message>
    <message>
      <location filename="caseworker/db/open.py" line="123" />
      <source>The key file {path} holds no keys for the new files.</source>
      <translation>El archivo de claves {path} no contiene claves para los archivos nuevos.</translation>
    </message>
    <message>
      <location filename="caseworker/db/keystore.py" line="131" />
      <source>The key file {path} is damaged. Restore it from the newest backup.</source>
      <translation>El archivo de claves {path} está dañado. Restáurelo desde la copia de seguridad más reciente.</translation>
    </message>
    <message>
      <location filename="caseworker/db/keystore.py" line="663" />
      <location filename="caseworker/db/keystore.py" line="811" />
      <source>The key file {path} stayed locked by another program; try again in a moment.</source>
      <translation>Otro programa mantuvo bloqueado el archivo de claves {path}; vuelva a intentarlo en un momento.</translation>
    </message>
    <message>
      <location filename="caseworker/services/ics.py" line="67" />
      <source>The last day is before the first.</source>
      <translation>El último día es anterior al primero.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/org.py" line="145" />
      <source>The logo file is larger than 2 MB.</source>
      <translation>El archivo del logotipo ocupa más de 2 MB.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/org.py" line="147" />
      <source>The logo must be a PNG or JPEG picture.</source>
      <translation>El logotipo debe ser una imagen PNG o JPEG.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/mail.py" line="171" />
      <source>The mail server answered {code}: {reply}</source>
      <translation>El servidor de correo respondió {code}: {reply}</translation>
    </message>
    <message>
      <location filename="caseworker/domain/mail.py" line="165" />
      <source>The mail server did not accept the user name and password ({code}).</source>
      <translation>El servidor de correo no aceptó el nombre de usuario y la contraseña ({code}).</translation>
    </message>
    <message>
      <location filename="caseworker/domain/mail.py" line="168" />
      <source>The mail server does not offer what the settings ask for: {reply}</source>
      <translation>El servidor de correo no ofrece lo que pide la configuración: {reply}</translation>
    </message>
    <message>
      <location filename="caseworker/domain/mail.py" line="158" />
      <source>The mail server refused the address {address}: {code} {reply}</source>
      <translation>El servidor de correo rechazó la dirección {address}: {code} {reply}</translation>
    </message>
    <message>
      <location filename="caseworker/domain/mail.py" line="161" />
      <source>The mail server refused the sender address {address}: {code} {reply}</source>
      <translation>El servidor de correo rechazó la dirección del remitente {address}: {code} {reply}</translation>
    </message>
    <message>
      <location filename="caseworker/domain/mail.py" line="175" />
      <source>The mail server {host}:{port} closed the connection.</source>
      <translation>El servidor de correo {host}:{port} cerró la conexión.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/mail.py" line="188" />
      <source>The mail server {host}:{port} could not be reached: {reason}</source>
      <translation>No se ha podido contactar con el servidor de correo {host}:{port}: {reason}</translation>
    </message>
    <message>
      <location filename="caseworker/domain/mail.py" line="183" />
      <source>The mail server {host}:{port} did not answer in time.</source>
      <translation>El servidor de correo {host}:{port} no respondió a tiempo.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/mail.py" line="180" />
      <source>The mail server's name {host} could not be found (no network, or a typing mistake).</source>
      <translation>No se ha encontrado el nombre del servidor de correo {host} (no hay red, o hay un error al escribirlo).</translation>
    </message>
    <message>
      <location filename="caseworker/db/secrets.py" line="33" />
      <source>The mail server's password was saved on another computer or under another key: enter it again in Settings.</source>
      <translation>La contraseña del servidor de correo se guardó en otro equipo o con otra clave: vuelva a escribirla en Configuración.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/imports.py" line="289" />
      <source>The mapping must be a JSON object.</source>
      <translation>La correspondencia de columnas debe ser un objeto JSON.</translation>
    </message>
    <message>
      <location filename="caseworker/services/imports.py" line="243" />
      <source>The mapping names {mapped} columns but the file has {found}.</source>
      <translation>La correspondencia de columnas nombra {mapped} columnas, pero el archivo tiene {found}.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/imports.py" line="292" />
      <source>The mapping's "columns" must map column names to fields.</source>
      <translation>Las "columns" de la correspondencia deben asignar nombres de columna a campos.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/meetings.py" line="218" />
      <source>The meeting ends before it starts.</source>
      <translation>La reunión termina antes de empezar.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/org.py" line="170" />
      <source>The name can have at most {n} characters.</source>
      <translation>El nombre puede tener como máximo {n} caracteres.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/templates.py" line="121" />
      <source>The name they go by</source>
      <translation>El nombre que usa</translation>
    </message>
    <message>
      <location filename="caseworker/services/grants.py" line="683" />
      <location filename="caseworker/services/grants.py" line="683" />
      <source>The organisation</source>
      <translation>La organización</translation>
    </message>
    <message>
      <location filename="caseworker/domain/guard.py" line="583" />
      <source>The organisation has paused contact of this kind from {start} to {end}.</source>
      <translation>La organización ha suspendido los contactos de este tipo del {start} al {end}.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/templates.py" line="144" />
      <source>The organisation's name</source>
      <translation>El nombre de la organización</translation>
    </message>
    <message>
      <location filename="caseworker/domain/clients.py" line="596" />
      <source>The outcome cannot come before the referral ({day}).</source>
      <translation>El resultado no puede ser anterior a la derivación ({day}).</translation>
    </message>
    <message>
      <location filename="caseworker/domain/clients.py" line="594" />
      <source>The outcome date cannot be in the future.</source>
      <translation>La fecha del resultado no puede estar en el futuro.</translation>
    </message>
    <message>
      <location filename="caseworker/outputs.py" line="86" />
      <source>The output file name contains a NUL character.</source>
      <translation>El nombre del archivo de salida contiene un carácter NUL.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/donors.py" line="393" />
      <source>The pause ends ({end}) before it starts ({start}).</source>
      <translation>La pausa termina ({end}) antes de empezar ({start}).</translation>
    </message>
    <message>
      <location filename="caseworker/services/gift_aid.py" line="196" />
      <location filename="caseworker/services/paperwork.py" line="122" />
      <location filename="caseworker/services/statistics.py" line="342" />
      <source>The period ends before it starts.</source>
      <translation>El periodo termina antes de empezar.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/mail.py" line="104" />
      <source>The port is a number from 1 to 65535.</source>
      <translation>El puerto es un número del 1 al 65535.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/clients.py" line="340" />
      <source>The preferred channel needs a phone number.</source>
      <translation>El canal preferido necesita un número de teléfono.</translation>
    </message>
    <message>
      <location filename="caseworker/services/aid.py" line="165" />
      <source>The purpose can have at most {n} characters.</source>
      <translation>La finalidad puede tener como máximo {n} caracteres.</translation>
    </message>
    <message>
      <location filename="caseworker/services/board.py" line="174" />
      <location filename="caseworker/services/board.py" line="133" />
      <source>The quorum is a number of people, 1 or more.</source>
      <translation>El quórum es un número de personas, 1 o más.</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/meetings.py" line="118" />
      <source>The quorum is {quorum}: the meeting was not quorate, so its decisions need confirming.</source>
      <translation>El quórum es {quorum}: la reunión no tuvo quórum, así que sus decisiones deben confirmarse.</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/meetings.py" line="117" />
      <source>The quorum is {quorum}: the meeting was quorate.</source>
      <translation>El quórum es {quorum}: la reunión tuvo quórum.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/guard.py" line="174" />
      <source>The range ends ({end}) before it starts ({start}).</source>
      <translation>El intervalo termina ({end}) antes de empezar ({start}).</translation>
    </message>
    <message>
      <location filename="caseworker/services/aid.py" line="313" />
      <source>The reason can have at most {n} characters.</source>
      <translation>El motivo puede tener como máximo {n} caracteres.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/care.py" line="152" />
      <source>The repeat rule is not one the app understands.</source>
      <translation>La regla de repetición no es una que entienda la aplicación.</translation>
    </message>
    <message>
      <location filename="caseworker/services/grant_reports.py" line="63" />
      <source>The report due on {day} is already marked submitted.</source>
      <translation>El informe que vence el {day} ya está marcado como presentado.</translation>
    </message>
    <message>
      <location filename="caseworker/services/aid.py" line="141" />
      <source>The restrictions text is too long or contains a NUL character.</source>
      <translation>El texto de las restricciones es demasiado largo o contiene un carácter NUL.</translation>
    </message>
    <message>
      <location filename="caseworker/db/db_roles.py" line="107" />
      <source>The role prefix '{prefix}' must be 2 to 30 lower-case letters, digits or underscores, starting with a letter.</source>
      <translation>El prefijo de roles '{prefix}' debe tener de 2 a 30 letras minúsculas, dígitos o guiones bajos, y empezar por una letra.</translation>
    </message>
    <message>
      <location filename="caseworker/services/accounts.py" line="300" />
      <source>The roles were changed, but the keys of what the person no longer reads were not: {detail} Then choose Rotate keys in Settings.</source>
      <translation>Se cambiaron los roles, pero no las claves de lo que la persona ya no lee: {detail} Después elija Rotar claves en Configuración.</translation>
    </message>
    <message>
      <location filename="caseworker/services/imports.py" line="800" />
      <source>The row does not say whose gift it is.</source>
      <translation>La fila no indica de quién es el donativo.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/guard_scenario.py" line="70" />
      <source>The scenario has no proposal.</source>
      <translation>El escenario no tiene propuesta.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/gifts.py" line="279" />
      <source>The schedule ends before it starts.</source>
      <translation>El calendario termina antes de empezar.</translation>
    </message>
    <message>
      <location filename="caseworker/db/db_roles.py" line="491" />
      <source>The sign-in role's name may not start with the roles' prefix '{prefix}_'.</source>
      <translation>El nombre del rol de inicio de sesión no puede empezar por el prefijo de los roles '{prefix}_'.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/templates.py" line="140" />
      <source>The signed-in worker's name</source>
      <translation>El nombre del profesional que ha iniciado sesión</translation>
    </message>
    <message>
      <location filename="caseworker/db/split.py" line="222" />
      <source>The split copy did not pass its check; the original is untouched.</source>
      <translation>La copia dividida no superó su comprobación; el original no se ha tocado.</translation>
    </message>
    <message>
      <location filename="caseworker/db/split.py" line="133" />
      <source>The split copy differs from the original; the original is untouched.</source>
      <translation>La copia dividida difiere del original; el original no se ha tocado.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/cases.py" line="427" />
      <source>The target is between 1 and {max} business days.</source>
      <translation>El objetivo está entre 1 y {max} días hábiles.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/mail.py" line="112" />
      <source>The target is between 1 hour and 60 days.</source>
      <translation>El objetivo está entre 1 hora y 60 días.</translation>
    </message>
    <message>
      <location filename="caseworker/services/mail.py" line="610" />
      <source>The template '{name}' is retired.</source>
      <translation>La plantilla «{name}» está retirada.</translation>
    </message>
    <message>
      <location filename="caseworker/services/mail.py" line="675" />
      <location filename="caseworker/services/mail.py" line="724" />
      <source>The template '{template}' cannot be filled for {name}: {problem}</source>
      <translation>La plantilla «{template}» no se puede rellenar para {name}: {problem}</translation>
    </message>
    <message>
      <location filename="caseworker/domain/templates.py" line="211" />
      <location filename="caseworker/domain/templates.py" line="297" />
      <source>The template cannot be read at line {line}: {problem}</source>
      <translation>No se puede leer la plantilla en la línea {line}: {problem}</translation>
    </message>
    <message>
      <location filename="caseworker/domain/templates.py" line="300" />
      <source>The template could not be filled in: {problem}</source>
      <translation>No se ha podido rellenar la plantilla: {problem}</translation>
    </message>
    <message>
      <location filename="caseworker/domain/templates.py" line="292" />
      <source>The template needs {field}, which this record does not have.</source>
      <translation>La plantilla necesita {field}, que este registro no tiene.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/templates.py" line="271" />
      <source>The template refers to {field}, which is not a merge field for {audience}.</source>
      <translation>La plantilla hace referencia a {field}, que no es un campo de combinación para {audience}.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/templates.py" line="295" />
      <source>The template tried to do something a template may not do.</source>
      <translation>La plantilla intentó hacer algo que una plantilla no puede hacer.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/inputs.py" line="175" />
      <source>The text contains a NUL character, which cannot be stored.</source>
      <translation>El texto contiene un carácter NUL, que no se puede guardar.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/inputs.py" line="190" />
      <source>The text contains an invisible control character (U+{code}).</source>
      <translation>El texto contiene un carácter de control invisible (U+{code}).</translation>
    </message>
    <message>
      <location filename="caseworker/domain/inputs.py" line="177" />
      <source>The text contains broken characters that cannot be stored.</source>
      <translation>El texto contiene caracteres dañados que no se pueden guardar.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/inputs.py" line="196" />
      <location filename="caseworker/domain/inputs.py" line="171" />
      <source>The text has {length} characters; at most {max_chars} are allowed.</source>
      <translation>El texto tiene {length} caracteres; se permiten como máximo {max_chars}.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/gifts.py" line="234" />
      <location filename="caseworker/services/gifts.py" line="205" />
      <source>The thank-you cannot be dated before the gift.</source>
      <translation>El agradecimiento no puede tener fecha anterior al donativo.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/care.py" line="335" />
      <location filename="caseworker/domain/guard.py" line="160" />
      <location filename="caseworker/domain/meetings.py" line="215" />
      <source>The time {value} has no UTC offset.</source>
      <translation>La hora {value} no tiene desfase respecto a UTC.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/guard.py" line="164" />
      <source>The time {value} is not between the years {first} and {last}.</source>
      <translation>La hora {value} no está entre los años {first} y {last}.</translation>
    </message>
    <message>
      <location filename="caseworker/services/accounts.py" line="184" />
      <location filename="caseworker/services/accounts.py" line="276" />
      <source>The user name '{name}' is taken.</source>
      <translation>El nombre de usuario «{name}» ya está en uso.</translation>
    </message>
    <message>
      <location filename="caseworker/db/keystore.py" line="147" />
      <location filename="caseworker/domain/errors.py" line="93" />
      <source>The user name or password is not correct.</source>
      <translation>El nombre de usuario o la contraseña no son correctos.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/introductions.py" line="48" />
      <source>The {team} team is looking after {reference} ({title}).</source>
      <translation>El equipo {team} se ocupa de {reference} ({title}).</translation>
    </message>
    <message>
      <location filename="caseworker/domain/templates.py" line="141" />
      <source>Their signature block</source>
      <translation>Su bloque de firma</translation>
    </message>
    <message>
      <location filename="caseworker/services/receipts.py" line="105" />
      <source>There are no gifts from {year} left to receipt.</source>
      <translation>No quedan donativos de {year} por incluir en un recibo.</translation>
    </message>
    <message>
      <location filename="caseworker/correspondence.py" line="245" />
      <location filename="caseworker/correspondence.py" line="261" />
      <source>There are no letters waiting to be printed.</source>
      <translation>No hay cartas pendientes de imprimir.</translation>
    </message>
    <message>
      <location filename="caseworker/exports.py" line="403" />
      <source>There are no meetings in {month}.</source>
      <translation>No hay reuniones en {month}.</translation>
    </message>
    <message>
      <location filename="caseworker/exports.py" line="348" />
      <source>There are no receipts for {year}.</source>
      <translation>No hay recibos de {year}.</translation>
    </message>
    <message>
      <location filename="caseworker/services/case_routing.py" line="140" />
      <source>There is already a category called '{name}'.</source>
      <translation>Ya hay una categoría llamada «{name}».</translation>
    </message>
    <message>
      <location filename="caseworker/domain/guard.py" line="715" />
      <source>There is already a contact on {other}; contacts need to be at least {days} days apart.</source>
      <translation>Ya hay un contacto el {other}; los contactos deben estar separados al menos {days} días.</translation>
    </message>
    <message>
      <location filename="caseworker/services/aid.py" line="207" />
      <source>There is already a fund called “{name}”.</source>
      <translation>Ya hay un fondo llamado «{name}».</translation>
    </message>
    <message>
      <location filename="caseworker/services/organigram.py" line="154" />
      <source>There is already a team called '{name}'.</source>
      <translation>Ya hay un equipo llamado «{name}».</translation>
    </message>
    <message>
      <location filename="caseworker/services/protection.py" line="276" />
      <source>There is no backup of {database} in {folder}.</source>
      <translation>No hay ninguna copia de seguridad de {database} en {folder}.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/introductions.py" line="165" />
      <source>There is no introduction text in {asked}: it is written in {language}, the organisation's language.</source>
      <translation>No hay texto de presentación en {asked}: se redacta en {language}, el idioma de la organización.</translation>
    </message>
    <message>
      <location filename="caseworker/services/mail.py" line="371" />
      <source>There is no template called '{name}'.</source>
      <translation>No hay ninguna plantilla llamada «{name}».</translation>
    </message>
    <message>
      <location filename="caseworker/domain/inputs.py" line="71" />
      <source>There is no year {year}: years start at 1.</source>
      <translation>No existe el año {year}: los años empiezan en 1.</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/giving_statements.py" line="120" />
      <source>These donors gave in the period but have no valid postal address, so no statement was made for them. Correct their address and make their statements again.</source>
      <translation>Estos donantes donaron en el periodo pero no tienen una dirección postal válida, así que no se hizo su certificado. Corrija su dirección y vuelva a hacer sus certificados.</translation>
    </message>
    <message>
      <location filename="caseworker/services/merging.py" line="255" />
      <source>These fields cannot be chosen in a merge: {fields}.</source>
      <translation>Estos campos no se pueden elegir en una fusión: {fields}.</translation>
    </message>
    <message>
      <location filename="caseworker/db/db_roles.py" line="197" />
      <source>These tables belong to no trust domain, so no role could be granted them: {tables}. Assign them in caseworker/db/trust_domains.py.</source>
      <translation>Estas tablas no pertenecen a ningún dominio de confianza, así que no se pudo conceder ningún rol sobre ellas: {tables}. Asígnelas en caseworker/db/trust_domains.py.</translation>
    </message>
    <message>
      <location filename="caseworker/services/accounts.py" line="159" />
      <source>This account has been deactivated.</source>
      <translation>Esta cuenta se ha desactivado.</translation>
    </message>
    <message>
      <location filename="caseworker/services/clients.py" line="397" />
      <source>This attachment was removed: {reason}</source>
      <translation>Este adjunto se quitó: {reason}</translation>
    </message>
    <message>
      <location filename="caseworker/domain/meetings.py" line="224" />
      <location filename="caseworker/domain/meetings.py" line="208" />
      <location filename="caseworker/services/grants.py" line="244" />
      <source>This can have at most {n} characters.</source>
      <translation>Esto puede tener como máximo {n} caracteres.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/guard.py" line="255" />
      <source>This cannot be more than {most} days.</source>
      <translation>Esto no puede superar los {most} días.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/guard.py" line="253" />
      <source>This cannot be negative.</source>
      <translation>Esto no puede ser negativo.</translation>
    </message>
    <message>
      <location filename="caseworker/services/cases.py" line="196" />
      <source>This case already has a worker: hand it off instead.</source>
      <translation>Este caso ya tiene profesional: traspáselo en su lugar.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/cases.py" line="214" />
      <source>This case is already at the highest support level ({level}).</source>
      <translation>Este caso ya está en el nivel de apoyo más alto ({level}).</translation>
    </message>
    <message>
      <location filename="caseworker/domain/cases.py" line="190" />
      <source>This case is already closed.</source>
      <translation>Este caso ya está cerrado.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/cases.py" line="194" />
      <source>This case is already resolved.</source>
      <translation>Este caso ya está resuelto.</translation>
    </message>
    <message>
      <location filename="caseworker/services/case_handoffs.py" line="65" />
      <source>This case is already waiting for a handoff to be accepted.</source>
      <translation>Este caso ya está a la espera de que se acepte un traspaso.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/cases.py" line="201" />
      <location filename="caseworker/services/case_base.py" line="183" />
      <source>This case is {status}: reopen it before changing it.</source>
      <translation>Este caso está {status}: reábralo antes de cambiarlo.</translation>
    </message>
    <message>
      <location filename="caseworker/services/care.py" line="320" />
      <source>This client has no case to log the contact on: open a case first.</source>
      <translation>Este cliente no tiene ningún caso en el que registrar el contacto: abra primero un caso.</translation>
    </message>
    <message>
      <location filename="caseworker/services/care.py" line="234" />
      <source>This client has no contact rhythm to stop.</source>
      <translation>Este cliente no tiene ningún ritmo de contacto que detener.</translation>
    </message>
    <message>
      <location filename="caseworker/services/clients.py" line="468" />
      <location filename="caseworker/services/person_data.py" line="192" />
      <source>This client was anonymised; the record can no longer be changed.</source>
      <translation>Este cliente se anonimizó; el registro ya no se puede cambiar.</translation>
    </message>
    <message>
      <location filename="caseworker/services/accounts.py" line="128" />
      <source>This database already has users: sign in instead.</source>
      <translation>Esta base de datos ya tiene usuarios: inicie sesión en su lugar.</translation>
    </message>
    <message>
      <location filename="caseworker/services/protection.py" line="188" />
      <location filename="caseworker/services/protection.py" line="216" />
      <source>This database already keeps each kind of record in its own file.</source>
      <translation>Esta base de datos ya guarda cada tipo de registro en su propio archivo.</translation>
    </message>
    <message>
      <location filename="caseworker/services/opening.py" line="111" />
      <source>This database gives every person a database role, but '{name}' has none yet: an administrator runs 'caseworker db-roles setup'.</source>
      <translation>Esta base de datos da a cada persona un rol de base de datos, pero '{name}' aún no tiene ninguno: un administrador ejecuta 'caseworker db-roles setup'.</translation>
    </message>
    <message>
      <location filename="caseworker/db/split.py" line="110" />
      <source>This database is missing tables ({tables}); bring it up to date first.</source>
      <translation>A esta base de datos le faltan tablas ({tables}); actualícela primero.</translation>
    </message>
    <message>
      <location filename="caseworker/db/migrate.py" line="79" />
      <source>This database needs an update that only someone who can open all of it can make (a manager or an administrator): ask one to sign in first. Nothing was changed.</source>
      <translation>Esta base de datos necesita una actualización que solo puede hacer alguien que pueda abrirla entera (un responsable o un administrador): pida a uno que inicie sesión primero. No se cambió nada.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/versions.py" line="41" />
      <source>This database was last used by Caseworker {found}, which is newer than this Caseworker {running}. Install Caseworker {found} or later to open it; nothing was changed.</source>
      <translation>Esta base de datos la usó por última vez Caseworker {found}, que es más reciente que este Caseworker {running}. Instale Caseworker {found} o posterior para abrirla; no se ha cambiado nada.</translation>
    </message>
    <message>
      <location filename="caseworker/db/migrate.py" line="73" />
      <source>This database was made by a newer Caseworker (schema {found}); this is Caseworker {running}, which knows schemas up to {head}. Update the app; nothing was changed.</source>
      <translation>Esta base de datos la creó un Caseworker más reciente (esquema {found}); este es Caseworker {running}, que conoce esquemas hasta {head}. Actualice la aplicación; no se ha cambiado nada.</translation>
    </message>
    <message>
      <location filename="caseworker/services/db_roles.py" line="78" />
      <source>This database's roles already start with '{current}'; they keep that prefix.</source>
      <translation>Los roles de esta base de datos ya empiezan por '{current}'; conservan ese prefijo.</translation>
    </message>
    <message>
      <location filename="caseworker/db/db_roles.py" line="146" />
      <source>This database's schema needs an upgrade that only its owner may make: an administrator runs 'caseworker db-roles setup --db OWNER_URL --user NAME' (it upgrades first), then this laptop opens it again.</source>
      <translation>El esquema de esta base de datos necesita una actualización que solo su propietario puede hacer: un administrador ejecuta 'caseworker db-roles setup --db OWNER_URL --user NAME' (primero actualiza) y luego este equipo la vuelve a abrir.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/inputs.py" line="49" />
      <location filename="caseworker/services/case_base.py" line="268" />
      <source>This date is in the future: {value}.</source>
      <translation>Esta fecha está en el futuro: {value}.</translation>
    </message>
    <message>
      <location filename="caseworker/services/gift_aid.py" line="171" />
      <source>This declaration was already cancelled.</source>
      <translation>Esta declaración ya se canceló.</translation>
    </message>
    <message>
      <location filename="caseworker/services/grants.py" line="540" />
      <source>This disbursement is already counted as spending on a grant.</source>
      <translation>Este pago ya se cuenta como gasto de una subvención.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/inputs.py" line="188" />
      <source>This field holds a single line of text.</source>
      <translation>Este campo contiene una sola línea de texto.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/inputs.py" line="193" />
      <location filename="caseworker/domain/inputs.py" line="168" />
      <source>This field is required.</source>
      <translation>Este campo es obligatorio.</translation>
    </message>
    <message>
      <location filename="caseworker/services/mail.py" line="1002" />
      <source>This gift has been thanked by another message meanwhile.</source>
      <translation>Mientras tanto, este donativo se ha agradecido con otro mensaje.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/gift_aid.py" line="62" />
      <source>This gift only</source>
      <translation>Solo este donativo</translation>
    </message>
    <message>
      <location filename="caseworker/services/gifts.py" line="318" />
      <source>This gift was already voided.</source>
      <translation>Este donativo ya se anuló.</translation>
    </message>
    <message>
      <location filename="caseworker/services/statistics.py" line="165" />
      <source>This grant has no period yet: give its start and end, or choose the period to report on.</source>
      <translation>Esta subvención aún no tiene periodo: indique su inicio y su fin, o elija el periodo del informe.</translation>
    </message>
    <message>
      <location filename="caseworker/services/grants.py" line="503" />
      <source>This grant is closed.</source>
      <translation>Esta subvención está cerrada.</translation>
    </message>
    <message>
      <location filename="caseworker/services/case_handoffs.py" line="170" />
      <source>This handoff was already {state}.</source>
      <translation>Este traspaso ya estaba {state}.</translation>
    </message>
    <message>
      <location filename="caseworker/services/imports.py" line="331" />
      <source>This import was already undone.</source>
      <translation>Esta importación ya se deshizo.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/clients.py" line="120" />
      <source>This may be someone already on file: {names}. Check, or save anyway.</source>
      <translation>Puede que esta persona ya esté registrada: {names}. Compruébelo, o guarde de todos modos.</translation>
    </message>
    <message>
      <location filename="caseworker/services/meetings.py" line="279" />
      <source>This meeting is already cancelled.</source>
      <translation>Esta reunión ya está cancelada.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/guard_scenario.py" line="230" />
      <source>This must be a list ([...]).</source>
      <translation>Esto debe ser una lista ([...]).</translation>
    </message>
    <message>
      <location filename="caseworker/domain/guard_scenario.py" line="187" />
      <source>This must be a number or text.</source>
      <translation>Esto debe ser un número o un texto.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/guard_scenario.py" line="271" />
      <source>This must be a whole number.</source>
      <translation>Esto debe ser un número entero.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/guard_scenario.py" line="224" />
      <source>This must be an object ({{...}}).</source>
      <translation>Esto debe ser un objeto ({{...}}).</translation>
    </message>
    <message>
      <location filename="caseworker/domain/guard.py" line="251" />
      <source>This must be at least 1 day.</source>
      <translation>Esto debe ser al menos 1 día.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/guard_scenario.py" line="179" />
      <source>This must be text.</source>
      <translation>Esto debe ser un texto.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/guard_scenario.py" line="157" />
      <source>This must be true or false.</source>
      <translation>Esto debe ser verdadero o falso.</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/grants.py" line="104" />
      <location filename="caseworker/reports/documents/grants.py" line="144" />
      <location filename="caseworker/reports/documents/grants.py" line="247" />
      <source>This period</source>
      <translation>Este periodo</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/receipts.py" line="54" />
      <source>This receipt replaces receipt No. {number}, which is void.</source>
      <translation>Este recibo sustituye al recibo n.º {number}, que está anulado.</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/receipts.py" line="55" />
      <source>This receipt was voided on {date}: {reason}</source>
      <translation>Este recibo se anuló el {date}: {reason}</translation>
    </message>
    <message>
      <location filename="caseworker/db/database.py" line="268" />
      <source>This record was changed by another user meanwhile — reload it and try again.</source>
      <translation>Otro usuario ha cambiado este registro mientras tanto: recárguelo y vuelva a intentarlo.</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/grants.py" line="101" />
      <source>This report is due on {date}.</source>
      <translation>Este informe vence el {date}.</translation>
    </message>
    <message>
      <location filename="caseworker/services/case_routing.py" line="110" />
      <source>This specialist is already involved in the case.</source>
      <translation>Este especialista ya participa en el caso.</translation>
    </message>
    <message>
      <location filename="caseworker/services/grants.py" line="562" />
      <source>This spending is already voided.</source>
      <translation>Este gasto ya está anulado.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/guard.py" line="569" />
      <source>This supporter asked for no contact from {start} to {end}.</source>
      <translation>Este donante pidió no ser contactado del {start} al {end}.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/guard.py" line="511" />
      <source>This supporter has asked not to be contacted at all.</source>
      <translation>Este donante ha pedido no ser contactado en absoluto.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/guard.py" line="520" />
      <source>This supporter has asked not to be contacted by {channel}.</source>
      <translation>Este donante ha pedido no ser contactado por {channel}.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/guard.py" line="529" />
      <source>This supporter prefers to be contacted by {preferred}, not by {channel}.</source>
      <translation>Este donante prefiere que se le contacte por {preferred}, no por {channel}.</translation>
    </message>
    <message>
      <location filename="caseworker/services/tasks.py" line="352" />
      <source>This task is already {status}.</source>
      <translation>Esta tarea ya está {status}.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/errors.py" line="38" />
      <source>This value is not valid.</source>
      <translation>Este valor no es válido.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/errors.py" line="79" />
      <source>This {what} was changed by {name} at {when} meanwhile — reload it and try again.</source>
      <translation>{name} cambió este {what} el {when} mientras tanto: recárguelo y vuelva a intentarlo.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/guard.py" line="140" />
      <location filename="caseworker/domain/recurrence.py" line="141" />
      <source>Thursday</source>
      <translation>Jueves</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/merge_dialog.py" line="42" />
      <source>Time zone</source>
      <translation>Zona horaria</translation>
    </message>
    <message>
      <location filename="caseworker/domain/service_quality.py" line="319" />
      <source>Title</source>
      <translation>Título</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/case_summary.py" line="120" />
      <source>To</source>
      <translation>Hasta</translation>
    </message>
    <message>
      <location filename="caseworker/domain/grant_reports.py" line="28" />
      <source>To come</source>
      <translation>Por venir</translation>
    </message>
    <message>
      <location filename="caseworker/services/accounts.py" line="147" />
      <source>Too many wrong passwords: wait {seconds} seconds and try again.</source>
      <translation>Demasiadas contraseñas incorrectas: espere {seconds} segundos y vuelva a intentarlo.</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/aid_statement.py" line="110" />
      <location filename="caseworker/reports/documents/dashboard.py" line="278" />
      <location filename="caseworker/reports/documents/gift_aid.py" line="81" />
      <source>Total</source>
      <translation>Total</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/receipts.py" line="162" />
      <source>Total cash contributions</source>
      <translation>Total de aportaciones en efectivo</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/gift_aid.py" line="66" />
      <source>Total donations</source>
      <translation>Total de donaciones</translation>
    </message>
    <message>
      <location filename="caseworker/domain/templates.py" line="103" />
      <source>Total given</source>
      <translation>Total donado</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/dashboard.py" line="346" />
      <source>Total: {amount}</source>
      <translation>Total: {amount}</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/aid_statement.py" line="80" />
      <source>Totals by fund</source>
      <translation>Totales por fondo</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/aid_statement.py" line="78" />
      <source>Totals include approved and paid aid; requests and void entries are listed but not counted.</source>
      <translation>Los totales incluyen las ayudas aprobadas y pagadas; las solicitudes y las anulaciones se listan pero no se cuentan.</translation>
    </message>
    <message>
      <location filename="caseworker/ui/dialogs/merge_dialog.py" line="41" />
      <source>Town</source>
      <translation>Localidad</translation>
    </message>
    <message>
      <location filename="caseworker/domain/imports.py" line="131" />
      <source>Town or city</source>
      <translation>Localidad</translation>
    </message>
    <message>
      <location filename="caseworker/domain/guard.py" line="138" />
      <location filename="caseworker/domain/recurrence.py" line="141" />
      <source>Tuesday</source>
      <translation>Martes</translation>
    </message>
    <message>
      <location filename="caseworker/domain/mail.py" line="31" />
      <source>US Letter, 10 labels 4 × 2 in (Avery 5163)</source>
      <translation>Carta EE. UU., 10 etiquetas de 4 × 2 pulg. (Avery 5163)</translation>
    </message>
    <message>
      <location filename="caseworker/domain/mail.py" line="30" />
      <source>US Letter, 30 labels 2⅝ × 1 in (Avery 5160)</source>
      <translation>Carta EE. UU., 30 etiquetas de 2⅝ × 1 pulg. (Avery 5160)</translation>
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
      <translation>UTF-8 con marca de orden de bytes</translation>
    </message>
    <message>
      <location filename="caseworker/services/service_quality.py" line="429" />
      <source>Unassigned</source>
      <translation>Sin asignar</translation>
    </message>
    <message>
      <location filename="caseworker/domain/org.py" line="60" />
      <location filename="caseworker/domain/org.py" line="87" />
      <source>United Kingdom</source>
      <translation>Reino Unido</translation>
    </message>
    <message>
      <location filename="caseworker/domain/org.py" line="61" />
      <location filename="caseworker/domain/org.py" line="89" />
      <source>United States</source>
      <translation>Estados Unidos</translation>
    </message>
    <message>
      <location filename="caseworker/domain/templates.py" line="76" />
      <source>Update</source>
      <translation>Novedad</translation>
    </message>
    <message>
      <location filename="caseworker/domain/care.py" line="57" />
      <location filename="caseworker/domain/cases.py" line="71" />
      <source>Urgent</source>
      <translation>Urgente</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/receipts.py" line="56" />
      <source>VOID</source>
      <translation>ANULADO</translation>
    </message>
    <message>
      <location filename="caseworker/domain/clients.py" line="47" />
      <source>Verbal</source>
      <translation>Verbal</translation>
    </message>
    <message>
      <source>Video</source>
      <translation type="obsolete">Vídeo</translation>
    </message>
    <message>
      <location filename="caseworker/domain/cases.py" line="109" />
      <location filename="caseworker/services/case_timeline.py" line="172" />
      <source>Visit</source>
      <translation>Visita</translation>
    </message>
    <message>
      <location filename="caseworker/domain/aid.py" line="58" />
      <source>Void</source>
      <translation>Anulado</translation>
    </message>
    <message>
      <location filename="caseworker/services/touchpoints.py" line="603" />
      <source>Voided gift of {amount}</source>
      <translation>Donativo anulado de {amount}</translation>
    </message>
    <message>
      <location filename="caseworker/domain/aid.py" line="55" />
      <source>Voucher</source>
      <translation>Vale</translation>
    </message>
    <message>
      <location filename="caseworker/domain/cases.py" line="38" />
      <source>Waiting</source>
      <translation>En espera</translation>
    </message>
    <message>
      <location filename="caseworker/domain/cases.py" line="56" />
      <location filename="caseworker/services/case_timeline.py" line="138" />
      <source>Waiting on a third party</source>
      <translation>A la espera de un tercero</translation>
    </message>
    <message>
      <location filename="caseworker/domain/cases.py" line="55" />
      <source>Waiting on the client</source>
      <translation>A la espera del cliente</translation>
    </message>
    <message>
      <location filename="caseworker/services/case_timeline.py" line="136" />
      <source>Waiting on the client (the due date is paused)</source>
      <translation>A la espera del cliente (la fecha de vencimiento está en pausa)</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/giving_statements.py" line="27" />
      <source>We have no gifts from you recorded between {start} and {end}.</source>
      <translation>No tenemos registrado ningún donativo suyo entre el {start} y el {end}.</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/receipts.py" line="84" />
      <source>We hold no Gift Aid declaration covering these gifts, so we claim no Gift Aid on them. If you are a UK taxpayer, a declaration would let us claim 25p from HMRC for every £1 you give: ask us for a form.</source>
      <translation>No tenemos ninguna declaración de Gift Aid que cubra estos donativos, así que no reclamamos Gift Aid por ellos. Si es usted contribuyente en el Reino Unido, una declaración nos permitiría reclamar 25 peniques a HMRC por cada £1 que done: pídanos un formulario.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/guard.py" line="139" />
      <location filename="caseworker/domain/recurrence.py" line="141" />
      <source>Wednesday</source>
      <translation>Miércoles</translation>
    </message>
    <message>
      <location filename="caseworker/domain/gifts.py" line="84" />
      <source>Weekly</source>
      <translation>Semanal</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/grants.py" line="275" />
      <source>What</source>
      <translation>Qué</translation>
    </message>
    <message>
      <location filename="caseworker/domain/templates.py" line="112" />
      <source>What was given, for a gift in kind</source>
      <translation>Lo que se dio, en un donativo en especie</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/case_summary.py" line="102" />
      <location filename="caseworker/reports/documents/case_summary.py" line="118" />
      <location filename="caseworker/reports/documents/case_summary.py" line="137" />
      <source>When</source>
      <translation>Cuándo</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/gift_aid.py" line="88" />
      <location filename="caseworker/reports/documents/gift_aid.py" line="128" />
      <source>Why</source>
      <translation>Por qué</translation>
    </message>
    <message>
      <location filename="caseworker/domain/imports.py" line="49" />
      <source>Windows-1252 (Western European)</source>
      <translation>Windows-1252 (Europa occidental)</translation>
    </message>
    <message>
      <location filename="caseworker/domain/grants.py" line="41" />
      <source>Withdrawn</source>
      <translation>Retirada</translation>
    </message>
    <message>
      <location filename="caseworker/domain/service_quality.py" line="322" />
      <source>Within target</source>
      <translation>Dentro del objetivo</translation>
    </message>
    <message>
      <location filename="caseworker/domain/clients.py" line="300" />
      <source>Woman</source>
      <translation>Mujer</translation>
    </message>
    <message>
      <location filename="caseworker/domain/service_quality.py" line="49" />
      <location filename="caseworker/domain/service_quality.py" line="320" />
      <location filename="caseworker/reports/documents/feedback_form.py" line="40" />
      <source>Worker</source>
      <translation>Profesional</translation>
    </message>
    <message>
      <location filename="caseworker/services/organigram.py" line="239" />
      <source>Working hours end after they begin.</source>
      <translation>El horario laboral termina después de empezar.</translation>
    </message>
    <message>
      <location filename="caseworker/services/case_handoffs.py" line="54" />
      <source>Write a handoff note: what the next worker needs to know.</source>
      <translation>Escriba una nota de traspaso: lo que necesita saber el siguiente profesional.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/cases.py" line="260" />
      <source>Write something in the note.</source>
      <translation>Escriba algo en la nota.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/clients.py" line="46" />
      <source>Written (signed)</source>
      <translation>Por escrito (firmada)</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/dashboard.py" line="267" />
      <location filename="caseworker/reports/documents/dashboard.py" line="393" />
      <source>Year</source>
      <translation>Año</translation>
    </message>
    <message>
      <location filename="caseworker/domain/imports.py" line="261" />
      <source>Year-month-day (2025-12-31)</source>
      <translation>Año-mes-día (2025-12-31)</translation>
    </message>
    <message>
      <location filename="caseworker/domain/gifts.py" line="87" />
      <source>Yearly</source>
      <translation>Anual</translation>
    </message>
    <message>
      <location filename="caseworker/domain/cases.py" line="84" />
      <location filename="caseworker/reports/documents/gift_aid.py" line="78" />
      <location filename="caseworker/reports/documents/grants.py" line="87" />
      <source>Yes</source>
      <translation>Sí</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/feedback_form.py" line="49" />
      <location filename="caseworker/reports/documents/feedback_form.py" line="50" />
      <source>Yes / Partly / No</source>
      <translation>Sí / En parte / No</translation>
    </message>
    <message>
      <location filename="caseworker/domain/templates.py" line="111" />
      <source>Yes when this is the donor's first gift</source>
      <translation>Sí cuando es el primer donativo del donante</translation>
    </message>
    <message>
      <location filename="caseworker/services/mail.py" line="798" />
      <source>You are not permitted to issue receipts.</source>
      <translation>No tiene permiso para emitir recibos.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/errors.py" line="61" />
      <location filename="caseworker/domain/permissions.py" line="125" />
      <location filename="caseworker/services/backups.py" line="122" />
      <source>You are not permitted to {action}.</source>
      <translation>No tiene permiso para {action}.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/introductions.py" line="54" />
      <source>You can reach the team at {how}.</source>
      <translation>Puede contactar con el equipo en {how}.</translation>
    </message>
    <message>
      <location filename="caseworker/services/accounts.py" line="334" />
      <source>You cannot deactivate your own account.</source>
      <translation>No puede desactivar su propia cuenta.</translation>
    </message>
    <message>
      <location filename="caseworker/services/accounts.py" line="278" />
      <source>You cannot remove your own administrator role.</source>
      <translation>No puede quitarse su propio rol de administrador.</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/receipts.py" line="253" />
      <source>Your Gift Aid declaration</source>
      <translation>Su declaración de Gift Aid</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/feedback_form.py" line="45" />
      <source>Your answers help us do better. They are kept as you give them, apart from what your worker wrote.</source>
      <translation>Sus respuestas nos ayudan a mejorar. Se guardan tal como nos las da, aparte de lo que escribió su profesional.</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/giving_statements.py" line="71" />
      <source>Your gifts, {period}</source>
      <translation>Sus donativos, {period}</translation>
    </message>
    <message>
      <location filename="caseworker/services/protection.py" line="72" />
      <source>Your key entry is from an older version: sign out and sign in again, then rotate the keys.</source>
      <translation>Su entrada de clave es de una versión anterior: cierre sesión y vuelva a iniciarla, y después rote las claves.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/introductions.py" line="42" />
      <source>Your support team</source>
      <translation>Su equipo de apoyo</translation>
    </message>
    <message>
      <location filename="caseworker/domain/introductions.py" line="43" />
      <source>Your support team for {reference}</source>
      <translation>Su equipo de apoyo para {reference}</translation>
    </message>
    <message>
      <location filename="caseworker/domain/introductions.py" line="50" />
      <source>Your team</source>
      <translation>Su equipo</translation>
    </message>
    <message>
      <location filename="caseworker/domain/clients.py" line="71" />
      <location filename="caseworker/services/ics.py" line="189" />
      <location filename="caseworker/services/paperwork.py" line="466" />
      <source>a client</source>
      <translation>un cliente</translation>
    </message>
    <message>
      <location filename="caseworker/services/meeting_base.py" line="67" />
      <source>a donor</source>
      <translation>un donante</translation>
    </message>
    <message>
      <location filename="caseworker/domain/channels.py" line="83" />
      <source>a letter</source>
      <translation>una carta</translation>
    </message>
    <message>
      <location filename="caseworker/domain/aid.py" line="61" />
      <source>a month</source>
      <translation>un mes</translation>
    </message>
    <message>
      <location filename="caseworker/domain/imports.py" line="328" />
      <source>a name or an organisation</source>
      <translation>un nombre o una organización</translation>
    </message>
    <message>
      <location filename="caseworker/domain/channels.py" line="80" />
      <source>a phone call</source>
      <translation>una llamada telefónica</translation>
    </message>
    <message>
      <location filename="caseworker/domain/aid.py" line="61" />
      <source>a quarter</source>
      <translation>un trimestre</translation>
    </message>
    <message>
      <location filename="caseworker/services/ics.py" line="191" />
      <source>a supporter</source>
      <translation>un donante</translation>
    </message>
    <message>
      <location filename="caseworker/domain/channels.py" line="81" />
      <source>a text message</source>
      <translation>un mensaje de texto</translation>
    </message>
    <message>
      <location filename="caseworker/domain/channels.py" line="84" />
      <source>a visit</source>
      <translation>una visita</translation>
    </message>
    <message>
      <location filename="caseworker/domain/aid.py" line="62" />
      <source>a year</source>
      <translation>un año</translation>
    </message>
    <message>
      <location filename="caseworker/domain/service_quality.py" line="90" />
      <source>accepted handoffs per resolved case</source>
      <translation>traspasos aceptados por caso resuelto</translation>
    </message>
    <message>
      <location filename="caseworker/domain/channels.py" line="82" />
      <source>an e-mail</source>
      <translation>un correo electrónico</translation>
    </message>
    <message>
      <location filename="caseworker/domain/clients.py" line="647" />
      <source>attachment</source>
      <translation>adjunto</translation>
    </message>
    <message>
      <location filename="caseworker/services/merging.py" line="170" />
      <source>born the same day, with names alike</source>
      <translation>nacidos el mismo día, con nombres parecidos</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/meetings.py" line="205" />
      <source>carried</source>
      <translation>trasladado</translation>
    </message>
    <message>
      <location filename="caseworker/domain/service_quality.py" line="99" />
      <source>cases open at the end of the period</source>
      <translation>casos abiertos al final del periodo</translation>
    </message>
    <message>
      <location filename="caseworker/domain/service_quality.py" line="74" />
      <source>cases opened in the period</source>
      <translation>casos abiertos en el periodo</translation>
    </message>
    <message>
      <location filename="caseworker/domain/service_quality.py" line="75" />
      <source>cases resolved in the period (latest resolution)</source>
      <translation>casos resueltos en el periodo (última resolución)</translation>
    </message>
    <message>
      <location filename="caseworker/domain/service_quality.py" line="104" />
      <source>check-ins made on or before their due day</source>
      <translation>seguimientos hechos el día previsto o antes</translation>
    </message>
    <message>
      <location filename="caseworker/domain/service_quality.py" line="103" />
      <source>check-ins that fell due in the period by the client's rhythm</source>
      <translation>seguimientos previstos en el periodo según el ritmo del cliente</translation>
    </message>
    <message>
      <location filename="caseworker/services/clients.py" line="545" />
      <source>client</source>
      <translation>cliente</translation>
    </message>
    <message>
      <location filename="caseworker/domain/channels.py" line="47" />
      <source>email</source>
      <translation>correo electrónico</translation>
    </message>
    <message>
      <location filename="caseworker/domain/channels.py" line="70" />
      <source>emails</source>
      <translation>correos electrónicos</translation>
    </message>
    <message>
      <location filename="caseworker/domain/channels.py" line="51" />
      <source>event</source>
      <translation>evento</translation>
    </message>
    <message>
      <location filename="caseworker/domain/channels.py" line="74" />
      <source>events</source>
      <translation>eventos</translation>
    </message>
    <message>
      <source>gender</source>
      <translation type="obsolete">género</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/receipts.py" line="165" />
      <source>goods or services</source>
      <translation>bienes o servicios</translation>
    </message>
    <message>
      <source>household size</source>
      <translation type="obsolete">tamaño del hogar</translation>
    </message>
    <message>
      <location filename="caseworker/domain/aid.py" line="59" />
      <source>in any 12 months</source>
      <translation>en cualquier periodo de 12 meses</translation>
    </message>
    <message>
      <location filename="caseworker/domain/channels.py" line="52" />
      <source>in person</source>
      <translation>en persona</translation>
    </message>
    <message>
      <location filename="caseworker/domain/guard.py" line="152" />
      <source>invitation</source>
      <translation>invitación</translation>
    </message>
    <message>
      <location filename="caseworker/services/backups.py" line="150" />
      <source>its key file is missing</source>
      <translation>falta su archivo de claves</translation>
    </message>
    <message>
      <location filename="caseworker/domain/introductions.py" line="58" />
      <source>key worker</source>
      <translation>profesional de referencia</translation>
    </message>
    <message>
      <location filename="caseworker/services/paperwork.py" line="467" />
      <source>language not recorded</source>
      <translation>idioma no registrado</translation>
    </message>
    <message>
      <location filename="caseworker/domain/channels.py" line="48" />
      <source>letter</source>
      <translation>carta</translation>
    </message>
    <message>
      <location filename="caseworker/domain/channels.py" line="71" />
      <source>letters</source>
      <translation>cartas</translation>
    </message>
    <message>
      <location filename="caseworker/domain/service_quality.py" line="93" />
      <source>mean satisfaction score (1 to 5)</source>
      <translation>puntuación media de satisfacción (de 1 a 5)</translation>
    </message>
    <message>
      <location filename="caseworker/domain/service_quality.py" line="87" />
      <source>mean support level of the escalated cases</source>
      <translation>nivel medio de apoyo de los casos escalados</translation>
    </message>
    <message>
      <location filename="caseworker/domain/service_quality.py" line="101" />
      <source>median age in days of the cases open at the end</source>
      <translation>antigüedad mediana en días de los casos abiertos al final</translation>
    </message>
    <message>
      <location filename="caseworker/domain/service_quality.py" line="88" />
      <source>median days from opening to resolution</source>
      <translation>mediana de días desde la apertura hasta la resolución</translation>
    </message>
    <message>
      <location filename="caseworker/domain/service_quality.py" line="96" />
      <source>median days from opening to the first note, call or visit</source>
      <translation>mediana de días desde la apertura hasta la primera nota, llamada o visita</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/meetings.py" line="205" />
      <source>not carried</source>
      <translation>no trasladado</translation>
    </message>
    <message>
      <location filename="caseworker/services/backups.py" line="145" />
      <source>not checked</source>
      <translation>sin comprobar</translation>
    </message>
    <message>
      <location filename="caseworker/domain/grant_outputs.py" line="22" />
      <source>not recorded</source>
      <translation>no registrado</translation>
    </message>
    <message>
      <location filename="caseworker/domain/service_quality.py" line="100" />
      <source>open cases past their due date at the end of the period</source>
      <translation>casos abiertos que han superado su fecha de vencimiento al final del periodo</translation>
    </message>
    <message>
      <location filename="caseworker/domain/service_quality.py" line="94" />
      <source>opened cases with a first note, call or visit</source>
      <translation>casos abiertos con una primera nota, llamada o visita</translation>
    </message>
    <message>
      <location filename="caseworker/domain/guard.py" line="153" />
      <source>other contact</source>
      <translation>otro contacto</translation>
    </message>
    <message>
      <location filename="caseworker/domain/aid.py" line="60" />
      <source>per calendar year</source>
      <translation>por año natural</translation>
    </message>
    <message>
      <location filename="caseworker/domain/channels.py" line="45" />
      <source>phone</source>
      <translation>teléfono</translation>
    </message>
    <message>
      <location filename="caseworker/domain/channels.py" line="68" />
      <source>phone calls</source>
      <translation>llamadas telefónicas</translation>
    </message>
    <message>
      <location filename="caseworker/domain/introductions.py" line="61" />
      <source>point of contact of the {team} team</source>
      <translation>persona de contacto del equipo {team}</translation>
    </message>
    <message>
      <location filename="caseworker/domain/guard.py" line="149" />
      <source>request for a gift</source>
      <translation>petición de donativo</translation>
    </message>
    <message>
      <location filename="caseworker/services/case_timeline.py" line="140" />
      <source>resolved alone</source>
      <translation>resuelto solo</translation>
    </message>
    <message>
      <location filename="caseworker/domain/service_quality.py" line="82" />
      <source>resolved cases resolved by the worker alone</source>
      <translation>casos resueltos por el profesional solo</translation>
    </message>
    <message>
      <location filename="caseworker/domain/service_quality.py" line="76" />
      <source>resolved cases resolved on or before their due date</source>
      <translation>casos resueltos en su fecha de vencimiento o antes</translation>
    </message>
    <message>
      <location filename="caseworker/domain/service_quality.py" line="83" />
      <source>resolved cases resolved with a specialist</source>
      <translation>casos resueltos con un especialista</translation>
    </message>
    <message>
      <location filename="caseworker/domain/service_quality.py" line="91" />
      <source>resolved cases that had been reopened before</source>
      <translation>casos resueltos que se habían reabierto antes</translation>
    </message>
    <message>
      <location filename="caseworker/domain/service_quality.py" line="85" />
      <source>resolved cases that were escalated at least once</source>
      <translation>casos resueltos que se escalaron al menos una vez</translation>
    </message>
    <message>
      <location filename="caseworker/domain/service_quality.py" line="80" />
      <source>resolved cases the client did not find acceptable</source>
      <translation>casos resueltos cuyo resultado el cliente no consideró aceptable</translation>
    </message>
    <message>
      <location filename="caseworker/domain/service_quality.py" line="79" />
      <source>resolved cases the client found partly acceptable</source>
      <translation>casos resueltos cuyo resultado el cliente consideró aceptable en parte</translation>
    </message>
    <message>
      <location filename="caseworker/domain/service_quality.py" line="78" />
      <source>resolved cases whose outcome the client found acceptable</source>
      <translation>casos resueltos cuyo resultado el cliente consideró aceptable</translation>
    </message>
    <message>
      <location filename="caseworker/domain/service_quality.py" line="92" />
      <source>resolved cases with a satisfaction score</source>
      <translation>casos resueltos con una puntuación de satisfacción</translation>
    </message>
    <message>
      <location filename="caseworker/domain/service_quality.py" line="84" />
      <source>share of resolved cases resolved alone</source>
      <translation>proporción de casos resueltos por el profesional solo</translation>
    </message>
    <message>
      <location filename="caseworker/domain/service_quality.py" line="77" />
      <source>share of resolved cases resolved within target</source>
      <translation>proporción de casos resueltos dentro del objetivo</translation>
    </message>
    <message>
      <location filename="caseworker/domain/service_quality.py" line="86" />
      <source>share of resolved cases that were escalated</source>
      <translation>proporción de casos resueltos que se escalaron</translation>
    </message>
    <message>
      <location filename="caseworker/domain/service_quality.py" line="105" />
      <source>share of the check-ins due that were kept on rhythm</source>
      <translation>proporción de los seguimientos previstos que se hicieron a su ritmo</translation>
    </message>
    <message>
      <location filename="caseworker/domain/service_quality.py" line="81" />
      <source>share of the client's verdicts that were 'yes'</source>
      <translation>proporción de valoraciones del cliente que fueron «sí»</translation>
    </message>
    <message>
      <location filename="caseworker/domain/channels.py" line="53" />
      <source>site visit</source>
      <translation>visita in situ</translation>
    </message>
    <message>
      <location filename="caseworker/domain/introductions.py" line="60" />
      <source>specialist</source>
      <translation>especialista</translation>
    </message>
    <message>
      <location filename="caseworker/domain/introductions.py" line="62" />
      <source>stands in for the {team} team</source>
      <translation>sustituye al equipo {team}</translation>
    </message>
    <message>
      <location filename="caseworker/domain/channels.py" line="46" />
      <source>text message</source>
      <translation>mensaje de texto</translation>
    </message>
    <message>
      <location filename="caseworker/domain/channels.py" line="69" />
      <source>text messages</source>
      <translation>mensajes de texto</translation>
    </message>
    <message>
      <location filename="caseworker/domain/guard.py" line="150" />
      <source>thank-you</source>
      <translation>agradecimiento</translation>
    </message>
    <message>
      <location filename="caseworker/domain/imports.py" line="330" />
      <source>the amount</source>
      <translation>el importe</translation>
    </message>
    <message>
      <location filename="caseworker/domain/imports.py" line="331" />
      <source>the date received</source>
      <translation>la fecha de recepción</translation>
    </message>
    <message>
      <location filename="caseworker/domain/imports.py" line="333" />
      <source>the donor (external id, e-mail, or name and postcode)</source>
      <translation>el donante (id. externo, correo electrónico, o nombre y código postal)</translation>
    </message>
    <message>
      <location filename="caseworker/domain/imports.py" line="335" />
      <source>the first name</source>
      <translation>el nombre</translation>
    </message>
    <message>
      <location filename="caseworker/domain/imports.py" line="335" />
      <source>the last name</source>
      <translation>los apellidos</translation>
    </message>
    <message>
      <location filename="caseworker/services/merging.py" line="141" />
      <source>the same e-mail</source>
      <translation>el mismo correo electrónico</translation>
    </message>
    <message>
      <location filename="caseworker/services/merging.py" line="141" />
      <source>the same name</source>
      <translation>el mismo nombre</translation>
    </message>
    <message>
      <location filename="caseworker/domain/guard.py" line="151" />
      <source>update</source>
      <translation>novedad</translation>
    </message>
    <message>
      <location filename="caseworker/domain/channels.py" line="50" />
      <source>video call</source>
      <translation>videollamada</translation>
    </message>
    <message>
      <location filename="caseworker/domain/channels.py" line="73" />
      <source>video calls</source>
      <translation>videollamadas</translation>
    </message>
    <message>
      <location filename="caseworker/domain/channels.py" line="49" />
      <source>visit</source>
      <translation>visita</translation>
    </message>
    <message>
      <location filename="caseworker/domain/channels.py" line="72" />
      <source>visits</source>
      <translation>visitas</translation>
    </message>
    <message>
      <location filename="caseworker/services/case_timeline.py" line="140" />
      <source>with a specialist</source>
      <translation>con un especialista</translation>
    </message>
    <message>
      <location filename="caseworker/domain/introductions.py" line="59" />
      <source>worker for {reference}</source>
      <translation>profesional de {reference}</translation>
    </message>
    <message>
      <location filename="caseworker/db/backup.py" line="331" />
      <source>{backup} can be restored only by someone who can read all of it.</source>
      <translation>{backup} solo puede restaurarlo alguien que pueda leerlo entero.</translation>
    </message>
    <message>
      <location filename="caseworker/db/backup.py" line="335" />
      <source>{backup} did not pass its check ({detail}): nothing was restored.</source>
      <translation>{backup} no pasó la comprobación ({detail}): no se ha restaurado nada.</translation>
    </message>
    <message>
      <location filename="caseworker/db/backup.py" line="304" />
      <source>{backup} is encrypted but its key file {keys} is not beside it: nothing was restored.</source>
      <translation>{backup} está cifrada pero su archivo de claves {keys} no está a su lado: no se ha restaurado nada.</translation>
    </message>
    <message>
      <location filename="caseworker/db/backup.py" line="327" />
      <source>{backup} is encrypted: sign in to restore it.</source>
      <translation>{backup} está cifrada: inicie sesión para restaurarla.</translation>
    </message>
    <message>
      <location filename="caseworker/db/backup.py" line="315" />
      <source>{backup} is kept in several files and {part} is not beside it: nothing was restored.</source>
      <translation>{backup} se guarda en varios archivos y {part} no está a su lado: no se restauró nada.</translation>
    </message>
    <message>
      <location filename="caseworker/db/backup.py" line="287" />
      <source>{backup} is not a backup file.</source>
      <translation>{backup} no es un archivo de copia de seguridad.</translation>
    </message>
    <message>
      <location filename="caseworker/db/backup.py" line="299" />
      <source>{backup} is not encrypted but the database is: nothing was restored. Restore an encrypted backup, or encrypt this one first.</source>
      <translation>{backup} no está cifrada pero la base de datos sí: no se ha restaurado nada. Restaure una copia cifrada, o cifre esta primero.</translation>
    </message>
    <message>
      <location filename="caseworker/db/backup.py" line="284" />
      <source>{backup} is the database itself (or a file kept beside it), not a backup.</source>
      <translation>{backup} es la propia base de datos (o un archivo que se guarda a su lado), no una copia de seguridad.</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/grants.py" line="175" />
      <source>{category} is over its budget by {amount}.</source>
      <translation>{category} supera su presupuesto en {amount}.</translation>
    </message>
    <message>
      <location filename="caseworker/services/touchpoints.py" line="581" />
      <source>{channel} ({purpose})</source>
      <translation>{channel} ({purpose})</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/giving_statements.py" line="132" />
      <source>{count} donors</source>
      <translation>{count} donantes</translation>
    </message>
    <message>
      <location filename="caseworker/services/imports.py" line="793" />
      <source>{count} donors are called this{where}: add the postcode or the external id.</source>
      <translation>{count} donantes se llaman así{where}: añada el código postal o el id. externo.</translation>
    </message>
    <message>
      <location filename="caseworker/services/imports.py" line="783" />
      <source>{count} donors share the e-mail '{value}': add the donor's external id to the file.</source>
      <translation>{count} donantes comparten el correo electrónico «{value}»: añada al archivo el id. externo del donante.</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/giving_statements.py" line="108" />
      <source>{count} gifts</source>
      <translation>{count} donativos</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/gift_aid.py" line="94" />
      <source>{count} more gifts ({total}) came from donors with no Gift Aid declaration and are not claimed.</source>
      <translation>{count} donativos más ({total}) proceden de donantes sin declaración de Gift Aid y no se reclaman.</translation>
    </message>
    <message>
      <location filename="caseworker/services/statistics.py" line="142" />
      <source>{figure} does not count these cases.</source>
      <translation>{figure} no cuenta estos casos.</translation>
    </message>
    <message>
      <location filename="caseworker/services/statistics.py" line="140" />
      <source>{figure} is not a figure that lists cases.</source>
      <translation>{figure} no es una cifra que liste casos.</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/case_summary.py" line="153" />
      <source>{kind} — {when} — {author}</source>
      <translation>{kind} — {when} — {author}</translation>
    </message>
    <message>
      <location filename="caseworker/reports/base.py" line="70" />
      <source>{label} — page {page} of {pages}</source>
      <translation>{label} — página {page} de {pages}</translation>
    </message>
    <message>
      <location filename="caseworker/services/case_base.py" line="173" />
      <source>{name} does not work on cases.</source>
      <translation>{name} no trabaja en casos.</translation>
    </message>
    <message>
      <location filename="caseworker/services/mail.py" line="670" />
      <location filename="caseworker/services/mail.py" line="732" />
      <source>{name} has no postal address.</source>
      <translation>{name} no tiene dirección postal.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/routing.py" line="110" />
      <source>{name} has the fewest open cases ({n}) among the {specialty} specialists of the {team} team.</source>
      <translation>{name} tiene menos casos abiertos ({n}) que el resto de especialistas en {specialty} del equipo {team}.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/routing.py" line="109" />
      <location filename="caseworker/domain/routing.py" line="86" />
      <source>{name} has the fewest open cases ({n}) among the {specialty} specialists.</source>
      <translation>{name} tiene menos casos abiertos ({n}) que el resto de especialistas en {specialty}.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/routing.py" line="117" />
      <source>{name} has the fewest open cases ({n}) in the {team} team, which handles {category}.</source>
      <translation>{name} tiene menos casos abiertos ({n}) en el equipo {team}, que atiende {category}.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/routing.py" line="116" />
      <location filename="caseworker/domain/routing.py" line="102" />
      <source>{name} has the fewest open cases ({n}); {category} has no specialist or point of contact available.</source>
      <translation>{name} tiene menos casos abiertos ({n}); {category} no tiene ningún especialista ni persona de contacto disponible.</translation>
    </message>
    <message>
      <location filename="caseworker/services/case_timeline.py" line="159" />
      <source>{name} involved as a specialist</source>
      <translation>{name} participa como especialista</translation>
    </message>
    <message>
      <location filename="caseworker/domain/grant_targets.py" line="137" />
      <source>{name} is listed twice.</source>
      <translation>{name} aparece dos veces.</translation>
    </message>
    <message>
      <location filename="caseworker/services/spreadsheets.py" line="173" />
      <source>{name} is not a spreadsheet this import reads ({detail}).</source>
      <translation>{name} no es una hoja de cálculo que lea esta importación ({detail}).</translation>
    </message>
    <message>
      <location filename="caseworker/services/backups.py" line="128" />
      <source>{name} is not one of this database's backups.</source>
      <translation>{name} no es una de las copias de seguridad de esta base de datos.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/routing.py" line="115" />
      <source>{name} is the point of contact for {category} in the {team} team.</source>
      <translation>{name} es la persona de contacto de {category} en el equipo {team}.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/routing.py" line="114" />
      <location filename="caseworker/domain/routing.py" line="98" />
      <source>{name} is the point of contact for {category}.</source>
      <translation>{name} es la persona de contacto de {category}.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/routing.py" line="111" />
      <location filename="caseworker/domain/routing.py" line="94" />
      <source>{name} is the point of contact for {category}; nobody active holds the {specialty} specialty.</source>
      <translation>{name} es la persona de contacto de {category}; nadie activo tiene la especialidad {specialty}.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/routing.py" line="112" />
      <source>{name} is the point of contact for {category}; nobody active in the {team} team holds the {specialty} specialty.</source>
      <translation>{name} es la persona de contacto de {category}; nadie activo en el equipo {team} tiene la especialidad {specialty}.</translation>
    </message>
    <message>
      <location filename="caseworker/services/tasks.py" line="375" />
      <source>{name} may not see this record, so cannot take the task.</source>
      <translation>{name} no puede ver este registro, así que no puede hacerse cargo de la tarea.</translation>
    </message>
    <message>
      <location filename="caseworker/services/mail.py" line="665" />
      <source>{name} takes no e-mail and the template sends nothing instead.</source>
      <translation>{name} no acepta correo electrónico y la plantilla no envía nada en su lugar.</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/receipts.py" line="173" />
      <source>{organisation} — {label} {number}</source>
      <translation>{organisation} — {label} {number}</translation>
    </message>
    <message>
      <location filename="caseworker/outputs.py" line="181" />
      <source>{path} could not be written: {detail}</source>
      <translation>No se ha podido escribir {path}: {detail}</translation>
    </message>
    <message>
      <location filename="caseworker/db/location.py" line="47" />
      <source>{path} is a device or special file, not a database file.</source>
      <translation>{path} es un dispositivo o un archivo especial, no un archivo de base de datos.</translation>
    </message>
    <message>
      <location filename="caseworker/outputs.py" line="101" />
      <source>{path} is a device or special file, not a file to write; choose another name.</source>
      <translation>{path} es un dispositivo o un archivo especial, no un archivo en el que escribir; elija otro nombre.</translation>
    </message>
    <message>
      <location filename="caseworker/db/location.py" line="45" />
      <source>{path} is a folder; name the database file inside it.</source>
      <translation>{path} es una carpeta; indique el archivo de base de datos que hay dentro.</translation>
    </message>
    <message>
      <location filename="caseworker/outputs.py" line="180" />
      <location filename="caseworker/outputs.py" line="99" />
      <source>{path} is a folder; name the file to write inside it.</source>
      <translation>{path} es una carpeta; indique el archivo que se va a escribir dentro.</translation>
    </message>
    <message>
      <location filename="caseworker/db/split.py" line="94" />
      <source>{path} is already there: this database seems split already.</source>
      <translation>{path} ya existe: esta base de datos parece ya dividida.</translation>
    </message>
    <message>
      <location filename="caseworker/services/spreadsheets.py" line="63" />
      <source>{path} is not a file.</source>
      <translation>{path} no es un archivo.</translation>
    </message>
    <message>
      <location filename="caseworker/outputs.py" line="89" />
      <source>{path} is the database or one of the files kept beside it (its key file, journal or lock); choose another name.</source>
      <translation>{path} es la base de datos o uno de los archivos que se guardan a su lado (su archivo de claves, diario o bloqueo); elija otro nombre.</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/meetings.py" line="114" />
      <source>{present} of {invited} invited were present.</source>
      <translation>Estuvieron presentes {present} de {invited} invitados.</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/case_summary.py" line="164" />
      <source>{score} of 5</source>
      <translation>{score} de 5</translation>
    </message>
    <message>
      <location filename="caseworker/reports/documents/aid_statement.py" line="65" />
      <location filename="caseworker/reports/documents/dashboard.py" line="65" />
      <location filename="caseworker/reports/documents/gift_aid.py" line="62" />
      <source>{start} to {end}</source>
      <translation>{start} a {end}</translation>
    </message>
    <message>
      <location filename="caseworker/services/case_timeline.py" line="165" />
      <source>{taker} accepted the handoff</source>
      <translation>{taker} aceptó el traspaso</translation>
    </message>
    <message>
      <location filename="caseworker/services/case_timeline.py" line="167" />
      <source>{taker} returned the handoff</source>
      <translation>{taker} devolvió el traspaso</translation>
    </message>
    <message>
      <location filename="caseworker/domain/imports.py" line="438" />
      <location filename="caseworker/domain/inputs.py" line="77" />
      <source>{text} is not a day on the calendar.</source>
      <translation>{text} no es un día del calendario.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/care.py" line="360" />
      <source>{time} is outside the client's best times ({start}–{end}).</source>
      <translation>{time} está fuera de las mejores horas del cliente ({start}–{end}).</translation>
    </message>
    <message>
      <location filename="caseworker/domain/grant_targets.py" line="150" />
      <source>{value} is not a demographic the report shows.</source>
      <translation>{value} no es un dato demográfico que muestre el informe.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/grant_targets.py" line="120" />
      <source>{value} is not an output the report counts.</source>
      <translation>{value} no es una cifra que cuente el informe.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/guard.py" line="629" />
      <source>{weekday} is a quiet day for {channels}, in the supporter's local time.</source>
      <translation>{weekday} es día de descanso para {channels}, en la hora local del donante.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/guard.py" line="635" />
      <source>{weekday} is a quiet day: no contact at all, in the supporter's local time.</source>
      <translation>{weekday} es día de descanso: ningún contacto, en la hora local del donante.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/care.py" line="356" />
      <source>{weekday} is not one of the client's days ({days}).</source>
      <translation>{weekday} no es uno de los días del cliente ({days}).</translation>
    </message>
    <message>
      <location filename="caseworker/domain/guard_scenario.py" line="236" />
      <source>{what} is missing.</source>
      <translation>Falta {what}.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/guard_scenario.py" line="238" />
      <source>{what} must be text.</source>
      <translation>{what} debe ser un texto.</translation>
    </message>
    <message>
      <location filename="caseworker/services/merging.py" line="266" />
      <source>{what} {ident} was already merged into another record.</source>
      <translation>{what} {ident} ya se fusionó con otro registro.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/errors.py" line="66" />
      <location filename="caseworker/services/base.py" line="40" />
      <location filename="caseworker/services/base.py" line="53" />
      <source>{what} {ident} was not found.</source>
      <translation>No se ha encontrado {what} {ident}.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/introductions.py" line="46" />
      <source>{worker} is now your worker for {reference} ({title}), with the {team} team.</source>
      <translation>{worker} es ahora su profesional para {reference} ({title}), con el equipo {team}.</translation>
    </message>
    <message>
      <location filename="caseworker/domain/introductions.py" line="47" />
      <source>{worker} is now your worker for {reference} ({title}).</source>
      <translation>{worker} es ahora su profesional para {reference} ({title}).</translation>
    </message>
  </context>
</TS>
