
20140101-abcÿ€€º'"master@127.0.0.1:5050*proto-master20.22.1