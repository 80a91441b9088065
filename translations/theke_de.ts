<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>ClientLauncher</name>
    <message>
        <location filename="../app/gui/common/ClientLauncher.cpp" line="+23" />
        <source>Theke cannot start</source>
        <translation>Theke kann nicht starten</translation>
    </message>
</context>
<context>
    <name>CustomerDetailPane</name>
    <message>
        <location filename="../ui/customers/CustomerDetailPane.ui" line="+6" />
        <source>Customer details</source>
        <translation>Kundendetails</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Search for a customer and pick one from the results to see the details here.</source>
        <translation>Suchen Sie einen Kunden und wählen Sie ihn in der Trefferliste aus, um hier die Details zu sehen.</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Customer name</source>
        <translation>Kundenname</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <location line="+2" />
        <source>E-mail:</source>
        <translation>E-Mail:</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Phone:</source>
        <translation>Telefon:</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Loyalty</source>
        <translation>Kundenkarte</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Card no.:</source>
        <translation>Kartennr.:</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Tier:</source>
        <translation>Stufe:</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Points:</source>
        <translation>Punkte:</translation>
    </message>
    <message>
        <location filename="../app/gui/customers/CustomerDetailPane.cpp" line="+30" />
        <source>not given</source>
        <translation>nicht angegeben</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Customer no. %1</source>
        <translation>Kundennr. %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>customer since %1</source>
        <translation>Kunde seit %1</translation>
    </message>
    <message>
        <location line="+7" />
        <source>no loyalty card</source>
        <translation>keine Kundenkarte</translation>
    </message>
</context>
<context>
    <name>CustomerSearchModel</name>
    <message>
        <location filename="../app/gui/customers/CustomerSearchModel.cpp" line="+70" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Customer no.</source>
        <translation>Kundennr.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location line="+1" />
        <source>City</source>
        <translation>Ort</translation>
    </message>
</context>
<context>
    <name>CustomersPage</name>
    <message>
        <location filename="../app/gui/customers/CustomersPage.cpp" line="+30" />
        <source>Name, phone, e-mail, customer no. or loyalty card</source>
        <translation>Name, Telefon, E-Mail, Kundennr. oder Kundenkarte</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Customer search</source>
        <translation>Kundensuche</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Search results</source>
        <translation>Suchergebnisse</translation>
    </message>
    <message>
        <location line="+68" />
        <source>Type or scan to search the customers of this store.</source>
        <translation>Tippen oder scannen, um Kunden zu suchen.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>More than %1 matches: please refine your search.</source>
        <translation>Mehr als %1 Treffer – bitte die Suche verfeinern.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>No customer found for “%1”.</source>
        <translation>Kein Kunde zu „%1“ gefunden.</translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>%n customer(s) found</source>
        <translation><numerusform>%n Kunde gefunden</numerusform><numerusform>%n Kunden gefunden</numerusform></translation>
    </message>
</context>
<context>
    <name>EnrollDialog</name>
    <message>
        <location filename="../ui/settings/EnrollDialog.ui" line="+6" />
        <source>Set up this device</source>
        <translation>Gerät einrichten</translation>
    </message>
    <message>
        <location line="+4" />
        <source>This device is not connected to a store yet. Enter the server address and the one-time enrollment code from your IT department.</source>
        <translation>Dieses Gerät ist noch keiner Filiale zugeordnet. Geben Sie die Serveradresse und den einmaligen Registrierungscode Ihrer IT-Abteilung ein.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>&amp;Server address:</source>
        <translation>&amp;Serveradresse:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>https://theke.example.de</source>
        <translation>https://theke.example.de</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Server address</source>
        <translation>Serveradresse</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Enrollment &amp;code:</source>
        <translation>Registrierungs&amp;code:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Enrollment code</source>
        <translation>Registrierungscode</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Device name:</source>
        <translation>&amp;Gerätename:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Device name</source>
        <translation>Gerätename</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Enrollment status</source>
        <translation>Status der Einrichtung</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/EnrollDialog.cpp" line="+17" />
        <source>Set up</source>
        <translation>Einrichten</translation>
    </message>
    <message>
        <location line="+34" />
        <source>Connecting to the server…</source>
        <translation>Verbindung zum Server wird hergestellt …</translation>
    </message>
