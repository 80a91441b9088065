#include "PinInput.h"

#include "PinHash.h"

bool PinInput::matches(const QString& staffId, const QString& descriptor) const {
    if (const auto* pin = std::get_if<QString>(&m_input))
        return PinHash::verify(*pin, descriptor);
    const auto& verdict = std::get<PinVerdict>(m_input);
    return verdict.matches && verdict.staffId == staffId && verdict.descriptor == descriptor;
}
