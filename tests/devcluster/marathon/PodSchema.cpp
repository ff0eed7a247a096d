#include "PodSchema.h"

#include <QJsonDocument>

namespace {
// From pod.raml, podContainer.raml, network.raml, resources.raml and stringTypes.raml.
const char* const kSchema = R"json({
  "type": "object",
  "required": ["id", "containers"],
  "definitions": {
    "uint": {"type": "integer", "minimum": 0},
    "unumber": {"type": "number", "minimum": 0},
    "port": {"type": "integer", "minimum": 0, "maximum": 65535},
    "name": {"type": "string", "pattern": "^[a-z0-9]([-a-z0-9]*[a-z0-9])?$"},
    "strings": {"type": "array", "items": {"type": "string"}},
    "stringMap": {"type": "object", "additionalProperties": {"type": "string"}},
    "env": {"type": "object", "additionalProperties": {"oneOf": [
        {"type": "string"},
        {"type": "object", "required": ["secret"], "properties": {"secret": {"type": "string", "minLength": 1}}}]}},
    "resources": {"type": "object", "properties": {
        "cpus": {"type": "number", "minimum": 0.001}, "mem": {"type": "number", "minimum": 0},
        "disk": {"$ref": "#/definitions/unumber"}, "gpus": {"$ref": "#/definitions/uint"}}},
    "endpoint": {"type": "object", "required": ["name"], "properties": {
        "name": {"$ref": "#/definitions/name"},
        "containerPort": {"$ref": "#/definitions/port"},
        "hostPort": {"$ref": "#/definitions/port"},
        "protocol": {"type": "array", "minItems": 1, "items": {"$ref": "#/definitions/name"}},
        "labels": {"$ref": "#/definitions/stringMap"},
        "networkNames": {"$ref": "#/definitions/strings"}}},
    "container": {"type": "object", "required": ["name", "resources"], "properties": {
        "name": {"$ref": "#/definitions/name"},
        "exec": {"type": "object", "required": ["command"], "properties": {
            "command": {"type": "object", "required": ["shell"], "properties": {"shell": {"type": "string", "minLength": 1}}},
            "overrideEntrypoint": {"type": "boolean"}}},
        "resources": {"$ref": "#/definitions/resources"},
        "endpoints": {"type": "array", "items": {"$ref": "#/definitions/endpoint"}},
        "image": {"type": "object", "required": ["kind", "id"], "properties": {
            "kind": {"type": "string", "enum": ["DOCKER"]}, "id": {"type": "string", "minLength": 1},
            "forcePull": {"type": "boolean"}, "labels": {"$ref": "#/definitions/stringMap"}}},
        "environment": {"$ref": "#/definitions/env"},
        "user": {"type": "string"},
        "healthCheck": {"type": "object", "properties": {
            "gracePeriodSeconds": {"$ref": "#/definitions/uint"}, "intervalSeconds": {"$ref": "#/definitions/uint"},
            "maxConsecutiveFailures": {"$ref": "#/definitions/uint"}, "timeoutSeconds": {"$ref": "#/definitions/uint"},
            "delaySeconds": {"$ref": "#/definitions/uint"}}},
        "volumeMounts": {"type": "array", "items": {"type": "object", "required": ["name", "mountPath"], "properties": {
            "name": {"$ref": "#/definitions/name"}, "mountPath": {"type": "string", "minLength": 1},
            "readOnly": {"type": "boolean"}}}},
        "artifacts": {"type": "array", "items": {"type": "object", "required": ["uri"], "properties": {
            "uri": {"type": "string", "minLength": 1}, "extract": {"type": "boolean"}, "executable": {"type": "boolean"},
            "cache": {"type": "boolean"}, "destPath": {"type": "string"}}}},
        "labels": {"$ref": "#/definitions/stringMap"},
        "lifecycle": {"type": "object", "properties": {"killGracePeriodSeconds": {"$ref": "#/definitions/unumber"}}},
        "tty": {"type": "boolean"}}}
  },
  "properties": {
    "id": {"type": "string", "minLength": 1},
    "labels": {"$ref": "#/definitions/stringMap"},
    "version": {"type": "string"},
    "user": {"type": "string"},
    "environment": {"$ref": "#/definitions/env"},
    "containers": {"type": "array", "minItems": 1, "items": {"$ref": "#/definitions/container"}},
    "secrets": {"type": "object"},
    "volumes": {"type": "array", "items": {"type": "object", "required": ["name"], "properties": {
        "name": {"$ref": "#/definitions/name"}, "host": {"type": "string"}}}},
    "networks": {"type": "array", "items": {"type": "object", "properties": {
        "name": {"type": "string"}, "mode": {"type": "string", "enum": ["container", "container/bridge", "host"]},
        "labels": {"$ref": "#/definitions/stringMap"}}}},
    "scaling": {"type": "object", "required": ["kind"], "properties": {
        "kind": {"type": "string", "enum": ["fixed"]}, "instances": {"$ref": "#/definitions/uint"},
        "maxInstances": {"$ref": "#/definitions/uint"}}},
    "scheduling": {"type": "object", "properties": {
        "backoff": {"type": "object", "properties": {"backoff": {"$ref": "#/definitions/unumber"},
            "backoffFactor": {"$ref": "#/definitions/unumber"}, "maxLaunchDelay": {"$ref": "#/definitions/unumber"}}},
        "upgrade": {"type": "object", "properties": {
            "minimumHealthCapacity": {"type": "number", "minimum": 0, "maximum": 1},
            "maximumOverCapacity": {"type": "number", "minimum": 0, "maximum": 1}}},
        "placement": {"type": "object", "properties": {
            "constraints": {"type": "array", "items": {"type": "object", "required": ["fieldName", "operator"], "properties": {
                "fieldName": {"type": "string"},
                "operator": {"type": "string", "enum": ["UNIQUE", "CLUSTER", "GROUP_BY", "LIKE", "UNLIKE", "MAX_PER", "IS"]},
                "value": {"type": "string"}}}},
            "acceptedResourceRoles": {"$ref": "#/definitions/strings"}}},
        "killSelection": {"type": "string", "enum": ["YOUNGEST_FIRST", "OLDEST_FIRST"]},
        "unreachableStrategy": {"oneOf": [
            {"type": "string", "enum": ["disabled"]},
            {"type": "object", "properties": {"inactiveAfterSeconds": {"$ref": "#/definitions/uint"},
                                              "expungeAfterSeconds": {"$ref": "#/definitions/uint"}}}]}}},
    "executorResources": {"type": "object", "properties": {
        "cpus": {"$ref": "#/definitions/unumber"}, "mem": {"$ref": "#/definitions/unumber"},
        "disk": {"$ref": "#/definitions/unumber"}}},
    "role": {"type": "string", "minLength": 1},
    "legacySharedCgroups": {"type": "boolean"}
  }
})json";
} // namespace

const QJsonObject& PodSchema::schema() {
    static const QJsonObject parsed = QJsonDocument::fromJson(QByteArray(kSchema)).object();
    return parsed;
}
