<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AuditPage</name>
    <message>
        <location filename="../app/gui/auth/AuditPage.cpp" line="+27"/>
        <source>Audit log</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filter by action</source>
        <translation>Nach Aktion filtern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter by person</source>
        <translation>Nach Person filtern</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>From date</source>
        <translation>Von Datum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To date</source>
        <translation>Bis Datum</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Action:</source>
        <translation>Aktion:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Person:</source>
        <translation>Person:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>From:</source>
        <translation>Von:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>To:</source>
        <translation>Bis:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Audit entries</source>
        <translation>Protokolleinträge</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>All actions</source>
        <translation>Alle Aktionen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Everyone</source>
        <translation>Alle</translation>
    </message>
</context>
<context>
    <name>AuditTableModel</name>
    <message>
        <location filename="../app/gui/auth/AuditTableModel.cpp" line="+60"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no, refused by the server (%1)</source>
        <translation>nein, vom Server abgelehnt (%1)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Staff</source>
        <translation>Mitarbeiter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sent to server</source>
        <translation>An Server übertragen</translation>
    </message>
</context>
<context>
    <name>AuthController</name>
    <message>
        <location filename="../app/gui/auth/AuthController.cpp" line="+34"/>
        <source>&amp;Staff</source>
        <translation>&amp;Mitarbeiter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign &amp;in / switch user…</source>
        <translation>&amp;Anmelden / Benutzer wechseln …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Lock</source>
        <translation>&amp;Sperren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign &amp;out</source>
        <translation>A&amp;bmelden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Audit log</source>
        <translation>&amp;Protokoll</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;ettings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Audit log</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sign in, or hand the desk over to a colleague (Ctrl+Shift+L)</source>
        <translation>Anmelden oder an eine Kollegin/einen Kollegen übergeben (Strg+Umschalt+L)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lock the window and hide customer data; your work stays (Ctrl+L)</source>
        <translation>Fenster sperren und Kundendaten verbergen; Ihre Arbeit bleibt erhalten (Strg+L)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign out; the next person signs in with their PIN</source>
        <translation>Abmelden; die nächste Person meldet sich mit ihrer PIN an</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who did what on this device (store managers only)</source>
        <translation>Wer hat auf diesem Gerät was getan (nur Filialleitung)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Idle lock and device details (store managers only)</source>
        <translation>Automatische Sperre und Gerätedaten (nur Filialleitung)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Signed-in person</source>
        <translation>Angemeldete Person</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Sign-in starts with the first synchronisation of the staff</source>
        <translation>Anmeldung ab der ersten Synchronisierung der Mitarbeiter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nobody signed in</source>
        <translation>Niemand angemeldet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Manager</source>
        <translation>Filialleitung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Associate</source>
        <translation>Verkauf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Locked: %1</source>
        <translation>Gesperrt: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Signed in: %1</source>
        <translation>Angemeldet: %1</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Change this device&apos;s settings</source>
        <translation>Einstellungen dieses Geräts ändern</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
</context>
<context>
    <name>AuthMessages</name>
    <message>
        <location filename="../app/gui/auth/AuthMessages.cpp" line="+12"/>
        <source>The PIN is not correct. Please try again.</source>
        <translation>Die PIN ist nicht korrekt. Bitte erneut versuchen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Too many wrong PINs. Sign-in for this person is locked for a while.</source>
        <translation>Zu viele falsche PINs. Die Anmeldung ist für diese Person vorübergehend gesperrt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Too many wrong PINs. Sign-in for this person is locked until %1.</source>
        <translation>Zu viele falsche PINs. Die Anmeldung ist für diese Person bis %1 Uhr gesperrt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This person cannot sign in on this device (not found or no longer active).</source>
        <translation>Diese Person kann sich auf diesem Gerät nicht anmelden (unbekannt oder nicht mehr aktiv).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only a store manager can approve this.</source>
        <translation>Nur die Filialleitung kann dies freigeben.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A different manager must approve: you cannot approve your own request.</source>
        <translation>Eine andere Person der Filialleitung muss freigeben – eigene Anfragen können Sie nicht freigeben.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nobody is signed in.</source>
        <translation>Niemand ist angemeldet.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No staff synchronised yet. Sign-in starts with the first synchronisation of the staff.</source>
        <translation>Noch keine Mitarbeiter synchronisiert. Die Anmeldung ist ab der ersten Synchronisierung der Mitarbeiter möglich.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Signed in</source>
        <translation>Angemeldet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wrong PIN</source>
        <translation>Falsche PIN</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Signed out</source>
        <translation>Abgemeldet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Locked</source>
        <translation>Gesperrt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unlocked</source>
        <translation>Entsperrt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Manager approval</source>
        <translation>Freigabe durch Filialleitung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Approval refused</source>
        <translation>Freigabe verweigert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Customer data erased</source>
        <translation>Kundendaten gelöscht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Customer data exported</source>
        <translation>Kundendaten exportiert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Settings changed</source>
        <translation>Einstellungen geändert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change discarded</source>
        <translation>Änderung verworfen</translation>
    </message>
</context>
<context>
    <name>AvailabilityPanel</name>
    <message>
        <location filename="../app/gui/products/AvailabilityPanel.cpp" line="+64"/>
        <source>Reserve in &amp;store…</source>
        <translation>In Filiale reser&amp;vieren …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other sizes and colours, stock in this store:</source>
        <translation>Andere Größen und Farben, Bestand in dieser Filiale:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Availability</source>
        <translation>Verfügbarkeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Store</source>
        <translation>Filiale</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Stock</source>
        <translation>Bestand</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>As of</source>
        <translation>Stand</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Variants</source>
        <translation>Varianten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter or double-click shows that variant</source>
        <translation>Eingabetaste oder Doppelklick zeigt diese Variante</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Colour</source>
        <translation>Farbe</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>SKU</source>
        <translation>Artikelnr.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Here</source>
        <translation>Hier</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>One piece for the customer to collect and pay in the selected store</source>
        <translation>Ein Stück, das der Kunde in der gewählten Filiale abholt und bezahlt</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>The stock of %1 could not be read: %2</source>
        <translation>Der Bestand von %1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>–</source>
        <comment>no stock figure</comment>
        <translation>–</translation>
    </message>
</context>
<context>
    <name>CartDesk</name>
    <message>
        <location filename="../app/gui/cart/CartDesk.cpp" line="+183"/>
        <source>The customer changed this cart in the meantime, so your change was not taken. Shown below: the customer&apos;s version. Compare both and choose which to keep.</source>
        <translation>Der Kunde hat diesen Warenkorb inzwischen geändert, daher wurde Ihre Änderung nicht übernommen. Unten steht die Version des Kunden. Vergleichen Sie beide und wählen Sie, welche gilt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The customer changed this cart in the meantime, so your change was not taken. Their version arrives with the next synchronisation; then compare both.</source>
        <translation>Der Kunde hat diesen Warenkorb inzwischen geändert, daher wurde Ihre Änderung nicht übernommen. Seine Version kommt mit der nächsten Synchronisierung; danach beide vergleichen.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This cart was changed elsewhere while your change waits to be sent. Shown below: the newer version. After the synchronisation, compare both.</source>
        <translation>Dieser Warenkorb wurde anderswo geändert, während Ihre Änderung noch auf die Übertragung wartet. Unten steht die neuere Version. Nach der Synchronisierung beide vergleichen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server refused a change of this cart. Send it again or discard it on the synchronisation screen.</source>
        <translation>Der Server hat eine Änderung dieses Warenkorbs abgelehnt. Unter „Synchronisierung“ erneut senden oder verwerfen.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Saved on this device; it goes out with the next synchronisation.</source>
        <translation>Auf diesem Gerät gespeichert; wird mit der nächsten Synchronisierung übertragen.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The check digit of “%1” is wrong: the barcode was misread. Please scan it again. The cart is unchanged.</source>
        <translation>Die Prüfziffer von „%1“ stimmt nicht: Der Barcode wurde falsch gelesen. Bitte noch einmal scannen. Der Warenkorb ist unverändert.</translation>
    </message>
    <message numerus="yes">
        <location line="+25"/>
        <source>Added: %1 – now %n piece(s).</source>
        <translation>
            <numerusform>Hinzugefügt: %1 – jetzt %n Stück.</numerusform>
            <numerusform>Hinzugefügt: %1 – jetzt %n Stück.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+21"/>
        <source>%1 – now %n piece(s).</source>
        <translation>
            <numerusform>%1 – jetzt %n Stück.</numerusform>
            <numerusform>%1 – jetzt %n Stück.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Removed from the cart: %1. Ctrl+Z undoes it.</source>
        <translation>Aus dem Warenkorb entfernt: %1. Strg+Z macht das rückgängig.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Put back into the cart: %1</source>
        <translation>Wieder in den Warenkorb legen: %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Back in the cart: %1.</source>
        <translation>Wieder im Warenkorb: %1.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Fetching the customer&apos;s version …</source>
        <translation>Die Version des Kunden wird geladen …</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The customer&apos;s version stands; your changes were dropped.</source>
        <translation>Die Version des Kunden gilt; Ihre Änderungen wurden verworfen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your version replaces the customer&apos;s.</source>
        <translation>Ihre Version ersetzt die des Kunden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Both versions merged: every article, each with the larger quantity.</source>
        <translation>Beide Versionen zusammengeführt: alle Artikel, jeweils mit der größeren Menge.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>It goes to the server with the next synchronisation.</source>
        <translation>Sie wird mit der nächsten Synchronisierung an den Server übertragen.</translation>
    </message>
</context>
<context>
    <name>CartHandOnDesk</name>
    <message>
        <location filename="../app/gui/cart/CartHandOnDesk.cpp" line="+46"/>
        <source>Reserve in store</source>
        <translation>In Filiale reservieren</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1, %2 %3</source>
        <translation>%1, %2 %3</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&amp;Hand to the till</source>
        <translation>An die &amp;Kasse übergeben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The cart gets a code the till loads it by; the customer pays there</source>
        <translation>Der Warenkorb erhält einen Code, mit dem die Kasse ihn lädt; der Kunde bezahlt dort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Into the online &amp;account</source>
        <translation>Ins Kundenkonto übe&amp;rtragen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Moves the lines into the customer&apos;s online cart; the store cart is closed</source>
        <translation>Legt die Artikel in den Online-Warenkorb des Kunden; der Filial-Warenkorb wird geschlossen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>O&amp;rder…</source>
        <translation>&amp;Bestellen …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order the articles for delivery or pickup in a store</source>
        <translation>Die Artikel zur Lieferung oder zur Abholung in einer Filiale bestellen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The cart is empty: scan or search the articles first.</source>
        <translation>Der Warenkorb ist leer: Bitte zuerst Artikel scannen oder suchen.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Reserve one piece of %1 in %2 for %3? The customer collects and pays it there.</source>
        <translation>Ein Stück %1 in %2 für %3 reservieren? Der Kunde holt es dort ab und bezahlt dort.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reserving…</source>
        <translation>Wird reserviert …</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Handing to the till…</source>
        <translation>Wird an die Kasse übergeben …</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Moving into the online account…</source>
        <translation>Wird ins Kundenkonto übertragen …</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Placing the order…</source>
        <translation>Bestellung wird aufgegeben …</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Handed to the till: code %1.</source>
        <translation>An die Kasse übergeben: Code %1.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The articles are in the customer&apos;s online account now; the store cart is closed.</source>
        <translation>Die Artikel liegen jetzt im Kundenkonto (Online-Warenkorb); der Filial-Warenkorb ist geschlossen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Order %1 placed.</source>
        <translation>Bestellung %1 aufgegeben.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reserved in %1: order %2, collected and paid there.</source>
        <translation>Reserviert in %1: Bestellung %2, Abholung und Bezahlung dort.</translation>
    </message>
</context>
<context>
    <name>CartLinesModel</name>
    <message>
        <location filename="../app/gui/cart/CartLinesModel.cpp" line="+49"/>
        <source>Change with + and −, or type the number (F2); 0 removes the line</source>
        <translation>Mit + und − ändern oder die Zahl eingeben (F2); 0 entfernt die Zeile</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This article is not on this device yet: its VAT is missing from the total until the next synchronisation.</source>
        <translation>Dieser Artikel ist noch nicht auf diesem Gerät: Seine MwSt. fehlt in der Summe bis zur nächsten Synchronisierung.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>size %1</source>
        <translation>Größe %1</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Article</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Size / colour</source>
        <translation>Größe / Farbe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Article no.</source>
        <translation>Artikel-Nr.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Qty</source>
        <translation>Menge</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unit price</source>
        <translation>Einzelpreis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
