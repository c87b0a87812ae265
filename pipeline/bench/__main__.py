from pipeline.bench.command import main

if __name__ == "__main__":  # pragma: no cover
    main()
