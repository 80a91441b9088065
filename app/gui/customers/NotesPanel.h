#pragma once

#include "Note.h"

#include <QWidget>

#include <functional>

class QLabel;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

// Associates' notes on the customer, newest first, with author and time; a note written here shows
// at once, marked as waiting for the synchronisation until the server has it.
class NotesPanel : public QWidget {
    Q_OBJECT

public:
    using AuthorName = std::function<QString(const QString& staffId)>;

    explicit NotesPanel(QWidget* parent = nullptr);

    void setAuthorName(AuthorName authorName) { m_authorName = std::move(authorName); }
    void setNotes(const QList<Note>& notes);
    void clearEditor();

    QListWidget* list() const { return m_list; }
    QPlainTextEdit* editor() const { return m_editor; }
    QPushButton* addButton() const { return m_add; }

Q_SIGNALS:
    void addRequested(const QString& text);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void submit();
    void updateAddButton();

    QListWidget* m_list;
    QPlainTextEdit* m_editor;
    QLabel* m_counter;
    QPushButton* m_add;
    AuthorName m_authorName;
};
