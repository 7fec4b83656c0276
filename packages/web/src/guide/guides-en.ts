import type { GuideSet } from './guide-types.ts';

export const guidesEn: GuideSet = {
  'fake-jobs': {
    title: 'Fake job offers',
    summary: 'A job that sounds too good is how many people are taken to scam compounds and forced labour.',
    howItWorks: [
      'An ad on Facebook, TikTok or Telegram promises high pay for easy work: "customer service", "typing", "admin", "online marketing".',
      'The recruiter pays for your visa, flight and room, and wants you to leave quickly, often to Sihanoukville, Poipet, Myanmar, Laos or Thailand.',
      'On arrival your passport and phone are taken. You are told you owe a big debt and must work long hours scamming people online. People who refuse are beaten or sold on.',
    ],
    warningSigns: [
      'High pay for work that needs no experience, skills or education.',
      'Free visa, ticket, food and room, and "leave tomorrow" or "only a few places left".',
      'The employer talks only through Telegram, WhatsApp or LINE, and the company name or address is unclear.',
      'They ask for a photo of your passport or ID card before any contract.',
      'You must travel on a tourist visa, or cross the border without the usual checks.',
    ],
    whatToDo: [
      'Check the company and the recruitment agency with the labour ministry before you go. A real agency has a licence and does not take fees from you.',
      'Never give your passport to anyone. Keep a copy at home and tell your family where you are going, with the address and phone number of the employer.',
      'If someone you know is already there and cannot leave, call the police anti-trafficking hotline (1288 in Cambodia) or the embassy.',
    ],
  },
  romance: {
    title: 'Online romance bait',
    summary: 'A sweet new friend online may be building trust to take your money or to make you travel to them.',
    howItWorks: [
      'Someone attractive starts chatting on a dating app, Facebook or a wrong-number message, and is very kind and attentive.',
      'After days or weeks they say they love you, talk about marriage, and ask you to move to a private chat app.',
      'Then comes the request: invest on their "trading platform", pay for an emergency, or come to visit them, with the ticket paid, often in another country.',
    ],
    warningSigns: [
      'They say "I love you" very fast but always have a reason not to video call.',
      'They push you to a private app and to keep the relationship secret.',
      'They talk about an investment, crypto or a gold platform where they "make a lot of money".',
      'They offer to pay your trip to meet them, or to get you a job where they live.',
    ],
    whatToDo: [
      'Do not send money, and do not invest on a site or app they show you.',
      'Search their photos online: stolen photos often belong to someone else.',
      'Never travel to meet someone you only know online without telling your family, and never give them your passport.',
      'Keep the chats and report the account to the platform and to the police.',
    ],
  },
  grooming: {
    title: 'Grooming of children online',
    summary: 'Adults who want to abuse children first make friends with them online, step by step.',
    howItWorks: [
      'The person meets a child in a game, on social media or in a chat group, often pretending to be young too.',
      'They give attention, compliments, gifts, game credit or phone top-ups, and become "the only one who understands".',
      'They ask the child to keep the friendship secret, move to a private chat, and then ask for photos, videos or a meeting.',
    ],
    warningSigns: [
      'An online "friend" who asks your child\'s age, school or whether they are alone.',
      'Gifts, money or credit from someone the family does not know.',
      'Requests to keep secrets, to delete chats, or to send pictures "just for me".',
      'Your child becomes secretive about the phone, or upset after being online.',
    ],
    whatToDo: [
      'Talk with children calmly and often about who they chat with; tell them they will not be punished for telling you.',
      'Do not delete the messages: take screenshots with the name of the account and the date.',
      'Block and report the account, and call Child Helpline Cambodia on 1280 (free, 24 hours) or the police.',
    ],
  },
  sextortion: {
    title: 'Sextortion: blackmail with intimate images',
    summary:
      'Someone threatens to share a private photo or video unless you pay or send more. It is a crime, and it is not your fault.',
    howItWorks: [
      'Someone flirts with you and asks for a nude photo or a video call, or says they have hacked your camera.',
      'Then they threaten to send the images to your family, school or friends unless you pay money, often in crypto or gift cards, or send more images.',
      'Paying rarely stops them: they usually ask for more.',
    ],
    warningSigns: [
      'A new contact who quickly turns the chat to sex or asks for a video call.',
      'A message saying "I have your video" with a deadline: "within 24 hours", "tonight".',
      'Demands for money, USDT, gift cards or more photos.',
    ],
    whatToDo: [
      'Stop replying and do not pay. Do not send more images.',
      'Keep the messages, the account names and any payment details as proof.',
      'Tell someone you trust. If you are under 18, Take It Down (takeitdown.ncmec.org) can help remove the images; adults can use StopNCII.org.',
      'Report to the platform and to the police. Children and young people can call Child Helpline Cambodia on 1280.',
    ],
  },
  loans: {
    title: '"Loans" and gifts traded for photos or sex',
    summary: 'Offers of quick money for young people can be a trap: the "loan" is repaid with images or sex.',
    howItWorks: [
      'A stranger or an app offers a small loan, school fees, a phone or top-ups to a young person, with no bank and no papers.',
      'Later the "debt" grows, and the lender asks for a photo holding an ID card, intimate pictures, or a meeting to "pay it back".',
      'The images are then used to threaten and control the young person.',
    ],
    warningSigns: [
      'Money offered to a student with no questions, no bank and no contract.',
      'The lender asks for a selfie with an ID card, or photos of the body.',
      'A debt that keeps growing, or "you can pay in another way".',
    ],
    whatToDo: [
      'Borrow only from a licensed bank or microfinance institution that shows its interest rate in writing.',
      'Never send photos of your body or of your ID card to a lender.',
      'If it has already happened, keep the messages, tell a trusted adult and call 1280 (Child Helpline Cambodia) or the police.',
    ],
  },
};
