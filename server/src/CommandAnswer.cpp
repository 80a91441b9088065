#include "CommandAnswer.h"

#include "Problem.h"

#include <httplib.h>

#include <memory>

CommandAnswer CommandAnswer::json(int status, std::string jsonText) {
    CommandAnswer answer;
    answer.status = status;
    answer.body = std::move(jsonText);
    return answer;
}

CommandAnswer CommandAnswer::problem(int status, QStringView code, const QString& detail,
                                     const QJsonObject& extra) {
    CommandAnswer answer;
    answer.status = status;
    answer.body = Problem::text(status, code, detail, extra);
    answer.contentType = "application/problem+json";
    return answer;
}

CommandAnswer CommandAnswer::problem(const Error& error) {
    const auto [code, detail] = Problem::publicCodeAndDetail(error);
    return problem(error.httpStatus > 0 ? error.httpStatus : 500, code, detail);
}

void CommandAnswer::writeTo(httplib::Response& response) const {
    response.status = status;
    for (const auto& [name, value] : headers)
        response.set_header(name, value);
    auto shared = std::make_shared<std::string>(body);
    response.set_content_provider(shared->size(), contentType,
                                  [shared](size_t offset, size_t length, httplib::DataSink& sink) {
                                      return sink.write(shared->data() + offset, length);
                                  });
}
