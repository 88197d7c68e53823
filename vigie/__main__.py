from vigie.cli import main

main()
