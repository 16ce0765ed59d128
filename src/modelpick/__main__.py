"""`python -m modelpick` runs the same CLI as the `modelpick` command."""

from modelpick.entry import main

if __name__ == "__main__":
    main()
