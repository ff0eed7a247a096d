#include "AppSchema.h"

#include <QJsonDocument>

namespace {
const char* const kSchema = R"json({
  "type": "object",
  "required": ["id"],
  "definitions": {
    "uint": {"type": "integer", "minimum": 0},
    "unumber": {"type": "number", "minimum": 0},
    "port": {"type": "integer", "minimum": 0, "maximum": 65535},
    "strings": {"type": "array", "items": {"type": "string"}},
    "stringMap": {"type": "object", "additionalProperties": {"type": "string"}},
    "portName": {"type": "string", "pattern": "^[a-z][a-z0-9-]*$"}
  },
  "properties": {
    "id": {"type": "string", "minLength": 1},
    "cmd": {"type": "string", "minLength": 1},
    "args": {"$ref": "#/definitions/strings"},
    "user": {"type": "string"},
    "env": {"type": "object", "patternProperties": {".*": {"oneOf": [
        {"type": "string"},
        {"type": "object", "required": ["secret"], "properties": {"secret": {"type": "string", "minLength": 1}}}]}}},
    "instances": {"$ref": "#/definitions/uint"},
    "cpus": {"$ref": "#/definitions/unumber"},
    "mem": {"$ref": "#/definitions/unumber"},
    "disk": {"$ref": "#/definitions/unumber"},
    "gpus": {"$ref": "#/definitions/uint"},
    "executor": {"type": "string"},
    "constraints": {"type": "array", "items": {"type": "array", "minItems": 2, "items": [
        {"type": "string"},
        {"type": "string", "enum": ["UNIQUE", "CLUSTER", "GROUP_BY", "LIKE", "UNLIKE", "MAX_PER", "IS"]},
        {"type": "string"}]}},
    "uris": {"type": "array", "items": {"type": "string", "minLength": 1}},
    "fetch": {"type": "array", "items": {"type": "object", "required": ["uri"], "properties": {
        "uri": {"type": "string"}, "executable": {"type": "boolean"}, "extract": {"type": "boolean"},
        "cache": {"type": "boolean"}, "destPath": {"type": "string"}}}},
    "portDefinitions": {"type": "array", "items": {"type": "object", "properties": {
        "port": {"$ref": "#/definitions/port"}, "name": {"$ref": "#/definitions/portName"},
        "protocol": {"type": "string", "enum": ["tcp", "udp", "udp,tcp"]},
        "labels": {"$ref": "#/definitions/stringMap"}}}},
    "ports": {"type": "array", "items": {"$ref": "#/definitions/port"}},
    "requirePorts": {"type": "boolean"},
    "backoffSeconds": {"$ref": "#/definitions/uint"},
    "backoffFactor": {"type": "number", "minimum": 1.0},
    "maxLaunchDelaySeconds": {"$ref": "#/definitions/uint"},
    "container": {"type": "object", "properties": {
        "type": {"type": "string", "enum": ["DOCKER", "MESOS"]},
        "volumes": {"type": "array"},
        "docker": {"type": "object", "properties": {"image": {"type": "string", "minLength": 1}}}}},
    "healthChecks": {"type": "array", "items": {"type": "object", "properties": {
        "protocol": {"type": "string", "enum": ["HTTP", "HTTPS", "TCP", "COMMAND", "MESOS_HTTP", "MESOS_HTTPS", "MESOS_TCP"]},
        "path": {"type": "string"},
        "port": {"$ref": "#/definitions/port"},
        "portIndex": {"$ref": "#/definitions/uint"},
        "command": {"type": "object", "required": ["value"], "properties": {"value": {"type": "string"}}},
        "gracePeriodSeconds": {"$ref": "#/definitions/uint"},
        "intervalSeconds": {"$ref": "#/definitions/uint"},
        "timeoutSeconds": {"$ref": "#/definitions/uint"},
        "maxConsecutiveFailures": {"$ref": "#/definitions/uint"},
        "delaySeconds": {"$ref": "#/definitions/uint"},
        "ignoreHttp1xx": {"type": "boolean"},
        "ipProtocol": {"type": "string", "enum": ["IPv4", "IPv6"]}}}},
    "readinessChecks": {"type": "array", "items": {"type": "object"}},
    "dependencies": {"$ref": "#/definitions/strings"},
    "upgradeStrategy": {"type": "object", "properties": {
        "minimumHealthCapacity": {"type": "number", "minimum": 0.0, "maximum": 1.0},
        "maximumOverCapacity": {"type": "number", "minimum": 0.0, "maximum": 1.0}}},
    "labels": {"$ref": "#/definitions/stringMap"},
    "acceptedResourceRoles": {"$ref": "#/definitions/strings"},
    "killSelection": {"type": "string", "enum": ["YOUNGEST_FIRST", "OLDEST_FIRST"]},
    "taskKillGracePeriodSeconds": {"$ref": "#/definitions/uint"},
    "unreachableStrategy": {"oneOf": [
        {"type": "string", "enum": ["disabled"]},
        {"type": "object", "properties": {"inactiveAfterSeconds": {"$ref": "#/definitions/uint"},
                                          "expungeAfterSeconds": {"$ref": "#/definitions/uint"}}}]},
    "tty": {"type": "boolean"},
    "secrets": {"type": "object"},
    "networks": {"type": "array", "items": {"type": "object", "properties": {
        "mode": {"type": "string", "enum": ["container", "container/bridge", "host"]}, "name": {"type": "string"}}}}
  }
})json";
} // namespace

const QJsonObject& AppSchema::schema()
{
    static const QJsonObject parsed = QJsonDocument::fromJson(QByteArray(kSchema)).object();
    return parsed;
}
