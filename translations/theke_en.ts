<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>CartDesk</name>
    <message numerus="yes">
        <location filename="../app/gui/cart/CartDesk.cpp" line="+257" />
        <source>Added: %1 – now %n piece(s).</source>
        <translation>
            <numerusform>Added: %1 – now %n piece.</numerusform>
            <numerusform>Added: %1 – now %n pieces.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+21" />
        <source>%1 – now %n piece(s).</source>
        <translation>
            <numerusform>%1 – now %n piece.</numerusform>
            <numerusform>%1 – now %n pieces.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CartOrderDialog</name>
    <message numerus="yes">
        <location filename="../app/gui/cart/CartOrderDialog.cpp" line="+54" />
        <source>%n article(s) from the cart; the server prices the order.</source>
        <translation>
            <numerusform>%n article from the cart; the server prices the order.</numerusform>
            <numerusform>%n articles from the cart; the server prices the order.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CartPage</name>
    <message numerus="yes">
        <location filename="../app/gui/cart/CartPage.cpp" line="+128" />
        <source>Online cart (%n line(s))</source>
        <translation>
            <numerusform>Online cart (%n line)</numerusform>
            <numerusform>Online cart (%n lines)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3" />
        <source>Cart in this store (%n line(s))</source>
        <translation>
            <numerusform>Cart in this store (%n line)</numerusform>
            <numerusform>Cart in this store (%n lines)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+113" />
        <source>%n change(s) of this cart wait for the synchronisation; they are saved on this device.</source>
        <translation>
            <numerusform>%n change of this cart waits for the synchronisation; it is saved on this device.</numerusform>
            <numerusform>%n changes of this cart wait for the synchronisation; they are saved on this device.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CartTotalsPanel</name>
    <message numerus="yes">
        <location filename="../app/gui/cart/CartTotalsPanel.cpp" line="+72" />
        <source>VAT incomplete: %n article(s) not on this device yet (%1); the figure is complete after the next synchronisation.</source>
        <translation>
            <numerusform>VAT incomplete: %n article not on this device yet (%1); the figure is complete after the next synchronisation.</numerusform>
            <numerusform>VAT incomplete: %n articles not on this device yet (%1); the figure is complete after the next synchronisation.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CustomerFiguresPanel</name>
    <message numerus="yes">
        <location filename="../app/gui/customers/CustomerFiguresPanel.cpp" line="+153" />
        <source>%n order(s) in other currencies are not included.</source>
        <translation>
            <numerusform>%n order in another currency is not included.</numerusform>
            <numerusform>%n orders in other currencies are not included.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CustomerHistoryPanel</name>
    <message numerus="yes">
        <location filename="../app/gui/customers/CustomerHistoryPanel.cpp" line="+196" />
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n event</numerusform>
            <numerusform>%n events</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>%1 of %n event(s)</source>
        <translation>
            <numerusform>%1 of %n event</numerusform>
            <numerusform>%1 of %n events</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CustomersPage</name>
    <message numerus="yes">
        <location filename="../app/gui/customers/CustomersPage.cpp" line="+135" />
        <source>%n customer(s) found by the central search (not on this device yet)</source>
        <translation>
            <numerusform>%n customer found by the central search (not on this device yet)</numerusform>
            <numerusform>%n customers found by the central search (not on this device yet)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+95" />
        <source>%n customer(s) found</source>
        <translation>
            <numerusform>%n customer found</numerusform>
            <numerusform>%n customers found</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OpenItemsPanel</name>
    <message numerus="yes">
        <location filename="../app/gui/customers/OpenItemsPanel.cpp" line="+99" />
        <source>%n pickup(s) waiting</source>
        <translation>
            <numerusform>%n pickup waiting</numerusform>
            <numerusform>%n pickups waiting</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>%n return(s) in progress</source>
        <translation>
            <numerusform>%n return in progress</numerusform>
            <numerusform>%n returns in progress</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>%n saved cart(s)</source>
        <translation>
            <numerusform>%n saved cart</numerusform>
            <numerusform>%n saved carts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6" />
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+16" />
        <source>%n article(s), %1, %2</source>
        <translation>
            <numerusform>%n article, %1, %2</numerusform>
            <numerusform>%n articles, %1, %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+13" />
        <source>%1 – %n article(s), %2, changed %3</source>
        <translation>
            <numerusform>%1 – %n article, %2, changed %3</numerusform>
            <numerusform>%1 – %n articles, %2, changed %3</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OutboxModel</name>
    <message numerus="yes">
        <location filename="../app/gui/sync/OutboxModel.cpp" line="+44" />
        <source>Pickup %1: %n article(s) handed over</source>
        <translation>
            <numerusform>Pickup %1: %n article handed over</numerusform>
            <numerusform>Pickup %1: %n articles handed over</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+72" />
        <source>Cart of %1 with %n article(s)</source>
        <translation>
            <numerusform>Cart of %1 with %n article</numerusform>
            <numerusform>Cart of %1 with %n articles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+16" />
        <source>Return of %n article(s) from order %1</source>
        <translation>
            <numerusform>Return of %n article from order %1</numerusform>
            <numerusform>Return of %n articles from order %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PickListPanel</name>
    <message numerus="yes">
        <location filename="../app/gui/pickup/PickListPanel.cpp" line="+142" />
        <source>%1 of %n piece(s) confirmed</source>
        <translation>
            <numerusform>%1 of %n piece confirmed</numerusform><numerusform>%1 of %n pieces confirmed</numerusform></translation></message>
    <message numerus="yes">
        <location line="+3" />
        <source>%n unavailable</source>
        <translation>
            <numerusform>%n unavailable</numerusform><numerusform>%n unavailable</numerusform></translation></message>