</context>
<context>
    <name>ErrorMessages</name>
    <message>
        <location filename="../app/core/ErrorMessages.cpp" line="+7" />
        <source>The server cannot be reached. Check the address and the network connection.</source>
        <translation>Der Server ist nicht erreichbar. Bitte Adresse und Netzwerkverbindung prüfen.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The server did not answer in time. Please try again later.</source>
        <translation>Der Server hat nicht rechtzeitig geantwortet. Bitte später erneut versuchen.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The secure connection to the server failed: its certificate could not be verified.</source>
        <translation>Die sichere Verbindung zum Server ist fehlgeschlagen: Sein Zertifikat konnte nicht geprüft werden.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The server sent more data than allowed. The answer was rejected.</source>
        <translation>Der Server hat mehr Daten gesendet als erlaubt. Die Antwort wurde verworfen.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>This is not a valid server address.</source>
        <translation>Das ist keine gültige Serveradresse.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Unencrypted connections (http) are only allowed to this computer. Use an https address.</source>
        <translation>Unverschlüsselte Verbindungen (http) sind nur zu diesem Computer erlaubt. Bitte eine https-Adresse verwenden.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The server no longer accepts this device. Please enroll the device again.</source>
        <translation>Der Server akzeptiert dieses Gerät nicht mehr. Bitte das Gerät neu registrieren.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The server refused this action.</source>
        <translation>Der Server hat diese Aktion abgelehnt.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The enrollment code is wrong or has already been used.</source>
        <translation>Der Registrierungscode ist falsch oder wurde bereits verwendet.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The server sent an answer Theke cannot read. Nothing was changed.</source>
        <translation>Der Server hat eine Antwort gesendet, die Theke nicht lesen kann. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The server has a problem right now. Please try again later.</source>
        <translation>Der Server hat gerade ein Problem. Bitte später erneut versuchen.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The server is busy. Theke will try again shortly.</source>
        <translation>Der Server ist ausgelastet. Theke versucht es gleich noch einmal.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The server does not know this address. Check the server address.</source>
        <translation>Der Server kennt diese Adresse nicht. Bitte die Serveradresse prüfen.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The disk is full. Free some space; nothing was lost.</source>
        <translation>Der Datenträger ist voll. Bitte Speicherplatz freigeben; es ist nichts verloren gegangen.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The local data file cannot be opened.</source>
        <translation>Die lokale Datendatei kann nicht geöffnet werden.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>This device is not enrolled yet.</source>
        <translation>Dieses Gerät ist noch nicht registriert.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The profile folder cannot be written.</source>
        <translation>In den Profilordner kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>An unexpected error occurred (%1).</source>
        <translation>Ein unerwarteter Fehler ist aufgetreten (%1).</translation>
    </message>
