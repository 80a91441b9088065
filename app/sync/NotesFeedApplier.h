#pragma once

#include "FeedApplier.h"
#include "NoteRepository.h"

// Applies pages of the notes feed: server notes are stored (taking the place of a local note that
// waits for the same command's answer), tombstoned notes are deleted.
class NotesFeedApplier final : public FeedApplier {
public:
    explicit NotesFeedApplier(QSqlDatabase db);

    QString feed() const override { return QStringLiteral("notes"); }
    Status apply(const FeedPage& page) override;

private:
    NoteRepository m_repository;
};
