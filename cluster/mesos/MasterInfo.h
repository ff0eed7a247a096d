#pragma once

#include <QCoreApplication>
#include <QMetaType>
#include <QString>

// What a Mesos master writes into its ZooKeeper membership node (mesos.proto MasterInfo).
struct MasterInfo {
    QString id;
    QString hostname;    // address.hostname, else hostname, else the ip
    QString ip;          // dotted quad; from address.ip, else decoded from the packed uint32
    int port = 0;
    QString pid;         // "master@10.0.0.1:5050"
    QString version;     // empty for masters older than 0.20
    QString nodeName;    // the znode it came from, e.g. "json.info_0000000017"

    bool isNull() const { return port == 0 && hostname.isEmpty() && ip.isEmpty(); }
    // "host:port", what mesos-resolve prints and what HTTP requests go to.
    QString hostPort() const;

    bool operator==(const MasterInfo&) const = default;

    // The label-specific decoders of Mesos's own detector (src/master/detector/zookeeper.cpp):
    //   "json.info_": JSON (0.24+), "info_": binary protobuf (0.20-0.23), no label: a UPID string.
    static MasterInfo fromJson(const QByteArray& data, QString* error = nullptr);
    static MasterInfo fromProtobuf(const QByteArray& data, QString* error = nullptr);
    static MasterInfo fromUpid(const QByteArray& data, QString* error = nullptr);

    // MasterInfo.ip is an IPv4 address in network byte order packed into a uint32 (MESOS-1201):
    // 127.0.0.1 is 16777343 on every host.
    static QString ipFromPacked(quint32 packed);
    static quint32 packedFromIp(const QString& dotted);

    // Translations take this class as their context (lupdate reads the macro).
    Q_DECLARE_TR_FUNCTIONS(MasterInfo)
};

Q_DECLARE_METATYPE(MasterInfo)