</context>
<context>
    <name>Formatting</name>
    <message>
        <location filename="../app/gui/common/Formatting.cpp" line="+24" />
        <source>Basic</source>
        <translation>Basis</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Silver</source>
        <translation>Silber</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Gold</source>
        <translation>Gold</translation>
    </message>
    <message>
        <location line="+1" />
        <source>none</source>
        <translation>keine</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="+30" />
        <source>Theke</source>
        <translation>Theke</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Theke — %1</source>
        <translation>Theke — %1</translation>
    </message>
    <message>
        <location line="+5" />
        <location line="+31" />
        <source>Cart</source>
        <translation>Warenkorb</translation>
    </message>
    <message>
        <location line="-31" />
        <source>The customer's cart across channels is not available in this version yet.</source>
        <translation>Der kanalübergreifende Warenkorb des Kunden ist in dieser Version noch nicht verfügbar.</translation>
    </message>
    <message>
        <location line="+2" />
        <location line="+30" />
        <source>Pickup</source>
        <translation>Abholung</translation>
    </message>
    <message>
        <location line="-30" />
        <source>The Click &amp; Collect pickup desk is not available in this version yet.</source>
        <translation>Die Abholstation für Click &amp; Collect ist in dieser Version noch nicht verfügbar.</translation>
    </message>
    <message>
        <location line="+2" />
        <location line="+29" />
        <source>Returns</source>
        <translation>Retouren</translation>
    </message>
    <message>
        <location line="-29" />
        <source>In-store returns of online orders are not available in this version yet.</source>
        <translation>Retouren von Online-Bestellungen in der Filiale sind in dieser Version noch nicht verfügbar.</translation>
    </message>
    <message>
        <location line="+26" />
        <source>Customers</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Synchronisation</source>
        <translation>Synchronisierung</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Areas</source>
        <translation>Bereiche</translation>
    </message>
    <message>
        <location line="+10" />
        <source>&amp;Find customer</source>
        <translation>Kunden &amp;suchen</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Jump to the customer search (Ctrl+F, F2)</source>
        <translation>Zur Kundensuche springen (Strg+F, F2)</translation>
    </message>
    <message>
        <location line="+6" />
        <source>&amp;Sync now</source>
        <translation>Jetzt &amp;synchronisieren</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Fetch the latest data from the server now (F5)</source>
        <translation>Die neuesten Daten jetzt vom Server holen (F5)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location line="+4" />
        <source>&amp;Theke</source>
        <translation>&amp;Theke</translation>
    </message>
    <message>
        <location line="+6" />
        <source>&amp;Go</source>
        <translation>&amp;Gehe zu</translation>
    </message>
</context>
<context>
    <name>StatusBarIndicators</name>
    <message>
        <location filename="../app/gui/common/StatusBarIndicators.cpp" line="+20" />
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Last synchronisation</source>
        <translation>Letzte Synchronisierung</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Pending changes</source>
        <translation>Ausstehende Änderungen</translation>
    </message>
    <message>
        <location line="+9" />
        <source>● Online</source>
        <translation>● Online</translation>
    </message>
    <message>
        <location line="+0" />
        <source>○ Offline</source>
        <translation>○ Offline</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The server is reachable.</source>
        <translation>Der Server ist erreichbar.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The server is not reachable. Theke works with the data on this device.</source>
        <translation>Der Server ist nicht erreichbar. Theke arbeitet mit den Daten auf diesem Gerät.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Last sync: %1</source>
        <translation>Letzte Synchronisierung: %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Last sync: never</source>
        <translation>Letzte Synchronisierung: noch nie</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Pending changes: %1</source>
        <translation>Ausstehende Änderungen: %1</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <location filename="../app/gui/sync/SyncPage.cpp" line="+21" />
        <source>Sync now</source>
        <translation>Jetzt synchronisieren</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Synchronisation</source>
        <translation>Synchronisierung</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Sync status</source>
        <translation>Status der Synchronisierung</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Fetch the latest data from the server now (F5)</source>
        <translation>Die neuesten Daten jetzt vom Server holen (F5)</translation>
    </message>
    <message>
        <location line="+32" />
        <source>Data</source>
        <translation>Daten</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Records</source>
        <translation>Datensätze</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Last sync</source>
        <translation>Letzte Synchronisierung</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Customers</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <location line="+1" />
        <source>never</source>
        <translation>noch nie</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Synchronising…</source>
        <translation>Synchronisierung läuft …</translation>
    </message>
    <message>
        <location line="+5" />
        <source>%1 records received (%2 per second)</source>
        <translation>%1 Datensätze empfangen (%2 pro Sekunde)</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Synchronisation complete.</source>
        <translation>Synchronisierung abgeschlossen.</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Synchronisation failed: %1</source>
        <translation>Synchronisierung fehlgeschlagen: %1</translation>
    </message>
</context>
</TS>