#include "NotesPanel.h"

#include "Formatting.h"
#include "LocalChanges.h"

#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

NotesPanel::NotesPanel(QWidget* parent)
    : QWidget(parent)
    , m_list(new QListWidget(this))
    , m_editor(new QPlainTextEdit(this))
    , m_counter(new QLabel(this))
    , m_add(new QPushButton(tr("Save note"), this)) {
    m_list->setAccessibleName(tr("Notes"));
    m_list->setWordWrap(true);
    m_list->setAlternatingRowColors(true);
    m_list->setSelectionMode(QAbstractItemView::NoSelection);
    m_editor->setAccessibleName(tr("New note"));
    m_editor->setPlaceholderText(tr("New note for colleagues, e.g. sizes, preferences, agreements"));
    m_editor->setTabChangesFocus(true);
    m_editor->setMaximumHeight(90);
    m_add->setToolTip(
        tr("Save the note (Ctrl+Enter); it reaches the other stores with the next synchronisation"));
    m_counter->setEnabled(false);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_counter, 1);
    buttons->addWidget(m_add);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_editor);
    layout->addLayout(buttons);

    connect(m_add, &QPushButton::clicked, this, &NotesPanel::submit);
    // Ctrl+Enter saves; a plain Enter stays a line break in the note.
    m_editor->installEventFilter(this);
    connect(m_editor, &QPlainTextEdit::textChanged, this, &NotesPanel::updateAddButton);
    updateAddButton();
}

void NotesPanel::setNotes(const QList<Note>& notes) {
    m_list->clear();
    for (const Note& note : notes) {
        const QString author =
            m_authorName && !note.authorStaffId.isEmpty() ? m_authorName(note.authorStaffId) : QString();
        QString byline = Formatting::dateTime(note.createdAt);
        if (!author.isEmpty())
            byline = tr("%1, %2").arg(author, byline);
        if (note.pending)
            byline += QStringLiteral(" · ") + tr("waiting for synchronisation");
        auto* item = new QListWidgetItem(note.text + QStringLiteral("\n— ") + byline, m_list);
        item->setToolTip(byline);
    }
    if (notes.isEmpty()) {
        auto* item = new QListWidgetItem(tr("No notes yet."), m_list);
        item->setFlags(Qt::NoItemFlags);
    }
}

bool NotesPanel::eventFilter(QObject* watched, QEvent* event) {
    if (watched == m_editor && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) &&
            key->modifiers().testFlag(Qt::ControlModifier)) {
            submit();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void NotesPanel::submit() {
    const QString text = m_editor->toPlainText().trimmed();
    if (!text.isEmpty() && text.size() <= LocalChanges::kMaxNoteLength)
        Q_EMIT addRequested(text);
}

void NotesPanel::clearEditor() {
    m_editor->clear();
}

void NotesPanel::updateAddButton() {
    const qsizetype length = m_editor->toPlainText().trimmed().size();
    m_add->setEnabled(length > 0 && length <= LocalChanges::kMaxNoteLength);
    m_counter->setText(
        length > LocalChanges::kMaxNoteLength
            ? tr("Too long: %1 of at most %2 characters").arg(length).arg(LocalChanges::kMaxNoteLength)
            : QString());
}
