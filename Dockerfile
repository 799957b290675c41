# topset in a container, for the README's Kubernetes Indexed Job recipe.
# Built from the source tree:   docker build -t topset .
# Stage 1 builds and installs into /out; the image keeps only the program,
# its man pages and the shared libraries it runs with (Debian's packages).
FROM debian:bookworm-slim AS build
RUN apt-get update \
    && apt-get install -y --no-install-recommends \
        build-essential autoconf automake pkg-config \
        libcsv-dev libxlsxwriter-dev libzip-dev libexpat1-dev zlib1g-dev \
        libcairo2-dev libpango1.0-dev \
    && rm -rf /var/lib/apt/lists/*
WORKDIR /src
COPY . .
RUN autoreconf -fi \
    && ./configure --prefix=/usr/local \
    && make -j"$(nproc)" \
    && make install-strip DESTDIR=/out

FROM debian:bookworm-slim
# The runtime halves of the -dev packages above (bookworm's names), and a
# font for --format pdf.
RUN apt-get update \
    && apt-get install -y --no-install-recommends \
        libcsv3 libxlsxwriter4 libzip4 libexpat1 zlib1g \
        libcairo2 libpango-1.0-0 libpangocairo-1.0-0 fonts-dejavu-core \
    && rm -rf /var/lib/apt/lists/*
COPY --from=build /out/usr/local/bin/topset /usr/local/bin/topset
COPY --from=build /out/usr/local/share/man/ /usr/local/share/man/
# No root needed: topset only reads its inputs and writes --out.
USER 65534:65534
ENTRYPOINT ["topset"]
CMD ["--help"]
