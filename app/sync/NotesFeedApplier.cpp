#include "NotesFeedApplier.h"

#include "NoteJson.h"

NotesFeedApplier::NotesFeedApplier(QSqlDatabase db)
    : m_repository(std::move(db)) {}

Status NotesFeedApplier::apply(const FeedPage& page) {
    QList<Note> notes;
    notes.reserve(page.items.size());
    for (const QJsonValue& item : page.items) {
        Result<Note> decoded = NoteJson::fromJson(item.toObject());
        if (!decoded)
            return decoded.error();
        notes.append(std::move(decoded).value());
    }
    if (Status upserted = m_repository.upsertFromServer(notes); !upserted)
        return upserted;
    return m_repository.remove(page.deleted);
}