</context>
<context>
    <name>PickupDesk</name>
    <message numerus="yes">
        <location filename="../app/gui/pickup/PickupDesk.cpp" line="+125" />
        <source>%n piece(s) of order %1 are not confirmed by scan or tick yet. Are they all on the shelf? Mark the order ready for pickup anyway?</source>
        <translation>
            <numerusform>%n piece of order %1 is not confirmed by scan or tick yet. Is it on the shelf? Mark the order ready for pickup anyway?</numerusform><numerusform>%n pieces of order %1 are not confirmed by scan or tick yet. Are they all on the shelf? Mark the order ready for pickup anyway?</numerusform></translation></message>
    <message numerus="yes">
        <location line="+14" />
        <source>%n piece(s) marked unavailable; they will not be handed over.</source>
        <translation>
            <numerusform>%n piece marked unavailable; it will not be handed over.</numerusform><numerusform>%n pieces marked unavailable; they will not be handed over.</numerusform></translation></message>
    <message numerus="yes">
        <location line="+51" />
        <source>%n attempt(s) left.</source>
        <translation>
            <numerusform>%n attempt left.</numerusform>
            <numerusform>%n attempts left.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+39" />
        <source>Hand over %n piece(s) of order %1 to %2 (checked by %3)?</source>
        <translation>
            <numerusform>Hand over %n piece of order %1 to %2 (checked by %3)?</numerusform>
            <numerusform>Hand over %n pieces of order %1 to %2 (checked by %3)?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+10" />
        <source>%n refused piece(s) are taken back as a return and go back on the shelf; refund of %1.</source>
        <translation>
            <numerusform>%n refused piece is taken back as a return and goes back on the shelf; refund of %1.</numerusform>
            <numerusform>%n refused pieces are taken back as a return and go back on the shelf; refund of %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+23" />
        <source>%n refused piece(s) taken back as a return: refund of %1.</source>
        <translation>
            <numerusform>%n refused piece taken back as a return: refund of %1.</numerusform>
            <numerusform>%n refused pieces taken back as a return: refund of %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PickupPage</name>
    <message numerus="yes">
        <location filename="../app/gui/pickup/PickupPage.cpp" line="+278" />
        <source>Collect by %1 · waiting %n day(s)</source>
        <translation>
            <numerusform>Collect by %1 · waiting %n day</numerusform>
            <numerusform>Collect by %1 · waiting %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+81" />
        <source>%n refused piece(s) go back on the shelf as a return, refunded in full to the original payment method.</source>
        <translation>
            <numerusform>%n refused piece goes back on the shelf as a return, refunded in full to the original payment method.</numerusform>
            <numerusform>%n refused pieces go back on the shelf as a return, refunded in full to the original payment method.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PickupQueueModel</name>
    <message numerus="yes">
        <location filename="../app/gui/pickup/PickupQueueModel.cpp" line="+168" />
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PickupTexts</name>
    <message numerus="yes">
        <location filename="../app/gui/pickup/PickupTexts.cpp" line="+100" />
        <source>%n earlier</source>
        <translation>
            <numerusform>%n earlier</numerusform>
            <numerusform>%n earlier</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProductSearchPanel</name>
    <message numerus="yes">
        <location filename="../app/gui/products/ProductSearchPanel.cpp" line="+95" />
        <source>%n article(s) found</source>
        <translation>
            <numerusform>%n article found</numerusform>
            <numerusform>%n articles found</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProductTexts</name>
    <message numerus="yes">
        <location filename="../app/gui/products/ProductTexts.cpp" line="+46" />
        <source>Delivery in %n working day(s)</source>
        <translation>
            <numerusform>Delivery in %n working day</numerusform>
            <numerusform>Delivery in %n working days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReturnPolicy</name>
    <message numerus="yes">
        <location filename="../app/core/ReturnExplanation.cpp" line="+43" />
        <source>The return window ended on %1, %n day(s) ago: taking the goods back is goodwill and needs a manager's approval.</source>
        <translation>
            <numerusform>The return window ended on %1, %n day ago: taking the goods back is goodwill and needs a manager's approval.</numerusform>
            <numerusform>The return window ended on %1, %n days ago: taking the goods back is goodwill and needs a manager's approval.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5" />
        <source>The return window ended on %1 and goodwill is possible only up to %n day(s) beyond it, so the return is refused.</source>
        <translation>
            <numerusform>The return window ended on %1 and goodwill is possible only up to %n day beyond it, so the return is refused.</numerusform>
            <numerusform>The return window ended on %1 and goodwill is possible only up to %n days beyond it, so the return is refused.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReturnPolicyText</name>
    <message numerus="yes">
        <location filename="../app/gui/returns/ReturnPolicyText.cpp" line="+25" />
        <source>Goodwill up to %n day(s) after the window, with a manager's approval</source>
        <translation>
            <numerusform>Goodwill up to %n day after the window, with a manager's approval</numerusform>
            <numerusform>Goodwill up to %n days after the window, with a manager's approval</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+13" />
        <source>Store return window: %n day(s) from delivery</source>
        <translation>
            <numerusform>Store return window: %n day from delivery</numerusform>
            <numerusform>Store return window: %n days from delivery</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>Online orders: statutory withdrawal period of %n day(s)</source>
        <translation>
            <numerusform>Online orders: statutory withdrawal period of %n day</numerusform>
            <numerusform>Online orders: statutory withdrawal period of %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimelineTexts</name>
    <message numerus="yes">
        <location filename="../app/gui/customers/TimelineTexts.cpp" line="+152" />
        <source>%1 · %n piece(s)</source>
        <translation>
            <numerusform>%1 · %n piece</numerusform>
            <numerusform>%1 · %n pieces</numerusform>
        </translation>
    </message>
</context>
</TS>
