from netzwerk.manage import main

main()
