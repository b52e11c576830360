import '@runway/runway-react/testing';