</context>
<context>
    <name>CartMergeDialog</name>
    <message>
        <location filename="../app/gui/cart/CartMergeDialog.cpp" line="+36"/>
        <source>Cart changed by the customer</source>
        <translation>Warenkorb vom Kunden geändert</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+6"/>
        <source>The customer&apos;s version</source>
        <translation>Version des Kunden</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Your version</source>
        <translation>Ihre Version</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The customer&apos;s version (changed %1)</source>
        <translation>Version des Kunden (geändert %1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your version (this device, not sent)</source>
        <translation>Ihre Version (dieses Gerät, nicht übertragen)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The customer changed this cart while you were changing it here, so your change was not taken. Articles that differ are in bold. Choose which cart to keep:</source>
        <translation>Der Kunde hat diesen Warenkorb geändert, während Sie ihn hier geändert haben; daher wurde Ihre Änderung nicht übernommen. Abweichende Artikel sind fett. Wählen Sie, welcher Warenkorb gilt:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>“Merge” keeps every article of both versions, each with the larger quantity. “Keep mine” replaces the customer&apos;s version with yours. “Take the customer&apos;s” drops your changes. Whatever you choose is sent on top of the customer&apos;s version.</source>
        <translation>„Zusammenführen“ behält alle Artikel beider Versionen, jeweils mit der größeren Menge. „Meine behalten“ ersetzt die Version des Kunden durch Ihre. „Version des Kunden“ verwirft Ihre Änderungen. Ihre Wahl wird auf Basis der Version des Kunden gesendet.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Merge</source>
        <translation>Zusammenführen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every article of both versions, each with the larger quantity</source>
        <translation>Alle Artikel beider Versionen, jeweils mit der größeren Menge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep mine</source>
        <translation>Meine behalten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your version replaces the customer&apos;s</source>
        <translation>Ihre Version ersetzt die des Kunden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take the customer&apos;s</source>
        <translation>Version des Kunden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Drop your changes; the customer&apos;s cart stays as it is</source>
        <translation>Ihre Änderungen verwerfen; der Warenkorb des Kunden bleibt, wie er ist</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Article</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Article no.</source>
        <translation>Artikel-Nr.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Qty</source>
        <translation>Menge</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Only in this version</source>
        <translation>Nur in dieser Version</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The other version has %1</source>
        <translation>Die andere Version hat %1</translation>
    </message>
</context>
<context>
    <name>CartOrderDialog</name>
    <message>
        <location filename="../app/gui/cart/CartOrderDialog.cpp" line="+18"/>
        <source>Pickup in store:</source>
        <translation>Abholung in Filiale:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At the till</source>
        <translation>An der Kasse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order for the customer</source>
        <translation>Bestellung für den Kunden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How the customer gets it</source>
        <translation>Wie der Kunde die Ware erhält</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delivery (no address in the customer&apos;s profile)</source>
        <translation>Lieferung (keine Adresse im Kundenprofil)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delivery to %1</source>
        <translation>Lieferung an %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pickup store</source>
        <translation>Abholfiliale</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Payment</source>
        <translation>Bezahlung</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%n article(s) from the cart; the server prices the order.</source>
        <translation>
            <numerusform>%n Artikel aus dem Warenkorb; die Preise berechnet der Server.</numerusform>
            <numerusform>%n Artikel aus dem Warenkorb; die Preise berechnet der Server.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Place order</source>
        <translation>Bestellung aufgeben</translation>
    </message>
</context>
<context>
    <name>CartPage</name>
    <message>
        <location filename="../ui/cart/CartPage.ui" line="+6"/>
        <source>Cart</source>
        <translation>Warenkorb</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Find the customer to open their cart: the cart they left online and the cart in this store.</source>
        <translation>Suchen Sie den Kunden, um seinen Warenkorb zu öffnen: den Online-Warenkorb und den Warenkorb in dieser Filiale.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Find customer</source>
        <translation>Kunden suchen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go to the customer search (Ctrl+F); the customer view&apos;s “Cart” button opens the cart here</source>
        <translation>Zur Kundensuche (Strg+F); die Schaltfläche „Warenkorb“ in der Kundenansicht öffnet den Warenkorb hier</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The cart the customer left in the web shop or app (Alt+O)</source>
        <translation>Der Warenkorb, den der Kunde im Webshop oder in der App hinterlassen hat (Alt+O)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The cart built here in the store (Alt+F)</source>
        <translation>Der hier in der Filiale erstellte Warenkorb (Alt+F)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>How current the cart is</source>
        <translation>Wie aktuell der Warenkorb ist</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Scan the EAN or type the article no., then Enter</source>
        <translation>EAN scannen oder Artikel-Nr. eingeben, dann Enter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter adds one piece of the scanned article to the cart shown</source>
        <translation>Enter legt ein Stück des gescannten Artikels in den angezeigten Warenkorb</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scan article</source>
        <translation>Artikel scannen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add one piece of this article (Enter)</source>
        <translation>Ein Stück dieses Artikels hinzufügen (Enter)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Show both versions side by side and choose (Ctrl+M)</source>
        <translation>Beide Versionen nebeneinander zeigen und wählen (Strg+M)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cart lines</source>
        <translation>Warenkorbpositionen</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Waiting for synchronisation</source>
        <translation>Wartet auf Synchronisierung</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Sum</source>
        <translation>Summe</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Products and availability</source>
        <translation>Artikel und Verfügbarkeit</translation>
    </message>
    <message>
        <location filename="../app/gui/cart/CartPage.cpp" line="+120"/>
        <source>+ 1</source>
        <translation>+ 1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One piece more of the selected line</source>
        <translation>Ein Stück mehr in der gewählten Zeile</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>− 1</source>
        <translation>− 1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One piece less; at one piece the line is removed</source>
        <translation>Ein Stück weniger; bei einem Stück wird die Zeile entfernt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the selected line; Ctrl+Z brings it back</source>
        <translation>Gewählte Zeile entfernen; Strg+Z holt sie zurück</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Online cart (none)</source>
        <translation>Online-Warenkorb (keiner)</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Online cart (%n line(s))</source>
        <translation>
            <numerusform>Online-Warenkorb (%n Position)</numerusform>
            <numerusform>Online-Warenkorb (%n Positionen)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cart in this store (new)</source>
        <translation>Warenkorb in der Filiale (neu)</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Cart in this store (%n line(s))</source>
        <translation>
            <numerusform>Warenkorb in der Filiale (%n Position)</numerusform>
            <numerusform>Warenkorb in der Filiale (%n Positionen)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Synchronise now</source>
        <translation>Jetzt synchronisieren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open synchronisation</source>
        <translation>Synchronisierung öffnen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Compare versions…</source>
        <translation>Versionen vergleichen …</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>as of %1 (last synchronisation)</source>
        <translation>Stand %1 (letzte Synchronisierung)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not synchronised yet</source>
        <translation>noch nicht synchronisiert</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Started here, not at the server yet · %1</source>
        <translation>Hier begonnen, noch nicht auf dem Server · %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last changed %1 · %2</source>
        <translation>Zuletzt geändert %1 · %2</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Still empty: scan the first article to start the cart in this store.</source>
        <translation>Noch leer: Den ersten Artikel scannen, um den Warenkorb in der Filiale zu beginnen.</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>%n change(s) of this cart wait for the synchronisation; they are saved on this device.</source>
        <translation>
            <numerusform>%n Änderung dieses Warenkorbs wartet auf die Synchronisierung; sie ist auf diesem Gerät gespeichert.</numerusform>
            <numerusform>%n Änderungen dieses Warenkorbs warten auf die Synchronisierung; sie sind auf diesem Gerät gespeichert.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Nothing to undo</source>
        <translation>Nichts rückgängig zu machen</translation>
    </message>
</context>
<context>
    <name>CartTexts</name>
    <message>
        <location filename="../app/gui/cart/CartTexts.cpp" line="+25"/>
        <source>No article with the EAN or article no. “%1” on this device. Check the number; new articles arrive with the next synchronisation. The cart is unchanged.</source>
        <translation>Kein Artikel mit der EAN oder Artikel-Nr. „%1“ auf diesem Gerät. Bitte die Nummer prüfen; neue Artikel kommen mit der nächsten Synchronisierung. Der Warenkorb ist unverändert.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The customer changed this cart online in the meantime. Compare the versions first, then go on changing it.</source>
        <translation>Der Kunde hat diesen Warenkorb inzwischen online geändert. Bitte zuerst die Versionen vergleichen, dann weiter ändern.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A line holds 1 to 999 pieces.</source>
        <translation>Eine Position umfasst 1 bis 999 Stück.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This cart is no longer on this device. Please synchronise.</source>
        <translation>Dieser Warenkorb ist nicht mehr auf diesem Gerät. Bitte synchronisieren.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This line is no longer in the cart.</source>
        <translation>Diese Position ist nicht mehr im Warenkorb.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The customer is no longer on this device.</source>
        <translation>Der Kunde ist nicht mehr auf diesem Gerät.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The customer&apos;s version has not arrived yet. Synchronise, then compare.</source>
        <translation>Die Version des Kunden ist noch nicht da. Bitte synchronisieren, dann vergleichen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is nothing left to decide for this cart.</source>
        <translation>Für diesen Warenkorb ist nichts mehr zu entscheiden.</translation>
    </message>
</context>
<context>
    <name>CartTotalsPanel</name>
    <message>
        <location filename="../app/gui/cart/CartTotalsPanel.cpp" line="+16"/>
        <source>Cart total</source>
        <translation>Warenkorbsumme</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Pieces</source>
        <translation>Stück</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Net</source>
        <translation>Netto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>VAT %1 on %2</source>
        <translation>MwSt. %1 auf %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>VAT incomplete: %n article(s) not on this device yet (%1); the figure is complete after the next synchronisation.</source>
        <translation>
            <numerusform>MwSt. unvollständig: %n Artikel noch nicht auf diesem Gerät (%1); nach der nächsten Synchronisierung ist die Angabe vollständig.</numerusform>
            <numerusform>MwSt. unvollständig: %n Artikel noch nicht auf diesem Gerät (%1); nach der nächsten Synchronisierung ist die Angabe vollständig.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not in the total (another currency): %1.</source>
        <translation>Nicht in der Summe (andere Währung): %1.</translation>
    </message>
</context>
<context>
    <name>ChannelMixChart</name>
    <message>
        <location filename="../app/gui/customers/ChannelMixChart.cpp" line="+27"/>
        <source>Revenue by channel</source>
        <translation>Umsatz nach Kanal</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>no revenue in this period</source>
        <translation>kein Umsatz in diesem Zeitraum</translation>
    </message>
</context>
<context>
    <name>ClientLauncher</name>
    <message>
        <location filename="../app/gui/common/ClientLauncher.cpp" line="+28"/>
        <source>Theke cannot start</source>
        <translation>Theke kann nicht starten</translation>
    </message>
</context>
<context>
    <name>ConflictDetailsDialog</name>
    <message>
        <location filename="../app/gui/sync/ConflictDetailsDialog.cpp" line="+38"/>
        <source>none yet</source>
        <translation>noch keine</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 – conflicts with the server&apos;s data</source>
        <translation>%1 – widerspricht den Daten des Servers</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 – changed elsewhere in the meantime</source>
        <translation>%1 – inzwischen anderswo geändert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 – content refused</source>
        <translation>%1 – Inhalt abgelehnt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 – refused</source>
        <translation>%1 – abgelehnt</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Conflict details</source>
        <translation>Konfliktdetails</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This device</source>
        <translation>Dieses Gerät</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Change:</source>
        <translation>Änderung:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Text:</source>
        <translation>Text:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Made:</source>
        <translation>Erstellt:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attempts:</source>
        <translation>Versuche:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Based on version:</source>
        <translation>Beruht auf Version:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Version on this device now:</source>
        <translation>Version auf diesem Gerät jetzt:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Answer:</source>
        <translation>Antwort:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Problem:</source>
        <translation>Problem:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Says:</source>
        <translation>Meldung:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Version on the server:</source>
        <translation>Version auf dem Server:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The order no longer waits for pickup, so sending this change again would be refused again. “Take the server&apos;s” drops it.</source>
        <translation>Die Bestellung wartet nicht mehr auf Abholung; erneut gesendet würde diese Änderung wieder abgelehnt. „Server-Stand übernehmen“ verwirft sie.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Handovers by pickup code of this order are blocked on the server until %1. After that, “Keep mine” sends the handover again. Or “Take the server&apos;s” drops it, and you hand over again with the identity document checked.</source>
        <translation>Übergaben dieser Bestellung per Abholcode sind auf dem Server bis %1 gesperrt. Danach sendet „Meine behalten“ die Übergabe erneut. Oder „Server-Stand übernehmen“ verwirft sie, und Sie übergeben erneut nach Prüfung des Ausweises.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The customer was changed elsewhere after this change was made. “Keep mine” sends it again on top of the newest version; “Take the server&apos;s” drops it.</source>
        <translation>Der Kunde wurde anderswo geändert, nachdem diese Änderung erfasst wurde. „Meine behalten“ sendet sie erneut auf Basis des neuesten Stands; „Server-Stand übernehmen“ verwirft sie.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server could not take the change in its current state. “Keep mine” sends it again.</source>
        <translation>Der Server konnte die Änderung in ihrem jetzigen Zustand nicht annehmen. „Meine behalten“ sendet sie erneut.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server refused the content of this change; sending it again unchanged would be refused again. “Take the server&apos;s” drops it.</source>
        <translation>Der Server hat den Inhalt dieser Änderung abgelehnt; unverändert erneut gesendet würde sie wieder abgelehnt. „Server-Stand übernehmen“ verwirft sie.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Show raw data</source>
        <translation>Rohdaten zeigen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sent (%1 %2):</source>
        <translation>Gesendet (%1 %2):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server answer:</source>
        <translation>Antwort des Servers:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Raw data</source>
        <translation>Rohdaten</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Keep mine</source>
        <translation>Meine behalten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send this change again</source>
        <translation>Diese Änderung erneut senden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Take the server&apos;s…</source>
        <translation>Server-Stand übernehmen …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard this change; the server&apos;s data stays</source>
        <translation>Diese Änderung verwerfen; die Daten des Servers bleiben</translation>
    </message>
</context>
<context>
    <name>ConsentPanel</name>
    <message>
        <location filename="../app/gui/customers/ConsentPanel.cpp" line="+35"/>
        <location line="+41"/>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <location line="-38"/>
        <source>History: %1</source>
        <translation>Verlauf: %1</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>No change recorded</source>
        <translation>Keine Änderung erfasst</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Withdraw</source>
        <translation>Widerrufen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Grant</source>
        <translation>Erteilen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The customer withdraws this consent</source>
        <translation>Der Kunde widerruft diese Einwilligung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The customer grants this consent here in the store</source>
        <translation>Der Kunde erteilt diese Einwilligung hier in der Filiale</translation>
    </message>
</context>
<context>
    <name>ConsentTexts</name>
    <message>
        <location filename="../app/gui/customers/ConsentTexts.cpp" line="+7"/>
        <source>Advertising by e-mail</source>
        <translation>Werbung per E-Mail</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Advertising by SMS</source>
        <translation>Werbung per SMS</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Advertising by phone</source>
        <translation>Werbung per Telefon</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Personalised offers</source>
        <translation>Personalisierte Angebote</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Granted</source>
        <translation>Erteilt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Granted on %1</source>
        <translation>Erteilt am %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not granted</source>
        <translation>Nicht erteilt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not granted since %1</source>
        <translation>Nicht erteilt seit %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Never granted</source>
        <translation>Nie erteilt</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No e-mail address on file.</source>
        <translation>Keine E-Mail-Adresse hinterlegt.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No phone number on file.</source>
        <translation>Keine Telefonnummer hinterlegt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No consent for %1: %2.</source>
        <translation>Keine Einwilligung für %1: %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No consent for %1: the customer has never granted it.</source>
        <translation>Keine Einwilligung für %1: Der Kunde hat sie nie erteilt.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>granted %1 · %2</source>
        <translation>erteilt %1 · %2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>withdrawn %1 · %2</source>
        <translation>widerrufen %1 · %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (not yet sent)</source>
        <translation>%1 (noch nicht gesendet)</translation>
    </message>
</context>
<context>
    <name>CustomerDetailPane</name>
    <message>
        <location filename="../ui/customers/CustomerDetailPane.ui" line="+6"/>
        <source>Customer details</source>
        <translation>Kundendetails</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Search for a customer and pick one from the results to see the details here.</source>
        <translation>Suchen Sie einen Kunden und wählen Sie ihn in der Trefferliste aus, um hier die Details zu sehen.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Customer name</source>
        <translation>Kundenname</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Loyalty tier and points</source>
        <translation>Kundenkartenstufe und Punkte</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cart</source>
        <translation>Warenkorb</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open this customer&apos;s cart: the online cart and the cart in this store (Ctrl+2)</source>
        <translation>Warenkorb dieses Kunden öffnen: Online-Warenkorb und Warenkorb in der Filiale (Strg+2)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>More</source>
        <translation>Mehr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>More actions for this customer</source>
        <translation>Weitere Aktionen für diesen Kunden</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E-mail:</source>
        <translation>E-Mail:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Phone:</source>
        <translation>Telefon:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Address:</source>
        <translation>Adresse:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Offer by e-mail</source>
        <translation>Angebot per E-Mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Offer by SMS</source>
        <translation>Angebot per SMS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Call about an offer</source>
        <translation>Angebot telefonisch</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Why contact is not possible</source>
        <translation>Warum keine Kontaktaufnahme möglich ist</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Open items</source>
        <translation>Offene Vorgänge</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Consents</source>
        <translation>Einwilligungen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <location line="+9"/>
        <location filename="../app/gui/customers/CustomerDetailPane.cpp" line="+206"/>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <location line="-44"/>
        <source>Card no.:</source>
        <translation>Kartennr.:</translation>
    </message>
    <message>
        <location filename="../app/gui/customers/CustomerDetailPane.cpp" line="-133"/>
        <source>Export customer data…</source>
        <translation>Kundendaten exportieren…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Erase customer data from this device…</source>
        <translation>Kundendaten von diesem Gerät löschen…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Record that the customer grants “%1”?</source>
        <translation>Erfassen, dass der Kunde „%1“ erteilt?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record that the customer withdraws “%1”?</source>
        <translation>Erfassen, dass der Kunde „%1“ widerruft?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consent</source>
        <translation>Einwilligung</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>not given</source>
        <translation>nicht angegeben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Customer no. %1</source>
        <translation>Kundennr. %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>customer since %1</source>
        <translation>Kunde seit %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 · %2 points</source>
        <translation>%1 · %2 Punkte</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>no loyalty card</source>
        <translation>keine Kundenkarte</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Notes (%1)</source>
        <translation>Notizen (%1)</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Export the data of %1 (customer no. %2)</source>
        <translation>Daten von %1 (Kunden-Nr. %2) exportieren</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+24"/>
        <source>Export customer data</source>
        <translation>Kundendaten exportieren</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>JSON files (*.json)</source>
        <translation>JSON-Dateien (*.json)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The file %1 cannot be written.</source>
        <translation>Die Datei %1 kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Erase %1 (customer no. %2) from this device</source>
        <translation>%1 (Kunden-Nr. %2) von diesem Gerät löschen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Erase customer data</source>
        <translation>Kundendaten löschen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Erase %1 (customer no. %2) from this device?</source>
        <translation>%1 (Kunden-Nr. %2) von diesem Gerät löschen?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Profile, consents and notes are removed from this device&apos;s cache and its search index. This cannot be undone here. The central system keeps its data: an erasure request there removes the customer from every store.</source>
        <translation>Profil, Einwilligungen und Notizen werden aus dem Zwischenspeicher und dem Suchindex dieses Geräts entfernt. Das lässt sich hier nicht rückgängig machen. Das zentrale System behält seine Daten: Ein Löschantrag dort entfernt den Kunden aus allen Filialen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Erase</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
</context>
<context>
    <name>CustomerFiguresPanel</name>
    <message>
        <location filename="../app/gui/customers/CustomerFiguresPanel.cpp" line="+69"/>
        <location line="+88"/>
        <source>Figures</source>
        <translation>Kennzahlen</translation>
    </message>
    <message>
        <location line="-70"/>
        <location line="+70"/>
        <source>Figures (reading…)</source>
        <translation>Kennzahlen (werden gelesen …)</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message numerus="yes">
        <location line="+28"/>
        <source>%n order(s) in other currencies are not included.</source>
        <translation>
            <numerusform>%n Bestellung in anderer Währung ist nicht enthalten.</numerusform>
            <numerusform>%n Bestellungen in anderen Währungen sind nicht enthalten.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Last 12 months</source>
        <translation>Letzte 12 Monate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All time</source>
        <translation>Gesamter Zeitraum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Period of the figures</source>
        <translation>Zeitraum der Kennzahlen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Figures per channel</source>
        <translation>Kennzahlen je Kanal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Revenue</source>
        <translation>Umsatz</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Orders</source>
        <translation>Bestellungen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Avg. order</source>
        <translation>Ø Bestellung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Returned</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last purchase</source>
        <translation>Letzter Kauf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revenue net of returns</source>
        <translation>Umsatz abzüglich Retouren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Average order value, net of returns</source>
        <translation>Durchschnittlicher Bestellwert abzüglich Retouren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Returned pieces of the pieces bought</source>
        <translation>Zurückgegebene von gekauften Stück</translation>
    </message>
</context>
<context>
    <name>CustomerHistoryPanel</name>
    <message>
        <location filename="../app/gui/customers/CustomerHistoryPanel.cpp" line="+141"/>
        <location line="+98"/>
        <source>Customer history</source>
        <translation>Kundenverlauf</translation>
    </message>
    <message>
        <location line="-76"/>
        <location line="+90"/>
        <location line="+2"/>
        <source>All channels</source>
        <translation>Alle Kanäle</translation>
    </message>
    <message>
        <location line="-90"/>
        <source>marketplaces</source>
        <translation>Marktplätze</translation>
    </message>
    <message numerus="yes">
        <location line="+31"/>
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n Ereignis</numerusform>
            <numerusform>%n Ereignisse</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1 of %n event(s)</source>
        <translation>
            <numerusform>%1 von %n Ereignis</numerusform>
            <numerusform>%1 von %n Ereignissen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Order</source>
        <translation>Bestellung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order %1 is not in this device&apos;s cache.</source>
        <translation>Bestellung %1 ist nicht im Zwischenspeicher dieses Geräts.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&amp;Channel:</source>
        <translation>&amp;Kanal:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show channel</source>
        <translation>Kanal anzeigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show kind</source>
        <translation>Art anzeigen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter or double-click opens an order</source>
        <translation>Eingabetaste oder Doppelklick öffnet eine Bestellung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open order</source>
        <translation>Bestellung öffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the order&apos;s lines, payment, delivery and returns</source>
        <translation>Positionen, Zahlung, Lieferung und Retouren der Bestellung anzeigen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Everything</source>
        <translation>Alles</translation>
    </message>
</context>
<context>
    <name>CustomerSearchModel</name>
    <message>
        <location filename="../app/gui/customers/CustomerSearchModel.cpp" line="+68"/>
        <source>Found by the central search: not on this device yet</source>
        <translation>Über die zentrale Suche gefunden: noch nicht auf diesem Gerät</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Customer no.</source>
        <translation>Kundennr.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>City</source>
        <translation>Ort</translation>
    </message>
</context>
<context>
    <name>CustomersPage</name>
    <message>
        <location filename="../app/gui/customers/CustomersPage.cpp" line="+40"/>
        <source>Name, phone, e-mail, customer no., loyalty card or EAN</source>
        <translation>Name, Telefon, E-Mail, Kundennr., Kundenkarte oder EAN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer search</source>
        <translation>Kundensuche</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Search results</source>
        <translation>Suchergebnisse</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>No customer found for “%1” on this device; the central search is not possible right now (%2).</source>
        <translation>Kein Kunde für „%1“ auf diesem Gerät; die zentrale Suche ist gerade nicht möglich (%2).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No customer found for “%1”, neither on this device nor centrally.</source>
        <translation>Kein Kunde für „%1“ gefunden, weder auf diesem Gerät noch zentral.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n customer(s) found by the central search (not on this device yet)</source>
        <translation>
            <numerusform>%n Kunde über die zentrale Suche gefunden (noch nicht auf diesem Gerät)</numerusform>
            <numerusform>%n Kunden über die zentrale Suche gefunden (noch nicht auf diesem Gerät)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Order %1 is not on this device, or has no customer.</source>
        <translation>Bestellung %1 ist nicht auf diesem Gerät oder hat keinen Kunden.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Article %1 scanned: %2</source>
        <translation>Artikel %1 gescannt: %2</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Type or scan to search the customers of this store.</source>
        <translation>Tippen oder scannen, um Kunden zu suchen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>More than %1 matches: please refine your search.</source>
        <translation>Mehr als %1 Treffer – bitte die Suche verfeinern.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not on this device: asking the central search for “%1” …</source>
        <translation>Nicht auf diesem Gerät: zentrale Suche nach „%1“ läuft …</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No customer found for “%1”.</source>
        <translation>Kein Kunde zu „%1“ gefunden.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n customer(s) found</source>
        <translation>
            <numerusform>%n Kunde gefunden</numerusform>
            <numerusform>%n Kunden gefunden</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DayCloseDialog</name>
    <message>
        <location filename="../app/gui/sync/DayCloseDialog.cpp" line="+21"/>
        <source>Day-close check</source>
        <translation>Tagesabschluss prüfen</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Day-close verdict</source>
        <translation>Ergebnis des Tagesabschlusses</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Changes not yet on the server</source>
        <translation>Änderungen, die noch nicht beim Server sind</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+3"/>
        <source>Audit entries not yet on the server</source>
        <translation>Protokolleinträge, die noch nicht beim Server sind</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The server refused 1 audit entry; it stays on this device. Please tell IT support.</source>
        <translation>Der Server hat 1 Protokolleintrag abgelehnt; er bleibt auf diesem Gerät. Bitte den IT-Support informieren.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server refused %1 audit entries; they stay on this device. Please tell IT support.</source>
        <translation>Der Server hat %1 Protokolleinträge abgelehnt; sie bleiben auf diesem Gerät. Bitte den IT-Support informieren.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Everything has reached the server.</source>
        <translation>Alles ist beim Server angekommen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>1 change has not reached the server yet.</source>
        <translation>1 Änderung ist noch nicht beim Server.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 changes have not reached the server yet.</source>
        <translation>%1 Änderungen sind noch nicht beim Server.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 audit entry has not reached the server yet.</source>
        <translation>1 Protokolleintrag ist noch nicht beim Server.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 audit entries have not reached the server yet.</source>
        <translation>%1 Protokolleinträge sind noch nicht beim Server.</translation>
    </message>
</context>
<context>
    <name>DiscardDialog</name>
    <message>
        <location filename="../app/gui/sync/DiscardDialog.cpp" line="+14"/>
        <source>Discard change</source>
        <translation>Änderung verwerfen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;b&gt;%1&lt;/b&gt; has not reached the server yet.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; ist noch nicht beim Server.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This cannot be undone. A reason is required and is recorded.</source>
        <translation>Das lässt sich nicht rückgängig machen. Ein Grund ist nötig und wird festgehalten.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. entered for the wrong customer</source>
        <translation>z. B. beim falschen Kunden erfasst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason for discarding</source>
        <translation>Grund für das Verwerfen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Discard</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Reason:</source>
        <translation>&amp;Grund:</translation>
    </message>
</context>
<context>
    <name>EnrollDialog</name>
    <message>
        <location filename="../ui/settings/EnrollDialog.ui" line="+6"/>
        <source>Set up this device</source>
        <translation>Gerät einrichten</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This device is not connected to a store yet. Enter the server address and the one-time enrollment code from your IT department.</source>
        <translation>Dieses Gerät ist noch keiner Filiale zugeordnet. Geben Sie die Serveradresse und den einmaligen Registrierungscode Ihrer IT-Abteilung ein.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Server address:</source>
        <translation>&amp;Serveradresse:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>https://theke.example.de</source>
        <translation>https://theke.example.de</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Server address</source>
        <translation>Serveradresse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enrollment &amp;code:</source>
        <translation>Registrierungs&amp;code:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enrollment code</source>
        <translation>Registrierungscode</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Device name:</source>
        <translation>&amp;Gerätename:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Device name</source>
        <translation>Gerätename</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Enrollment status</source>
        <translation>Status der Einrichtung</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/EnrollDialog.cpp" line="+16"/>
        <source>Set up</source>
        <translation>Einrichten</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Connecting to the server…</source>
        <translation>Verbindung zum Server wird hergestellt …</translation>
    </message>
</context>
<context>
    <name>ErrorMessages</name>
    <message>
        <location filename="../app/core/ErrorMessages.cpp" line="+6"/>
        <source>The server cannot be reached. Check the address and the network connection.</source>
        <translation>Der Server ist nicht erreichbar. Bitte Adresse und Netzwerkverbindung prüfen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server did not answer in time. Please try again later.</source>
        <translation>Der Server hat nicht rechtzeitig geantwortet. Bitte später erneut versuchen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The secure connection to the server failed: its certificate could not be verified.</source>
        <translation>Die sichere Verbindung zum Server ist fehlgeschlagen: Sein Zertifikat konnte nicht geprüft werden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server sent more data than allowed. The answer was rejected.</source>
        <translation>Der Server hat mehr Daten gesendet als erlaubt. Die Antwort wurde verworfen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This is not a valid server address.</source>
        <translation>Das ist keine gültige Serveradresse.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unencrypted connections (http) are only allowed to this computer. Use an https address.</source>
        <translation>Unverschlüsselte Verbindungen (http) sind nur zu diesem Computer erlaubt. Bitte eine https-Adresse verwenden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server no longer accepts this device. Please enroll the device again.</source>
        <translation>Der Server akzeptiert dieses Gerät nicht mehr. Bitte das Gerät neu registrieren.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server refused this action.</source>
        <translation>Der Server hat diese Aktion abgelehnt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The enrollment code is wrong or has already been used.</source>
        <translation>Der Registrierungscode ist falsch oder wurde bereits verwendet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server sent an answer Theke cannot read. Nothing was changed.</source>
        <translation>Der Server hat eine Antwort gesendet, die Theke nicht lesen kann. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server has a problem right now. Please try again later.</source>
        <translation>Der Server hat gerade ein Problem. Bitte später erneut versuchen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server is busy. Theke will try again shortly.</source>
        <translation>Der Server ist ausgelastet. Theke versucht es gleich noch einmal.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server does not know this address. Check the server address.</source>
        <translation>Der Server kennt diese Adresse nicht. Bitte die Serveradresse prüfen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The disk is full. Free some space; nothing was lost.</source>
        <translation>Der Datenträger ist voll. Bitte Speicherplatz freigeben; es ist nichts verloren gegangen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The local data file cannot be opened.</source>
        <translation>Die lokale Datendatei kann nicht geöffnet werden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This device is not enrolled yet.</source>
        <translation>Dieses Gerät ist noch nicht registriert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This device&apos;s token is kept in the keychain of the desktop session, which cannot be reached from here. Run the command in the signed-in desktop session (or with dbus-run-session in it); enrolling again is not needed.</source>
        <translation>Das Gerätetoken liegt im Schlüsselbund der Desktop-Sitzung, der von hier aus nicht erreichbar ist. Führen Sie den Befehl in der angemeldeten Desktop-Sitzung aus (oder dort mit dbus-run-session); eine erneute Registrierung ist nicht nötig.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The profile folder cannot be written.</source>
        <translation>In den Profilordner kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This change is no longer in the list of pending changes.</source>
        <translation>Diese Änderung steht nicht mehr in der Liste der ausstehenden Änderungen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This change cannot be retried or discarded in its current state.</source>
        <translation>Diese Änderung kann in ihrem jetzigen Zustand weder erneut gesendet noch verworfen werden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Please give a reason for discarding this change.</source>
        <translation>Bitte einen Grund für das Verwerfen dieser Änderung angeben.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This customer is not on this device.</source>
        <translation>Dieser Kunde ist nicht auf diesem Gerät gespeichert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The note is empty.</source>
        <translation>Die Notiz ist leer.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The note is too long (at most 2,000 characters).</source>
        <translation>Die Notiz ist zu lang (höchstens 2.000 Zeichen).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Theke does not know this kind of consent.</source>
        <translation>Diese Art von Einwilligung kennt Theke nicht.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This order is not on this device. Synchronise, or check the order number.</source>
        <translation>Diese Bestellung ist nicht auf diesem Gerät. Bitte synchronisieren oder die Bestellnummer prüfen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>More pieces than are left to return on this order.</source>
        <translation>Mehr Stück, als von dieser Bestellung noch zurückgegeben werden können.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose at least one article to return.</source>
        <translation>Wählen Sie mindestens einen Artikel für die Retoure.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No article with this barcode or article number is on this device. Synchronise, or check the number.</source>
        <translation>Kein Artikel mit diesem Barcode oder dieser Artikelnummer ist auf diesem Gerät. Bitte synchronisieren oder die Nummer prüfen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The quantity must be from 1 to 999.</source>
        <translation>Die Menge muss zwischen 1 und 999 liegen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This cart is not on this device (any more).</source>
        <translation>Dieser Warenkorb ist (nicht mehr) auf diesem Gerät.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This cart has changes that have not reached the server yet. Synchronise first (or resolve the conflict on the Sync screen), then hand it on.</source>
        <translation>Dieser Warenkorb hat Änderungen, die der Server noch nicht hat. Bitte zuerst synchronisieren (oder den Konflikt unter Synchronisierung lösen), dann weitergeben.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The last hand-on is still running. Please wait a moment.</source>
        <translation>Die letzte Weitergabe läuft noch. Bitte einen Moment warten.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This is the customer&apos;s online cart already: it is in their online account.</source>
        <translation>Das ist schon der Online-Warenkorb des Kunden: Er liegt in seinem Kundenkonto.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This needs a connection to the server, and there is none right now. Nothing was changed; try again when the device is online.</source>
        <translation>Dafür ist eine Verbindung zum Server nötig, und die gibt es gerade nicht. Es wurde nichts geändert; bitte erneut versuchen, sobald das Gerät online ist.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add at least one article to the order.</source>
        <translation>Bitte mindestens einen Artikel in die Bestellung aufnehmen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An order can have at most 100 lines.</source>
        <translation>Eine Bestellung kann höchstens 100 Positionen haben.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the store where the customer collects the order.</source>
        <translation>Bitte die Filiale wählen, in der die Kundin oder der Kunde die Bestellung abholt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The delivery address needs street, postcode and city.</source>
        <translation>Die Lieferadresse braucht Straße, Postleitzahl und Ort.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The refused articles cannot be taken back as a return here; nothing was handed over. Synchronise and try again, or book the return at the returns desk.</source>
        <translation>Die abgelehnten Artikel können hier nicht als Retoure zurückgenommen werden; es wurde nichts übergeben. Bitte synchronisieren und erneut versuchen oder die Retoure an der Retourenannahme buchen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This person is not known on this device.</source>
        <translation>Diese Person ist auf diesem Gerät nicht bekannt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The PIN is not correct. Please try again.</source>
        <translation>Die PIN ist nicht korrekt. Bitte erneut versuchen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Too many wrong PINs. Sign-in for this person is locked for a while.</source>
        <translation>Zu viele falsche PINs. Die Anmeldung ist für diese Person vorübergehend gesperrt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only a store manager can approve this.</source>
        <translation>Nur die Filialleitung kann dies freigeben.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A different manager must approve: you cannot approve your own request.</source>
        <translation>Eine andere Person der Filialleitung muss freigeben – eigene Anfragen können Sie nicht freigeben.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Please sign in first.</source>
        <translation>Bitte zuerst anmelden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The PIN of this person cannot be checked on this device. Please synchronise.</source>
        <translation>Die PIN dieser Person kann auf diesem Gerät nicht geprüft werden. Bitte synchronisieren.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An unexpected error occurred (%1).</source>
        <translation>Ein unerwarteter Fehler ist aufgetreten (%1).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Someone changed this on the server meanwhile.</source>
        <translation>Das wurde inzwischen auf dem Server geändert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not possible in the order&apos;s current state (it was changed elsewhere meanwhile).</source>
        <translation>Im aktuellen Zustand der Bestellung nicht möglich (sie wurde inzwischen anderswo geändert).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>These pieces have already been returned elsewhere: nothing is left to return.</source>
        <translation>Diese Stücke wurden bereits anderswo zurückgegeben: Es ist nichts mehr zurückzugeben.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This article cannot be returned.</source>
        <translation>Dieser Artikel ist nicht rückgabefähig.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A store manager must approve this return.</source>
        <translation>Diese Retoure braucht die Freigabe durch die Filialleitung.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The approval is not valid: it needs a store manager other than the person asking.</source>
        <translation>Die Freigabe ist ungültig: Sie muss von einer anderen Person der Filialleitung kommen als der anfragenden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The refund is more than the return rules allow.</source>
        <translation>Die Erstattung ist höher, als die Rückgaberegeln erlauben.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>For the reason “other”, say what the reason is.</source>
        <translation>Beim Grund „Anderer Grund“ bitte angeben, welcher Grund es ist.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The reason text is too long (at most 200 characters).</source>
        <translation>Der Grund ist zu lang (höchstens 200 Zeichen).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The pickup code is not correct.</source>
        <translation>Der Abholcode ist nicht korrekt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Too many wrong pickup codes were tried for this order: the server blocks handovers by code for a while. Check the customer&apos;s identity document instead, or try again later.</source>
        <translation>Für diese Bestellung wurden zu viele falsche Abholcodes eingegeben: Der Server sperrt Übergaben per Code für eine Weile. Prüfen Sie stattdessen den Ausweis des Kunden oder versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check the person&apos;s identity document or pickup code first.</source>
        <translation>Prüfen Sie zuerst den Ausweis oder den Abholcode der Person.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This person is not authorised on the order to collect it.</source>
        <translation>Diese Person ist in der Bestellung nicht zur Abholung bevollmächtigt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>More pieces than are still waiting for this order.</source>
        <translation>Mehr Stück, als für diese Bestellung noch bereitliegen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The pickup deadline has not passed yet.</source>
        <translation>Die Abholfrist ist noch nicht abgelaufen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The customer has no e-mail address or mobile number for this message.</source>
        <translation>Für diese Nachricht ist keine E-Mail-Adresse oder Mobilnummer des Kunden hinterlegt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The order was cancelled online in the meantime: do not hand it over.</source>
        <translation>Die Bestellung wurde inzwischen online storniert: Ware nicht herausgeben.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server does not know this cart (any more): it may have been ordered or handed on elsewhere.</source>
        <translation>Der Server kennt diesen Warenkorb (nicht mehr): Er wurde vielleicht anderswo bestellt oder weitergegeben.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The cart is empty: there is nothing to hand on.</source>
        <translation>Der Warenkorb ist leer: Es gibt nichts weiterzugeben.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only a customer&apos;s cart can go to an online account. Choose the customer first.</source>
        <translation>Nur der Warenkorb einer Kundin oder eines Kunden kann ins Kundenkonto gehen. Bitte zuerst den Kunden wählen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No open cart has this code.</source>
        <translation>Kein offener Warenkorb hat diesen Code.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server does not sell one of these articles (any more).</source>
        <translation>Einer dieser Artikel wird (nicht mehr) verkauft.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server does not know this store.</source>
        <translation>Der Server kennt diese Filiale nicht.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not enough pieces in stock there. Choose another store or delivery.</source>
        <translation>Dort ist nicht genug Bestand. Bitte eine andere Filiale oder Lieferung wählen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The customer has no address on file. Enter the delivery address.</source>
        <translation>Für den Kunden ist keine Adresse hinterlegt. Bitte die Lieferadresse eingeben.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server does not know this customer.</source>
        <translation>Der Server kennt diesen Kunden nicht.</translation>
    </message>
</context>
<context>
    <name>FeedProgressTable</name>
    <message>
        <location filename="../app/gui/sync/FeedProgressTable.cpp" line="+25"/>
        <source>%1 received</source>
        <translation>%1 empfangen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>waiting</source>
        <translation>wartet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 of about %2 · %3 per second</source>
        <translation>%1 von ca. %2 · %3 pro Sekunde</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 · %2 per second</source>
        <translation>%1 · %2 pro Sekunde</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Data</source>
        <translation>Daten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Records</source>
        <translation>Datensätze</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last sync</source>
        <translation>Letzte Synchronisierung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This sync</source>
        <translation>Diese Synchronisierung</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Progress of %1</source>
        <translation>Fortschritt: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Received in this sync: %1</source>
        <translation>In dieser Synchronisierung empfangen: %1</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>never</source>
        <translation>noch nie</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>%1 received, stopped</source>
        <translation>%1 empfangen, angehalten</translation>
    </message>
</context>
<context>
    <name>Formatting</name>
    <message>
        <location filename="../app/gui/common/Formatting.cpp" line="+35"/>
        <source>Basic</source>
        <translation>Basis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Silver</source>
        <translation>Silber</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Gold</source>
        <translation>Gold</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>web shop</source>
        <translation>Webshop</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>app</source>
        <translation>App</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>store</source>
        <translation>Filiale</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>marketplace %1</source>
        <translation>Marktplatz %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unknown channel</source>
        <translation>unbekannter Kanal</translation>
    </message>
</context>
<context>
    <name>HandoverLinesTable</name>
    <message>
        <location filename="../app/gui/pickup/HandoverLinesTable.cpp" line="+51"/>
        <location line="+84"/>
        <source>Line %1</source>
        <translation>Position %1</translation>
    </message>
    <message>
        <location line="-67"/>
        <source>%1 (%2 unavailable)</source>
        <translation>%1 (%2 nicht verfügbar)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 (%2 refused)</source>
        <translation>%1 (%2 abgelehnt)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Hand over now: %1</source>
        <translation>Jetzt übergeben: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refused by the customer: %1</source>
        <translation>Vom Kunden abgelehnt: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pieces the customer refuses: they are taken back as a return and refunded in full to the original payment method.</source>
        <translation>Stücke, die der Kunde ablehnt: Sie werden als Retoure zurückgenommen und voll auf das ursprüngliche Zahlungsmittel erstattet.</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Article</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ordered</source>
        <translation>Bestellt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Handed over</source>
        <translation>Übergeben</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Now</source>
        <translation>Jetzt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Refused</source>
        <translation>Abgelehnt</translation>
    </message>
</context>
<context>
    <name>HandoverReceipt</name>
    <message>
        <location filename="../app/gui/print/HandoverReceipt.cpp" line="+10"/>
        <source>Handover receipt</source>
        <translation>Übergabebeleg</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Handover receipt (partial)</source>
        <translation>Übergabebeleg (Teilübergabe)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Handover receipt %1</source>
        <translation>Übergabebeleg %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order no.: %1</source>
        <translation>Bestellnr.: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Customer: %1</source>
        <translation>Kunde: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Collected by: %1 (authorised by the customer)</source>
        <translation>Abgeholt von: %1 (vom Kunden bevollmächtigt)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Collected by: %1</source>
        <translation>Abgeholt von: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checked by: %1</source>
        <translation>Geprüft mit: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Handed over: %1</source>
        <translation>Übergeben: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Handed over by: %1</source>
        <translation>Übergeben von: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+2"/>
        <location line="+2"/>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>handed over</source>
        <translation>übergeben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>refused</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>still waiting</source>
        <translation>liegt noch bereit</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The refused articles were taken back as a return: refund of %1. The return receipt shows the details.</source>
        <translation>Die abgelehnten Artikel wurden als Retoure zurückgenommen: Erstattung von %1. Einzelheiten stehen auf dem Retourenbeleg.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The remaining articles stay reserved for you until the pickup deadline.</source>
        <translation>Die übrigen Artikel bleiben bis zum Ende der Abholfrist für Sie reserviert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recorded while offline: the handover reaches the central system with the next synchronisation.</source>
        <translation>Offline erfasst: Die Übergabe erreicht das zentrale System mit der nächsten Synchronisierung.</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <location filename="../ui/auth/LockScreen.ui" line="+18"/>
        <location filename="../app/gui/auth/LockScreen.cpp" line="+26"/>
        <source>Theke is locked</source>
        <translation>Theke ist gesperrt</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;PIN:</source>
        <translation>&amp;PIN:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <location line="+7"/>
        <location filename="../app/gui/auth/LockScreen.cpp" line="+6"/>
        <source>&amp;Other user</source>
        <translation>&amp;Anderer Benutzer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign in as someone else; the current person is signed out</source>
        <translation>Als andere Person anmelden; die aktuelle Person wird abgemeldet</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Unlock</source>
        <translation>&amp;Entsperren</translation>
    </message>
    <message>
        <location filename="../app/gui/auth/LockScreen.cpp" line="-17"/>
        <source>Locked</source>
        <translation>Gesperrt</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Please sign in</source>
        <translation>Bitte anmelden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signed in: %1</source>
        <translation>Angemeldet: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer data stays hidden until someone signs in.</source>
        <translation>Kundendaten bleiben verborgen, bis sich jemand anmeldet.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Sign in…</source>
        <translation>&amp;Anmelden …</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Checking the PIN…</source>
        <translation>PIN wird geprüft …</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="+45"/>
        <source>Theke</source>
        <translation>Theke</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Theke — %1</source>
        <translation>Theke — %1</translation>
    </message>
    <message>
        <location line="+132"/>
        <source>Cart</source>
        <translation>Warenkorb</translation>
    </message>
    <message>
        <location line="-43"/>
        <location line="+44"/>
        <source>Pickup</source>
        <translation>Abholung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Returns</source>
        <translation>Retouren</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Customers</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <location line="-42"/>
        <source>Pickup (%1)</source>
        <translation>Abholung (%1)</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Synchronisation</source>
        <translation>Synchronisierung</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Areas</source>
        <translation>Bereiche</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Find customer</source>
        <translation>Kunden &amp;suchen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Jump to the customer search (Ctrl+F, F2)</source>
        <translation>Zur Kundensuche springen (Strg+F, F2)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Find &amp;article</source>
        <translation>&amp;Artikel suchen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search the assortment and see the stock everywhere (F3)</source>
        <translation>Im Sortiment suchen und den Bestand überall sehen (F3)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Sync now</source>
        <translation>Jetzt &amp;synchronisieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fetch the latest data from the server now (F5)</source>
        <translation>Die neuesten Daten jetzt vom Server holen (F5)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Theke</source>
        <translation>&amp;Theke</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Go</source>
        <translation>&amp;Gehe zu</translation>
    </message>
</context>
<context>
    <name>ManagerApprovalDialog</name>
    <message>
        <location filename="../ui/auth/ManagerApprovalDialog.ui" line="+6"/>
        <source>Manager approval — Theke</source>
        <translation>Freigabe durch Filialleitung — Theke</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Badge:</source>
        <translation>&amp;Ausweis:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Scan the manager&apos;s badge</source>
        <translation>Ausweis der Filialleitung scannen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Manager badge</source>
        <translation>Ausweis der Filialleitung</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Manager:</source>
        <translation>&amp;Filialleitung:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Approving manager</source>
        <translation>Freigebende Filialleitung</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;PIN:</source>
        <translation>&amp;PIN:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Manager PIN</source>
        <translation>PIN der Filialleitung</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <location filename="../app/gui/auth/ManagerApprovalDialog.cpp" line="+19"/>
        <source>&amp;Approve</source>
        <translation>&amp;Freigeben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A store manager must approve this:
%1</source>
        <translation>Die Filialleitung muss dies freigeben:
%1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No store manager is known on this device yet.</source>
        <translation>Auf diesem Gerät ist noch keine Filialleitung bekannt.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>This badge does not belong to a store manager.</source>
        <translation>Dieser Ausweis gehört nicht zur Filialleitung.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Checking the PIN…</source>
        <translation>PIN wird geprüft …</translation>
    </message>
</context>
<context>
    <name>NotesPanel</name>
    <message>
        <location filename="../app/gui/customers/NotesPanel.cpp" line="+19"/>
        <source>Save note</source>
        <translation>Notiz speichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New note</source>
        <translation>Neue Notiz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New note for colleagues, e.g. sizes, preferences, agreements</source>
        <translation>Neue Notiz für Kollegen, z. B. Größen, Vorlieben, Absprachen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save the note (Ctrl+Enter); it reaches the other stores with the next synchronisation</source>
        <translation>Notiz speichern (Strg+Eingabe); sie erreicht die anderen Filialen mit der nächsten Synchronisierung</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>waiting for synchronisation</source>
        <translation>wartet auf Synchronisierung</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No notes yet.</source>
        <translation>Noch keine Notizen.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Too long: %1 of at most %2 characters</source>
        <translation>Zu lang: %1 von höchstens %2 Zeichen</translation>
    </message>
</context>
<context>
    <name>OpenItemsPanel</name>
    <message>
        <location filename="../app/gui/customers/OpenItemsPanel.cpp" line="+86"/>
        <source>Reading open items …</source>
        <translation>Offene Vorgänge werden gelesen …</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Nothing open: no pickup waiting, no return in progress, no saved cart.</source>
        <translation>Nichts offen: keine wartende Abholung, keine Retoure in Bearbeitung, kein gespeicherter Warenkorb.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n pickup(s) waiting</source>
        <translation>
            <numerusform>%n Abholung wartet</numerusform>
            <numerusform>%n Abholungen warten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n return(s) in progress</source>
        <translation>
            <numerusform>%n Retoure in Bearbeitung</numerusform>
            <numerusform>%n Retouren in Bearbeitung</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n saved cart(s)</source>
        <translation>
            <numerusform>%n gespeicherter Warenkorb</numerusform>
            <numerusform>%n gespeicherte Warenkörbe</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>… and %n more</source>
        <translation>
            <numerusform>… und %n weitere</numerusform>
            <numerusform>… und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>shelf %1</source>
        <translation>Fach %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>collect by %1</source>
        <translation>abholen bis %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pickup %1</source>
        <translation>Abholung %1</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n article(s), %1, %2</source>
        <translation>
            <numerusform>%n Artikel, %1, %2</numerusform>
            <numerusform>%n Artikel, %1, %2</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Return of order %1</source>
        <translation>Retoure zu Bestellung %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Online cart</source>
        <translation>Online-Warenkorb</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cart from the counter</source>
        <translation>Warenkorb aus der Beratung</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1 – %n article(s), %2, changed %3</source>
        <translation>
            <numerusform>%1 – %n Artikel, %2, geändert am %3</numerusform>
            <numerusform>%1 – %n Artikel, %2, geändert am %3</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OrderDetailDialog</name>
    <message>
        <location filename="../app/gui/customers/OrderDetailDialog.cpp" line="+63"/>
        <source>Article</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Qty</source>
        <translation>Menge</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Returned</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unit price</source>
        <translation>Einzelpreis</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Where</source>
        <translation>Wo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Refund</source>
        <translation>Erstattung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+3"/>
        <source>Order %1</source>
        <translation>Bestellung %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Channel:</source>
        <translation>Kanal:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Placed:</source>
        <translation>Bestellt:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Payment:</source>
        <translation>Zahlung:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fulfilment:</source>
        <translation>Lieferart:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delivered:</source>
        <translation>Geliefert:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not yet delivered</source>
        <translation>noch nicht geliefert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>State:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(incl. shipping %1)</source>
        <translation>(inkl. Versand %1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total:</source>
        <translation>Gesamt:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Order lines</source>
        <translation>Bestellpositionen</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Lines</source>
        <translation>Positionen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Returns of this order</source>
        <translation>Retouren dieser Bestellung</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>by post (%1)</source>
        <translation>per Post (%1)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Nothing of this order has been returned.</source>
        <translation>Von dieser Bestellung wurde nichts zurückgegeben.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Returns</source>
        <translation>Retouren</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Take back at the returns desk…</source>
        <translation>An der Retourenannahme zurücknehmen…</translation>
    </message>
</context>
<context>
    <name>OutboxModel</name>
    <message>
        <location filename="../app/gui/sync/OutboxModel.cpp" line="+34"/>
        <source>Pickup %1 ready at shelf place %2</source>
        <translation>Abholung %1 abholbereit in Fach %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pickup %1: SMS to the customer</source>
        <translation>Abholung %1: SMS an den Kunden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pickup %1: e-mail to the customer</source>
        <translation>Abholung %1: E-Mail an den Kunden</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Pickup %1: %n article(s) handed over</source>
        <translation>
            <numerusform>Abholung %1: %n Artikel übergeben</numerusform>
            <numerusform>Abholung %1: %n Artikel übergeben</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pickup %1 returned to stock</source>
        <translation>Abholung %1 zurück in den Bestand</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>a customer no longer on this device</source>
        <translation>ein Kunde, der nicht mehr auf diesem Gerät ist</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>customer %1</source>
        <translation>Kunde %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>E-mail consent</source>
        <translation>Einwilligung E-Mail</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SMS consent</source>
        <translation>Einwilligung SMS</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Phone consent</source>
        <translation>Einwilligung Telefon</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Consent to personalised offers</source>
        <translation>Einwilligung personalisierte Angebote</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consent (%1)</source>
        <translation>Einwilligung (%1)</translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>Cart of %1 with %n article(s)</source>
        <translation>
            <numerusform>Warenkorb von %1 mit %n Artikel</numerusform>
            <numerusform>Warenkorb von %1 mit %n Artikeln</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Note on %1</source>
        <translation>Notiz zu %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: granted for %2</source>
        <translation>%1: erteilt für %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: withdrawn for %2</source>
        <translation>%1: entzogen für %2</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Return of %n article(s) from order %1</source>
        <translation>
            <numerusform>Retoure von %n Artikel aus Bestellung %1</numerusform>
            <numerusform>Retoure von %n Artikeln aus Bestellung %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Change to %1</source>
        <translation>Änderung an %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The cart goes back to what it was before this change on this device (unless a later change of it is still waiting).</source>
        <translation>Der Warenkorb wird auf diesem Gerät auf den Stand vor dieser Änderung zurückgesetzt (außer eine spätere Änderung daran wartet noch).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The note on %1 is removed from this device and never reaches the server:
“%2”</source>
        <translation>Die Notiz zu %1 wird von diesem Gerät entfernt und erreicht den Server nie:
„%2“</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 of %2 goes back to “not recorded” on this device (unless a later change of it is still waiting).</source>
        <translation>%1 von %2 steht auf diesem Gerät wieder auf „nicht erfasst“ (außer eine spätere Änderung daran wartet noch).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 of %2 goes back to “granted” on this device (unless a later change of it is still waiting).</source>
        <translation>%1 von %2 steht auf diesem Gerät wieder auf „erteilt“ (außer eine spätere Änderung daran wartet noch).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 of %2 goes back to “withdrawn” on this device (unless a later change of it is still waiting).</source>
        <translation>%1 von %2 steht auf diesem Gerät wieder auf „entzogen“ (außer eine spätere Änderung daran wartet noch).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The return of order %1 is removed from this device: the order&apos;s returnable quantities and this store&apos;s stock go back to what they were. Nothing is refunded.</source>
        <translation>Die Retoure zu Bestellung %1 wird von diesem Gerät entfernt: Die rückgabefähigen Mengen der Bestellung und der Bestand dieser Filiale werden zurückgesetzt. Es wird nichts erstattet.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is removed from this device: the pickup goes back to what it was before, unless a later change of it is still waiting. The customer is not told.</source>
        <translation>%1 wird von diesem Gerät entfernt: Die Abholung wird auf den vorherigen Stand zurückgesetzt, außer eine spätere Änderung daran wartet noch. Der Kunde wird nicht informiert.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The linked return is discarded as well; nothing is refunded.</source>
        <translation>Die zugehörige Retoure wird ebenfalls verworfen; es wird nichts erstattet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The change is dropped and never reaches the server.</source>
        <translation>Die Änderung wird verworfen und erreicht den Server nie.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Order %1 was cancelled online in the meantime, so the server did not book this handover. Do not hand the goods over; if the customer already has them, ask for them back. Put the articles back into stock, then choose “Take the server&apos;s” to drop this handover.</source>
        <translation>Die Bestellung %1 wurde inzwischen online storniert; der Server hat diese Übergabe deshalb nicht gebucht. Die Ware nicht herausgeben – hat der Kunde sie schon, bitte zurückholen. Die Artikel zurück in den Bestand legen und dann „Server-Stand übernehmen“ wählen, um diese Übergabe zu verwerfen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Order %1 was cancelled online in the meantime, so the server did not take this change. Take the articles off the pickup shelf and put them back into stock, then choose “Take the server&apos;s” to drop this change.</source>
        <translation>Die Bestellung %1 wurde inzwischen online storniert; der Server hat diese Änderung deshalb nicht übernommen. Die Artikel aus dem Abholfach nehmen, zurück in den Bestand legen und dann „Server-Stand übernehmen“ wählen, um diese Änderung zu verwerfen.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>waiting</source>
        <translation>wartet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>being sent</source>
        <translation>wird gesendet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Error – next attempt soon</source>
        <translation>Fehler – nächster Versuch gleich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Error – next attempt at %1</source>
        <translation>Fehler – nächster Versuch um %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Conflict</source>
        <translation>Konflikt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Conflict: %1</source>
        <translation>Konflikt: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>on hold</source>
        <translation>zurückgestellt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>on hold: %1</source>
        <translation>zurückgestellt: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>on the server</source>
        <translation>beim Server</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>discarded</source>
        <translation>verworfen</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Made</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Attempts</source>
        <translation>Versuche</translation>
    </message>
</context>
<context>
    <name>OutboxSection</name>
    <message>
        <location filename="../app/gui/sync/OutboxSection.cpp" line="+66"/>
        <source>Also show sent and discarded changes</source>
        <translation>Auch gesendete und verworfene Änderungen zeigen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send again</source>
        <translation>Erneut senden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send the selected changes to the server again; for a conflict: keep mine</source>
        <translation>Die gewählten Änderungen erneut an den Server senden; bei einem Konflikt: meine behalten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard…</source>
        <translation>Verwerfen …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drop the selected change and undo it on this device (needs a manager)</source>
        <translation>Die gewählte Änderung verwerfen und auf diesem Gerät rückgängig machen (Freigabe durch Filialleitung)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show this device&apos;s change beside the server&apos;s answer</source>
        <translation>Die Änderung dieses Geräts neben der Antwort des Servers zeigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Day-close check</source>
        <translation>Tagesabschluss prüfen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>List everything that has not reached the server yet</source>
        <translation>Alles auflisten, was noch nicht beim Server ist</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+8"/>
        <source>Changes waiting for the server</source>
        <translation>Änderungen, die noch zum Server müssen</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Outbox summary</source>
        <translation>Übersicht ausstehender Änderungen</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>By default only changes that have not reached the server are listed</source>
        <translation>Standardmäßig werden nur Änderungen gezeigt, die noch nicht beim Server sind</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>Outbox</source>
        <translation>Ausstehende Änderungen</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Discard: %1</source>
        <translation>Verwerfen: %1</translation>
    </message>
</context>
<context>
    <name>PickListPanel</name>
    <message>
        <location filename="../app/gui/pickup/PickListPanel.cpp" line="+23"/>
        <source>Pick progress</source>
        <translation>Fortschritt der Kommissionierung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scan result</source>
        <translation>Scan-Ergebnis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pick list</source>
        <translation>Pickliste</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Cannot be found</source>
        <translation>Nicht auffindbar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Damaged</source>
        <translation>Beschädigt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stock record wrong</source>
        <translation>Bestand falsch</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+91"/>
        <source>Line %1</source>
        <translation>Position %1</translation>
    </message>
    <message>
        <location line="-87"/>
        <source>No barcode known: tick the line when the piece is there.</source>
        <translation>Kein Barcode bekannt: Position abhaken, wenn die Ware da ist.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>EAN %1</source>
        <translation>EAN %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Unavailable: %1</source>
        <translation>Nicht verfügbar: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pieces of this line the store cannot provide. They are not handed over.</source>
        <translation>Teile dieser Position, die die Filiale nicht liefern kann. Sie werden nicht übergeben.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reason unavailable: %1</source>
        <translation>Grund nicht verfügbar: %1</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Confirmed by scan, or tick when every piece is there.</source>
        <translation>Per Scan bestätigt, oder abhaken, wenn alle Teile da sind.</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%1 of %n piece(s) confirmed</source>
        <translation>
            <numerusform>%1 von %n Teil bestätigt</numerusform>
            <numerusform>%1 von %n Teilen bestätigt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n unavailable</source>
        <translation>
            <numerusform>%n nicht verfügbar</numerusform>
            <numerusform>%n nicht verfügbar</numerusform>
        </translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Confirmed: %1 (%2 of %3).</source>
        <translation>Bestätigt: %1 (%2 von %3).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Every piece of %1 is confirmed already. Put the extra piece back; nothing was changed.</source>
        <translation>Alle Teile von %1 sind schon bestätigt. Das zusätzliche Teil bitte zurücklegen; nichts wurde geändert.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Wrong article: %1 is not on order %2. Nothing was changed.</source>
        <translation>Falscher Artikel: %1 gehört nicht zu Bestellung %2. Nichts wurde geändert.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Article</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Confirmed</source>
        <translation>Bestätigt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unavailable</source>
        <translation>Nicht verfügbar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
</context>
<context>
    <name>PickupDesk</name>
    <message>
        <location filename="../app/gui/pickup/PickupDesk.cpp" line="+96"/>
        <source>Saved on this device; it goes out with the next synchronisation.</source>
        <translation>Auf diesem Gerät gespeichert; wird mit der nächsten Synchronisierung übertragen.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Ready for pickup</source>
        <translation>Abholbereit</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n piece(s) of order %1 are not confirmed by scan or tick yet. Are they all on the shelf? Mark the order ready for pickup anyway?</source>
        <translation>
            <numerusform>%n Teil der Bestellung %1 ist noch nicht per Scan oder Haken bestätigt. Liegt es wirklich bereit? Bestellung trotzdem abholbereit melden?</numerusform>
            <numerusform>%n Teile der Bestellung %1 sind noch nicht per Scan oder Haken bestätigt. Liegen sie wirklich bereit? Bestellung trotzdem abholbereit melden?</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Order %1 is ready for pickup at shelf place %2.</source>
        <translation>Bestellung %1 ist abholbereit in Fach %2.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n piece(s) marked unavailable; they will not be handed over.</source>
        <translation>
            <numerusform>%n Teil als nicht verfügbar markiert; es wird nicht übergeben.</numerusform>
            <numerusform>%n Teile als nicht verfügbar markiert; sie werden nicht übergeben.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The customer will be told by e-mail that the order is ready.</source>
        <translation>Der Kunde wird per E-Mail informiert, dass die Bestellung abholbereit ist.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The customer will be told by SMS that the order is ready.</source>
        <translation>Der Kunde wird per SMS informiert, dass die Bestellung abholbereit ist.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Checking the code …</source>
        <translation>Code wird geprüft …</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The code is correct.</source>
        <translation>Der Code ist korrekt.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n attempt(s) left.</source>
        <translation>
            <numerusform>Noch %n Versuch.</numerusform>
            <numerusform>Noch %n Versuche.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 to %2</source>
        <translation>%1 auf %2</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The customer refuses order %1 (checked by %2).</source>
        <translation>Der Kunde lehnt Bestellung %1 ab (geprüft per %2).</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>%n refused piece(s) are taken back as a return and go back on the shelf; refund of %1.</source>
        <translation>
            <numerusform>%n abgelehntes Stück wird als Retoure zurückgenommen und kommt zurück ins Regal; Erstattung von %1.</numerusform>
            <numerusform>%n abgelehnte Stücke werden als Retoure zurückgenommen und kommen zurück ins Regal; Erstattung von %1.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Hand over</source>
        <translation>Übergeben</translation>
    </message>
    <message numerus="yes">
        <location line="+23"/>
        <source>%n refused piece(s) taken back as a return: refund of %1.</source>
        <translation>
            <numerusform>%n abgelehntes Stück als Retoure zurückgenommen: Erstattung von %1.</numerusform>
            <numerusform>%n abgelehnte Stücke als Retoure zurückgenommen: Erstattung von %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-38"/>
        <source>Hand over %n piece(s) of order %1 to %2 (checked by %3)?</source>
        <translation>
            <numerusform>%n Stück der Bestellung %1 an %2 übergeben (geprüft per %3)?</numerusform>
            <numerusform>%n Stück der Bestellung %1 an %2 übergeben (geprüft per %3)?</numerusform>
        </translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Order %1 refused by the customer.</source>
        <translation>Bestellung %1 vom Kunden abgelehnt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Order %1 partly handed over to %2; the rest stays on the shelf.</source>
        <translation>Bestellung %1 teilweise an %2 übergeben; der Rest bleibt im Fach.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Order %1 handed over to %2.</source>
        <translation>Bestellung %1 an %2 übergeben.</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Return to stock</source>
        <translation>Zurück in den Bestand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order %1 was not collected by its deadline. Put its articles from shelf place %2 back into stock? The customer can no longer collect it.</source>
        <translation>Bestellung %1 wurde nicht fristgerecht abgeholt. Die Artikel aus Fach %2 zurück in den Bestand buchen? Der Kunde kann sie dann nicht mehr abholen.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Order %1 is back in stock.</source>
        <translation>Bestellung %1 ist zurück im Bestand.</translation>
    </message>
</context>
<context>
    <name>PickupPage</name>
    <message>
        <location filename="../ui/pickup/PickupPage.ui" line="+6"/>
        <source>Pickup</source>
        <translation>Abholung</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Scan the pickup QR code, or type the order no., name or pickup code</source>
        <translation>Abhol-QR-Code scannen oder Bestellnr., Name oder Abholcode eingeben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find pickup</source>
        <translation>Abholung suchen</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Pickup queue</source>
        <translation>Abholliste</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Choose a pickup in the queue or scan the customer&apos;s QR code.</source>
        <translation>Wählen Sie eine Abholung aus der Liste oder scannen Sie den QR-Code des Kunden.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Order lines</source>
        <translation>Bestellpositionen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Prepare</source>
        <translation>Vorbereiten</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Shelf place:</source>
        <translation>&amp;Fach:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Shelf place</source>
        <translation>Fach</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. B-07</source>
        <translation>z. B. B-07</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../app/gui/pickup/PickupPage.cpp" line="+342"/>
        <source>Ready for pickup</source>
        <translation>Abholbereit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Put the order on this shelf place and mark it ready (Ctrl+Enter)</source>
        <translation>Bestellung in dieses Fach legen und als abholbereit melden (Strg+Eingabe)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Notify customer by e-mail</source>
        <translation>Kunden per E-Mail benachrichtigen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Notify customer by SMS</source>
        <translation>Kunden per SMS benachrichtigen</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+53"/>
        <source>Hand over</source>
        <translation>Übergeben</translation>
    </message>
    <message>
        <location line="-49"/>
        <source>Co&amp;llected by:</source>
        <translation>Abge&amp;holt von:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Collected by</source>
        <translation>Abgeholt von</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Pickup &amp;code:</source>
        <translation>Abhol&amp;code:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Pickup code</source>
        <translation>Abholcode</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scan the QR code or type the 6 characters</source>
        <translation>QR-Code scannen oder die 6 Zeichen eingeben</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Check code</source>
        <translation>Code prüfen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Identity document:</source>
        <translation>&amp;Ausweisdokument:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Identity document type</source>
        <translation>Art des Ausweisdokuments</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only the type of document is recorded, never its number.</source>
        <translation>Erfasst wird nur die Art des Dokuments, nie seine Nummer.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Return to stock…</source>
        <translation>Zurück in den Bestand…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Put an uncollected order back into stock after its deadline</source>
        <translation>Nicht abgeholte Bestellung nach Fristende zurück in den Bestand buchen</translation>
    </message>
    <message>
        <location filename="../app/gui/pickup/PickupPage.cpp" line="-308"/>
        <source>Queue</source>
        <translation>Liste</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>No pickup waiting at this store opens with this code. Check the code, or find the order by its number or the customer&apos;s name.</source>
        <translation>Zu diesem Code wartet in dieser Filiale keine Abholung. Code prüfen oder die Bestellung über Bestellnummer oder Kundennamen suchen.</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>To prepare (%1)</source>
        <translation>Vorzubereiten (%1)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ready (%1)</source>
        <translation>Abholbereit (%1)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Overdue (%1)</source>
        <translation>Überfällig (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Handed over today (%1)</source>
        <translation>Heute übergeben (%1)</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>No pickup for order %1 at this store.</source>
        <translation>Keine Abholung zu Bestellung %1 in dieser Filiale.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Checking the code …</source>
        <translation>Code wird geprüft …</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>&lt;b&gt;Order %1&lt;/b&gt; — %2</source>
        <translation>&lt;b&gt;Bestellung %1&lt;/b&gt; — %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Customer: %1</source>
        <translation>Kunde: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Collect by %1 · waiting %n day(s)</source>
        <translation>
            <numerusform>Abholen bis %1 · wartet seit %n Tag</numerusform>
            <numerusform>Abholen bis %1 · wartet seit %n Tagen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The customer</source>
        <translation>Der Kunde</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 (customer)</source>
        <translation>%1 (Kunde)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (authorised)</source>
        <translation>%1 (bevollmächtigt)</translation>
    </message>
    <message numerus="yes">
        <location line="+66"/>
        <source>%n refused piece(s) go back on the shelf as a return, refunded in full to the original payment method.</source>
        <translation>
            <numerusform>%n abgelehntes Stück geht als Retoure zurück ins Regal, voll erstattet auf das ursprüngliche Zahlungsmittel.</numerusform>
            <numerusform>%n abgelehnte Stücke gehen als Retoure zurück ins Regal, voll erstattet auf das ursprüngliche Zahlungsmittel.</numerusform>
        </translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Move to shelf</source>
        <translation>In Fach umlagern</translation>
    </message>
</context>
<context>
    <name>PickupQueueModel</name>
    <message numerus="yes">
        <location filename="../app/gui/pickup/PickupQueueModel.cpp" line="+168"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Order no.</source>
        <translation>Bestellnr.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shelf</source>
        <translation>Fach</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Collect by</source>
        <translation>Abholen bis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Waiting</source>
        <translation>Wartet</translation>
    </message>
</context>
<context>
    <name>PickupTexts</name>
    <message>
        <location filename="../app/gui/pickup/PickupTexts.cpp" line="+13"/>
        <source>Awaiting stock</source>
        <translation>Wartet auf Ware</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ready</source>
        <translation>Abholbereit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Handed over</source>
        <translation>Übergeben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Partly handed over</source>
        <translation>Teilweise übergeben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Returned to stock</source>
        <translation>Zurück im Bestand</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancelled</source>
        <translation>Storniert</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Identity card</source>
        <translation>Personalausweis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Passport</source>
        <translation>Reisepass</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Driving licence</source>
        <translation>Führerschein</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Residence permit</source>
        <translation>Aufenthaltstitel</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>pickup code</source>
        <translation>Abholcode</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>known customer</source>
        <translation>bekannter Kunde</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This pickup is not on this device. Please synchronise.</source>
        <translation>Diese Abholung ist nicht auf diesem Gerät. Bitte synchronisieren.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Too many wrong codes: this pickup is blocked for a while. Check the customer&apos;s identity document instead, or try again later.</source>
        <translation>Zu viele falsche Codes: Diese Abholung ist vorübergehend gesperrt. Prüfen Sie stattdessen den Ausweis des Kunden oder versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The pickup code does not match this order.</source>
        <translation>Der Abholcode passt nicht zu dieser Bestellung.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check the pickup code or an identity document first.</source>
        <translation>Prüfen Sie zuerst den Abholcode oder ein Ausweisdokument.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This person is not named on the order as allowed to collect it.</source>
        <translation>Diese Person ist in der Bestellung nicht als abholberechtigt genannt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>More pieces than are still waiting cannot be handed over.</source>
        <translation>Es können nicht mehr Stück übergeben werden, als noch bereitliegen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every piece of this order is marked unavailable, so it cannot be ready for pickup. The order stays to prepare until stock arrives.</source>
        <translation>Alle Teile dieser Bestellung sind als nicht verfügbar markiert, daher kann sie nicht abholbereit gemeldet werden. Die Bestellung bleibt vorzubereiten, bis Ware eintrifft.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The pickup deadline has not passed yet.</source>
        <translation>Die Abholfrist ist noch nicht abgelaufen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This is not possible in the pickup&apos;s current state.</source>
        <translation>Im aktuellen Zustand der Abholung nicht möglich.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The customer cannot be reached this way (no address on file).</source>
        <translation>Der Kunde ist auf diesem Weg nicht erreichbar (keine Adresse hinterlegt).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Please check the input: %1</source>
        <translation>Bitte prüfen Sie die Eingabe: %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>by e-mail</source>
        <translation>per E-Mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>by SMS</source>
        <translation>per SMS</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ready for pickup</source>
        <translation>abholbereit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reminder</source>
        <translation>Erinnerung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 %2 (%3)</source>
        <translation>%1 %2 (%3)</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n earlier</source>
        <translation>
            <numerusform>%n frühere</numerusform>
            <numerusform>%n frühere</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notified: %1</source>
        <translation>Benachrichtigt: %1</translation>
    </message>
</context>
<context>
    <name>ProductDialog</name>
    <message>
        <location filename="../app/gui/products/ProductDialog.cpp" line="+24"/>
        <source>Add to &amp;cart</source>
        <translation>In den &amp;Warenkorb</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Size:</source>
        <translation>Größe:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Colour:</source>
        <translation>Farbe:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SKU:</source>
        <translation>Artikelnummer:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>EAN:</source>
        <translation>EAN:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Price:</source>
        <translation>Preis:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Returnable:</source>
        <translation>Rückgabe:</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 is in %2&apos;s cart now.</source>
        <translation>%1 liegt jetzt im Warenkorb von %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not add it to the cart: see the cart area.</source>
        <translation>Konnte nicht in den Warenkorb gelegt werden: siehe Bereich „Warenkorb“.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Next article: scan EAN or type SKU</source>
        <translation>Nächster Artikel: EAN scannen oder Artikelnummer tippen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next article</source>
        <translation>Nächster Artikel</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Article %1</source>
        <translation>Artikel %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>–</source>
        <comment>no value</comment>
        <translation>–</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>One piece into the cart of %1</source>
        <translation>Ein Stück in den Warenkorb von %1 legen</translation>
    </message>
</context>
<context>
    <name>ProductFinderDialog</name>
    <message>
        <location filename="../app/gui/products/ProductFinderDialog.cpp" line="+13"/>
        <source>Find article</source>
        <translation>Artikel suchen</translation>
    </message>
</context>
<context>
    <name>ProductSearchModel</name>
    <message>
        <location filename="../app/gui/products/ProductSearchModel.cpp" line="+75"/>
        <source>–</source>
        <comment>no stock figure</comment>
        <translation>–</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Article</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Brand</source>
        <translation>Marke</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Colour</source>
        <translation>Farbe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SKU</source>
        <translation>Artikelnr.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Price</source>
        <translation>Preis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Here</source>
        <translation>Hier</translation>
    </message>
</context>
<context>
    <name>ProductSearchPanel</name>
    <message>
        <location filename="../app/gui/products/ProductSearchPanel.cpp" line="+29"/>
        <source>Article, brand, SKU or EAN</source>
        <translation>Artikel, Marke, Artikelnummer oder EAN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Product search</source>
        <translation>Artikelsuche</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Products found</source>
        <translation>Gefundene Artikel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter or double-click chooses the article</source>
        <translation>Eingabetaste oder Doppelklick wählt den Artikel</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Type or scan to find an article.</source>
        <translation>Tippen oder scannen, um einen Artikel zu finden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>More than %1 articles match: please type more.</source>
        <translation>Mehr als %1 Artikel passen: bitte genauer eingeben.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No article found for “%1”.</source>
        <translation>Kein Artikel gefunden für „%1“.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n article(s) found</source>
        <translation>
            <numerusform>%n Artikel gefunden</numerusform>
            <numerusform>%n Artikel gefunden</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProductTexts</name>
    <message>
        <location filename="../app/gui/products/ProductTexts.cpp" line="+9"/>
        <source>Online warehouse</source>
        <translation>Online-Lager</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>–</source>
        <comment>no stock figure</comment>
        <translation>–</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+2"/>
        <source>as of %1</source>
        <translation>Stand %1</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>HH:mm</source>
        <comment>stock time today</comment>
        <translation>HH:mm</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>MMM d, HH:mm</source>
        <comment>stock time on an earlier day</comment>
        <translation>dd.MM., HH:mm</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>time unknown</source>
        <translation>Zeit unbekannt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>this store</source>
        <translation>diese Filiale</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no figure on this device</source>
        <translation>keine Angabe auf diesem Gerät</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>currently not available for delivery</source>
        <translation>derzeit nicht lieferbar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>out of date</source>
        <translation>veraltet</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Delivery in %n working day(s)</source>
        <translation>
            <numerusform>Lieferung in %n Werktag</numerusform>
            <numerusform>Lieferung in %n Werktagen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delivery in %1–%2 working days</source>
        <translation>Lieferung in %1–%2 Werktagen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>ddd MMM d</source>
        <comment>delivery date</comment>
        <translation>ddd dd.MM.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ordered online now: delivered between %1 and %2 (working days Monday to Friday; orders after %3:00 leave the warehouse the next working day).</source>
        <translation>Jetzt online bestellt: Lieferung voraussichtlich zwischen %1 und %2 (Werktage Montag bis Freitag; Bestellungen nach %3 Uhr verlassen das Lager am nächsten Werktag).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This figure is older than 24 hours; the shelf may have changed since.</source>
        <translation>Diese Angabe ist älter als 24 Stunden; der Bestand im Regal kann sich inzwischen geändert haben.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>hygiene article</source>
        <translation>Hygieneartikel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>personalised article</source>
        <translation>personalisierter Artikel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>sealed audio, video or software, once opened</source>
        <translation>versiegelte Ton-, Video- oder Softwareträger, sobald geöffnet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>perishable goods</source>
        <translation>verderbliche Ware</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>gift card</source>
        <translation>Geschenkkarte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>marked as not returnable</source>
        <translation>als nicht rückgabefähig gekennzeichnet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No: %1</source>
        <translation>Nein: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 incl. %2 % VAT</source>
        <translation>%1 inkl. %2 % MwSt.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Article with EAN %1 is not in this store&apos;s assortment, or not on this device yet.</source>
        <translation>Artikel mit EAN %1 ist nicht im Sortiment dieser Filiale oder noch nicht auf diesem Gerät.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No article with the SKU %1 on this device.</source>
        <translation>Kein Artikel mit der Artikelnummer %1 auf diesem Gerät.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>“%1” is neither an EAN nor a SKU.</source>
        <translation>„%1“ ist weder eine EAN noch eine Artikelnummer.</translation>
    </message>
</context>
<context>
    <name>ReceiptMessage</name>
    <message>
        <location filename="../app/gui/print/ReceiptMessage.cpp" line="+24"/>
        <source>Open receipt</source>
        <translation>Beleg öffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print receipt…</source>
        <translation>Beleg drucken…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open return receipt</source>
        <translation>Retourenbeleg öffnen</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Print receipt</source>
        <translation>Beleg drucken</translation>
    </message>
</context>
<context>
    <name>ReturnLinesModel</name>
    <message>
        <location filename="../app/gui/returns/ReturnLinesModel.cpp" line="+105"/>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Other reason (say which)</source>
        <translation>Anderer Grund (bitte angeben)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>refused</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Bought %1, already returned %2 (in any channel), %3 left to return</source>
        <translation>Gekauft %1, bereits zurückgegeben %2 (in allen Kanälen), noch %3 rückgabefähig</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose “Other reason” again to change the text.</source>
        <translation>„Anderer Grund“ erneut wählen, um den Text zu ändern.</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Article</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bought</source>
        <translation>Gekauft</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Returned</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quantity</source>
        <translation>Menge</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Condition</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Goes to</source>
        <translation>Verbleib</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refund</source>
        <translation>Erstattung</translation>
    </message>
</context>
<context>
    <name>ReturnPolicy</name>
    <message>
        <location filename="../app/core/ReturnExplanation.cpp" line="+26"/>
        <source>Returned within the %1-day withdrawal period (delivered on %2, last day %3).</source>
        <translation>Rückgabe innerhalb der %1-tägigen Widerrufsfrist (geliefert am %2, letzter Tag %3).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Returned within the %1-day withdrawal period (delivered on %2); as it would have ended on a weekend or public holiday, it runs until %3.</source>
        <translation>Rückgabe innerhalb der %1-tägigen Widerrufsfrist (geliefert am %2); da sie an einem Wochenende oder Feiertag geendet hätte, läuft sie bis %3.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The order is not recorded as delivered yet, so the withdrawal period has not started: the return counts as a withdrawal.</source>
        <translation>Die Bestellung ist noch nicht als geliefert erfasst, die Widerrufsfrist hat also noch nicht begonnen: Die Rückgabe gilt als Widerruf.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Returned within the %1-day return window (delivered on %2, last day %3).</source>
        <translation>Rückgabe innerhalb der %1-tägigen Rückgabefrist (geliefert am %2, letzter Tag %3).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Returned within the %1-day return window (bought on %2, last day %3).</source>
        <translation>Rückgabe innerhalb der %1-tägigen Rückgabefrist (gekauft am %2, letzter Tag %3).</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>The return window ended on %1, %n day(s) ago: taking the goods back is goodwill and needs a manager&apos;s approval.</source>
        <translation>
            <numerusform>Die Rückgabefrist endete am %1, vor %n Tag: Die Rücknahme ist Kulanz und braucht die Freigabe durch die Filialleitung.</numerusform>
            <numerusform>Die Rückgabefrist endete am %1, vor %n Tagen: Die Rücknahme ist Kulanz und braucht die Freigabe durch die Filialleitung.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>The return window ended on %1 and goodwill is possible only up to %n day(s) beyond it, so the return is refused.</source>
        <translation>
            <numerusform>Die Rückgabefrist endete am %1 und Kulanz ist nur bis %n Tag danach möglich, daher wird die Rückgabe abgelehnt.</numerusform>
            <numerusform>Die Rückgabefrist endete am %1 und Kulanz ist nur bis %n Tage danach möglich, daher wird die Rückgabe abgelehnt.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The return window ended on %1 and this store gives no goodwill, so the return is refused.</source>
        <translation>Die Rückgabefrist endete am %1 und diese Filiale gewährt keine Kulanz, daher wird die Rückgabe abgelehnt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Order from the marketplace %1: taking it back in the store needs a manager&apos;s approval.</source>
        <translation>Bestellung über den Marktplatz %1: Die Rücknahme in der Filiale braucht die Freigabe durch die Filialleitung.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Order from the marketplace %1: it is returned through the marketplace, not in the store.</source>
        <translation>Bestellung über den Marktplatz %1: Sie wird über den Marktplatz zurückgegeben, nicht in der Filiale.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Line %1: quantity %2 taken back, refund %3.</source>
        <translation>Position %1: Menge %2 zurückgenommen, Erstattung %3.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Line %1: %2 asked for, but only %3 of %4 are left to return (%5 already returned).</source>
        <translation>Position %1: %2 gewünscht, aber nur noch %3 von %4 können zurückgegeben werden (%5 bereits zurückgegeben).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Line %1: all %2 have already been returned; nothing is left to return.</source>
        <translation>Position %1: Alle %2 wurden bereits zurückgegeben; nichts mehr zurückzugeben.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Line %1: not returnable (%2); taking it back needs a manager&apos;s approval.</source>
        <translation>Position %1: nicht rückgabefähig (%2); die Rücknahme braucht die Freigabe durch die Filialleitung.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Line %1: gift cards are not taken back.</source>
        <translation>Position %1: Geschenkkarten werden nicht zurückgenommen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Line %1: %2, but still sealed, so it can be returned.</source>
        <translation>Position %1: %2, aber noch versiegelt, daher rückgabefähig.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Line %1: final sale, but the statutory withdrawal right still applies.</source>
        <translation>Position %1: Ausverkaufsware, aber das gesetzliche Widerrufsrecht gilt trotzdem.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Line %1: damaged; the partial refund of %2 instead of %3 is goodwill and needs a manager&apos;s approval.</source>
        <translation>Position %1: beschädigt; die Teilerstattung von %2 statt %3 ist Kulanz und braucht die Freigabe durch die Filialleitung.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Line %1: damaged; refunding it in full is goodwill and needs a manager&apos;s approval.</source>
        <translation>Position %1: beschädigt; die volle Erstattung ist Kulanz und braucht die Freigabe durch die Filialleitung.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Line %1: damaged or defective on arrival, so it is refunded in full.</source>
        <translation>Position %1: bei Lieferung beschädigt oder defekt, daher volle Erstattung.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Line %1: refused by the customer at pickup. The goods were never handed over, so no return period applies: refunded in full, no approval needed.</source>
        <translation>Position %1: bei der Abholung vom Kunden abgelehnt. Die Ware wurde nie übergeben, daher gilt keine Rückgabefrist: volle Erstattung, keine Freigabe nötig.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Line %1: %2 asked for as refused at pickup, but only %3 were recorded as refused at a handover and not taken back yet. Choose another reason.</source>
        <translation>Position %1: %2 als „bei Abholung abgelehnt“ angegeben, aber nur %3 wurden bei einer Übergabe als abgelehnt erfasst und noch nicht zurückgenommen. Bitte einen anderen Grund wählen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The order had a discount: each article is refunded in proportion to what was paid for the goods (%1 of %2).</source>
        <translation>Die Bestellung war rabattiert: Jeder Artikel wird anteilig zum für die Ware gezahlten Betrag erstattet (%1 von %2).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The whole order is withdrawn within the withdrawal period, so the shipping costs of %1 are refunded.</source>
        <translation>Die ganze Bestellung wird innerhalb der Widerrufsfrist widerrufen, daher werden die Versandkosten von %1 erstattet.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The shipping costs of %1 are refunded only when the whole order is withdrawn within the withdrawal period.</source>
        <translation>Die Versandkosten von %1 werden nur erstattet, wenn die ganze Bestellung innerhalb der Widerrufsfrist widerrufen wird.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The refund is limited to what is left of the payment: %1 paid, %2 already refunded.</source>
        <translation>Die Erstattung ist auf den Rest der Zahlung begrenzt: %1 gezahlt, %2 bereits erstattet.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Refund of %1 to the original payment method.</source>
        <translation>Erstattung von %1 auf das ursprüngliche Zahlungsmittel.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refund of %1 as a voucher, as the customer chose.</source>
        <translation>Erstattung von %1 als Gutschein, wie vom Kunden gewünscht.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refund of %1 as a voucher: goodwill after the return window is given as a voucher only.</source>
        <translation>Erstattung von %1 als Gutschein: Kulanz nach der Rückgabefrist gibt es nur als Gutschein.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Refunds above %1 need a manager&apos;s approval; this one is %2.</source>
        <translation>Erstattungen über %1 brauchen die Freigabe durch die Filialleitung; diese beträgt %2.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>hygiene article</source>
        <translation>Hygieneartikel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>personalised article</source>
        <translation>personalisierter Artikel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>sealed audio, video or software</source>
        <translation>versiegelte Audio-, Video- oder Software-Ware</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>perishable goods</source>
        <translation>verderbliche Ware</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>gift card</source>
        <translation>Geschenkkarte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>final sale</source>
        <translation>Ausverkaufsware</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>marked as not returnable</source>
        <translation>als nicht rückgabefähig gekennzeichnet</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>d MMMM yyyy</source>
        <comment>date in return explanations</comment>
        <translation>d. MMMM yyyy</translation>
    </message>
</context>
<context>
    <name>ReturnPolicyText</name>
    <message>
        <location filename="../app/gui/returns/ReturnPolicyText.cpp" line="+12"/>
        <source>Marketplace orders: taken back like web shop orders</source>
        <translation>Marktplatz-Bestellungen: Rücknahme wie bei Onlineshop-Bestellungen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Marketplace orders: not taken back in store</source>
        <translation>Marktplatz-Bestellungen: keine Rücknahme in der Filiale</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Marketplace orders: only with a manager&apos;s approval</source>
        <translation>Marktplatz-Bestellungen: nur mit Freigabe durch die Filialleitung</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No goodwill returns after the window</source>
        <translation>Keine Kulanz nach Ablauf der Frist</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Goodwill up to %n day(s) after the window, with a manager&apos;s approval</source>
        <translation>
            <numerusform>Kulanz bis %n Tag nach Ablauf der Frist, mit Freigabe durch die Filialleitung</numerusform>
            <numerusform>Kulanz bis %n Tage nach Ablauf der Frist, mit Freigabe durch die Filialleitung</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Goodwill after the window with a manager&apos;s approval</source>
        <translation>Kulanz nach Ablauf der Frist mit Freigabe durch die Filialleitung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, refunded as a voucher only</source>
        <translation>, Erstattung nur als Gutschein</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Store return window: %n day(s) from delivery</source>
        <translation>
            <numerusform>Rückgabefrist der Filiale: %n Tag ab Lieferung</numerusform>
            <numerusform>Rückgabefrist der Filiale: %n Tage ab Lieferung</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Online orders: statutory withdrawal period of %n day(s)</source>
        <translation>
            <numerusform>Online-Bestellungen: gesetzliche Widerrufsfrist von %n Tag</numerusform>
            <numerusform>Online-Bestellungen: gesetzliche Widerrufsfrist von %n Tagen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Refunds above %1 need a manager&apos;s approval</source>
        <translation>Erstattungen über %1 nur mit Freigabe durch die Filialleitung</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Return policy of this store (set by head office): %1.</source>
        <translation>Rückgaberegeln dieser Filiale (von der Zentrale festgelegt): %1.</translation>
    </message>
</context>
<context>
    <name>ReturnReceipt</name>
    <message>
        <location filename="../app/gui/print/ReturnReceipt.cpp" line="+24"/>
        <source>Return receipt</source>
        <translation>Retourenbeleg</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Return receipt %1</source>
        <translation>Retourenbeleg %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order no.: %1</source>
        <translation>Bestellnr.: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Customer: %1</source>
        <translation>Kunde: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ordered: %1 (%2)</source>
        <translation>Bestellt: %1 (%2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Returned: %1</source>
        <translation>Zurückgegeben: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Taken back by: %1</source>
        <translation>Angenommen von: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Approved by: %1</source>
        <translation>Freigegeben von: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 × %2
Reason: %3 · Condition: %4</source>
        <translation>%1 × %2
Grund: %3 · Zustand: %4</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Shipping costs</source>
        <translation>Versandkosten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refund total</source>
        <translation>Erstattung gesamt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refund to</source>
        <translation>Erstattung auf</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The refund will be made after the synchronisation: this device is offline, the refund follows as soon as the return has reached the central system.</source>
        <translation>Erstattung wird nach der Synchronisierung ausgeführt: Dieses Gerät ist offline, die Erstattung folgt, sobald die Retoure das zentrale System erreicht hat.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cash refund at the till: code %1</source>
        <translation>Barerstattung an der Kasse: Code %1</translation>
    </message>
</context>
<context>
    <name>ReturnTexts</name>
    <message>
        <location filename="../app/gui/returns/ReturnTexts.cpp" line="+6"/>
        <source>Does not fit</source>
        <translation>Passt nicht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not as described</source>
        <translation>Entspricht nicht der Beschreibung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Defective</source>
        <translation>Defekt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Damaged in transit</source>
        <translation>Beim Versand beschädigt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wrong item sent</source>
        <translation>Falscher Artikel geliefert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No longer wanted</source>
        <translation>Nicht mehr gewünscht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refused at pickup</source>
        <translation>Bei Abholung abgelehnt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Other reason</source>
        <translation>Anderer Grund</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Other reason: %1</source>
        <translation>Anderer Grund: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Unopened</source>
        <translation>Originalverpackt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>As new</source>
        <translation>Wie neu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Used</source>
        <translation>Gebraucht</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Damaged</source>
        <translation>Beschädigt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Restock here</source>
        <translation>Hier einlagern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send to central warehouse</source>
        <translation>An Zentrallager senden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Return to vendor</source>
        <translation>Zurück an Lieferanten</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Write off</source>
        <translation>Abschreiben</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Voucher</source>
        <translation>Gutschein</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Original payment method</source>
        <translation>Ursprüngliches Zahlungsmittel</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>goodwill</source>
        <translation>Kulanz</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>after the return window</source>
        <translation>nach Ablauf der Rückgabefrist</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>article not returnable</source>
        <translation>Artikel nicht rückgabefähig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>marketplace order</source>
        <translation>Marktplatzbestellung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>refund above the limit</source>
        <translation>Erstattung über dem Limit</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no receipt</source>
        <translation>ohne Beleg</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>card</source>
        <translation>Karte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PayPal</source>
        <translation>PayPal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Klarna</source>
        <translation>Klarna</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>invoice</source>
        <translation>Rechnung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>direct debit</source>
        <translation>Lastschrift</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>gift card</source>
        <translation>Geschenkkarte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>voucher</source>
        <translation>Gutschein</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cash</source>
        <translation>bar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>via the marketplace</source>
        <translation>über den Marktplatz</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not paid yet (online)</source>
        <translation>noch nicht bezahlt (online)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not paid yet (at the till)</source>
        <translation>noch nicht bezahlt (an der Kasse)</translation>
    </message>
</context>
<context>
    <name>ReturnsDesk</name>
    <message>
        <location filename="../app/gui/returns/ReturnsDesk.cpp" line="+70"/>
        <source>No order %1 found, neither on this device nor on the server. Check the number on the return label.</source>
        <translation>Keine Bestellung %1 gefunden – weder auf diesem Gerät noch beim Server. Prüfen Sie die Nummer auf dem Retourenschein.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server could not be asked for order %1. %2</source>
        <translation>Der Server konnte nicht nach Bestellung %1 gefragt werden. %2</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Return</source>
        <translation>Retoure</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Return of order %1 booked: refund %2 to %3.</source>
        <translation>Retoure zu Bestellung %1 gebucht: Erstattung %2 auf %3.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a voucher</source>
        <translation>einen Gutschein</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the original payment method</source>
        <translation>das ursprüngliche Zahlungsmittel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The refund will be made after the synchronisation.</source>
        <translation>Erstattung wird nach der Synchronisierung ausgeführt.</translation>
    </message>
</context>
<context>
    <name>ReturnsPage</name>
    <message>
        <location filename="../ui/returns/ReturnsPage.ui" line="+6"/>
        <source>Returns</source>
        <translation>Retouren</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Scan the return label or type the order no., e.g. W-2025-0048213</source>
        <translation>Retourenschein scannen oder Bestellnr. eingeben, z. B. W-2025-0048213</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order number</source>
        <translation>Bestellnummer</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Find order</source>
        <translation>Bestellung suchen</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Scan the return label or the order&apos;s QR code, or type the order number, to take back goods of an online order.</source>
        <translation>Scannen Sie den Retourenschein oder den QR-Code der Bestellung oder geben Sie die Bestellnummer ein, um Ware aus einer Online-Bestellung zurückzunehmen.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Order lines</source>
        <translation>Bestellpositionen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Return rules</source>
        <translation>Rückgaberegeln</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>How the return rules decide</source>
        <translation>Wie die Rückgaberegeln entscheiden</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Refund</source>
        <translation>Erstattung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>To the original payment method</source>
        <translation>Auf das ursprüngliche Zahlungsmittel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>As a voucher (the customer&apos;s choice)</source>
        <translation>Als Gutschein (Wunsch des Kunden)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refund total</source>
        <translation>Erstattung gesamt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Book return</source>
        <translation>Retoure buchen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Book the return (Ctrl+Enter)</source>
        <translation>Retoure buchen (Strg+Eingabe)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Return policy in force</source>
        <translation>Geltende Rückgaberegeln</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set centrally by head office for this store; it cannot be changed on this device.</source>
        <translation>Von der Zentrale für diese Filiale festgelegt; auf diesem Gerät nicht änderbar.</translation>
    </message>
    <message>
        <location filename="../app/gui/returns/ReturnsPage.cpp" line="+133"/>
        <source>Order %1 is not on this device; asking the server …</source>
        <translation>Bestellung %1 ist nicht auf diesem Gerät; der Server wird gefragt …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order %1 is not in the local data; searching the server needs a connection.</source>
        <translation>Bestellung %1 nicht im lokalen Bestand; für die Suche beim Server wird eine Verbindung benötigt.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No order %1 found. Check the number on the return label.</source>
        <translation>Keine Bestellung %1 gefunden. Prüfen Sie die Nummer auf dem Retourenschein.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>ordered %1</source>
        <translation>bestellt %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>delivered %1</source>
        <translation>geliefert %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not delivered yet</source>
        <translation>noch nicht geliefert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>paid %1 by %2</source>
        <translation>%1 bezahlt per %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>already refunded %1</source>
        <translation>bereits erstattet %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>loaded from the server</source>
        <translation>vom Server geladen</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+9"/>
        <source>Other reason</source>
        <translation>Anderer Grund</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Why does the customer return “%1”? (up to %2 characters)</source>
        <translation>Warum gibt der Kunde „%1“ zurück? (bis zu %2 Zeichen)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Use this reason</source>
        <translation>Diesen Grund übernehmen</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+16"/>
        <source>Refund: %1</source>
        <translation>Erstattung: %1</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Set the quantity of each article the customer brings back.</source>
        <translation>Tragen Sie für jeden Artikel ein, wie viele der Kunde zurückbringt.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Some articles cannot be taken back: set their quantity to 0.</source>
        <translation>Einige Artikel können nicht zurückgenommen werden: Setzen Sie ihre Menge auf 0.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Needs a manager&apos;s approval: %1.</source>
        <translation>Braucht die Freigabe durch die Filialleitung: %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No approval needed.</source>
        <translation>Keine Freigabe nötig.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Return of order %1, refund %2: %3</source>
        <translation>Retoure zu Bestellung %1, Erstattung %2: %3</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../ui/settings/SettingsDialog.ui" line="+5"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Idle lock</source>
        <translation>Automatische Sperre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lock after:</source>
        <translation>Sperren nach:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minutes without input before the window locks</source>
        <translation>Minuten ohne Eingabe, bis das Fenster sperrt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The window locks and hides customer data when nobody has used it for this long. Counter PCs in public space: 3 minutes or less.</source>
        <translation>Das Fenster sperrt und verbirgt Kundendaten, wenn es so lange niemand benutzt hat. Kassen-PCs im Verkaufsraum: 3 Minuten oder weniger.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This device</source>
        <translation>Dieses Gerät</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Store:</source>
        <translation>Filiale:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Server:</source>
        <translation>Server:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Device id:</source>
        <translation>Geräte-ID:</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="+12"/>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not set up</source>
        <translation>nicht eingerichtet</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../ui/auth/SignInDialog.ui" line="+6"/>
        <source>Sign in — Theke</source>
        <translation>Anmelden — Theke</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Who is working here?</source>
        <translation>Wer arbeitet hier?</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Scan your staff badge or choose your name, then enter your PIN.</source>
        <translation>Mitarbeiterausweis scannen oder Namen wählen, dann PIN eingeben.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Badge:</source>
        <translation>&amp;Ausweis:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Scan badge</source>
        <translation>Ausweis scannen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Staff badge</source>
        <translation>Mitarbeiterausweis</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Staff</source>
        <translation>Mitarbeiter</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;PIN:</source>
        <translation>&amp;PIN:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <location filename="../app/gui/auth/SignInDialog.cpp" line="+18"/>
        <source>&amp;Sign in</source>
        <translation>&amp;Anmelden</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Store manager</source>
        <translation>Filialleitung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sales associate</source>
        <translation>Verkauf</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>This badge is not known on this device.</source>
        <translation>Dieser Ausweis ist auf diesem Gerät nicht bekannt.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Choose your name or scan your badge first.</source>
        <translation>Bitte zuerst Namen wählen oder Ausweis scannen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Enter your PIN.</source>
        <translation>Bitte PIN eingeben.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Checking the PIN…</source>
        <translation>PIN wird geprüft …</translation>
    </message>
</context>
<context>
    <name>StatusBarIndicators</name>
    <message>
        <location filename="../app/gui/common/StatusBarIndicators.cpp" line="+23"/>
        <source>Conflicts</source>
        <translation>Konflikte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Initial sync</source>
        <translation>Erstsynchronisierung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last synchronisation</source>
        <translation>Letzte Synchronisierung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pending changes</source>
        <translation>Ausstehende Änderungen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>● Online</source>
        <translation>● Online</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>○ Offline</source>
        <translation>○ Offline</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server is reachable.</source>
        <translation>Der Server ist erreichbar.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server is not reachable. Theke works with the data on this device.</source>
        <translation>Der Server ist nicht erreichbar. Theke arbeitet mit den Daten auf diesem Gerät.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Last sync: %1</source>
        <translation>Letzte Synchronisierung: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last sync: never</source>
        <translation>Letzte Synchronisierung: noch nie</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pending changes: %1</source>
        <translation>Ausstehende Änderungen: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>⚠ Conflicts: %1</source>
        <translation>⚠ Konflikte: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changes the server did not accept. Open Synchronisation to resolve them.</source>
        <translation>Änderungen, die der Server nicht angenommen hat. Unter „Synchronisierung“ klären.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Initial sync %1 % …</source>
        <translation>Erstsynchronisierung %1 % …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Initial sync: %1 records …</source>
        <translation>Erstsynchronisierung: %1 Datensätze …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The first sync of this device is running. Open Synchronisation for details.</source>
        <translation>Die erste Synchronisierung dieses Geräts läuft. Einzelheiten unter „Synchronisierung“.</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <location filename="../app/gui/sync/SyncPage.cpp" line="+99"/>
        <source>Sync now</source>
        <translation>Jetzt synchronisieren</translation>
    </message>
    <message>
        <location line="-74"/>
        <location line="+103"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="-101"/>
        <source>Synchronisation</source>
        <translation>Synchronisierung</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sync status</source>
        <translation>Status der Synchronisierung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sync progress</source>
        <translation>Fortschritt der Synchronisierung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%p %</source>
        <translation>%p %</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stop after the page being received; a later sync continues from there</source>
        <translation>Nach der gerade empfangenen Seite anhalten; die nächste Synchronisierung macht dort weiter</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Continue sync</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Continue the first sync where it stopped (F5)</source>
        <translation>Die erste Synchronisierung dort fortsetzen, wo sie angehalten wurde (F5)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fetch the latest data from the server now (F5)</source>
        <translation>Die neuesten Daten jetzt vom Server holen (F5)</translation>
    </message>
    <message>
        <location filename="../app/gui/sync/FeedProgressTable.cpp" line="-53"/>
        <source>Stores</source>
        <translation>Filialen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Staff</source>
        <translation>Mitarbeiter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Products</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stock</source>
        <translation>Bestand</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Orders</source>
        <translation>Bestellungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pickups</source>
        <translation>Abholungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Returns</source>
        <translation>Retouren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Carts</source>
        <translation>Warenkörbe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service contacts</source>
        <translation>Servicekontakte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consent changes</source>
        <translation>Einwilligungsänderungen</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Customers</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <location filename="../app/gui/sync/SyncPage.cpp" line="+32"/>
        <source>Synchronising…</source>
        <translation>Synchronisierung läuft …</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>%1 records received (%2 per second)</source>
        <translation>%1 Datensätze empfangen (%2 pro Sekunde)</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Initial sync: %1 of about %2 records (%3 per second)</source>
        <translation>Erstsynchronisierung: %1 von ca. %2 Datensätzen (%3 pro Sekunde)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Initial sync: %1 records received (%2 per second)</source>
        <translation>Erstsynchronisierung: %1 Datensätze empfangen (%2 pro Sekunde)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 of about %2 records received (%3 per second)</source>
        <translation>%1 von ca. %2 Datensätzen empfangen (%3 pro Sekunde)</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Stopping…</source>
        <translation>Wird angehalten …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stopping after the current page. Everything received so far is kept.</source>
        <translation>Wird nach der aktuellen Seite angehalten. Alles bisher Empfangene bleibt erhalten.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Synchronisation complete.</source>
        <translation>Synchronisierung abgeschlossen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Synchronisation stopped after %1 records. Everything received so far is kept; &quot;%2&quot; continues from there.</source>
        <translation>Synchronisierung nach %1 Datensätzen angehalten. Alles bisher Empfangene bleibt erhalten; „%2“ macht dort weiter.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Synchronisation failed: %1</source>
        <translation>Synchronisierung fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>TillCodeDialog</name>
    <message>
        <location filename="../app/gui/cart/TillCodeDialog.cpp" line="+16"/>
        <source>Cart handed to the till</source>
        <translation>Warenkorb an die Kasse übergeben</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Code for the till:</source>
        <translation>Code für die Kasse:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Code for the till: %1</source>
        <translation>Code für die Kasse: %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>QR code of the till code</source>
        <translation>QR-Code des Kassencodes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The customer pays at the till; the cashier scans the QR code or types the code.</source>
        <translation>Der Kunde bezahlt an der Kasse; dort wird der QR-Code gescannt oder der Code eingetippt.</translation>
    </message>
</context>
<context>
    <name>TimelineModel</name>
    <message>
        <location filename="../app/gui/customers/TimelineModel.cpp" line="+173"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>State</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>TimelineTexts</name>
    <message>
        <location filename="../app/gui/customers/TimelineTexts.cpp" line="+11"/>
        <source>Online orders</source>
        <translation>Online-Bestellungen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Store receipts</source>
        <translation>Filialeinkäufe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Returns</source>
        <translation>Retouren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pickups</source>
        <translation>Abholungen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Service contacts</source>
        <translation>Servicekontakte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Consent changes</source>
        <translation>Einwilligungsänderungen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Order %1</source>
        <translation>Bestellung %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Purchase %1</source>
        <translation>Einkauf %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Return from %1</source>
        <translation>Retoure zu %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pickup %1</source>
        <translation>Abholung %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Contact: %1</source>
        <translation>Kontakt: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Consent granted: %1</source>
        <translation>Einwilligung erteilt: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Consent withdrawn: %1</source>
        <translation>Einwilligung widerrufen: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Note: %1</source>
        <translation>Notiz: %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>awaiting stock</source>
        <translation>wartet auf Ware</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+30"/>
        <source>ready for pickup</source>
        <translation>abholbereit</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>handed over</source>
        <translation>übergeben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>partly handed over</source>
        <translation>teilweise übergeben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>returned to stock</source>
        <translation>zurück in den Bestand</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+28"/>
        <source>cancelled</source>
        <translation>storniert</translation>
    </message>
    <message>
        <location line="-25"/>
        <location line="+2"/>
        <source>not yet sent</source>
        <translation>noch nicht gesendet</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>placed</source>
        <translation>bestellt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>paid</source>
        <translation>bezahlt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>shipped</source>
        <translation>versendet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>delivered</source>
        <translation>geliefert</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>collected</source>
        <translation>abgeholt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>completed</source>
        <translation>abgeschlossen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>recorded</source>
        <translation>erfasst</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>refund pending</source>
        <translation>Erstattung offen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>refunded</source>
        <translation>erstattet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>rejected</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>delivery</source>
        <translation>Lieferung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>pickup in store</source>
        <translation>Abholung in der Filiale</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>e-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>letter</source>
        <translation>Brief</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>social media</source>
        <translation>soziale Medien</translation>
    </message>
    <message numerus="yes">
        <location line="+22"/>
        <source>%1 · %n piece(s)</source>
        <translation>
            <numerusform>%1 · %n Stück</numerusform>
            <numerusform>%1 · %n Stück</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
</context>
</TS>
